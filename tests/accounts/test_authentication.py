import pytest
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def test_a_clinician_signs_in_with_email_and_lands_on_the_caseload(client, clinician):
    response = client.post(LOGIN, {"login": clinician.user.email.upper(), "password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("clinicians:caseload")
    assert response.context["user"] == clinician.user


def test_a_wrong_password_is_a_form_error(client, clinician):
    response = client.post(LOGIN, {"login": clinician.user.email, "password": "not it"})

    assert response.status_code == 200
    assert "not correct" in str(response.context["form"].errors)
    assert "_auth_user_id" not in client.session


def test_signing_out_ends_the_session(client, client_profile):
    client.force_login(client_profile.user)

    response = client.post("/accounts/logout/")

    assert response.status_code == 302
    assert client.get(reverse("clients:today")).status_code == 302


def test_repeated_failed_logins_are_rate_limited_even_with_the_right_password_afterwards(client, clinician):
    for _ in range(5):
        client.post(LOGIN, {"login": clinician.user.email, "password": "guess"})

    response = client.post(LOGIN, {"login": clinician.user.email, "password": PASSWORD})

    assert "_auth_user_id" not in client.session
    assert response.status_code == 429
    assert b"Too many failed login attempts" in response.content


def test_there_is_no_open_sign_up(client, db):
    response = client.post("/accounts/signup/", {"email": "me@example.test", "password1": "x" * 12})

    assert b"made by invitation" in response.content
    from accounts.models import User

    assert not User.objects.filter(email="me@example.test").exists()


def test_an_unverified_email_cannot_sign_in(client, practice):
    from allauth.account.models import EmailAddress

    user = UserFactory(practice=practice, role="client")
    EmailAddress.objects.filter(user=user).update(verified=False)

    client.post(LOGIN, {"login": user.email, "password": PASSWORD})

    assert "_auth_user_id" not in client.session


def test_password_reset_mails_only_a_known_address_and_says_the_same_for_an_unknown_one(client, clinician):
    from django.core import mail

    known = client.post("/accounts/password/reset/", {"email": clinician.user.email})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.test"})

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    # Sign-up is closed, so an unknown address gets no mail at all (not an invitation to sign up).
    assert [m.to for m in mail.outbox] == [[clinician.user.email]]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_login_with_a_malformed_email_is_a_form_error_not_a_500(client, db):
    response = client.post(LOGIN, {"login": "@@@" + "x" * 400, "password": "x"})

    assert response.status_code == 200
    assert response.context["form"].errors
