"""API.md, line by line: paths, fields, status codes, and the whole homework cycle over HTTP."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from assignments.library import EXAMPLES
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_user(client, token_for):
    """An HTTP caller authenticated only by X-Session-Token, as an outside app would be."""

    def make(user):
        token = token_for(user)
        client.logout()

        def call(method: str, path: str, body=None):
            kwargs = {"HTTP_X_SESSION_TOKEN": token}
            if body is not None:
                kwargs |= {"data": body, "content_type": "application/json"}
            return getattr(client, method)(path, **kwargs)

        return call

    return make


def test_me(as_user, clinician):
    body = as_user(clinician.user)("get", "/api/v1/me").json()
    assert set(body) == {"id", "email", "display_name", "role"} and body["role"] == "clinician"


def test_templates_list_and_detail(as_user, clinician, library):
    call = as_user(clinician.user)
    page = call("get", "/api/v1/templates").json()
    assert set(page) == {"count", "next", "previous", "results"}
    assert page["count"] == 14
    row = next(r for r in page["results"] if r["slug"] == "phq-9")
    assert {"slug", "title", "kind", "version", "description", "items"} <= set(row)
    assert row["kind"] == "measure" and row["version"] == 1
    assert call("get", "/api/v1/templates/validity-analysis").json()["slug"] == "validity-analysis"
    assert call("get", "/api/v1/templates/no-such-thing").status_code == 404


def test_a_practice_copy_is_found_by_its_slug_and_another_practices_is_not(
    as_user, clinician, foreign_admin, practice_admin, template
):
    from assignments.library import template_copy

    template_copy(template=template("acceptance"), practice=foreign_admin.practice, by=foreign_admin, slug="theirs")
    template_copy(template=template("acceptance"), practice=practice_admin.practice, by=practice_admin, slug="ours")
    call = as_user(clinician.user)

    assert call("get", "/api/v1/templates/ours").status_code == 200
    assert call("get", "/api/v1/templates/theirs").status_code == 404


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


def test_the_whole_homework_cycle_over_http(as_user, clinician, client_profile, library):
    clinician_api, client_api = as_user(clinician.user), as_user(client_profile.user)
    due = (timezone.now() + datetime.timedelta(days=2)).isoformat()

    created = clinician_api(
        "post",
        "/api/v1/assignments",
        {
            "client": client_profile.pk,
            "template": "validity-analysis",
            "instructions": "Take your time.",
            "due_at": due,
        },
    )
    assert created.status_code == 201
    assignment_id = created.json()["results"][0]["id"]

    [listed] = client_api("get", "/api/v1/assignments").json()["results"]
    assert listed["id"] == assignment_id and listed["status"] == "assigned"
    detail = client_api("get", f"/api/v1/assignments/{assignment_id}").json()
    assert set(detail) >= {
        "id",
        "client",
        "template",
        "instructions",
        "status",
        "due_at",
        "response",
        "score",
        "comments",
        "next_step",
    }
    assert set(detail["template"]) == {"slug", "version", "title", "items"}
    assert detail["response"] is None and detail["score"] is None

    saved = client_api(
        "put", f"/api/v1/assignments/{assignment_id}/draft", {"answers": {"reason_stated": "Too quiet"}, "version": 0}
    )
    assert saved.status_code == 200 and saved.json() == {"version": 1}
    stale = client_api(
        "put", f"/api/v1/assignments/{assignment_id}/draft", {"answers": {"reason_stated": "lost?"}, "version": 0}
    )
    assert stale.status_code == 409
    assert stale.json()["version"] == 1 and stale.json()["answers"] == {"reason_stated": "Too quiet"}

    broken = client_api(
        "post",
        f"/api/v1/assignments/{assignment_id}/submit",
        {"answers": {"verdict": "maybe", "nope": 1}, "version": 1},
    )
    assert broken.status_code == 400
    assert {"verdict", "nope", "rejection_kind"} <= set(broken.json()["errors"])

    submitted = client_api(
        "post", f"/api/v1/assignments/{assignment_id}/submit", {"answers": EXAMPLES["validity-analysis"], "version": 1}
    )
    assert submitted.status_code == 200, submitted.json()
    assert submitted.json()["status"] == "submitted" and submitted.json()["risk"] is False

    again = client_api(
        "post", f"/api/v1/assignments/{assignment_id}/submit", {"answers": EXAMPLES["validity-analysis"], "version": 2}
    )
    assert again.status_code == 409

    comment = clinician_api(
        "post",
        f"/api/v1/assignments/{assignment_id}/comments",
        {"body": "Is that fair to you?", "link_id": "self_story"},
    )
    assert comment.status_code == 201 and set(comment.json()) == {"id", "author", "body", "link_id", "created_at"}
    reviewed = clinician_api(
        "post", f"/api/v1/assignments/{assignment_id}/review", {"decision": "revise", "comment": "One more look?"}
    )
    assert reviewed.status_code == 200 and reviewed.json()["status"] == "revision_requested"

    comments = client_api("get", f"/api/v1/assignments/{assignment_id}/comments").json()["results"]
    assert [c["body"] for c in comments] == ["Is that fair to you?", "One more look?"]

    exported = client_api("get", f"/api/v1/assignments/{assignment_id}/fhir").json()
    assert exported["resourceType"] == "QuestionnaireResponse" and exported["status"] == "amended"


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


def test_an_assignment_done_together_in_session_says_so(as_user, clinician, client_profile, give):
    together, alone = give("acceptance"), give("acceptance")
    submitted(together, by=clinician.user, in_session=True)
    submitted(alone)

    api = as_user(client_profile.user)
    assert api("get", f"/api/v1/assignments/{together.pk}").json()["completed_in_session"] is True
    assert api("get", f"/api/v1/assignments/{alone.pk}").json()["completed_in_session"] is False


def test_acknowledging_an_alert_removes_it_from_the_open_list(as_user, clinician, give):
    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)})
    call = as_user(clinician.user)
    [alert] = call("get", "/api/v1/alerts").json()["results"]

    assert call("post", f"/api/v1/alerts/{alert['id']}/acknowledge", {"note": "Spoke by phone."}).status_code == 200
    assert call("get", "/api/v1/alerts").json()["results"] == []


def test_filters_on_the_assignment_list(as_user, clinician, client_profile, other_clinician, give):
    give("acceptance")
    give("phq-9")
    call = as_user(clinician.user)

    assert call("get", "/api/v1/assignments?status=submitted").json()["count"] == 0
    assert call("get", "/api/v1/assignments?status=assigned").json()["count"] == 2
    assert call("get", f"/api/v1/assignments?client={client_profile.pk}").json()["count"] == 2
    assert call("get", "/api/v1/assignments?client=999999").json()["count"] == 0
    assert call("get", "/api/v1/assignments?client=abc").json() == {
        "errors": {"client": ["A valid integer is required."]}
    }
    assert call("get", "/api/v1/assignments?status=done").status_code == 400
    assert call("get", "/api/v1/assignments?page=").json() == {"errors": {"page": ["Give a page number: 1, 2, 3…"]}}


def test_assigning_to_someone_elses_client_is_a_field_error_that_reveals_nothing(
    as_user, clinician, other_client_profile, foreign_client_profile, library
):
    call = as_user(clinician.user)
    due = (timezone.now() + datetime.timedelta(days=1)).isoformat()
    for stranger in (other_client_profile, foreign_client_profile):
        response = call("post", "/api/v1/assignments", {"client": stranger.pk, "template": "acceptance", "due_at": due})
        assert response.status_code == 400
        assert response.json() == {"errors": {"client": ["No client with this id on your caseload."]}}


def test_a_series_and_the_pathway_answer_with_their_first_assignments(as_user, clinician, client_profile, library):
    call = as_user(clinician.user)
    due = (timezone.now() + datetime.timedelta(days=1)).isoformat()

    series = call(
        "post",
        "/api/v1/assignments",
        {
            "client": client_profile.pk,
            "template": "daily-habits",
            "due_at": due,
            "recurrence": "daily",
            "occurrences": 7,
        },
    )
    pathway = call(
        "post", "/api/v1/pathways", {"client": client_profile.pk, "pathway": "rejection-recovery", "start_at": due}
    )

    assert series.status_code == 201 and series.json()["count"] == 7
    assert pathway.status_code == 201
    assert {r["template"]["slug"] for r in pathway.json()["results"]} == {
        "feelings-check-in",
        "daily-habits",
        "phq-9",
        "gad-7",
    }
    assert (
        call(
            "post", "/api/v1/pathways", {"client": client_profile.pk, "pathway": "rejection-recovery", "start_at": due}
        ).status_code
        == 400
    )


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


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        '{"answers": "x", "version": 0}',
        '{"answers": {}, "version": -1}',
        '{"answers": {}, "version": "one"}',
        '{"answers": {"what_happened": {"deep": [1, 2, {"x": null}]}}, "version": 0}',
        "[]",
    ],
)
def test_hostile_draft_bodies_get_a_400_never_a_500(client, client_profile, give, body):
    client.force_login(client_profile.user)
    assignment = give("acceptance")

    response = client.put(f"/api/v1/assignments/{assignment.pk}/draft", data=body, content_type="application/json")

    assert response.status_code == 400, response.content


def test_fields_the_contract_does_not_name_change_nothing(
    as_user, clinician, client_profile, other_client_profile, give
):
    assignment = give("acceptance")
    call = as_user(client_profile.user)

    comment = call(
        "post",
        f"/api/v1/assignments/{assignment.pk}/comments",
        {"body": "Hello", "author": other_client_profile.user.pk, "assignment": 999, "id": 10**9, "is_staff": True},
    ).json()
    draft = call(
        "put",
        f"/api/v1/assignments/{assignment.pk}/draft",
        {"answers": {}, "version": 0, "client": other_client_profile.pk, "status": "reviewed"},
    )

    assert comment["author"]["id"] == client_profile.user.pk and comment["id"] != 10**9  # the database chose it
    assert draft.status_code == 200
    assignment.refresh_from_db()
    assert assignment.client == client_profile and assignment.status == "in_progress"
    client_profile.user.refresh_from_db()
    assert not client_profile.user.is_staff


def test_each_user_is_throttled(as_user, clinician, monkeypatch):
    from rest_framework.throttling import UserRateThrottle

    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute"})
    call = as_user(clinician.user)

    statuses = [call("get", "/api/v1/me").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]


def test_the_docs_load_their_assets_from_this_server(client):
    page = client.get("/api/docs/").content.decode()

    assert "/static/drf_spectacular_sidecar/" in page
    assert "cdn" not in page.lower() and "unpkg" not in page.lower()


def test_an_unknown_api_address_answers_json_not_a_web_page(client, db):
    response = client.get("/api/v1/alerts/-1/acknowledge")

    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_a_body_that_is_not_json_is_a_flat_field_error(as_user, clinician):
    response = as_user(clinician.user)("post", "/api/v1/assignments", "\x00")

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["non_field_errors"]


def test_an_unknown_template_in_a_body_is_a_field_error(as_user, clinician, client_profile, library):
    due = (timezone.now() + datetime.timedelta(days=1)).isoformat()

    response = as_user(clinician.user)(
        "post", "/api/v1/assignments", {"client": client_profile.pk, "template": "nope", "due_at": due}
    )

    assert response.status_code == 400
    assert response.json() == {"errors": {"template": ["No published template with this slug."]}}


def test_a_submission_that_leaves_asking_for_feedback_out_says_why_to_the_client(
    as_user, clinician, client_profile, give
):
    from assignments.pathway import CLIENT_NOTES, pathway_start

    enrollment, _ = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    analysis = give("validity-analysis", enrollment=enrollment, pathway_step="validity-analysis")
    answers = EXAMPLES["validity-analysis"] | {"safe_to_ask": "blocked"}

    body = as_user(client_profile.user)(
        "post", f"/api/v1/assignments/{analysis.pk}/submit", {"answers": answers, "version": 0}
    ).json()

    assert body["pathway_note"] == CLIENT_NOTES["blocked"]
