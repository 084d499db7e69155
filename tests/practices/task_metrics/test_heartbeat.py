"""The workers' heartbeat: fresh, stale, missing or odd, said plainly and never breaking the page."""

import pytest
from django.core.cache import cache

from notifications.heartbeat import KEY as HEARTBEAT_KEY
from tests.practices.task_metrics.outbox_rows import NOW, page, second

pytestmark = pytest.mark.django_db


def test_a_fresh_heartbeat_says_the_workers_are_running(signed_in):
    cache.set(HEARTBEAT_KEY, (NOW - second(12)).isoformat())

    response = page(signed_in)

    heartbeat = response.context["report"].heartbeat
    assert (heartbeat["alive"], heartbeat["age_seconds"]) == (True, 12.0)
    body = response.content.decode()
    assert "The background workers are running" in body
    assert "Last heartbeat 12 seconds ago" in body
    assert "not answering" not in body


def test_a_stale_heartbeat_is_a_clear_warning(signed_in):
    cache.set(HEARTBEAT_KEY, (NOW - second(10 * 60)).isoformat())

    response = page(signed_in)

    heartbeat = response.context["report"].heartbeat
    assert (heartbeat["alive"], heartbeat["age_seconds"]) == (False, 600.0)
    body = response.content.decode()
    assert "The background workers are not answering" in body
    assert "The last heartbeat was 10 minutes ago" in body


@pytest.mark.parametrize("value", [None, "not a date", (NOW - second(5)).replace(tzinfo=None).isoformat()])
def test_a_missing_or_odd_heartbeat_does_not_break_the_page(signed_in, value):
    if value is not None:
        cache.set(HEARTBEAT_KEY, value)

    response = page(signed_in)

    assert response.status_code == 200
    heartbeat = response.context["report"].heartbeat
    if value is None or value == "not a date":
        assert heartbeat["alive"] is False
        assert "No heartbeat has been recorded" in response.content.decode()
    else:  # written without a time zone: read as UTC
        assert heartbeat["age_seconds"] == 5.0
