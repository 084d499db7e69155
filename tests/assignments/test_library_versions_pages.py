"""Versions side by side, archive and restore, and importing a FHIR Questionnaire file, on the library's pages."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assignments import compare, fhir
from assignments.library import template_draft_save, template_version_publish
from assignments.models import Template

pytestmark = pytest.mark.django_db


def _two_versions(practice_admin) -> Template:
    from assignments.library import template_create

    first = [
        {"linkId": "felt", "type": "choice", "text": "How did it feel?", "answerOption": [
            {"code": "good", "display": "Good"}, {"code": "hard", "display": "Hard"}]},
        {"linkId": "who", "type": "string", "text": "Who was there?"},
        {"linkId": "note", "type": "display", "text": "Thank you."},
    ]  # fmt: skip
    template = template_create(
        practice=practice_admin.practice, by=practice_admin, title="Small wins", description="d", items=first
    )
    draft = template.versions.get()
    template_draft_save(template=template, by=practice_admin, introduction="Hello.")
    template_version_publish(version=template.versions.get(), by=practice_admin)
    second = [
        {**first[0], "answerOption": [*first[0]["answerOption"], {"code": "numb", "display": "Numb"}]},
        {"linkId": "next", "type": "text", "text": "What next?"},
        {**first[2], "text": "Thank you for writing this."},
    ]
    template_draft_save(template=template, by=practice_admin, items=second)
    assert draft.number == 1
    return template


def test_the_comparison_lists_each_item_as_added_removed_changed_or_the_same():
    before = [
        {"linkId": "a", "type": "string", "text": "One"},
        {"linkId": "b", "type": "string", "text": "Two"},
        {"linkId": "c", "type": "boolean", "text": "Three", "required": True},
    ]
    after = [
        {"linkId": "a", "type": "string", "text": "One"},
        {"linkId": "c", "type": "boolean", "text": "Three, reworded"},
        {"linkId": "d", "type": "text", "text": "Four"},
    ]
    rows = compare.compare(before, after)
    assert [(row["linkId"], row["state"]) for row in rows] == [
        ("a", "same"), ("b", "removed"), ("c", "changed"), ("d", "added")
    ]  # fmt: skip
    assert rows[2]["changed"] == ["its wording", "whether it is needed"]
    assert compare.summary(rows) == {"added": 1, "removed": 1, "changed": 1, "same": 1}


def test_the_compare_page_shows_the_draft_beside_the_version_before_it(client, practice_admin):
    template = _two_versions(practice_admin)
    client.force_login(practice_admin)

    page = client.get(reverse("library:compare", args=[template.slug]))

    text = page.content.decode()
    assert page.status_code == 200
    assert "1 added · 1 removed · 2 changed · 0 the same" in text
    assert "its options (added “Numb”)" in text and "Thank you for writing this." in text
    assert client.get(reverse("library:compare", args=[template.slug]) + "?from=9").status_code == 404
    same = client.get(reverse("library:compare", args=[template.slug]) + "?from=1&to=1").content.decode()
    assert "0 added · 0 removed · 0 changed · 3 the same" in same


def test_a_built_in_exercise_compares_only_its_published_versions(client, clinician, library):
    client.force_login(clinician.user)
    page = client.get(reverse("library:compare", args=["acceptance"]))
    assert page.status_code == 200 and "the same" in page.content.decode()


def test_archive_and_restore_are_for_the_practices_writers_and_are_audited(client, practice_admin, clinician):
    from audit.models import AuditEvent

    template = _two_versions(practice_admin)
    url = reverse("library:archive", args=[template.slug])
    client.force_login(clinician.user)
    assert client.post(url).status_code == 403  # the practice lets only its admins write
    client.force_login(practice_admin)

    assert client.post(url, {"action": "archive"}).status_code == 302
    template.refresh_from_db()
    assert template.archived_at is not None
    assert client.post(url, {"action": "restore"}).status_code == 302
    template.refresh_from_db()
    assert template.archived_at is None
    actions = AuditEvent.objects.filter(what="template", object_id=template.pk).values_list("action", flat=True)
    assert {"archive", "restore"} <= set(actions)
    assert client.get(url).status_code == 405


def test_a_questionnaire_file_becomes_a_draft_with_its_report(client, practice_admin, library):
    client.force_login(practice_admin)
    document = fhir.questionnaire(Template.objects.get(slug="acceptance").current_version)
    document["title"] = "Acceptance, our way"
    upload = SimpleUploadedFile("acceptance.json", json.dumps(document).encode(), "application/json")

    answer = client.post(reverse("library:import"), {"file": upload}, follow=True)

    assert answer.status_code == 200
    template = Template.objects.get(practice=practice_admin.practice, slug="acceptance-our-way")
    assert template.versions.get().status == "draft"
    said = [str(m) for m in answer.context["messages"]]
    assert said[0] == "Imported as a draft: check it, then publish it." and any(m.startswith("Kept:") for m in said)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<Questionnaire/>", "That file is not JSON"),
        (json.dumps({"resourceType": "Patient"}).encode(), "must be a FHIR Questionnaire"),
        (
            json.dumps(
                {
                    "resourceType": "Questionnaire",
                    "status": "draft",
                    "item": [
                        {
                            "linkId": "a",
                            "type": "string",
                            "text": "A",
                            "enableWhen": [{"question": "b", "operator": "exists", "answerBoolean": True}],
                        },
                        {"linkId": "b", "type": "string", "text": "B"},
                    ],
                }
            ).encode(),
            "asked before it",
        ),
    ],
)
def test_a_file_that_cannot_be_imported_is_explained_and_nothing_is_saved(client, practice_admin, content, message):
    client.force_login(practice_admin)
    upload = SimpleUploadedFile("q.json", content, "application/json")

    answer = client.post(reverse("library:import"), {"file": upload})

    assert answer.status_code == 400 and message in answer.content.decode()
    assert not Template.objects.filter(practice=practice_admin.practice).exists()


def test_only_writers_may_import(client, clinician):
    client.force_login(clinician.user)
    assert client.get(reverse("library:import")).status_code == 403


def test_the_builder_and_compare_pages_take_the_same_queries_however_many_items_and_versions(client, practice_admin):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    template = _two_versions(practice_admin)
    client.force_login(practice_admin)
    pages = [reverse("library:edit", args=[template.slug]), reverse("library:compare", args=[template.slug])]
    for url in pages:
        client.get(url)

    def counts() -> list[int]:
        found = []
        for url in pages:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    few = counts()
    for n in range(4):  # four more published versions, and a draft of 40 items with conditions
        items = [{"linkId": f"q{k}", "type": "boolean", "text": f"Question {k}?"} for k in range(40)]
        for k in range(1, 40):
            items[k]["enableWhen"] = [{"question": f"q{k - 1}", "operator": "=", "answer": True}]
        template_draft_save(template=template, by=practice_admin, items=items, description="d", introduction="i")
        template_version_publish(version=template.versions.get(status="draft"), by=practice_admin)
    template_draft_save(template=template, by=practice_admin, title="Small wins, again")
    assert counts() == few


def test_a_new_draft_starts_from_any_published_version(client, practice_admin):
    template = _two_versions(practice_admin)
    template_version_publish(version=template.versions.get(status="draft"), by=practice_admin)
    client.force_login(practice_admin)
    detail = client.get(reverse("library:detail", args=[template.slug])).content.decode()
    assert 'value="start-from:1"' in detail and 'value="start-from:2"' in detail
    edit = reverse("library:edit", args=[template.slug])
    revision = template.versions.get(number=2).revision

    assert client.post(edit, {"action": "start-from:1", "revision": revision}).status_code == 302

    draft = template.versions.get(status="draft")
    assert draft.number == 3 and draft.items == template.versions.get(number=1).items
    again = client.post(edit, {"action": "start-from:2", "revision": draft.revision})
    assert again.status_code == 400 and "There is a draft already" in again.content.decode()
    assert "start-from" not in client.get(reverse("library:detail", args=[template.slug])).content.decode()
    missing = client.post(edit, {"action": "start-from:9", "revision": draft.revision})
    assert missing.status_code == 400


def test_every_save_of_a_draft_is_listed_and_the_draft_can_go_back_to_one(client, practice_admin):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    template = _two_versions(practice_admin)  # version 1 published, then a draft with three items changed
    draft = template.versions.get(status="draft")
    template_draft_save(template=template, by=practice_admin, title="Small wins, kinder")
    client.force_login(practice_admin)
    saves = reverse("library:saves", args=[template.slug])

    page = client.get(saves).content.decode()

    assert "The first save of this draft" in page and "the title" in page
    first = draft.revisions.order_by("number").first()
    answer = client.post(
        reverse("library:edit", args=[template.slug]),
        {"action": f"revert:{first.number}", "revision": draft.revisions.order_by("-number").first().number},
    )
    assert answer.status_code == 302
    draft.refresh_from_db()
    assert draft.items == first.content["items"] and draft.title == "Small wins"
    assert draft.revisions.count() == 3  # going back is a save of its own: the later saves are still there
    with CaptureQueriesContext(connection) as few:
        client.get(saves)
    for n in range(5):
        template_draft_save(template=template, by=practice_admin, introduction=f"Hello {n}.")
    with CaptureQueriesContext(connection) as many:
        client.get(saves)
    assert len(many) == len(few)
    elsewhere = client.post(reverse("library:edit", args=[template.slug]), {"action": "revert:999", "revision": 0})
    assert elsewhere.status_code in (400, 409)
