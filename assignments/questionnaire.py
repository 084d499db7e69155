"""Questionnaire items (FHIR Questionnaire vocabulary) and the answers to them.

A template version's ``items`` is a list of item dicts:

    linkId        unique in the whole tree; letters, digits, ``_ . -``; at most 64
    text          the prompt (required except for ``group`` items)
    type          display | string | text | boolean | integer | decimal | date | choice | group
    required      bool, default false; only enforced while the item is enabled
    repeats       bool: a list of answers (choice: multi-select; group: a list of answer maps)
    minRepeats, maxRepeats   bounds on that list, when ``repeats``
    answerOption  choice only: [{"code", "display", "score"?}]; codes unique within the item
    enableWhen    [{"question": linkId of an earlier item, "operator": one of OPERATORS,
                    "answer": a value of that item's type (not for "exists": true/false)}]
    enableBehavior  "all" (default) or "any"
    minValue, maxValue   integer/decimal bounds (a scale is an integer with both)
    maxLength     string/text, default 2000 / 10000
    item          group only: the nested items
    helpText, placeholder, control ("slider", "radio", "checkbox", "dropdown")   display hints
    riskLanguage  string/text only: "describes-risk" for an item that asks the client to describe risk
                  (a safety plan's warning signs): risky words there are flagged as history, or as
                  imminent when they are imminent, rather than as a current high or moderate risk

Answers map each linkId to its value. A non-repeating group has no value of
its own: its children are answered in the same map as it. A repeating group is
a list of answer maps, one per instance. Errors are reported per path: the
linkId, or ``group.0.child`` inside the first instance of a repeating group.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

ITEM_TYPES = ("display", "string", "text", "boolean", "integer", "decimal", "date", "choice", "group")
ANSWERABLE = tuple(t for t in ITEM_TYPES if t not in ("display", "group"))
OPERATORS = ("exists", "=", "!=", ">", "<", ">=", "<=")
RISK_LEVELS = ("imminent", "high", "moderate", "history")  # as RiskAlert.Level, most urgent first
CONTROLS = ("slider", "radio", "checkbox", "dropdown")
ITEM_KEYS = {
    "linkId", "text", "type", "required", "repeats", "minRepeats", "maxRepeats", "answerOption", "enableWhen",
    "enableBehavior", "minValue", "maxValue", "maxLength", "item", "helpText", "placeholder", "control",
    "riskLanguage",
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


# --- Structure -------------------------------------------------------------------


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


def index(items: list[dict]) -> dict[str, dict]:
    return {item["linkId"]: item for item, _ in walk(items)}


def validate_structure(items: Any) -> None:
    """Raise StructureError listing everything wrong with ``items``."""
    errors: list[str] = []
    if not isinstance(items, list) or not items:
        raise StructureError(["A template needs a list of at least one item."])
    seen: dict[str, dict] = {}
    _check_items(items, seen, errors, where="", scope=())
    if errors:
        raise StructureError(errors)


def scopes(items: list[dict]) -> dict[str, tuple[str, ...]]:
    """For each linkId, the repeating groups around it (outermost first)."""
    found: dict[str, tuple[str, ...]] = {}
    for item, parents in walk(items):
        found[item["linkId"]] = tuple(p["linkId"] for p in parents if p.get("repeats"))
    return found


def _check_items(items: Any, seen: dict[str, dict], errors: list[str], where: str, scope: tuple) -> None:
    if not isinstance(items, list):
        errors.append(f"{where or 'items'}: “item” must be a list.")
        return
    for position, item in enumerate(items):
        label = f"{where}item {position + 1}"
        if not isinstance(item, dict):
            errors.append(f"{label}: each item must be an object.")
            continue
        link_id = item.get("linkId")
        if not isinstance(link_id, str) or not LINK_ID.match(link_id):
            errors.append(f"{label}: linkId must be 1–64 letters, digits, “_”, “.” or “-”.")
            continue
        label = f"“{link_id}”"
        if link_id in seen:
            errors.append(f"{label}: linkId is used twice.")
        unknown = set(item) - ITEM_KEYS
        if unknown:
            errors.append(f"{label}: unknown keys {', '.join(sorted(unknown))}.")
        kind = item.get("type")
        if kind not in ITEM_TYPES:
            errors.append(f"{label}: type must be one of {', '.join(ITEM_TYPES)}.")
            seen[link_id] = item
            continue
        if kind != "group" and not (isinstance(item.get("text"), str) and item["text"].strip()):
            errors.append(f"{label}: text is required.")
        for flag in ("required", "repeats"):
            if flag in item and not isinstance(item[flag], bool):
                errors.append(f"{label}: {flag} must be true or false.")
        if kind == "display" and (item.get("required") or item.get("repeats")):
            errors.append(f"{label}: a display item cannot be required or repeat.")
        _check_repeats(item, label, errors)
        _check_bounds(item, label, errors)
        _check_options(item, label, errors)
        _check_enable_when(item, label, seen, errors, scope=scope)
        seen[link_id] = {**item, "_scope": scope}
        if kind == "group":
            if item.get("required") and not item.get("repeats"):
                errors.append(f"{label}: a group that does not repeat cannot be required; make its items required.")
            children = item.get("item")
            if not isinstance(children, list) or not children:
                errors.append(f"{label}: a group needs at least one item.")
            else:
                inner = (*scope, link_id) if item.get("repeats") else scope
                _check_items(children, seen, errors, where=f"{label} › ", scope=inner)
        elif "item" in item:
            errors.append(f"{label}: only a group can have nested items.")


def _check_repeats(item: dict, label: str, errors: list[str]) -> None:
    bounds = {key: item[key] for key in ("minRepeats", "maxRepeats") if key in item}
    if bounds and not item.get("repeats"):
        errors.append(f"{label}: minRepeats/maxRepeats need repeats: true.")
    for key, value in bounds.items():
        if not _is_int(value) or not 0 <= value <= MAX_REPEATS:
            errors.append(f"{label}: {key} must be a whole number from 0 to {MAX_REPEATS}.")
    low, high = bounds.get("minRepeats"), bounds.get("maxRepeats")
    if _is_int(low) and _is_int(high) and low > high:
        errors.append(f"{label}: minRepeats is more than maxRepeats.")


def _check_bounds(item: dict, label: str, errors: list[str]) -> None:
    kind = item["type"]
    for key in ("minValue", "maxValue"):
        if key in item:
            if kind not in ("integer", "decimal"):
                errors.append(f"{label}: {key} applies to integer and decimal items only.")
            elif not _is_number(item[key]) or (kind == "integer" and not _is_int(item[key])):
                errors.append(f"{label}: {key} must be a {'whole ' if kind == 'integer' else ''}number.")
    if _is_number(item.get("minValue")) and _is_number(item.get("maxValue")) and item["minValue"] > item["maxValue"]:
        errors.append(f"{label}: minValue is more than maxValue.")
    if "maxLength" in item:
        if kind not in ("string", "text"):
            errors.append(f"{label}: maxLength applies to string and text items only.")
        elif not _is_int(item["maxLength"]) or not 1 <= item["maxLength"] <= 50000:
            errors.append(f"{label}: maxLength must be a whole number from 1 to 50000.")
    if "control" in item and item["control"] not in CONTROLS:
        errors.append(f"{label}: control must be one of {', '.join(CONTROLS)}.")
    if "riskLanguage" in item:
        if kind not in ("string", "text"):
            errors.append(f"{label}: riskLanguage applies to string and text items only.")
        elif item["riskLanguage"] not in RISK_LANGUAGE:
            errors.append(f"{label}: riskLanguage must be one of {', '.join(RISK_LANGUAGE)}.")


def _check_options(item: dict, label: str, errors: list[str]) -> None:
    options = item.get("answerOption")
    if item["type"] != "choice":
        if options is not None:
            errors.append(f"{label}: only a choice item can have answerOption.")
        return
    if not isinstance(options, list) or not options:
        errors.append(f"{label}: a choice item needs answerOption.")
        return
    codes = set()
    for option in options:
        if not isinstance(option, dict) or not isinstance(option.get("code"), str) or not option["code"]:
            errors.append(f"{label}: every answerOption needs a code.")
            continue
        if not isinstance(option.get("display"), str) or not option["display"].strip():
            errors.append(f"{label}: answerOption “{option['code']}” needs a display text.")
        if "score" in option and not _is_number(option["score"]):
            errors.append(f"{label}: answerOption “{option['code']}” has a score that is not a number.")
        if set(option) - {"code", "display", "score"}:
            errors.append(f"{label}: answerOption “{option['code']}” has unknown keys.")
        if option["code"] in codes:
            errors.append(f"{label}: answerOption code “{option['code']}” is used twice.")
        codes.add(option["code"])


def _check_enable_when(item: dict, label: str, seen: dict[str, dict], errors: list[str], scope: tuple = ()) -> None:
    conditions = item.get("enableWhen")
    behavior = item.get("enableBehavior")
    if conditions is None:
        if behavior is not None:
            errors.append(f"{label}: enableBehavior without enableWhen.")
        return
    if not isinstance(conditions, list) or not conditions:
        errors.append(f"{label}: enableWhen must be a non-empty list.")
        return
    if behavior not in (None, "all", "any"):
        errors.append(f"{label}: enableBehavior must be “all” or “any”.")
    if len(conditions) > 1 and behavior is None:
        errors.append(f"{label}: with more than one enableWhen, say enableBehavior “all” or “any”.")
    for condition in conditions:
        if not isinstance(condition, dict) or set(condition) - {"question", "operator", "answer"}:
            errors.append(f"{label}: each enableWhen is {{question, operator, answer}}.")
            continue
        question = condition.get("question")
        target = seen.get(question) if isinstance(question, str) else None
        if target is None:
            errors.append(f"{label}: enableWhen refers to “{question}”, which is not an earlier item.")
            continue
        target_scope = target.get("_scope", ())
        if target_scope != scope[: len(target_scope)]:
            errors.append(
                f"{label}: enableWhen refers to “{question}”, which is inside a repeating group it is not in."
            )
            continue
        operator = condition.get("operator")
        if operator not in OPERATORS:
            errors.append(f"{label}: enableWhen operator must be one of {', '.join(OPERATORS)}.")
            continue
        if target["type"] in ("display", "group"):
            errors.append(f"{label}: enableWhen cannot depend on a {target['type']} item.")
            continue
        answer = condition.get("answer")
        if operator == "exists":
            if not isinstance(answer, bool):
                errors.append(f"{label}: enableWhen “exists” takes answer true or false.")
        elif not _strictly_typed(target, answer) or _coerce(target, answer)[1] is not None:
            errors.append(f"{label}: enableWhen answer {answer!r} is not a possible answer to “{question}”.")
        elif operator in (">", "<", ">=", "<=") and target["type"] not in ("integer", "decimal", "date"):
            errors.append(f"{label}: {operator} compares numbers or dates only.")


def _strictly_typed(item: dict, value: Any) -> bool:
    """A template's own values are JSON of the item's type (answers may send numbers as text; templates may not)."""
    if item["type"] in ("integer", "decimal"):
        return _is_number(value)
    if item["type"] == "boolean":
        return isinstance(value, bool)
    return isinstance(value, str)


# --- Answers -----------------------------------------------------------------------


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


def _level_link_ids(items: list[dict]) -> Iterator[dict]:
    """Items answered in one answer map: non-repeating groups are flattened into it."""
    for item in items:
        if item["type"] == "group" and not item.get("repeats"):
            yield from _level_link_ids(item["item"])
        else:
            yield item


def _check_level(
    items: list[dict], answers: dict, *, scope: list[dict], path: str, errors: dict, complete: bool
) -> dict[str, Any]:
    level = {item["linkId"]: item for item in _level_link_ids(items)}
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
            if complete and item.get("required"):
                errors.setdefault(where, []).append("Please answer this question.")
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
    if not value:
        if complete and item.get("required"):
            errors.setdefault(where, []).append("Please answer this question.")
        return None
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
    if not values:
        if complete and item.get("required"):
            errors.setdefault(where, []).append("Please answer this question.")
        return None
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


def _count_ok(item: dict, values: list, where: str, errors: dict, complete: bool) -> bool:
    high = min(item.get("maxRepeats", MAX_REPEATS), MAX_REPEATS)
    if len(values) > high:
        errors.setdefault(where, []).append(f"Give at most {high}.")
        return False
    low = item.get("minRepeats", 0)
    if complete and item.get("required") and len(values) < low:
        errors.setdefault(where, []).append(f"Give at least {low}.")
        return False
    return True


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


def _range_message(low, high) -> str:
    if low is not None and high is not None:
        return f"Choose a value from {low} to {high}."
    if low is not None:
        return f"Choose a value of at least {low}."
    return f"Choose a value of at most {high}."


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


# --- enableWhen ------------------------------------------------------------------


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


# --- Scores -----------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    total: int | float
    band: str
    band_label: str


def score(items: list[dict], scoring: dict | None, answers: dict) -> Score | None:
    """Sum the chosen options' scores over ``scoring["items"]`` and find the band.

    ``scoring``: {"method": "sum", "items": [linkIds], "bands": [{"min", "max", "code", "label"}]}.
    None when the version is not scored or an item to score is unanswered.
    """
    if not scoring:
        return None
    by_id = index(items)
    total = 0
    for link_id in scoring["items"]:
        code = answers.get(link_id)
        option = next((o for o in by_id[link_id].get("answerOption", []) if o["code"] == code), None)
        if option is None:
            return None
        total += option.get("score", 0)
    band = next((b for b in scoring["bands"] if b["min"] <= total <= b["max"]), None)
    if band is None:
        return None
    return Score(total=total, band=band["code"], band_label=band["label"])


def validate_scoring(items: list[dict], scoring: Any) -> list[str]:
    """Problems with a version's scoring rules (an empty list when fine)."""
    if scoring in (None, {}):
        return []
    if not isinstance(scoring, dict) or scoring.get("method") != "sum":
        return ["Scoring must be {method: 'sum', items: [...], bands: [...]}."]
    errors = []
    by_id, top_level = index(items), {item["linkId"] for item in _level_link_ids(items)}
    link_ids = scoring.get("items")
    if not isinstance(link_ids, list) or not link_ids or not all(isinstance(i, str) for i in link_ids):
        return ["Scoring needs a list of the linkIds it adds up."]
    low = high = 0
    for link_id in link_ids:
        item = by_id.get(link_id)
        if item is None or item["type"] != "choice" or item.get("repeats") or link_id not in top_level:
            errors.append(f"Scoring: “{link_id}” is not a single-choice item outside repeating groups.")
        elif not all(_is_number(option.get("score")) for option in item["answerOption"]):
            errors.append(f"Scoring: every option of “{link_id}” needs a score.")
        else:
            scores = [option["score"] for option in item["answerOption"]]
            low, high = low + min(scores), high + max(scores)
    bands = scoring.get("bands")
    if not isinstance(bands, list) or not bands:
        return [*errors, "Scoring needs bands."]
    previous_max = None
    for band in bands:
        if not (
            isinstance(band, dict)
            and {"min", "max", "code", "label"} <= set(band)
            and _is_number(band["min"])
            and _is_number(band["max"])
            and isinstance(band["code"], str)
            and isinstance(band["label"], str)
        ):
            errors.append("Each band is {min, max, code, label} with numbers for min and max.")
            return errors
        if band["min"] > band["max"] or (previous_max is not None and band["min"] != previous_max + 1):
            errors.append(f"Band “{band['code']}” does not follow on from the one before.")
        previous_max = band["max"]
    if not errors and (bands[0]["min"] > low or bands[-1]["max"] < high):
        errors.append(f"The bands must cover every possible total, {low} to {high}.")
    return errors


def risk_reasons(items: list[dict], risk_rules: list[dict] | None, answers: dict) -> list[dict]:
    """The template's own risk rules that these answers meet: [{linkId, reason, level}].

    A rule is an enableWhen-style condition plus a ``reason``; it only fires on
    an answered item (e.g. PHQ-9 item 9 answered anything but “not at all”).
    """
    found = []
    for rule in risk_rules or []:
        if _is_empty(answers.get(rule["question"])):
            continue
        try:
            holds = _condition_holds(rule, [answers])
        except (TypeError, ValueError, ArithmeticError):  # a draft may hold anything: never fail its save
            holds = False
        if holds:
            found.append({"linkId": rule["question"], "reason": rule["reason"], "level": rule.get("level", "high")})
    return found


def validate_version(items: Any, scoring: Any = None, risk_rules: Any = None) -> None:
    """Raise StructureError listing every problem with a version's items, scoring and risk rules."""
    validate_structure(items)
    errors = validate_scoring(items, scoring)
    by_id = {link_id: {**item, "_scope": ()} for link_id, item in index(items).items()}
    if risk_rules is not None and not isinstance(risk_rules, list):
        errors.append("Risk rules must be a list.")
        risk_rules = []
    for rule in risk_rules or []:
        if not isinstance(rule, dict) or not isinstance(rule.get("reason"), str) or not rule.get("reason"):
            errors.append("Each risk rule needs question, operator, answer and a reason.")
            continue
        if rule.get("level", "high") not in RISK_LEVELS:
            errors.append(f"Risk rule: the level must be one of {', '.join(RISK_LEVELS)}.")
            continue
        condition = {key: value for key, value in rule.items() if key not in ("reason", "level")}
        if condition.get("question") in by_id and scopes(items)[condition["question"]]:
            errors.append(
                f"Risk rule: “{condition['question']}” is inside a repeating group; rules read top-level answers."
            )
            continue
        problems: list[str] = []
        _check_enable_when({"enableWhen": [condition]}, "Risk rule", by_id, problems)
        errors.extend(problems)
    if errors:
        raise StructureError(errors)


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
    except (TypeError, ValueError):
        return False
