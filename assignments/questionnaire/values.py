"""Values of an item's type: reading an answer (text, numbers, dates, options) and a template's own values."""

from __future__ import annotations

import datetime
import math
from decimal import Decimal, InvalidOperation
from typing import Any

from assignments.questionnaire.format import DEFAULT_MAX_LENGTH


def _number(value: Any, *, whole: bool) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) < 10**15 else None
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) >= 10**15:
            return None
        if whole:
            return int(value) if value.is_integer() else None
        return value
    if isinstance(value, str) and len(value) <= 32:
        try:
            parsed = Decimal(value.strip())
        except InvalidOperation:
            return None
        if not parsed.is_finite() or abs(parsed) >= 10**15:
            return None
        if whole:
            return int(parsed) if parsed == parsed.to_integral_value() else None
        return float(parsed)
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or (isinstance(value, str) and not value.strip())


def _range_message(low, high) -> str:
    if low is not None and high is not None:
        return f"Choose a value from {low} to {high}."
    if low is not None:
        return f"Choose a value of at least {low}."
    return f"Choose a value of at most {high}."


def _coerce(item: dict, value: Any) -> tuple[Any, str | None]:
    """One answer value converted to the item's type, or an error message."""
    kind = item["type"]
    if kind in ("string", "text"):
        if not isinstance(value, str):
            return None, "Expected text."
        value = value.replace("\x00", "").strip()
        limit = item.get("maxLength", DEFAULT_MAX_LENGTH[kind])
        if len(value) > limit:
            return None, f"Please keep this under {limit} characters."
        return value, None
    if kind == "boolean":
        return (value, None) if isinstance(value, bool) else (None, "Expected yes or no (true or false).")
    if kind in ("integer", "decimal"):
        number = _number(value, whole=kind == "integer")
        if number is None:
            return None, "Expected a whole number." if kind == "integer" else "Expected a number."
        low, high = item.get("minValue"), item.get("maxValue")
        if (low is not None and number < low) or (high is not None and number > high):
            return None, _range_message(low, high)
        return number, None
    if kind == "date":
        if isinstance(value, str) and len(value) == 10:
            try:
                return datetime.date.fromisoformat(value).isoformat(), None
            except ValueError:
                pass
        return None, "Expected a date like 2026-03-31."
    if kind == "choice":
        codes = [option["code"] for option in item.get("answerOption", [])]
        if not isinstance(value, str) or value not in codes:
            return None, "Choose one of the options given."
        return value, None
    return None, "This item takes no answer."


def _strictly_typed(item: dict, value: Any) -> bool:
    """A template's own values are JSON of the item's type (answers may send numbers as text; templates may not)."""
    if item["type"] in ("integer", "decimal"):
        return _is_number(value)
    if item["type"] == "boolean":
        return isinstance(value, bool)
    return isinstance(value, str)
