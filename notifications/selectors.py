"""Reads of the outbox for operators and practice admins: what was sent, what failed, how late."""

import datetime
import statistics

from django.db.models import Count, Min
from django.utils import timezone

from notifications.models import Notification


def outbox_metrics(*, practice=None, days: int = 7, now: datetime.datetime | None = None) -> dict:
    """Counts by kind and status over ``days``, the oldest pending message, and delivery latency.

    Latency is from the moment a message could go (``available_at``) to when it
    went; a sample of the latest 1,000 sent keeps this cheap at any size.
    """
    now = now or timezone.now()
    rows = Notification.objects.filter(created_at__gte=now - datetime.timedelta(days=days))
    if practice is not None:
        rows = rows.filter(recipient__practice=practice)
    counts: dict[str, dict[str, int]] = {}
    for row in rows.values("kind", "status").annotate(n=Count("pk")).order_by("kind", "status"):
        counts.setdefault(row["kind"], {})[row["status"]] = row["n"]
    oldest = rows.filter(status=Notification.Status.PENDING, available_at__lte=now).aggregate(at=Min("available_at"))[
        "at"
    ]
    sent = (
        rows.filter(status=Notification.Status.SENT).order_by("-sent_at").values_list("available_at", "sent_at")[:1000]
    )
    delays = [(sent_at - available_at).total_seconds() for available_at, sent_at in sent]
    return {
        "days": days,
        "counts": counts,
        "oldest_pending_seconds": (now - oldest).total_seconds() if oldest else None,
        "latency_seconds": {
            "median": statistics.median(delays) if delays else None,
            "max": max(delays) if delays else None,
            "sample": len(delays),
        },
    }
