"""Hostile input found by probing answers a clear 4xx, never a 500 and never a half-saved record."""

import datetime

import pytest
from django.utils import timezone

from assignments.models import Assignment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["9" * 40, str(2**63), "-1", "0"])
def test_an_impossible_client_id_in_the_list_filter_is_a_400(as_user, clinician, value):
    response = as_user(clinician.user)("get", f"/api/v1/assignments?client={value}")

    assert response.status_code == 400
    assert "client" in response.json()["errors"] or "client" in str(response.json())


@pytest.mark.parametrize(
    ("path", "field", "extra"),
    [
        ("/api/v1/assignments", "due_at", {"template": "acceptance"}),
        ("/api/v1/pathways", "start_at", {"pathway": "rejection-recovery"}),
    ],
)
@pytest.mark.parametrize("when", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", -30, 3 * 365])
def test_a_date_outside_any_sensible_window_is_a_400_and_saves_nothing(
    as_user, clinician, client_profile, library, path, field, extra, when
):
    from assignments.pathway import PATHWAY

    if isinstance(when, int):  # days from now, computed here so that every test worker collects the same ids
        when = (timezone.now() + datetime.timedelta(days=when)).isoformat()

    extra = {**extra, "pathway": PATHWAY} if "pathway" in extra else extra
    body = {"client": client_profile.pk, field: when, **extra}

    response = as_user(clinician.user)("post", path, body)

    assert response.status_code == 400, response.content
    assert field in str(response.json())
    assert not Assignment.objects.exists()


def test_a_client_account_without_a_client_record_gets_a_4xx_not_a_crash(client, client_profile):
    user = client_profile.user
    client_profile.delete()
    user.refresh_from_db()
    client.force_login(user)

    # The safety plan, with the crisis resources, stays open to them.
    assert client.get("/portal/safety-plan/").status_code == 200
    for path in ("/portal/", "/portal/progress/", "/portal/preferences/"):
        # 403 where the page needs the record itself, 404 where it looks the record up (as for a missing one).
        assert client.get(path).status_code in (403, 404), path


@pytest.mark.parametrize("target", ["list", "draft"])
def test_a_body_over_the_upload_limit_is_a_json_413(as_user, clinician, client_profile, give, settings, target):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    call = as_user(clinician.user if target == "list" else client_profile.user)
    path = "/api/v1/assignments" if target == "list" else f"/api/v1/assignments/{give('acceptance').pk}/draft"

    response = call("post" if target == "list" else "put", path, {"answers": {"x": "y" * 20_000}})

    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")
    assert "limit" in response.json()["detail"]


def test_a_page_body_over_the_upload_limit_is_a_413_page(client, client_profile, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.force_login(client_profile.user)

    response = client.post("/portal/preferences/", {"display_name": "y" * 20_000})

    assert response.status_code == 413


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("before\x00after", "beforeafter"), ("\x00", ""), (["one\x00", "two"], ["one", "two"])],
    ids=["inside-text", "only-nul", "in-a-list"],
)
def test_a_nul_character_in_a_draft_is_dropped_and_the_rest_kept(as_user, client_profile, give, typed, kept):
    """On PostgreSQL a NUL in JSON was a 500 (jsonb cannot hold one); nobody types one, so it is taken out."""
    assignment = give("acceptance")
    link_id = "what_happened"  # a draft keeps even a list here as typed; the full check comes on submit

    response = as_user(client_profile.user)(
        "put", f"/api/v1/assignments/{assignment.pk}/draft", {"answers": {link_id: typed}, "version": 0}
    )

    assert response.status_code == 200, response.content
    assignment.response.refresh_from_db()
    assert assignment.response.answers[link_id] == kept
    assert "\x00" not in str(assignment.response.revisions.get().answers)


@pytest.mark.parametrize("target", ["draft", "comment"])
def test_half_a_surrogate_pair_is_a_400_that_says_so_and_saves_nothing(client, token_for, client_profile, give, target):
    from assignments.models import Comment, Response

    assignment = give("acceptance")
    token = token_for(client_profile.user)
    # JSON may escape half a surrogate pair; no UTF-8 text, and so no database, can hold it.
    if target == "draft":
        method, path = "put", f"/api/v1/assignments/{assignment.pk}/draft"
        body = '{"answers": {"hoped_for": "lone \\ud800 half"}, "version": 0}'
    else:
        method, path = "post", f"/api/v1/assignments/{assignment.pk}/comments"
        body = '{"body": "lone \\udfff half"}'

    response = getattr(client, method)(path, body, content_type="application/json", HTTP_X_SESSION_TOKEN=token)

    assert response.status_code == 400
    assert "not valid Unicode" in str(response.json())
    assert not Response.objects.filter(assignment=assignment, version__gt=0).exists()
    assert not Comment.objects.filter(assignment=assignment).exists()
