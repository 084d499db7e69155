"""The rejection-recovery pathway (PRODUCT.md).

    feelings check-in → validity analysis →
        valid and wants to change (for themself) → growth goals → a week on, with the goals under way ↘
        anything else ──────────────────────────────────────────────────────────────────────────────→
    acceptance → self-worth inventory → boundary plan → four questions → feedback request (optional) → finished
    alongside: daily recovery habits for two weeks; PHQ-9 and GAD-7 at the start and every two weeks;
    the connection plan, weekly for six weeks, from the first healing step (acceptance) on either branch.

The growth branch joins the healing steps rather than skipping them: change is
never required, and whoever works on a valid reason still has a loss to
accept, a self-worth to rebuild and, often, distance to keep. The connection
plan starts with the healing steps because withdrawal and isolation follow
rejection on every branch.

When a step is submitted the pathway proposes the next one; the clinician
confirms it, or it is sent at once where the clinician allowed that.

Safety rules (also in docs/SAFETY.md):

- Asking for feedback follows the four questions only where the latest validity
  analysis says asking would be safe. "They have blocked me", "they asked me not
  to contact them" or "contact with them is harmful to me": it is not proposed,
  and the client is told why, kindly, in the exercise as they answer and on the
  page after they send it. "I'm not sure", or no answer: it is proposed for the
  clinician to decide and never sent by itself.
- It is never proposed while the latest boundary plan chose no contact (its
  ``contact`` choice, or "no contact" written in its limits).
- While any risk alert for the client is unacknowledged, nothing is sent by
  itself: the proposal waits, its reason says why, and the clinician can still
  send it by hand. Later steps are sent by themselves again once every alert is
  acknowledged; the ones held stay for the clinician to send or dismiss.
- A resubmitted step (a revised verdict) withdraws what no longer follows from
  it: a proposal not yet sent is dismissed; a step sent by itself that nobody has
  begun (no draft, no answer, no comment) is cancelled and its proposal dismissed;
  a step the client has begun is left as it is. A revised validity analysis or
  boundary plan that closes asking for feedback withdraws a feedback request the
  same way. The connection plan fits every branch and is never withdrawn.
"""

import contextlib
import datetime
import re
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
from clients.models import Client
from config.localtime import at_local, local_today, zone_of

PATHWAY = "rejection-recovery"
DAYS_BETWEEN_STEPS = 3
GOALS_UNDER_WAY_DAYS = 7  # growth goals live for weeks: the healing steps start once the first steps are taken
MEASURE_EVERY_DAYS = 14
MEASURE_TIMES = 7  # at the start and every two weeks for twelve weeks
HABIT_DAYS = 14
CONNECTION_WEEKS = 6
MEASURES = ("phq-9", "gad-7")
FEEDBACK = "feedback-request"
FIRST_HEALING_STEP = "acceptance"
# The earlier steps whose answers decide whether asking for feedback is ever suggested.
GATE_STEPS = ("validity-analysis", "boundary-plan")
NOT_SAFE_TO_ASK = ("blocked", "asked_no_contact", "harmful")
HELD_FOR_ALERT = "Not sent by itself: a risk alert for this client is open."
# "no contact", "no-contact", "zero contact", "not to contact" in a boundary plan's own words.
NO_CONTACT_WORDS = re.compile(r"\b(?:no|zero|not)[\s-]+(?:to[\s-]+)?contact", re.IGNORECASE)

# What the client reads after sending (clients/done.html) when asking for feedback is left out or waits.
CLIENT_NOTES = {
    "blocked": (
        "You said they have blocked you, so asking them for feedback isn't one of your next steps. Being blocked "
        "hurts, and it was their choice, not a verdict on you. You don't need their view to move on."
    ),
    "asked_no_contact": (
        "You said they asked not to be contacted, so asking them for feedback isn't one of your next steps. "
        "Respecting that takes strength, and you don't need their view to move on."
    ),
    "harmful": (
        "You said contact with them is harmful to you, so asking them for feedback isn't one of your next steps. "
        "Keeping yourself safe comes first, and you don't need their view to move on."
    ),
    "no_contact_boundary": (
        "Your boundary plan keeps contact with them closed for now, so asking them for feedback isn't one of your "
        "next steps. Holding that boundary is a way of looking after yourself."
    ),
    "unsure": (
        "You weren't sure whether asking them would be safe, so nothing about it will be suggested until you and "
        "your clinician have talked it over. You can always decide not to ask."
    ),
}


@dataclass(frozen=True)
class Step:
    template_slug: str
    reason: str
    auto_send: bool = True  # False: it waits for the clinician even where the pathway may send steps by itself
    days: int = DAYS_BETWEEN_STEPS  # from the submission to the evening it is due
    recurrence: str = "none"
    occurrences: int = 1


@dataclass(frozen=True)
class FeedbackGate:
    step: Step | None  # None: asking for feedback is not proposed
    client_note: str = ""


@dataclass(frozen=True)
class Outcome:
    """What a submission did to the pathway, for ``response_submit``."""

    proposals: list[PathwayProposal] = field(default_factory=list)
    client_note: str = ""


HEALING = Step(
    "acceptance", "The reason did not call for change, so the healing steps come next, starting with acceptance."
)
CONNECTION = Step(
    "connection-plan",
    "Alongside the healing steps, every week: a check-in with someone and a date with oneself.",
    days=7,
    recurrence="weekly",
    occurrences=CONNECTION_WEEKS,
)
FEEDBACK_SAFE = Step(
    FEEDBACK, "Optional: ask for feedback, as learning for the future. The client said asking would be safe."
)
FEEDBACK_UNSURE = Step(
    FEEDBACK,
    "Optional: ask for feedback. The client was unsure whether asking would be safe, so this waits for you.",
    auto_send=False,
)
FEEDBACK_UNANSWERED = Step(
    FEEDBACK,
    "Optional: ask for feedback. The client has not said whether asking would be safe, so this waits for you.",
    auto_send=False,
)
FOLLOWING: dict[str, Step | None] = {
    "feelings-check-in": Step(
        "validity-analysis", "With the feelings named, look at whether the reason holds any truth."
    ),
    "growth-goals": Step(
        "acceptance",
        "With the goals under way, the healing steps follow alongside them, starting with acceptance.",
        days=GOALS_UNDER_WAY_DAYS,
    ),
    "acceptance": Step("self-worth-inventory", "Next in the healing steps: what stays true about you."),
    "self-worth-inventory": Step("boundary-plan", "Next in the healing steps: the distance that helps you heal."),
    "boundary-plan": Step(
        "four-questions", "Next, the four questions: the other person at their true size, and yourself more kindly."
    ),
    FEEDBACK: None,
}


def chose_no_contact(boundary_plan: Mapping) -> bool:
    """Whether a boundary plan's answers keep contact with the other person closed."""
    if boundary_plan.get("contact") == "no_contact":
        return True
    limits = boundary_plan.get("limits") or []
    return any(isinstance(limit, str) and NO_CONTACT_WORDS.search(limit) for limit in limits)


def feedback_gate(earlier: Mapping[str, Mapping]) -> FeedbackGate:
    """Whether asking for feedback follows the four questions, given the latest validity analysis and boundary plan."""
    safe = (earlier.get("validity-analysis") or {}).get("safe_to_ask")
    if safe in NOT_SAFE_TO_ASK:
        return FeedbackGate(None, CLIENT_NOTES[safe])
    if chose_no_contact(earlier.get("boundary-plan") or {}):
        return FeedbackGate(None, CLIENT_NOTES["no_contact_boundary"])
    if safe == "yes":
        return FeedbackGate(FEEDBACK_SAFE)
    if safe == "unsure":
        return FeedbackGate(FEEDBACK_UNSURE, CLIENT_NOTES["unsure"])
    return FeedbackGate(FEEDBACK_UNANSWERED)  # never assumed safe


def next_step(template_slug: str, answers: dict, earlier: Mapping[str, Mapping] | None = None) -> Step | None:
    """The step that follows a submitted one, or None when that branch is finished.

    ``earlier``: the latest answers to the steps in ``GATE_STEPS``, which decide
    what follows the four questions.
    """
    if template_slug == "validity-analysis":
        if answers.get("verdict") == "valid" and answers.get("wants_to_change") == "yes":
            return Step("growth-goals", "The reason seemed valid and the client wants to change, for themself.")
        return HEALING
    if template_slug in MEASURES:
        return Step(template_slug, "The measure recurs every two weeks.")
    if template_slug == "four-questions":
        return feedback_gate(earlier or {}).step
    return FOLLOWING.get(template_slug)


def client_note(template_slug: str, answers: dict, earlier: Mapping[str, Mapping]) -> str:
    """What to tell the client after sending this step, if asking for feedback was left out or waits."""
    if template_slug == "validity-analysis":
        safe = answers.get("safe_to_ask")
        return CLIENT_NOTES[safe] if safe in (*NOT_SAFE_TO_ASK, "unsure") else ""
    if template_slug == "boundary-plan":
        return CLIENT_NOTES["no_contact_boundary"] if chose_no_contact(answers) else ""
    if template_slug == "four-questions":
        return feedback_gate(earlier).client_note
    return ""


def _local_evening(client: Client, days_from_today: int) -> datetime.datetime:
    day = local_today(client) + datetime.timedelta(days=days_from_today)
    return at_local(day, datetime.time(20, 0), zone_of(client))


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
