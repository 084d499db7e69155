"""The item format's vocabulary and its tree: item types, operators, limits, and walking and indexing items."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

ITEM_TYPES = ("display", "string", "text", "boolean", "integer", "decimal", "date", "choice", "group")


ANSWERABLE = tuple(t for t in ITEM_TYPES if t not in ("display", "group"))


OPERATORS = ("exists", "=", "!=", ">", "<", ">=", "<=")


RISK_LEVELS = ("imminent", "high", "moderate", "history")  # as RiskAlert.Level, most urgent first


CONTROLS = ("slider", "radio", "checkbox", "dropdown")


ITEM_KEYS = {
    "linkId", "text", "type", "required", "repeats", "minRepeats", "maxRepeats", "answerOption", "enableWhen",
    "enableBehavior", "minValue", "maxValue", "maxLength", "item", "helpText", "placeholder", "control",
    "riskLanguage", "lowLabel", "highLabel",
}  # fmt: skip


RISK_LANGUAGE = ("describes-risk",)


LINK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


DEFAULT_MAX_LENGTH = {"string": 2000, "text": 10000}


MAX_REPEATS = 100  # a ceiling for any list, whatever the template says


MAX_ANSWERS_BYTES = 256 * 1024


class StructureError(ValueError):
    """A template version's items are not a valid questionnaire."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class ItemNode:
    """One item of a template's tree as a page shows it; the portal's form and the clinician's read-only
    answers each add what they need (a widget and a value; an answer in words and notes)."""

    item: dict

    @property
    def link_id(self) -> str:
        return self.item["linkId"]

    @property
    def kind(self) -> str:
        return self.item.get("type", "")

    @property
    def text(self) -> str:
        return self.item.get("text", "")

    @property
    def required(self) -> bool:
        return bool(self.item.get("required"))


def walk(items: list[dict], parents: tuple[dict, ...] = ()) -> Iterator[tuple[dict, tuple[dict, ...]]]:
    """Every item in document order, with its chain of enclosing groups."""
    for item in items:
        yield item, parents
        if item.get("type") == "group":
            yield from walk(item.get("item") or [], (*parents, item))


def level_items(items: list[dict]) -> Iterator[dict]:
    """The items answered in one answer map: a group that does not repeat is transparent."""
    for item in items:
        if item["type"] == "group" and not item.get("repeats"):
            yield from level_items(item["item"])
        else:
            yield item


def index(items: list[dict]) -> dict[str, dict]:
    return {item["linkId"]: item for item, _ in walk(items)}


def scopes(items: list[dict]) -> dict[str, tuple[str, ...]]:
    """For each linkId, the repeating groups around it (outermost first)."""
    found: dict[str, tuple[str, ...]] = {}
    for item, parents in walk(items):
        found[item["linkId"]] = tuple(p["linkId"] for p in parents if p.get("repeats"))
    return found


# Roughly how long an answer takes, by item type (minutes): a text box is where people take their time.
_MINUTES = {"text": 2.0, "string": 0.5, "display": 0.3, "choice": 0.3, "boolean": 0.2, "integer": 0.3, "decimal": 0.3}


def question_count(items: list) -> int:
    """The items a client answers (not display text, not the groups that hold them)."""
    return sum(1 for item, _ in walk(items) if item.get("type") not in ("display", "group"))


def minutes_to_complete(items: list) -> int:
    """A fair estimate of the minutes a version takes to fill in, for the library and the chooser."""
    total = sum(
        _MINUTES.get(item.get("type"), 0.5) * (2 if item.get("repeats") else 1)
        for item, _ in walk(items)
        if item.get("type") != "group"
    )
    return max(1, round(total))
