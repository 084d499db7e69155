"""Publishing never holds up a request, whatever the broker does (config/queue.py)."""

import time

import pytest
from django.core import mail

from assignments.models import Assignment
from config import queue
from notifications.models import Notification
from notifications.services import relay
from notifications.tasks import relay_outbox

PHQ9_ITEM_9_RISKY = {f"phq9_{n}": "0" for n in range(1, 10)} | {"phq9_9": "2"}


@pytest.mark.django_db
def test_a_risky_submission_through_the_api_stays_under_a_second_with_a_broker_that_never_answers(
    give, client_profile, clinician, hanging_broker, as_user, django_capture_on_commit_callbacks
):
    assignment = give("phq-9")
    call = as_user(client_profile.user)

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = call(
            "post", f"/api/v1/assignments/{assignment.pk}/submit", {"answers": PHQ9_ITEM_9_RISKY, "version": 0}
        )
    elapsed = time.monotonic() - started

    assert response.status_code == 200, response.content
    assert response.json()["risk"] is True
    assert hanging_broker, "the publish did reach the hanging server: the bound was tested, not a refused connection"
    assert elapsed < 1.0, f"a submission took {elapsed:.2f} s with a broker that never answers"
    assert Assignment.objects.get(pk=assignment.pk).status == "submitted"
    # The alert is kept as a pending row and sent by the relay once the broker answers again.
    [pending] = Notification.objects.filter(kind="risk_alert")
    assert pending.status == "pending"
    assert relay() == 1 and mail.outbox[0].to == [clinician.user.email]


def test_after_one_publish_runs_out_of_time_the_next_ones_skip_the_broker_until_it_is_tried_again(
    hanging_broker, settings
):
    settings.CELERY_PUBLISH_TIMEOUT = 0.2
    started = time.monotonic()
    assert queue.publish(relay_outbox) is False
    first = time.monotonic() - started
    assert [queue.publish(relay_outbox) for _ in range(10)] == [False] * 10
    rest = time.monotonic() - started - first

    assert 0.2 <= first < 0.5  # waited out the bound, no longer
    assert rest < 0.05  # ten more publishes in one request cost nothing
    queue.resume()
    started = time.monotonic()
    assert queue.publish(relay_outbox) is False
    assert time.monotonic() - started >= 0.2  # tried the broker again


def test_publishes_never_queue_behind_threads_stuck_on_the_broker(hanging_broker, settings, monkeypatch):
    settings.CELERY_PUBLISH_TIMEOUT = 0.1
    monkeypatch.setattr(queue, "PAUSE_AFTER_TIMEOUT", 0.0)  # no breaker: every publish tries
    started = time.monotonic()
    results = [queue.publish(relay_outbox) for _ in range(queue.PUBLISH_THREADS + 20)]
    elapsed = time.monotonic() - started

    assert results == [False] * len(results)
    # One bound per thread; the other twenty found every thread stuck and returned at once.
    assert elapsed < 0.1 * queue.PUBLISH_THREADS + 0.3


def test_a_publish_that_raises_is_logged_without_its_arguments_and_reported_as_not_sent(dead_broker, caplog):
    assert queue.publish(relay_outbox, ("secret-looking-argument",)) is False
    assert "Could not publish notifications.tasks.relay_outbox" in caplog.text
    assert "secret-looking-argument" not in caplog.text
