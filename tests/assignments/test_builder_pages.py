"""The builder without JavaScript: a practice admin writes a new exercise (each change one POST naming the draft's
revision), previews it, publishes it; a stale page never overwrites a newer save and keeps what was typed; the
rules of who may write hold on every page."""

import pytest
from django.urls import reverse

from assignments.models import Template, TemplateVersion

pytestmark = pytest.mark.django_db


def _new(client, title="Small wins"):
    response = client.post(reverse("library:new"), {"title": title, "description": "Noticing what went well."})
    assert response.status_code == 302, response.content[:500]
    return Template.objects.get(slug=response["Location"].rstrip("/").split("/")[-2])


def _revision(template) -> int:
    template.refresh_from_db()
    draft = template.versions.filter(status="draft").first()
    return (draft or template.current_version).revision


def _add(client, template, **fields):
    data = {"action": "add", "revision": _revision(template), "kind": "text", "text": "What went well?"} | fields
    return client.post(reverse("library:edit", args=[template.slug]), data)


def _items(template) -> list[dict]:
    template.refresh_from_db()
    return (template.versions.filter(status="draft").first() or template.current_version).items


def test_a_practice_admin_writes_previews_and_publishes_an_exercise(client, practice_admin, clinician, library):
    client.force_login(practice_admin)
    template = _new(client)

    assert _add(client, template, kind="boolean", text="Did anything go well today?", required="on").status_code == 302
    assert (
        _add(client, template, kind="choices", text="Where?", options="At work\nAt home\nWith friends").status_code
        == 302
    )
    assert _add(client, template, kind="scale", text="How good did it feel?", low=0, high=10).status_code == 302
    placeholder = _items(template)[0]["linkId"]
    edit = reverse("library:edit", args=[template.slug])
    client.post(edit, {"action": f"remove:{placeholder}", "revision": _revision(template)})
    client.post(edit, {"action": "down:did_anything_go_well_today", "revision": _revision(template)})
    client.post(edit, {"action": "up:did_anything_go_well_today", "revision": _revision(template)})
    details = {"action": "details", "revision": _revision(template), "title": "Small wins"}
    client.post(edit, details | {"description": "Noticing.", "introduction": "Two minutes, most days."})

    items = _items(template)
    assert [i["text"] for i in items] == ["Did anything go well today?", "Where?", "How good did it feel?"]
    assert items[0]["required"] is True and items[1]["repeats"] is True
    assert [o["display"] for o in items[1]["answerOption"]] == ["At work", "At home", "With friends"]
    assert (items[2]["minValue"], items[2]["maxValue"], items[2]["control"]) == (0, 10, "slider")
    preview = client.get(reverse("library:preview", args=[template.slug]) + "?version=1").content.decode()
    assert "How good did it feel?" in preview

    published = client.post(edit, {"action": "publish", "revision": _revision(template)})

    assert published.status_code == 302 and published["Location"] == reverse("library:detail", args=[template.slug])
    template.refresh_from_db()
    assert template.current_version.number == 1 and not template.versions.filter(status="draft").exists()
    client.force_login(clinician.user)
    assert "Small wins" in client.get(reverse("library:index")).content.decode()


def test_a_stale_page_never_overwrites_a_newer_save_and_keeps_what_was_typed(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    opened_at = _revision(template)
    _add(client, template, text="Saved in the other tab")

    stale = client.post(
        reverse("library:edit", args=[template.slug]),
        {"action": "add", "revision": opened_at, "kind": "text", "text": "Typed in this tab"},
    )

    assert stale.status_code == 409
    page = stale.content.decode()
    assert "saved elsewhere since you opened it" in page and "Typed in this tab" in page  # still in the form
    assert [i["text"] for i in _items(template)][-1] == "Saved in the other tab"
    assert stale.context["item_form"]["revision"].value() == str(_revision(template))


def test_publishing_an_incomplete_draft_says_what_is_missing(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)

    response = client.post(
        reverse("library:edit", args=[template.slug]), {"action": "publish", "revision": _revision(template)}
    )

    assert response.status_code == 400
    assert "Write a short introduction for the client" in response.content.decode()
    assert not TemplateVersion.objects.filter(template=template, status="published").exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "choice", "options": ""}, "Write at least one option"),
        ({"kind": "choice", "options": "Yes\nyes"}, "Two options are the same"),
        ({"kind": "scale", "low": 10, "high": 0}, "its top must be more than its bottom"),
        ({"text": ""}, "This field is required"),
    ],
)
def test_an_item_that_cannot_be_added_is_explained_and_nothing_is_saved(client, practice_admin, fields, message):
    client.force_login(practice_admin)
    template = _new(client)
    before = _revision(template)

    response = _add(client, template, **fields)

    assert response.status_code == 400 and message in response.content.decode()
    assert _revision(template) == before


def test_a_built_in_exercise_is_copied_to_be_changed_and_a_measure_keeps_its_content(client, practice_admin, library):
    client.force_login(practice_admin)

    copied = client.post(reverse("library:copy", args=["acceptance"]))
    copy = Template.objects.get(practice=practice_admin.practice)

    assert copied.status_code == 302 and copied["Location"] == reverse("library:edit", args=[copy.slug])
    assert client.get(reverse("library:edit", args=["acceptance"])).status_code == 403
    assert "Copy it to change it" not in client.get(reverse("library:detail", args=["phq-9"])).content.decode()


def test_clinicians_write_only_where_the_practice_allows_it(client, clinician, practice, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    client.force_login(clinician.user)

    refused = [
        client.get(reverse("library:new")).status_code,
        client.get(reverse("library:edit", args=[template.slug])).status_code,
    ]
    practice.clinicians_write_templates = True
    practice.save(update_fields=["clinicians_write_templates"])

    assert refused == [403, 403]
    assert client.get(reverse("library:edit", args=[template.slug])).status_code == 200
    assert _add(client, template).status_code == 302


def test_another_practices_draft_is_not_found(client, practice_admin, foreign_admin):
    client.force_login(foreign_admin)
    theirs = _new(client, title="Theirs")
    client.force_login(practice_admin)

    assert client.get(reverse("library:edit", args=[theirs.slug])).status_code == 404
    assert _add(client, theirs).status_code == 404


def test_an_item_is_shown_only_when_an_earlier_answer_is_what_the_author_wrote(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    _add(client, template, kind="choice", text="How did it go?", options="Well\nBadly")
    _add(client, template, kind="list", text="What went well?")
    edit = reverse("library:edit", args=[template.slug])

    set_it = client.post(
        edit,
        {
            "action": "when:what_went_well",
            "revision": _revision(template),
            "when_question": "how_did_it_go",
            "when_operator": "=",
            "when_answer": "well",
        },
    )

    assert set_it.status_code == 302
    item = _items(template)[-1]
    assert item["enableWhen"] == [{"question": "how_did_it_go", "operator": "=", "answer": "well-1"}]
    assert item["repeats"] is True  # a repeating list, shown on a condition: the "Done when" content
    page = client.get(edit).content.decode()
    assert "Shown only if the client answered “Well” to “How did it go?”" in page
    client.post(edit, {"action": "unwhen:what_went_well", "revision": _revision(template)})
    assert "enableWhen" not in _items(template)[-1]


@pytest.mark.parametrize(
    ("question", "answer", "message"),
    [
        ("how_did_it_go", "Sideways", "is not one of the options"),
        ("what_went_well", "x", "Choose a question asked before this item"),  # a list repeats: not a condition
        ("slept", "maybe", "is answered yes or no"),
    ],
)
def test_a_condition_that_cannot_be_read_is_explained_and_nothing_is_saved(
    client, practice_admin, question, answer, message
):
    client.force_login(practice_admin)
    template = _new(client)
    _add(client, template, kind="choice", text="How did it go?", options="Well\nBadly")
    _add(client, template, kind="list", text="What went well?")
    _add(client, template, kind="boolean", text="Slept?")
    _add(client, template, kind="text", text="Anything else?")
    before = _revision(template)

    response = client.post(
        reverse("library:edit", args=[template.slug]),
        {
            "action": "when:anything_else",
            "revision": before,
            "when_question": question,
            "when_operator": "=",
            "when_answer": answer,
        },
    )

    assert response.status_code == 400 and message in response.content.decode()
    assert _revision(template) == before
