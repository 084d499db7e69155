"""The practice admin's "Background tasks" page: the practice's outbox in figures, and the workers' heartbeat."""

import datetime
import itertools

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse

from notifications.heartbeat import KEY as HEARTBEAT_KEY
from notifications.models import Notification
from notifications.selectors import LATENCY_SAMPLE, percentile, practice_task_report

pytestmark = pytest.mark.django_db

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


def page(client, query: str = ""):
    with time_machine.travel(NOW, tick=False):
        return client.get(URL + query)


def counts(report) -> dict:
    return {row.kind: (row.sent, row.failed, row.pending, row.sending) for row in report.rows if row.total}


# --- The figures -------------------------------------------------------------------------------------


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


# --- Failures: what they say, and what they never say ---------------------------------------------------


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


# --- Scoping and who may look ---------------------------------------------------------------------------------


def test_an_admin_of_another_practice_sees_only_their_own_numbers(client, outbox, foreign_admin):
    client.force_login(foreign_admin)

    response = page(client, "?window=30d")

    report = response.context["report"]
    assert counts(report) == {"risk_alert": (1, 0, 0, 0), "overdue": (0, 1, 0, 0), "due_soon": (0, 0, 1, 0)}
    assert report.latency["max"] == 500.0
    assert [failure["error"] for failure in report.failures] == ["Foreign-error-marker"]
    assert report.oldest_pending["late_seconds"] == 2 * 24 * 3600
    assert "Connection unexpectedly closed" not in response.content.decode()


def test_harbours_admin_never_sees_the_other_practices_messages(signed_in, outbox):
    response = page(signed_in, "?window=30d")

    assert "Foreign-error-marker" not in response.content.decode()
    assert response.context["report"].latency["max"] == 90.0


@pytest.mark.parametrize(("who", "expected"), [("admin", 200), ("clinician", 403), ("client", 403)])
def test_only_practice_admins_may_look(client, clinician, client_profile, practice_admin, who, expected):
    user = {"admin": practice_admin, "clinician": clinician.user, "client": client_profile.user}[who]
    client.force_login(user)

    assert page(client).status_code == expected


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = page(client, "?window=24h")

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/practice/tasks/%3Fwindow%3D24h"


def test_the_admin_menu_links_to_the_page(signed_in):
    body = page(signed_in).content.decode()

    assert f'<a href="{URL}" aria-current="page">Tasks</a>' in body


# --- The heartbeat ---------------------------------------------------------------------------------------------


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


# --- Cost ----------------------------------------------------------------------------------------------------------


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
    # 1 session, 2 user, 3 the practice (time zone and name), 4 counts by kind and status, 5 the oldest waiting,
    # 6 the latency samples (all, and risk alerts), 7 the latest failures
    with django_assert_num_queries(7):
        small = page(signed_in)
    assert small.context["report"].totals.total == 10

    grow(990)

    with django_assert_num_queries(7):
        large = page(signed_in, "?window=30d")
    assert large.context["report"].totals.total == 1000
    assert len(large.context["report"].failures) == 10
