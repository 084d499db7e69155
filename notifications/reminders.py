"""Reminders, driven by what is in the database (never by long ETA tasks).

A periodic sweep looks at open assignments due within the next ~36 hours or
overdue, works out each reminder's moment in the client's own time zone, and
writes the ones whose moment has come to the outbox under a unique key, so
running the sweep twice (or two at once) queues each reminder once.

- due soon: the evening before (19:00 local) and two hours before;
- overdue: once a day at the client's daily reminder time, at most three times;
- daily exercises (a daily series) instead get one prompt a day, at the time
  the client chose, and no overdue nudges (tomorrow's prompt takes over);
- never inside the client's quiet hours (postponed to their end), never after
  they opted out, and never with clinical content: no title, no answers;
- gentle back-off: a client who has ignored reminders for a week is marked as
  at risk of dropping out (``flag_disengaged``) and from then on gets at most
  one reminder every BACKOFF_INTERVAL, until they save anything again.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone

from assignments.models import Assignment, AssignmentSeries, ResponseRevision, RiskAlert
from clients.models import Client
from config.localtime import at_local, zone_of
from notifications.models import Notification
from notifications.services import notify, notify_many

EVENING_BEFORE = datetime.time(19, 0)
HOURS_BEFORE = datetime.timedelta(hours=2)
LOOKAHEAD = datetime.timedelta(hours=36)
OVERDUE_MAX = 3
OVERDUE_WINDOW = datetime.timedelta(days=OVERDUE_MAX + 1)
BATCH = 500
OPEN = (Assignment.Status.ASSIGNED, Assignment.Status.IN_PROGRESS, Assignment.Status.REVISION_REQUESTED)
REMINDER_KINDS = (Notification.Kind.DUE_SOON, Notification.Kind.OVERDUE, Notification.Kind.DAILY_PROMPT)
IGNORED_FOR = datetime.timedelta(days=7)
BACKOFF_INTERVAL = datetime.timedelta(days=3)


def after_quiet_hours(client: Client, moment: datetime.datetime) -> datetime.datetime:
    """``moment``, or the end of the client's quiet hours if it falls inside them."""
    zone = zone_of(client)
    local = moment.astimezone(zone)
    if not client.in_quiet_hours(local.time()):
        return moment
    end = at_local(local.date(), client.quiet_hours_end, zone)
    if end <= moment:
        end = at_local(local.date() + datetime.timedelta(days=1), client.quiet_hours_end, zone)
    return end


def due_soon_moments(assignment: Assignment, zone: ZoneInfo) -> dict[str, datetime.datetime]:
    """When each due-soon reminder for this assignment should go, by lead name."""
    local_due = assignment.due_at.astimezone(zone)
    evening = at_local(local_due.date() - datetime.timedelta(days=1), EVENING_BEFORE, zone)
    return {"evening_before": evening, "hours_before": assignment.due_at - HOURS_BEFORE}


def overdue_moments(assignment: Assignment, client: Client) -> list[datetime.datetime]:
    """The daily nudges after the due time, at the client's daily reminder time, at most OVERDUE_MAX."""
    zone = zone_of(client)
    local_due = assignment.due_at.astimezone(zone)
    return [
        at_local(local_due.date() + datetime.timedelta(days=n), client.daily_prompt_time, zone)
        for n in range(1, OVERDUE_MAX + 1)
    ]


def daily_prompt_moment(assignment: Assignment, client: Client) -> datetime.datetime:
    """The client's chosen prompt time on the day the exercise is due (the day before if that is after the due time)."""
    zone = zone_of(client)
    local_due = assignment.due_at.astimezone(zone)
    moment = at_local(local_due.date(), client.daily_prompt_time, zone)
    if moment > assignment.due_at:
        moment = at_local(local_due.date() - datetime.timedelta(days=1), client.daily_prompt_time, zone)
    return moment


def _is_daily(assignment: Assignment) -> bool:
    return assignment.series is not None and assignment.series.recurrence == AssignmentSeries.Recurrence.DAILY


def _portal_link() -> str:
    return f"{settings.SITE_URL}/portal/"


def _reminder_body(template: str, client: Client, **context) -> str:
    """A reminder's text from ``templates/emails/``: the client's name, the portal link, nothing clinical."""
    context = {"name": client.user.display_name, "url": _portal_link(), **context}
    return render_to_string(f"emails/{template}.txt", context).rstrip("\n")


def _due_soon_message(client: Client, assignment: Assignment, lead: str) -> tuple[str, str]:
    zone = ZoneInfo(client.time_zone)
    due_local = assignment.due_at.astimezone(zone)
    when = f"tomorrow at {due_local:%H:%M}" if lead == "evening_before" else f"today at {due_local:%H:%M}"
    return "You have an exercise due soon", _reminder_body("due_soon", client, when=when)


def _overdue_message(client: Client) -> tuple[str, str]:
    return "An exercise is waiting for you", _reminder_body("overdue", client)


def _daily_message(client: Client) -> tuple[str, str]:
    return "Your daily check-in", _reminder_body("daily_prompt", client)


def sweep(now: datetime.datetime | None = None) -> int:
    """Queue every reminder whose moment has come; returns how many were queued."""
    now = now or timezone.now()
    candidates = (
        Assignment.objects.filter(status__in=OPEN, client__reminders_opt_out=False, client__user__is_active=True)
        .filter(due_at__gt=now - OVERDUE_WINDOW, due_at__lte=now + LOOKAHEAD)
        .select_related("client__user", "series")
        .order_by("due_at", "pk")
    )
    queued, last = 0, None
    while True:
        page = candidates
        if last is not None:  # keyset pagination on (due_at, pk): no OFFSET, no growing cost
            page = page.filter(Q(due_at__gt=last[0]) | Q(due_at=last[0], pk__gt=last[1]))
        batch = list(page[:BATCH])
        if not batch:
            return queued
        messages = [message for assignment in batch if (message := _reminder(assignment, now))]
        queued += notify_many(_backed_off(messages, batch, now))
        last = (batch[-1].due_at, batch[-1].pk)


def _backed_off(messages: list[Notification], batch: list[Assignment], now: datetime.datetime) -> list[Notification]:
    """Drop reminders to disengaged clients reminded within BACKOFF_INTERVAL; at most one each otherwise.

    One query, and only when the batch holds a disengaged client.
    """
    disengaged = {a.client.user_id for a in batch if a.client.disengaged_since is not None}
    if not disengaged or not messages:
        return messages
    recent = set(
        Notification.objects.filter(
            recipient_id__in=disengaged, kind__in=REMINDER_KINDS, created_at__gt=now - BACKOFF_INTERVAL
        ).values_list("recipient_id", flat=True)
    )
    kept = []
    for message in messages:
        if message.recipient_id in disengaged:
            if message.recipient_id in recent:
                continue
            recent.add(message.recipient_id)
        kept.append(message)
    return kept


def _reminder(assignment: Assignment, now: datetime.datetime) -> Notification | None:
    """The latest reminder whose moment has passed (only one: a late sweep never sends a burst)."""
    client = assignment.client
    if _is_daily(assignment):
        moment = daily_prompt_moment(assignment, client)
        if not (assignment.created_at < moment <= now < assignment.due_at):
            return None
        subject, body = _daily_message(client)
        key = f"{Notification.Kind.DAILY_PROMPT}:{assignment.pk}"
        kind = Notification.Kind.DAILY_PROMPT
    elif assignment.due_at > now:
        moments = due_soon_moments(assignment, zone_of(client))
        passed = [lead for lead, moment in moments.items() if assignment.created_at < moment <= now]
        if not passed:
            return None
        lead = max(passed, key=moments.__getitem__)
        subject, body = _due_soon_message(client, assignment, lead)
        key = f"{Notification.Kind.DUE_SOON}:{assignment.pk}:{lead}"
        kind = Notification.Kind.DUE_SOON
    else:
        passed = [n for n, moment in enumerate(overdue_moments(assignment, client), start=1) if moment <= now]
        if not passed:
            return None
        subject, body = _overdue_message(client)
        key = f"{Notification.Kind.OVERDUE}:{assignment.pk}:{max(passed)}"
        kind = Notification.Kind.OVERDUE
    return Notification(
        key=key,
        kind=kind,
        recipient=client.user,
        subject=subject,
        body=body,
        available_at=after_quiet_hours(client, now),
    )


def flag_disengaged(now: datetime.datetime | None = None) -> int:
    """Mark clients whose reminders have gone unanswered for IGNORED_FOR; returns how many were marked.

    Ignored: the first reminder sent after the client last saved anything (or
    joined) went out more than a week ago. One UPDATE, whatever the size of the
    practice; the flag is cleared by the client's next save (assignments.services).
    """
    now = now or timezone.now()
    last_save = (
        ResponseRevision.objects.filter(author_id=OuterRef("user_id")).order_by("-created_at").values("created_at")[:1]
    )
    first_ignored = (
        Notification.objects.filter(
            recipient_id=OuterRef("user_id"),
            kind__in=REMINDER_KINDS,
            status=Notification.Status.SENT,
            sent_at__gt=OuterRef("active_at"),
        )
        .order_by("sent_at")
        .values("sent_at")[:1]
    )
    ignoring = (
        Client.objects.filter(disengaged_since__isnull=True, reminders_opt_out=False, user__is_active=True)
        .annotate(active_at=Coalesce(Subquery(last_save), F("created_at")))
        .annotate(first_ignored_at=Subquery(first_ignored))
        .filter(first_ignored_at__lte=now - IGNORED_FOR)
    )
    return Client.objects.filter(pk__in=ignoring.values("pk")).update(disengaged_since=now)


def sweep_unacknowledged_alerts(now: datetime.datetime | None = None) -> int:
    """Remind a clinician once about an alert still unacknowledged at its ``remind_at``.

    ``remind_at`` is set when the alert is raised, from the practice's delay for
    its level (sooner for higher levels), so the sweep is one indexed query.
    """
    now = now or timezone.now()
    stale = RiskAlert.objects.filter(acknowledged_at__isnull=True, remind_at__lte=now)
    queued = 0
    for alert in stale.select_related("clinician__user").order_by("remind_at", "pk")[:BATCH]:
        queued += _alert_message(alert, reminder=True) is not None
    return queued


def queue_risk_alert(alert: RiskAlert):
    """The first message about a new alert (called in the transaction that raised it)."""
    return _alert_message(alert, reminder=False)


# The subject says how urgent, never what was written or by whom.
ALERT_SUBJECTS = {
    RiskAlert.Level.IMMINENT: "Imminent risk: a client needs your attention now",
    RiskAlert.Level.HIGH: "High risk: a client may need your attention soon",
    RiskAlert.Level.MODERATE: "Moderate risk: a client may need your attention",
    RiskAlert.Level.HISTORY: "History of risk: a client mentioned past risk",
}


def _alert_message(alert: RiskAlert, *, reminder: bool):
    user = alert.clinician.user
    if not alert.clinician.email_notifications:
        return None
    level = RiskAlert.Level(alert.level)
    subject = ALERT_SUBJECTS[level]
    if reminder:
        subject = f"Still unacknowledged. {subject}"
    kind = Notification.Kind.RISK_REMINDER if reminder else Notification.Kind.RISK_ALERT
    return notify(
        key=f"{kind}:{alert.pk}",
        kind=kind,
        recipient=user,
        subject=subject,
        body=render_to_string(
            "emails/risk_alert.txt",
            {
                "user": user,
                "level": level.label,
                "reminder": reminder,
                "from_draft": alert.from_draft,
                "url": f"{settings.SITE_URL}/clinician/alerts/#alert-{alert.pk}",
            },
        ),
        priority=True,
    )
