"""The daily prompt at the client's chosen time, and the gentle back-off for reminders that go unanswered."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from assignments.models import Assignment
from notifications import reminders
from notifications.models import Notification
from notifications.services import relay
from tests.factories import drafted

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def local(zone: str, *args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=ZoneInfo(zone))


def daily_series(give, client_profile, zone: str, first_due: datetime.datetime, days: int, **client_fields):
    client_profile.time_zone = zone
    for name, value in client_fields.items():
        setattr(client_profile, name, value)
    client_profile.save(update_fields=["time_zone", *client_fields])
    with time_machine.travel(first_due - datetime.timedelta(days=1), tick=False):
        first = give("daily-habits", due_at=first_due, recurrence="daily", occurrences=days)
    return list(Assignment.objects.filter(series=first.series).order_by("occurrence"))


def sweep_at(moment: datetime.datetime) -> int:
    with time_machine.travel(moment, tick=False):
        return reminders.sweep()


def keys(kind: str = "") -> list[str]:
    return sorted(Notification.objects.filter(kind__startswith=kind).values_list("key", flat=True))


@pytest.mark.parametrize(
    ("zone", "day_before_change", "day_after_change"),
    [
        # The prompt stays at 18:30 local on both sides of each clock change.
        ("Europe/London", (2026, 10, 24), (2026, 10, 26)),
        ("America/New_York", (2026, 10, 31), (2026, 11, 2)),
        ("Australia/Sydney", (2026, 10, 3), (2026, 10, 5)),  # clocks go forward on 4 October 2026
    ],
)
def test_the_daily_prompt_comes_at_the_clients_chosen_local_time_across_the_clock_change(
    give, client_profile, zone, day_before_change, day_after_change
):
    first_due = local(zone, *day_before_change, 22, 0)
    days = daily_series(
        give, client_profile, zone, first_due, 3, daily_prompt_time=datetime.time(18, 30),
        quiet_hours_start=datetime.time(23, 0), quiet_hours_end=datetime.time(7, 0),
    )  # fmt: skip

    for assignment in (days[0], days[2]):
        moment = datetime.datetime.combine(
            assignment.due_at.astimezone(ZoneInfo(zone)).date(), datetime.time(18, 30), tzinfo=ZoneInfo(zone)
        )
        sweep_at(moment - datetime.timedelta(minutes=1))
        assert f"daily_prompt:{assignment.pk}" not in keys()
        sweep_at(moment)
        assert f"daily_prompt:{assignment.pk}" in keys()
    assert days[2].due_at.astimezone(ZoneInfo(zone)).date() == datetime.date(*day_after_change)


def test_daily_exercises_get_one_prompt_a_day_and_no_due_soon_or_overdue_nudges(give, client_profile):
    first_due = local("Europe/London", 2026, 11, 10, 22, 0)
    days = daily_series(give, client_profile, "Europe/London", first_due, 2, daily_prompt_time=datetime.time(19, 0))

    for hour in range(0, 24 * 6, 1):  # a sweep every hour for six days
        sweep_at(local("Europe/London", 2026, 11, 9, 0, 0) + datetime.timedelta(hours=hour))

    assert keys() == sorted(f"daily_prompt:{a.pk}" for a in days)


def test_a_prompt_time_after_the_due_time_prompts_the_evening_before(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 9, 0)
    (assignment,) = daily_series(give, client_profile, "Europe/London", due, 1, daily_prompt_time=datetime.time(20, 0))

    assert reminders.daily_prompt_moment(assignment, client_profile) == local("Europe/London", 2026, 11, 9, 20, 0)


def test_the_daily_prompt_respects_quiet_hours_and_opt_out(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 23, 30)
    daily_series(
        give, client_profile, "Europe/London", due, 1, daily_prompt_time=datetime.time(22, 0),
        quiet_hours_start=datetime.time(21, 30), quiet_hours_end=datetime.time(7, 0),
    )  # fmt: skip
    sweep_at(local("Europe/London", 2026, 11, 10, 22, 0))
    assert Notification.objects.get().available_at == local("Europe/London", 2026, 11, 11, 7, 0)

    Notification.objects.all().delete()
    client_profile.reminders_opt_out = True
    client_profile.save()
    sweep_at(local("Europe/London", 2026, 11, 10, 22, 5))
    assert keys() == []


def test_the_daily_prompt_says_nothing_clinical(give, client_profile):
    due = local("Europe/London", 2026, 11, 10, 21, 0)
    daily_series(give, client_profile, "Europe/London", due, 1)
    with time_machine.travel(local("Europe/London", 2026, 11, 10, 19, 0), tick=False):
        reminders.sweep()
        relay()

    (email,) = mail.outbox
    text = (email.subject + email.body).lower()
    assert "daily check-in" in text
    for clinical in ("habit", "mood", "rumination", "phq", "score"):
        assert clinical not in text


# --- Back-off and the drop-out flag ------------------------------------------------------------------------------


def send_reminders(give, client_profile, start: datetime.datetime, days: int) -> list[Assignment]:
    """A daily exercise for ``days`` days from ``start``, with the prompts swept and sent as they fall due."""
    series = daily_series(give, client_profile, "Europe/London", start, days, daily_prompt_time=datetime.time(19, 0))
    client_profile.created_at = start - datetime.timedelta(days=30)  # joined well before
    client_profile.save(update_fields=["created_at"])
    for day in range(days):
        with time_machine.travel(start + datetime.timedelta(days=day, hours=-2), tick=False):
            reminders.sweep()
            relay()
    return series


def flag_at(moment: datetime.datetime) -> int:
    with time_machine.travel(moment, tick=False):
        return reminders.flag_disengaged()


def test_a_client_who_ignores_reminders_for_a_week_is_flagged_once(give, client_profile):
    start = local("Europe/London", 2026, 11, 2, 21, 0)
    send_reminders(give, client_profile, start, 9)  # first prompt: 2 Nov 19:00

    assert flag_at(local("Europe/London", 2026, 11, 9, 18, 59)) == 0
    assert flag_at(local("Europe/London", 2026, 11, 9, 19, 0)) == 1
    assert flag_at(local("Europe/London", 2026, 11, 10, 19, 0)) == 0  # already flagged: not again

    client_profile.refresh_from_db()
    assert client_profile.disengaged_since == local("Europe/London", 2026, 11, 9, 19, 0)


def test_a_client_who_saved_something_after_the_reminders_is_not_flagged(give, client_profile):
    start = local("Europe/London", 2026, 11, 2, 21, 0)
    series = send_reminders(give, client_profile, start, 9)
    with time_machine.travel(local("Europe/London", 2026, 11, 4, 12, 0), tick=False):
        drafted(series[2], {"mood": 6})

    # The first prompt sent after that save went out on 4 Nov at 19:00: not yet a week ago on the 10th.
    assert flag_at(local("Europe/London", 2026, 11, 10, 19, 0)) == 0
    assert flag_at(local("Europe/London", 2026, 11, 11, 19, 0)) == 1


def test_opted_out_and_deactivated_clients_are_never_flagged(give, client_profile):
    send_reminders(give, client_profile, local("Europe/London", 2026, 11, 2, 21, 0), 9)
    client_profile.reminders_opt_out = True
    client_profile.save()

    assert flag_at(local("Europe/London", 2026, 11, 12, 12, 0)) == 0


def test_a_flagged_client_gets_at_most_one_reminder_every_three_days(give, client_profile):
    start = local("Europe/London", 2026, 11, 2, 21, 0)
    send_reminders(give, client_profile, start, 7)
    flag_at(local("Europe/London", 2026, 11, 9, 19, 0))
    before = Notification.objects.count()

    series = daily_series(
        give, client_profile, "Europe/London", local("Europe/London", 2026, 11, 10, 21, 0), 9,
        daily_prompt_time=datetime.time(19, 0),
    )  # fmt: skip
    for hour in range(24 * 10):  # hourly sweeps, 9 Nov 21:00 to 19 Nov
        sweep_at(local("Europe/London", 2026, 11, 9, 21, 0) + datetime.timedelta(hours=hour))

    new = Notification.objects.filter(pk__gt=0).order_by("created_at")[before:]
    sent_days = [n.created_at.astimezone(ZoneInfo("Europe/London")).date().day for n in new]
    # The last prompt before the flag went on 8 Nov; then one on the 11th, 14th, 17th: three days apart.
    assert sent_days == [11, 14, 17]
    assert len(series) == 9


def test_saving_anything_clears_the_flag(give, client_profile):
    series = send_reminders(give, client_profile, local("Europe/London", 2026, 11, 2, 21, 0), 9)
    flag_at(local("Europe/London", 2026, 11, 9, 19, 0))

    with time_machine.travel(local("Europe/London", 2026, 11, 9, 20, 0), tick=False):
        drafted(series[7], {"mood": 5})

    client_profile.refresh_from_db()
    assert client_profile.disengaged_since is None


def test_flagging_costs_one_query_whatever_the_number_of_clients(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert reminders.flag_disengaged() == 0
