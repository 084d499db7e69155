"""The practice admin's reads are scoped to the admin's own practice, and read nothing for anyone else."""

import pytest
from django.http import Http404
from django.urls import reverse

from practices import selectors

pytestmark = pytest.mark.django_db


def test_an_admin_reads_their_own_practice_only(
    practice_admin, clinician, other_clinician, client_profile, other_client_profile, foreign_clinician
):
    assert {c.pk for c in selectors.practice_clinicians_for(user=practice_admin)} == {clinician.pk, other_clinician.pk}
    assert {c.pk for c in selectors.active_clinicians_for(user=practice_admin)} == {clinician.pk, other_clinician.pk}
    assert {c.pk for c in selectors.practice_clients_for(user=practice_admin)} == {
        client_profile.pk,
        other_client_profile.pk,
    }
    with pytest.raises(Http404):
        selectors.practice_clinician_for(user=practice_admin, pk=foreign_clinician.pk)


def test_another_practices_records_are_a_404_for_the_admin(
    client, practice_admin, foreign_clinician, foreign_client_profile
):
    with pytest.raises(Http404):
        selectors.practice_client_for(user=practice_admin, pk=foreign_client_profile.pk)

    client.force_login(practice_admin)
    assert client.get(reverse("practices:clinician_deactivate", args=[foreign_clinician.pk])).status_code == 404
    assert client.get(reverse("practices:client_handover", args=[foreign_client_profile.pk])).status_code == 404


def test_a_clinician_of_the_practice_reads_nothing_through_the_admins_selectors(
    clinician, other_clinician, client_profile
):
    assert not selectors.practice_clinicians_for(user=clinician.user).exists()
    assert not selectors.active_clinicians_for(user=clinician.user).exists()
    assert selectors.practice_clients_for(user=clinician.user) == []
    with pytest.raises(Http404):
        selectors.practice_clinician_for(user=clinician.user, pk=other_clinician.pk)
    with pytest.raises(Http404):
        selectors.practice_client_for(user=clinician.user, pk=client_profile.pk)


def test_the_task_report_is_the_admins_practices_and_nobody_elses(practice_admin, clinician):
    assert selectors.task_report_for(user=practice_admin, days=7).days == 7
    with pytest.raises(Http404):
        selectors.task_report_for(user=clinician.user, days=7)
    practice_admin.practice = None
    with pytest.raises(Http404):
        selectors.task_report_for(user=practice_admin, days=7)
