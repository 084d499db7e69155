"""Every page, on a 360px phone, as the person who uses it: no serious or
critical axe-core violations, and nothing wider than the screen.

The demo data (`manage.py seed_demo`) gives each role an account; each test
signs in through the real sign-in form in a fresh browser context.
"""

import os
import time
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.browser.pages import assert_fits_and_is_accessible

PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-pass-2026")  # what seed_demo sets
CLIENT = "client@demo.test"
CLINICIAN = "clinician@demo.test"
ADMIN = "admin@demo.test"

pytestmark = pytest.mark.slow


def _path(page) -> str:
    return urlsplit(page.url).path


def open_page(page, live_server, path: str) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.ok, f"{path} answered {response and response.status}"
    assert _path(page) == path, f"{path} redirected to {page.url}"


def sign_in(page, live_server, email: str) -> None:
    open_page(page, live_server, reverse("account_login"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_login"))


def confirm_password_if_asked(page) -> None:
    """allauth asks for the password again before two-factor changes."""
    if _path(page) == reverse("account_reauthenticate"):
        page.get_by_label("Your password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Continue").click()
        page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_reauthenticate"))


def test_sign_in_page(demo, live_server, phone, axe_source):
    open_page(phone, live_server, reverse("account_login"))

    assert_fits_and_is_accessible(phone, axe_source)


def test_sign_in_page_after_a_wrong_password(demo, live_server, phone, axe_source):
    open_page(phone, live_server, reverse("account_login"))
    phone.get_by_label("Email").fill(CLIENT)
    phone.get_by_label("Password", exact=True).fill("not-the-password")
    phone.get_by_role("button", name="Sign in").click()

    phone.get_by_role("alert").wait_for()
    assert_fits_and_is_accessible(phone, axe_source)


def test_password_reset_page(demo, live_server, phone, axe_source):
    open_page(phone, live_server, reverse("account_reset_password"))

    assert_fits_and_is_accessible(phone, axe_source)


@pytest.mark.parametrize(
    ("email", "url_name"),
    [
        (CLIENT, "clients:today"),
        (CLIENT, "clients:preferences"),
        (CLIENT, "clients:progress"),
        (CLIENT, "clients:offline"),
        (CLIENT, "account_logout"),
        (CLINICIAN, "clinicians:caseload"),
        (CLINICIAN, "clinicians:client_invite"),
        (ADMIN, "practices:clinicians"),
        (ADMIN, "practices:settings"),
        (ADMIN, "mfa_index"),
    ],
)
def test_signed_in_page(demo, live_server, phone, axe_source, email, url_name):
    sign_in(phone, live_server, email)

    open_page(phone, live_server, reverse(url_name))

    assert_fits_and_is_accessible(phone, axe_source)


def test_client_detail_page(demo, live_server, phone, axe_source):
    from clients.models import Client

    client = Client.objects.get(user__email=CLIENT)
    sign_in(phone, live_server, CLINICIAN)

    open_page(phone, live_server, reverse("clinicians:client_detail", args=[client.pk]))

    assert_fits_and_is_accessible(phone, axe_source)


def test_invite_form_submitted_empty(demo, live_server, phone, axe_source):
    sign_in(phone, live_server, CLINICIAN)
    open_page(phone, live_server, reverse("clinicians:client_invite"))

    phone.get_by_role("button", name="Send invitation").click()

    phone.locator(".field__error").first.wait_for()
    email = phone.get_by_label("Email address")
    assert email.get_attribute("aria-invalid") == "true"
    assert "_error" in (email.get_attribute("aria-describedby") or "")
    assert_fits_and_is_accessible(phone, axe_source)


def test_authenticator_app_activation(demo, live_server, phone, axe_source):
    sign_in(phone, live_server, ADMIN)
    activate = reverse("mfa_activate_totp")
    phone.goto(live_server.url + activate)

    # First allauth asks for the password again: that page must be fine too.
    if _path(phone) == reverse("account_reauthenticate"):
        assert_fits_and_is_accessible(phone, axe_source)
        confirm_password_if_asked(phone)
    assert _path(phone) == activate
    phone.get_by_role("img", name="QR code").wait_for()
    assert_fits_and_is_accessible(phone, axe_source)

    phone.get_by_role("button", name="Turn on").click()  # with no code
    phone.locator(".field__error").first.wait_for()
    assert_fits_and_is_accessible(phone, axe_source)


def test_two_factor_sign_in_and_recovery_codes(demo, live_server, phone, axe_source):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

    from accounts.models import User

    user = User.objects.get(email=CLINICIAN)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)

    sign_in(phone, live_server, CLINICIAN)
    assert _path(phone) == reverse("mfa_authenticate")
    assert_fits_and_is_accessible(phone, axe_source)

    if time.time() % 30 > 27:  # do not type a code that expires on the way
        time.sleep(4)
    phone.get_by_label("Code").fill(format_hotp_value(hotp_value(secret, int(time.time()) // 30)))
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(lambda url: urlsplit(url).path != reverse("mfa_authenticate"))

    phone.goto(live_server.url + reverse("mfa_view_recovery_codes"))
    confirm_password_if_asked(phone)
    assert _path(phone) == reverse("mfa_view_recovery_codes")
    assert_fits_and_is_accessible(phone, axe_source)
