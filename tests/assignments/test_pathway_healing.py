"""The growth branch continues into the healing steps, and the connection plan joins them weekly."""

import datetime
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from assignments.models import PathwayProposal
from assignments.pathway import (
    CONNECTION,
    CONNECTION_WEEKS,
    FOLLOWING,
    GOALS_UNDER_WAY_DAYS,
    pathway_proposal_confirm,
)
from tests.assignments.pathway_helpers import LESS_CONTACT_BOUNDARY, main_proposal, sent, validity

pytestmark = pytest.mark.django_db


def test_the_growth_branch_continues_into_the_healing_steps(enrolled, submit, client_profile):
    enrolled(auto_send=True)
    answers = {
        "validity-analysis": validity("valid", "yes", "yes"),
        "boundary-plan": LESS_CONTACT_BOUNDARY,
    }
    walked = []
    slug = "feelings-check-in"
    while slug is not None:
        [assignment] = sent(slug)
        walked.append(slug)
        submit(assignment, answers.get(slug))
        after = PathwayProposal.objects.filter(after=assignment).exclude(step=CONNECTION.template_slug).first()
        slug = after.step if after else None

    assert walked == [
        "feelings-check-in", "validity-analysis", "growth-goals", "acceptance", "self-worth-inventory",
        "boundary-plan", "four-questions", "feedback-request",
    ]  # fmt: skip
    goals = sent("growth-goals")[0]
    acceptance = main_proposal(goals)
    assert acceptance.reason == FOLLOWING["growth-goals"].reason
    local = acceptance.due_at.astimezone(ZoneInfo(client_profile.time_zone))
    assert local.date() == timezone.now().astimezone(local.tzinfo).date() + datetime.timedelta(GOALS_UNDER_WAY_DAYS)
    # The connection plan started alongside the first healing step, once.
    assert PathwayProposal.objects.get(step="connection-plan").after == goals


def test_the_connection_plan_joins_the_healing_steps_weekly(enrolled, step, submit, client_profile):
    client_profile.time_zone = "America/New_York"
    client_profile.save(update_fields=["time_zone"])
    enrollment = enrolled(auto_send=True)
    analysis = step(enrollment, "validity-analysis")

    submit(analysis, validity("unknown"))

    plan = PathwayProposal.objects.get(after=analysis, step="connection-plan")
    weeks = sent("connection-plan")
    assert plan.status == "sent" and plan.created_assignment == weeks[0]
    assert len(weeks) == CONNECTION_WEEKS and weeks[0].series.recurrence == "weekly"
    local = [week.due_at.astimezone(ZoneInfo("America/New_York")) for week in weeks]
    assert {moment.time() for moment in local} == {datetime.time(20, 0)}
    assert {(b.date() - a.date()).days for a, b in itertools.pairwise(local)} == {7}
    # A week's plan proposes nothing more, and the plan is not proposed a second time on this pathway.
    submit(weeks[0])
    submit(sent("acceptance")[0])
    assert PathwayProposal.objects.filter(step="connection-plan").count() == 1


def test_the_clinician_sends_a_proposed_connection_plan_as_a_weekly_series(enrolled, step, submit, clinician):
    enrollment = enrolled()
    analysis = step(enrollment, "validity-analysis")
    submit(analysis, validity())

    first_week = pathway_proposal_confirm(
        proposal=PathwayProposal.objects.get(after=analysis, step="connection-plan"), clinician_user=clinician.user
    )

    assert first_week.series.occurrences == CONNECTION_WEEKS and len(sent("connection-plan")) == CONNECTION_WEEKS
