"""API.md, line by line: the whole homework cycle over HTTP, giving homework (one, a series, the pathway), the
list's filters, and the field errors and refusals of each write."""

import datetime

import pytest
from django.utils import timezone

from assignments.library import EXAMPLES
from tests.factories import submitted

pytestmark = pytest.mark.django_db


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


def test_an_assignment_done_together_in_session_says_so(as_user, clinician, client_profile, give):
    together, alone = give("acceptance"), give("acceptance")
    submitted(together, by=clinician.user, in_session=True)
    submitted(alone)

    api = as_user(client_profile.user)
    assert api("get", f"/api/v1/assignments/{together.pk}").json()["completed_in_session"] is True
    assert api("get", f"/api/v1/assignments/{alone.pk}").json()["completed_in_session"] is False


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
    # The seven open habits join the pathway (none sent twice) and come back with the steps it sent.
    habits = [r for r in pathway.json()["results"] if r["template"]["slug"] == "daily-habits"]
    assert sorted(r["id"] for r in habits) == sorted(r["id"] for r in series.json()["results"])
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


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        '{"answers": "x", "version": 0}',
        '{"answers": {}, "version": -1}',
        '{"answers": {}, "version": "one"}',
        '{"answers": {"what_happened": {"deep": [1, 2, {"x": null}]}}, "version": 0}',
        "[]",
        '{"answers": {"what_happened": ' + "[" * 5000 + "]" * 5000 + '}, "version": 0}',
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["not-json", "not-a-map", "negative-version", "text-version", "nested-map", "a-list", "deep", "deeper"],
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
