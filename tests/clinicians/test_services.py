"""Writes for clinicians: deactivation ends nothing silently, hand-over passes on unread alerts,
sessions are marked, a series is reviewed at once."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment, RiskAlert
from clients.models import CareTeamMember
from clinicians.models import SessionHeld
from clinicians.services import (
    client_hand_over,
    clinician_deactivate,
    clinician_reactivate,
    series_review,
    session_mark,
)
from tests.factories import PASSWORD, client_of

pytestmark = pytest.mark.django_db


def test_a_deactivated_clinician_cannot_sign_in_and_is_signed_out(client, clinician, client_profile, practice_admin):
    signed_in = client
    signed_in.force_login(clinician.user)

    clients = clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    assert clients == [client_profile]
    clinician.user.refresh_from_db()
    assert clinician.user.is_active is False
    assert signed_in.get(reverse("clinicians:caseload")).status_code == 302  # the old session no longer works
    signed_in.logout()
    response = signed_in.post(reverse("account_login"), {"login": clinician.user.email, "password": PASSWORD})
    assert "_auth_user_id" not in signed_in.session
    assert response.status_code in (200, 302)
    assert signed_in.get(reverse("clinicians:caseload")).status_code == 302


def test_deactivation_ends_nothing_else(clinician, client_profile, practice_admin, give, submit, risky_phq9):
    submit(give("phq-9"), risky_phq9)
    give("acceptance")

    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    membership = CareTeamMember.objects.get(client=client_profile)
    assert membership.ended_on is None and membership.is_primary
    assert Assignment.objects.filter(client=client_profile).count() == 2
    assert RiskAlert.objects.get().acknowledged_at is None


def test_only_the_practices_own_admin_can_deactivate(clinician, other_clinician, foreign_admin):
    with pytest.raises(PermissionDenied):
        clinician_deactivate(admin_user=foreign_admin, clinician=clinician)
    with pytest.raises(PermissionDenied):
        clinician_deactivate(admin_user=other_clinician.user, clinician=clinician)
    clinician.user.refresh_from_db()
    assert clinician.user.is_active


def test_deactivating_twice_is_a_clear_error(clinician, practice_admin):
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    with pytest.raises(ValidationError, match="already deactivated"):
        clinician_deactivate(admin_user=practice_admin, clinician=clinician)


def test_reactivation_lets_them_back_to_their_clients(client, clinician, client_profile, practice_admin):
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    clinician_reactivate(admin_user=practice_admin, clinician=clinician)

    client.force_login(clinician.user)
    assert client.get(reverse("clinicians:client_detail", args=[client_profile.pk])).status_code == 200
    with pytest.raises(ValidationError, match="already active"):
        clinician_reactivate(admin_user=practice_admin, clinician=clinician)


def test_handing_over_makes_the_new_clinician_primary_and_keeps_the_history(
    clinician, other_clinician, client_profile, practice_admin
):
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    client_hand_over(admin_user=practice_admin, client=client_profile, clinician=other_clinician)

    old, new = CareTeamMember.objects.filter(client=client_profile).order_by("pk")
    assert (old.clinician, old.ended_on is not None) == (clinician, True)
    assert (new.clinician, new.is_primary, new.ended_on) == (other_clinician, True, None)


def test_handing_over_passes_on_alerts_nobody_caring_can_see(
    clinician, other_clinician, client_profile, practice_admin, give, submit, risky_phq9
):
    from notifications.models import Notification

    submit(give("phq-9"), risky_phq9)
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    client_hand_over(admin_user=practice_admin, client=client_profile, clinician=other_clinician)

    passed_on = RiskAlert.objects.get(clinician=other_clinician)
    original = RiskAlert.objects.get(clinician=clinician)
    assert (passed_on.revision, passed_on.reasons, passed_on.created_at) == (
        original.revision,
        original.reasons,
        original.created_at,
    )
    assert Notification.objects.filter(recipient=other_clinician.user, kind="risk_alert").count() == 1
    client_hand_over(admin_user=practice_admin, client=client_profile, clinician=other_clinician)  # again: no copy
    assert RiskAlert.objects.filter(clinician=other_clinician).count() == 1


def test_alerts_already_acknowledged_or_seen_by_someone_still_caring_are_not_passed_on(
    clinician, other_clinician, client_profile, practice_admin, give, submit, risky_phq9
):
    from tests.factories import ClinicianFactory

    third = ClinicianFactory(user__practice=clinician.user.practice)
    CareTeamMember.objects.create(client=client_profile, clinician=third, is_primary=False)
    submit(give("phq-9"), risky_phq9)  # alerts for the primary clinician and the third, who stays

    client_hand_over(admin_user=practice_admin, client=client_profile, clinician=other_clinician)

    assert not RiskAlert.objects.filter(clinician=other_clinician).exists()


def test_handing_over_to_a_clinician_of_another_practice_is_refused(
    client_profile, practice_admin, foreign_clinician, foreign_admin
):
    with pytest.raises(ValidationError):
        client_hand_over(admin_user=practice_admin, client=client_profile, clinician=foreign_clinician)
    with pytest.raises(PermissionDenied):
        client_hand_over(admin_user=foreign_admin, client=client_profile, clinician=foreign_clinician)


def test_a_session_is_marked_for_a_client_on_the_caseload_only(clinician, client_profile, other_client_profile):
    session = session_mark(clinician_user=clinician.user, client=client_profile)

    assert SessionHeld.objects.get() == session and session.clinician == clinician
    with pytest.raises(PermissionDenied):
        session_mark(clinician_user=clinician.user, client=other_client_profile)
    with pytest.raises(ValidationError):
        session_mark(
            clinician_user=clinician.user, client=client_profile, held_at=timezone.now() + datetime.timedelta(days=1)
        )
    with pytest.raises(PermissionDenied):
        session_mark(clinician_user=client_profile.user, client=client_profile)


def test_a_series_review_is_all_or_nothing(clinician, give, submit):
    habit = give("daily-habits", recurrence="daily", occurrences=3)
    first, second, third = Assignment.objects.filter(series=habit.series).order_by("occurrence")
    submit(first)
    submit(second)

    with pytest.raises(ValidationError):
        series_review(clinician_user=clinician.user, assignments=[first, second, third])  # the third is not submitted

    assert set(Assignment.objects.filter(series=habit.series).values_list("status", flat=True)) == {
        "submitted",
        "assigned",
    }
    assert series_review(clinician_user=clinician.user, assignments=[first, second]) == 2


def test_a_client_of_a_deactivated_clinician_keeps_their_history_on_the_new_clinicians_page(
    client, clinician, other_clinician, client_profile, practice_admin, give, submit
):
    assignment = give("acceptance")
    submit(assignment)
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)
    client_hand_over(admin_user=practice_admin, client=client_profile, clinician=other_clinician)
    client.force_login(other_clinician.user)

    response = client.get(reverse("clinicians:client_detail", args=[client_profile.pk]))

    assert response.status_code == 200
    kinds = {event.kind for week in response.context["page"].timeline for event in week.events}
    assert "submitted" in kinds
    assert client.get(reverse("clinicians:assignment", args=[assignment.pk])).status_code == 200


def test_a_new_client_of_the_new_clinician_is_unaffected(clinician, other_clinician, practice_admin):
    other = client_of(other_clinician)

    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    assert CareTeamMember.objects.get(client=other).clinician == other_clinician
