"""The latest failures: what they say (time, kind, attempts, error, role), and never a subject, a body or who the
recipient is."""

import datetime

import pytest

from notifications.models import Notification
from tests.practices.task_metrics.outbox_rows import NOW, message, page, second

pytestmark = pytest.mark.django_db


def test_the_latest_failures_show_time_kind_attempts_error_and_role_only(signed_in, outbox, client_profile):
    response = page(signed_in)

    retrying, given_up = response.context["report"].failures
    assert (retrying["name"], retrying["role_name"], retrying["attempts"], retrying["gave_up"]) == (
        "Weekly summary for a clinician",
        "Clinician",
        2,
        False,
    )
    assert retrying["tried_at"] == NOW - datetime.timedelta(minutes=3)
    assert (given_up["name"], given_up["role_name"], given_up["attempts"], given_up["gave_up"]) == (
        "Overdue reminder",
        "Client",
        6,
        True,
    )
    assert given_up["error"] == "SMTPRecipientsRefused: {'[address]': (550, b'5.1.1 No such user')}"
    assert set(given_up) >= {"kind", "name", "attempts", "error", "tried_at", "role_name"}
    assert not {"subject", "body", "html_body", "recipient", "recipient_id", "key"} & set(given_up)


def test_a_failure_without_error_text_is_listed_and_a_message_sent_again_is_not(signed_in, client_profile):
    Notification.objects.bulk_create(
        [
            message(client_profile.user, "overdue", "failed", attempts=1, claimed_at=NOW - second(60)),
            # Queued again by an operator (``resend``): its old error is gone and it has not failed since.
            message(client_profile.user, "due_soon", "pending", attempts=0),
        ]
    )

    response = page(signed_in)

    [failure] = response.context["report"].failures
    assert (failure["kind"], failure["error"]) == ("overdue", "")
    assert "No error was recorded." in response.content.decode()


def test_the_page_never_shows_a_subject_a_body_or_who_the_recipient_is(signed_in, outbox, client_profile):
    body = page(signed_in, "?window=30d").content.decode()

    assert "Connection unexpectedly closed" in body
    assert "5.1.1 No such user" in body
    for secret in ("subject-marker", "body-marker", "alex@example", client_profile.user.email, "Alex"):
        assert secret not in body
