"""POST data back to answers, kept as typed, and what of them to store."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from assignments.questionnaire import MAX_REPEATS, level_items
from clients.answers.paths import PREFIX, ROW_NUMBER

WHOLE = re.compile(r"[+-]?\d{1,15}")
DECIMAL = re.compile(r"[+-]?\d{0,15}\.\d{1,10}")


def parse(items: list[dict], data: Mapping) -> dict[str, Any]:
    """Read the answers out of form data (a QueryDict), keeping rows where they were posted.

    Only names the template can produce are read; anything else is ignored, so
    no input can add a question, and nothing here raises on any input. Use
    ``compact`` on the result before saving.
    """
    names = [name for name in data if isinstance(name, str) and name.startswith(PREFIX)]
    return _parse_level(items, data, names, path="")


def _parse_level(items: list[dict], data: Mapping, names: list[str], path: str) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for item in level_items(items):
        link_id, kind, here = item["linkId"], item["type"], f"{path}{item['linkId']}"
        if kind == "display":
            continue
        if kind == "group":
            rows = _row_numbers(names, here)
            answers[link_id] = [_parse_level(item["item"], data, names, f"{here}/{n}/") for n in rows]
        elif kind == "choice" and item.get("repeats"):
            codes = {option["code"] for option in item["answerOption"]}
            chosen = [_text(value) for value in _getlist(data, PREFIX + here)]
            answers[link_id] = [code for code in dict.fromkeys(chosen) if code in codes]
        elif item.get("repeats"):
            rows = _row_numbers(names, here)
            answers[link_id] = [_scalar(item, _getlist(data, f"{PREFIX}{here}/{n}")) for n in rows]
        else:
            answers[link_id] = _scalar(item, _getlist(data, PREFIX + here))
    return answers


def _getlist(data: Mapping, name: str) -> list:
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    return [] if value is None else value if isinstance(value, list) else [value]


def _row_numbers(names: list[str], here: str) -> list[str]:
    """The row numbers posted under ``here`` as written in the names, in number order (at most the ceiling)."""
    start = f"{PREFIX}{here}/"
    found: dict[int, str] = {}
    for name in names:
        if name.startswith(start):
            number = name[len(start) :].split("/", 1)[0]
            if ROW_NUMBER.fullmatch(number):
                found.setdefault(int(number), number)
    return [found[n] for n in sorted(found)][:MAX_REPEATS]


def _text(value: Any) -> str:
    # PostgreSQL's jsonb cannot hold NUL, and nobody types one.
    return value.replace("\x00", "") if isinstance(value, str) else ""


def _scalar(item: dict, values: list) -> Any:
    """One control's value, typed where it plainly is a value of the item's type, else as typed."""
    if not values:
        return None
    kind = item["type"]
    if kind == "boolean":  # a tick box posts a hidden "false" first, then "true" when ticked
        return {"true": True, "false": False}.get(_text(values[-1]))
    text = _text(values[-1])
    if kind in ("integer", "decimal"):
        stripped = text.strip()
        if WHOLE.fullmatch(stripped):
            return int(stripped)
        if kind == "decimal" and DECIMAL.fullmatch(stripped):
            return float(stripped)
    return text


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def compact(answers: dict[str, Any]) -> dict[str, Any]:
    """What to store: blank fields, empty rows and empty lists left out; everything else as typed."""
    return _compact_map(answers) or {}


def _compact_map(answers: dict) -> dict | None:
    kept = {}
    for key, value in answers.items():
        value = compact_value(value)
        if value is not None:
            kept[key] = value
    return kept or None


def compact_value(value: Any) -> Any:
    """One answer as ``compact`` stores it, or None when nothing of it would be kept."""
    if isinstance(value, dict):
        return _compact_map(value)
    if isinstance(value, list):
        rows = [row for row in (compact_value(entry) for entry in value) if row is not None]
        return rows or None
    return None if is_blank(value) else value
