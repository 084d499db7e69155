"""The outbox: exactly once through retries, dead workers, concurrent sweeps and a broker outage."""

import datetime
import threading
import time

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.utils import timezone

from assignments.models import RiskAlert
from assignments.services import response_submit
from notifications import reminders
from notifications.models import Notification
from notifications.services import CLAIM_TIMEOUT, MAX_ATTEMPTS, notify, relay
from tests.factories import submitted


@pytest.fixture
def queued(client_profile):
    def make(key="test:1"):
        return notify(key=key, kind="due_soon", recipient=client_profile.user, subject="Hello", body="Body")

    return make


@pytest.mark.django_db
def test_the_same_key_is_queued_once(queued):
    assert queued() is not None
    assert queued() is None
    assert Notification.objects.count() == 1


@pytest.mark.django_db
def test_a_worker_that_died_after_claiming_leaves_a_message_that_is_sent_once_later(queued):
    notification = queued()
    Notification.objects.filter(pk=notification.pk).update(status="sending", claimed_at=timezone.now(), attempts=1)

    assert relay() == 0  # still claimed by the (dead) worker
    with time_machine.travel(timezone.now() + CLAIM_TIMEOUT + datetime.timedelta(seconds=1)):
        assert relay() == 1
        assert relay() == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"] == "<test.1@rejection-recovery>"


@pytest.mark.django_db
def test_a_failing_send_is_retried_with_back_off_and_then_given_up(queued, settings):
    settings.EMAIL_BACKEND = "tests.notifications.broken_mail.Backend"
    notification = queued()
    moment = timezone.now()

    for attempt in range(1, MAX_ATTEMPTS + 1):
        with time_machine.travel(moment, tick=False):
            assert relay() == 0
        notification.refresh_from_db()
        assert notification.attempts == attempt
        moment = notification.available_at

    assert notification.status == "failed" and "SMTP" in notification.last_error


@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_queue_each_reminder_once(give, client_profile):
    client_profile.quiet_hours_start = client_profile.quiet_hours_end  # no quiet hours, whatever the time now
    client_profile.save()
    due = timezone.now() + datetime.timedelta(minutes=90)
    for _ in range(3):
        give("acceptance", due_at=due)
    from assignments.models import Assignment

    Assignment.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    barrier = threading.Barrier(2)
    counts = []

    def run():
        try:
            barrier.wait(timeout=10)
            counts.append(reminders.sweep())
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(counts) == 2
    assert Notification.objects.count() == 3  # whichever sweep won each key, each reminder is queued once
    relay()
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_with_the_broker_down_a_risky_submission_succeeds_quickly_and_its_alert_is_sent_later(
    give, client_profile, clinician, dead_broker, django_capture_on_commit_callbacks
):
    assignment = give("phq-9")
    answers = {f"phq9_{n}": "0" for n in range(1, 10)} | {"phq9_9": "2"}

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        submission = response_submit(assignment=assignment, user=client_profile.user, answers=answers, version=0)
    elapsed = time.monotonic() - started

    assert submission.raised_risk and elapsed < 2.0
    assert mail.outbox == []
    [pending] = Notification.objects.filter(kind="risk_alert")
    assert pending.status == "pending" and pending.recipient == clinician.user
    assert relay() == 1  # the worker's periodic relay, once the broker is back
    assert mail.outbox[0].to == [clinician.user.email]


@pytest.mark.django_db
def test_no_email_carries_an_answer(give, django_capture_on_commit_callbacks):
    from assignments.library import EXAMPLES

    secret = "I want to kill myself since Jamie left"
    answers = EXAMPLES["acceptance"] | {"what_happened": secret}
    with django_capture_on_commit_callbacks(execute=True):
        submitted(give("acceptance"), answers)
    relay()

    assert mail.outbox
    for message in mail.outbox:
        assert "Jamie" not in message.body and "kill" not in message.body.lower()
        assert "Jamie" not in message.subject


@pytest.mark.django_db
def test_an_unacknowledged_alert_is_reminded_once(give, clinician):
    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)})

    assert reminders.sweep_unacknowledged_alerts() == 0
    later = RiskAlert.objects.get().remind_at + datetime.timedelta(minutes=1)
    with time_machine.travel(later):
        assert reminders.sweep_unacknowledged_alerts() == 1
        assert reminders.sweep_unacknowledged_alerts() == 0
    assert Notification.objects.filter(kind="risk_reminder", priority=True).count() == 1


@pytest.mark.django_db
def test_readiness_reports_the_background_heartbeat(client):
    from notifications.tasks import heartbeat

    assert client.get("/readyz").json()["background"]["alive"] is False
    heartbeat()
    assert client.get("/readyz").json()["background"]["alive"] is True
