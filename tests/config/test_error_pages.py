"""Every error page is in the product's layout, says what happened in plain words and gives a way back; a
client's carries the crisis panel. Tests run with DEBUG off, as production does."""

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return response.content.decode()


def test_a_missing_page_for_a_client_is_the_products_404_with_the_crisis_panel(client, client_profile):
    client.force_login(client_profile.user)

    response = client.get("/no-such-page/")

    text = _text(response)
    assert response.status_code == 404
    assert "We can’t find that page" in text and 'class="site-header"' in text
    assert "Go to my home page" in text and client_profile.user.email in text
    assert 'id="crisis"' in text  # the client's crisis panel, as on every page of theirs
    assert "Not Found" not in text


def test_a_page_for_another_role_is_a_403_that_says_whose_it_is(client, client_profile, clinician):
    client.force_login(client_profile.user)
    response = client.get("/clinician/")
    assert response.status_code == 403
    assert "This page is not part of your account" in _text(response)
    assert "ask your clinician" in _text(response) and 'id="crisis"' in _text(response)

    client.force_login(clinician.user)
    response = client.get("/practice/")
    assert response.status_code == 403 and "ask your practice’s admin" in _text(response)
    assert 'id="crisis"' not in _text(response)  # staff see no client crisis panel


def test_a_failure_is_a_500_page_with_the_crisis_lines_and_no_detail():
    browser = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF="tests.config.error_urls"):
        response = browser.get("/fails/")
        api = browser.get("/api/v1/fails/")

    text = _text(response)
    assert response.status_code == 500
    assert "Something went wrong on our side" in text and "Nothing you sent was half-saved" in text
    assert "Samaritans" in text and "RuntimeError" not in text and "must not show" not in text
    assert 'href="/"' in text  # a way back
    assert api.status_code == 500 and api["Content-Type"] == "application/json"


def test_a_bad_request_and_a_too_large_one_are_explained():
    browser = Client()
    response = browser.get("/", headers={"host": "not-allowed.example"})
    assert response.status_code == 400 and "We could not read that request" in _text(response)

    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100):
        response = browser.post("/accounts/login/", {"login": "x" * 500, "password": "y"})
    assert response.status_code == 413 and "more than we can take at once" in _text(response)


def test_a_stale_form_is_a_friendly_403_that_says_the_draft_is_kept(client_profile):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(client_profile.user)

    response = browser.post("/portal/preferences/", {"time_zone": "Europe/London"})
    api = browser.post("/api/v1/pathways", {}, content_type="application/json")

    assert response.status_code == 403
    assert "Please try that again" in _text(response) and "kept as a draft" in _text(response)
    assert 'id="crisis"' in _text(response)
    # The API's own check (DRF's, for a cookie session) answers in JSON, never with the HTML page.
    assert api.status_code == 403 and api.json()["detail"].startswith("CSRF Failed")


def test_if_the_500_page_itself_fails_a_plain_one_still_says_what_happened(monkeypatch):
    from config import errors

    def broken(name):
        raise RuntimeError("template storage unreadable")

    monkeypatch.setattr(errors.loader, "get_template", broken)
    with override_settings(ROOT_URLCONF="tests.config.error_urls"):
        response = Client(raise_request_exception=False).get("/fails/")

    assert response.status_code == 500
    assert "Something went wrong on our side" in _text(response) and "emergency number" in _text(response)
