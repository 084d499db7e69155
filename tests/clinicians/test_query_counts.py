"""Every dashboard page costs the same number of queries however much data there is:
the caseload at 5 and at 200 clients, the others as their lists grow."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.services import comment_add, discussion_flag_set
from tests.factories import client_of

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.fixture
def grow(clinician, give, submit, risky_phq9):
    """Add ``n`` clients to the caseload, each with a little of everything a row shows."""

    def more(n: int) -> None:
        past = timezone.now() - datetime.timedelta(days=3)
        for number in range(n):
            someone = client_of(clinician)
            submit(give("phq-9", client=someone, due_at=past), risky_phq9 if number % 3 == 0 else None)
            submit(give("gad-7", client=someone, due_at=past))
            give("acceptance", client=someone, due_at=past)
            habit = give("daily-habits", client=someone, recurrence="daily", occurrences=3, due_at=past)
            submit(habit)
            comment_add(assignment=habit, author=clinician.user, body="Thanks")

    return more


def test_the_caseload_costs_the_same_at_5_and_at_200_clients(client, clinician, grow, django_assert_num_queries):
    client.force_login(clinician.user)
    url = reverse("clinicians:caseload")
    grow(4)  # and the usual client, Alex: 5
    # 1 user with the practice (the session comes from the cache), 2 the clinician's time zone with the menu's
    # counts (open alerts, awaiting review), 3 the annotated caseload, 4 its care teams, 5 the weekly tallies for
    # the sparklines
    with django_assert_num_queries(5):
        response = client.get(url)
    assert len(response.context["table"].rows) == 5

    grow(195)

    with django_assert_num_queries(5):
        response = client.get(url + "?sort=phq9&show=risk")
    assert response.context["table"].total == 200
    assert len(response.context["table"].rows) == 67


def test_the_review_queue_costs_the_same_as_it_grows(client, clinician, grow):
    client.force_login(clinician.user)
    url = reverse("clinicians:review_queue")
    grow(2)
    small = queries(client, url)

    grow(20)

    assert queries(client, url) == small


def test_the_alerts_page_costs_the_same_as_it_grows(client, clinician, grow):
    client.force_login(clinician.user)
    url = reverse("clinicians:alerts")
    grow(1)
    small = queries(client, url)

    grow(12)

    assert queries(client, url) == small


@pytest.fixture
def history(clinician, client_profile, give, submit, risky_phq9):
    """More of the usual client's history: submissions, reviews, comments, flags and alerts."""

    def more(n: int) -> None:
        from assignments.services import assignment_review

        past = timezone.now() - datetime.timedelta(days=2)
        for _ in range(n):
            phq = give("phq-9", due_at=past)
            submit(phq, risky_phq9)
            assignment_review(assignment=phq, clinician_user=clinician.user, decision="reviewed", comment="Seen")
            acceptance = give("acceptance", due_at=past)
            submit(acceptance)
            discussion_flag_set(assignment=acceptance, user=client_profile.user, link_id="keeping", flagged=True)
            comment_add(assignment=acceptance, author=client_profile.user, body="Hard one", link_id="keeping")
            habit = give("daily-habits", recurrence="daily", occurrences=4, due_at=past)
            submit(habit, EXAMPLES["daily-habits"] | {"mood": 4})
            give("boundary-plan")

    return more


@pytest.mark.parametrize(
    "url_name", ["clinicians:client_detail", "clinicians:session_prep", "clinicians:client_assign"]
)
def test_the_client_pages_cost_the_same_as_the_history_grows(client, clinician, client_profile, history, url_name):
    client.force_login(clinician.user)
    url = reverse(url_name, args=[client_profile.pk])
    history(1)
    small = queries(client, url)

    history(8)

    assert queries(client, url) == small


def test_the_client_page_with_the_pathway_costs_the_same_as_it_grows(
    client, clinician, client_profile, submit, history
):
    from assignments.pathway import pathway_start

    _, first = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    submit(next(a for a in first if a.pathway_step == "feelings-check-in"))  # a proposed next step
    client.force_login(clinician.user)
    url = reverse("clinicians:client_detail", args=[client_profile.pk])
    small = queries(client, url)

    history(5)

    assert queries(client, url) == small


def test_an_assignment_page_costs_the_same_however_many_comments_and_revisions(
    client, clinician, client_profile, give, submit
):
    from assignments.services import assignment_review

    assignment = give("acceptance")
    submit(assignment)
    client.force_login(clinician.user)
    url = reverse("clinicians:assignment", args=[assignment.pk])
    small = queries(client, url)
    # User with practice (the session comes from the cache), the header's counts, the assignment, its comments,
    # proposals, submissions, alerts, flags, the next in the queue, the audit row (whose record it is came with
    # the assignment): the changes since the last submission come from the submissions already read.
    assert small == 10

    for n in range(6):
        comment_add(assignment=assignment, author=clinician.user, body=f"Note {n}", link_id="keeping")
        comment_add(assignment=assignment, author=client_profile.user, body=f"Reply {n}")
        assignment_review(assignment=assignment, clinician_user=clinician.user, decision="revise", comment="Again")
        assignment.refresh_from_db()
        submit(assignment, EXAMPLES["acceptance"] | {"keeping": [f"Lesson {n}"]})

    assert queries(client, url) == small
