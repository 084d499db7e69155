"""Who may fill an assignment in with the client in the room: only a clinician on their current care team, on the
pages and in the services."""

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.models import Assignment, ResponseRevision
from assignments.services import response_save_draft, response_submit
from clients.models import CareTeamMember
from tests.clinicians.in_session.pages import START, S, stored, url
from tests.factories import submitted

pytestmark = pytest.mark.django_db


MATRIX = [
    ("clinician", 200),
    ("other_clinician", 404),  # same practice, not on this client's care team
    ("foreign_clinician", 404),
    ("former_clinician", 404),
    ("client", 403),  # the dashboard's rule for the wrong role, as on every /clinician/ page
    ("other_client", 403),
    ("admin", 403),
]


@pytest.mark.parametrize(("who", "expected"), MATRIX)
def test_the_in_session_page_answers_only_to_the_clients_current_clinicians(client, cast, check_in, who, expected):
    client.force_login(cast[who])

    response = client.get(url("in_session", check_in))

    assert response.status_code == expected
    if expected == 200:
        assert "In session with Alex" in response.content.decode()


@pytest.mark.parametrize(("who", "expected"), [row for row in MATRIX if row[0] != "clinician"])
@pytest.mark.parametrize("name", ["in_session", "in_session_autosave", "in_session_resolve"])
def test_nobody_else_can_write_answers_in_session(client, cast, check_in, who, expected, name):
    client.force_login(cast[who])
    data = START | {"version": "0", "action": "submit", "mine": json.dumps({"what_happened": "x"})}

    assert client.post(url(name, check_in), data).status_code == expected
    assert not ResponseRevision.objects.exists()
    check_in.refresh_from_db()
    assert check_in.status == S.ASSIGNED


@pytest.mark.parametrize(("who", "expected"), [row for row in MATRIX if row[0] != "clinician"])
def test_nobody_else_sees_the_completed_in_session_page(client, cast, check_in, who, expected):
    submitted(check_in, by=cast["clinician"], in_session=True)
    client.force_login(cast[who])

    assert client.get(url("in_session_done", check_in)).status_code == expected


@pytest.mark.parametrize(("who", "expected"), [row for row in MATRIX if row[0] != "clinician"])
def test_nobody_else_can_start_an_exercise_together(client, cast, client_profile, template, who, expected):
    client.force_login(cast[who])
    path = reverse("clinicians:in_session_start", args=[client_profile.pk])

    assert client.post(path, {"template": template("acceptance").pk}).status_code == expected
    assert not Assignment.objects.exists()


@pytest.mark.parametrize(
    ("method", "name"),
    [
        ("get", "in_session"),
        ("get", "in_session_done"),
        ("post", "in_session"),
        ("post", "in_session_autosave"),
        ("post", "in_session_resolve"),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, check_in, method, name):
    response = getattr(client, method)(url(name, check_in), START | {"version": "0"})

    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not ResponseRevision.objects.exists()


def test_anonymous_visitors_cannot_start_an_exercise_together(client, client_profile, template):
    path = reverse("clinicians:in_session_start", args=[client_profile.pk])

    response = client.post(path, {"template": template("acceptance").pk})

    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not Assignment.objects.exists()


def test_a_clinician_handed_off_mid_session_can_no_longer_save(signed_in, clinician, client_profile, check_in):
    assert signed_in.post(url("in_session_autosave", check_in), START | {"version": "0"}).status_code == 200
    CareTeamMember.objects.filter(client=client_profile, clinician=clinician).update(
        ended_on=timezone.localdate(), is_primary=False
    )

    response = signed_in.post(url("in_session_autosave", check_in), START | {"a:intensity": "3", "version": "1"})

    assert response.status_code == 404
    assert stored(check_in)[1] == 1


def test_the_services_let_only_a_current_clinician_write_in_session(
    clinician, other_clinician, former_clinician, client_profile, check_in
):
    answers = {"what_happened": "x"}
    for outsider in (other_clinician.user, former_clinician.user, client_profile.user):
        with pytest.raises(PermissionDenied):
            response_save_draft(assignment=check_in, user=outsider, answers=answers, version=0, in_session=True)
    with pytest.raises(PermissionDenied):  # outside a session, only the client answers (unchanged)
        response_save_draft(assignment=check_in, user=clinician.user, answers=answers, version=0)
    with pytest.raises(PermissionDenied):
        response_submit(assignment=check_in, user=clinician.user, answers=EXAMPLES["feelings-check-in"], version=0)
    clinician.user.is_active = False
    with pytest.raises(PermissionDenied):
        response_save_draft(assignment=check_in, user=clinician.user, answers=answers, version=0, in_session=True)
    assert not ResponseRevision.objects.exists()
