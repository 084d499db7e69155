"""The builder without JavaScript: a practice admin writes a new exercise (each change one POST naming the draft's
revision), previews it, publishes it; a stale page never overwrites a newer save and keeps what was typed; the
rules of who may write hold on every page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

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
    assert item["enableWhen"] == [{"question": "how_did_it_go", "operator": "=", "answer": "well"}]
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


def _post(client, template, action, json=False, **fields):
    headers = {"headers": {"Accept": "application/json"}} if json else {}
    data = {"action": action, "revision": _revision(template)} | fields
    return client.post(reverse("library:edit", args=[template.slug]), data, **headers)


def test_an_item_is_changed_in_place_keeping_its_id_and_its_kind(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    _add(client, template, kind="choice", text="How was it?", options="Fine\nHard")
    edit = reverse("library:edit", args=[template.slug])

    page = client.get(edit + "?change=how_was_it").content.decode()
    assert 'value="change:how_was_it"' in page and "Fine\nHard" in page

    form = {"kind": "choice", "text": "How was it, really?", "options": "Hard\nFine\nNumb", "help_text": "Be honest"}
    assert _post(client, template, "change:how_was_it", **form).status_code == 302
    item = _items(template)[-1]
    assert (item["linkId"], item["text"], item["helpText"]) == ("how_was_it", "How was it, really?", "Be honest")
    assert [o["code"] for o in item["answerOption"]] == ["hard", "fine", "numb"]

    refused = _post(client, template, "change:how_was_it", **(form | {"kind": "text"}))
    assert refused.status_code == 400 and "keeps its kind" in refused.content.decode()
    assert "How was it, really?" in refused.content.decode()  # what was typed stays in its form


def test_a_repeating_group_is_built_filled_in_and_previewed(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    _add(client, template, kind="rows", text="People who helped", required="on", min_rows="1", max_rows="5")
    _add(client, template, kind="string", text="Their name", into="people_who_helped")
    _add(client, template, kind="boolean", text="Was it family?")
    assert _post(client, template, "in:was_it_family").status_code == 302
    placeholder = _items(template)[1]["item"][0]["linkId"]
    assert _post(client, template, f"remove:{placeholder}").status_code == 302

    group = _items(template)[-1]
    assert (group["type"], group["repeats"], group["minRepeats"], group["maxRepeats"]) == ("group", True, 1, 5)
    assert [child["linkId"] for child in group["item"]] == ["their_name", "was_it_family"]
    preview = client.get(reverse("library:preview", args=[template.slug]) + "?action=add:people_who_helped")
    assert "Their name" in preview.content.decode() and "Was it family?" in preview.content.decode()

    last = _post(client, template, "remove:was_it_family")
    assert last.status_code == 302
    refused = _post(client, template, "remove:their_name")
    assert refused.status_code == 400 and "A group needs at least one item" in refused.content.decode()
    assert [child["linkId"] for child in _items(template)[-1]["item"]] == ["their_name"]


def test_several_conditions_are_shown_in_words_and_hold_together_or_alone(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    _add(client, template, kind="boolean", text="Did you reach out?")
    _add(client, template, kind="choice", text="How did it go?", options="Well\nBadly")
    _add(client, template, kind="text", text="What would you do next time?")
    target = "what_would_you_do_next_time"
    reached = {"when_question": "did_you_reach_out", "when_operator": "=", "when_answer": "no"}
    badly = {"when_question": "how_did_it_go", "when_operator": "=", "when_answer": "Badly", "when_behavior": "any"}
    assert _post(client, template, f"when:{target}", **reached).status_code == 302
    assert _post(client, template, f"when:{target}", **badly).status_code == 302

    page = client.get(reverse("library:edit", args=[template.slug])).content.decode()
    assert "Shown only if any one of these holds" in page
    assert "the client answered “No” to “Did you reach out?”" in page
    assert "the client answered “Badly” to “How did it go?”" in page
    assert _post(client, template, f"all:{target}").status_code == 302
    assert _items(template)[-1]["enableBehavior"] == "all"
    assert _post(client, template, f"unwhen:{target}:0").status_code == 302
    assert [c["question"] for c in _items(template)[-1]["enableWhen"]] == ["how_did_it_go"]


def test_a_practice_risk_rule_alerts_the_clinician_at_its_level_when_the_answer_is_given(
    client, practice_admin, clinician, client_profile
):
    from assignments.models import RiskAlert
    from assignments.services import assignment_create
    from tests.factories import submitted

    client.force_login(practice_admin)
    template = _new(client)
    _add(client, template, kind="boolean", text="Do you feel safe at home?", required="on")
    _add(client, template, kind="scale", text="How calm are you?", low=0, high=10)
    rule = {"rule_question": "do_you_feel_safe_at_home", "rule_operator": "=", "rule_answer": "no"}
    rule |= {"rule_level": "high", "rule_reason": "They do not feel safe at home."}
    assert _post(client, template, "rule", **rule).status_code == 302
    page = client.get(reverse("library:edit", args=[template.slug])).content.decode()
    assert "<strong>High</strong>: when the client answered “No” to “Do you feel safe at home?”" in page
    refused = _post(client, template, "rule", **(rule | {"rule_question": "how_calm_are_you", "rule_answer": "x"}))
    assert refused.status_code == 400 and "answered with a number" in refused.content.decode()
    placeholder = _items(template)[0]["linkId"]
    _post(client, template, f"remove:{placeholder}")
    details = {"title": "Safe at home", "description": "A check.", "introduction": "Two questions."}
    _post(client, template, "details", **details)
    assert _post(client, template, "publish").status_code == 302

    template.refresh_from_db()
    give = {"clinician_user": clinician.user, "client": client_profile, "template": template}
    give["due_at"] = timezone.now() + datetime.timedelta(days=1)
    [assignment] = assignment_create(**give)
    calm = submitted(assignment, {"do_you_feel_safe_at_home": True, "how_calm_are_you": 8})
    assert not calm.raised_risk
    [second] = assignment_create(**give)
    unsafe = submitted(second, {"do_you_feel_safe_at_home": False, "how_calm_are_you": 8})
    assert unsafe.raised_risk
    [alert] = RiskAlert.objects.filter(assignment=second)
    assert alert.level == "high" and alert.reasons[0]["reason"] == "They do not feel safe at home."

    client.post(reverse("library:edit", args=[template.slug]), {"action": "unrule:0", "revision": _revision(template)})
    assert _items(template) and template.versions.get(status="draft").risk_rules == []


def test_the_script_saves_as_typed_and_is_told_the_revision_or_the_conflict(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    before = _revision(template)
    fields = {"title": "Small wins, daily", "description": "", "introduction": "A minute a day."}

    saved = _post(client, template, "details", json=True, **fields)

    assert saved.status_code == 200 and saved.json()["revision"] == before + 1
    stale = client.post(
        reverse("library:edit", args=[template.slug]),
        {"action": "details", "revision": before, **fields, "title": "Older words"},
        headers={"Accept": "application/json"},
    )
    assert stale.status_code == 409 and stale.json()["revision"] == before + 1
    assert "saved elsewhere" in stale.json()["messages"][0]
    assert template.versions.get(status="draft").title == "Small wins, daily"
    empty = _post(client, template, "details", json=True, **(fields | {"title": ""}))
    assert empty.status_code == 400 and empty.json()["fields"]["title"]
    dragged = _post(client, template, "drag:first", json=True, before="first")
    assert dragged.status_code == 200


def test_the_preview_may_be_framed_by_the_builder_and_nothing_else_may(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    edit = client.get(reverse("library:edit", args=[template.slug]))
    preview = client.get(reverse("library:preview", args=[template.slug]) + "?frame=1")
    assert "frame-src 'self'" in edit["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN" and "is-framed" in preview.content.decode()
    index = client.get(reverse("library:index"))
    assert "frame-ancestors 'none'" in index["Content-Security-Policy"] and index["X-Frame-Options"] == "DENY"


def test_other_is_added_with_its_box_and_refused_when_written_in_the_list_too(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)

    assert (
        _add(client, template, kind="choices", text="Who helped?", options="Friends\nFamily", other="on").status_code
        == 302
    )

    choice, box = _items(template)[-2:]
    assert choice["answerOption"][-1] == {"code": "other", "display": "Other"}
    assert box["enableWhen"] == [{"question": "who_helped", "operator": "=", "answer": "other"}]
    twice = _add(client, template, kind="choice", text="Where?", options="Home\nOther", other="on")
    assert twice.status_code == 400 and "leave it out of the list" in twice.content.decode()
    preview = client.get(reverse("library:preview", args=[template.slug])).content.decode()
    assert "Other: say what, in your own words" in preview


def test_the_editing_page_is_titled_for_the_exercise_alone(client, practice_admin):
    client.force_login(practice_admin)
    template = _new(client)
    page = client.get(reverse("library:edit", args=[template.slug])).content.decode()
    title = page[page.index("<title>") : page.index("</title>")]
    assert title == "<title>Writing Small wins · Library · Rejection Recovery"
