"""Scores (a sum of option scores, PHQ-9 and GAD-7 style) and the risk rules a version's answers can meet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assignments.questionnaire.answers import _condition_holds
from assignments.questionnaire.format import RISK_LEVELS, StructureError, index, level_items, scopes
from assignments.questionnaire.structure import _check_enable_when, validate_structure
from assignments.questionnaire.values import _is_empty, _is_number


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
    by_id, top_level = index(items), {item["linkId"] for item in level_items(items)}
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
