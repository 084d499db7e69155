"""The builder's changes to a draft's items: pure functions on the item tree, each returning a new tree (the
draft's own is never changed in place) or raising Refused with what to do instead, in words.

The web pages and the JavaScript layer call these; saving, revisions and conflicts are the library service's.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from django.utils.text import slugify

from assignments.questionnaire import walk
from assignments.questionnaire.format import RISK_LEVELS

GONE = "That item is no longer in the draft; here it is as it is now."


class Refused(ValueError):
    """A change the builder will not make, and why, in words for the author."""


# What a practice admin picks when adding an item, in words, and what it becomes in the item format.
KINDS = {
    "text": ("A longer answer", {"type": "text"}),
    "string": ("A short answer", {"type": "string"}),
    "list": ("A list of short answers", {"type": "string", "repeats": True}),
    "boolean": ("Yes or no", {"type": "boolean"}),
    "choice": ("One of several options", {"type": "choice"}),
    "choices": ("Any of several options", {"type": "choice", "repeats": True}),
    "scale": ("A scale, for example 0 to 10", {"type": "integer", "control": "slider"}),
    "integer": ("A number", {"type": "integer"}),
    "date": ("A date", {"type": "date"}),
    "display": ("Text to read (no answer)", {"type": "display"}),
    "group": ("A group of questions under a heading", {"type": "group"}),
    "rows": ("A repeating group (one set of answers per row, e.g. per person)", {"type": "group", "repeats": True}),
}

FIRST_IN_GROUP = "Write this group's first question, then remove this."


def kind_of(item: dict) -> str:
    """The builder's kind for an item (an imported one may be of a shape the builder does not make: the nearest)."""
    if item.get("type") == "group":
        return "rows" if item.get("repeats") else "group"
    if item.get("type") == "choice":
        return "choices" if item.get("repeats") else "choice"
    if item.get("type") == "integer" and item.get("control") == "slider":
        return "scale"
    if item.get("type") == "string" and item.get("repeats"):
        return "list"
    if item.get("type") == "decimal":
        return "integer"
    return item.get("type") if item.get("type") in KINDS else "string"


def new_item(data: dict, items: list[dict]) -> dict:
    """An item of the kind and words in ``data`` (ItemForm.cleaned_data), with an id not used in ``items``."""
    _label, shape = KINDS[data["kind"]]
    taken = {item["linkId"] for item, _ in walk(items)}
    item: dict = {"linkId": _free_link_id(data["text"], taken), **shape, "text": data["text"].strip()}
    if item["type"] == "group":
        taken.add(item["linkId"])
        item["item"] = [{"linkId": _free_link_id(f"{item['linkId']} first", taken), "type": "display"}]
        item["item"][0]["text"] = FIRST_IN_GROUP
    _apply(item, data, data["kind"])
    return item


OTHER = "Other"


def with_other(items: list[dict], link_id: str, into: str = "") -> list[dict]:
    """``items`` with an "Other" option on the choice ``link_id`` and, after it, a short answer to say what, shown
    only when Other is chosen (a plain condition, so the engine, the risk scan and FHIR need nothing more)."""
    tree = copy.deepcopy(items)
    siblings, where, _group = _find(tree, link_id)
    choice = siblings[where]
    taken = {option["code"] for option in choice["answerOption"]}
    code = next(c for c in ("other", *(f"other-{n}" for n in range(2, 100))) if c not in taken)
    choice["answerOption"].append({"code": code, "display": OTHER})
    box = {
        "linkId": _free_link_id(f"{link_id} other", {item["linkId"] for item, _ in walk(tree)}),
        "type": "string",
        "text": "Other: say what, in your own words",
        "enableWhen": [{"question": link_id, "operator": "=", "answer": code}],
        "enableBehavior": "all",
    }
    siblings.insert(where + 1, box)
    return tree


def _apply(item: dict, data: dict, kind: str) -> None:
    """The form's words, help, need and limits onto ``item`` (its id and kind stay)."""
    item["text"] = data["text"].strip()
    answered = item["type"] not in ("display", "group") or bool(item.get("repeats"))  # a list of rows is answered
    if data.get("required") and answered:
        item["required"] = True
    else:
        item.pop("required", None)
    if data.get("help_text") and item["type"] != "display":
        item["helpText"] = data["help_text"].strip()
    else:
        item.pop("helpText", None)
    if item["type"] == "choice":
        item["answerOption"] = _options(data["option_list"], item.get("answerOption") or [])
    if kind == "integer":
        for key, field in (("minValue", "lowest"), ("maxValue", "highest")):
            if data.get(field) is None:
                item.pop(key, None)
            else:
                item[key] = data[field]
    if item["type"] in ("string", "text"):
        if data.get("max_length"):
            item["maxLength"] = data["max_length"]
        else:
            item.pop("maxLength", None)
    if kind == "scale":
        item["minValue"], item["maxValue"] = data["low"], data["high"]
        for key, field in (("lowLabel", "low_label"), ("highLabel", "high_label")):
            words = " ".join(str(data.get(field) or "").split())
            if words:
                item[key] = words
            else:
                item.pop(key, None)
    if item.get("repeats") and item["type"] != "choice":
        for key, value in (("minRepeats", data.get("min_rows")), ("maxRepeats", data.get("max_rows"))):
            if value is None:
                item.pop(key, None)
            else:
                item[key] = value
    if item["type"] in ("string", "text"):
        if data.get("describes_risk"):
            item["riskLanguage"] = "describes-risk"
        else:
            item.pop("riskLanguage", None)


def _options(words: list[str], before: list[dict]) -> list[dict]:
    """Options in the order written; one whose words are unchanged keeps its code (and score), so answers already
    given, conditions and rules still read it."""
    kept = {option["display"].casefold(): option for option in before}
    taken = {option["code"] for option in before}
    options = []
    for position, display in enumerate(words):
        old = kept.get(display.casefold())
        if old is not None:
            options.append({**old, "display": display})
            continue
        code = base = slugify(display)[:50] or f"option-{position + 1}"
        n = 1
        while code in taken:
            n += 1
            code = f"{base}-{n}"
        taken.add(code)
        options.append({"code": code, "display": display})
    return options


def _free_link_id(text: str, taken: set[str]) -> str:
    base = slugify(text).replace("-", "_")[:40].strip("_") or "item"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    return candidate


def _find(items: list[dict], link_id: str) -> tuple[list[dict], int, dict | None]:
    """Where ``link_id`` is: its list of siblings, its place in it, and its group (None at the top)."""
    for item, parents in walk(items):
        if item["linkId"] == link_id:
            siblings = parents[-1]["item"] if parents else items
            return siblings, next(n for n, s in enumerate(siblings) if s is item), parents[-1] if parents else None
    raise Refused(GONE)


def item_form_data(items: list[dict], link_id: str) -> dict:
    """An item as the item form's initial data, to change it in place."""
    siblings, where, _group = _find(items, link_id)
    item = siblings[where]
    return {
        "kind": kind_of(item),
        "text": item.get("text", ""),
        "help_text": item.get("helpText", ""),
        "required": bool(item.get("required")),
        "options": "\n".join(option["display"] for option in item.get("answerOption") or []),
        "low": item.get("minValue", 0),
        "high": item.get("maxValue", 10),
        "lowest": item.get("minValue") if item.get("control") != "slider" else None,
        "highest": item.get("maxValue") if item.get("control") != "slider" else None,
        "max_length": item.get("maxLength"),
        "low_label": item.get("lowLabel", ""),
        "high_label": item.get("highLabel", ""),
        "min_rows": item.get("minRepeats"),
        "max_rows": item.get("maxRepeats"),
        "describes_risk": item.get("riskLanguage") == "describes-risk",
    }


def add(items: list[dict], item: dict, into: str = "") -> list[dict]:
    """``items`` with ``item`` at the end, or at the end of the group ``into``."""
    tree = copy.deepcopy(items)
    if not into:
        return [*tree, item]
    siblings, where, _group = _find(tree, into)
    if siblings[where].get("type") != "group":
        raise Refused("Items can only be put inside a group.")
    siblings[where]["item"].append(item)
    return tree


def change(items: list[dict], link_id: str, data: dict) -> list[dict]:
    """``items`` with one item's words, help, need, options and limits changed (its kind and id stay)."""
    tree = copy.deepcopy(items)
    siblings, where, _group = _find(tree, link_id)
    item = siblings[where]
    if data["kind"] != kind_of(item):
        raise Refused(
            "An item keeps its kind, so answers already given still fit it: to ask in another way, add a new item "
            "and remove this one."
        )
    _apply(item, data, data["kind"])
    return tree


MOVES = ("up", "down", "remove", "in", "out")


def move(items: list[dict], link_id: str, action: str) -> list[dict]:
    """One item moved up or down among its siblings, into the group just above it, out of its group (to just
    after it), or removed. A move that cannot happen (the first item up) leaves the tree as it is."""
    tree = copy.deepcopy(items)
    siblings, where, group = _find(tree, link_id)
    if action == "remove":
        if group is not None and len(siblings) == 1:
            raise Refused("A group needs at least one item: remove the group itself, or add another item first.")
        del siblings[where]
    elif action == "up" and where > 0:
        siblings[where - 1], siblings[where] = siblings[where], siblings[where - 1]
    elif action == "down" and where < len(siblings) - 1:
        siblings[where + 1], siblings[where] = siblings[where], siblings[where + 1]
    elif action == "in" and where > 0 and siblings[where - 1].get("type") == "group":
        siblings[where - 1]["item"].append(siblings.pop(where))
    elif action == "out" and group is not None:
        if len(siblings) == 1:
            raise Refused("A group needs at least one item: add another to it before moving this one out.")
        item = siblings.pop(where)
        outer, place, _ = _find(tree, group["linkId"])
        outer.insert(place + 1, item)
    return tree


def move_to(items: list[dict], link_id: str, before: str = "", into: str = "") -> list[dict]:
    """One item dragged: placed just before ``before``, or at the end of the group ``into`` (or of the whole)."""
    if link_id in (before, into):
        return copy.deepcopy(items)
    tree = copy.deepcopy(items)
    siblings, where, group = _find(tree, link_id)
    item = siblings[where]
    inside = {i["linkId"] for i, _ in walk([item])}
    if before in inside or into in inside:
        raise Refused("An item cannot go inside itself.")
    if group is not None and len(siblings) == 1:
        raise Refused("A group needs at least one item: add another to it before moving this one out.")
    del siblings[where]
    if before:
        target, place, _ = _find(tree, before)
        target.insert(place, item)
    elif into:
        target, place, _ = _find(tree, into)
        if target[place].get("type") != "group":
            raise Refused("Items can only be put inside a group.")
        target[place]["item"].append(item)
    else:
        tree.append(item)
    return tree


# --- Conditions ("show this only when …") and risk rules, from menus and words ---

CONDITION_OPERATORS = {"=": "is", "!=": "is not", "exists": "has been given"}
RULE_OPERATORS = {"=": "is", "!=": "is not", ">=": "is at least", "<=": "is at most"}


def askable_before(items: list[dict], link_id: str) -> list[dict]:
    """Questions a condition on ``link_id`` may depend on: answered once, asked before it, and not inside a
    repeating group it is not in itself."""
    found: list[tuple[dict, list[str]]] = []
    for item, parents in walk(items):
        scope = [parent["linkId"] for parent in parents if parent.get("repeats")]
        if item["linkId"] == link_id:
            return [question for question, where in found if where == scope[: len(where)]]
        if item.get("type") not in ("display", "group") and not item.get("repeats"):
            found.append((item, scope))
    raise Refused(GONE)


def rule_questions(items: list[dict]) -> list[dict]:
    """Questions a risk rule may read: answered once, not inside a repeating group."""
    return [
        item
        for item, parents in walk(items)
        if item.get("type") not in ("display", "group")
        and not item.get("repeats")
        and not any(p.get("repeats") for p in parents)
    ]


def add_condition(items: list[dict], link_id: str, data: dict) -> list[dict]:
    """``link_id`` shown only when an earlier question's answer is (or is not) what the author typed, or has been
    given; added to its conditions, which then hold together ("all") or each alone ("any")."""
    tree = copy.deepcopy(items)
    siblings, where, _group = _find(tree, link_id)
    item = siblings[where]
    earlier = {question["linkId"]: question for question in askable_before(items, link_id)}
    question = earlier.get(data.get("when_question", ""))
    operator = data.get("when_operator", "")
    if question is None:
        raise Refused("Choose a question asked before this item.")
    if operator not in CONDITION_OPERATORS:
        raise Refused("Choose whether its answer is, is not, or has been given.")
    if operator == "exists":
        condition = {"question": question["linkId"], "operator": "exists", "answer": True}
    else:
        condition = {"question": question["linkId"], "operator": operator, "answer": answer_from_words(question, data)}
    conditions = item.get("enableWhen") or []
    if condition in conditions:
        raise Refused("It already has that condition.")
    item["enableWhen"] = [*conditions, condition]
    behavior = data.get("when_behavior") or item.get("enableBehavior") or "all"
    item["enableBehavior"] = behavior if behavior in ("all", "any") else "all"
    return tree


def drop_condition(items: list[dict], link_id: str, position: int | None = None) -> list[dict]:
    """One of the item's conditions removed (all of them when ``position`` is None): shown always when none stay."""
    tree = copy.deepcopy(items)
    siblings, where, _group = _find(tree, link_id)
    item = siblings[where]
    conditions = list(item.get("enableWhen") or [])
    if position is not None and 0 <= position < len(conditions):
        del conditions[position]
    else:
        conditions = []
    if conditions:
        item["enableWhen"] = conditions
    else:
        item.pop("enableWhen", None)
        item.pop("enableBehavior", None)
    return tree


def set_behavior(items: list[dict], link_id: str, behavior: str) -> list[dict]:
    tree = copy.deepcopy(items)
    siblings, where, _group = _find(tree, link_id)
    if behavior not in ("all", "any") or not siblings[where].get("enableWhen"):
        raise Refused("Choose whether every condition must hold, or any one of them.")
    siblings[where]["enableBehavior"] = behavior
    return tree


def add_rule(items: list[dict], rules: list[dict], data: dict) -> list[dict]:
    """The risk rules with one more: the clinician is alerted, at ``level``, when a question's answer is what the
    author typed (or at least or at most a number), and is told ``reason``."""
    questions = {question["linkId"]: question for question in rule_questions(items)}
    question = questions.get(data.get("rule_question", ""))
    operator = data.get("rule_operator", "")
    level = data.get("rule_level", "")
    reason = " ".join(str(data.get("rule_reason") or "").split())
    if question is None:
        raise Refused("Choose the question whose answer should alert the clinician.")
    if operator not in RULE_OPERATORS or (operator in (">=", "<=") and question["type"] not in ("integer", "decimal")):
        raise Refused("Choose is or is not (at least or at most only for numbers and scales).")
    if level not in RISK_LEVELS:
        raise Refused("Choose how urgent the alert is.")
    if not reason or len(reason) > 300:
        raise Refused("Say in a line (300 characters at most) why this answer needs a clinician's attention.")
    rule = {
        "question": question["linkId"],
        "operator": operator,
        "answer": answer_from_words(question, {"when_answer": data.get("rule_answer", "")}),
        "reason": reason,
        "level": level,
    }
    if any({k: v for k, v in old.items() if k != "reason"} == {k: v for k, v in rule.items() if k != "reason"}
           for old in rules):  # fmt: skip
        raise Refused("There is already a rule for that answer.")
    return [*rules, rule]


def answer_from_words(question: dict, data: dict) -> Any:
    """The value the author typed for ``question`` ("when_answer"), as its answers are stored."""
    typed = str(data.get("when_answer") or "").strip()
    asked = f"“{question.get('text', question['linkId'])}”"
    if question["type"] == "choice":
        options = question.get("answerOption") or []
        found = next((o for o in options if typed.casefold() in (o["display"].casefold(), o["code"].casefold())), None)
        if found is None:
            choices = ", ".join(f"“{o['display']}”" for o in options)
            raise Refused(f"“{typed}” is not one of the options of {asked}: write one of {choices}.")
        return found["code"]
    if question["type"] == "boolean":
        if typed.casefold() in ("yes", "y", "true"):
            return True
        if typed.casefold() in ("no", "n", "false"):
            return False
        raise Refused(f"{asked} is answered yes or no: write “yes” or “no”.")
    if question["type"] in ("integer", "decimal"):
        try:
            number = float(typed)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise Refused(f"{asked} is answered with a number: write one.")
        return int(number) if question["type"] == "integer" and number.is_integer() else number
    if not typed:
        raise Refused(f"Write the answer to {asked}.")
    return typed
