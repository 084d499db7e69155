"""The answers form: a template version's items as form fields, and POST data back as answers.

Every control's name is its answer path: ``a:`` then linkIds and row numbers
joined by ``/``, for example ``a:verdict``, ``a:strengths/0`` or
``a:goals/1/further_steps/0``. A linkId cannot contain ``:``, ``/`` or ``~``,
so a name always reads back one way. The same names are used with and without
JavaScript (autosave posts the form as it is), so one parser serves both.

Drafts are kept as typed: half-typed numbers stay text ("7," is kept as
"7,"), and only empty rows and blank fields are left out. The full check is
the engine's (``assignments.questionnaire.check_answers``) on submit; this
module never decides whether an answer is acceptable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from assignments.questionnaire import MAX_REPEATS, ItemNode, check_answers, is_enabled, scopes, walk

PREFIX = "a:"
NEW_ROW = "__new__"  # the row number in a row template, replaced when a row is added
ROW_NUMBER = re.compile(r"\d{1,3}")
WHOLE = re.compile(r"[+-]?\d{1,15}")
DECIMAL = re.compile(r"[+-]?\d{0,15}\.\d{1,10}")
SCALE_MAX_STEPS = 11  # 0–10 shows as buttons; a wider range is a number field
OPERATOR_WORDS = {">": "more than", "<": "less than", ">=": "at least", "<=": "at most"}


# --- Structure -------------------------------------------------------------------


def level_items(items: list[dict]) -> Iterator[dict]:
    """The items answered in one answer map: a group that does not repeat is transparent."""
    for item in items:
        if item["type"] == "group" and not item.get("repeats"):
            yield from level_items(item["item"])
        else:
            yield item


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


# --- POST data → answers --------------------------------------------------------


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


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def compact(answers: dict[str, Any]) -> dict[str, Any]:
    """What to store: blank fields, empty rows and empty lists left out; everything else as typed."""
    return _compact_map(answers) or {}


def _compact_map(answers: dict) -> dict | None:
    kept = {}
    for key, value in answers.items():
        value = _compact(value)
        if value is not None:
            kept[key] = value
    return kept or None


def _compact(value: Any) -> Any:
    if isinstance(value, dict):
        return _compact_map(value)
    if isinstance(value, list):
        rows = [row for row in (_compact(entry) for entry in value) if row is not None]
        return rows or None
    return None if _is_blank(value) else value


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


# --- Items → form fields --------------------------------------------------------


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
        if messages:
            self.placed.add(error_path)
            self.error_links.append({"id": f"q:{path}", "text": item.get("text", ""), "messages": messages})
        return list(messages)

    def _condition(self, item: dict, levels: list[_Level]) -> tuple[str, str]:
        """The item's enableWhen for the page's script (question ids resolved), and in words."""
        rules, words = [], []
        for condition in item["enableWhen"]:
            question = self.index[condition["question"]]
            level = levels[len(levels) - 1 - self.depth[condition["question"]]]
            rules.append({"q": f"q:{level.prefix}{question['linkId']}", "op": condition["operator"],
                          "answer": condition.get("answer")})  # fmt: skip
            words.append(_condition_words(question, condition))
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


def _condition_words(question: dict, condition: dict) -> str:
    asked, operator, expected = f"“{question['text']}”", condition["operator"], condition.get("answer")
    if operator == "exists":
        return f"you answered {asked}" if expected else f"you left {asked} empty"
    shown = _display_value(question, expected)
    if operator == "=":
        return f"you answered “{shown}” to {asked}"
    if operator == "!=":
        return f"you did not answer “{shown}” to {asked}"
    return f"your answer to {asked} is {OPERATOR_WORDS[operator]} {shown}"


def _display_value(item: dict, value: Any) -> str:
    if item["type"] == "choice":
        return next((o["display"] for o in item["answerOption"] if o["code"] == value), str(value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)


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
    if _is_blank(value) or value == []:
        return None
    alone = {key: v for key, v in item.items() if key not in ("enableWhen", "enableBehavior", "required")}
    return check_answers([alone], {item["linkId"]: value}, complete=False).answers.get(item["linkId"])


# --- Answers as read-only text (submitted answers, the two sides of a conflict) ---------


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
    if _compact(value) is None:
        return None
    value = _compact(value)
    if item["type"] == "group":
        rows = [shown(item["item"], entry) for entry in (value if isinstance(value, list) else [])]
        return Shown(item=item, rows=[row for row in rows if row]) if any(rows) else None
    values = value if isinstance(value, list) else [value]
    return Shown(item=item, values=[_display_value(item, entry) for entry in values])


# --- Two versions of the answers, side by side -------------------------------------------


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
