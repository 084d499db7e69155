"""API.md, line by line: the API as HTTP: throttled per user, its docs served from here, JSON for an unknown
address and a flat field error for a body that is not JSON."""

import pytest

pytestmark = pytest.mark.django_db


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


def test_the_schema_is_built_once_per_process_and_then_served_from_memory(client, monkeypatch):
    from django.core.cache import caches
    from drf_spectacular.generators import SchemaGenerator

    caches["schema"].clear()
    built = []
    real = SchemaGenerator.get_schema
    monkeypatch.setattr(SchemaGenerator, "get_schema", lambda self, *a, **k: built.append(1) or real(self, *a, **k))

    first = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    second = client.get("/api/schema/", HTTP_ACCEPT="application/json")

    assert first.status_code == second.status_code == 200
    assert second.content == first.content and second.json()["info"]["title"] == "Rejection Recovery API"
    assert len(built) == 1


def test_an_unknown_api_address_answers_json_not_a_web_page(client, db):
    response = client.get("/api/v1/alerts/-1/acknowledge")

    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_a_body_that_is_not_json_is_a_flat_field_error(as_user, clinician):
    response = as_user(clinician.user)("post", "/api/v1/assignments", "\x00")

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["non_field_errors"]


@pytest.mark.parametrize("path", ["/api/v1/me", "/api/v1/clients", "/api/v1/assignments", "/api/v1/assignments/999999"])
def test_the_api_answers_no_store_to_a_token_caller(as_user, clinician, path):
    call = as_user(clinician.user)

    assert "no-store" in call("get", path).headers["Cache-Control"]
