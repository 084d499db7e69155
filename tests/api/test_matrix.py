"""Role × endpoint × owner: every API route answers each kind of caller as API.md says.

401 without credentials; 403 for a role the endpoint is not for; 404 for an
object that is someone else's, exactly as if it did not exist. The last test
walks the URL resolver, so a new route fails here until it is in the matrix.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

ROLES = ["anonymous", "client", "other_client", "clinician", "other_clinician", "foreign_clinician", "admin"]


def row(anonymous, client, other_client, clinician, other_clinician, foreign_clinician, admin):
    return dict(
        zip(ROLES, (anonymous, client, other_client, clinician, other_clinician, foreign_clinician, admin), strict=True)
    )


# (route name, method, path (formatted with the world), body) → expected status per role
MATRIX = {
    ("me", "get", "/api/v1/me", None): row(401, 200, 200, 200, 200, 200, 200),
    ("me-export", "get", "/api/v1/me/export", None): row(401, 200, 200, 403, 403, 403, 403),
    ("me-access-log", "get", "/api/v1/me/access-log", None): row(401, 200, 200, 403, 403, 403, 403),
    ("audit", "get", "/api/v1/audit", None): row(401, 403, 403, 403, 403, 403, 200),
    ("templates", "get", "/api/v1/templates", None): row(401, 403, 403, 200, 200, 200, 200),
    ("template", "get", "/api/v1/templates/acceptance", None): row(401, 403, 403, 200, 200, 200, 200),
    ("template-fhir", "get", "/api/v1/templates/acceptance/fhir", None): row(401, 403, 403, 200, 200, 200, 200),
    # Writing templates: the practice admin (clinicians where the practice allows it; here it does not).
    ("templates", "post", "/api/v1/templates", "{}"): row(401, 403, 403, 403, 403, 403, 400),
    ("templates-import", "post", "/api/v1/templates/import", "{}"): row(401, 403, 403, 403, 403, 403, 400),
    ("template-draft", "get", "/api/v1/templates/{own}/draft", None): row(401, 403, 403, 403, 403, 404, 200),
    ("template-draft", "put", "/api/v1/templates/{own}/draft", '{"revision": 99}'): row(
        401, 403, 403, 403, 403, 404, 409
    ),
    ("template-publish", "post", "/api/v1/templates/{own}/publish", "{}"): row(401, 403, 403, 403, 403, 404, 400),
    ("template-archive", "post", "/api/v1/templates/{own}/archive", "{}"): row(401, 403, 403, 403, 403, 404, 200),
    ("template-restore", "post", "/api/v1/templates/{own}/restore", "{}"): row(401, 403, 403, 403, 403, 404, 200),
    ("template-versions", "get", "/api/v1/templates/{own}/versions", None): row(401, 403, 403, 200, 200, 404, 200),
    ("clients", "get", "/api/v1/clients", None): row(401, 403, 403, 200, 200, 200, 403),
    ("clients", "post", "/api/v1/clients", "{}"): row(401, 403, 403, 400, 400, 400, 403),
    ("client-progress", "get", "/api/v1/clients/{client}/progress", None): row(401, 403, 403, 200, 404, 404, 403),
    ("assignments", "get", "/api/v1/assignments", None): row(401, 200, 200, 200, 200, 200, 403),
    ("assignments", "post", "/api/v1/assignments", "{}"): row(401, 403, 403, 400, 400, 400, 403),
    ("assignment", "get", "/api/v1/assignments/{exercise}", None): row(401, 200, 404, 200, 404, 404, 404),
    ("assignment-draft", "put", "/api/v1/assignments/{exercise}/draft", '{"answers": {}, "version": 0}'): row(
        401, 200, 404, 403, 404, 404, 404
    ),
    ("assignment-submit", "post", "/api/v1/assignments/{exercise}/submit", "{}"): row(
        401, 400, 404, 403, 404, 404, 404
    ),
    ("assignment-review", "post", "/api/v1/assignments/{measure}/review", "{}"): row(401, 403, 404, 400, 404, 404, 404),
    ("assignment-comments", "get", "/api/v1/assignments/{exercise}/comments", None): row(
        401, 200, 404, 200, 404, 404, 404
    ),
    ("assignment-comments", "post", "/api/v1/assignments/{exercise}/comments", "{}"): row(
        401, 400, 404, 400, 404, 404, 404
    ),
    ("assignment-fhir", "get", "/api/v1/assignments/{measure}/fhir", None): row(401, 200, 404, 200, 404, 404, 404),
    ("pathways", "post", "/api/v1/pathways", "{}"): row(401, 403, 403, 400, 400, 400, 403),
    ("alerts", "get", "/api/v1/alerts", None): row(401, 403, 403, 200, 200, 200, 403),
    ("alert-acknowledge", "post", "/api/v1/alerts/{alert}/acknowledge", "{}"): row(401, 403, 403, 200, 404, 404, 403),
}
CELLS = [(key, role, expected[role]) for key, expected in MATRIX.items() for role in ROLES]


@pytest.mark.django_db
@pytest.mark.parametrize(("key", "role", "expected"), CELLS, ids=[f"{k[1]} {k[0]} as {r}" for k, r, _ in CELLS])
def test_each_caller_gets_the_status_api_md_promises(client, world, key, role, expected):
    _, method, path, body = key
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    url = path.format(
        client=world["measure"].client_id,
        exercise=world["exercise"].pk,
        measure=world["measure"].pk,
        alert=world["alert"].pk,
        own=world["own_template"].slug,
    )

    kwargs = {"data": body, "content_type": "application/json"} if body is not None else {}
    response = getattr(client, method)(url, **kwargs)

    assert response.status_code == expected, response.content[:300]
    if expected == 404:
        assert response.json() == {"detail": "No Assignment matches the given query."} or "detail" in response.json()


@pytest.mark.django_db
def test_someone_elses_object_answers_exactly_like_a_missing_one(client, world):
    client.force_login(world["users"]["other_client"])

    theirs = client.get(f"/api/v1/assignments/{world['exercise'].pk}")
    missing = client.get("/api/v1/assignments/999999")

    assert (theirs.status_code, theirs.json()) == (missing.status_code, missing.json())


def api_routes(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from api_routes(pattern, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/v1/"):
            yield pattern.name, pattern.callback


def test_every_api_route_is_in_the_matrix_with_every_method_it_allows():
    covered: dict[str, set[str]] = {}
    for name, method, _, _ in MATRIX:
        covered.setdefault(name, set()).add(method)
    for name, callback in api_routes():
        view = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
        methods = {m.lower() for m in getattr(view, "http_method_names", [])} - {"options", "head", "trace"}
        implemented = {m for m in methods if hasattr(view, m)}
        assert name in covered, f"/api/v1 route {name!r} is not in the access matrix"
        missing = implemented - covered[name]
        assert not missing, f"{name}: methods {missing} are not in the access matrix"
