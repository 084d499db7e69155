"""Answers laid out as the client saw the questions, read-only, for any template version.

``layout(items, answers)`` walks the version's items in order (groups and
repeating groups included) and gives each one a ``Node``: the prompt, the
answer in words ("Several days", "7 out of 10", "Yes"), and whether the item
was shown at all (an ``enableWhen`` that was not met hides it, and the page
says so rather than showing an empty answer). Notes for the clinician (what
changed since the last submission, items the client wants to discuss, items
that raised a risk alert, comments on an item) are attached by linkId.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from assignments.questionnaire import ItemNode, index, is_enabled

ANSWERABLE = {"string", "text", "boolean", "integer", "decimal", "date", "choice"}


@dataclass
class Node(ItemNode):
    shown: bool = True
    values: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    instances: list[list[Node]] = field(default_factory=list)
    changed: bool = False
    before: str = ""
    flagged: bool = False
    risks: list[str] = field(default_factory=list)
    comments: list = field(default_factory=list)
    in_repeat: bool = False
    scale: tuple[float, float, float] | None = None  # (value, low, high) for a scale's bar

    @property
    def answered(self) -> bool:
        return bool(self.values) or bool(self.instances)

    @property
    def is_question(self) -> bool:
        return self.kind in ANSWERABLE

    @property
    def is_long(self) -> bool:
        return self.kind == "text"

    @property
    def is_short(self) -> bool:
        return self.kind in ("choice", "boolean", "integer", "decimal", "date")

    @property
    def commentable(self) -> bool:
        """Comments anchor to an item outside repeating groups, or to a repeating group as a whole."""
        if self.in_repeat:
            return False
        return self.is_question or (self.kind == "group" and bool(self.item.get("repeats")))


@dataclass
class Notes:
    """What to point out next to the answers, each by linkId."""

    changes: dict[str, Any] = field(default_factory=dict)  # linkId -> the answer before
    flagged: set[str] = field(default_factory=set)
    risks: dict[str, list[str]] = field(default_factory=dict)
    comments: dict[str, list] = field(default_factory=dict)


def layout(items: list[dict], answers: dict | None, notes: Notes | None = None) -> list[Node]:
    """The items in order, each with its answer in words and the clinician's notes."""
    notes = notes or Notes()
    answers = answers if isinstance(answers, dict) else {}
    by_id = index(items)
    return _level(items, [answers], notes, by_id, in_repeat=False)


def _level(items: list[dict], chain: list[dict], notes: Notes, by_id: dict, *, in_repeat: bool) -> list[Node]:
    nodes = []
    for item in items:
        node = Node(item=item, shown=is_enabled(item, chain), in_repeat=in_repeat)
        link_id = item["linkId"]
        if not in_repeat:
            node.changed = link_id in notes.changes
            if node.changed:
                node.before = plain(item, notes.changes[link_id])
            node.flagged = link_id in notes.flagged
            node.risks = notes.risks.get(link_id, [])
            node.comments = notes.comments.get(link_id, [])
        kind = item.get("type")
        if kind == "group" and item.get("repeats"):
            entries = chain[0].get(link_id) if node.shown else None
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict):
                    node.instances.append(_level(item.get("item", []), [entry, *chain], notes, by_id, in_repeat=True))
        elif kind == "group":
            node.children = _level(item.get("item", []), chain, notes, by_id, in_repeat=in_repeat)
            if not node.shown:
                for child in node.children:
                    child.shown = False
        elif kind in ANSWERABLE and node.shown:
            value = chain[0].get(link_id)
            node.values = words(item, value)
            node.scale = _scale(item, value)
        nodes.append(node)
    return nodes


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or (isinstance(value, str) and not value.strip())


def words(item: dict, value: Any) -> list[str]:
    """An answer in the words the client chose from (a list: one entry, or one per repeat)."""
    if _is_empty(value):
        return []
    values = value if isinstance(value, list) else [value]
    return [_word(item, entry) for entry in values if not _is_empty(entry)]


def _word(item: dict, value: Any) -> str:
    kind = item.get("type")
    if kind == "choice":
        option = next((o for o in item.get("answerOption", []) if o.get("code") == value), None)
        return option["display"] if option else str(value)
    if kind == "boolean":
        return "Yes" if value is True else "No" if value is False else str(value)
    if kind in ("integer", "decimal"):
        high = item.get("maxValue")
        low = item.get("minValue")
        if low is not None and high is not None:
            ends = (item.get("lowLabel"), item.get("highLabel"))
            if all(ends):  # what the ends mean, as the client saw them
                return f"{value} out of {high} ({low} {ends[0]}, {high} {ends[1]})"
            return f"{value} out of {high}"
        return str(value)
    if kind == "date":
        try:
            day = datetime.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return f"{day.day} {day:%B %Y}"
    return str(value)


def _scale(item: dict, value: Any) -> tuple[float, float, float] | None:
    low, high = item.get("minValue"), item.get("maxValue")
    if item.get("type") not in ("integer", "decimal") or low is None or high is None or high <= low:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return (value, low, high)


def plain(item: dict | None, value: Any) -> str:
    """An answer as one line of text (for "before" and for alerts): repeating groups summarised."""
    if _is_empty(value):
        return "No answer"
    if item is None:
        return str(value)
    if item.get("type") == "group" and isinstance(value, list):
        children = {child["linkId"]: child for child in item.get("item", [])}
        entries = []
        for entry in value:
            if isinstance(entry, dict):
                parts = [
                    ", ".join(words(children.get(key, {}), entry_value))
                    for key, entry_value in entry.items()
                    if not _is_empty(entry_value)
                ]
                entries.append(" / ".join(part for part in parts if part))
        return "; ".join(f"{n}. {entry}" for n, entry in enumerate(entries, start=1)) or "No answer"
    return "; ".join(words(item, value)) or "No answer"


def answer_at(items: list[dict], answers: dict, path: str) -> tuple[dict | None, Any]:
    """The item and the answer at a risk reason's path: ``linkId`` or ``group.0.child``."""
    by_id = index(items)
    if path in answers or path in by_id:  # linkIds may themselves contain dots
        return by_id.get(path), answers.get(path)
    parts = path.split(".") if path else []
    value: Any = answers
    for part in parts:
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            value = None
    item = by_id.get(parts[-1]) if parts else None
    return item, value
