"""A sign-in a rate limit refused answers 429 with Retry-After, on the web pages and the app API, and
the wait it names is the real one: before it the next attempt is refused, after it the right password works."""

import datetime

import pytest
import time_machine
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
APP_LOGIN = "/_allauth/app/v1/auth/login"
APP_2FA = "/_allauth/app/v1/auth/2fa/authenticate"
START = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def _web_login(client, email, password, **extra):
    return client.post(LOGIN, {"login": email, "password": password}, **extra)


def _app_login(client, email, password):
    return client.post(APP_LOGIN, {"email": email, "password": password}, content_type="application/json")


def test_a_wrong_password_is_not_a_throttle(client, clinician):
    response = _web_login(client, clinician.user.email, "not it")

    assert response.status_code == 200 and not response.has_header("Retry-After")


def test_after_five_failures_on_one_account_the_web_login_answers_429_until_the_window_passes(client, clinician, clock):
    for minute in range(5):
        clock.move_to(START + datetime.timedelta(seconds=30 * minute))
        _web_login(client, clinician.user.email, "guess")
    clock.move_to(START + datetime.timedelta(seconds=150))

    refused = _web_login(client, clinician.user.email, PASSWORD)

    assert refused.status_code == 429
    assert b"Too many failed login attempts" in refused.content  # the page still says why, in the form
    wait = int(refused["Retry-After"])
    assert wait == 150  # the first failure (at 0 s) leaves the 300 s window at 300 s
    assert "_auth_user_id" not in client.session

    clock.move_to(START + datetime.timedelta(seconds=150 + wait - 2))
    assert _web_login(client, clinician.user.email, PASSWORD).status_code == 429
    clock.move_to(START + datetime.timedelta(seconds=150 + wait + 1))
    assert _web_login(client, clinician.user.email, PASSWORD).status_code == 302
    assert "_auth_user_id" in client.session


def test_ten_failures_from_one_address_throttle_it_for_about_a_minute_whatever_account_it_tries(
    client, clinician, clock
):
    for n in range(10):
        _web_login(client, f"nobody{n}@example.test", "guess")

    refused = _web_login(client, clinician.user.email, PASSWORD)

    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60


def test_the_app_api_answers_429_with_retry_after_and_keeps_its_error_body(client, clinician, clock):
    for _ in range(5):
        assert _app_login(client, clinician.user.email, "guess").status_code == 400

    refused = _app_login(client, clinician.user.email, PASSWORD)

    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 300
    body = refused.json()
    assert body["status"] == 429
    assert [error["code"] for error in body["errors"]] == ["too_many_login_attempts"]
    assert "session_token" not in body.get("meta", {})


def test_a_flood_of_sign_in_requests_gets_allauths_429_with_retry_after(client, clinician, settings, clock):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "2/m/ip"}
    for _ in range(2):
        client.post(LOGIN, {"login": clinician.user.email, "password": PASSWORD})
        client.logout()
    clock.move_to(START + datetime.timedelta(seconds=20))

    refused = client.post(LOGIN, {"login": clinician.user.email, "password": PASSWORD})

    assert refused.status_code == 429 and int(refused["Retry-After"]) == 40


def test_wrong_two_factor_codes_are_throttled_with_429_too(client, clinician, clock):
    TOTP.activate(clinician.user, generate_totp_secret())
    pending = _app_login(client, clinician.user.email, PASSWORD)
    token = pending.json()["meta"]["session_token"]

    answers = [
        client.post(APP_2FA, {"code": "000000"}, content_type="application/json", HTTP_X_SESSION_TOKEN=token)
        for _ in range(6)
    ]

    assert [a.status_code for a in answers[:5]] == [400] * 5
    assert answers[5].status_code == 429
    assert 1 <= int(answers[5]["Retry-After"]) <= 300
