"""Reminders in the client's own time, from the database, each queued once."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from assignments.models import Assignment
from notifications import reminders
from notifications.models import Notification
from notifications.services import relay

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def local(zone: str, *args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=ZoneInfo(zone))


def make(give, client_profile, zone: str, due: datetime.datetime, **client_fields) -> Assignment:
    client_profile.time_zone = zone
    for name, value in client_fields.items():
        setattr(client_profile, name, value)
    client_profile.save()
    with time_machine.travel(due - datetime.timedelta(days=3), tick=False):
        return give("acceptance", due_at=due)


def queued_at(moment: datetime.datetime) -> list[str]:
    with time_machine.travel(moment, tick=False):
        reminders.sweep()
    return sorted(Notification.objects.values_list("key", flat=True))


@pytest.mark.parametrize(
    ("zone", "due", "evening_before_utc"),
    [
        # London: clocks go back on 25 October 2026; the evening before is 19:00 GMT.
        (
            "Europe/London",
            local("Europe/London", 2026, 10, 26, 20, 0),
            datetime.datetime(2026, 10, 25, 19, 0, tzinfo=UTC),
        ),
        # New York: clocks go back on 1 November 2026; 19:00 EST is midnight UTC.
        (
            "America/New_York",
            local("America/New_York", 2026, 11, 2, 20, 0),
            datetime.datetime(2026, 11, 2, 0, 0, tzinfo=UTC),
        ),
        # Tokyo: no daylight saving.
        ("Asia/Tokyo", local("Asia/Tokyo", 2026, 11, 2, 20, 0), datetime.datetime(2026, 11, 1, 10, 0, tzinfo=UTC)),
    ],
)
def test_the_evening_before_reminder_comes_at_19_local_across_the_clock_change(
    give, client_profile, zone, due, evening_before_utc
):
    assignment = make(
        give, client_profile, zone, due, quiet_hours_start=datetime.time(23, 0), quiet_hours_end=datetime.time(7, 0)
    )

    assert queued_at(evening_before_utc - datetime.timedelta(minutes=1)) == []
    assert queued_at(evening_before_utc) == [f"due_soon:{assignment.pk}:evening_before"]
    assert queued_at(due - datetime.timedelta(hours=2)) == [
        f"due_soon:{assignment.pk}:evening_before",
        f"due_soon:{assignment.pk}:hours_before",
    ]


def test_a_reminder_inside_quiet_hours_waits_for_their_end(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 23, 30)
    assignment = make(give, client_profile, "Europe/London", due)  # quiet 21:00–08:00 by default

    queued_at(due - datetime.timedelta(hours=2))  # 21:30 local: inside quiet hours

    notification = Notification.objects.get(key=f"due_soon:{assignment.pk}:hours_before")
    assert notification.available_at == local("Europe/London", 2026, 11, 11, 8, 0)
    with time_machine.travel(local("Europe/London", 2026, 11, 11, 7, 59), tick=False):
        assert relay() == 0
    with time_machine.travel(local("Europe/London", 2026, 11, 11, 8, 0), tick=False):
        assert relay() == 1


def test_a_client_who_opted_out_gets_no_reminders(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 20, 0)
    make(give, client_profile, "Europe/London", due, reminders_opt_out=True)

    assert queued_at(due + datetime.timedelta(days=2)) == []


def test_overdue_nudges_come_once_a_day_and_stop_after_three(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 12, 0)
    assignment = make(give, client_profile, "Europe/London", due, daily_prompt_time=datetime.time(19, 0))

    for day in range(1, 8):
        queued_at(local("Europe/London", 2026, 11, 10 + day, 19, 5))

    keys = sorted(Notification.objects.filter(kind="overdue").values_list("key", flat=True))
    assert keys == [f"overdue:{assignment.pk}:{n}" for n in (1, 2, 3)]


def test_a_late_sweep_sends_one_reminder_not_a_burst(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 12, 0)
    assignment = make(give, client_profile, "Europe/London", due)

    assert queued_at(local("Europe/London", 2026, 11, 13, 19, 30)) == [f"overdue:{assignment.pk}:3"]


def test_running_the_sweep_twice_queues_and_sends_each_reminder_once(
    give, client_profile, django_capture_on_commit_callbacks
):
    due = local("Europe/London", 2026, 11, 10, 20, 0)
    make(give, client_profile, "Europe/London", due)
    moment = due - datetime.timedelta(hours=1)

    with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
        first, second = reminders.sweep(), reminders.sweep()
        relay()
        relay()

    assert (first, second) == (1, 0)
    assert len(mail.outbox) == 1


def test_reminders_say_nothing_clinical(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 20, 0)
    assignment = make(give, client_profile, "Europe/London", due)
    queued_at(due - datetime.timedelta(hours=1))

    notification = Notification.objects.get()
    text = (notification.subject + notification.body).lower()
    assert assignment.template_version.title.lower() not in text
    for word in ("acceptance", "rejection", "phq", "mood", "score"):
        assert word not in text
    assert "http://testserver/portal/" in notification.body


def test_a_reminder_is_plain_text_in_the_clients_own_name(give, client_profile):
    """Bodies come from templates/emails/ as plain text: a name is written as typed, never HTML-escaped."""
    client_profile.user.display_name = "Ana & Bo O'Neill"
    client_profile.user.save()
    due = local("Europe/London", 2026, 11, 10, 20, 0)
    make(give, client_profile, "Europe/London", due)
    queued_at(due - datetime.timedelta(hours=1))

    body = Notification.objects.get().body
    assert body.startswith("Hello Ana & Bo O'Neill,\n\nYou have an exercise due today at 20:00.")
    assert body.endswith("under Preferences.")
    assert "&amp;" not in body and "&#x27;" not in body


def test_a_sweep_walks_the_rows_in_batches(give, client_profile, monkeypatch):
    monkeypatch.setattr(reminders, "BATCH", 2)
    due = local("Europe/London", 2026, 11, 10, 20, 0)
    for _ in range(5):
        make(give, client_profile, "Europe/London", due)

    assert len(queued_at(due - datetime.timedelta(hours=1))) == 5


def test_a_sweep_that_finds_nothing_costs_one_query(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert reminders.sweep() == 0
