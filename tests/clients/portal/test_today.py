"""Today: what is due in the client's own time, recurring exercises summed up, new comments, and due labels."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment
from assignments.services import assignment_review
from clients.portal import due_label
from tests.factories import submitted

pytestmark = pytest.mark.django_db


def test_today_lists_what_is_due_in_the_clients_own_time(signed_in, client_profile, give):
    client_profile.time_zone = "America/New_York"
    client_profile.save()
    now = datetime.datetime(2026, 11, 18, 15, 0, tzinfo=datetime.UTC)  # 10:00 in New York
    with time_machine.travel(now, tick=False):
        give("phq-9", due_at=now + datetime.timedelta(hours=2))
        give("feelings-check-in", due_at=now - datetime.timedelta(days=3))
        give("growth-goals", due_at=now + datetime.timedelta(days=3))

        page = signed_in.get(reverse("clients:today")).content.decode()

    assert "12:00" in page  # 17:00 UTC, shown in New York time
    assert "Still open from earlier" in page and "No rush and no judgement" in page
    assert "Due today" in page and "Coming up this week" in page
    assert "This app is not an emergency service" in page
    assert page.index("Due today") < page.index("PHQ-9") < page.index("Coming up this week")


def test_a_recurring_exercise_shows_once_with_its_missed_days_summed_up(signed_in, give):
    give("daily-habits", due_at=timezone.now() - datetime.timedelta(days=3, hours=1), recurrence="daily", occurrences=8)
    missed = Assignment.objects.filter(due_at__lt=timezone.now()).count()

    page = signed_in.get(reverse("clients:today")).content.decode()

    assert page.count("Daily recovery habits") == 2  # the latest missed day, and the next one
    assert f"{missed - 1} earlier days of this are still open too" in page
    assert f"Repeats daily: {8 - missed - 1} more after this one." in page


def test_today_shows_new_comments_on_recently_reviewed_work(signed_in, clinician, give):
    done = give("feelings-check-in")
    submitted(done)
    assignment_review(assignment=done, clinician_user=clinician.user, decision="reviewed", comment="Well named.")

    page = signed_in.get(reverse("clients:today")).content.decode()

    assert "From your clinician" in page and "Well named." in page and "1 new comment" in page


@pytest.mark.parametrize(
    ("due", "label"),
    [
        ((2026, 3, 10, 19, 0), "today, 19:00"),
        ((2026, 3, 11, 8, 5), "tomorrow, 08:05"),
        ((2026, 3, 9, 8, 5), "yesterday, 08:05"),
        ((2026, 3, 13, 9, 0), "Friday, 09:00"),
        ((2026, 3, 24, 9, 0), "Tue 24 Mar, 09:00"),
        ((2027, 1, 2, 9, 0), "Sat 2 Jan, 09:00 2027"),
    ],
)
def test_due_labels_read_naturally(due, label):
    now = datetime.datetime(2026, 3, 10, 12, 0)

    assert due_label(datetime.datetime(*due), now) == label
