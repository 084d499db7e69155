"""Autosave, the page's script: a new version each save, conflicts as a 409 with the choice, never after sending."""

import pytest

from tests.clients.portal.pages import VALIDITY_START, stored, url
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db


def test_autosave_saves_and_answers_with_the_new_version(signed_in, validity):
    response = signed_in.post(url("assignment_autosave", validity), VALIDITY_START | {"version": "0"})

    assert response.status_code == 200
    assert response.json()["version"] == 1 and ":" in response.json()["saved_at"]
    assert stored(validity)[0]["reason_stated"] == "Not enough exampl"


def test_autosave_after_another_device_saved_answers_409_with_the_choice(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})

    response = signed_in.post(url("assignment_autosave", validity), {"a:self_story": "Laptop", "version": "0"})

    assert response.status_code == 409
    body = response.json()
    assert body["conflict"] is True and body["version"] == 1
    assert "Phone" in body["html"] and "Laptop" in body["html"]


def test_autosave_with_the_same_answers_as_elsewhere_is_no_conflict(signed_in, validity):
    drafted(validity, {"self_story": "Same"})

    response = signed_in.post(url("assignment_autosave", validity), {"a:self_story": "Same", "version": "0"})

    assert response.status_code == 200 and response.json()["version"] == 1


def test_autosave_of_a_sent_assignment_is_refused_kindly(signed_in, validity):
    submitted(validity)

    response = signed_in.post(url("assignment_autosave", validity), {"a:self_story": "More", "version": "1"})

    assert response.status_code == 409 and "already been sent" in response.json()["message"]


def test_autosave_only_accepts_posts(signed_in, validity):
    assert signed_in.get(url("assignment_autosave", validity)).status_code == 405
