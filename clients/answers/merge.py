"""Two versions of the answers side by side after a conflict, and merged as the client picks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assignments.questionnaire import MAX_REPEATS, level_items
from clients.answers.display import Shown, shown_value
from clients.answers.parse import compact


@dataclass
class Difference:
    """An item answered differently on this device and elsewhere."""

    item: dict
    mine: Shown | None
    theirs: Shown | None
    can_join: bool

    @property
    def field_name(self) -> str:
        return f"pick:{self.item['linkId']}"


def differences(items: list[dict], mine: dict, theirs: dict) -> tuple[list[Difference], int]:
    """The top-level answers that differ (in template order), and how many are the same."""
    mine, theirs = compact(mine), compact(theirs)
    found, same = [], 0
    for item in level_items(items):
        link_id = item["linkId"]
        if item["type"] == "display":
            continue
        if mine.get(link_id) == theirs.get(link_id):
            same += link_id in mine
            continue
        found.append(
            Difference(
                item=item,
                mine=shown_value(item, mine.get(link_id)),
                theirs=shown_value(item, theirs.get(link_id)),
                can_join=_joinable(item, mine.get(link_id), theirs.get(link_id)),
            )
        )
    return found, same


def _joinable(item: dict, mine: Any, theirs: Any) -> bool:
    if mine is None or theirs is None:
        return False
    return bool(item.get("repeats")) or (item["type"] in ("string", "text") and isinstance(mine, str))


def merge(items: list[dict], mine: dict, theirs: dict, picks: Mapping) -> dict[str, Any]:
    """Answers made from both versions: per differing item "mine", "theirs" or "both" (joined).

    An item without a (valid) pick keeps this device's answer, the one the
    client was looking at; the pick under "*" applies to every item.
    """
    mine, theirs = compact(mine), compact(theirs)
    merged = dict(theirs)
    for item in level_items(items):
        link_id = item["linkId"]
        if item["type"] == "display" or mine.get(link_id) == theirs.get(link_id):
            continue
        pick = picks.get(f"pick:{link_id}", picks.get("*"))
        if pick == "theirs":
            continue
        if pick == "both" and _joinable(item, mine.get(link_id), theirs.get(link_id)):
            merged[link_id] = _join(item, mine[link_id], theirs[link_id])
        elif link_id in mine:
            merged[link_id] = mine[link_id]
        else:
            merged.pop(link_id, None)
    return merged


def _join(item: dict, mine: Any, theirs: Any) -> Any:
    if isinstance(mine, list) or isinstance(theirs, list):
        mine = mine if isinstance(mine, list) else [mine]
        theirs = theirs if isinstance(theirs, list) else [theirs]
        return mine + [entry for entry in theirs if entry not in mine][: MAX_REPEATS - len(mine)]
    separator = "\n\n" if item["type"] == "text" else " / "
    return f"{mine}{separator}{theirs}"
