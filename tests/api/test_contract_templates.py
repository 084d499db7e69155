"""API.md, line by line: the templates, listed and found by slug (a practice's own copy too, never another's)."""

import pytest

pytestmark = pytest.mark.django_db


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
