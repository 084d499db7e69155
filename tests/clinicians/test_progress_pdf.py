"""The client's progress as a one-page PDF: what it says, that it stays on one page, who may download it."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from assignments.library import EXAMPLES
from assignments.models import Response
from clients.models import CareTeamMember
from clinicians.progress_pdf import download_name, render_report
from clinicians.selectors.progress_report import ProgressReport, progress_report_for
from tests.factories import ClinicianFactory, client_of

pytestmark = pytest.mark.django_db

WEEK = datetime.timedelta(weeks=1)


@pytest.fixture
def signed_in(client, clinician):
    client.force_login(clinician.user)
    return client


def url_for(client_profile) -> str:
    return reverse("clinicians:client_progress_pdf", args=[client_profile.pk])


def read(pdf: bytes) -> tuple[int, str]:
    """The page count and the text of the PDF, with its line breaks and spacing made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def answers(prefix: str, items: int, total: int) -> dict:
    """A PHQ-9 or GAD-7 whose items add up to ``total``."""
    scores = {}
    for n in range(1, items + 1):
        scores[f"{prefix}_{n}"] = str(min(3, total))
        total -= min(3, total)
    return scores


@pytest.fixture
def send_in(give, submit):
    """Give a measure or a daily habit due at ``when`` and send it in then (backdated as if it had been)."""

    def send(slug: str, when: datetime.datetime, given: dict | None = None, **options):
        assignment = give(slug, due_at=when, **options)
        submit(assignment, given)
        Response.objects.filter(assignment=assignment).update(submitted_at=when)
        return assignment

    return send


# --- What it says -------------------------------------------------------------------------------


def test_it_works(signed_in, client_profile, send_in):
    now = timezone.now()
    for weeks_ago, phq, gad in [(6, 16, 14), (3, 12, 11), (0, 8, 6)]:
        when = now - weeks_ago * WEEK - datetime.timedelta(hours=1)
        send_in("phq-9", when, answers("phq9", 9, phq))
        send_in("gad-7", when, answers("gad7", 7, gad))

    response = signed_in.get(url_for(client_profile))

    assert response.status_code == 200
    pages, text = read(response.content)
    assert pages == 1
    assert "Alex" in text and "Harbour Practice" in text and "Dr Ana" in text
    assert "PHQ-9 went from 16 on" in text and " to 8 on " in text
    assert "8 points lower over 3 scores: from moderately severe to mild." in text
    assert "GAD-7 went from 14 on" in text and "from moderate to mild." in text
    assert "Confidential – contains health information" in text
    assert "Page 1 of 1" in text


def test_it_shows_mood_rumination_and_homework_by_week(signed_in, client_profile, send_in, give):
    now = timezone.now()
    for days_ago, mood, rumination in [(9, 3, 8), (8, 5, 6), (7, 6, 4)]:
        when = now - datetime.timedelta(days=days_ago)
        send_in("daily-habits", when, EXAMPLES["daily-habits"] | {"mood": mood, "rumination": rumination})
    give("acceptance", due_at=now - datetime.timedelta(days=8))  # due, not done

    _, text = read(signed_in.get(url_for(client_profile)).content)

    assert "Over 3 days logged, mood averaged 4.7 out of 10 (from 3 to 6)" in text
    assert "thoughts of the rejection averaged 6 out of 10 (from 8 to 4)" in text
    assert "3 of 4 pieces of homework due were completed (75%)" in text
    assert "Homework by week" in text and "Week of Due Completed Share" in text


def test_it_counts_the_open_risk_alerts_raised_to_the_clinician(signed_in, client_profile, give, submit, risky_phq9):
    submit(give("phq-9", due_at=timezone.now() - datetime.timedelta(hours=2)), risky_phq9)

    _, text = read(signed_in.get(url_for(client_profile)).content)

    assert "Open risk alerts 1" in text


def test_a_client_with_nothing_yet_gets_one_page_that_says_so(signed_in, client_profile):
    response = signed_in.get(url_for(client_profile))

    pages, text = read(response.content)
    assert pages == 1
    assert "No PHQ-9 yet" in text and "No GAD-7 yet" in text
    assert "No daily habits logged yet" in text
    assert "Nothing was due in this period." in text
    assert "(4 weeks)" in text


def test_a_score_from_before_the_year_it_covers_is_mentioned_not_drawn(signed_in, client_profile, send_in):
    send_in("phq-9", timezone.now() - 60 * WEEK, answers("phq9", 9, 12))
    send_in("gad-7", timezone.now() - 2 * WEEK, answers("gad7", 7, 4))

    pages, text = read(signed_in.get(url_for(client_profile)).content)

    assert pages == 1
    assert "No PHQ-9 in this period; the last was 12 (moderate) on" in text
    assert "One GAD-7 so far: 4 (minimal) on" in text
    assert "(4 weeks)" in text


def test_the_time_it_was_made_is_in_the_clinicians_time_zone(signed_in, clinician, client_profile):
    clinician.time_zone = "Australia/Sydney"
    clinician.save(update_fields=["time_zone"])

    with time_machine.travel(datetime.datetime(2026, 1, 15, 22, 30, tzinfo=datetime.UTC), tick=False):
        response = signed_in.get(url_for(client_profile))

    _, text = read(response.content)
    assert "16 January 2026, 09:30 AEDT (Australia/Sydney)" in text
    assert 'filename="progress-alex-2026-01-16.pdf"' in response["Content-Disposition"]


def test_names_are_text_not_markup():
    report = a_year_of_data(client_name="<b>Sam & Jo</b>", practice="Smith & Jones <Therapy>")

    _, text = read(render_report(report))

    assert "<b>Sam & Jo</b>" in text and "Smith & Jones <Therapy>" in text


# --- One page, whatever the data ------------------------------------------------------------


def a_year_of_data(**fields) -> ProgressReport:
    """52 weeks of weekly PHQ-9 and GAD-7, daily habits every day and homework every week."""
    end = datetime.date(2026, 5, 20)
    start = end - datetime.timedelta(days=end.weekday()) - 51 * WEEK
    weekly = [start + n * WEEK + datetime.timedelta(days=1) for n in range(52)]
    defaults = {
        "practice": "Harbour Practice",
        "client_name": "Alex",
        "clinician_name": "Dr Ana",
        "start": start,
        "end": end,
        "generated_at": datetime.datetime(2026, 5, 20, 14, 5, tzinfo=ZoneInfo("Europe/London")),
        "measures": {
            "phq9": [{"date": day, "score": max(2, 24 - n // 2), "band": ""} for n, day in enumerate(weekly)],
            "gad7": [{"date": day, "score": 21 - n % 22, "band": ""} for n, day in enumerate(weekly)],
        },
        "mood": [
            {"date": start + datetime.timedelta(days=n), "value": n % 11, "rumination": 10 - n % 11}
            for n in range(52 * 7 - 5)
        ],
        "weeks": [
            {"week_start": start + n * WEEK, "due": 9, "completed": n % 10, "adherence": None} for n in range(52)
        ],
        "earlier": {"phq9": None, "gad7": None},
        "open_alerts": 3,
    }
    return ProgressReport(**(defaults | fields))


def test_a_year_of_data_fits_on_one_page():
    pages, text = read(render_report(a_year_of_data()))

    assert pages == 1
    assert "(52 weeks)" in text
    assert "PHQ-9 went from 24 on 27 May 2025 to 2 on 19 May 2026" in text
    assert "Homework by week (the last 12 of 52)" in text and "All 52 weeks 468" in text
    assert "Mood and rumination (weekly averages)" in text


def test_the_longest_names_still_fit_on_one_page():
    report = a_year_of_data(
        client_name="Maximiliana-Łucja " + "W" * 62,  # the field's 80 characters, the widest letter
        clinician_name="Dr " + "M" * 77,
        practice="Harbour " + "W" * 112,  # the practice name's 120
    )

    pages, text = read(render_report(report))

    assert pages == 1
    assert "Maximiliana-Łucja" in text and "Confidential – contains health information" in text


def test_a_year_of_weekly_measures_in_the_database_fits_on_one_page(clinician, client_profile, send_in):
    now = datetime.datetime(2026, 5, 20, 12, 0, tzinfo=datetime.UTC)  # a Wednesday
    for series in range(2):  # weekly series run for at most 26 weeks
        first = now - (51 - 26 * series) * WEEK
        for n in range(26):
            when = first + n * WEEK
            send_in("phq-9", when, answers("phq9", 9, 20 - n // 2 - 6 * series))
            send_in("gad-7", when, answers("gad7", 7, 18 - n // 2 - 4 * series))

    pages, text = read(render_report(progress_report_for(user=clinician.user, pk=client_profile.pk, now=now)))

    assert pages == 1
    assert "PHQ-9 went from 20 on 28 May 2025 to 2 on 20 May 2026" in text and "over 52 scores" in text
    assert "(52 weeks)" in text


# --- The download ------------------------------------------------------------------------------


def test_the_download_is_an_attachment_that_no_cache_keeps(signed_in, client_profile):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 12, 0, tzinfo=datetime.UTC), tick=False):
        response = signed_in.get(url_for(client_profile))

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="progress-alex-2026-03-02.pdf"'
    assert response["Cache-Control"] == "no-store"
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Alex", "progress-alex-2026-03-02.pdf"),
        ("Mary Jane Watson", "progress-mary-2026-03-02.pdf"),
        ("Łucja Nowak", "progress-łucja-2026-03-02.pdf"),
        ("J. R. Hartley", "progress-jrh-2026-03-02.pdf"),  # no first name: the initials
        ('"../../etc" passwd', "progress-etc-2026-03-02.pdf"),
        ("!!!", "progress-client-2026-03-02.pdf"),
        ("", "progress-client-2026-03-02.pdf"),
    ],
)
def test_the_file_is_named_by_the_first_name_or_the_initials(name, expected):
    assert download_name(client_name=name, day=datetime.date(2026, 3, 2)) == expected


def test_the_client_page_links_to_the_pdf(signed_in, client_profile):
    response = signed_in.get(reverse("clinicians:client_detail", args=[client_profile.pk]))

    assert f'href="{url_for(client_profile)}"' in response.content.decode()
    assert "Download progress (PDF)" in response.content.decode()


# --- Who may download it --------------------------------------------------------------------


@pytest.fixture
def cast(practice, clinician, other_clinician, client_profile, practice_admin, foreign_clinician):
    former = ClinicianFactory(user__practice=practice, user__display_name="Dr Cleo")
    client_of(former)  # still caring for someone else, but no longer for Alex
    CareTeamMember.objects.create(
        client=client_profile,
        clinician=former,
        is_primary=False,
        started_on=datetime.date(2025, 1, 1),
        ended_on=datetime.date(2025, 6, 1),
    )
    return {
        "clinician": clinician.user,
        "other_clinician": other_clinician.user,
        "foreign_clinician": foreign_clinician.user,
        "former_clinician": former.user,
        "client": client_profile.user,
        "admin": practice_admin,
    }


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("clinician", 200),
        ("other_clinician", 404),
        ("foreign_clinician", 404),
        ("former_clinician", 404),
        ("client", 403),
        ("admin", 403),
    ],
)
def test_only_a_clinician_caring_for_the_client_can_download_it(client, cast, client_profile, who, expected):
    client.force_login(cast[who])

    response = client.get(url_for(client_profile))

    assert response.status_code == expected
    assert (response["Content-Type"] == "application/pdf") == (expected == 200)


def test_anonymous_visitors_are_sent_to_sign_in(client, client_profile):
    response = client.get(url_for(client_profile))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_the_report_reads_only_a_client_the_caller_cares_for(client, clinician, other_clinician, client_profile):
    from django.http import Http404

    assert progress_report_for(user=clinician.user, pk=client_profile.pk).client_name == "Alex"
    with pytest.raises(Http404):
        progress_report_for(user=other_clinician.user, pk=client_profile.pk)
    client.force_login(other_clinician.user)
    assert client.get(url_for(client_profile)).status_code == 404


def test_a_client_who_does_not_exist_is_a_404(signed_in):
    assert signed_in.get(reverse("clinicians:client_progress_pdf", args=[999_999])).status_code == 404


# --- Cost ------------------------------------------------------------------------------------------


def test_the_pdf_costs_the_same_queries_at_2_and_at_40_assignments(
    signed_in, client_profile, send_in, django_assert_num_queries
):
    past = timezone.now() - 3 * WEEK
    send_in("phq-9", past, answers("phq9", 9, 12))
    send_in("daily-habits", past, EXAMPLES["daily-habits"] | {"mood": 4, "rumination": 6})
    url = url_for(client_profile)
    # 1 user with their practice (the session comes from the cache), 2 the clinician's time zone with the menu's
    # counts, 3 the client, 4 its care team, 5 the clinician's profile, 6 homework due by week, 7 PHQ-9 and GAD-7
    # scores, 8 daily habits, 9 open alerts, 10 the audit trail's row (whose record it is came with the client)
    with django_assert_num_queries(10):
        assert signed_in.get(url).status_code == 200

    for n in range(19):
        send_in("gad-7", past + n * datetime.timedelta(days=1), answers("gad7", 7, 10))
        send_in("daily-habits", past + n * datetime.timedelta(days=1), EXAMPLES["daily-habits"] | {"mood": 5})

    with django_assert_num_queries(10):
        response = signed_in.get(url)
    assert "over 19 scores" in read(response.content)[1]
