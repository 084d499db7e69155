"""Content management in the Django admin: list, preview, publish, copy; the library stays read-only."""

import json

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse
from django.utils.html import escape

from accounts.models import User
from assignments.library import template_copy, template_draft_save
from assignments.models import Template, TemplateVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client):
    user = User.objects.create_superuser("ops@example.test", "an operator password 1")
    TOTP.activate(user, generate_totp_secret())  # operators always need two-factor
    client.force_login(user)
    return user


def test_the_template_list_shows_the_library_and_can_be_searched(operator, client, library):
    response = client.get(reverse("admin:assignments_template_changelist"), {"q": "boundary"})

    assert response.status_code == 200
    assert [t.slug for t in response.context["cl"].result_list] == ["boundary-plan"]


def test_a_version_is_outlined_in_words_for_the_operator(operator, client, template):
    version = template("validity-analysis").current_version

    response = client.get(reverse("admin:assignments_templateversion_preview", args=[version.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert escape(version.title) in page and escape(version.introduction[:40]) in page
    assert "Shown only if the client answered" in page  # the conditional "do I want to change" question
    assert " exists " not in page and "True" not in page


def test_a_measure_preview_carries_its_attribution(operator, client, template):
    version = template("phq-9").current_version

    page = client.get(reverse("admin:assignments_templateversion_preview", args=[version.pk])).content.decode()

    assert "Kurt Kroenke and colleagues" in page and "Pfizer Inc." in page


def test_a_library_template_is_read_only(operator, client, template):
    version = template("acceptance").current_version

    response = client.get(reverse("admin:assignments_templateversion_change", args=[version.pk]))

    assert response.status_code == 200
    assert "items" in response.context["adminform"].readonly_fields
    assert client.post(reverse("admin:assignments_template_delete", args=[version.template.pk])).status_code == 403


def test_copying_into_a_practice_through_the_admin(operator, client, template, practice_admin):
    library_template = template("acceptance")

    response = client.post(
        reverse("admin:assignments_template_changelist"),
        {
            "action": "copy_to_practice",
            "_selected_action": [library_template.pk],
            "apply": "1",
            "practice": practice_admin.practice.pk,
            "slug": "acceptance-harbour",
        },
    )

    assert response.status_code == 302
    copy = Template.objects.get(practice=practice_admin.practice, slug="acceptance-harbour")
    assert copy.copied_from == library_template and copy.current_version.number == 1


def test_publishing_a_practice_draft_through_the_admin(operator, client, template, practice_admin):
    copy = template_copy(template=template("acceptance"), practice=practice_admin.practice, by=practice_admin)
    draft = template_draft_save(template=copy, by=practice_admin, title="Letting go, gently")

    client.post(
        reverse("admin:assignments_templateversion_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )

    copy.refresh_from_db()
    assert copy.current_version == draft
    assert TemplateVersion.objects.get(pk=draft.pk).status == "published"


def test_operators_do_not_edit_clinical_records(operator, client, give):
    assignment = give("acceptance")

    response = client.get(reverse("admin:assignments_assignment_change", args=[assignment.pk]))

    assert response.status_code == 200
    assert not response.context["has_change_permission"]


def _change_form(version, **fields):
    return {"title": version.title, "description": version.description, "introduction": version.introduction} | fields


def test_the_admin_cannot_change_a_measure_in_a_practice_copy(operator, client, template, practice_admin):
    copy = template_copy(template=template("phq-9"), practice=practice_admin.practice, by=practice_admin)
    draft = template_draft_save(template=copy, by=practice_admin, title="PHQ-9")
    change = reverse("admin:assignments_templateversion_change", args=[draft.pk])

    readonly = client.get(change).context["adminform"].readonly_fields
    reworded = [dict(item, text="Feeling flat") for item in draft.items]
    response = client.post(change, _change_form(draft, title="PHQ-9, ours", items=json.dumps(reworded)))

    assert {"items", "scoring", "risk_rules"} <= set(readonly)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "PHQ-9, ours" and draft.items == copy.current_version.items


def test_a_draft_edited_in_the_admin_is_checked_like_any_other(operator, client, template, practice_admin):
    copy = template_copy(template=template("acceptance"), practice=practice_admin.practice, by=practice_admin)
    draft = template_draft_save(template=copy, by=practice_admin, title="Letting go")
    broken = [*draft.items, {"linkId": draft.items[0]["linkId"], "type": "string", "text": "dup"}]
    fields = _change_form(draft, items=json.dumps(broken), scoring="null", risk_rules="[]")

    response = client.post(reverse("admin:assignments_templateversion_change", args=[draft.pk]), fields)

    assert response.status_code == 200 and "used twice" in response.content.decode()
    draft.refresh_from_db()
    assert draft.items == copy.current_version.items
