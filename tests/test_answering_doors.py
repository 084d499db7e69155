"""One answering flow, two doors: the client's portal and a clinician's in-session mode share the form's rows
without JavaScript and the conflict choice, and each test here runs once through each door."""

import json
from dataclasses import dataclass

import pytest
from django.urls import reverse

from tests.factories import drafted

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Door:
    """Where answers are typed, and the exercise with a free-text item each door's tests have always used."""

    namespace: str
    form: str
    resolve: str
    slug: str
    text_item: str

    def url(self, name: str, assignment) -> str:
        return reverse(f"{self.namespace}:{getattr(self, name)}", args=[assignment.pk])


DOORS = {
    "portal": Door("clients", "assignment", "assignment_resolve", "validity-analysis", "self_story"),
    "in_session": Door("clinicians", "in_session", "in_session_resolve", "feelings-check-in", "what_happened"),
}


@pytest.fixture(params=list(DOORS))
def door(request, client, client_profile, clinician) -> Door:
    """The test client signed in at the door: the client in their portal, or their clinician in a session."""
    client.force_login(client_profile.user if request.param == "portal" else clinician.user)
    return DOORS[request.param]


def stored(assignment):
    assignment.refresh_from_db()
    return assignment.response.answers, assignment.response.version


def test_rows_are_added_and_removed_without_javascript(door, client, give):
    goals = give("growth-goals")

    added = client.post(door.url("form", goals), {"a:goals/0/goal": "One", "version": "0", "action": "add:goals"})
    page = client.get(added["Location"].split("#")[0]).content.decode()
    removed = client.post(
        door.url("form", goals),
        {"a:goals/0/goal": "One", "a:goals/1/goal": "Two", "version": "1", "action": "remove:goals/0"},
    )

    assert added["Location"].startswith(door.url("form", goals) + "?add=goals")
    assert 'name="a:goals/1/goal"' in page
    assert removed.status_code == 302
    assert stored(goals)[0] == {"goals": [{"goal": "Two"}]}


def test_a_resolution_against_a_newer_save_asks_again(door, client, give):
    assignment, item = give(door.slug), door.text_item
    drafted(assignment, {item: "One"})
    drafted(assignment, {item: "Two"})

    response = client.post(door.url("resolve", assignment), {"mine": json.dumps({item: "Mine"}), "version": "1"})

    assert response.status_code == 409 and "Two" in response.content.decode()
    assert stored(assignment) == ({item: "Two"}, 2)
