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
    lowLabel, highLabel   a scale's ends in words ("Not at all", "Completely"), beside minValue and maxValue
    riskLanguage  string/text only: "describes-risk" for an item that asks the client to describe risk
                  (a safety plan's warning signs): risky words there are flagged as history, or as
                  imminent when they are imminent, rather than as a current high or moderate risk

Answers map each linkId to its value. A non-repeating group has no value of
its own: its children are answered in the same map as it. A repeating group is
a list of answer maps, one per instance. Errors are reported per path: the
linkId, or ``group.0.child`` inside the first instance of a repeating group.
"""

# The engine's public surface; its modules: format (the vocabulary and the tree), values (reading a value of
# an item's type), structure (checking items), answers (checking answers, enableWhen), scoring (scores, risk
# rules, checking a whole version).
from assignments.questionnaire.answers import (
    Checked,
    answers_size_ok,
    check_answers,
    diff_answers,
    is_enabled,
)
from assignments.questionnaire.format import (
    ANSWERABLE,
    CONTROLS,
    DEFAULT_MAX_LENGTH,
    ITEM_KEYS,
    ITEM_TYPES,
    LINK_ID,
    MAX_ANSWERS_BYTES,
    MAX_REPEATS,
    OPERATORS,
    RISK_LANGUAGE,
    RISK_LEVELS,
    ItemNode,
    StructureError,
    index,
    level_items,
    minutes_to_complete,
    question_count,
    scopes,
    walk,
)
from assignments.questionnaire.scoring import Score, risk_reasons, score, validate_scoring, validate_version
from assignments.questionnaire.structure import validate_structure

__all__ = [
    "ANSWERABLE",
    "CONTROLS",
    "DEFAULT_MAX_LENGTH",
    "ITEM_KEYS",
    "ITEM_TYPES",
    "LINK_ID",
    "MAX_ANSWERS_BYTES",
    "MAX_REPEATS",
    "OPERATORS",
    "RISK_LANGUAGE",
    "RISK_LEVELS",
    "Checked",
    "ItemNode",
    "Score",
    "StructureError",
    "answers_size_ok",
    "check_answers",
    "diff_answers",
    "index",
    "is_enabled",
    "level_items",
    "minutes_to_complete",
    "question_count",
    "risk_reasons",
    "scopes",
    "score",
    "validate_scoring",
    "validate_structure",
    "validate_version",
    "walk",
]
