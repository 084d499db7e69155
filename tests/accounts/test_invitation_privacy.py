"""Inviting an address tells the inviting practice nothing about other practices, and invitations are throttled.

Whether an address has an account in another practice (or a pending invitation there) is answered exactly as
for a new address: the same status, the same page, a client on the caseload whose invitation is not accepted.
Only the address's owner learns more, by email. An address still signs in to one account only.
"""

import datetime

import pytest
import time_machine
from django.contrib.auth import authenticate
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.models import Invitation, User
from accounts.services import invitation_accept
from clients.services import client_invite
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "quiet lantern meadow 42"
START = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=datetime.UTC)


def _page_invite(client, email):
    response = client.post(reverse("clinicians:client_invite"), {"display_name": "Sam", "email": email}, follow=True)
    return response.status_code, [m.message.replace(email.lower(), "<email>") for m in response.context["messages"]]


def test_the_invite_page_answers_an_address_known_elsewhere_exactly_as_a_new_one(
    client, clinician, foreign_client_profile, django_capture_on_commit_callbacks
):
    client.force_login(clinician.user)
    with django_capture_on_commit_callbacks(execute=True):
        new = _page_invite(client, "nobody.yet@example.test")
        known = _page_invite(client, foreign_client_profile.user.email.upper())

    assert new == known == (200, ["Invitation sent to <email>."])
    # On the caseload, both are a client who has not accepted yet.
    invited = User.objects.filter(
        practice=clinician.user.practice, email__in=["nobody.yet@example.test", foreign_client_profile.user.email]
    )
    assert invited.count() == 2 and not any(user.has_usable_password() for user in invited)


def test_the_api_answers_an_address_known_elsewhere_exactly_as_a_new_one(
    as_user, clinician, foreign_client_profile, foreign_clinician, django_capture_on_commit_callbacks
):
    call = as_user(clinician.user)
    with django_capture_on_commit_callbacks(execute=True):
        answers = {
            kind: call("post", "/api/v1/clients", {"email": email, "display_name": "Sam"})
            for kind, email in [
                ("new", "nobody.yet@example.test"),
                ("a client elsewhere", foreign_client_profile.user.email),
                ("a clinician elsewhere", foreign_clinician.user.email),
            ]
        }

    shapes = {
        kind: (r.status_code, {k: v for k, v in r.json().items() if k not in {"id", "email"}})
        for kind, r in answers.items()
    }
    assert len(set(map(repr, shapes.values()))) == 1, shapes
    assert shapes["new"][0] == 201
    # Each is a real client of the inviting practice: on its caseload, its progress readable by its id.
    caseload = {row["id"] for row in call("get", "/api/v1/clients").json()["results"]}
    for response in answers.values():
        assert response.json()["id"] in caseload
        assert call("get", f"/api/v1/clients/{response.json()['id']}/progress").status_code == 200


def test_the_owner_of_an_address_known_elsewhere_is_told_by_email_and_their_account_is_untouched(
    clinician, foreign_client_profile, django_capture_on_commit_callbacks, client
):
    existing = foreign_client_profile.user
    with django_capture_on_commit_callbacks(execute=True):
        invited = client_invite(clinician_user=clinician.user, email=existing.email, display_name="Sam")

    [note] = mail.outbox
    assert note.to == [existing.email]
    assert "already has a Rejection Recovery account" in note.body
    assert "/invitations/" not in note.body  # no link to set a password
    assert clinician.user.practice.name in note.body
    assert foreign_client_profile.user.practice.name not in note.body  # not even the owner's practice is named

    # The link cannot open the pending account while the address signs in elsewhere.
    invitation = invited.user.invitations.get()
    refused = client.post(
        reverse("invitation_accept", args=[invitation.pk, invitation.token]),
        {"email": existing.email, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert refused.status_code == 200 and b"already has an account, with another practice" in refused.content
    existing.refresh_from_db()
    invited.user.refresh_from_db()
    assert existing.check_password(PASSWORD) and existing.practice == foreign_client_profile.user.practice
    assert not invited.user.has_usable_password()
    assert client.post("/accounts/login/", {"login": existing.email, "password": PASSWORD}).status_code == 302


def test_two_practices_inviting_one_new_address_both_succeed_and_the_first_accepted_wins(clinician, foreign_clinician):
    here = client_invite(clinician_user=clinician.user, email="sought.after@example.test", display_name="Sam")
    there = client_invite(clinician_user=foreign_clinician.user, email="sought.after@example.test", display_name="Sam")

    invitation_accept(invitation=there.user.invitations.get(), email="sought.after@example.test", password=NEW_PASSWORD)
    with pytest.raises(Exception, match="already has an account, with another practice"):
        invitation_accept(
            invitation=here.user.invitations.get(), email="sought.after@example.test", password=NEW_PASSWORD
        )

    [signs_in] = User.objects.filter(email="sought.after@example.test").exclude(password__startswith="!")
    assert signs_in.practice == foreign_clinician.user.practice
    assert authenticate(email="sought.after@example.test", password=NEW_PASSWORD) == signs_in
    assert Invitation.objects.get(user=here.user).accepted_at is None


def test_the_database_refuses_a_second_account_that_signs_in_with_one_address(foreign_client_profile, practice):
    twin = User(email=foreign_client_profile.user.email.upper(), display_name="Twin", role="client", practice=practice)
    twin.set_password(NEW_PASSWORD)
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


def test_sign_in_and_password_reset_reach_only_the_account_that_signs_in(client, clinician, foreign_client_profile):
    existing = foreign_client_profile.user
    client_invite(clinician_user=clinician.user, email=existing.email, display_name="Sam")
    client_invite(clinician_user=clinician.user, email="pending.only@example.test", display_name="Pat")

    assert authenticate(email=existing.email.upper(), password=PASSWORD) == existing
    app = client.post(
        "/_allauth/app/v1/auth/login", {"email": existing.email, "password": PASSWORD}, content_type="application/json"
    )
    assert app.status_code == 200

    for email in (existing.email, "pending.only@example.test"):
        assert client.post("/accounts/password/reset/", {"email": email}).status_code == 302
    # One reset, to the account that signs in; the pending invitations are opened by their own links only.
    assert [m.to for m in mail.outbox] == [[existing.email]]


def test_a_clinician_may_send_a_limited_number_of_invitations_an_hour(as_user, clinician, client, settings):
    settings.INVITATIONS_PER_HOUR = 3
    call = as_user(clinician.user)
    with time_machine.travel(START, tick=False) as clock:
        for n in range(3):
            clock.move_to(START + datetime.timedelta(minutes=10 * n))
            assert (
                call("post", "/api/v1/clients", {"email": f"p{n}@example.test", "display_name": "P"}).status_code == 201
            )
        clock.move_to(START + datetime.timedelta(minutes=30))

        refused = call("post", "/api/v1/clients", {"email": "p9@example.test", "display_name": "P"})
        assert refused.status_code == 429
        assert int(refused["Retry-After"]) == 30 * 60  # the first leaves the hour at 10:00
        assert "3 invitations in the last hour" in refused.json()["detail"]
        assert not User.objects.filter(email="p9@example.test").exists()

        client.force_login(clinician.user)
        page = client.post(reverse("clinicians:client_invite"), {"display_name": "P", "email": "p9@example.test"})
        assert page.status_code == 200 and "Try again in 30 minutes" in page.content.decode()
        pending = User.objects.get(email="p0@example.test").client_profile
        resend = client.post(reverse("clinicians:client_resend_invitation", args=[pending.pk]), follow=True)
        assert "Try again in 30 minutes" in resend.content.decode()  # resends count too

        clock.move_to(START + datetime.timedelta(minutes=60, seconds=1))
        assert call("post", "/api/v1/clients", {"email": "p9@example.test", "display_name": "P"}).status_code == 201
