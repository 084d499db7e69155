"""The workers' heartbeat, in one place: written by a task beat sends, read by /readyz and the tasks page.

Beat sends the ``heartbeat`` task every 30 seconds and a worker runs it, so one
value answers for both: if either stops, it goes stale. The value lives in the
cache (Redis in production, shared by every process) as an ISO 8601 time.
"""

import datetime

from django.core.cache import cache
from django.utils import timezone

KEY = "celery:heartbeat"
STALE_SECONDS = 120


def record(now: datetime.datetime | None = None) -> str:
    """Note that a worker ran the heartbeat task now; returns the value written."""
    value = (now or timezone.now()).isoformat()
    cache.set(KEY, value, timeout=None)
    return value


def last(*, now: datetime.datetime | None = None) -> dict:
    """When a worker last ran the heartbeat task, how long ago, and whether that is recent enough to call the
    workers alive. A missing or unreadable value reads as never; one written without a time zone as UTC."""
    now = now or timezone.now()
    value = cache.get(KEY)
    try:
        at = datetime.datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        at = None
    if at is not None and timezone.is_naive(at):
        at = timezone.make_aware(at, datetime.UTC)
    age = (now - at).total_seconds() if at else None
    return {
        "at": at,
        "age_seconds": age,
        "alive": age is not None and age < STALE_SECONDS,
        "stale_after_seconds": STALE_SECONDS,
    }
