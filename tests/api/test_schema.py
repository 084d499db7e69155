"""The OpenAPI schema covers every route, and schemathesis finds no 5xx and no response off the schema."""

import pytest
import schemathesis
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings, strategies
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.api.test_matrix import api_routes

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25


def test_every_api_route_is_in_the_schema(client):
    import yaml

    paths = yaml.safe_load(client.get(reverse("api-schema")).content)["paths"]
    documented = {p.removeprefix("/api/v1/") for p in paths}
    for name, callback in api_routes():
        route = reverse(f"api:{name}", kwargs=_sample_kwargs(name)).removeprefix("/api/v1/")
        shape = _shape(route)
        assert any(_shape(p) == shape for p in documented), f"/api/v1/{route} ({name}) is not in the OpenAPI schema"


def _sample_kwargs(name: str) -> dict:
    if name.startswith("template"):
        return {"slug": "x"} if name not in ("templates", "templates-import") else {}
    if name in ("assignment", "client-progress", "alert-acknowledge") or name.startswith("assignment-"):
        return {"pk": 1}
    return {}


def _shape(path: str) -> str:
    import re

    return re.sub(r"\{[^}]+\}|\b\d+\b|(?<=templates/)[^/]+", "{}", path)


@pytest.fixture
def tokens(world, token_for):
    return {role: token_for(world["users"][role]) for role in ("clinician", "client")}


@pytest.fixture
def api_schema(db, world, tokens):
    """The live schema, served by the real WSGI application in this process (and this test's transaction)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from config.wsgi import application

    # As Django's own test client does: keep the test's connection open between requests.
    # (After ``tokens``: the test client reconnects these signals whenever it is used.)
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/schema/", application)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


HYPOTHESIS = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


def each_operation(schema, make_check) -> tuple[int, list[str]]:
    """Run ``make_check(operation)()`` for every operation of ``schema``; returns (operations, failures)."""
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        try:
            make_check(operation)()
        except Exception as error:  # noqa: BLE001 - collect them all, then report
            failures.append(f"{operation.method.upper()} {operation.path}: {error}"[:2000])
    return operations, failures


def exercise(schema, token: str) -> tuple[int, list[str]]:
    """Every operation, EXAMPLES_PER_OPERATION generated requests each, valid and invalid; returns (operations, failures).

    Invalid requests must be refused with a 4xx (schemathesis's negative-data check).
    """

    def make_check(operation):
        @HYPOTHESIS
        @given(case=strategies.one_of(operation.as_strategy(mode) for mode in GenerationMode))
        def check(case):
            # Well-shaped requests can still be refused by business rules (a client id
            # that is not on the caseload answers 400), so "positive data is accepted"
            # is not a rule here; every other check is.
            case.call_and_validate(headers={"X-Session-Token": token}, excluded_checks=[positive_data_acceptance])

        return check

    return each_operation(schema, make_check)


@pytest.mark.slow
@pytest.mark.parametrize("role", ["clinician", "client"])
def test_the_api_holds_up_to_generated_requests(api_schema, tokens, role):
    operations, failures = exercise(api_schema, tokens[role])

    assert operations >= 19
    assert not failures, "\n\n".join(failures)


# --- Hostile values in every field -------------------------------------------------------------------------------

_DEEP: list = []
for _ in range(500):  # as deep as a client's JSON encoder goes; deeper bodies are test_hostile_input.py's (raw)
    _DEEP = [_DEEP]
HOSTILE = [
    "\x00",
    "before\x00after",
    "\x07\x08\x1b[31m\x7f",
    "\u202eevil\u202c",
    "\U0001f600" * 50,
    "lone \ud800 surrogate",  # valid JSON (an escaped half of a pair) that no UTF-8 text can hold
    "x" * 20_000,  # long, not oversized: bodies past the upload limit are tests/api/test_hostile_input.py's
    10**30,
    -(10**30),
    1e308,
    2**63,
    -1,
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "",
    None,
    True,
    [],
    {},
    _DEEP,
]


# No shrinking: a failure is reported with the value that caused it, and a run stays bounded in time.
HOSTILE_RUNS = settings(HYPOTHESIS, max_examples=len(HOSTILE), phases=[Phase.generate])


def _with_hostile_value(case, value, pick) -> None:
    """Put ``value`` in one place of ``case``: a body field, a query parameter or a path parameter."""
    places = []
    if isinstance(case.body, dict):
        places += [("body", key) for key in case.body] or [("body", "answers")]
    places += [("query", key) for key in (case.query or {})]
    places += [("path", key) for key in (case.path_parameters or {})]
    if not places:
        return
    where, key = pick(places)
    if where == "body":
        case.body = {**case.body, key: value}
    elif where == "query":
        text = value if isinstance(value, str | int) else str(value)[:1000]
        if isinstance(text, str):  # a URL cannot carry half a surrogate pair at all
            text = text.encode("utf-8", "replace").decode()
        case.query = {**case.query, key: text}
    elif isinstance(value, int) and not isinstance(value, bool):
        case.path_parameters = {**case.path_parameters, key: value}


def exercise_hostile(schema, token: str) -> tuple[int, list[str]]:
    """Every operation, valid requests with one field made hostile: each answered below 500, as JSON."""

    def make_check(operation):
        @HOSTILE_RUNS
        @given(
            case=operation.as_strategy(GenerationMode.POSITIVE),
            value=strategies.sampled_from(HOSTILE),
            data=strategies.data(),
        )
        def check(case, value, data):
            _with_hostile_value(case, value, lambda places: data.draw(strategies.sampled_from(places)))
            response = case.call(headers={"X-Session-Token": token})
            assert response.status_code < 500, f"{response.status_code} for {value!r:.80}"
            assert response.headers.get("content-type", [""])[0].startswith("application/json") or (
                response.status_code == 204
            ), response.headers

        return check

    return each_operation(schema, make_check)


@pytest.mark.slow
@pytest.mark.parametrize("role", ["clinician", "client"])
def test_the_api_answers_hostile_values_with_a_clear_4xx_never_a_5xx(api_schema, tokens, role):
    operations, failures = exercise_hostile(api_schema, tokens[role])

    assert operations >= 19
    assert not failures, "\n\n".join(failures)
