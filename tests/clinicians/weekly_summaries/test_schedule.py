"""When a weekly summary is due: at the clinician's chosen local weekday and time, built once by the sweep."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from clinicians import summaries
from clinicians import tasks as summary_tasks
from clinicians.models import WeeklySummary
from notifications.models import Notification
from notifications.services import relay
from tests.clinicians.weekly_summaries.fortnight import Week, at, summary_emails

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("zone", "weekday", "now_utc", "expected_local"),
    [
        # Monday 08:00 in New York: EDT until 1 Nov 2026, EST after; 08:00 local stays 08:00 local.
        ("America/New_York", 0, datetime.datetime(2026, 10, 26, 12, 0, tzinfo=datetime.UTC), (2026, 10, 26)),
        ("America/New_York", 0, datetime.datetime(2026, 11, 2, 12, 59, tzinfo=datetime.UTC), (2026, 10, 26)),
        ("America/New_York", 0, datetime.datetime(2026, 11, 2, 13, 0, tzinfo=datetime.UTC), (2026, 11, 2)),
        # Friday 08:00 in Tokyo is Thursday 23:00 UTC.
        ("Asia/Tokyo", 4, datetime.datetime(2026, 11, 19, 23, 0, tzinfo=datetime.UTC), (2026, 11, 20)),
        ("Asia/Tokyo", 4, datetime.datetime(2026, 11, 19, 22, 59, tzinfo=datetime.UTC), (2026, 11, 13)),
        # Sunday 08:00 in London, the day the clocks went back.
        ("Europe/London", 6, datetime.datetime(2026, 10, 25, 8, 0, tzinfo=datetime.UTC), (2026, 10, 25)),
    ],
)
def test_the_summary_is_due_at_the_chosen_local_weekday_and_time(clinician, zone, weekday, now_utc, expected_local):
    clinician.time_zone, clinician.summary_weekday = zone, weekday
    week_of, moment = summaries.latest_due(clinician, now_utc)

    assert week_of == datetime.date(*expected_local)
    assert moment.astimezone(ZoneInfo(zone)).time() == datetime.time(8, 0)
    assert moment <= now_utc


def test_the_sweep_builds_each_summary_once_at_its_time(week, clinician, sweep_at):
    clinician.created_at = at(2026, 10, 1, 9, 0)
    clinician.save(update_fields=["created_at"])

    assert sweep_at(Week.end - datetime.timedelta(minutes=1)) == 1  # last week's, never built: built now
    assert sweep_at(Week.end - datetime.timedelta(minutes=1)) == 0
    assert sweep_at(Week.end) == 1
    assert sweep_at(Week.end + datetime.timedelta(minutes=15)) == 0
    assert sweep_at(Week.end + datetime.timedelta(days=6)) == 0

    assert list(WeeklySummary.objects.order_by("week_of").values_list("week_of", flat=True)) == [
        datetime.date(2026, 11, 9),
        datetime.date(2026, 11, 16),
    ]
    latest = WeeklySummary.objects.get(week_of=datetime.date(2026, 11, 16))
    assert (latest.period_start, latest.period_end) == (at(2026, 11, 9, 8, 0), Week.end)
    assert latest.data["totals"]["completed"] == 4


def test_a_new_clinician_gets_no_summary_for_a_week_before_they_joined(clinician, sweep_at):
    clinician.created_at = at(2026, 11, 18, 9, 0)
    clinician.save(update_fields=["created_at"])

    assert sweep_at(at(2026, 11, 20, 9, 0)) == 0
    assert sweep_at(at(2026, 11, 23, 8, 0)) == 1


def test_a_sweep_with_nothing_due_costs_two_queries(clinician, django_assert_num_queries):
    clinician.created_at = at(2026, 11, 18, 9, 0)
    clinician.save(update_fields=["created_at"])
    with time_machine.travel(at(2026, 11, 20, 9, 0), tick=False), django_assert_num_queries(2):
        assert summary_tasks.sweep() == 0


def test_building_twice_stores_and_emails_once(week, clinician):
    with time_machine.travel(Week.end, tick=False):
        first = summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)
        again = summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)
        relay()

    assert first.pk == again.pk
    assert Notification.objects.filter(kind=Notification.Kind.WEEKLY_SUMMARY).count() == 1
    assert len(summary_emails()) == 1


def test_moving_the_summary_day_earlier_never_builds_one_reaching_backwards(clinician, sweep_at):
    clinician.created_at = at(2026, 10, 1, 9, 0)
    clinician.save(update_fields=["created_at"])
    assert sweep_at(at(2026, 11, 16, 8, 0)) == 1  # Monday's

    clinician.summary_weekday = clinician.Weekday.FRIDAY
    clinician.save(update_fields=["summary_weekday"])

    assert sweep_at(at(2026, 11, 17, 9, 0)) == 0  # Friday 13th is already covered by Monday's
    assert sweep_at(at(2026, 11, 20, 8, 0)) == 1  # next Friday's comes as usual
    assert list(WeeklySummary.objects.order_by("period_end").values_list("week_of", flat=True)) == [
        datetime.date(2026, 11, 16),
        datetime.date(2026, 11, 20),
    ]
