"""Every list endpoint costs the same number of queries at 3 rows as at 30."""

import pytest

from assignments.services import comment_add
from tests.factories import client_of, submitted

pytestmark = pytest.mark.django_db


def grow(n, *, clinician, give):
    from assignments.library import EXAMPLES

    for _ in range(n):
        other = client_of(clinician)
        give("acceptance", client=other)
        assignment = give("phq-9")
        submitted(assignment, EXAMPLES["phq-9"] | {"phq9_9": "1"})
        comment_add(assignment=assignment, author=clinician.user, body="Thanks")


@pytest.mark.parametrize(
    ("who", "path"),
    [
        ("clinician", "/api/v1/clients"),
        ("clinician", "/api/v1/assignments"),
        ("client", "/api/v1/assignments"),
        ("clinician", "/api/v1/alerts"),
        ("clinician", "/api/v1/templates"),
        ("clinician", "/api/v1/assignments/{first}/comments"),
        ("client", "/api/v1/me/export"),
    ],
)
def test_list_queries_do_not_grow_with_the_rows(
    client, clinician, client_profile, give, django_assert_max_num_queries, who, path
):
    from assignments.models import Assignment

    user = clinician.user if who == "clinician" else client_profile.user
    client.force_login(user)
    grow(3, clinician=clinician, give=give)
    first = Assignment.objects.filter(client=client_profile, comments__isnull=False).first().pk
    url = path.format(first=first)
    with django_assert_max_num_queries(50) as small:
        assert client.get(url).status_code == 200
    grow(27, clinician=clinician, give=give)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def _statements(captured) -> list[str]:
    """The queries a request ran, without the savepoints the test's own transaction turns BEGIN/COMMIT into."""
    return [q["sql"] for q in captured.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))]


@pytest.mark.parametrize("channel", ["api", "web"])
def test_a_draft_save_costs_the_same_however_long_its_history(
    client, client_profile, clinician, give, token_for, channel
):
    """A save reads the caller, reads the assignment, re-reads it locked with its response, and writes the
    answers, the revision and the audit row; the comments and history around it cost nothing."""
    import json

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    assignment = give("feelings-check-in")
    if channel == "api":
        headers = {"HTTP_X_SESSION_TOKEN": token_for(client_profile.user)}
    else:
        client.force_login(client_profile.user)
        headers = {}
    version = 0

    def save(text: str) -> list[str]:
        nonlocal version
        with CaptureQueriesContext(connection) as captured:
            if channel == "api":
                body = json.dumps({"answers": {"what_happened": text}, "version": version})
                response = client.put(
                    f"/api/v1/assignments/{assignment.pk}/draft", body, content_type="application/json", **headers
                )
            else:
                url = reverse("clients:assignment_autosave", args=[assignment.pk])
                response = client.post(url, {"a:what_happened": text, "version": str(version)})
        assert response.status_code == 200, response.content
        version = response.json()["version"]
        return _statements(captured)

    save("first")  # the first save also starts the assignment (one status update)
    few = save("second")
    for n in range(30):
        comment_add(assignment=assignment, author=clinician.user, body=f"Note {n}")
        save(f"draft {n}")
    many = save("the last")

    # user with practice (the session is read from the cache), the assignment, the assignment locked with its
    # response, the answers, the audit row, the revision
    assert len(few) == len(many) == 6, many
