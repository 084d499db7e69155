"""Outbox rows written straight to the table at a fixed moment, and the "Background tasks" page read at it."""

import datetime
import itertools

import time_machine
from django.urls import reverse

from notifications.models import Notification

NOW = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)
URL = reverse("practices:tasks")
SUBJECT = "Alex-subject-marker: a client may need your attention"
BODY = "Alex-body-marker wrote about the break-up"
_keys = itertools.count()


def second(n: float) -> datetime.timedelta:
    return datetime.timedelta(seconds=n)


def message(recipient, kind: str, status: str = "sent", *, ago=datetime.timedelta(hours=1), delay=0.0, **fields):
    """A row written straight to the outbox: queued ``ago`` before NOW and, if sent, sent ``delay`` seconds after."""
    created = NOW - ago
    fields.setdefault("available_at", created)
    if status == "sent":
        fields.setdefault("sent_at", fields["available_at"] + second(delay))
    return Notification(
        key=f"test:{next(_keys)}",
        kind=kind,
        recipient=recipient,
        subject=SUBJECT,
        body=BODY,
        status=status,
        priority=kind in ("risk_alert", "risk_reminder"),
        created_at=created,
        **fields,
    )


def page(client, query: str = ""):
    with time_machine.travel(NOW, tick=False):
        return client.get(URL + query)


def counts(report) -> dict:
    return {row.kind: (row.sent, row.failed, row.pending, row.sending) for row in report.rows if row.total}
