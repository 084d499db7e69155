"""The practice's outbox in figures: counts by kind and status, delivery time, the oldest message waiting, and the
window they are counted over."""

import pytest

from notifications.models import Notification
from notifications.selectors import LATENCY_SAMPLE, percentile, practice_task_report
from tests.practices.task_metrics.outbox_rows import NOW, counts, message, page, second

pytestmark = pytest.mark.django_db


def test_it_counts_each_kind_by_status_for_the_last_7_days(signed_in, outbox):
    report = page(signed_in).context["report"]

    # (sent, failed, waiting, being sent)
    assert counts(report) == {
        "risk_alert": (3, 0, 0, 0),
        "due_soon": (20, 0, 1, 0),
        "overdue": (0, 1, 0, 0),
        "daily_prompt": (0, 0, 2, 0),
        "follow_up": (0, 0, 0, 1),
        "weekly_summary": (0, 0, 1, 0),
    }
    totals = report.totals
    assert (totals.sent, totals.failed, totals.pending, totals.sending) == (23, 1, 4, 1)
    assert [row.name for row in report.rows][:4] == [
        "Risk alert",
        "Risk alert reminder (not yet acknowledged)",
        "Due-soon reminder",
        "Overdue reminder",
    ]


def test_it_measures_delivery_time_median_95th_percentile_and_max(signed_in, outbox):
    report = page(signed_in).context["report"]

    # 23 delays: 1…20, and 2, 4, 90. Sorted, the 12th is 10; the 95th percentile is the 22nd (⌈0.95 × 23⌉): 20.
    assert report.latency == {"median": 10.0, "p95": 20.0, "max": 90.0, "sample": 23}
    # Risk alerts alone: 2, 4, 90; ⌈0.95 × 3⌉ = 3rd. One of the three took longer than a minute.
    assert report.risk_latency == {"median": 4.0, "p95": 90.0, "max": 90.0, "sample": 3, "slow": 1}


def test_it_shows_the_oldest_message_still_waiting_and_how_late_it_is(signed_in, outbox):
    response = page(signed_in)

    oldest = response.context["report"].oldest_pending
    assert (oldest["kind"], oldest["late_seconds"], oldest["too_late"]) == ("daily_prompt", 600.0, True)
    body = response.content.decode()
    assert "Oldest still waiting: <strong>Daily exercise prompt</strong>" in body
    assert "<dt>Late by</dt><dd>10 minutes</dd>" in body


def test_nothing_waiting_is_said_in_words(signed_in, clinician):
    response = page(signed_in)

    report = response.context["report"]
    assert report.oldest_pending is None
    assert report.latency == {"median": None, "p95": None, "max": None, "sample": 0}
    assert report.failures == []
    body = response.content.decode()
    assert "Nothing is waiting" in body
    assert "No risk alert was sent in the last 7 days" in body
    assert "No failures in the last 7 days" in body


def test_the_page_shows_the_figures_in_words(signed_in, outbox):
    body = page(signed_in).content.decode()

    assert "1 minute 30 seconds" in body  # the slowest risk alert
    assert "1 took longer than 1 minute" in body
    assert "Due-soon reminder" in body


@pytest.mark.parametrize(
    ("query", "days", "expected"),
    [
        ("?window=24h", 1, {"risk_alert": (3, 0, 0, 0), "due_soon": (20, 0, 1, 0), "daily_prompt": (0, 0, 2, 0)}),
        ("?window=30d", 30, {"weekly_summary": (1, 0, 1, 0), "overdue": (0, 1, 0, 0)}),
    ],
)
def test_the_window_changes_what_is_counted(signed_in, outbox, query, days, expected):
    report = page(signed_in, query).context["report"]

    assert report.days == days
    assert counts(report).items() >= expected.items()
    if days == 1:
        assert "overdue" not in counts(report)  # failed three days ago
        assert [f["kind"] for f in report.failures] == ["weekly_summary"]
    else:
        assert report.latency["sample"] == 24  # and the weekly summary of ten days ago


@pytest.mark.parametrize(
    "query",
    ["", "?window=", "?window=7d", "?window=bogus", "?window=7", "?window=30d%27--", "?window=%00", "?other=1"],
)
def test_an_unknown_window_falls_back_to_7_days(signed_in, outbox, query):
    response = page(signed_in, query)

    assert response.status_code == 200
    assert response.context["report"].days == 7
    assert response.context["window"] == "7d"
    assert '<option value="7d" selected>' in response.content.decode()


def test_the_percentile_is_the_nearest_rank():
    assert percentile([float(n) for n in range(1, 101)], 95) == 95.0
    assert percentile([float(n) for n in range(1, 21)], 95) == 19.0
    assert percentile([7.0], 95) == 7.0
    assert percentile([1.0, 2.0], 50) == 1.0


def test_latency_is_measured_on_bounded_samples_of_the_latest_sent(practice, client_profile, clinician):
    Notification.objects.bulk_create(
        [message(clinician.user, "risk_alert", ago=second(7200), delay=5) for _ in range(3)]
        + [message(client_profile.user, "due_soon", ago=second(3600), delay=1) for _ in range(LATENCY_SAMPLE + 5)]
        + [message(clinician.user, "risk_alert", ago=second(60), delay=3)]
    )

    report = practice_task_report(practice=practice, days=7, now=NOW)

    assert report.totals.sent == LATENCY_SAMPLE + 9
    # The latest 1,000: the newest risk alert and 999 reminders; the older risk alerts still count on their own.
    assert report.latency == {"median": 1.0, "p95": 1.0, "max": 3.0, "sample": LATENCY_SAMPLE}
    assert report.risk_latency == {"median": 5.0, "p95": 5.0, "max": 5.0, "sample": 4, "slow": 0}
