"""A client's phone number and emergency contact: validated, editable by the client and their care team, seen by nobody else."""

import pytest
from django.urls import reverse

PREFERENCES = {
    "display_name": "Alex",
    "time_zone": "Europe/London",
    "quiet_hours_start": "21:00",
    "quiet_hours_end": "08:00",
    "daily_prompt_time": "19:00",
}

NUMBERS_AS_SHOWN = ("7946 0123", "2079460123", "7946 0456", "2079460456")


CONTACT = {
    "phone": "020 7946 0123",
    "emergency_contact_name": "Jamie (sister)",
    "emergency_contact_phone": "+44 20 7946 0456",
}


def test_a_client_adds_their_phone_and_emergency_contact(client, client_profile):
    client.force_login(client_profile.user)

    response = client.post(reverse("clients:preferences"), PREFERENCES | CONTACT)

    assert response.status_code == 302
    client_profile.refresh_from_db()
    assert str(client_profile.phone) == "+442079460123"  # typed without +44: read in PHONE_REGION
    assert (client_profile.emergency_contact_name, str(client_profile.emergency_contact_phone)) == (
        "Jamie (sister)",
        "+442079460456",
    )
    export = client.get("/api/v1/me/export").json()
    assert export["contact"]["phone"] == "+442079460123"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"phone": "12"}, "phone", id="too-short"),
        pytest.param({"phone": "call me maybe"}, "phone", id="not-a-number"),
        pytest.param({"emergency_contact_phone": ""}, "emergency_contact_phone", id="name-without-number"),
        pytest.param({"emergency_contact_name": "  "}, "emergency_contact_name", id="number-without-name"),
        pytest.param({"emergency_contact_name": "x" * 121}, "emergency_contact_name", id="name-too-long"),
        pytest.param({"emergency_contact_phone": "0207946045"}, "emergency_contact_phone", id="a-digit-short"),
    ],
)
def test_bad_contact_details_are_form_errors_and_change_nothing(client, client_profile, changes, field):
    client.force_login(client_profile.user)

    response = client.post(reverse("clients:preferences"), PREFERENCES | CONTACT | changes)

    assert response.status_code == 200
    assert len(response.context["form"].errors[field]) == 1  # one clear message, never two that disagree
    client_profile.refresh_from_db()
    assert (client_profile.phone, client_profile.emergency_contact_name) == ("", "")


def test_the_clinician_corrects_the_contact_details_and_sees_them_as_links(client, clinician, client_profile):
    client.force_login(clinician.user)

    response = client.post(reverse("clinicians:client_contact", args=[client_profile.pk]), CONTACT)

    assert response.status_code == 302
    page = client.get(reverse("clinicians:client_detail", args=[client_profile.pk])).content.decode()
    assert '<a href="tel:+442079460123">+44 20 7946 0123</a>' in page
    assert 'Jamie (sister), <a href="tel:+442079460456">' in page


def test_a_clinician_sees_bad_contact_details_as_errors_on_the_client_page(client, clinician, client_profile):
    client.force_login(clinician.user)

    response = client.post(reverse("clinicians:client_contact", args=[client_profile.pk]), CONTACT | {"phone": "5"})

    assert response.status_code == 400
    assert response.context["contact_form"].errors["phone"]
    client_profile.refresh_from_db()
    assert client_profile.phone == ""


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("clinician", 302),
        ("other_clinician", 404),
        ("foreign_clinician", 404),
        ("client", 403),
        ("other_client", 403),
        ("admin", 403),
    ],
)
def test_only_the_care_team_may_change_a_clients_contact_details(client, cast, client_profile, who, expected):
    client.force_login(cast[who])

    response = client.post(reverse("clinicians:client_contact", args=[client_profile.pk]), CONTACT)

    assert response.status_code == expected
    client_profile.refresh_from_db()
    assert bool(client_profile.phone) is (expected == 302)


def test_the_alert_card_carries_the_numbers_to_call(client, clinician, client_profile, give, submit, risky_phq9):
    from clients.services import client_contact_update

    client_contact_update(client=client_profile, **CONTACT)
    submit(give("phq-9"), risky_phq9)
    client.force_login(clinician.user)

    page = client.get(reverse("clinicians:alerts")).content.decode()

    assert 'href="tel:+442079460123"' in page
    assert 'href="tel:+442079460456"' in page


def test_nobody_outside_the_care_team_sees_the_numbers(client, cast, client_profile):
    from clients.services import client_contact_update

    client_contact_update(client=client_profile, **CONTACT)
    for who in ("other_clinician", "admin"):
        client.force_login(cast[who])
        for url in ("/api/v1/clients", reverse("clinicians:caseload"), reverse("practices:clients")):
            body = client.get(url).content.decode()
            assert not [number for number in NUMBERS_AS_SHOWN if number in body], (who, url)
