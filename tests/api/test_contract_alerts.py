"""API.md, line by line: a risky submission says so with the crisis resources, alerts come most urgent first, and
only a clinician still caring for the client acknowledges one."""

import datetime

import pytest

from assignments.library import EXAMPLES
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db


def test_a_risky_submission_says_so_and_carries_the_crisis_resources(as_user, clinician, client_profile, give):
    assignment = give("phq-9")
    answers = {f"phq9_{n}": "0" for n in range(1, 10)} | {"phq9_9": "2"}

    body = as_user(client_profile.user)(
        "post", f"/api/v1/assignments/{assignment.pk}/submit", {"answers": answers, "version": 0}
    ).json()

    assert body["risk"] is True and any("116 123" in line for line in body["crisis_resources"])
    assert body["score"] == {"total": 2.0, "band": "minimal"}
    [alert] = as_user(clinician.user)("get", "/api/v1/alerts").json()["results"]
    assert set(alert) >= {"id", "client", "assignment", "reason", "level", "source", "created_at"}
    assert alert["client"] == client_profile.pk and alert["assignment"] == assignment.pk
    assert (alert["level"], alert["source"]) == ("high", "submission")


def test_alerts_come_most_urgent_first_and_say_where_they_were_written(as_user, clinician, client_profile, give):
    from assignments.services import comment_add

    submitted(give("acceptance"), EXAMPLES["acceptance"] | {"what_happened": "I'm such a burden to everyone."})
    drafted(give("acceptance"), {"what_happened": "I've saved my pills and I'm taking them all tonight."})
    comment_add(assignment=give("acceptance"), author=client_profile.user, body="I keep thinking about killing myself.")

    rows = as_user(clinician.user)("get", "/api/v1/alerts").json()["results"]

    assert [(r["level"], r["source"]) for r in rows] == [
        ("imminent", "draft"),
        ("high", "comment"),
        ("moderate", "submission"),
    ]


def test_a_clinician_no_longer_caring_for_the_client_cannot_acknowledge_their_alert(
    as_user, clinician, client_profile, give
):
    from clients.models import CareTeamMember

    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)})
    [alert] = as_user(clinician.user)("get", "/api/v1/alerts").json()["results"]
    CareTeamMember.objects.filter(client=client_profile).update(ended_on=datetime.date.today())

    response = as_user(clinician.user)("post", f"/api/v1/alerts/{alert['id']}/acknowledge", {"note": "x"})

    assert response.status_code == 404


def test_acknowledging_an_alert_removes_it_from_the_open_list(as_user, clinician, give):
    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)})
    call = as_user(clinician.user)
    [alert] = call("get", "/api/v1/alerts").json()["results"]

    assert call("post", f"/api/v1/alerts/{alert['id']}/acknowledge", {"note": "Spoke by phone."}).status_code == 200
    assert call("get", "/api/v1/alerts").json()["results"] == []
