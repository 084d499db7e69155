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
