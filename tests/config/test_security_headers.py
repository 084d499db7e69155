"""The Content-Security-Policy and Cache-Control on every response, and the CSP violation report endpoint.

The no-store check walks the URL resolver itself, so a route added later is covered without a new line here."""

import json
import logging
import re
import uuid
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import submitted

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
REQUIRED_DIRECTIVES = {
    "default-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "report-uri": "/csp-report/",
}


def _policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_every_page_carries_a_strict_policy(client, client_profile):
    client.force_login(client_profile.user)

    policy = _policy(client.get("/portal/"))

    for name, value in REQUIRED_DIRECTIVES.items():
        assert policy[name] == [value], name
    for name in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[name]
        assert "'unsafe-eval'" not in policy[name]
    assert "'unsafe-inline'" not in " ".join(policy.get("default-src", []))


def test_the_inline_script_runs_by_this_responses_nonce_only(client, client_profile):
    client.force_login(client_profile.user)

    first, second = client.get("/portal/"), client.get("/portal/")

    nonces = []
    for response in (first, second):
        nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
        assert f'<script nonce="{nonce}">' in response.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_the_api_documentation_page_runs_under_the_policy(client, clinician):
    client.force_login(clinician.user)

    response = client.get("/api/docs/")

    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    page = response.content.decode()
    assert page.count(f'nonce="{nonce}"') == 2  # its one inline style and its one inline script
    assert "<script>" not in page
    assert "<style>" not in page


# Outside these, an inline style attribute, an inline event handler or a script without the nonce would be
# blocked by the browser. E-mails are not served as pages, so they may style inline (mail clients need it).
_SERVED_TEMPLATES = [p for p in TEMPLATES_DIR.rglob("*.html") if "emails" not in p.relative_to(TEMPLATES_DIR).parts]


@pytest.mark.parametrize(
    ("what", "pattern"),
    [
        ("an inline style attribute", re.compile(r"\sstyle\s*=", re.IGNORECASE)),
        ("an inline event handler", re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE)),
        ("a javascript: address", re.compile(r"javascript:", re.IGNORECASE)),
        ("an inline script without the nonce", re.compile(r"<script(?![^>]*\b(?:src|nonce)=)[^>]*>", re.IGNORECASE)),
        ("an inline style element without the nonce", re.compile(r"<style(?![^>]*\bnonce=)[^>]*>", re.IGNORECASE)),
    ],
)
def test_no_served_template_holds_what_the_policy_blocks(what, pattern):
    assert len(_SERVED_TEMPLATES) > 50
    offenders = [str(p.relative_to(TEMPLATES_DIR)) for p in _SERVED_TEMPLATES if pattern.search(p.read_text())]

    assert offenders == [], f"{what} in {offenders}"


# --- Cache-Control over the URL resolver ------------------------------------------------------------------


def _routes(patterns=None, prefix=""):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


# Sample values for the allauth routes written as regular expressions.
_REGEX_SAMPLES = {
    r"^confirm-email/(?P<key>[-:\w]+)/$": "confirm-email/sample-key/",
    r"^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": "password/reset/key/1-set-password/",
}


def _path_for(route: str, ids: dict[str, int]) -> str:
    for regex, sample in _REGEX_SAMPLES.items():
        route = route.replace(regex, sample)

    def value(match):
        converter, name = match.group(1), match.group(2)
        if converter == "int":
            section = next((key for key in ids if f"{key}/<int:{name}>" in route), None)
            return str(ids[section] if section and name == "pk" else ids.get(name, 1))
        if converter == "uuid":
            return str(uuid.uuid4())
        if converter == "slug":
            return "acceptance"
        return "sample"

    return "/" + re.sub(r"<(\w+):(\w+)>", value, route)


@pytest.fixture
def visited(client, give, client_profile, practice_admin, clinician, library):
    """Every route in the resolver, fetched with GET by each signed-in role, with real ids where a route takes one."""
    assignment = give("phq-9")
    submitted(assignment, {f"phq9_{n}": "1" for n in range(1, 10)})
    ids = {"assignments": assignment.pk, "clients": client_profile.pk, "series_pk": assignment.series_id or 1}
    paths = sorted({_path_for(route, ids) for route in _routes() if not route.startswith("django-admin")})
    seen = []
    for user in (clinician.user, client_profile.user, practice_admin):
        client.force_login(user)
        for path in paths:
            seen.append((user.role, path, client.get(path)))
        client.logout()
    return seen


def test_no_response_to_a_signed_in_person_may_be_stored(visited):
    missing = [
        (role, path, response.status_code, response.headers.get("Cache-Control"))
        for role, path, response in visited
        if "no-store" not in response.headers.get("Cache-Control", "")
    ]

    assert missing == []
    # Not only error answers: the walk reaches the pages themselves.
    assert sum(response.status_code == 200 for _, _, response in visited) >= 40


@pytest.mark.parametrize(
    ("signed_in", "expected"),
    [(True, "max-age=0, no-cache, no-store, must-revalidate, private"), (False, "public, max-age=3600")],
)
def test_only_an_anonymous_response_a_view_marks_cacheable_keeps_its_caching(rf, clinician, signed_in, expected):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from config.security import NoStoreMiddleware

    def view(request):
        response = HttpResponse("hello")
        response["Cache-Control"] = "public, max-age=3600"
        response.cacheable = True
        return response

    request = rf.get("/")
    request.user = clinician.user if signed_in else AnonymousUser()

    assert NoStoreMiddleware(view)(request)["Cache-Control"] == expected


# --- The violation report endpoint -----------------------------------------------------------------------

LEGACY_REPORT = {
    "csp-report": {
        "document-uri": "https://rr.example/portal/assignments/7/?token=secret-value#x",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "script-sample": "alert('what the client typed')",
    }
}
REPORTING_API_REPORT = [
    {
        "type": "csp-violation",
        "body": {
            "documentURL": "https://rr.example/clinician/?q=Jane",
            "effectiveDirective": "style-src-attr",
            "blockedURL": "inline",
            "sample": "color: red",
        },
    }
]


@pytest.mark.parametrize(
    ("body", "content_type", "directive"),
    [
        (LEGACY_REPORT, "application/csp-report", "script-src-elem"),
        (REPORTING_API_REPORT, "application/reports+json", "style-src-attr"),
    ],
)
def test_a_violation_report_is_logged_without_query_strings_or_samples(client, caplog, body, content_type, directive):
    with caplog.at_level(logging.WARNING, logger="security.csp"):
        response = client.post("/csp-report/", json.dumps(body), content_type=content_type)

    assert response.status_code == 204
    [line] = [record.getMessage() for record in caplog.records if record.name == "security.csp"]
    assert f"directive={directive}" in line
    for secret in ("secret-value", "Jane", "what the client typed", "color: red", "?"):
        assert secret not in line


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"\xff\xfe", 400),
        (b'{"something": "else"}', 400),
        (b"[1, 2, 3]", 400),
        (json.dumps({"csp-report": {"blocked-uri": "x" * 20_000}}).encode(), 413),
    ],
)
def test_what_is_not_a_report_gets_a_clear_error(client, caplog, body, status):
    with caplog.at_level(logging.WARNING, logger="security.csp"):
        response = client.post("/csp-report/", body, content_type="application/csp-report")

    assert response.status_code == status
    assert "detail" in response.json()
    assert not [record for record in caplog.records if record.name == "security.csp"]


def test_the_report_endpoint_takes_only_posts(client):
    assert client.get("/csp-report/").status_code == 405
