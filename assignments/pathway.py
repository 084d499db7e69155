"""The rejection-recovery pathway (PRODUCT.md).

    feelings check-in → validity analysis →
        valid and wants to change (for themself) → growth goals → four questions
        anything else → acceptance → self-worth inventory → boundary plan → four questions
    → feedback request (optional) → finished
    alongside: daily recovery habits for two weeks; PHQ-9 and GAD-7 at the start
    and every two weeks.

When a step is submitted the pathway proposes the next one; the clinician
confirms it, or it is sent at once where the clinician allowed that.
"""

import contextlib
import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment, PathwayEnrollment, PathwayProposal, Template
from clients.models import Client

PATHWAY = "rejection-recovery"
DAYS_BETWEEN_STEPS = 3
MEASURE_EVERY_DAYS = 14
MEASURE_TIMES = 7  # at the start and every two weeks for twelve weeks
HABIT_DAYS = 14
MEASURES = ("phq-9", "gad-7")


@dataclass(frozen=True)
class Step:
    template_slug: str
    reason: str


HEALING = Step(
    "acceptance", "The reason did not call for change, so the healing steps come next, starting with acceptance."
)
FOLLOWING: dict[str, Step | None] = {
    "feelings-check-in": Step(
        "validity-analysis", "With the feelings named, look at whether the reason holds any truth."
    ),
    "growth-goals": Step("four-questions", "Goals are set; the four questions put the other person in their place."),
    "acceptance": Step("self-worth-inventory", "Next in the healing steps: what stays true about you."),
    "self-worth-inventory": Step("boundary-plan", "Next in the healing steps: the distance that helps you heal."),
    "boundary-plan": Step("four-questions", "The four questions put the other person, and you, in a better place."),
    "four-questions": Step("feedback-request", "Optional: ask for feedback, as learning for the future."),
    "feedback-request": None,
}


def next_step(template_slug: str, answers: dict) -> Step | None:
    """The step that follows a submitted one, or None when that branch is finished."""
    if template_slug == "validity-analysis":
        if answers.get("verdict") == "valid" and answers.get("wants_to_change") == "yes":
            return Step("growth-goals", "The reason seemed valid and the client wants to change, for themself.")
        return HEALING
    if template_slug in MEASURES:
        return Step(template_slug, "The measure recurs every two weeks.")
    return FOLLOWING.get(template_slug)


def _local_evening(client: Client, days_from_today: int) -> datetime.datetime:
    zone = ZoneInfo(client.time_zone)
    day = timezone.now().astimezone(zone).date() + datetime.timedelta(days=days_from_today)
    return datetime.datetime.combine(day, datetime.time(20, 0), tzinfo=zone).astimezone(datetime.UTC)


def _library(slug: str) -> Template:
    return Template.objects.get(practice__isnull=True, slug=slug)


@transaction.atomic
def pathway_start(
    *, clinician_user: User, client: Client, start_at: datetime.datetime, auto_send: bool = False
) -> tuple[PathwayEnrollment, list[Assignment]]:
    """Enrol the client and give the first steps: check-in, two weeks of habits, PHQ-9 and GAD-7."""
    from assignments.services import assignment_create

    if not clinician_user.is_clinician:
        raise PermissionDenied("Only clinicians can start a pathway.")
    if not Client.objects.visible_to(clinician_user).filter(pk=client.pk).exists():
        raise PermissionDenied("This client is not on your caseload.")
    if PathwayEnrollment.objects.filter(client=client, pathway=PATHWAY, status="active").exists():
        raise ValidationError({"pathway": "This client is already on the rejection-recovery pathway."})
    enrollment = PathwayEnrollment.objects.create(
        client=client, clinician=clinician_user.clinician_profile, pathway=PATHWAY, auto_send=auto_send
    )
    first = [
        ("feelings-check-in", "none", 1),
        ("daily-habits", "daily", HABIT_DAYS),
        ("phq-9", "none", 1),
        ("gad-7", "none", 1),
    ]
    assignments = []
    for slug, recurrence, occurrences in first:
        assignments += assignment_create(
            clinician_user=clinician_user,
            client=client,
            template=_library(slug),
            due_at=start_at,
            recurrence=recurrence,
            occurrences=occurrences,
            enrollment=enrollment,
            pathway_step=slug,
        )
    return enrollment, assignments


def pathway_after_submit(*, assignment: Assignment, answers: dict) -> PathwayProposal | None:
    """Propose what follows a submitted pathway step (called by response_submit, in its transaction)."""
    enrollment = assignment.enrollment
    if enrollment is None or enrollment.status != PathwayEnrollment.Status.ACTIVE or assignment.series_id:
        return None
    slug = assignment.template_version.template.slug
    step = next_step(slug, answers)
    # A resubmission after revision may change the verdict: withdraw what no longer follows.
    stale = assignment.proposals.filter(status=PathwayProposal.Status.PROPOSED)
    if step is not None:
        stale = stale.exclude(template_slug=step.template_slug)
    stale.update(status=PathwayProposal.Status.DISMISSED, decided_at=timezone.now())
    if step is None:
        if slug == "feedback-request":
            enrollment.status = PathwayEnrollment.Status.FINISHED
            enrollment.save(update_fields=["status"])
        return None
    if slug in MEASURES:
        given = enrollment.assignments.filter(template_version__template__slug=slug).count()
        if given >= MEASURE_TIMES:
            return None
        due_at = assignment.due_at + datetime.timedelta(days=MEASURE_EVERY_DAYS)
    else:
        due_at = _local_evening(assignment.client, DAYS_BETWEEN_STEPS)
    proposal, created = PathwayProposal.objects.get_or_create(
        after=assignment,
        step=step.template_slug,
        defaults={
            "enrollment": enrollment,
            "template_slug": step.template_slug,
            "reason": step.reason,
            "due_at": due_at,
        },
    )
    if created and enrollment.auto_send and enrollment.clinician is not None:
        # If that clinician no longer cares for the client, the proposal waits for whoever does.
        with contextlib.suppress(PermissionDenied):
            _send(proposal, enrollment.clinician.user, due_at=None)
    return proposal


def _send(proposal: PathwayProposal, clinician_user: User, due_at: datetime.datetime | None) -> Assignment:
    from assignments.services import assignment_create

    [created] = assignment_create(
        clinician_user=clinician_user,
        client=proposal.after.client,
        template=_library(proposal.template_slug),
        due_at=due_at or proposal.due_at,
        enrollment=proposal.enrollment,
        pathway_step=proposal.step,
    )
    proposal.status, proposal.decided_at, proposal.created_assignment = (
        PathwayProposal.Status.SENT,
        timezone.now(),
        created,
    )
    proposal.save(update_fields=["status", "decided_at", "created_assignment"])
    return created


@transaction.atomic
def pathway_proposal_confirm(
    *, proposal: PathwayProposal, clinician_user: User, due_at: datetime.datetime | None = None
) -> Assignment:
    """The clinician sends the proposed step (optionally at another time)."""
    proposal = PathwayProposal.objects.select_for_update().select_related("after__client").get(pk=proposal.pk)
    if proposal.status != PathwayProposal.Status.PROPOSED:
        raise ValidationError("This step has already been sent or dismissed.")
    return _send(proposal, clinician_user, due_at)


@transaction.atomic
def pathway_proposal_dismiss(*, proposal: PathwayProposal, clinician_user: User) -> PathwayProposal:
    proposal = PathwayProposal.objects.select_for_update().select_related("after__client").get(pk=proposal.pk)
    if not Client.objects.visible_to(clinician_user).filter(pk=proposal.after.client_id).exists():
        raise PermissionDenied("This client is not on your caseload.")
    if proposal.status != PathwayProposal.Status.PROPOSED:
        raise ValidationError("This step has already been sent or dismissed.")
    proposal.status, proposal.decided_at = PathwayProposal.Status.DISMISSED, timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    return proposal
