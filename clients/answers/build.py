"""A template version's items as a tree of form nodes, filled with answers and with errors placed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.utils.text import Truncator

from assignments.questionnaire import MAX_REPEATS, ItemNode, check_answers, is_enabled, scopes, walk
from clients.answers import wording
from clients.answers.display import condition_words
from clients.answers.parse import is_blank
from clients.answers.paths import PREFIX

NEW_ROW = "__new__"  # the row number in a row template, replaced when a row is added
SCALE_MAX_STEPS = 11  # 0–10 shows as buttons; a wider range is a number field


@dataclass
class Option:
    code: str
    display: str
    checked: bool
    id: str


@dataclass
class Instance:
    """One row of a repeating group."""

    number: int
    path: str
    nodes: list[Node]

    @property
    def label(self) -> str:
        return str(self.number + 1)


@dataclass
class Node(ItemNode):
    """One item as the form shows it."""

    widget: str  # display group repeat_group text textarea number date tick yesno radio checkbox scale list
    path: str
    value: Any = None
    options: list[Option] = field(default_factory=list)
    scale: list[Option] = field(default_factory=list)
    rows: list[Any] = field(default_factory=list)  # list: Nodes; repeat_group: Instances
    row_template: Any = None
    children: list[Node] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    enabled: bool = True
    condition: str = ""
    condition_hint: str = ""
    tools: Any = None
    row_widget: str = ""

    @property
    def name(self) -> str:
        return PREFIX + self.path

    @property
    def input_value(self) -> str:
        return "" if self.value is None or isinstance(self.value, bool | list | dict) else str(self.value)

    @property
    def can_add(self) -> bool:
        return len(self.rows) < min(self.item.get("maxRepeats", MAX_REPEATS), MAX_REPEATS)

    @property
    def max_rows(self) -> int:
        return min(self.item.get("maxRepeats", MAX_REPEATS), MAX_REPEATS)

    @property
    def min_rows(self) -> int:
        return _min_rows(self.item)

    @property
    def is_fieldset(self) -> bool:
        return self.widget in ("group", "repeat_group", "yesno", "radio", "checkbox", "scale", "list")


@dataclass
class Form:
    nodes: list[Node]
    unplaced_errors: list[str]
    error_links: list[dict]


def _min_rows(item: dict) -> int:
    low = item.get("minRepeats", 0) if item.get("required") else 0
    if item["type"] == "group":
        return max(low, 1 if item.get("required") else 0)
    return max(low, 1)


def build(
    items: list[dict],
    answers: dict[str, Any] | None,
    *,
    errors: dict[str, list[str]] | None = None,
    tools: dict[str, Any] | None = None,
    extra_rows: str = "",
) -> Form:
    """The form for ``items`` filled with ``answers``, engine errors placed next to their items.

    ``tools`` maps a linkId to what its "discuss / comment" panel shows;
    ``extra_rows`` is the path of a repeating item to show one more empty row for.
    """
    builder = _Builder(items, errors or {}, tools or {}, extra_rows)
    nodes = builder.level(items, answers if isinstance(answers, dict) else {}, prefix="", error_prefix="", outer=[])
    unplaced = [
        message for key, messages in (errors or {}).items() if key not in builder.placed for message in messages
    ]
    return Form(nodes=nodes, unplaced_errors=unplaced, error_links=builder.error_links)


@dataclass
class _Level:
    """One answer map while building: its path prefix and the answers enableWhen may read."""

    prefix: str
    cleaned: dict[str, Any] = field(default_factory=dict)


class _Builder:
    def __init__(self, items: list[dict], errors: dict, tools: dict, extra_rows: str):
        self.errors, self.tools, self.extra_rows = errors, tools, extra_rows
        self.index = {item["linkId"]: item for item, _ in walk(items)}
        self.depth = {link_id: len(scope) for link_id, scope in scopes(items).items()}
        self.placed: set[str] = set()
        self.error_links: list[dict] = []

    def level(self, items, answers, *, prefix, error_prefix, outer, enabled=True) -> list[Node]:
        levels = [_Level(prefix), *outer]  # innermost first, like the engine's chain
        return self._items(items, answers, levels, error_prefix, enabled)

    def _items(self, items, answers, levels, error_prefix, parent_enabled) -> list[Node]:
        nodes = []
        for item in items:
            link_id = item["linkId"]
            on = parent_enabled and is_enabled(item, [level.cleaned for level in levels])
            node = self._node(item, answers, levels, f"{error_prefix}{link_id}", on)
            node.enabled = on
            if item.get("enableWhen"):
                node.condition, node.condition_hint = self._condition(item, levels)
            if on and item["type"] not in ("display", "group"):
                value = _cleaned(item, answers.get(link_id))
                if value is not None:
                    levels[0].cleaned[link_id] = value
            nodes.append(node)
        return nodes

    def _node(self, item, answers, levels, error_path, on) -> Node:
        kind, value, path = item["type"], answers.get(item["linkId"]), levels[0].prefix + item["linkId"]
        node = Node(item=item, widget=_widget(item), path=path, tools=self.tools.get(item["linkId"]))
        node.errors = self._errors(error_path, path, item)
        if kind == "display":
            return node
        if kind == "group" and not item.get("repeats"):
            node.children = self._items(item["item"], answers, levels, error_path[: -len(item["linkId"])], on)
            return node
        if kind == "group":
            entries = [entry if isinstance(entry, dict) else {} for entry in (value if isinstance(value, list) else [])]
            count = min(max(len(entries), _min_rows(item)) + (self.extra_rows == path), node.max_rows)
            entries = (entries + [{}] * count)[: max(count, len(entries[:MAX_REPEATS]))]
            node.rows = [self._instance(item, entry, levels, error_path, n, on) for n, entry in enumerate(entries)]
            node.row_template = self._instance(item, {}, levels, error_path, NEW_ROW, on)
            return node
        if kind == "choice" and item.get("repeats"):
            node.options = _options(item, path, value if isinstance(value, list) else [value])
            return node
        if item.get("repeats"):
            values = value if isinstance(value, list) else ([] if value is None else [value])
            count = min(max(len(values), _min_rows(item)) + (self.extra_rows == path), node.max_rows)
            values = (values + [None] * count)[: max(count, len(values[:MAX_REPEATS]))]
            node.row_widget = _widget({**item, "repeats": False})
            node.rows = [self._row(item, f"{path}/{n}", entry) for n, entry in enumerate(values)]
            node.row_template = self._row(item, f"{path}/{NEW_ROW}", None)
            return node
        return _fill(node, item, value)

    def _instance(self, item, entry, levels, error_path, number, on) -> Instance:
        path = f"{levels[0].prefix}{item['linkId']}/{number}"
        nodes = self.level(
            item["item"], entry, prefix=f"{path}/", error_prefix=f"{error_path}.{number}.", outer=levels, enabled=on
        )
        return Instance(number=number if isinstance(number, int) else 0, path=path, nodes=nodes)

    def _row(self, item, path, value) -> Node:
        # One row of a list: the list's fieldset carries the prompt and help.
        single = {key: v for key, v in item.items() if key not in ("helpText", "enableWhen")} | {"repeats": False}
        return _fill(Node(item=single, widget=_widget(single), path=path), single, value)

    def _errors(self, error_path: str, path: str, item: dict) -> list[str]:
        messages = self.errors.get(error_path, [])
        if not messages:
            return []
        self.placed.add(error_path)
        question = Truncator(item.get("text", "")).words(12)
        self.error_links.append({"id": f"q:{path}", "lines": [wording.in_summary(question, m) for m in messages]})
        widget = _widget(item)
        return [wording.beside_item(message, widget) for message in messages]

    def _condition(self, item: dict, levels: list[_Level]) -> tuple[str, str]:
        """The item's enableWhen for the page's script (question ids resolved), and in words."""
        rules, words = [], []
        for condition in item["enableWhen"]:
            question = self.index[condition["question"]]
            level = levels[len(levels) - 1 - self.depth[condition["question"]]]
            rules.append({"q": f"q:{level.prefix}{question['linkId']}", "op": condition["operator"],
                          "answer": condition.get("answer")})  # fmt: skip
            words.append(condition_words(question, condition))
        behavior = item.get("enableBehavior", "all")
        joined = (" or " if behavior == "any" else " and ").join(words)
        return json.dumps({"behavior": behavior, "rules": rules}), f"Only needed if {joined}."


def _fill(node: Node, item: dict, value: Any) -> Node:
    node.value = value
    if node.widget in ("radio", "yesno"):
        node.options = _options(item, node.path, [value])
    elif node.widget == "scale":
        node.scale = [
            Option(code=str(n), display=str(n), checked=value in (n, str(n)), id=f"{node.name}~{n}")
            for n in range(item["minValue"], item["maxValue"] + 1)
        ]
    return node


def _widget(item: dict) -> str:
    kind = item["type"]
    if kind in ("display", "group"):
        return "repeat_group" if item.get("repeats") else kind
    if item.get("repeats"):
        return "checkbox" if kind == "choice" else "list"
    if kind == "string":
        return "text"
    if kind == "text":
        return "textarea"
    if kind == "boolean":
        return "yesno" if item.get("required") and item.get("control") != "checkbox" else "tick"
    if kind == "choice":
        return "radio"
    if kind == "integer" and _is_scale(item):
        return "scale"
    if kind in ("integer", "decimal"):
        return "number"
    return kind  # date


def _is_scale(item: dict) -> bool:
    low, high = item.get("minValue"), item.get("maxValue")
    return isinstance(low, int) and isinstance(high, int) and 0 < high - low + 1 <= SCALE_MAX_STEPS


def _options(item: dict, path: str, chosen: list) -> list[Option]:
    if item["type"] == "boolean":
        pairs = [("true", "Yes", True), ("false", "No", False)]
        return [Option(code, label, value in chosen, f"{PREFIX}{path}~{code}") for code, label, value in pairs]
    return [
        Option(o["code"], o["display"], o["code"] in chosen, f"{PREFIX}{path}~{n}")
        for n, o in enumerate(item["answerOption"])
    ]


def _cleaned(item: dict, value: Any) -> Any:
    """The value the engine would keep for this one item (None when blank or not acceptable)."""
    if is_blank(value) or value == []:
        return None
    alone = {key: v for key, v in item.items() if key not in ("enableWhen", "enableBehavior", "required")}
    return check_answers([alone], {item["linkId"]: value}, complete=False).answers.get(item["linkId"])
