"""Who sees which portal page: only the client whose assignment it is."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments.models import ResponseRevision
from tests.clients.portal.pages import url
from tests.factories import client_of

pytestmark = pytest.mark.django_db


def test_a_client_cannot_see_another_clients_assignment(signed_in, clinician, other_client_profile, template):
    from assignments.services import assignment_create

    other = client_of(clinician, display_name="Sam")
    [theirs] = assignment_create(
        clinician_user=clinician.user,
        client=other,
        template=template("phq-9"),
        due_at=timezone.now() + datetime.timedelta(days=1),
    )

    for name in ("assignment", "assignment_done"):
        assert signed_in.get(url(name, theirs)).status_code == 404
    for name in ("assignment", "assignment_autosave", "assignment_resolve", "assignment_comment", "assignment_flag"):
        assert signed_in.post(url(name, theirs), {"version": "0"}).status_code == 404
    assert not ResponseRevision.objects.exists()
    assert signed_in.get(reverse("clients:assignment", args=[999999])).status_code == 404


def test_clinicians_are_refused_the_portal(client, clinician, validity):
    client.force_login(clinician.user)

    assert client.get(reverse("clients:today")).status_code == 403
    assert client.get(url("assignment", validity)).status_code == 403


def test_signed_out_people_are_sent_to_sign_in(client, validity):
    response = client.get(url("assignment", validity))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
