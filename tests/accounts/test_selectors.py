"""An invitation is read by its link only with its own token; the sweep's operator read sees every practice."""

import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation
from accounts.selectors import invitation_by_link, operator_unsent_invitation_ids
from clients.services import client_invite

pytestmark = pytest.mark.django_db


def invite(clinician, email):
    return client_invite(clinician_user=clinician.user, email=email, display_name="Jamie").user.invitations.get()


def test_an_invitation_is_read_by_its_own_link_only(client, clinician):
    mine, theirs = invite(clinician, "a@example.test"), invite(clinician, "b@example.test")

    assert invitation_by_link(invitation_id=mine.pk, token=mine.token) == mine
    assert invitation_by_link(invitation_id=mine.pk, token=theirs.token) is None
    assert invitation_by_link(invitation_id=mine.pk, token="") is None
    assert invitation_by_link(invitation_id=uuid.uuid4(), token=mine.token) is None
    assert client.get(reverse("invitation_accept", args=[mine.pk, theirs.token])).status_code == 404


def test_the_sweep_reads_every_practices_unsent_invitations_and_nothing_else(clinician, foreign_clinician):
    ours, elsewhere = invite(clinician, "a@example.test"), invite(foreign_clinician, "b@example.test")
    sent, revoked = invite(clinician, "c@example.test"), invite(clinician, "d@example.test")
    Invitation.objects.filter(pk=sent.pk).update(sent_at=timezone.now())
    Invitation.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    later = timezone.now() + timedelta(minutes=2)

    assert set(operator_unsent_invitation_ids(older_than=timedelta(minutes=1), limit=10, now=later)) == {
        ours.pk,
        elsewhere.pk,
    }
    assert not operator_unsent_invitation_ids(older_than=timedelta(minutes=5), limit=10, now=later)
