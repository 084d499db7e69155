"""A client downloads everything held about them from the portal: JSON, and their answers as a FHIR Bundle."""

import json

import pytest
from django.urls import reverse
from fhir.resources.R4B.bundle import Bundle

from audit.models import AuditEvent
from tests.factories import submitted

pytestmark = pytest.mark.django_db


def test_the_page_offers_both_files(signed_in):
    page = signed_in.get(reverse("clients:my_data")).content.decode()

    assert reverse("clients:my_data_everything") in page and reverse("clients:my_data_fhir") in page
    assert reverse("clients:my_data") in signed_in.get(reverse("clients:preferences")).content.decode()


def test_everything_is_the_same_document_as_the_api_export_as_a_file(signed_in, give, client_profile, token_for):
    measure = give("phq-9")
    submitted(measure, {f"phq9_{n}": "1" for n in range(1, 10)})

    response = signed_in.get(reverse("clients:my_data_everything"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="rejection-recovery-everything-')
    assert "no-store" in response["Cache-Control"]
    document = json.loads(response.content)
    api = signed_in.get("/api/v1/me/export").json()
    assert {k: v for k, v in document.items() if k != "exported_at"} == {
        k: v for k, v in api.items() if k != "exported_at"
    }
    assert document["assignments"][0]["revisions"][-1]["answers"]["phq9_1"] == "1"
    assert AuditEvent.objects.filter(action="read", what="export", client_id=client_profile.pk).exists()


def test_the_fhir_file_is_a_valid_bundle_of_the_clients_answers(signed_in, give):
    submitted(give("phq-9"), {f"phq9_{n}": "2" for n in range(1, 10)})

    response = signed_in.get(reverse("clients:my_data_fhir"))

    assert response["Content-Type"] == "application/fhir+json; charset=utf-8"
    bundle = Bundle.model_validate(json.loads(response.content))
    assert bundle.entry and all(entry.resource.get_resource_type() == "QuestionnaireResponse" for entry in bundle.entry)


@pytest.mark.parametrize("who", ["clinician", "admin", "other_client"])
def test_nobody_else_downloads_a_clients_data(client, cast, give, who):
    submitted(give("phq-9"), {f"phq9_{n}": "1" for n in range(1, 10)})
    client.force_login(cast[who])

    for name in ("clients:my_data_everything", "clients:my_data_fhir"):
        response = client.get(reverse(name))
        if who == "other_client":  # their own (empty) export, never this client's
            assert "phq9_1" not in response.content.decode()
        else:
            assert response.status_code == 403
