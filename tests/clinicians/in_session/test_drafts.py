"""Drafts in session: the clinician's, saved with or without the page's script, and a save on the client's phone
meanwhile a conflict to choose from, never an overwrite."""

import json

import pytest

from tests.clinicians.in_session.pages import START, S, authors, stored, url
from tests.factories import drafted

pytestmark = pytest.mark.django_db


def test_a_draft_saved_in_session_is_the_clinicians(signed_in, clinician, check_in):
    response = signed_in.post(url("in_session", check_in), START | {"version": "0", "action": "save"})

    assert response.status_code == 302 and response["Location"] == url("in_session", check_in)
    assert stored(check_in) == ({"what_happened": "She said no on Sunday.", "intensity": 7}, 1)
    assert check_in.status == S.IN_PROGRESS and not check_in.completed_in_session
    assert authors(check_in) == [("draft", clinician.user.pk)]
    page = signed_in.get(url("in_session", check_in)).content.decode()
    assert "She said no on Sunday.</textarea>" in page and 'name="version" value="1"' in page
    assert "You, in session" in page  # who saved it


def test_autosave_in_session_answers_with_the_new_version(signed_in, clinician, check_in):
    response = signed_in.post(url("in_session_autosave", check_in), START | {"version": "0"})

    assert response.status_code == 200
    assert response.json()["version"] == 1 and ":" in response.json()["saved_at"]
    again = signed_in.post(url("in_session_autosave", check_in), START | {"version": "1"})
    assert again.json() | {"saved_at": ""} == {"version": 1, "saved_at": "", "unchanged": True}
    assert authors(check_in) == [("draft", clinician.user.pk)]


def test_a_save_on_the_clients_phone_meanwhile_is_a_conflict_not_an_overwrite(signed_in, check_in):
    drafted(check_in, {"what_happened": "From my phone"})

    plain = signed_in.post(url("in_session", check_in), {"a:what_happened": "On the shared screen", "version": "0"})
    scripted = signed_in.post(url("in_session_autosave", check_in), {"a:what_happened": "Typed", "version": "0"})

    assert plain.status_code == 409
    page = plain.content.decode()
    assert "From my phone" in page and "On the shared screen" in page and "In session with Alex" in page
    assert f'action="{url("in_session_resolve", check_in)}"' in page
    assert scripted.status_code == 409
    body = scripted.json()
    assert body["conflict"] is True and body["version"] == 1
    assert "From my phone" in body["html"] and url("in_session_resolve", check_in) in body["html"]
    assert stored(check_in) == ({"what_happened": "From my phone"}, 1)


def test_choosing_after_a_conflict_in_session_keeps_both_versions(signed_in, clinician, client_profile, check_in):
    drafted(check_in, {"what_happened": "Phone"})
    mine = {"what_happened": "Screen", "intensity": 4}

    response = signed_in.post(
        url("in_session_resolve", check_in),
        {"mine": json.dumps(mine), "version": "1", "pick:what_happened": "theirs"},
    )

    assert response.status_code == 302 and response["Location"] == url("in_session", check_in)
    assert stored(check_in) == ({"what_happened": "Phone", "intensity": 4}, 3)
    assert authors(check_in) == [
        ("draft", client_profile.user.pk),
        ("draft", clinician.user.pk),  # this screen's version, kept in the history
        ("draft", clinician.user.pk),
    ]


@pytest.mark.parametrize("mine", ["", "not json", "[1, 2]", json.dumps({"nope": 1})])
def test_a_broken_resolution_never_fails_badly(signed_in, check_in, mine):
    response = signed_in.post(url("in_session_resolve", check_in), {"mine": mine, "version": "0"})

    assert response.status_code in (302, 409)
