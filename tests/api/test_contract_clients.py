"""API.md, line by line: who is calling, the caseload and inviting a client, a client's progress, and the client's
own export."""

import pytest
from django.core import mail

from assignments.library import EXAMPLES
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db


def test_me(as_user, clinician):
    body = as_user(clinician.user)("get", "/api/v1/me").json()
    assert set(body) == {"id", "email", "display_name", "role"} and body["role"] == "clinician"


def test_the_caseload_and_inviting_a_client(
    as_user, clinician, client_profile, library, django_capture_on_commit_callbacks
):
    call = as_user(clinician.user)
    [row] = call("get", "/api/v1/clients").json()["results"]
    assert set(row) == {"id", "email", "display_name", "adherence", "last_activity_at", "open_alerts"}
    assert (row["adherence"], row["last_activity_at"], row["open_alerts"]) == (None, None, 0)

    with django_capture_on_commit_callbacks(execute=True):
        created = call(
            "post", "/api/v1/clients", {"email": "new@example.test", "display_name": "Noor", "role": "admin"}
        )
    assert created.status_code == 201
    assert created.json()["display_name"] == "Noor"
    assert mail.outbox[0].to == ["new@example.test"]
    from accounts.models import User

    assert User.objects.get(email="new@example.test").role == "client"  # "role" in the body changed nothing

    bad = call("post", "/api/v1/clients", {"email": "not-an-email", "display_name": ""})
    assert bad.status_code == 400
    assert set(bad.json()["errors"]) == {"email", "display_name"}


def test_progress(as_user, clinician, client_profile, give):
    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)} | {"phq9_9": "0"})
    submitted(give("daily-habits"), EXAMPLES["daily-habits"] | {"mood": 6})

    body = as_user(clinician.user)("get", f"/api/v1/clients/{client_profile.pk}/progress").json()

    assert set(body) == {"adherence_by_week", "measures", "mood"}
    assert [p["score"] for p in body["measures"]["phq9"]] == [8] and body["measures"]["phq9"][0]["band"] == "mild"
    assert body["measures"]["gad7"] == []
    assert [m["value"] for m in body["mood"]] == [6]
    assert len(body["adherence_by_week"]) == 8


def test_my_export_holds_everything_and_a_fhir_bundle(as_user, client_profile, give):
    from assignments.services import comment_add

    assignment = give("acceptance")
    drafted(assignment, {"what_happened": "It ended."})
    comment_add(assignment=assignment, author=client_profile.user, body="Hard one.")

    body = as_user(client_profile.user)("get", "/api/v1/me/export").json()

    assert body["account"]["email"] == client_profile.user.email
    assert body["assignments"][0]["revisions"][0]["answers"] == {"what_happened": "It ended."}
    assert body["comments"][0]["body"] == "Hard one."
    assert body["fhir"]["resourceType"] == "Bundle" and len(body["fhir"]["entry"]) == 1
