"""Acknowledging a risk alert answers the same on the web and in the API: one selector
(``clinicians.alerts.open_alert_for``) finds it, one service writes it, once."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from assignments.models import RiskAlert
from assignments.services import risk_alert_acknowledge
from clinicians.services import client_hand_over

pytestmark = pytest.mark.django_db

VIA = ["web", "api"]


def acknowledge(client, via: str, alert: RiskAlert, note: str):
    if via == "web":
        return client.post(reverse("clinicians:alert_acknowledge", args=[alert.pk]), {f"alert-{alert.pk}-note": note})
    return client.post(f"/api/v1/alerts/{alert.pk}/acknowledge", {"note": note}, content_type="application/json")


DONE = {"web": 302, "api": 200}


@pytest.fixture
def alert(give, submit, risky_phq9, clinician):
    return next(a for a in submit(give("phq-9"), risky_phq9).alerts if a.clinician_id == clinician.pk)


@pytest.fixture
def handed_over(alert, client_profile, other_clinician, practice_admin):
    """The practice admin makes Dr Ben the client's primary clinician: Dr Ana's care ends today."""
    client_hand_over(admin_user=practice_admin, client=client_profile, clinician=other_clinician)
    return alert


@pytest.mark.parametrize("via", VIA)
def test_after_a_hand_over_the_old_clinician_cannot_acknowledge_the_alert(client, clinician, handed_over, via):
    client.force_login(clinician.user)

    assert acknowledge(client, via, handed_over, "Phoned.").status_code == 404
    handed_over.refresh_from_db()
    assert handed_over.acknowledged_at is None


@pytest.mark.parametrize("via", VIA)
def test_after_a_hand_over_the_new_clinician_acknowledges_the_alert_passed_on(
    client, other_clinician, handed_over, via
):
    passed_on = RiskAlert.objects.get(clinician=other_clinician, revision=handed_over.revision)
    client.force_login(other_clinician.user)

    assert acknowledge(client, via, passed_on, "Phoned; safe.").status_code == DONE[via]
    passed_on.refresh_from_db()
    assert passed_on.acknowledged_by == other_clinician.user


@pytest.mark.parametrize("first", VIA)
@pytest.mark.parametrize("again", VIA)
def test_acknowledging_twice_answers_404_the_second_time_and_keeps_the_first(client, clinician, alert, first, again):
    client.force_login(clinician.user)
    assert acknowledge(client, first, alert, "Phoned; safety plan agreed.").status_code == DONE[first]
    alert.refresh_from_db()
    when = alert.acknowledged_at

    assert acknowledge(client, again, alert, "Something else").status_code == 404
    alert.refresh_from_db()
    assert (alert.acknowledged_at, alert.acknowledgement_note) == (when, "Phoned; safety plan agreed.")


def test_a_second_acknowledgement_racing_the_first_is_refused_not_written(clinician, alert):
    stale = RiskAlert.objects.get(pk=alert.pk)  # read while still open, as a second request would have
    risk_alert_acknowledge(alert=alert, clinician_user=clinician.user, note="First")

    with pytest.raises(ValidationError, match="already been acknowledged"):
        risk_alert_acknowledge(alert=stale, clinician_user=clinician.user, note="Second")
    alert.refresh_from_db()
    assert alert.acknowledgement_note == "First"


def test_an_acknowledgement_racing_a_hand_over_is_refused(clinician, handed_over):
    with pytest.raises(PermissionDenied, match="no longer on your caseload"):
        risk_alert_acknowledge(alert=handed_over, clinician_user=clinician.user, note="Phoned.")
    handed_over.refresh_from_db()
    assert handed_over.acknowledged_at is None
