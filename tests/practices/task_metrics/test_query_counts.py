"""The "Background tasks" page costs the same queries at 10 and at 1,000 messages."""

import itertools

import pytest

from notifications.models import Notification
from tests.practices.task_metrics.outbox_rows import message, page, second

pytestmark = pytest.mark.django_db


def test_the_page_costs_the_same_at_10_and_at_1000_messages(
    signed_in, client_profile, clinician, django_assert_num_queries
):
    def grow(n: int) -> None:
        kinds = itertools.cycle(["due_soon", "overdue", "risk_alert", "daily_prompt", "weekly_summary"])
        statuses = itertools.cycle(["sent", "sent", "sent", "failed", "pending", "sending"])
        Notification.objects.bulk_create(
            [
                message(
                    client_profile.user if number % 2 else clinician.user,
                    next(kinds),
                    (status := next(statuses)),
                    ago=second(number * 60),
                    delay=number % 40,
                    attempts=6 if status == "failed" else 0,
                    last_error="SMTPDataError: 451 try later" if status == "failed" else "",
                )
                for number in range(n)
            ]
        )

    grow(10)
    # 1 user with the practice (time zone and name; the session comes from the cache), 2 counts by kind and
    # status, 3 the oldest waiting, 4 the latency samples (all, and risk alerts), 5 the latest failures
    with django_assert_num_queries(5):
        small = page(signed_in)
    assert small.context["report"].totals.total == 10

    grow(990)

    with django_assert_num_queries(5):
        large = page(signed_in, "?window=30d")
    assert large.context["report"].totals.total == 1000
    assert len(large.context["report"].failures) == 10
