"""Answering the follow-up: it is marked answered, and the weekly summary sets the prediction beside the outcome."""

import datetime

import pytest

from assignments.library import EXAMPLES
from assignments.models import FollowUp
from assignments.selectors import feedback_outcomes
from tests.assignments.followup_helpers import PLAN, answer, local, plan_to_ask, sweep_at
from tests.factories import client_of

pytestmark = pytest.mark.django_db


def test_answering_the_follow_up_marks_it_answered_and_the_summary_sets_prediction_beside_outcome(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    answered_at = local("Europe/London", 2026, 4, 15, 12, 0)

    answer(FollowUp.objects.get(), EXAMPLES["feedback-follow-up"], answered_at)

    follow_up = FollowUp.objects.get()
    assert (follow_up.status, follow_up.answered_at) == ("answered", answered_at)
    week = (local("Europe/London", 2026, 4, 13, 0, 0), local("Europe/London", 2026, 4, 20, 0, 0))
    assert feedback_outcomes(client_ids=[client_profile.pk], since=week[0], until=week[1]) == {
        client_profile.pk: [
            {
                "planned_for": datetime.date(2026, 4, 14),
                "predicted": PLAN["predicted_reaction"],
                "heard": EXAMPLES["feedback-follow-up"]["what_they_said"],
                "compared": "A little better than I expected",
                "asked": "yes",
            }
        ]
    }
    assert (
        feedback_outcomes(client_ids=[client_profile.pk], since=week[1], until=week[1] + datetime.timedelta(days=7))
        == {}
    )


def test_not_yet_is_an_outcome_too(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    answer(
        FollowUp.objects.get(),
        {"asked": "not_yet", "in_the_way": "Nerves."},
        local("Europe/London", 2026, 4, 15, 12, 0),
    )

    outcomes = feedback_outcomes(
        client_ids=[client_profile.pk],
        since=local("Europe/London", 2026, 4, 13, 0, 0),
        until=local("Europe/London", 2026, 4, 20, 0, 0),
    )
    assert outcomes[client_profile.pk][0] | {"planned_for": None} == {
        "planned_for": None, "predicted": PLAN["predicted_reaction"], "heard": "", "compared": None, "asked": "not_yet"
    }  # fmt: skip


def test_the_summary_costs_two_queries_for_any_number_of_clients(
    give, client_profile, clinician, django_assert_num_queries
):
    clients = [client_profile, *(client_of(clinician) for _ in range(4))]
    for client in clients:
        plan_to_ask(give, client, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    for follow_up in FollowUp.objects.all():
        answer(follow_up, EXAMPLES["feedback-follow-up"], local("Europe/London", 2026, 4, 15, 12, 0))
    since, until = local("Europe/London", 2026, 4, 13, 0, 0), local("Europe/London", 2026, 4, 20, 0, 0)

    with django_assert_num_queries(2):  # the follow-ups with their answers; the versions' option labels
        outcomes = feedback_outcomes(client_ids=[c.pk for c in clients], since=since, until=until)

    assert sorted(outcomes) == sorted(c.pk for c in clients)
    assert all(len(rows) == 1 and rows[0]["asked"] == "yes" for rows in outcomes.values())
    assert feedback_outcomes(client_ids=[], since=since, until=until) == {}
