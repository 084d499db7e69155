"""The fortnight a weekly summary reads, a second client drifting away, the sweep at a moment, and the summary
stored for the dashboard's pages."""

import datetime

import pytest
import time_machine

from assignments.library import EXAMPLES
from assignments.services import discussion_flag_set
from clients.models import Client
from clinicians import summaries
from clinicians import tasks as summary_tasks
from tests.clinicians.weekly_summaries.fortnight import Week, at, gad7, habit, phq9
from tests.factories import client_of


@pytest.fixture
def week(clinician, client_profile, template):
    w = Week(clinician, client_profile, template)
    # The week before: a PHQ-9 of 16 and a GAD-7 of 8, and two daily check-ins (mood 2 and 3, rumination 8 and 7).
    (phq_before,) = w.give("phq-9", at(2026, 11, 4, 20, 0))
    w.send(phq_before, phq9(16), at(2026, 11, 4, 10, 0))
    (gad_before,) = w.give("gad-7", at(2026, 11, 5, 20, 0))
    w.send(gad_before, gad7(8), at(2026, 11, 5, 10, 0))
    days = w.give("daily-habits", at(2026, 11, 7, 21, 0), recurrence="daily", occurrences=5)  # 7–11 November
    for day, (mood, rumination) in zip(days[:4], [(2, 8), (3, 7), (4, 6), (6, 4)], strict=True):
        w.send(day, habit(mood, rumination), day.due_at - datetime.timedelta(hours=1))
    # This week: a PHQ-9 of 12 with item 9 at 1 (an alert), and an acceptance exercise with an item to discuss.
    (phq_now,) = w.give("phq-9", at(2026, 11, 12, 20, 0))
    w.send(phq_now, phq9(12, item9=1), at(2026, 11, 12, 10, 0))
    (acceptance,) = w.give("acceptance", at(2026, 11, 13, 20, 0))
    w.send(acceptance, EXAMPLES["acceptance"], at(2026, 11, 13, 10, 0))
    with time_machine.travel(at(2026, 11, 13, 10, 5), tick=False):
        discussion_flag_set(assignment=acceptance, user=client_profile.user, link_id="what_happened", flagged=True)
    # Not done: the 11 November check-in; not this clinician's: another clinician's client.
    return w


@pytest.fixture
def blair(clinician):
    """A second client, drifting away: nothing done, flagged on 10 November."""
    client = client_of(clinician, display_name="Blair Quinn")
    Client.objects.filter(pk=client.pk).update(disengaged_since=at(2026, 11, 10, 19, 0))
    return client


@pytest.fixture
def sweep_at(django_capture_on_commit_callbacks):
    """Sweep at a moment, running the build tasks it publishes (eagerly, as the tests' Celery does)."""

    def sweep(moment: datetime.datetime) -> int:
        with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
            return summary_tasks.sweep()

    return sweep


@pytest.fixture
def stored(week, blair, clinician):
    with time_machine.travel(Week.end, tick=False):
        return summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)
