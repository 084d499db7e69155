"""The rejection-recovery pathway: first steps, branching on the verdict, measures every two weeks."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assignments.models import Assignment, PathwayProposal
from assignments.pathway import MEASURE_EVERY_DAYS, next_step, pathway_proposal_confirm, pathway_start
from tests.assignments.library_samples import COMPLETE_SAMPLES
from tests.factories import submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(library, clinician, client_profile):
    def start(auto_send: bool = False):
        start_at = timezone.now() + datetime.timedelta(hours=2)
        return pathway_start(
            clinician_user=clinician.user, client=client_profile, start_at=start_at, auto_send=auto_send
        )

    return start


def first(slug):
    return Assignment.objects.filter(template_version__template__slug=slug).order_by("due_at").first()


def test_starting_gives_the_check_in_two_weeks_of_habits_and_both_measures(enrolled):
    enrollment, assignments = enrolled()

    slugs = [a.template_version.template.slug for a in assignments]
    assert slugs.count("feelings-check-in") == 1
    assert slugs.count("daily-habits") == 14
    assert slugs.count("phq-9") == 1 and slugs.count("gad-7") == 1
    assert all(a.enrollment == enrollment for a in assignments)


def test_a_client_is_enrolled_once(enrolled):
    enrolled()
    with pytest.raises(ValidationError):
        enrolled()


def test_submitting_the_check_in_proposes_the_validity_analysis_for_the_clinician_to_confirm(enrolled, clinician):
    enrolled()
    check_in = first("feelings-check-in")

    submitted(check_in)

    proposal = PathwayProposal.objects.get(after=check_in)
    assert (proposal.template_slug, proposal.status) == ("validity-analysis", "proposed")
    created = pathway_proposal_confirm(proposal=proposal, clinician_user=clinician.user)
    assert created.template_version.template.slug == "validity-analysis"
    assert created.enrollment_id == proposal.enrollment_id
    proposal.refresh_from_db()
    assert proposal.status == "sent" and proposal.created_assignment == created


@pytest.mark.parametrize(
    ("verdict", "wants_to_change", "expected"),
    [
        ("valid", "yes", "growth-goals"),
        ("valid", "no", "acceptance"),
        ("not_valid", None, "acceptance"),
        ("unknown", None, "acceptance"),
    ],
)
def test_the_validity_verdict_decides_the_branch(enrolled, clinician, verdict, wants_to_change, expected):
    enrolled(auto_send=True)
    submitted(first("feelings-check-in"))
    validity = first("validity-analysis")
    answers = {k: v for k, v in COMPLETE_SAMPLES["validity-analysis"].items() if k != "wants_to_change"}
    answers["verdict"] = verdict
    if wants_to_change:
        answers["wants_to_change"] = wants_to_change

    submitted(validity, answers)

    assert PathwayProposal.objects.exclude(step="connection-plan").get(after=validity).template_slug == expected
    assert first(expected) is not None  # auto-send gave it at once


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("growth-goals", "acceptance"),
        ("acceptance", "self-worth-inventory"),
        ("self-worth-inventory", "boundary-plan"),
        ("boundary-plan", "four-questions"),
        ("four-questions", "feedback-request"),
        ("feedback-request", None),
        ("phq-9", "phq-9"),
    ],
)
def test_the_order_of_the_steps(slug, expected):
    step = next_step(slug, {})
    assert (step.template_slug if step else None) == expected


def test_measures_recur_two_weeks_after_the_last(enrolled):
    enrolled()
    phq9 = first("phq-9")

    submitted(phq9, {f"phq9_{n}": "1" for n in range(1, 10)} | {"phq9_9": "0"})

    proposal = PathwayProposal.objects.get(after=phq9)
    assert proposal.template_slug == "phq-9"
    assert proposal.due_at == phq9.due_at + datetime.timedelta(days=MEASURE_EVERY_DAYS)


def test_daily_habits_do_not_propose_anything(enrolled):
    enrolled()
    habit = first("daily-habits")

    submitted(habit)

    assert not PathwayProposal.objects.filter(after=habit).exists()


def test_the_feedback_request_finishes_the_pathway(enrolled, clinician, give):
    enrollment, _ = enrolled()
    step = give("feedback-request", enrollment=enrollment, pathway_step="feedback-request")

    submitted(step)

    enrollment.refresh_from_db()
    assert enrollment.status == "finished"
