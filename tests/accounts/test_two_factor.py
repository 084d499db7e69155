"""Two-factor authentication: required for clinicians and admins where the
practice says so, and with no way around it (pages, the Django admin, the API)."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

ACTIVATE = "/accounts/2fa/totp/activate/"
APP_LOGIN = "/_allauth/app/v1/auth/login"
APP_2FA = "/_allauth/app/v1/auth/2fa/authenticate"


def current_code(secret: str) -> str:
    counters = list(yield_hotp_counters_from_time())  # now, with the tolerance either side
    counter = counters[len(counters) // 2]
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture(autouse=True)
def _clock_mid_period():
    """Codes are valid for one 30-second period: freeze the clock inside one so a test cannot straddle two."""
    import datetime

    import time_machine

    with time_machine.travel(datetime.datetime(2026, 11, 22, 12, 0, 10, tzinfo=datetime.UTC), tick=False):
        yield


@pytest.fixture
def strict_practice(practice):
    practice.require_mfa = True
    practice.save(update_fields=["require_mfa"])
    return practice


def sign_in_and_confirm_password(client, user) -> None:
    """Sign in, then confirm the password as allauth asks before changing two-factor settings."""
    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert client.get(ACTIVATE).url.startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})


def give_totp(user) -> str:
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/clinician/",
        "/clinician/clients/invite/",
        "/portal/",
        "/practice/",
        "/django-admin/",
    ],
)
def test_a_clinician_without_two_factor_is_sent_to_set_it_up_from_every_page(client, strict_practice, clinician, path):
    client.force_login(clinician.user)

    response = client.get(path)

    assert response.status_code == 302
    assert response.url.startswith(ACTIVATE)


def test_a_practice_admin_without_two_factor_is_sent_to_set_it_up(client, strict_practice, practice_admin):
    client.force_login(practice_admin)

    assert client.get("/practice/settings/").url.startswith(ACTIVATE)


def test_the_setup_page_itself_and_sign_out_stay_open(client, strict_practice, clinician):
    sign_in_and_confirm_password(client, clinician.user)

    assert client.get(ACTIVATE).status_code == 200
    assert client.post("/accounts/logout/").status_code == 302


def test_the_api_refuses_a_session_without_required_two_factor(client, strict_practice, clinician):
    client.force_login(clinician.user)

    response = client.get("/api/v1/me")

    assert response.status_code == 403
    assert response.json()["detail"].startswith("Your practice requires two-factor")


def test_the_api_refuses_an_app_token_without_required_two_factor(client, strict_practice, clinician):
    login = client.post(
        APP_LOGIN, {"email": clinician.user.email, "password": PASSWORD}, content_type="application/json"
    )
    token = login.json()["meta"]["session_token"]

    response = client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=token)

    assert response.status_code == 403


def test_with_two_factor_set_up_the_clinician_gets_in(client, strict_practice, clinician):
    give_totp(clinician.user)
    client.force_login(clinician.user)

    assert client.get("/clinician/").status_code == 200
    assert client.get("/api/v1/me").status_code == 200


def test_setting_up_totp_through_the_page_unlocks_the_caseload(client, strict_practice, clinician):
    sign_in_and_confirm_password(client, clinician.user)
    page = client.get(ACTIVATE)
    secret = page.context["form"].secret

    response = client.post(ACTIVATE, {"code": current_code(secret)})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=clinician.user, type="totp").exists()
    assert Authenticator.objects.filter(user=clinician.user, type="recovery_codes").exists()
    assert client.get("/clinician/").status_code == 200


def test_a_web_login_with_two_factor_asks_for_the_code(client, strict_practice, clinician):
    secret = give_totp(clinician.user)

    first = client.post("/accounts/login/", {"login": clinician.user.email, "password": PASSWORD})
    assert first.url == "/accounts/2fa/authenticate/"
    assert client.get("/clinician/").status_code == 302  # not signed in yet

    second = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert second.status_code == 302
    assert client.get("/clinician/").status_code == 200


def test_a_recovery_code_works_once_in_place_of_the_app(client, strict_practice, clinician):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    give_totp(clinician.user)
    code = RecoveryCodes.activate(clinician.user).get_unused_codes()[0]

    client.post("/accounts/login/", {"login": clinician.user.email, "password": PASSWORD})
    assert client.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    client.logout()
    client.post("/accounts/login/", {"login": clinician.user.email, "password": PASSWORD})
    reused = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert reused.status_code == 200
    assert client.get("/clinician/").status_code == 302


def test_the_app_login_with_two_factor_is_finished_with_the_code(client, strict_practice, clinician):
    secret = give_totp(clinician.user)

    pending = client.post(
        APP_LOGIN, {"email": clinician.user.email, "password": PASSWORD}, content_type="application/json"
    )
    assert pending.status_code == 401
    flows = {flow["id"]: flow for flow in pending.json()["data"]["flows"]}
    assert flows["mfa_authenticate"]["is_pending"]
    pending_token = pending.json()["meta"]["session_token"]
    assert client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=pending_token).status_code == 401

    done = client.post(
        APP_2FA, {"code": current_code(secret)}, content_type="application/json", HTTP_X_SESSION_TOKEN=pending_token
    )
    assert done.status_code == 200
    token = done.json()["meta"]["session_token"]

    me = client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=token)
    assert me.status_code == 200
    assert me.json() == {
        "id": clinician.user.pk,
        "email": clinician.user.email,
        "display_name": "Dr Ana",
        "role": "clinician",
    }


def test_clients_are_not_forced_to_set_up_two_factor(client, strict_practice, client_profile):
    client.force_login(client_profile.user)

    assert client.get(reverse("clients:today")).status_code == 200


def test_a_practice_that_does_not_require_it_lets_clinicians_in_without_it(client, clinician):
    client.force_login(clinician.user)

    assert client.get("/clinician/").status_code == 200
