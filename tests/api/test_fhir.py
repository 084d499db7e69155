"""FHIR export, validated with the R4B models of fhir.resources for every built-in template."""

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from assignments import fhir
from assignments.library import EXAMPLES
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db
SLUGS = sorted(EXAMPLES)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_template_exports_as_a_valid_questionnaire(template, slug):
    version = template(slug).current_version

    resource = Questionnaire.model_validate(fhir.questionnaire(version))

    assert resource.url.endswith(f"/fhir/Questionnaire/{slug}") and resource.version == "1"
    assert [i.linkId for i in resource.item] == [i["linkId"] for i in version.items]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_complete_answer_exports_as_a_valid_questionnaire_response(give, client_profile, slug):
    assignment = give(slug)
    submitted(assignment)
    assignment.refresh_from_db()

    resource = QuestionnaireResponse.model_validate(fhir.questionnaire_response(assignment))

    assert resource.status == "completed"
    assert resource.questionnaire.endswith(f"/fhir/Questionnaire/{slug}|1")
    assert resource.subject.reference == f"Patient/client-{client_profile.pk}"
    assert resource.authored is not None and resource.item


def test_a_half_typed_draft_exports_only_what_fits_its_type(give):
    assignment = give("feelings-check-in")
    drafted(assignment, {"what_happened": "So far", "intensity": "seven"})
    assignment.refresh_from_db()

    resource = QuestionnaireResponse.model_validate(fhir.questionnaire_response(assignment))

    assert resource.status == "in-progress"
    assert [i.linkId for i in resource.item] == ["what_happened"]


def test_the_phq9_scores_travel_as_ordinal_values(template):
    exported = fhir.questionnaire(template("phq-9").current_version)
    item = next(i for i in exported["item"] if i["linkId"] == "phq9_9")

    assert [o["valueCoding"]["extension"][0]["valueDecimal"] for o in item["answerOption"]] == [0, 1, 2, 3]


def test_the_export_bundle_is_valid(give):
    for slug in ("acceptance", "phq-9"):
        submitted(give(slug))
    from assignments.models import Assignment

    resource = Bundle.model_validate(fhir.bundle(Assignment.objects.all()))

    assert resource.type == "collection" and len(resource.entry) == 2
