"""Scheduling the follow-up of a feedback request: due on the planned day at the client's prompt time, moved by a
revision, cancelled with the request."""

import datetime

import pytest
import time_machine

from assignments import followups
from assignments.library import EXAMPLES, library_definitions
from assignments.models import Assignment, FollowUp
from assignments.questionnaire import check_answers, is_enabled
from assignments.services import assignment_cancel, assignment_review
from tests import factories
from tests.assignments.followup_helpers import PLAN, UTC, local, plan_to_ask, sweep_at

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("zone", "submitted", "planned", "due_utc"),
    [
        # London: clocks go back on 25 October 2026; 19:00 on the 26th is GMT, so 19:00 UTC.
        (
            "Europe/London",
            local("Europe/London", 2026, 10, 20, 9, 0),
            datetime.date(2026, 10, 26),
            datetime.datetime(2026, 10, 26, 19, 0, tzinfo=UTC),
        ),
        # London, spring: clocks go forward on 29 March 2026; 19:00 on the 30th is BST, so 18:00 UTC.
        (
            "Europe/London",
            local("Europe/London", 2026, 3, 25, 9, 0),
            datetime.date(2026, 3, 30),
            datetime.datetime(2026, 3, 30, 18, 0, tzinfo=UTC),
        ),
        # New York: clocks go back on 1 November 2026; 19:00 EST on the 2nd is midnight UTC.
        (
            "America/New_York",
            local("America/New_York", 2026, 10, 28, 9, 0),
            datetime.date(2026, 11, 2),
            datetime.datetime(2026, 11, 3, 0, 0, tzinfo=UTC),
        ),
    ],
)
def test_the_follow_up_is_due_on_the_planned_day_at_the_clients_prompt_time_across_the_clock_change(
    give, client_profile, zone, submitted, planned, due_utc
):
    source = plan_to_ask(
        give, client_profile, at=submitted, on=planned, time_zone=zone, daily_prompt_time=datetime.time(19, 0)
    )

    follow_up = FollowUp.objects.get()
    assert follow_up.source == source and follow_up.client == client_profile
    assert (follow_up.planned_for, follow_up.due_at, follow_up.status) == (planned, due_utc, "scheduled")
    assert follow_up.predicted_reaction == PLAN["predicted_reaction"] and follow_up.whom == PLAN["whom"]


@pytest.mark.parametrize(
    ("submitted", "planned", "due"),
    [
        # Planned for today, submitted after today's prompt time: tomorrow's prompt time.
        (local("Europe/London", 2026, 4, 20, 20, 0), datetime.date(2026, 4, 20), local("Europe/London", 2026, 4, 21, 19, 0)),
        # Planned for a day already gone, submitted before today's prompt time: today's.
        (local("Europe/London", 2026, 4, 20, 18, 0), datetime.date(2026, 4, 18), local("Europe/London", 2026, 4, 20, 19, 0)),
    ],
)  # fmt: skip
def test_a_planned_moment_already_past_becomes_the_next_prompt_time(give, client_profile, submitted, planned, due):
    plan_to_ask(give, client_profile, at=submitted, on=planned)

    assert FollowUp.objects.get().due_at == due


def test_no_follow_up_without_a_planned_date(give):
    assignment = give("feedback-request")
    answers = {"safe_to_ask": "no"}

    factories.submitted(assignment, answers)

    assert not FollowUp.objects.exists()


def test_unsure_can_plan_without_choosing_a_day_and_nothing_is_scheduled(give):
    assignment = give("feedback-request")
    unsure = {key: value for key, value in PLAN.items() if key != "planned_ask_date"} | {"safe_to_ask": "unsure"}

    factories.submitted(assignment, unsure)

    assert not FollowUp.objects.exists()


@pytest.mark.parametrize("reason", ["blocked", "asked_no_contact", "harmful"])
def test_a_reason_not_to_ask_needs_nothing_more_and_says_so_kindly(reason):
    items = next(d for d in library_definitions() if d["slug"] == "feedback-request")["items"]
    checked = check_answers(items, {"safe_to_ask": reason, "whom": "Sam"}, complete=True)

    assert checked.ok and checked.answers == {"safe_to_ask": reason}
    [note] = [item for item in items if item["linkId"] == "not_safe_note"]
    assert is_enabled(note, [checked.answers]) and "You don't need their view to move on" in note["text"]


def test_no_follow_up_when_the_client_already_wrote_what_they_heard(give):
    assignment = give("feedback-request")

    factories.submitted(assignment, EXAMPLES["feedback-request"])

    assert not FollowUp.objects.exists()


def test_other_exercises_schedule_nothing_and_cost_no_query(give, client_profile, django_assert_num_queries):
    assignment = give("acceptance")

    with django_assert_num_queries(0):
        assert followups.after_submit(assignment=assignment, answers=EXAMPLES["acceptance"]) is None


def test_a_revised_request_moves_its_follow_up_rather_than_adding_one(give, client_profile, clinician):
    submitted = local("Europe/London", 2026, 4, 10, 9, 0)
    source = plan_to_ask(give, client_profile, at=submitted, on=datetime.date(2026, 4, 14))
    with time_machine.travel(submitted + datetime.timedelta(hours=2), tick=False):
        assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="A date?")
        revised = PLAN | {"predicted_reaction": "Probably nothing at all.", "planned_ask_date": "2026-04-16"}
        factories.submitted(source, revised)

    follow_up = FollowUp.objects.get()
    assert follow_up.planned_for == datetime.date(2026, 4, 16)
    assert follow_up.due_at == local("Europe/London", 2026, 4, 16, 19, 0)
    assert follow_up.predicted_reaction == "Probably nothing at all." and follow_up.status == "scheduled"


def test_a_revision_after_the_follow_up_went_out_leaves_it_as_it_is(give, client_profile, clinician):
    source = plan_to_ask(
        give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14)
    )
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    with time_machine.travel(local("Europe/London", 2026, 4, 15, 9, 0), tick=False):
        assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="Another day?")
        revised = PLAN | {"planned_ask_date": "2026-04-22"}
        factories.submitted(source, revised)

    follow_up = FollowUp.objects.get()
    assert (follow_up.status, follow_up.planned_for) == ("sent", datetime.date(2026, 4, 14))
    assert sweep_at(local("Europe/London", 2026, 4, 22, 19, 0)) == 0


def test_a_revision_that_already_says_what_was_heard_cancels_the_follow_up(give, client_profile, clinician):
    submitted = local("Europe/London", 2026, 4, 10, 9, 0)
    source = plan_to_ask(give, client_profile, at=submitted, on=datetime.date(2026, 4, 14))
    with time_machine.travel(submitted + datetime.timedelta(days=5), tick=False):
        assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="How did it go?")
        factories.submitted(source, EXAMPLES["feedback-request"])

    assert FollowUp.objects.get().status == "cancelled"
    assert sweep_at(local("Europe/London", 2026, 4, 20, 19, 0)) == 0


def test_cancelling_the_request_cancels_its_scheduled_follow_up(give, client_profile, clinician):
    source = plan_to_ask(
        give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14)
    )
    assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="Let's talk first.")

    assignment_cancel(assignment=source, clinician_user=clinician.user)

    assert FollowUp.objects.get().status == "cancelled"
    assert sweep_at(local("Europe/London", 2026, 4, 20, 19, 0)) == 0
    assert Assignment.objects.count() == 1


def test_cancelling_the_follow_up_exercise_cancels_the_follow_up(give, client_profile, clinician):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    assignment_cancel(assignment=FollowUp.objects.get().assignment, clinician_user=clinician.user)

    assert FollowUp.objects.get().status == "cancelled"
