"""Reads of the outbox for operators and practice admins: what was sent, what failed, how late."""

import datetime
import re
import statistics
from dataclasses import dataclass
from typing import NotRequired, TypedDict

from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from accounts.models import User
from notifications import heartbeat
from notifications.models import Notification
from practices.models import Practice

LATENCY_SAMPLE = 1000
FAILURES_SHOWN = 10
# Risk alerts go on their own queue the moment they are written; a minute is already slow.
RISK_ALERT_TARGET_SECONDS = 60
# The relay runs every minute; a message due for longer than this is late enough to say so.
WAITING_TOO_LONG_SECONDS = 5 * 60

# What each kind of message is, in words a practice admin uses (the model's labels are terser).
KIND_NAMES: dict[str, str] = {
    Notification.Kind.RISK_ALERT: "Risk alert",
    Notification.Kind.RISK_REMINDER: "Risk alert reminder (not yet acknowledged)",
    Notification.Kind.DUE_SOON: "Due-soon reminder",
    Notification.Kind.OVERDUE: "Overdue reminder",
    Notification.Kind.DAILY_PROMPT: "Daily exercise prompt",
    Notification.Kind.FOLLOW_UP: "Follow-up",
    Notification.Kind.WEEKLY_SUMMARY: "Weekly summary for a clinician",
}

# Anything shaped like an email address, masked in error text shown to practice admins.
_ADDRESS = re.compile(r"[^\s@<>'\"(),;:\[\]]+@[^\s@<>'\"(),;:\[\]]+")


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind) or kind.replace("_", " ").capitalize()


def percentile(ordered: list[float], pct: int) -> float:
    """Nearest rank: the smallest value that ``pct`` per cent of a sorted, non-empty sample is at or below."""
    rank = -(-pct * len(ordered) // 100)  # a ceiling, in whole numbers: no rounding surprises
    return ordered[max(rank, 1) - 1]


class Figures(TypedDict):
    """Delivery times of a sample, in seconds (None for an empty sample)."""

    median: float | None
    p95: float | None
    max: float | None
    sample: int  # how many were measured
    slow: NotRequired[int]  # how many took longer than the target, where there is one (risk alerts)


def _figures(delays: list[float], *, slow_after: float | None = None) -> Figures:
    """Median, 95th percentile and maximum of a sample of delays in seconds (and, with ``slow_after``, how
    many took longer than that)."""
    delays = sorted(delays)
    figures: Figures = {"median": None, "p95": None, "max": None, "sample": len(delays)}
    if delays:
        figures.update({"median": statistics.median(delays), "p95": percentile(delays, 95), "max": delays[-1]})
    if slow_after is not None:
        figures["slow"] = sum(delay > slow_after for delay in delays)
    return figures


def _latencies(sent: QuerySet[Notification]) -> tuple[Figures, Figures]:
    """Delivery time of the latest LATENCY_SAMPLE sent, and of the latest LATENCY_SAMPLE risk alerts: one query.

    Each row is ranked twice, newest first: among all sent and within its
    queue (priority or not). The rows ranked within the sample in their queue
    hold both samples, since a message among the latest N overall is among
    the latest N of its own queue. The database subtracts the timestamps: one
    value a row to convert instead of two.
    """
    newest_first = F("sent_at").desc()
    rows = (
        sent.filter(sent_at__isnull=False)
        .annotate(
            rank=Window(RowNumber(), order_by=newest_first),
            rank_in_queue=Window(RowNumber(), partition_by=[F("priority")], order_by=newest_first),
        )
        .filter(rank_in_queue__lte=LATENCY_SAMPLE)
        .values_list("priority", "rank", F("sent_at") - F("available_at"))
    )
    overall: list[float] = []
    risk: list[float] = []
    for priority, rank, wait in rows:
        if rank <= LATENCY_SAMPLE:
            overall.append(wait.total_seconds())
        if priority:
            risk.append(wait.total_seconds())
    return _figures(overall), _figures(risk, slow_after=RISK_ALERT_TARGET_SECONDS)


def outbox_metrics(*, practice: Practice | None = None, days: int = 7, now: datetime.datetime | None = None) -> dict:
    """Counts by kind and status over ``days``, the oldest pending message, and delivery latency.

    Latency is from the moment a message could go (``available_at``) to when it
    went (a retried message's ``available_at`` moved to its last try); a sample
    of the latest 1,000 sent keeps this cheap at any size. Risk alerts and their
    reminders (the priority queue) are measured apart: they must go in seconds.
    The oldest pending message is looked for in the whole outbox, not only in
    the window: a message still waiting matters however long ago it was queued.
    Three queries whatever the outbox holds.
    """
    now = now or timezone.now()
    outbox = Notification.objects.all()
    if practice is not None:
        outbox = outbox.filter(recipient__practice=practice)
    rows = outbox.filter(created_at__gte=now - datetime.timedelta(days=days))
    counts: dict[str, dict[str, int]] = {}
    for row in rows.values("kind", "status").annotate(n=Count("pk")).order_by("kind", "status"):
        counts.setdefault(row["kind"], {})[row["status"]] = row["n"]
    oldest = (
        outbox.filter(status=Notification.Status.PENDING, available_at__lte=now)
        .order_by("available_at", "id")
        .values("kind", "available_at", "created_at", "attempts")
        .first()
    )
    latency, risk_latency = _latencies(rows.filter(status=Notification.Status.SENT))
    return {
        "days": days,
        "counts": counts,
        "oldest_pending": oldest,
        "oldest_pending_seconds": (now - oldest["available_at"]).total_seconds() if oldest else None,
        "latency_seconds": latency,
        "risk_latency_seconds": risk_latency,
    }


def outbox_failures(
    *, practice: Practice, days: int = 7, now: datetime.datetime | None = None, limit: int = FAILURES_SHOWN
) -> list[dict]:
    """The latest messages to people in ``practice`` that failed, or failed once and wait to be tried again.

    For a practice admin, who must not learn anything clinical from it: the
    subject and body are never loaded, the recipient is only a role, and email
    addresses in the error text are masked. One query.
    """
    now = now or timezone.now()
    rows = (
        Notification.objects.filter(recipient__practice=practice, created_at__gte=now - datetime.timedelta(days=days))
        .filter(
            Q(status=Notification.Status.FAILED)
            | (Q(status=Notification.Status.PENDING, attempts__gt=0) & ~Q(last_error=""))
        )
        .order_by(F("claimed_at").desc(nulls_last=True), "-id")
        .values(
            "kind", "status", "attempts", "last_error", "claimed_at", "created_at", "available_at", "recipient__role"
        )
    )
    return [
        {
            "kind": row["kind"],
            "name": kind_name(row["kind"]),
            "gave_up": row["status"] == Notification.Status.FAILED,
            "attempts": row["attempts"],
            "error": _ADDRESS.sub("[address]", row["last_error"]),
            "tried_at": row["claimed_at"] or row["created_at"],
            "retry_at": row["available_at"] if row["status"] == Notification.Status.PENDING else None,
            "role": row["recipient__role"],
            "role_name": User.Role(row["recipient__role"]).label if row["recipient__role"] in User.Role else "Someone",
        }
        for row in rows[:limit]
    ]


@dataclass(frozen=True)
class KindRow:
    """One kind of message over the window: how many went, failed for good, wait, or are being sent."""

    kind: str
    name: str
    sent: int = 0
    failed: int = 0
    pending: int = 0
    sending: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.failed + self.pending + self.sending


@dataclass(frozen=True)
class TaskReport:
    """Everything the practice admin's "Background tasks" page shows, for one practice."""

    days: int
    rows: list[KindRow]
    totals: KindRow
    latency: Figures
    risk_latency: Figures
    risk_target_seconds: int
    oldest_pending: dict | None
    failures: list[dict]
    heartbeat: dict


def practice_task_report(*, practice: Practice, days: int, now: datetime.datetime | None = None) -> TaskReport:
    """The outbox of one practice (messages to its members) over ``days``, and the workers' heartbeat.

    Four queries, however many messages the practice has.
    """
    now = now or timezone.now()
    metrics = outbox_metrics(practice=practice, days=days, now=now)
    kinds = list(KIND_NAMES) + sorted(set(metrics["counts"]) - set(KIND_NAMES))
    statuses = ("sent", "failed", "pending", "sending")  # KindRow's counts
    rows = [
        KindRow(
            kind=kind,
            name=kind_name(kind),
            **{s: n for s, n in metrics["counts"].get(kind, {}).items() if s in statuses},
        )
        for kind in kinds
    ]
    totals = KindRow(kind="", name="All messages", **{s: sum(getattr(row, s) for row in rows) for s in statuses})
    oldest = metrics["oldest_pending"]
    if oldest is not None:
        late = metrics["oldest_pending_seconds"]
        oldest = oldest | {
            "name": kind_name(oldest["kind"]),
            "late_seconds": late,
            "too_late": late > WAITING_TOO_LONG_SECONDS,
        }
    return TaskReport(
        days=days,
        rows=rows,
        totals=totals,
        latency=metrics["latency_seconds"],
        risk_latency=metrics["risk_latency_seconds"],
        risk_target_seconds=RISK_ALERT_TARGET_SECONDS,
        oldest_pending=oldest,
        failures=outbox_failures(practice=practice, days=days, now=now),
        heartbeat=heartbeat.last(now=now),
    )
