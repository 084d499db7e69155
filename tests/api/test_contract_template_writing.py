"""API.md, line by line: writing a practice's own exercise. Create a draft, save it with revisions (409 on a
stale one, 400 per linkId on a structural problem, nothing half-saved), publish it (refused while incomplete),
archive and restore it, list its versions; built-in templates change only by copying; clinicians write only
where their practice allows it; every change is in the audit trail."""

import pytest

from assignments.models import Template, TemplateDraftRevision, TemplateVersion
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

ITEMS = [
    {"linkId": "what", "type": "text", "text": "What happened?", "required": True},
    {
        "linkId": "felt",
        "type": "choice",
        "text": "How did it feel?",
        "answerOption": [{"code": "hurt", "display": "It hurt"}, {"code": "ok", "display": "I was all right"}],
    },
]
NEW = {"title": "After the message", "description": "A short look back at a hard message.", "items": ITEMS}


def _create(call, **extra):
    response = call("post", "/api/v1/templates", {**NEW, **extra})
    assert response.status_code == 201, response.content
    return response.json()


def test_an_admin_creates_a_draft_that_is_not_offered_until_published(as_user, practice_admin, clinician, library):
    call = as_user(practice_admin)

    body = _create(call)

    assert body["slug"] == "after-the-message"
    assert body["draft"]["revision"] == 1 and body["draft"]["items"] == ITEMS
    offered = {
        row["slug"] for row in as_user(clinician.user)("get", "/api/v1/templates?page_size=100").json()["results"]
    }
    assert "after-the-message" not in offered
    assert call("get", "/api/v1/templates/after-the-message").status_code == 404  # nothing published yet
    assert call("get", "/api/v1/templates/after-the-message/draft").json()["title"] == NEW["title"]


def test_a_second_exercise_of_the_same_title_gets_its_own_slug(as_user, practice_admin, library):
    call = as_user(practice_admin)

    assert [_create(call)["slug"], _create(call)["slug"]] == ["after-the-message", "after-the-message-2"]
    assert _create(call, title="PHQ-9")["slug"] == "phq-9-2"  # never a built-in template's slug


def test_a_save_names_its_revision_and_a_stale_one_answers_409_with_the_draft_as_it_is(as_user, practice_admin):
    call = as_user(practice_admin)
    slug = _create(call)["slug"]
    first_tab = [*ITEMS, {"linkId": "next", "type": "string", "text": "One small next step"}]
    second_tab = [{**ITEMS[0], "text": "What happened, in a few words?"}, ITEMS[1]]

    saved = call("put", f"/api/v1/templates/{slug}/draft", {"items": first_tab, "revision": 1})
    stale = call("put", f"/api/v1/templates/{slug}/draft", {"items": second_tab, "revision": 1})

    assert saved.status_code == 200 and saved.json() == {"revision": 2}
    assert stale.status_code == 409
    assert stale.json()["revision"] == 2 and stale.json()["items"] == first_tab
    assert "another tab" in stale.json()["detail"]
    draft = TemplateVersion.objects.get(template__slug=slug)
    assert (draft.revision, draft.items) == (2, first_tab)
    # every accepted save is kept, whoever saved last
    assert list(TemplateDraftRevision.objects.filter(version=draft).values_list("number", flat=True)) == [2, 1]


@pytest.mark.parametrize(
    ("items", "key", "words"),
    [
        ([ITEMS[0], {**ITEMS[1], "linkId": "what"}], "what", "used twice"),
        ([ITEMS[0], {**ITEMS[1], "answerOption": []}], "felt", "answerOption"),
        (
            [{**ITEMS[0], "enableWhen": [{"question": "felt", "operator": "=", "answerCoding": "hurt"}]}, ITEMS[1]],
            "what",
            "",
        ),
        ([], "template", "at least one item"),
    ],
    ids=["duplicate linkId", "no options", "condition on a later item", "no items"],
)
def test_a_structural_problem_answers_400_next_to_the_item_and_saves_nothing(
    as_user, practice_admin, items, key, words
):
    call = as_user(practice_admin)
    slug = _create(call)["slug"]

    response = call("put", f"/api/v1/templates/{slug}/draft", {"items": items, "revision": 1})

    assert response.status_code == 400
    messages = response.json()["errors"][key]
    assert messages and all(isinstance(m, str) for m in messages)
    assert words in " ".join(messages)
    assert TemplateVersion.objects.get(template__slug=slug).revision == 1


def test_publishing_is_refused_until_the_draft_is_complete_and_then_freezes_a_version(
    as_user, practice_admin, clinician
):
    call = as_user(practice_admin)
    slug = _create(call)["slug"]

    refused = call("post", f"/api/v1/templates/{slug}/publish")
    call("put", f"/api/v1/templates/{slug}/draft", {"introduction": "A few minutes, in your own words.", "revision": 1})
    published = call("post", f"/api/v1/templates/{slug}/publish")

    assert refused.status_code == 400 and "introduction" in " ".join(refused.json()["errors"]["template"])
    assert published.status_code == 200 and published.json() == {"version": 1}
    assert as_user(clinician.user)("get", f"/api/v1/templates/{slug}").json()["version"] == 1
    again = call("post", f"/api/v1/templates/{slug}/publish")
    assert again.status_code == 400  # no draft open: nothing to publish


def test_a_new_draft_starts_from_the_published_version_and_the_versions_say_what_changed(as_user, practice_admin):
    call = as_user(practice_admin)
    slug = _create(call, introduction="A few minutes.")["slug"]
    call("post", f"/api/v1/templates/{slug}/publish")
    opened = call("get", f"/api/v1/templates/{slug}/draft").json()  # the published content, ready to change
    changed = [{**ITEMS[0], "text": "What did the message say?"}, ITEMS[1]]

    call("put", f"/api/v1/templates/{slug}/draft", {"items": changed, "revision": opened["revision"]})
    call("post", f"/api/v1/templates/{slug}/publish")
    versions = call("get", f"/api/v1/templates/{slug}/versions").json()

    assert [v["version"] for v in versions] == [2, 1]
    assert versions[0]["items_changed"] == ["the wording of “what”"] and versions[1]["items_changed"] == []
    assert versions[0]["published_by"] == practice_admin.display_name
    assert TemplateVersion.objects.get(template__slug=slug, number=1).items == ITEMS  # frozen as published


def test_archive_and_restore(as_user, practice_admin, clinician):
    call = as_user(practice_admin)
    slug = _create(call, introduction="A few minutes.")["slug"]
    call("post", f"/api/v1/templates/{slug}/publish")

    archived = call("post", f"/api/v1/templates/{slug}/archive")
    hidden = as_user(clinician.user)("get", f"/api/v1/templates/{slug}").status_code
    restored = call("post", f"/api/v1/templates/{slug}/restore")

    assert archived.json()["archived"] is True and hidden == 404
    assert restored.json()["archived"] is False
    assert as_user(clinician.user)("get", f"/api/v1/templates/{slug}").status_code == 200


@pytest.mark.parametrize("path", ["draft", "publish", "archive"])
def test_built_in_templates_change_only_by_copying(as_user, practice_admin, library, path):
    method = "get" if path == "draft" else "post"

    response = as_user(practice_admin)(method, f"/api/v1/templates/phq-9/{path}")

    assert response.status_code == 403
    assert "copying" in response.json()["detail"]


def test_a_copy_of_a_measure_keeps_its_wording(as_user, practice_admin, template):
    from assignments.library import template_copy

    copy = template_copy(template=template("phq-9"), practice=practice_admin.practice, by=practice_admin, slug="p")
    current = as_user(practice_admin)("get", "/api/v1/templates/p/draft").json()
    items = [{**current["items"][0], "text": "Feeling a bit flat?"}, *current["items"][1:]]

    response = as_user(practice_admin)("put", "/api/v1/templates/p/draft", {"items": items, "revision": 0})

    assert response.status_code == 403 and "standard measure" in response.json()["detail"]
    assert not copy.versions.filter(status="draft").exists()


def test_clinicians_write_only_where_the_practice_allows_it(as_user, clinician, practice):
    call = as_user(clinician.user)

    refused = call("post", "/api/v1/templates", NEW)
    practice.clinicians_write_templates = True
    practice.save(update_fields=["clinicians_write_templates"])
    allowed = call("post", "/api/v1/templates", NEW)

    assert refused.status_code == 403 and "allow clinicians" in refused.json()["detail"]
    assert allowed.status_code == 201


def test_another_practices_exercise_is_not_found(as_user, practice_admin, foreign_admin):
    slug = _create(as_user(foreign_admin))["slug"]
    call = as_user(practice_admin)

    assert call("get", f"/api/v1/templates/{slug}/draft").status_code == 404
    assert call("put", f"/api/v1/templates/{slug}/draft", {"items": ITEMS, "revision": 1}).status_code == 404
    assert call("post", f"/api/v1/templates/{slug}/publish").status_code == 404
    assert call("get", f"/api/v1/templates/{slug}/versions").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"items": ITEMS},  # no revision
        {"items": ITEMS, "revision": -1},
        {"items": ITEMS, "revision": "one"},
        {"title": "", "revision": 1},
        {"title": "x" * 121, "revision": 1},
        [1, 2],
    ],
    ids=["no revision", "negative", "not a number", "empty title", "long title", "not an object"],
)
def test_bad_input_is_a_clear_400(as_user, practice_admin, body):
    call = as_user(practice_admin)
    slug = _create(call)["slug"]

    response = call("put", f"/api/v1/templates/{slug}/draft", body)

    assert response.status_code == 400 and response.json()["errors"]
    assert TemplateVersion.objects.get(template__slug=slug).revision == 1


def test_every_change_is_in_the_audit_trail_with_who_and_never_what(as_user, practice_admin):
    call = as_user(practice_admin)
    slug = _create(call, introduction="A few minutes.")["slug"]
    call("put", f"/api/v1/templates/{slug}/draft", {"title": "After a hard message", "revision": 1})
    call("post", f"/api/v1/templates/{slug}/publish")
    call("post", f"/api/v1/templates/{slug}/archive")
    template = Template.objects.get(slug=slug)

    events = AuditEvent.objects.filter(what="template", object_id=str(template.pk)).order_by("pk")

    assert [(e.action, e.actor_id) for e in events] == [
        ("create", practice_admin.pk),
        ("update", practice_admin.pk),
        ("publish", practice_admin.pk),
        ("archive", practice_admin.pk),
    ]
    assert events[1].changed == ["title"] and events[2].changed == ["version 1"]


def test_an_assignment_keeps_the_version_it_was_given_with(as_user, practice_admin, clinician, client_profile):
    import datetime

    from django.utils import timezone

    from assignments.services import assignment_create

    call = as_user(practice_admin)
    slug = _create(call, introduction="A few minutes.")["slug"]
    call("post", f"/api/v1/templates/{slug}/publish")
    [given] = assignment_create(
        clinician_user=clinician.user,
        client=client_profile,
        template=Template.objects.get(slug=slug),
        due_at=timezone.now() + datetime.timedelta(days=1),
    )
    draft = call("get", f"/api/v1/templates/{slug}/draft").json()
    call("put", f"/api/v1/templates/{slug}/draft", {"items": ITEMS[:1], "revision": draft["revision"]})
    call("post", f"/api/v1/templates/{slug}/publish")

    as_client = as_user(client_profile.user)("get", f"/api/v1/assignments/{given.pk}").json()

    assert as_client["template"]["version"] == 1 and as_client["template"]["items"] == ITEMS
    assert as_user(clinician.user)("get", f"/api/v1/templates/{slug}").json()["version"] == 2
