"""Answers as read-only text (submitted answers, the two sides of a conflict), and conditions in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clients.answers.parse import compact_value

OPERATOR_WORDS = {">": "more than", "<": "less than", ">=": "at least", "<=": "at most"}


@dataclass
class Shown:
    """An answered item as text: ``values`` for plain answers, ``rows`` (lists of Shown) for a repeating group."""

    item: dict
    values: list[str] = field(default_factory=list)
    rows: list[list[Shown]] = field(default_factory=list)
    children: list[Shown] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.item.get("text", "")

    @property
    def is_group(self) -> bool:
        return self.item["type"] == "group"


def shown(items: list[dict], answers: Any) -> list[Shown]:
    """What was answered, in the template's order, as the client would read it (blank items left out)."""
    answers = answers if isinstance(answers, dict) else {}
    result = []
    for item in items:
        kind, value = item["type"], answers.get(item["linkId"])
        if kind == "display":
            continue
        if kind == "group" and not item.get("repeats"):
            children = shown(item["item"], answers)
            if children:
                result.append(Shown(item=item, children=children))
            continue
        entry = shown_value(item, value)
        if entry is not None:
            result.append(entry)
    return result


def shown_value(item: dict, value: Any) -> Shown | None:
    """One answer (of a top-level or repeating item) as text, or None when blank."""
    if compact_value(value) is None:
        return None
    value = compact_value(value)
    if item["type"] == "group":
        rows = [shown(item["item"], entry) for entry in (value if isinstance(value, list) else [])]
        return Shown(item=item, rows=[row for row in rows if row]) if any(rows) else None
    values = value if isinstance(value, list) else [value]
    return Shown(item=item, values=[display_value(item, entry) for entry in values])


def condition_words(question: dict, condition: dict) -> str:
    """One enableWhen condition as the client reads it under the item it governs."""
    asked, operator, expected = f"“{question['text']}”", condition["operator"], condition.get("answer")
    if operator == "exists":
        return f"you answered {asked}" if expected else f"you left {asked} empty"
    shown = display_value(question, expected)
    if operator == "=":
        return f"you answered “{shown}” to {asked}"
    if operator == "!=":
        return f"you did not answer “{shown}” to {asked}"
    return f"your answer to {asked} is {OPERATOR_WORDS[operator]} {shown}"


def display_value(item: dict, value: Any) -> str:
    """One value of ``item`` as text: a choice's display, Yes or No, else as it is."""
    if item["type"] == "choice":
        return next((o["display"] for o in item["answerOption"] if o["code"] == value), str(value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)
