"""FHIR R4 Questionnaire import (POST templates/import): validated with fhir.resources, read into a draft with a
report of what was kept, converted or refused; export → import → export gives the same document for every built-in
template and for hand-written Questionnaires holding every supported item type."""

import json

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire

from assignments import fhir
from assignments.library import EXAMPLES, template_draft_save, template_version_publish
from assignments.models import Template, TemplateVersion

pytestmark = pytest.mark.django_db
SYSTEM = "http://example.org/codes"

EVERY_TYPE = {
    "resourceType": "Questionnaire",
    "status": "active",
    "title": "Every kind of item",
    "description": "Hand-written, with each type the engine supports.",
    "item": [
        {"linkId": "intro", "type": "display", "text": "A few questions about your week."},
        {
            "linkId": "mood",
            "type": "integer",
            "text": "How was your mood?",
            "required": True,
            "extension": [
                {"url": fhir.EXT_MIN, "valueInteger": 0},
                {"url": fhir.EXT_MAX, "valueInteger": 10},
                fhir.item_control("slider"),
            ],
            "item": [  # SDC's words for the ends of a slider
                {
                    "linkId": "mood.lower",
                    "type": "display",
                    "text": "Very low",
                    "extension": [fhir.item_control("lower")],
                },
                {
                    "linkId": "mood.upper",
                    "type": "display",
                    "text": "Very good",
                    "extension": [fhir.item_control("upper")],
                },
            ],
        },
        {"linkId": "hours", "type": "decimal", "text": "Hours slept, on average"},
        {"linkId": "day", "type": "date", "text": "The hardest day"},
        {"linkId": "slept", "type": "boolean", "text": "Did you sleep well?"},
        {
            "linkId": "name_it",
            "type": "string",
            "text": "One word for it",
            "maxLength": 40,
            "extension": [{"url": fhir.EXT_ENTRY_FORMAT, "valueString": "For example: tired"}],
            "item": [
                {
                    "linkId": "name_it.help",
                    "type": "display",
                    "text": "Any word will do.",
                    "extension": [fhir.item_control("help")],
                }
            ],
        },
        {"linkId": "story", "type": "text", "text": "What happened?"},
        {
            "linkId": "felt",
            "type": "choice",
            "text": "How did it feel?",
            "repeats": True,
            "answerOption": [
                {"valueCoding": {"system": SYSTEM, "code": "sad", "display": "Sad"}},
                {"valueCoding": {"system": SYSTEM, "code": "angry", "display": "Angry"}},
            ],
            "extension": [fhir.item_control("check-box")],
        },
        {
            "linkId": "why",
            "type": "text",
            "text": "What made you angry?",
            "enableWhen": [{"question": "felt", "operator": "=", "answerCoding": {"system": SYSTEM, "code": "angry"}}],
            "enableBehavior": "all",
        },
        {
            "linkId": "steps",
            "type": "group",
            "text": "Small steps",
            "repeats": True,
            "extension": [
                {"url": fhir.EXT_MIN_OCCURS, "valueInteger": 1},
                {"url": fhir.EXT_MAX_OCCURS, "valueInteger": 3},
            ],
            "item": [
                {"linkId": "step", "type": "string", "text": "A step", "required": True},
                {"linkId": "when", "type": "date", "text": "When"},
            ],
        },
        {"linkId": "more", "type": "string", "text": "Anything else?", "repeats": True},
    ],
}


def _import(call, document):
    response = call("post", "/api/v1/templates/import", document)
    assert response.status_code == 201, response.content
    return response.json()


def _publish(slug: str, admin) -> TemplateVersion:
    template = Template.objects.get(practice=admin.practice, slug=slug)
    if template.current_version is not None:  # a standard measure: imported as the practice's published copy
        return template.current_version
    draft = template_draft_save(template=template, by=admin, introduction="A few minutes.")
    return template_version_publish(version=draft, by=admin)


def _same_document(before: dict, after: dict, old: TemplateVersion, new: TemplateVersion) -> None:
    """Equal once the parts that name the copy (its id, address, version number) are set aside."""
    moved = json.loads(json.dumps(after).replace(fhir.canonical_url(new), fhir.canonical_url(old)))
    for key in ("id", "url", "version", "name"):
        before.pop(key, None)
        moved.pop(key, None)
    assert moved == before


@pytest.mark.parametrize("slug", sorted(EXAMPLES))
def test_every_built_in_template_survives_export_import_export(as_user, practice_admin, template, slug):
    original = template(slug).current_version
    exported = fhir.questionnaire(original)

    body = _import(as_user(practice_admin), exported)
    again = fhir.questionnaire(_publish(body["slug"], practice_admin))

    _same_document(exported, again, original, Template.objects.get(slug=body["slug"]).current_version)
    assert body["report"]["refused"] == []


@pytest.mark.parametrize("slug", [s for s in sorted(EXAMPLES) if s in ("phq-9", "gad-7")])
def test_a_standard_measure_imported_is_the_practices_copy_with_its_scoring_and_risk_rule(
    as_user, practice_admin, template, slug
):
    original = template(slug).current_version

    body = _import(as_user(practice_admin), fhir.questionnaire(original))
    copy = Template.objects.get(practice=practice_admin.practice, slug=body["slug"])

    assert copy.kind == "measure" and copy.copied_from == template(slug)
    assert copy.current_version.scoring == original.scoring and copy.current_version.risk_rules == original.risk_rules
    assert "Recognised as" in " ".join(body["report"]["converted"])


def test_a_standard_measure_with_changed_wording_is_refused(as_user, practice_admin, template):
    exported = fhir.questionnaire(template("phq-9").current_version)
    question = next(item for item in exported["item"] if item["type"] != "display")
    question["text"] = "Not much fun lately?"

    response = as_user(practice_admin)("post", "/api/v1/templates/import", exported)

    assert response.status_code == 400 and "cannot be changed" in " ".join(response.json()["errors"]["template"])
    assert not Template.objects.filter(practice=practice_admin.practice).exists()


def test_a_hand_written_questionnaire_with_every_item_type(as_user, practice_admin):
    body = _import(as_user(practice_admin), EVERY_TYPE)
    items = {item["linkId"]: item for item in body["draft"]["items"]}

    assert items["mood"] | {} == {
        "linkId": "mood",
        "type": "integer",
        "text": "How was your mood?",
        "required": True,
        "minValue": 0,
        "maxValue": 10,
        "control": "slider",
        "lowLabel": "Very low",
        "highLabel": "Very good",
    }
    assert items["name_it"]["helpText"] == "Any word will do." and items["name_it"]["placeholder"]
    assert items["felt"]["answerOption"] == [{"code": "sad", "display": "Sad"}, {"code": "angry", "display": "Angry"}]
    assert items["why"]["enableWhen"] == [{"question": "felt", "operator": "=", "answer": "angry"}]
    assert (items["steps"]["minRepeats"], items["steps"]["maxRepeats"]) == (1, 3)
    assert [child["linkId"] for child in items["steps"]["item"]] == ["step", "when"]
    assert body["report"]["kept"][0].startswith("13 items")
    version = _publish(body["slug"], practice_admin)
    Questionnaire.model_validate(fhir.questionnaire(version))
    again = _import(as_user(practice_admin), fhir.questionnaire(version))
    assert again["draft"]["items"] == body["draft"]["items"]


def test_what_cannot_be_kept_is_converted_or_refused_and_said_so(as_user, practice_admin):
    document = {
        "resourceType": "Questionnaire",
        "status": "draft",
        "name": "Intake",
        "item": [
            {"linkId": "photo", "type": "attachment", "text": "A photo"},
            {"linkId": "when", "type": "dateTime", "text": "When did it happen?"},
            {
                "linkId": "feel",
                "type": "open-choice",
                "text": "A word for it",
                "answerOption": [{"valueString": "Rather low"}],
            },
            {"linkId": "vs", "type": "choice", "text": "From a value set", "answerValueSet": "http://x.org/vs"},
            {
                "linkId": "after",
                "type": "string",
                "text": "Tell us more",
                "enableWhen": [{"question": "photo", "operator": "exists", "answerBoolean": True}],
            },
        ],
    }

    body = _import(as_user(practice_admin), document)
    report = body["report"]
    items = {item["linkId"]: item for item in body["draft"]["items"]}

    assert body["draft"]["title"] == "Intake"
    assert set(items) == {"when", "feel", "after"}
    assert items["when"]["type"] == "date" and items["feel"]["type"] == "choice"
    assert items["feel"]["answerOption"] == [{"code": "rather-low", "display": "Rather low"}]
    assert "enableWhen" not in items["after"]
    refused, converted = " ".join(report["refused"]), " ".join(report["converted"])
    assert "“photo”" in refused and "files cannot be attached" in refused
    assert "value set" in refused and "now always shown" in refused
    assert "dateTime read as a date" in converted and "open-choice read as a choice" in converted


@pytest.mark.parametrize(
    "document",
    [
        {"resourceType": "Patient"},
        {"resourceType": "Questionnaire"},  # no status: FHIR requires one
        {"resourceType": "Questionnaire", "status": "active", "item": [{"linkId": "a", "type": "bogus"}]},
        {"resourceType": "Questionnaire", "status": "active", "item": [{"linkId": "x", "type": "attachment"}]},
        [1, 2, 3],
    ],
    ids=["not a questionnaire", "no status", "unknown type", "nothing askable", "not an object"],
)
def test_a_document_that_is_not_a_usable_questionnaire_is_a_clear_400_and_nothing_is_saved(
    as_user, practice_admin, document
):
    response = as_user(practice_admin)("post", "/api/v1/templates/import", document)

    assert response.status_code == 400 and response.json()["errors"]
    assert not Template.objects.filter(practice=practice_admin.practice).exists()


def test_a_questionnaire_whose_conditions_do_not_hold_together_is_refused_per_item(as_user, practice_admin):
    document = {
        "resourceType": "Questionnaire",
        "status": "active",
        "title": "Backwards",
        "item": [
            {
                "linkId": "first",
                "type": "string",
                "text": "First",
                "enableWhen": [{"question": "second", "operator": "exists", "answerBoolean": True}],
            },
            {"linkId": "second", "type": "string", "text": "Second"},
        ],
    }

    response = as_user(practice_admin)("post", "/api/v1/templates/import", document)

    assert response.status_code == 400 and "first" in response.json()["errors"]
    assert not Template.objects.filter(practice=practice_admin.practice).exists()


def test_fhirs_own_media_type_is_accepted(client, token_for, practice_admin):
    response = client.post(
        "/api/v1/templates/import",
        data=json.dumps(EVERY_TYPE),
        content_type="application/fhir+json",
        headers={"X-Session-Token": token_for(practice_admin)},
    )

    assert response.status_code == 201, response.content


def test_clinicians_import_only_where_the_practice_allows_it(as_user, clinician):
    assert as_user(clinician.user)("post", "/api/v1/templates/import", EVERY_TYPE).status_code == 403
