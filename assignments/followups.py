"""Follow-ups on the feedback-request exercise (PRODUCT.md, “Asking for feedback”).

The client writes what they expect to hear and the day they plan to ask. When
they submit, a FollowUp is scheduled for that day at their daily prompt time,
in their time zone (or the next prompt time, if that moment has passed). A
periodic sweep turns each one that has come due into a ``feedback-follow-up``
assignment and a content-free email; submitting that assignment marks the
follow-up answered, so the weekly summary can set the prediction beside what
actually happened.

- "not yet", with a new day to aim for, asks once more on that day;
- a resubmitted (revised) request moves the scheduled follow-up, never adds one;
  one that no longer plans a day, or already says what was heard, cancels it;
- the sweep claims rows with a conditional update inside the transaction that
  creates the assignments, so a sweep run twice, or two at once, sends each once;
- the email says nothing clinical (no title, no names, no answers), and none
  goes to a client who turned reminders off: the assignment is still given.
"""

import datetime
import logging
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from assignments.models import Assignment, FollowUp, Template, TemplateVersion
from assignments.questionnaire import index
from clients.models import Client
from notifications.models import Notification
from notifications.reminders import after_quiet_hours
from notifications.services import notify_many

logger = logging.getLogger(__name__)

TEMPLATE_SLUG = "feedback-follow-up"
BATCH = 500
DUE_AFTER_DAYS = 3
# Recognised by their items rather than their template's slug, so a practice's
# copy works too and a submission costs no query to find out.
PLAN_ITEM = "planned_ask_date"
NEW_DATE_ITEM = "new_date"
FOLLOW_UP_ITEMS = frozenset({"asked", "what_they_said", "compared"})
S = FollowUp.Status


class ClaimLost(Exception):
    """Rows this sweep locked were changed by someone else: roll the batch back, send nothing."""


# --- On submission ------------------------------------------------------------------


def after_submit(*, assignment: Assignment, answers: dict) -> FollowUp | None:
    """Called by ``response_submit`` in its transaction, with the cleaned answers.

    A feedback request schedules (or moves, or cancels) its follow-up; a
    submitted follow-up marks its FollowUp answered. Anything else: no query.
    """
    link_ids = index(assignment.template_version.items).keys()
    now = timezone.now()
    if FOLLOW_UP_ITEMS.issubset(link_ids):
        FollowUp.objects.filter(assignment=assignment, status=S.SENT).update(
            status=S.ANSWERED, answered_at=now, updated_at=now
        )
        return _ask_again(assignment, answers, now)
    if PLAN_ITEM not in link_ids:
        return None
    planned = answers.get(PLAN_ITEM)
    if not planned or answers.get("what_heard"):
        # Nothing to follow up: no day planned, or what was heard is already written down.
        FollowUp.objects.filter(source=assignment, status=S.SCHEDULED).update(
            status=S.CANCELLED, cancelled_at=now, updated_at=now
        )
        return None
    planned_for = datetime.date.fromisoformat(planned)
    fields = {
        "client_id": assignment.client_id,
        "whom": (answers.get("whom") or "")[:200],
        "predicted_reaction": answers.get("predicted_reaction") or "",
        "planned_for": planned_for,
        "due_at": due_moment(assignment.client, planned_for, now),
    }
    follow_up, created = FollowUp.objects.get_or_create(source=assignment, defaults=fields)
    if not created:
        # A revision moves a follow-up that has not gone out yet; one already sent stays as it is.
        FollowUp.objects.filter(pk=follow_up.pk, status__in=(S.SCHEDULED, S.CANCELLED), assignment=None).update(
            **fields, status=S.SCHEDULED, cancelled_at=None, updated_at=now
        )
        follow_up.refresh_from_db()
    return follow_up


def _ask_again(follow_up_assignment: Assignment, answers: dict, now: datetime.datetime) -> FollowUp | None:
    """ "Not yet", with a new day to aim for: one more follow-up on that day, carrying the same expectation.

    The follow-up exercise becomes the source of the next one, so a client can
    put it off as often as they need and each answer is asked about once.
    """
    new_date = answers.get(NEW_DATE_ITEM)
    if answers.get("asked") != "not_yet" or not new_date:
        return None
    earlier = FollowUp.objects.filter(assignment=follow_up_assignment).first()
    if earlier is None:  # a follow-up exercise given by hand: there is no expectation to carry
        return None
    planned_for = datetime.date.fromisoformat(new_date)
    follow_up, _ = FollowUp.objects.update_or_create(
        source=follow_up_assignment,
        defaults={
            "client_id": follow_up_assignment.client_id,
            "whom": earlier.whom,
            "predicted_reaction": earlier.predicted_reaction,
            "planned_for": planned_for,
            "due_at": due_moment(follow_up_assignment.client, planned_for, now),
            "status": S.SCHEDULED,
        },
    )
    return follow_up


def cancel_for(assignment: Assignment) -> int:
    """A cancelled feedback request cancels its scheduled follow-up; a cancelled follow-up assignment, its row."""
    now = timezone.now()
    return FollowUp.objects.filter(
        Q(source=assignment, status=S.SCHEDULED) | Q(assignment=assignment, status=S.SENT)
    ).update(status=S.CANCELLED, cancelled_at=now, updated_at=now)


def due_moment(client: Client, planned_for: datetime.date, now: datetime.datetime) -> datetime.datetime:
    """The planned day at the client's daily prompt time, or the next prompt time if that has passed."""
    zone = ZoneInfo(client.time_zone)
    moment = datetime.datetime.combine(planned_for, client.daily_prompt_time, tzinfo=zone)
    if moment < now:
        today = now.astimezone(zone).date()
        moment = datetime.datetime.combine(today, client.daily_prompt_time, tzinfo=zone)
        if moment < now:
            moment = datetime.datetime.combine(
                today + datetime.timedelta(days=1), client.daily_prompt_time, tzinfo=zone
            )
    return moment.astimezone(datetime.UTC)


# --- The sweep --------------------------------------------------------------------------


def sweep(now: datetime.datetime | None = None) -> int:
    """Send every follow-up that has come due; returns how many assignments were created.

    Keyset batches on (due_at, pk): the first read of each batch takes no
    lock (a sweep that finds nothing costs one query); the batch is then
    locked (rows another sweep holds are skipped), claimed with a conditional
    update and sent in one transaction, in a fixed number of queries.
    """
    now = now or timezone.now()
    due = FollowUp.objects.filter(status=S.SCHEDULED, due_at__lte=now).order_by("due_at", "pk")
    sent, last, version = 0, None, None
    while True:
        page = due
        if last is not None:
            page = page.filter(Q(due_at__gt=last[0]) | Q(due_at=last[0], pk__gt=last[1]))
        candidates = list(page.values_list("due_at", "pk")[:BATCH])
        if not candidates:
            return sent
        last = candidates[-1]
        if version is None:
            version = _current_version()
            if version is None:
                logger.error("The %s template is not published; follow-ups wait until it is.", TEMPLATE_SLUG)
                return sent
        try:
            sent += _send_batch([pk for _, pk in candidates], version, now)
        except ClaimLost:
            logger.warning("Another sweep changed follow-ups this one had locked; it left them alone.")


def _current_version() -> TemplateVersion | None:
    template = (
        Template.objects.usable()
        .filter(practice__isnull=True, slug=TEMPLATE_SLUG)
        .select_related("current_version")
        .first()
    )
    return template.current_version if template else None


@transaction.atomic
def _send_batch(pks: list[int], version: TemplateVersion, now: datetime.datetime) -> int:
    rows = list(
        FollowUp.objects.filter(pk__in=pks, status=S.SCHEDULED, due_at__lte=now)
        .select_for_update(skip_locked=True, of=("self",))
        .select_related("client__user", "source")
        .order_by("due_at", "pk")
    )
    if not rows:
        return 0
    active = [row for row in rows if row.client.user.is_active]
    gone = [row.pk for row in rows if not row.client.user.is_active]
    claimed = FollowUp.objects.filter(pk__in=[row.pk for row in active], status=S.SCHEDULED).update(
        status=S.SENT, sent_at=now, updated_at=now
    )
    if gone:  # a client whose account was closed is not given anything new
        claimed += FollowUp.objects.filter(pk__in=gone, status=S.SCHEDULED).update(
            status=S.CANCELLED, cancelled_at=now, updated_at=now
        )
    if claimed != len(rows):
        raise ClaimLost
    if not active:
        return 0
    created = Assignment.objects.bulk_create(
        Assignment(
            client=row.client,
            template_version=version,
            assigned_by_id=row.source.assigned_by_id,
            instructions=_instructions(row),
            due_at=_at_prompt_time(row.client, now, days=DUE_AFTER_DAYS),
            created_at=now,
        )
        for row in active
    )
    for row, assignment in zip(active, created, strict=True):
        row.assignment = assignment
    FollowUp.objects.bulk_update(active, ["assignment"])
    notify_many([_message(row, now) for row in active if not row.client.reminders_opt_out])
    return len(created)


def _at_prompt_time(client: Client, now: datetime.datetime, *, days: int) -> datetime.datetime:
    zone = ZoneInfo(client.time_zone)
    day = now.astimezone(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, client.daily_prompt_time, tzinfo=zone).astimezone(datetime.UTC)


def _instructions(row: FollowUp) -> str:
    """Shown in the portal, behind sign-in: the person is named only if the client named them."""
    day = f"{row.planned_for:%A} {row.planned_for.day} {row.planned_for:%B}"
    whom = f" from {row.whom.strip()}" if row.whom.strip() else ""
    return (
        f"On {day} you planned to ask for feedback{whom}. "
        "However it went, or if it hasn't happened yet, a few words are plenty."
    )


def _message(row: FollowUp, now: datetime.datetime) -> Notification:
    """No clinical content: no title, no names, no answers. The portal has the rest."""
    body = render_to_string("emails/follow_up.txt", {"url": f"{settings.SITE_URL}/portal/"}).rstrip("\n")
    return Notification(
        key=f"follow_up:{row.pk}",
        kind=Notification.Kind.FOLLOW_UP,
        recipient=row.client.user,
        subject="How did it go?",
        body=body,
        available_at=after_quiet_hours(row.client, now),
    )
