"""Answers to a version's items: checking and coercing them per linkId, which items are enabled, what changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assignments.questionnaire.format import MAX_ANSWERS_BYTES, MAX_REPEATS, level_items
from assignments.questionnaire.values import _coerce, _is_empty


@dataclass
class Checked:
    """Answers cleaned against a version: what to store, and what is wrong."""

    answers: dict[str, Any]
    errors: dict[str, list[str]]

    @property
    def ok(self) -> bool:
        return not self.errors


def check_answers(items: list[dict], answers: Any, *, complete: bool) -> Checked:
    """Validate ``answers`` against ``items``.

    ``complete`` (a submission) also requires every enabled required item.
    Answers to disabled items are dropped; unknown linkIds are errors. Never
    raises on any JSON-like input.
    """
    errors: dict[str, list[str]] = {}
    if not isinstance(answers, dict):
        return Checked({}, {"answers": ["Answers must be an object that maps each linkId to its answer."]})
    cleaned = _check_level(items, answers, scope=[], path="", errors=errors, complete=complete)
    return Checked(cleaned, errors)


def _check_level(
    items: list[dict], answers: dict, *, scope: list[dict], path: str, errors: dict, complete: bool
) -> dict[str, Any]:
    level = {item["linkId"]: item for item in level_items(items)}
    for key in answers:
        if key not in level:
            errors.setdefault(f"{path}{key}"[:200], []).append("This is not a question in this exercise.")
    # enableWhen looks at answers already cleaned (earlier items only, and only
    # those that are themselves shown), so a hidden answer or a number sent as
    # text cannot switch anything on.
    cleaned: dict[str, Any] = {}
    chain = [cleaned, *scope]
    for item in _enabled_in_order(items, chain):
        link_id = item["linkId"]
        where = f"{path}{link_id}"
        value = answers.get(link_id)
        if item["type"] == "display" or (item["type"] == "group" and not item.get("repeats")):
            continue
        if _is_empty(value):
            _unanswered(item, where, errors, complete)
            continue
        if item["type"] == "group":
            result = _check_group(item, value, chain, where, errors, complete)
        elif item.get("repeats"):
            result = _check_list(item, value, where, errors, complete)
        else:
            result, message = _coerce(item, value)
            if message:
                errors.setdefault(where, []).append(message)
        if result is not None:
            cleaned[link_id] = result
    return cleaned


def _enabled_in_order(items: list[dict], chain: list[dict]) -> Iterator[dict]:
    for item in items:
        if not is_enabled(item, chain):
            continue
        yield item
        if item["type"] == "group" and not item.get("repeats"):
            yield from _enabled_in_order(item["item"], chain)


def _check_group(item: dict, value: Any, chain: list[dict], where: str, errors: dict, complete: bool) -> list | None:
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        errors.setdefault(where, []).append("Expected a list of answer groups.")
        return None
    value = [entry for entry in value if any(not _is_empty(v) for v in entry.values())]
    if not _count_ok(item, value, where, errors, complete):
        return None
    instances = []
    for position, entry in enumerate(value):
        instance = _check_level(
            item["item"], entry, scope=chain, path=f"{where}.{position}.", errors=errors, complete=complete
        )
        instances.append(instance)
    return instances


def _check_list(item: dict, value: Any, where: str, errors: dict, complete: bool) -> list | None:
    values = [entry for entry in (value if isinstance(value, list) else [value]) if not _is_empty(entry)]
    if not _count_ok(item, values, where, errors, complete):
        return None
    cleaned = []
    for entry in values:
        result, message = _coerce(item, entry)
        if message:
            errors.setdefault(where, []).append(message)
            return None
        if result not in cleaned or item["type"] != "choice":
            cleaned.append(result)
    return cleaned


def _unanswered(item: dict, where: str, errors: dict, complete: bool) -> None:
    """An item left empty: an error only when it is required and the answers are being sent."""
    if complete and item.get("required"):
        errors.setdefault(where, []).append("Please answer this question.")


def _count_ok(item: dict, values: list, where: str, errors: dict, complete: bool) -> bool:
    """Whether a repeating item has answers, and no more or fewer than it allows (``errors`` say what is wrong)."""
    if not values:
        _unanswered(item, where, errors, complete)
        return False
    high = min(item.get("maxRepeats", MAX_REPEATS), MAX_REPEATS)
    if len(values) > high:
        errors.setdefault(where, []).append(f"Give at most {high}.")
        return False
    low = item.get("minRepeats", 0)
    if complete and item.get("required") and len(values) < low:
        errors.setdefault(where, []).append(f"Give at least {low}.")
        return False
    return True


def is_enabled(item: dict, chain: list[dict]) -> bool:
    """Whether ``item`` is shown, given the answer maps from the innermost group outwards."""
    conditions = item.get("enableWhen")
    if not conditions:
        return True
    results = (_condition_holds(condition, chain) for condition in conditions)
    return any(results) if item.get("enableBehavior") == "any" else all(results)


def _condition_holds(condition: dict, chain: list[dict]) -> bool:
    question, operator, expected = condition["question"], condition["operator"], condition.get("answer")
    actual = next((level[question] for level in chain if question in level), None)
    present = not _is_empty(actual)
    if operator == "exists":
        return present == expected
    if not present:
        return operator == "!="
    values = actual if isinstance(actual, list) else [actual]
    if operator == "=":
        return expected in values
    if operator == "!=":
        return expected not in values
    try:
        comparisons = {">": lambda a: a > expected, "<": lambda a: a < expected, ">=": lambda a: a >= expected,
                       "<=": lambda a: a <= expected}  # fmt: skip
        return any(comparisons[operator](value) for value in values)
    except TypeError:
        return False


def diff_answers(before: dict, after: dict) -> list[dict]:
    """What changed between two answer maps: [{linkId, before, after}], in a stable order."""
    keys = list(dict.fromkeys([*before, *after]))
    return [
        {"linkId": key, "before": before.get(key), "after": after.get(key)}
        for key in keys
        if before.get(key) != after.get(key)
    ]


def answers_size_ok(answers: Any) -> bool:
    try:
        return len(json.dumps(answers, ensure_ascii=False).encode()) <= MAX_ANSWERS_BYTES
    except (TypeError, ValueError, RecursionError):  # RecursionError: nested too deeply to be answers
        return False
