"""The feedback-follow-up template: well formed, what each answer needs, and "not yet" asking again on a new day."""

import datetime

import pytest

from assignments.library import EXAMPLES, library_definitions
from assignments.models import FollowUp
from assignments.questionnaire import check_answers, validate_version
from tests.assignments.followup_helpers import PLAN, answer, local, plan_to_ask, sweep_at

pytestmark = pytest.mark.django_db


FOLLOW_UP = next(d for d in library_definitions() if d["slug"] == "feedback-follow-up")


def check(answers: dict):
    return check_answers(FOLLOW_UP["items"], answers, complete=True)


def test_the_follow_up_template_is_well_formed():
    validate_version(FOLLOW_UP["items"], FOLLOW_UP["scoring"], FOLLOW_UP["risk_rules"])
    assert FOLLOW_UP["kind"] == "exercise" and FOLLOW_UP["title"] == "What happened when you asked"
    [asked] = [item for item in FOLLOW_UP["items"] if item["linkId"] == "asked"]
    assert [o["code"] for o in asked["answerOption"]] == ["yes", "not_yet", "decided_not_to"]
    [compared] = [item for item in FOLLOW_UP["items"] if item["linkId"] == "compared"]
    assert [o["display"] for o in compared["answerOption"]][::4] == [
        "Much better than I expected",
        "Much worse than I expected",
    ]


def test_when_they_asked_what_was_said_how_it_compared_and_how_they_felt_are_needed():
    assert check(EXAMPLES["feedback-follow-up"]).ok
    assert set(check({"asked": "yes"}).errors) == {"what_they_said", "compared", "felt_afterwards"}
    assert "felt_afterwards" in check(EXAMPLES["feedback-follow-up"] | {"felt_afterwards": 11}).errors


def test_not_yet_needs_nothing_more_what_is_in_the_way_and_the_new_date_are_optional():
    assert check({"asked": "not_yet"}).ok
    assert check({"asked": "not_yet", "new_date": "2026-05-02"}).ok
    checked = check({"asked": "not_yet", "in_the_way": "I haven't felt ready.", "new_date": "2026-05-02"})
    assert checked.ok and checked.answers["new_date"] == "2026-05-02"
    # answers to the other branches are dropped, not stored
    stray = check({"asked": "not_yet", "in_the_way": "Busy.", "what_they_said": "x", "compared": "better"})
    assert stray.ok and set(stray.answers) == {"asked", "in_the_way"}


def test_deciding_not_to_ask_needs_nothing_more():
    assert check({"asked": "decided_not_to"}).ok
    checked = check({"asked": "decided_not_to", "what_helped_decide": "Talking it through.", "in_the_way": "x"})
    assert checked.ok and checked.answers == {"asked": "decided_not_to", "what_helped_decide": "Talking it through."}
    assert "asked" in check({}).errors


def test_not_yet_with_a_new_day_asks_once_more_on_that_day(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    first = FollowUp.objects.get()

    answer(
        first,
        {"asked": "not_yet", "in_the_way": "They were away.", "new_date": "2026-04-21"},
        local("Europe/London", 2026, 4, 15, 12, 0),
    )

    again = FollowUp.objects.exclude(pk=first.pk).get()
    assert again.source_id == first.assignment_id
    assert again.predicted_reaction == first.predicted_reaction == PLAN["predicted_reaction"]
    assert again.status == FollowUp.Status.SCHEDULED
    assert again.due_at == local("Europe/London", 2026, 4, 21, 19, 0)
    assert sweep_at(local("Europe/London", 2026, 4, 21, 18, 59)) == 0
    assert sweep_at(local("Europe/London", 2026, 4, 21, 19, 0)) == 1

    answer(again, {"asked": "yes", "what_they_said": "Kind things.", "compared": "better", "felt_afterwards": 7,
                   "taking_forward": "Ask sooner."}, local("Europe/London", 2026, 4, 22, 9, 0))  # fmt: skip
    assert FollowUp.objects.filter(status=FollowUp.Status.ANSWERED).count() == 2
    assert FollowUp.objects.count() == 2  # "yes" schedules nothing more


def test_not_yet_without_a_new_day_asks_nothing_more(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    answer(
        FollowUp.objects.get(), {"asked": "not_yet", "in_the_way": "Nerves."}, local("Europe/London", 2026, 4, 15, 9)
    )

    assert FollowUp.objects.count() == 1
