"""Harbour Practice's outbox (and a little of Elsewhere Clinic's), and its admin signed in."""

import datetime

import pytest

from notifications.models import Notification
from tests.practices.task_metrics.outbox_rows import NOW, message, second


@pytest.fixture
def outbox(clinician, client_profile, foreign_client_profile):
    """Harbour Practice's outbox, and a little of Elsewhere Clinic's beside it."""
    alex, ana, stranger = client_profile.user, clinician.user, foreign_client_profile.user
    Notification.objects.bulk_create(
        # 20 due-soon reminders sent 1…20 seconds after they were due, and 3 risk alerts (2, 4 and 90 seconds).
        [message(alex, "due_soon", delay=n) for n in range(1, 21)]
        + [message(ana, "risk_alert", delay=n) for n in (2, 4, 90)]
        + [
            # Given up three days ago; the error names the recipient's address.
            message(
                alex,
                "overdue",
                "failed",
                ago=datetime.timedelta(days=3),
                attempts=6,
                claimed_at=NOW - datetime.timedelta(days=3),
                last_error="SMTPRecipientsRefused: {'alex@example.test': (550, b'5.1.1 No such user')}",
            ),
            # Failed twice, tries again in 5 minutes.
            message(
                ana,
                "weekly_summary",
                "pending",
                ago=datetime.timedelta(minutes=30),
                attempts=2,
                claimed_at=NOW - datetime.timedelta(minutes=3),
                available_at=NOW + datetime.timedelta(minutes=5),
                last_error="SMTPServerDisconnected: Connection unexpectedly closed",
            ),
            # Waiting: due 10 and 1 minutes ago, and one for later.
            message(alex, "daily_prompt", "pending", ago=datetime.timedelta(minutes=10)),
            message(alex, "due_soon", "pending", ago=datetime.timedelta(minutes=1)),
            message(
                alex, "daily_prompt", "pending", ago=datetime.timedelta(minutes=2), available_at=NOW + second(3600)
            ),
            message(alex, "follow_up", "sending", claimed_at=NOW - second(5), attempts=1),
            # Ten days ago (only the 30-day window), and forty (none).
            message(ana, "weekly_summary", ago=datetime.timedelta(days=10), delay=30),
            message(ana, "weekly_summary", ago=datetime.timedelta(days=40), delay=30),
            # Another practice's: never on Harbour Practice's page.
            message(stranger, "risk_alert", delay=500),
            message(
                stranger,
                "overdue",
                "failed",
                attempts=6,
                claimed_at=NOW - second(60),
                last_error="Foreign-error-marker",
            ),
            message(stranger, "due_soon", "pending", ago=datetime.timedelta(days=2)),
        ]
    )


@pytest.fixture
def signed_in(client, practice_admin):
    client.force_login(practice_admin)
    return client
