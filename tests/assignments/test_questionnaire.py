"""The questionnaire engine: a version's structure, and answers checked against it."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assignments.questionnaire import (
    StructureError,
    check_answers,
    diff_answers,
    is_enabled,
    validate_structure,
    validate_version,
)

ITEMS = [
    {"linkId": "intro", "type": "display", "text": "Take your time."},
    {"linkId": "what", "type": "string", "text": "What happened?", "required": True, "maxLength": 200},
    {
        "linkId": "feelings",
        "type": "choice",
        "text": "Which feelings?",
        "repeats": True,
        "required": True,
        "answerOption": [{"code": "sad", "display": "Sad"}, {"code": "other", "display": "Other"}],
    },
    {
        "linkId": "feelings_other",
        "type": "string",
        "text": "Which other feeling?",
        "required": True,
        "enableWhen": [{"question": "feelings", "operator": "=", "answer": "other"}],
    },
    {"linkId": "strength", "type": "integer", "text": "How strong?", "minValue": 0, "maxValue": 10},
    {"linkId": "when", "type": "date", "text": "When?"},
    {"linkId": "ok", "type": "boolean", "text": "OK?"},
    {
        "linkId": "about",
        "type": "group",
        "item": [{"linkId": "hoped", "type": "text", "text": "What had you hoped for?"}],
    },
    {
        "linkId": "goals",
        "type": "group",
        "text": "Goals",
        "repeats": True,
        "maxRepeats": 3,
        "item": [
            {"linkId": "goal", "type": "string", "text": "Goal", "required": True},
            {"linkId": "steps", "type": "string", "text": "Steps", "repeats": True, "maxRepeats": 5},
        ],
    },
]
VALID = {
    "what": "They cancelled our plans.",
    "feelings": ["sad", "other"],
    "feelings_other": "Numb",
    "strength": 7,
    "when": "2026-11-01",
    "ok": False,
    "hoped": "A weekend away",
    "goals": [{"goal": "Sleep better", "steps": ["No phone after 11"]}],
}


def test_a_well_formed_version_validates():
    validate_structure(ITEMS)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "at least one item"),
        (
            [{"linkId": "a", "type": "string", "text": "A"}, {"linkId": "a", "type": "string", "text": "B"}],
            "used twice",
        ),
        ([{"linkId": "a", "type": "choice", "text": "A"}], "at least one option to choose from"),
        ([{"linkId": "a", "type": "colour", "text": "A"}], "type must be one of"),
        ([{"linkId": "a b", "type": "string", "text": "A"}], "(linkId) must be"),
        ([{"linkId": "a", "type": "string"}], "write the words the client sees"),
        (
            [
                {
                    "linkId": "a",
                    "type": "string",
                    "text": "A",
                    "enableWhen": [{"question": "b", "operator": "exists", "answer": True}],
                },
                {"linkId": "b", "type": "string", "text": "B"},
            ],
            "not an earlier item",
        ),
        (
            [{"linkId": "a", "type": "integer", "text": "A", "minValue": 5, "maxValue": 1}],
            "its lowest value is higher than its highest",
        ),
        ([{"linkId": "g", "type": "group", "item": []}], "at least one item"),
        ([{"linkId": "a", "type": "string", "text": "A", "answerOption": []}], "only a choice item"),
        (
            [
                {"linkId": "a", "type": "boolean", "text": "A"},
                {
                    "linkId": "b",
                    "type": "string",
                    "text": "B",
                    "enableWhen": [{"question": "a", "operator": "=", "answer": "yes"}],
                },
            ],
            "not a possible answer",
        ),
        ([{"linkId": "a", "type": "string", "text": "A", "colour": "red"}], "unknown keys"),
        ([{"linkId": "a", "type": "string", "text": "A", "minRepeats": 2}], "need repeats"),
        (
            [
                {"linkId": "a", "type": "boolean", "text": "A"},
                {
                    "linkId": "b",
                    "type": "string",
                    "text": "B",
                    "enableBehavior": "all",
                    "enableWhen": [
                        {"question": "a", "operator": "=", "answer": True},
                        {"question": "a", "operator": "=", "answer": False},
                    ],
                },
            ],
            "would never see it",
        ),
    ],
)
def test_a_broken_structure_is_refused_with_a_clear_message(items, message):
    with pytest.raises(StructureError) as error:
        validate_structure(items)
    assert message in str(error.value)


def test_scoring_and_risk_rules_are_checked_with_the_version():
    items = [{"linkId": "q", "type": "choice", "text": "Q", "answerOption": [{"code": "0", "display": "No"}]}]
    with pytest.raises(StructureError) as error:
        validate_version(
            items,
            {"method": "sum", "items": ["q"], "bands": []},
            [{"question": "nope", "operator": "=", "answer": "0", "reason": "x"}],
        )
    assert "needs a score" in str(error.value)
    assert "Scoring needs bands." in error.value.errors
    assert any("not an earlier item" in e for e in error.value.errors)


def test_complete_valid_answers_pass_and_come_back_cleaned():
    checked = check_answers(ITEMS, {**VALID, "what": "  They cancelled our plans.  ", "strength": "7"}, complete=True)

    assert checked.ok, checked.errors
    assert checked.answers["what"] == "They cancelled our plans."
    assert checked.answers["strength"] == 7


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"what": None}, "what", "Please answer"),
        ({"feelings": ["sad", "angry"]}, "feelings", "Choose one of the options"),
        ({"strength": 11}, "strength", "from 0 to 10"),
        ({"strength": 2.5}, "strength", "whole number"),
        ({"strength": True}, "strength", "whole number"),
        ({"when": "31/12/2026"}, "when", "date like"),
        ({"when": "2026-02-30"}, "when", "date like"),
        ({"ok": "yes"}, "ok", "yes or no"),
        ({"what": "x" * 201}, "what", "under 200"),
        ({"mystery": 1}, "mystery", "not a question"),
        ({"feelings_other": ""}, "feelings_other", "Please answer"),
        ({"goals": [{"steps": ["a"]}]}, "goals.0.goal", "Please answer"),
        ({"goals": [{"goal": "a"}] * 4}, "goals", "at most 3"),
        ({"goals": "not a list"}, "goals", "list of answer groups"),
        ({"goals": [{"goal": "a", "steps": ["s"] * 6}]}, "goals.0.steps", "at most 5"),
    ],
)
def test_each_problem_is_reported_against_its_item(change, path, message):
    checked = check_answers(ITEMS, {**VALID, **change}, complete=True)

    assert not checked.ok
    assert message in " ".join(checked.errors[path])


def test_a_required_item_that_is_not_shown_is_not_required_and_its_answer_is_dropped():
    answers = {**VALID, "feelings": ["sad"], "feelings_other": "left over from before"}

    checked = check_answers(ITEMS, answers, complete=True)

    assert checked.ok, checked.errors
    assert "feelings_other" not in checked.answers


def test_a_draft_does_not_require_anything():
    assert check_answers(ITEMS, {"what": "so far"}, complete=False).ok


def test_answers_that_are_not_an_object_are_one_clear_error():
    assert check_answers(ITEMS, ["what"], complete=True).errors == {
        "answers": ["Answers must be an object that maps each linkId to its answer."]
    }


@pytest.mark.parametrize(
    ("operator", "answer", "actual", "expected"),
    [
        ("exists", True, "x", True),
        ("exists", True, None, False),
        ("exists", False, None, True),
        ("=", "a", "a", True),
        ("=", "a", ["b", "a"], True),
        ("!=", "a", "b", True),
        ("!=", "a", None, True),
        (">", 5, 6, True),
        (">", 5, 5, False),
        ("<=", 5, 5, True),
        (">", 5, "text", False),
    ],
)
def test_enable_when_operators(operator, answer, actual, expected):
    item = {"linkId": "x", "enableWhen": [{"question": "q", "operator": operator, "answer": answer}]}
    answers = {} if actual is None else {"q": actual}
    assert is_enabled(item, [answers]) is expected


def test_enable_behavior_any_and_all():
    conditions = [{"question": "a", "operator": "=", "answer": 1}, {"question": "b", "operator": "=", "answer": 1}]
    assert is_enabled({"enableWhen": conditions, "enableBehavior": "any"}, [{"a": 1, "b": 2}])
    assert not is_enabled({"enableWhen": conditions, "enableBehavior": "all"}, [{"a": 1, "b": 2}])


def test_the_diff_lists_only_what_changed():
    assert diff_answers({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}) == [
        {"linkId": "b", "before": 2, "after": 3},
        {"linkId": "c", "before": None, "after": 4},
    ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
answer_maps = st.dictionaries(
    st.sampled_from(["what", "feelings", "feelings_other", "strength", "when", "ok", "hoped", "goals", "goal", "x"]),
    json_values,
    max_size=10,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answer_maps | json_values, complete=st.booleans())
def test_arbitrary_json_as_answers_never_raises(answers, complete):
    checked = check_answers(ITEMS, answers, complete=complete)

    assert isinstance(checked.errors, dict)
    for path, messages in checked.errors.items():
        assert isinstance(path, str) and messages and all(isinstance(m, str) for m in messages)
    if checked.ok:
        assert check_answers(ITEMS, checked.answers, complete=complete).ok


@settings(max_examples=200, deadline=None)
@given(items=json_values)
def test_arbitrary_json_as_a_structure_is_refused_or_accepted_but_never_crashes(items):
    try:
        validate_structure(items)
    except StructureError as error:
        assert error.errors


def test_a_hidden_answer_cannot_switch_on_a_later_question():
    items = [
        {"linkId": "a", "type": "boolean", "text": "A"},
        {"linkId": "b", "type": "boolean", "text": "B", "enableWhen": [{"question": "a", "operator": "=", "answer": True}]},
        {"linkId": "c", "type": "string", "text": "C", "required": True, "enableWhen": [{"question": "b", "operator": "=", "answer": True}]},
    ]  # fmt: skip

    checked = check_answers(items, {"a": False, "b": True}, complete=True)

    assert checked.ok, checked.errors
    assert checked.answers == {"a": False}


def test_a_number_sent_as_text_switches_conditions_like_the_number():
    items = [
        {"linkId": "n", "type": "integer", "text": "N"},
        {"linkId": "m", "type": "string", "text": "M", "required": True, "enableWhen": [{"question": "n", "operator": ">=", "answer": 5}]},
    ]  # fmt: skip

    assert "m" in check_answers(items, {"n": "7"}, complete=True).errors
    assert check_answers(items, {"n": "7", "m": "hi"}, complete=True).answers == {"n": 7, "m": "hi"}


def test_blank_entries_do_not_count_towards_a_required_list():
    items = [{"linkId": "l", "type": "string", "text": "L", "required": True, "repeats": True, "minRepeats": 3}]

    assert check_answers(items, {"l": ["", " ", ""]}, complete=True).errors == {"l": ["Please answer this question."]}
    assert "at least 3" in check_answers(items, {"l": ["x", "", " "]}, complete=True).errors["l"][0]


@pytest.mark.parametrize(
    ("items", "scoring", "risk_rules", "message"),
    [
        (
            [{"linkId": "g", "type": "group", "repeats": True, "item": [{"linkId": "q", "type": "choice", "text": "Q", "answerOption": [{"code": "1", "display": "One", "score": 1}]}]}],
            None,
            [{"question": "q", "operator": "=", "answer": "1", "reason": "r"}],
            "inside a repeating group",
        ),
        (
            [{"linkId": "g", "type": "group", "repeats": True, "item": [{"linkId": "q", "type": "choice", "text": "Q", "answerOption": [{"code": "1", "display": "One", "score": 1}]}]}],
            {"method": "sum", "items": ["q"], "bands": [{"min": 0, "max": 1, "code": "a", "label": "A"}]},
            [],
            "outside repeating groups",
        ),
        (
            [{"linkId": "q", "type": "choice", "text": "Q", "answerOption": [{"code": "1", "display": "One", "score": 1}]}],
            {"method": "sum", "items": ["q"], "bands": [{"min": "0", "max": 1, "code": "a", "label": "A"}]},
            [],
            "numbers for min and max",
        ),
        (
            [{"linkId": "q", "type": "choice", "text": "Q", "answerOption": [{"code": "1", "display": "One", "score": 1}]}],
            {"method": "sum", "items": [["q"]], "bands": []},
            [],
            "list of the linkIds",
        ),
        (
            [{"linkId": "q", "type": "choice", "text": "Q", "answerOption": [{"code": "1", "display": "One", "score": 3}]}],
            {"method": "sum", "items": ["q"], "bands": [{"min": 0, "max": 1, "code": "a", "label": "A"}]},
            [],
            "cover every possible total",
        ),
        (
            [{"linkId": "n", "type": "integer", "text": "N"}, {"linkId": "m", "type": "string", "text": "M", "enableWhen": [{"question": "n", "operator": ">", "answer": "5"}]}],
            None,
            [],
            "not a possible answer",
        ),
        (
            [{"linkId": "g", "type": "group", "required": True, "item": [{"linkId": "x", "type": "string", "text": "X"}]}],
            None,
            [],
            "cannot be required",
        ),
        (
            [
                {"linkId": "g", "type": "group", "repeats": True, "item": [{"linkId": "x", "type": "boolean", "text": "X"}]},
                {"linkId": "y", "type": "string", "text": "Y", "enableWhen": [{"question": "x", "operator": "=", "answer": True}]},
            ],
            None,
            [],
            "inside a repeating group it is not in",
        ),
    ],
)  # fmt: skip
def test_rules_that_could_never_work_are_refused_not_crashed_on(items, scoring, risk_rules, message):
    with pytest.raises(StructureError) as error:
        validate_version(items, scoring, risk_rules)
    assert message in str(error.value)
