"""Reading the answers form: every kind of answer, half-typed values kept as typed, and no form data, however odd,
makes the parser raise or invent a question; rows removed by their posted number."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assignments.questionnaire import check_answers, index
from clients.answers.parse import compact, parse
from clients.answers.paths import remove_row, repeat_exists
from tests.clients.answers_items import ITEMS, post

# --- Parsing ----------------------------------------------------------------------------


def test_it_reads_every_kind_of_answer():
    data = post(
        [
            ("a:name", "Alex"),
            ("a:story", "Line one\nline two "),
            ("a:count", "7"),
            ("a:mood", "3"),
            ("a:weight", "70.5"),
            ("a:when", "2026-04-01"),
            ("a:done", "false"),
            ("a:done", "true"),
            ("a:sure", "false"),
            ("a:kind", "b"),
            ("a:tags", "x"),
            ("a:tags", "z"),
            ("a:lines/0", "first"),
            ("a:lines/1", "second"),
            ("a:why", "Because"),
            ("a:inside", "In the section"),
            ("a:goals/0/goal", "Speak up"),
            ("a:goals/0/steps/0", "Prepare"),
            ("a:goals/0/how_sure", "6"),
            ("a:goals/1/goal", "Rest"),
        ]
    )

    assert compact(parse(ITEMS, data)) == {
        "name": "Alex",
        "story": "Line one\nline two ",
        "count": 7,
        "mood": 3,
        "weight": 70.5,
        "when": "2026-04-01",
        "done": True,
        "sure": False,
        "kind": "b",
        "tags": ["x", "z"],
        "lines": ["first", "second"],
        "why": "Because",
        "inside": "In the section",
        "goals": [{"goal": "Speak up", "steps": ["Prepare"], "how_sure": 6}, {"goal": "Rest"}],
    }


def test_half_typed_values_are_kept_as_typed():
    data = post([("a:count", "7,"), ("a:weight", "70."), ("a:when", "2026-13"), ("a:name", "  Al ")])

    assert compact(parse(ITEMS, data)) == {"count": "7,", "weight": "70.", "when": "2026-13", "name": "  Al "}


def test_blank_fields_and_empty_rows_are_left_out():
    data = post(
        [
            ("a:name", ""),
            ("a:story", "   "),
            ("a:done", "false"),
            ("a:lines/0", ""),
            ("a:lines/1", "kept"),
            ("a:lines/2", ""),
            ("a:goals/0/goal", ""),
            ("a:goals/0/steps/0", ""),
            ("a:goals/1/goal", "Second"),
        ]
    )

    assert compact(parse(ITEMS, data)) == {"done": False, "lines": ["kept"], "goals": [{"goal": "Second"}]}


def test_rows_are_read_in_number_order_whatever_the_post_order():
    data = post([("a:lines/10", "ten"), ("a:lines/2", "two"), ("a:lines/07", "seven")])

    assert parse(ITEMS, data)["lines"] == ["two", "seven", "ten"]


@pytest.mark.parametrize(
    "pairs",
    [
        [("a:nope", "x"), ("nope", "y"), ("a:", "z"), ("a:goals/0/nope", "q")],
        [("a:lines/-1", "x"), ("a:lines/1e3", "x"), ("a:lines/9999", "x"), ("a:lines/", "x"), ("a:lines/x", "x")],
        [("a:kind", "not-an-option"), ("a:tags", "x"), ("a:tags", "x"), ("a:tags", "nope")],
        [("a:done", "maybe"), ("a:sure", "TRUE")],
        [("a:name", "nul\x00byte"), ("a:goals/0/goal", "\x00")],
        [("a:goals/0", "flat"), ("a:goals/0/goal/1", "deeper"), ("a:inside/0", "row of a single")],
    ],
)
def test_hostile_form_data_never_adds_questions_or_raises(pairs):
    answers = compact(parse(ITEMS, post(pairs)))

    known = index(ITEMS)
    assert set(answers) <= set(known)
    assert "\x00" not in json.dumps(answers)
    assert answers.get("tags", []) in ([], ["x"])
    assert "kind" not in answers or answers["kind"] == "not-an-option"  # kept as typed; the engine refuses it
    assert "done" not in answers and "sure" not in answers
    check_answers(ITEMS, answers, complete=True)  # the engine copes with whatever was kept


def test_a_huge_number_of_rows_is_cut_at_the_engines_ceiling():
    data = post([(f"a:lines/{n}", f"line {n}") for n in range(500)])

    assert len(parse(ITEMS, data)["lines"]) == 100


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(["a:name", "a:count", "a:tags", "a:lines/0", "a:goals/0/goal", "a:goals/1/steps/3"]),
                st.text(max_size=30).map(lambda s: "a:" + s),
                st.text(max_size=30),
            ),
            st.text(max_size=50),
        ),
        max_size=40,
    )
)
def test_any_form_data_parses_to_answers_of_known_questions(pairs):
    answers = compact(parse(ITEMS, post(pairs)))

    assert set(answers) <= set(index(ITEMS))
    json.dumps(answers)
    check_answers(ITEMS, answers, complete=False)


def test_a_plain_dict_works_as_form_data_too():
    assert compact(parse(ITEMS, {"a:name": "Sam", "a:tags": ["x", "y"]})) == {"name": "Sam", "tags": ["x", "y"]}


# --- Rows -------------------------------------------------------------------------------


def test_a_row_is_removed_by_its_posted_number():
    data = post([("a:goals/0/goal", "One"), ("a:goals/1/goal", ""), ("a:goals/2/goal", "Three")])
    parsed = parse(ITEMS, data)

    assert remove_row(ITEMS, parsed, "goals/2")
    assert compact(parsed) == {"goals": [{"goal": "One"}]}


def test_a_nested_row_is_removed():
    data = post([("a:goals/0/goal", "One"), ("a:goals/0/steps/0", "a"), ("a:goals/0/steps/1", "b")])
    parsed = parse(ITEMS, data)

    assert remove_row(ITEMS, parsed, "goals/0/steps/0")
    assert compact(parsed) == {"goals": [{"goal": "One", "steps": ["b"]}]}


@pytest.mark.parametrize("path", ["", "goals", "goals/x", "goals/7", "name/0", "nope/0", "goals/0/goal/0", "/0"])
def test_removing_a_row_that_is_not_there_changes_nothing(path):
    parsed = parse(ITEMS, post([("a:goals/0/goal", "One")]))

    assert not remove_row(ITEMS, parsed, path)
    assert compact(parsed) == {"goals": [{"goal": "One"}]}


@pytest.mark.parametrize(
    ("path", "exists"),
    [
        ("goals", True),
        ("lines", True),
        ("goals/0/steps", True),
        ("goals/steps", False),
        ("tags", False),
        ("name", False),
    ],
)
def test_only_repeating_items_can_get_a_row(path, exists):
    assert repeat_exists(ITEMS, path) is exists
