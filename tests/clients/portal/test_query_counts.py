"""Today and an assignment's page cost the same queries however much the client has."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments.services import comment_add
from tests.clients.portal.pages import url
from tests.factories import drafted

pytestmark = pytest.mark.django_db


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_today_costs_the_same_queries_for_5_and_50_assignments(signed_in, clinician, give):
    def add(n):
        for i in range(n):
            a = give("feelings-check-in", due_at=timezone.now() + datetime.timedelta(hours=i - 3))
            if i % 3 == 0:
                drafted(a, {"intensity": 3})
            if i % 4 == 0:
                comment_add(assignment=a, author=clinician.user, body="A thought")

    add(5)
    few = _queries(signed_in, reverse("clients:today"))
    add(45)
    many = _queries(signed_in, reverse("clients:today"))

    # user with practice (the session comes from the cache), client profile, safety plan (footer), assignments,
    # their comments
    assert few == many == 5


def test_the_assignment_page_costs_the_same_queries_however_much_it_holds(signed_in, clinician, give):
    goals = give("growth-goals")
    for _ in range(5):
        give("phq-9")
    few = _queries(signed_in, url("assignment", goals))

    for n in range(20):
        comment_add(assignment=goals, author=clinician.user, body=f"Comment {n}", link_id="goals" if n % 2 else "")
        give("gad-7")
    answers = {"goals": [{"goal": f"Goal {n}", "further_steps": ["a", "b"]} for n in range(3)]}
    drafted(goals, answers)
    many = _queries(signed_in, url("assignment", goals))

    # user with practice (the session comes from the cache), assignment (with template, response, client),
    # comments, proposals, discuss marks, safety plan (footer); the audit trail's row (whose record it is came
    # with the assignment)
    assert few == many == 7
