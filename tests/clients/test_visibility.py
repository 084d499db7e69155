"""Who sees which client record: the one rule every view and API uses."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clients.models import CareTeamMember, Client
from clients.services import care_team_set_primary
from clinicians.models import Clinician
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def visible(user) -> set[int]:
    return set(Client.objects.visible_to(user).values_list("pk", flat=True))


def test_a_clinician_sees_only_the_clients_they_care_for(clinician, client_profile, other_client_profile):
    assert visible(clinician.user) == {client_profile.pk}


def test_a_practice_admin_sees_every_client_of_their_practice_only(
    practice_admin, client_profile, other_client_profile, foreign_client_profile
):
    assert visible(practice_admin) == {client_profile.pk, other_client_profile.pk}


def test_a_client_sees_only_themself(client_profile, other_client_profile):
    assert visible(client_profile.user) == {client_profile.pk}


def test_a_clinician_in_another_practice_sees_nobody_here(foreign_clinician, client_profile):
    assert client_profile.pk not in visible(foreign_clinician.user)


def test_deactivated_and_anonymous_users_see_nothing(clinician, client_profile):
    from django.contrib.auth.models import AnonymousUser

    clinician.user.is_active = False
    assert visible(clinician.user) == set()
    assert visible(AnonymousUser()) == set()


def test_a_clinician_whose_care_has_ended_no_longer_sees_the_client(clinician, client_profile):
    CareTeamMember.objects.filter(client=client_profile).update(ended_on=datetime.date.today())

    assert visible(clinician.user) == set()


def test_handing_over_care_keeps_the_history(practice_admin, clinician, other_clinician, client_profile):
    care_team_set_primary(client=client_profile, clinician=other_clinician, by=practice_admin)

    history = list(CareTeamMember.objects.filter(client=client_profile).order_by("pk"))
    assert [(m.clinician, m.is_primary, m.ended_on is None) for m in history] == [
        (clinician, True, False),
        (other_clinician, True, True),
    ]
    assert visible(other_clinician.user) >= {client_profile.pk}
    assert client_profile.pk not in visible(clinician.user)


def test_only_the_practice_admin_hands_over_care(clinician, other_clinician, client_profile, foreign_admin):
    with pytest.raises(PermissionDenied):
        care_team_set_primary(client=client_profile, clinician=other_clinician, by=clinician.user)
    with pytest.raises(PermissionDenied):
        care_team_set_primary(client=client_profile, clinician=other_clinician, by=foreign_admin)


def test_care_cannot_be_handed_to_a_clinician_of_another_practice(practice_admin, client_profile, foreign_clinician):
    with pytest.raises(ValidationError):
        care_team_set_primary(client=client_profile, clinician=foreign_clinician, by=practice_admin)


def test_the_database_allows_one_current_primary_per_client(client_profile, other_clinician):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        CareTeamMember.objects.create(client=client_profile, clinician=other_clinician, is_primary=True)


def test_clinicians_visible_to_a_client_are_their_current_care_team(client_profile, clinician, other_clinician):
    assert list(Clinician.objects.visible_to(client_profile.user)) == [clinician]


def test_a_user_outside_any_practice_sees_no_clients(client_profile):
    operator = UserFactory(practice=None, is_staff=True, role="")
    assert visible(operator) == set()
