"""Weekly progress summaries: due at the clinician's chosen local time, built once, every figure right."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.models import Assignment
from assignments.services import assignment_create, discussion_flag_set
from clients.models import Client
from clinicians import summaries
from clinicians import tasks as summary_tasks
from clinicians.models import WeeklySummary
from notifications.models import Notification
from notifications.services import relay
from tests.factories import client_of, submitted

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=LONDON)


def phq9(total: int, item9: int = 0) -> dict:
    scores, rest = [], total - item9
    for _ in range(8):
        scores.append(min(3, rest))
        rest -= scores[-1]
    return {f"phq9_{n}": str(score) for n, score in enumerate([*scores, item9], start=1)}


def gad7(total: int) -> dict:
    scores, rest = [], total
    for _ in range(7):
        scores.append(min(3, rest))
        rest -= scores[-1]
    return {f"gad7_{n}": str(score) for n, score in enumerate(scores, start=1)}


def habit(mood: int, rumination: int) -> dict:
    return EXAMPLES["daily-habits"] | {"mood": mood, "rumination": rumination}


class Week:
    """Alex's fortnight, for a clinician whose summary is due on Mondays at 08:00 London time.

    The summary of Monday 16 November covers 9 Nov 08:00 to 16 Nov 08:00; the week before starts 2 Nov 08:00.
    """

    end = at(2026, 11, 16, 8, 0)

    def __init__(self, clinician, client_profile, template):
        self.clinician, self.client = clinician, client_profile
        self.template = template
        with time_machine.travel(at(2026, 11, 1, 9, 0), tick=False):
            client_profile.created_at = at(2026, 10, 1, 9, 0)
            client_profile.save(update_fields=["created_at"])

    def give(self, slug: str, due: datetime.datetime, **options) -> list[Assignment]:
        with time_machine.travel(at(2026, 11, 1, 9, 0), tick=False):
            return assignment_create(
                clinician_user=self.clinician.user,
                client=self.client,
                template=self.template(slug),
                due_at=due,
                **options,
            )

    def send(self, assignment: Assignment, answers: dict, when: datetime.datetime):
        with time_machine.travel(when, tick=False):
            return submitted(assignment, answers)


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


def build(clinician) -> dict:
    with time_machine.travel(Week.end, tick=False):
        return summaries.build_summary_data(
            clinician=clinician, period_start=Week.end - summaries.WEEK, period_end=Week.end
        )


def test_the_summary_gives_every_figure_for_each_client(week, blair, clinician, other_client_profile):
    data = build(clinician)

    assert [row["name"] for row in data["clients"]] == ["Alex", "Blair Quinn"]  # open alert first
    alex, quinn = data["clients"]
    # Due 9–16 Nov: check-ins on the 9th, 10th (done) and 11th (not), the PHQ-9 and the acceptance exercise (done).
    assert alex["adherence"] == {"assigned": 5, "completed": 4, "previous_assigned": 4, "previous_completed": 4}
    assert alex["measures"]["phq9"] == {
        "latest": 12,
        "band": "Moderate",
        "band_code": "moderate",
        "previous": 16,
        "previous_band": "Moderately severe",
        "change": -4,
        "band_move": "better",
    }
    assert alex["measures"]["gad7"] is None  # no GAD-7 this week
    assert alex["mood"] == {"average": 5.0, "previous_average": 2.5, "direction": "up", "entries": 2}
    assert alex["rumination"] == {"average": 5.0, "previous_average": 7.5, "direction": "down", "entries": 2}
    assert alex["open_alerts"] == 1
    assert alex["awaiting_review"] == 8  # all eight submissions of the fortnight, none reviewed yet
    assert len(alex["discuss"]) == 1
    assert alex["dropout_risk_since"] is None
    assert alex["initials"] == "A"

    assert quinn["adherence"] == {"assigned": 0, "completed": 0, "previous_assigned": 0, "previous_completed": 0}
    assert quinn["measures"] == {"phq9": None, "gad7": None}
    assert quinn["mood"] is None
    assert quinn["dropout_risk_since"] == "2026-11-10"
    assert quinn["initials"] == "BQ"

    assert data["totals"] == {
        "clients": 2,
        "assigned": 5,
        "completed": 4,
        "previous_assigned": 4,
        "previous_completed": 4,
        "open_alerts": 1,
        "awaiting_review": 8,
        "dropout_risk": 1,
        "discuss": 1,
        "bands_better": 1,
        "bands_worse": 0,
    }


def test_the_discussion_item_is_named_by_its_question(week, clinician, template):
    (alex,) = build(clinician)["clients"]
    items = {item["linkId"]: item for item in template("acceptance").current_version.items}

    assert [d["question"] for d in alex["discuss"]] == [items["what_happened"]["text"]]


def test_a_band_getting_worse_puts_the_client_among_those_needing_attention(week, blair, clinician):
    (gad_now,) = week.give("gad-7", at(2026, 11, 14, 20, 0))
    week.send(gad_now, gad7(15), at(2026, 11, 14, 10, 0))

    alex = build(clinician)["clients"][0]

    assert alex["measures"]["gad7"]["band_move"] == "worse"
    assert alex["measures"]["gad7"]["band"] == "Severe"
    assert summaries.needs_attention(alex)


def test_building_costs_the_same_queries_for_one_client_or_twenty(week, clinician, django_assert_num_queries):
    with django_assert_num_queries(8) as few:
        build(clinician)
    for n in range(19):
        client_of(clinician, display_name=f"Client {n}")
    with django_assert_num_queries(len(few.captured_queries)):
        assert len(build(clinician)["clients"]) == 20


# --- When it is due --------------------------------------------------------------------------------------------


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


@pytest.fixture
def sweep_at(django_capture_on_commit_callbacks):
    """Sweep at a moment, running the build tasks it publishes (eagerly, as the tests' Celery does)."""

    def sweep(moment: datetime.datetime) -> int:
        with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
            return summary_tasks.sweep()

    return sweep


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


def summary_emails() -> list:
    return [email for email in mail.outbox if "weekly summary" in email.subject]


# --- The email -------------------------------------------------------------------------------------------------


def email_for(clinician, detail: str):
    practice = clinician.user.practice
    practice.summary_email_detail = detail
    practice.save(update_fields=["summary_email_detail"])
    with time_machine.travel(Week.end, tick=False):
        summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)
        relay()
    (email,) = summary_emails()
    html = email.alternatives[0][0] if email.alternatives else ""
    return email, html


@pytest.mark.parametrize("detail", ["link_only", "counts", "initials"])
def test_the_email_comes_as_text_and_html_and_never_names_a_client_or_quotes_an_answer(week, blair, clinician, detail):
    email, html = email_for(clinician, detail)

    assert email.alternatives[0][1] == "text/html"
    assert "/clinician/summaries/" in email.body and "/clinician/summaries/" in html
    assert "/clinician/settings/" in email.body and "/clinician/settings/" in html
    for text in (email.subject + email.body, html):
        assert "9 November to 16 November 2026" in text
        for private in ("Alex", "Blair", "Quinn", EXAMPLES["acceptance"]["what_happened"][:30], "Moderately"):
            assert private not in text


def test_counts_only_emails_carry_the_caseload_figures(week, blair, clinician):
    email, html = email_for(clinician, "counts")

    assert "Exercises completed: 4 of 5 (the week before: 4 of 4)" in email.body
    assert "Open risk alerts: 1" in email.body
    assert "At risk of dropping out: 1" in email.body
    assert "PHQ-9 / GAD-7 band changes: 1 better, 0 worse" in email.body
    assert "<strong>4 of 5</strong>" in html


def test_link_only_emails_carry_no_figures(week, blair, clinician):
    email, html = email_for(clinician, "link_only")

    assert "Exercises completed" not in email.body
    assert "risk" not in email.body.lower()
    assert "Exercises completed" not in html


def test_initials_emails_list_clients_by_initials_and_band(week, blair, clinician):
    email, html = email_for(clinician, "initials")

    assert "A: 4 of 5 done; PHQ-9 moderate; open alert" in email.body
    assert "BQ: 0 of 0 done; may be dropping out" in email.body
    assert '<td style="padding: 4px 12px 4px 0;">BQ</td>' in html


def test_a_clinician_who_turned_off_emails_still_gets_the_summary_in_the_dashboard(week, clinician):
    clinician.email_notifications = False
    clinician.save(update_fields=["email_notifications"])
    with time_machine.travel(Week.end, tick=False):
        summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)

    assert WeeklySummary.objects.filter(clinician=clinician).count() == 1
    assert not Notification.objects.filter(kind=Notification.Kind.WEEKLY_SUMMARY).exists()


# --- In the dashboard --------------------------------------------------------------------------------------------


@pytest.fixture
def stored(week, blair, clinician):
    with time_machine.travel(Week.end, tick=False):
        return summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)


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
