"""The usual check-in to fill in together, a clinician whose care of the client ended yesterday, and everyone an
access matrix asks about (the usual cast, with that former clinician)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import CareTeamMemberFactory, ClinicianFactory


@pytest.fixture
def check_in(give):
    return give("feelings-check-in")


@pytest.fixture
def former_clinician(practice, client_profile):
    """Cared for the usual client until yesterday."""
    former = ClinicianFactory(user__practice=practice, user__display_name="Dr Cy")
    CareTeamMemberFactory(
        client=client_profile,
        clinician=former,
        is_primary=False,
        started_on=timezone.localdate() - datetime.timedelta(days=30),
        ended_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    return former


@pytest.fixture
def cast(
    clinician,
    other_clinician,
    foreign_clinician,
    former_clinician,
    client_profile,
    other_client_profile,
    practice_admin,
):
    return {
        "clinician": clinician.user,
        "other_clinician": other_clinician.user,
        "foreign_clinician": foreign_clinician.user,
        "former_clinician": former_clinician.user,
        "client": client_profile.user,
        "other_client": other_client_profile.user,
        "admin": practice_admin,
    }
