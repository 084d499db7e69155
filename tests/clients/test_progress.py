"""The client's own progress page: their measures, mood and daily-habits streak, in plain words."""

import datetime

import pytest
from django.urls import reverse
from django.utils.html import escape

from assignments.library import EXAMPLES
from clients.portal import habit_streak
from tests.factories import submitted

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("days_ago", "streak"),
    [([], 0), ([0], 1), ([1], 1), ([0, 1, 2], 3), ([1, 2, 3], 3), ([0, 2, 3], 1), ([2, 3], 0)],
)
def test_the_streak_counts_days_in_a_row_ending_today_or_yesterday(days_ago, streak):
    days = [TODAY - datetime.timedelta(days=n) for n in days_ago]
    assert habit_streak(days, today=TODAY) == streak


def test_a_client_sees_their_own_charts_with_a_text_alternative(client, client_profile, give):
    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)} | {"phq9_9": "0"})
    submitted(give("daily-habits"), EXAMPLES["daily-habits"] | {"mood": 6})
    client.force_login(client_profile.user)

    page = client.get(reverse("clients:progress")).content.decode()

    assert "My progress" in page and "<svg" in page
    assert "The numbers" in page  # the data table behind each chart
    assert "in a row" in page or "No streak right now" in page


def test_an_empty_progress_page_explains_what_will_appear(client, client_profile):
    client.force_login(client_profile.user)

    page = client.get(reverse("clients:progress")).content.decode()

    assert "will show here" in page and "<svg" not in page


@pytest.mark.parametrize("who", ["clinician", "practice_admin"])
def test_only_clients_have_a_progress_page(client, request, who):
    user = request.getfixturevalue(who)
    client.force_login(getattr(user, "user", user))

    assert client.get(reverse("clients:progress")).status_code == 403


def test_the_progress_page_costs_the_same_queries_with_more_history(
    client, client_profile, give, django_assert_max_num_queries
):
    client.force_login(client_profile.user)
    for _ in range(2):
        submitted(give("gad-7"))
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("clients:progress"))
    for _ in range(10):
        submitted(give("gad-7"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(reverse("clients:progress")).status_code == 200


def test_a_client_sees_what_they_expected_beside_what_they_heard(client, client_profile, other_client_profile, give):
    from assignments.models import FollowUp
    from tests.assignments.followup_helpers import PLAN, answer, local, plan_to_ask, sweep_at

    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    heard = {"asked": "yes", "what_they_said": "That my work was careful but slow to start.", "compared": "better",
             "felt_afterwards": 6, "taking_forward": "Start sooner."}  # fmt: skip
    answer(FollowUp.objects.get(), heard, local("Europe/London", 2026, 4, 15, 12, 0))
    client.force_login(client_profile.user)

    page = client.get(reverse("clients:progress")).content.decode()

    assert "What you expected, and what happened" in page
    assert escape(PLAN["predicted_reaction"]) in page and escape(heard["what_they_said"]) in page
    assert "Planned for 14 April 2026" in page

    client.force_login(other_client_profile.user)
    assert "What you expected" not in client.get(reverse("clients:progress")).content.decode()
