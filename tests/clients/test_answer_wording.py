"""What the portal says about an answer that needs another look: beside the item, in words fitted to what it
asks for; in the summary, a sentence that names the question. Never the engine's "Question: Please answer"."""

import pytest

from assignments.questionnaire import check_answers
from clients.answers.build import build
from clients.answers.wording import beside_item, in_summary

QUESTION = "How fair is that story to you?"


def _item(link_id: str, kind: str, **extra) -> dict:
    return {"linkId": link_id, "type": kind, "text": f"{link_id} question", "required": True, **extra}


ITEMS = [
    _item("story", "text"),
    _item("pick", "choice", answerOption=[{"code": "a", "display": "A"}, {"code": "b", "display": "B"}]),
    _item("many", "choice", repeats=True, answerOption=[{"code": "a", "display": "A"}]),
    _item("fair", "integer", minValue=0, maxValue=10),
    _item("count", "decimal"),
    _item("ok", "boolean"),
    _item("when", "date"),
    _item("steps", "string", repeats=True, minRepeats=2, maxRepeats=3),
    _item("people", "group", repeats=True, item=[{"linkId": "who", "type": "string", "text": "Who"}]),
]


@pytest.mark.parametrize(
    ("link_id", "expected"),
    [
        ("story", "Write a few words here to go on. There is no right answer."),
        ("pick", "Choose one answer to go on."),
        ("many", "Choose at least one to go on."),
        ("fair", "Choose a point on the scale to go on."),
        ("count", "Add a number to go on."),
        ("ok", "Choose yes or no to go on."),
        ("when", "Add a date to go on."),
        ("steps", "Add at least one to go on."),
        ("people", "Fill in at least one to go on."),
    ],
)
def test_an_unanswered_item_says_what_it_needs_in_its_own_terms(link_id, expected):
    errors = check_answers(ITEMS, {}, complete=True).errors

    form = build(ITEMS, {}, errors=errors)

    node = next(node for node in form.nodes if node.link_id == link_id)
    assert node.errors == [expected]
    line = next(link for link in form.error_links if link["id"] == f"q:{link_id}")["lines"]
    assert line == [f"“{link_id} question” still needs an answer."]


def test_too_few_and_too_many_list_entries_are_counted_in_words():
    few = check_answers(ITEMS, {"steps": ["one"]}, complete=True).errors["steps"]
    many = check_answers(ITEMS, {"steps": ["1", "2", "3", "4"]}, complete=True).errors["steps"]

    assert [beside_item(m, "list") for m in few] == ["Add at least 2 here to go on."]
    assert [beside_item(m, "list") for m in many] == ["There is room for 3 here: take out the ones that matter least."]
    assert in_summary("Steps", few[0]) == "“Steps” needs at least 2."


def test_a_value_of_the_wrong_kind_is_explained_and_an_unknown_message_is_kept():
    assert beside_item("Expected a whole number.", "number") == "Use a whole number here, such as 3."
    assert beside_item("Choose a value from 0 to 10.", "scale") == "Choose a value from 0 to 10."
    assert in_summary(QUESTION, "Please answer this question.") == f"“{QUESTION}” still needs an answer."
    assert ":" not in in_summary(QUESTION, "Please answer this question.")
