"""The API's template and comment reads are scoped to the caller: anyone else's is a 404, like a missing one."""

import pytest
from django.http import Http404

from assignments.library import template_copy
from assignments.selectors import comments_for, template_for, templates_for
from assignments.services import comment_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def copies(template, practice_admin, foreign_admin):
    """The acceptance exercise copied into the usual practice ("ours") and into another one ("theirs")."""
    source = template("acceptance")
    return {
        "ours": template_copy(template=source, practice=practice_admin.practice, by=practice_admin, slug="ours"),
        "theirs": template_copy(template=source, practice=foreign_admin.practice, by=foreign_admin, slug="theirs"),
    }


def test_templates_are_the_library_and_the_callers_practices_own(clinician, client_profile, copies):
    slugs = set(templates_for(user=clinician.user).values_list("slug", flat=True))

    assert {"ours", "acceptance", "phq-9"} <= slugs
    assert "theirs" not in slugs
    assert not templates_for(user=client_profile.user).exists()


def test_another_practices_template_is_a_404(client, clinician, copies):
    assert template_for(user=clinician.user, slug="ours") == copies["ours"]
    with pytest.raises(Http404):
        template_for(user=clinician.user, slug="theirs")

    client.force_login(clinician.user)
    assert client.get("/api/v1/templates/ours").status_code == 200
    assert client.get("/api/v1/templates/theirs").status_code == 404
    assert client.get("/api/v1/templates/theirs/fhir").status_code == 404


def test_comments_are_read_only_on_the_callers_own_assignments(
    client, clinician, other_clinician, client_profile, give
):
    assignment, another = give("acceptance"), give("acceptance")
    comment_add(assignment=assignment, author=client_profile.user, body="Mine")
    comment_add(assignment=another, author=client_profile.user, body="Elsewhere")

    assert [c.body for c in comments_for(user=clinician.user, assignment_pk=assignment.pk)] == ["Mine"]
    assert [c.body for c in comments_for(user=client_profile.user, assignment_pk=assignment.pk)] == ["Mine"]
    with pytest.raises(Http404):
        comments_for(user=other_clinician.user, assignment_pk=assignment.pk)

    client.force_login(other_clinician.user)
    assert client.get(f"/api/v1/assignments/{assignment.pk}/comments").status_code == 404
