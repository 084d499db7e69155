"""A save from another device meanwhile: both versions to choose from, and nothing lost whatever is chosen."""

import json

import pytest

from assignments.models import ResponseRevision
from tests.clients.portal.pages import stored, url
from tests.factories import drafted

pytestmark = pytest.mark.django_db


def test_a_stale_version_shows_both_versions_to_choose_from(signed_in, validity):
    drafted(validity, {"self_story": "From my phone"})

    response = signed_in.post(url("assignment", validity), {"a:self_story": "From my laptop", "version": "0"})

    assert response.status_code == 409
    page = response.content.decode()
    assert "From my phone" in page and "From my laptop" in page
    assert "Keep both" in page
    assert stored(validity) == ({"self_story": "From my phone"}, 1)


def test_choosing_after_a_conflict_loses_nothing(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})
    mine = {"self_story": "Laptop", "rejection_kind": "work"}

    response = signed_in.post(
        url("assignment_resolve", validity), {"mine": json.dumps(mine), "version": "1", "pick:self_story": "theirs"}
    )

    assert response.status_code == 302
    assert stored(validity) == ({"self_story": "Phone", "rejection_kind": "work"}, 3)
    history = list(ResponseRevision.objects.filter(response__assignment=validity).values_list("answers", flat=True))
    assert {"self_story": "Laptop", "rejection_kind": "work"} in history  # this device's version, kept
    assert {"self_story": "Phone"} in history


def test_keeping_both_joins_the_two_texts(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})

    signed_in.post(
        url("assignment_resolve", validity),
        {"mine": json.dumps({"self_story": "Laptop"}), "version": "1", "pick:self_story": "both"},
    )

    assert stored(validity)[0] == {"self_story": "Laptop\n\nPhone"}


def test_using_the_other_version_for_everything(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})

    signed_in.post(
        url("assignment_resolve", validity),
        {"mine": json.dumps({"self_story": "Laptop", "pattern": "yes"}), "version": "1", "all": "theirs"},
    )

    assert stored(validity)[0] == {"self_story": "Phone"}


@pytest.mark.parametrize("mine", ["", "not json", "[1, 2]", '"text"', json.dumps({"nope": 1})])
@pytest.mark.parametrize("version", ["0", "7", "x"])
def test_a_broken_resolution_never_fails_badly(signed_in, validity, mine, version):
    response = signed_in.post(url("assignment_resolve", validity), {"mine": mine, "version": version})

    assert response.status_code in (302, 409)
