import re
from datetime import timedelta

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, User
from accounts.services import invitation_resend
from clients.models import CareTeamMember
from clients.services import client_invite

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "quiet lantern meadow 42"


def invite(clinician, email="new.client@example.test", name="Jamie"):
    client = client_invite(clinician_user=clinician.user, email=email, display_name=name)
    return client, client.user.invitations.get()


def accept_url(invitation) -> str:
    return reverse("invitation_accept", args=[invitation.pk, invitation.token])


def test_inviting_a_client_creates_an_account_on_the_caseload_that_cannot_sign_in_yet(
    clinician, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client, invitation = invite(clinician, email="  New.Client@Example.TEST ")

    assert client.user.email == "new.client@example.test"
    assert client.user.role == User.Role.CLIENT
    assert client.user.practice == clinician.user.practice
    assert not client.user.has_usable_password()
    assert not EmailAddress.objects.get(user=client.user).verified
    membership = CareTeamMember.objects.get(client=client)
    assert membership.clinician == clinician and membership.is_primary and membership.ended_on is None
    assert invitation.status == Invitation.Status.PENDING


def test_the_invitation_email_carries_a_one_time_link_and_no_clinical_content(
    clinician, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _, invitation = invite(clinician)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new.client@example.test"]
    assert accept_url(invitation) in message.body
    assert "Harbour Practice" in message.subject
    html = message.alternatives[0][0]
    assert accept_url(invitation) in html
    for clinical_word in ("rejection", "depression", "anxiety", "PHQ", "GAD"):
        assert clinical_word.lower() not in (message.subject + message.body).lower().replace("rejection recovery", "")
    invitation.refresh_from_db()
    assert invitation.sent_at is not None


def test_sending_twice_sends_one_email(clinician, django_capture_on_commit_callbacks):
    from accounts.services import invitation_send

    with django_capture_on_commit_callbacks(execute=True):
        _, invitation = invite(clinician)
    assert invitation_send(invitation_id=invitation.pk) is False
    assert len(mail.outbox) == 1


def test_the_first_page_welcomes_the_client_with_their_address_already_filled_in(client, clinician):
    _invited, invitation = invite(clinician)

    page = client.get(accept_url(invitation))

    form = page.context["form"]
    assert form["email"].value() == "new.client@example.test"
    html = page.content.decode()
    assert 'value="new.client@example.test"' in html and "readonly" in html
    assert "Welcome, Jamie" in html and "What to expect" in html
    assert f"Only your care team at {clinician.user.practice.name}" in html


def test_accepting_sets_the_password_verifies_the_email_and_lands_in_the_portal(client, clinician):
    invited, invitation = invite(clinician)

    response = client.post(
        accept_url(invitation),
        {"email": "NEW.client@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert client.get(response.url).url == reverse("clients:today")
    invited.user.refresh_from_db()
    assert invited.user.check_password(NEW_PASSWORD)
    assert EmailAddress.objects.get(user=invited.user).verified
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.ACCEPTED
    assert client.get(reverse("clients:today")).status_code == 200


def test_an_accepted_invitation_cannot_be_used_again(client, clinician):
    _, invitation = invite(clinician)
    data = {"email": "new.client@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    client.post(accept_url(invitation), data)
    client.logout()

    response = client.post(accept_url(invitation), {**data, "password1": "another pass 99", "password2": "x"})

    assert response.status_code == 410
    assert b"already been used" in response.content
    invitation.user.refresh_from_db()
    assert invitation.user.check_password(NEW_PASSWORD)


def test_an_expired_invitation_is_refused_and_sets_nothing(client, clinician):
    _, invitation = invite(clinician)

    with time_machine.travel(timezone.now() + timedelta(hours=73)):
        response = client.post(
            accept_url(invitation),
            {"email": "new.client@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )

    assert response.status_code == 410
    assert b"expired" in response.content
    invitation.user.refresh_from_db()
    assert not invitation.user.has_usable_password()


def test_the_wrong_email_address_is_a_form_error(client, clinician):
    _, invitation = invite(clinician)

    response = client.post(
        accept_url(invitation),
        {"email": "someone.else@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert "not the email address the invitation was sent to" in response.context["form"].errors["email"][0]
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"email": "not-an-email", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, "email", "valid email"),
        ({"email": "new.client@example.test", "password1": "short", "password2": "short"}, "password1", "too short"),
        (
            {"email": "new.client@example.test", "password1": "password123", "password2": "password123"},
            "password1",
            "too common",
        ),
        (
            {"email": "new.client@example.test", "password1": NEW_PASSWORD, "password2": "different 1"},
            "password2",
            "not the same",
        ),
        ({"email": "a" * 300 + "@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, "email", ""),
    ],
)
def test_bad_input_is_a_clear_form_error(client, clinician, data, field, message):
    _, invitation = invite(clinician)

    response = client.post(accept_url(invitation), data)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@pytest.mark.parametrize("mangle", ["wrong-token", "", "x" * 500])
def test_a_link_with_a_bad_token_answers_404(client, clinician, mangle):
    _, invitation = invite(clinician)
    url = f"/invitations/{invitation.pk}/{mangle}/" if mangle else f"/invitations/{invitation.pk}/"

    assert client.get(url).status_code == 404


def test_a_link_that_is_not_a_uuid_answers_404(client, db):
    assert client.get("/invitations/12345/abc/").status_code == 404


def test_a_new_invitation_replaces_the_old_link(client, clinician, django_capture_on_commit_callbacks):
    invited, old = invite(clinician)
    with django_capture_on_commit_callbacks(execute=True):
        new = invitation_resend(user=invited.user, invited_by=clinician.user)

    assert client.get(accept_url(old)).status_code == 410
    assert client.get(accept_url(new)).status_code == 200
    assert accept_url(new) in mail.outbox[-1].body


def test_opening_an_invitation_while_signed_in_as_someone_else_is_refused(client, clinician):
    _, invitation = invite(clinician)
    client.force_login(clinician.user)

    response = client.get(accept_url(invitation))

    assert response.status_code == 409
    assert b"signed in as someone else" in response.content


def test_inviting_an_email_someone_in_the_practice_already_has_is_a_form_error(client, clinician, other_client_profile):
    client.force_login(clinician.user)

    response = client.post(
        reverse("clinicians:client_invite"),
        {"display_name": "Dup", "email": other_client_profile.user.email.upper()},
    )

    assert response.status_code == 200
    assert "Someone in your practice already has this email" in response.context["form"].errors["email"][0]
    assert User.objects.filter(email__iexact=other_client_profile.user.email).count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"display_name": "Jamie", "email": "not an email"}, "email"),
        ({"display_name": "J" * 81, "email": "jamie@example.test"}, "display_name"),
        ({"display_name": "", "email": "jamie@example.test"}, "display_name"),
        ({"display_name": "Jamie", "email": ("x" * 250) + "@example.test"}, "email"),
    ],
)
def test_the_invite_form_rejects_bad_input_without_creating_anyone(client, clinician, data, field):
    client.force_login(clinician.user)
    before = User.objects.count()

    response = client.post(reverse("clinicians:client_invite"), data)

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert User.objects.count() == before


def test_the_invite_form_sends_the_invitation(client, clinician, django_capture_on_commit_callbacks):
    client.force_login(clinician.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("clinicians:client_invite"), {"display_name": "Jamie", "email": "jamie@example.test"}
        )

    new_client = User.objects.get(email="jamie@example.test").client_profile
    assert response.status_code == 302
    assert response.url == reverse("clinicians:client_detail", args=[new_client.pk])
    assert re.search(r"/invitations/[0-9a-f-]{36}/[0-9a-f]{48}/", mail.outbox[0].body)


def test_a_practice_admin_invites_a_clinician(client, practice_admin, django_capture_on_commit_callbacks):
    client.force_login(practice_admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("practices:clinicians"), {"display_name": "Dr Cy", "email": "cy@example.test"})

    assert response.status_code == 302
    user = User.objects.get(email="cy@example.test")
    assert user.role == User.Role.CLINICIAN and user.practice == practice_admin.practice
    assert user.clinician_profile.time_zone == practice_admin.practice.time_zone
    assert mail.outbox[0].to == ["cy@example.test"]


def test_an_invited_clinician_lands_on_their_caseload(client, practice_admin):
    from clinicians.services import clinician_invite

    clinician = clinician_invite(admin_user=practice_admin, email="cy@example.test", display_name="Dr Cy")
    invitation = clinician.user.invitations.get()

    response = client.post(
        accept_url(invitation),
        {"email": "cy@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == reverse("clinicians:caseload")


def test_with_the_broker_down_an_invitation_still_succeeds_and_the_sweep_sends_it_later(
    clinician, dead_broker, django_capture_on_commit_callbacks
):
    import time

    from accounts.tasks import resend_unsent_invitations

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        _, invitation = invite(clinician)
    assert time.monotonic() - started < 5
    invitation.refresh_from_db()
    assert invitation.sent_at is None
    assert mail.outbox == []

    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        assert resend_unsent_invitations() == 1
        assert resend_unsent_invitations() == 0

    assert len(mail.outbox) == 1
    assert accept_url(invitation) in mail.outbox[0].body


def test_a_claim_left_by_a_dead_worker_expires_so_the_email_is_not_lost(clinician):
    from accounts.services import invitation_send

    _, invitation = invite(clinician)
    Invitation.objects.filter(pk=invitation.pk).update(send_claimed_at=timezone.now())
    assert invitation_send(invitation_id=invitation.pk) is False

    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        assert invitation_send(invitation_id=invitation.pk) is True
    assert len(mail.outbox) == 1


def test_only_unsent_open_invitations_are_sendable(clinician):
    now = timezone.now()
    kinds = {}
    for kind, changes in {
        "open": {},
        "sent": {"sent_at": now},
        "accepted": {"accepted_at": now},
        "withdrawn": {"revoked_at": now},
        "expired": {"expires_at": now - timedelta(minutes=1)},
    }.items():
        _, invitation = invite(clinician, email=f"{kind}@example.test", name=kind)
        Invitation.objects.filter(pk=invitation.pk).update(**changes)
        kinds[invitation.pk] = kind

    sendable = Invitation.objects.sendable(now).values_list("pk", flat=True)

    assert [kinds[pk] for pk in sendable] == ["open"]
