"""The pathway in the database: enrolling a client, then proposing, sending and withdrawing its steps."""

import contextlib
import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assignments.models import (
    Assignment,
    PathwayEnrollment,
    PathwayProposal,
    ResponseRevision,
    RiskAlert,
    Template,
)
from assignments.pathway.steps import (
    CONNECTION,
    FEEDBACK,
    FIRST_HEALING_STEP,
    GATE_STEPS,
    HABIT_DAYS,
    HELD_FOR_ALERT,
    MEASURE_EVERY_DAYS,
    MEASURE_TIMES,
    MEASURES,
    PATHWAY,
    Step,
    client_note,
    feedback_gate,
    next_step,
)
from clients.models import Client
from config.localtime import at_local, local_today, zone_of


@dataclass(frozen=True)
class Outcome:
    """What a submission did to the pathway, for ``response_submit``."""

    proposals: list[PathwayProposal] = field(default_factory=list)
    client_note: str = ""


def _local_evening(client: Client, days_from_today: int) -> datetime.datetime:
    day = local_today(client) + datetime.timedelta(days=days_from_today)
    return at_local(day, datetime.time(20, 0), zone_of(client))


def _library(slug: str) -> Template:
    return Template.objects.get(practice__isnull=True, slug=slug)


# The pathway's first steps: the template, its repeat and how many times.
FIRST_STEPS = [
    ("feelings-check-in", "none", 1),
    ("daily-habits", "daily", HABIT_DAYS),
    ("phq-9", "none", 1),
    ("gad-7", "none", 1),
]
OPEN = (Assignment.Status.ASSIGNED, Assignment.Status.IN_PROGRESS, Assignment.Status.REVISION_REQUESTED)


def pathway_already_open(*, client: Client) -> dict[str, list[Assignment]]:
    """The first steps the client already has open (from the built-in library, outside any pathway), by slug,
    soonest due first: starting the pathway adopts these rather than sending them twice."""
    rows = (
        Assignment.objects.filter(
            client=client,
            status__in=OPEN,
            enrollment__isnull=True,
            template_version__template__practice__isnull=True,
            template_version__template__slug__in=[slug for slug, _, _ in FIRST_STEPS],
        )
        .select_related("template_version__template")
        .order_by("due_at", "pk")
    )
    found: dict[str, list[Assignment]] = {}
    for row in rows:
        found.setdefault(row.template_version.template.slug, []).append(row)
    return found


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
    already_open = pathway_already_open(client=client)
    assignments = []
    for slug, recurrence, occurrences in FIRST_STEPS:
        if slug in already_open:
            # The open one joins the pathway instead of a second copy: its answers move the pathway on.
            Assignment.objects.filter(pk__in=[a.pk for a in already_open[slug]]).update(
                enrollment=enrollment, pathway_step=slug
            )
            continue
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


def pathway_after_submit(*, assignment: Assignment, answers: dict) -> Outcome | None:
    """Propose what follows a submitted pathway step (called by response_submit, in its transaction)."""
    enrollment = assignment.enrollment
    if enrollment is None or enrollment.status != PathwayEnrollment.Status.ACTIVE or assignment.series_id:
        return None
    slug = assignment.template_version.template.slug
    earlier: dict[str, Mapping] = {}
    if slug in GATE_STEPS or slug == "four-questions":
        earlier = _earlier_answers(assignment.client_id) | ({slug: answers} if slug in GATE_STEPS else {})
    step = next_step(slug, answers, earlier)
    steps = [step] if step is not None else []
    if (
        step is not None
        and step.template_slug == FIRST_HEALING_STEP
        and not enrollment.proposals.filter(template_slug=CONNECTION.template_slug).exists()
    ):
        steps.insert(0, CONNECTION)  # proposed first, so the main step is the latest proposal
    # A resubmission after revision may change the verdict: withdraw what no longer follows.
    keep = [s.template_slug for s in steps] + [CONNECTION.template_slug]
    _withdraw(assignment.proposals.exclude(template_slug__in=keep))
    if slug in GATE_STEPS and feedback_gate(earlier).step is None:
        _withdraw(enrollment.proposals.filter(template_slug=FEEDBACK))
    note = client_note(slug, answers, earlier)
    if step is None:
        if slug in (FEEDBACK, "four-questions"):  # the last step, or the four questions with no feedback to ask
            enrollment.status = PathwayEnrollment.Status.FINISHED
            enrollment.save(update_fields=["status"])
        return Outcome(client_note=note)
    if slug in MEASURES:
        given = enrollment.assignments.filter(template_version__template__slug=slug).count()
        if given >= MEASURE_TIMES:
            return Outcome(client_note=note)
        due_at = assignment.due_at + datetime.timedelta(days=MEASURE_EVERY_DAYS)
        return Outcome([_propose(assignment, enrollment, step, due_at, earlier)], note)
    proposals = [_propose(assignment, enrollment, s, _local_evening(assignment.client, s.days), earlier) for s in steps]
    return Outcome(proposals, note)


def _earlier_answers(client_id: int) -> dict[str, Mapping]:
    """The client's latest submitted answers to each of ``GATE_STEPS`` (on or off the pathway; not cancelled)."""
    rows = (
        ResponseRevision.objects.filter(
            kind=ResponseRevision.Kind.SUBMISSION,
            response__assignment__client_id=client_id,
            response__assignment__template_version__template__slug__in=GATE_STEPS,
        )
        .exclude(response__assignment__status=Assignment.Status.CANCELLED)
        .order_by("created_at", "pk")
        .values_list("response__assignment__template_version__template__slug", "answers")
    )
    return dict(rows)  # later rows win


def _propose(
    after: Assignment, enrollment: PathwayEnrollment, step: Step, due_at: datetime.datetime, earlier: Mapping
) -> PathwayProposal:
    sends_itself = enrollment.auto_send and step.auto_send and enrollment.clinician is not None
    held = sends_itself and RiskAlert.objects.filter(client_id=after.client_id, acknowledged_at__isnull=True).exists()
    reason = f"{step.reason} {HELD_FOR_ALERT}" if held else step.reason
    proposal, created = PathwayProposal.objects.get_or_create(
        after=after,
        step=step.template_slug,
        defaults={"enrollment": enrollment, "template_slug": step.template_slug, "reason": reason, "due_at": due_at},
    )
    if not created:
        if proposal.status != PathwayProposal.Status.DISMISSED or not _led_elsewhere_before(after, step, earlier):
            return proposal
        # A revision had withdrawn this step and the next one brings it back: propose it afresh.
        proposal.status, proposal.decided_at, proposal.created_assignment = PathwayProposal.Status.PROPOSED, None, None
        proposal.reason, proposal.due_at = reason, due_at
        proposal.save(update_fields=["status", "decided_at", "created_assignment", "reason", "due_at"])
    if sends_itself and not held:
        # If that clinician no longer cares for the client, the proposal waits for whoever does.
        with contextlib.suppress(PermissionDenied):
            _send(proposal, enrollment.clinician.user, due_at=None)
    return proposal


def _led_elsewhere_before(after: Assignment, step: Step, earlier: Mapping) -> bool:
    """Whether the submission before this one (of the same assignment) led to another step."""
    submissions = list(
        ResponseRevision.objects.filter(response__assignment=after, kind=ResponseRevision.Kind.SUBMISSION)
        .order_by("-number")
        .values_list("answers", flat=True)[:2]
    )
    if len(submissions) < 2:
        return False
    before = next_step(after.template_version.template.slug, submissions[1], earlier)
    return before is None or before.template_slug != step.template_slug


def _withdraw(proposals) -> None:
    """Withdraw proposals that no longer fit: dismiss those not sent; cancel what was sent but never begun."""
    from assignments.services import assignment_withdraw_unstarted

    now = timezone.now()
    waiting = (PathwayProposal.Status.PROPOSED, PathwayProposal.Status.SENT)
    for proposal in proposals.filter(status__in=waiting).select_related("created_assignment"):
        if proposal.status == PathwayProposal.Status.SENT:
            sent = proposal.created_assignment
            # A recurring step (the connection plan) fits every branch and is never taken back.
            if sent is None or sent.series_id or not assignment_withdraw_unstarted(assignment=sent):
                continue
        PathwayProposal.objects.filter(pk=proposal.pk, status=proposal.status).update(
            status=PathwayProposal.Status.DISMISSED, decided_at=now
        )


RECURRING = {CONNECTION.template_slug: CONNECTION}


def _send(proposal: PathwayProposal, clinician_user: User, due_at: datetime.datetime | None) -> Assignment:
    from assignments.services import assignment_create

    schedule = RECURRING.get(proposal.template_slug)
    created = assignment_create(
        clinician_user=clinician_user,
        client=proposal.after.client,
        template=_library(proposal.template_slug),
        due_at=due_at or proposal.due_at,
        recurrence=schedule.recurrence if schedule else "none",
        occurrences=schedule.occurrences if schedule else 1,
        enrollment=proposal.enrollment,
        pathway_step=proposal.step,
    )[0]
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
