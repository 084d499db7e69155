"""Weekly summaries in the dashboard: the list, one summary, who may read it, what the pages cost, and the
settings that choose when it comes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clinicians.models import WeeklySummary
from tests.clinicians.weekly_summaries.fortnight import Week

pytestmark = pytest.mark.django_db


def test_the_summaries_page_lists_each_week_with_its_totals(client, clinician, stored):
    client.force_login(clinician.user)

    response = client.get(reverse("clinicians:summaries"))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Week to 16 November 2026" in body
    assert "4 of 5" in body and "week before: 4 of 4" in body
    assert reverse("clinicians:summary", args=[stored.pk]) in body


def test_a_summary_page_shows_every_clients_week(client, clinician, stored):
    client.force_login(clinician.user)

    response = client.get(reverse("clinicians:summary", args=[stored.pk]))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Mon 9 Nov, 08:00" in body and "Mon 16 Nov, 08:00" in body
    assert "Needs your attention" in body
    assert "PHQ-9 now" not in body  # PHQ-9 got better, not worse
    assert "down 4 from 16, was moderately severe" in body
    assert "5.0" in body and "up from 2.5" in body  # mood
    assert "down from 7.5" in body  # rumination
    assert "flagged 10 November: may be dropping out" in body
    assert "What clients want to discuss" in body
    assert "0 of 0" not in body and "none due" in body  # a client with nothing due that week


def test_a_client_no_longer_on_the_caseload_is_named_but_not_linked(client, clinician, stored, blair):
    from clients.models import CareTeamMember

    CareTeamMember.objects.filter(client=blair).update(ended_on=timezone.localdate())
    client.force_login(clinician.user)

    body = client.get(reverse("clinicians:summary", args=[stored.pk])).content.decode()

    assert 'Blair Quinn <span class="cell-note">(no longer on your caseload)</span>' in body
    assert reverse("clinicians:client_detail", args=[blair.pk]) not in body


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("other_clinician", 404),
        ("foreign_clinician", 404),
        ("client", 403),
        ("admin", 403),
        ("anonymous", 302),
    ],
)
def test_only_the_clinician_it_was_built_for_can_read_a_summary(
    client, stored, other_clinician, foreign_clinician, client_profile, practice_admin, who, expected
):
    users = {
        "other_clinician": other_clinician.user,
        "foreign_clinician": foreign_clinician.user,
        "client": client_profile.user,
        "admin": practice_admin,
    }
    if who in users:
        client.force_login(users[who])

    response = client.get(reverse("clinicians:summary", args=[stored.pk]))

    assert response.status_code == expected
    if who in ("other_clinician", "foreign_clinician"):
        assert client.get(reverse("clinicians:summaries")).content.decode().count("Week to") == 0


def test_the_summary_pages_cost_the_same_queries_at_one_week_or_thirty(
    client, clinician, stored, django_assert_num_queries
):
    client.force_login(clinician.user)
    urls = [reverse("clinicians:summaries"), reverse("clinicians:summary", args=[stored.pk])]
    counts = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts.append(len(queries))
    for n in range(1, 30):
        WeeklySummary.objects.create(
            clinician=clinician,
            week_of=Week.end.date() - datetime.timedelta(weeks=n),
            period_start=Week.end - datetime.timedelta(weeks=n + 1),
            period_end=Week.end - datetime.timedelta(weeks=n),
            data=stored.data,
        )
    for url, count in zip(urls, counts, strict=True):
        with django_assert_num_queries(count):
            response = client.get(url)
    assert response.status_code == 200
    assert client.get(urls[0]).content.decode().count("Week to") == summaries_page_size()


def summaries_page_size() -> int:
    from clinicians.views.summaries import SUMMARIES_PER_PAGE

    return SUMMARIES_PER_PAGE


def test_a_clinician_chooses_when_the_summary_comes(client, clinician):
    client.force_login(clinician.user)

    response = client.post(
        reverse("clinicians:settings"),
        {"time_zone": "America/New_York", "summary_weekday": "4", "summary_time": "17:30", "email_notifications": ""},
    )

    assert response.status_code == 302
    clinician.refresh_from_db()
    assert (clinician.time_zone, clinician.summary_weekday, clinician.summary_time, clinician.email_notifications) == (
        "America/New_York",
        4,
        datetime.time(17, 30),
        False,
    )


@pytest.mark.parametrize(
    "bad",
    [{"time_zone": "Mars/Olympus"}, {"summary_weekday": "9"}, {"summary_time": "25:99"}, {"summary_weekday": ""}],
)
def test_bad_settings_are_refused_with_a_clear_error_and_nothing_saved(client, clinician, bad):
    client.force_login(clinician.user)
    data = {"time_zone": "Europe/London", "summary_weekday": "0", "summary_time": "08:00", "email_notifications": "on"}

    response = client.post(reverse("clinicians:settings"), data | bad)

    assert response.status_code == 200
    assert response.context["form"].errors
    clinician.refresh_from_db()
    assert (clinician.summary_weekday, clinician.summary_time) == (0, datetime.time(8, 0))


@pytest.mark.parametrize(
    ("done", "due", "words"),
    [(4, 5, "4 of 5"), (0, 3, "0 of 3"), (0, 0, "none due"), (2, 0, "2 done"), (None, None, "none due")],
)
def test_a_tally_of_homework_never_reads_0_of_0(done, due, words):
    from clinicians.templatetags.dashboard import done_of

    assert done_of(done, due) == words
