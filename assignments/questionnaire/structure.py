"""The item format (FHIR Questionnaire vocabulary): its vocabulary, walking the tree, and checking a version's
items, enableWhen conditions, scoring and risk rules. See the package docstring for the format."""

from __future__ import annotations

from typing import Any

from assignments.questionnaire.format import (
    CONTROLS,
    ITEM_KEYS,
    ITEM_TYPES,
    LINK_ID,
    MAX_REPEATS,
    OPERATORS,
    RISK_LANGUAGE,
    StructureError,
)
from assignments.questionnaire.values import _coerce, _is_int, _is_number, _strictly_typed


def validate_structure(items: Any) -> None:
    """Raise StructureError listing everything wrong with ``items``."""
    errors: list[str] = []
    if not isinstance(items, list) or not items:
        raise StructureError(["An exercise needs at least one item: add a question or some text to read."])
    seen: dict[str, dict] = {}
    _check_items(items, seen, errors, where="", scope=())
    if errors:
        raise StructureError(errors)


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
            errors.append(f"{label}: its id (linkId) must be 1–64 letters, digits, “_”, “.” or “-”, with no spaces.")
            continue
        label = f"“{link_id}”"
        if link_id in seen:
            errors.append(f"{label}: two items have this id (linkId is used twice); give each its own.")
        unknown = set(item) - ITEM_KEYS
        if unknown:
            errors.append(f"{label}: unknown keys {', '.join(sorted(unknown))}.")
        kind = item.get("type")
        if kind not in ITEM_TYPES:
            errors.append(f"{label}: type must be one of {', '.join(ITEM_TYPES)}.")
            seen[link_id] = item
            continue
        if kind != "group" and not (isinstance(item.get("text"), str) and item["text"].strip()):
            errors.append(f"{label}: write the words the client sees (its text is required).")
        for flag in ("required", "repeats"):
            if flag in item and not isinstance(item[flag], bool):
                errors.append(f"{label}: {flag} must be true or false.")
        if kind == "display" and (item.get("required") or item.get("repeats")):
            errors.append(f"{label}: text to read has no answer, so it cannot be required or repeat.")
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
                errors.append(f"{label}: a group needs at least one item in it.")
            else:
                inner = (*scope, link_id) if item.get("repeats") else scope
                _check_items(children, seen, errors, where=f"{label} › ", scope=inner)
        elif "item" in item:
            errors.append(f"{label}: only a group can hold other items; make it a group, or move them out.")


def _check_repeats(item: dict, label: str, errors: list[str]) -> None:
    bounds = {key: item[key] for key in ("minRepeats", "maxRepeats") if key in item}
    if bounds and not item.get("repeats"):
        errors.append(f"{label}: minRepeats/maxRepeats need repeats: true.")
    for key, value in bounds.items():
        if not _is_int(value) or not 0 <= value <= MAX_REPEATS:
            errors.append(f"{label}: {key} must be a whole number from 0 to {MAX_REPEATS}.")
    low, high = bounds.get("minRepeats"), bounds.get("maxRepeats")
    if _is_int(low) and _is_int(high) and low > high:
        errors.append(f"{label}: it needs more answers than it allows (minRepeats is more than maxRepeats).")


def _check_bounds(item: dict, label: str, errors: list[str]) -> None:
    kind = item["type"]
    for key in ("minValue", "maxValue"):
        if key in item:
            if kind not in ("integer", "decimal"):
                errors.append(f"{label}: {key} applies to integer and decimal items only.")
            elif not _is_number(item[key]) or (kind == "integer" and not _is_int(item[key])):
                errors.append(f"{label}: {key} must be a {'whole ' if kind == 'integer' else ''}number.")
    if _is_number(item.get("minValue")) and _is_number(item.get("maxValue")) and item["minValue"] > item["maxValue"]:
        errors.append(f"{label}: its lowest value is higher than its highest (minValue is more than maxValue).")
    if "maxLength" in item:
        if kind not in ("string", "text"):
            errors.append(f"{label}: maxLength applies to string and text items only.")
        elif not _is_int(item["maxLength"]) or not 1 <= item["maxLength"] <= 50000:
            errors.append(f"{label}: maxLength must be a whole number from 1 to 50000.")
    for key in ("lowLabel", "highLabel"):
        if key in item:
            if kind not in ("integer", "decimal") or "minValue" not in item or "maxValue" not in item:
                errors.append(f"{label}: words for a scale's ends need a number item with a lowest and highest value.")
            elif not isinstance(item[key], str) or not 0 < len(item[key].strip()) <= 60:
                errors.append(f"{label}: the words for each end of the scale must be 1–60 characters.")
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
        errors.append(f"{label}: a choice needs at least one option to choose from (it needs answerOption).")
        return
    codes = set()
    for option in options:
        if not isinstance(option, dict) or not isinstance(option.get("code"), str) or not option["code"]:
            errors.append(f"{label}: every answerOption needs a code.")
            continue
        if not isinstance(option.get("display"), str) or not option["display"].strip():
            errors.append(f"{label}: option “{option['code']}” needs the words the client sees.")
        if "score" in option and not _is_number(option["score"]):
            errors.append(f"{label}: answerOption “{option['code']}” has a score that is not a number.")
        if set(option) - {"code", "display", "score"}:
            errors.append(f"{label}: answerOption “{option['code']}” has unknown keys.")
        if option["code"] in codes:
            errors.append(f"{label}: two options have the code “{option['code']}”; give each its own.")
        codes.add(option["code"])


def _check_reachable(item: dict, label: str, seen: dict[str, dict], errors: list[str]) -> None:
    """Conditions that can never all hold (with "all"): one answer asked to be two things, or to be and not be."""
    if item.get("enableBehavior", "all") != "all":
        return
    wanted: dict[str, set] = {}
    refused: dict[str, set] = {}
    for condition in item.get("enableWhen") or []:
        if not isinstance(condition, dict) or condition.get("operator") not in ("=", "!="):
            continue
        question = condition.get("question")
        target = seen.get(question) if isinstance(question, str) else None
        if target is None or target.get("repeats"):
            continue  # a repeating answer may hold several values at once
        answer = repr(condition.get("answer"))
        (wanted if condition["operator"] == "=" else refused).setdefault(question, set()).add(answer)
    for question, answers in wanted.items():
        if len(answers) > 1 or answers & refused.get(question, set()):
            errors.append(
                f"{label}: it is shown only when “{question}” has two different answers at once, so the client "
                "would never see it; use “any” instead of “all”, or drop one condition."
            )


def _check_enable_when(item: dict, label: str, seen: dict[str, dict], errors: list[str], scope: tuple = ()) -> None:
    _check_reachable(item, label, seen, errors)
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
            errors.append(
                f"{label}: it is shown only when “{question}” is answered, which is not an earlier item: a condition "
                "can only depend on a question asked before it."
            )
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
            errors.append(f"{label}: a condition can only depend on a question, not on a {target['type']} item.")
            continue
        answer = condition.get("answer")
        if operator == "exists":
            if not isinstance(answer, bool):
                errors.append(f"{label}: enableWhen “exists” takes answer true or false.")
        elif not _strictly_typed(target, answer) or _coerce(target, answer)[1] is not None:
            errors.append(
                f"{label}: it is shown only when “{question}” is answered {answer!r}, which is not a possible answer "
                "to it, so the client would never see it."
            )
        elif operator in (">", "<", ">=", "<=") and target["type"] not in ("integer", "decimal", "date"):
            errors.append(f"{label}: {operator} compares numbers or dates only.")
