"""Answer paths (``goals/1/further_steps/0``) through the levels of a template's items (``level_items``)."""

from __future__ import annotations

import re
from typing import Any

from assignments.questionnaire import level_items, walk

PREFIX = "a:"
ROW_NUMBER = re.compile(r"\d{1,3}")


def tool_owner(items: list[dict]) -> dict[str, str]:
    """For every linkId, the item its comments and discussion flag are shown with.

    Items inside a repeating group share the group's (they appear once per row);
    display items and plain groups have none of their own.
    """
    owners: dict[str, str] = {}
    for item, parents in walk(items):
        repeating = next((p for p in parents if p.get("repeats")), None)
        if repeating is not None:
            owners[item["linkId"]] = repeating["linkId"]
        elif item["type"] not in ("display", "group") or item.get("repeats"):
            owners[item["linkId"]] = item["linkId"]
    return owners


def remove_row(items: list[dict], answers: dict, path: str) -> bool:
    """Remove the row at ``path`` (``goals/1`` or ``goals/0/further_steps/2``) from parsed answers."""
    *where, last = path.split("/")
    if not ROW_NUMBER.fullmatch(last) or not where:
        return False
    target = _find(items, answers, where)
    if not isinstance(target, list) or int(last) >= len(target):
        return False
    del target[int(last)]
    return True


def _find(items: list[dict], answers: dict, segments: list[str]) -> Any:
    """The answer list for a repeating item at ``segments`` (linkId, row, linkId, …), or None."""
    level, value = items, answers
    for position, segment in enumerate(segments):
        if position % 2 == 0:
            item = next((i for i in level_items(level) if i["linkId"] == segment), None)
            if item is None or not item.get("repeats") or not isinstance(value, dict):
                return None
            value = value.get(segment)
            level = item.get("item", [])
        else:
            if not ROW_NUMBER.fullmatch(segment) or not isinstance(value, list) or int(segment) >= len(value):
                return None
            value = value[int(segment)]
    return value


def repeat_exists(items: list[dict], path: str) -> bool:
    """Whether ``path`` names a repeating item, with row numbers where its parents repeat."""
    segments = path.split("/")
    if len(segments) % 2 == 0:
        return False
    level = items
    for position, segment in enumerate(segments):
        if position % 2:
            if not ROW_NUMBER.fullmatch(segment):
                return False
            continue
        item = next((i for i in level_items(level) if i["linkId"] == segment), None)
        if item is None or not item.get("repeats") or (item["type"] == "choice"):
            return False
        level = item.get("item", [])
    return True
