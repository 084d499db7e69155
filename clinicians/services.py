"""Writes for clinicians: a practice admin invites, deactivates and reactivates them and hands
their clients over; a clinician marks the sessions they hold."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.services import user_invite
from clients.models import CareTeamMember, Client
from clients.services import care_team_set_primary
from clinicians.models import Clinician, SessionHeld
from config.models import model_update


@transaction.atomic
def clinician_invite(*, admin_user: User, email: str, display_name: str, time_zone: str | None = None) -> Clinician:
    """A practice admin invites a clinician into their practice."""
    if not admin_user.is_practice_admin or not admin_user.is_active:
        raise PermissionDenied("Only a practice admin can invite clinicians.")
    practice = admin_user.practice
    invitation = user_invite(
        email=email,
        display_name=display_name,
        role=User.Role.CLINICIAN,
        practice=practice,
        invited_by=admin_user,
    )
    assert practice is not None, "user_invite refuses an account without a practice (user_in_practice_unless_staff)"
    clinician = Clinician(user=invitation.user, time_zone=time_zone or practice.time_zone)
    clinician.full_clean(exclude=["user"])
    clinician.save()
    return clinician


def _require_admin_of(admin_user: User, clinician: Clinician) -> None:
    if not (admin_user.is_practice_admin and admin_user.is_active and admin_user.practice_id):
        raise PermissionDenied("Only a practice admin can do this.")
    if clinician.user.practice_id != admin_user.practice_id:
        raise PermissionDenied("This clinician is not in your practice.")


@transaction.atomic
def clinician_deactivate(*, admin_user: User, clinician: Clinician) -> list[Client]:
    """The clinician can no longer sign in (their sessions stop working at once).

    Nothing else ends: their care-team memberships, assignments, comments and
    alerts stay as they are, so every client keeps their whole history. Returns
    the clients they currently care for, who need handing over to someone else
    (see ``client_hand_over``).
    """
    _require_admin_of(admin_user, clinician)
    user = User.objects.select_for_update().get(pk=clinician.user_id)
    if not user.is_active:
        raise ValidationError("This clinician is already deactivated.")
    user.is_active = False
    user.save(update_fields=["is_active"])
    clinician.user.is_active = False
    return list(
        Client.objects.filter(care_team__clinician=clinician, care_team__ended_on__isnull=True)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )


@transaction.atomic
def clinician_reactivate(*, admin_user: User, clinician: Clinician) -> Clinician:
    """Undo a deactivation: the clinician can sign in again and sees the clients still in their care."""
    _require_admin_of(admin_user, clinician)
    updated = User.objects.filter(pk=clinician.user_id, is_active=False).update(is_active=True)
    if not updated:
        raise ValidationError("This clinician is already active.")
    clinician.user.is_active = True
    return clinician


@transaction.atomic
def client_hand_over(*, admin_user: User, client: Client, clinician: Clinician) -> CareTeamMember:
    """Make ``clinician`` the client's primary clinician (``care_team_set_primary``), and pass on any
    open risk alert that nobody still caring for the client can see, so no alert is left unread."""
    from assignments.models import RiskAlert
    from notifications.reminders import queue_risk_alert

    if client.user.practice_id != admin_user.practice_id:
        raise PermissionDenied("This client is not in your practice.")
    membership = care_team_set_primary(client=client, clinician=clinician, by=admin_user)
    still_caring = set(
        CareTeamMember.objects.filter(
            client=client, ended_on__isnull=True, clinician__user__is_active=True
        ).values_list("clinician", flat=True)
    )
    # An open alert about something (a save or a comment) that no one still caring for the client was alerted about.
    alerts = list(RiskAlert.objects.filter(client=client).select_related("assignment").order_by("created_at", "pk"))
    covered = {(a.revision_id, a.comment_id) for a in alerts if a.clinician_id in still_caring}
    passed = set()
    for alert in alerts:
        about = (alert.revision_id, alert.comment_id)
        if alert.acknowledged_at is not None or about in covered or about in passed:
            continue
        passed.add(about)
        practice = client.user.practice
        assert practice is not None, "a client's account always has a practice (only operators may have none)"
        passed_on, created = RiskAlert.objects.get_or_create(
            revision=alert.revision,
            comment=alert.comment,
            clinician=clinician,
            defaults={
                "client": client,
                "assignment": alert.assignment,
                "reasons": alert.reasons,
                "level": alert.level,
                "source": alert.source,
                "categories": alert.categories,
                "created_at": alert.created_at,
                "remind_at": timezone.now() + practice.alert_reminder_delay(alert.level),
            },
        )
        if created:
            queue_risk_alert(passed_on)  # the same email a new alert sends, in this transaction
    return membership


@transaction.atomic
def homework_give(
    *,
    clinician_user: User,
    client: Client,
    template=None,
    pathway: bool = False,
    due_at: datetime.datetime,
    instructions: str = "",
    recurrence: str = "none",
    occurrences: int = 1,
    auto_send: bool = False,
) -> list:
    """Give a client a template (once, daily or weekly), or start the rejection-recovery pathway
    with its first steps due at ``due_at``. Returns the assignments created."""
    from assignments.pathway import pathway_start
    from assignments.services import assignment_create

    if pathway:
        _, created = pathway_start(clinician_user=clinician_user, client=client, start_at=due_at, auto_send=auto_send)
        return created
    if template is None:
        raise ValidationError({"template": "Choose an exercise, a measure or the pathway."})
    return assignment_create(
        clinician_user=clinician_user,
        client=client,
        template=template,
        due_at=due_at,
        instructions=instructions,
        recurrence=recurrence,
        occurrences=occurrences,
    )


@transaction.atomic
def series_review(*, clinician_user: User, assignments) -> int:
    """Mark several submitted occurrences of a recurring assignment reviewed at once (all or none)."""
    from assignments.services import assignment_review

    count = 0
    for assignment in assignments:
        assignment_review(assignment=assignment, clinician_user=clinician_user, decision="reviewed")
        count += 1
    return count


@transaction.atomic
def session_mark(*, clinician_user: User, client: Client, held_at: datetime.datetime | None = None) -> SessionHeld:
    """Record that the clinician held a session with the client (session prep counts from the last one)."""
    if not (clinician_user.is_authenticated and clinician_user.is_clinician and clinician_user.is_active):
        raise PermissionDenied("Only clinicians mark sessions.")
    if not Client.objects.visible_to(clinician_user).filter(pk=client.pk).exists():
        raise PermissionDenied("This client is not on your caseload.")
    now = timezone.now()
    held_at = held_at or now
    if timezone.is_naive(held_at):
        raise ValidationError({"held_at": "Give the time with its time zone."})
    if held_at > now + datetime.timedelta(minutes=5):
        raise ValidationError({"held_at": "A session cannot be marked as held in the future."})
    return SessionHeld.objects.create(clinician=clinician_user.clinician_profile, client=client, held_at=held_at)


PREFERENCE_FIELDS = ("time_zone", "email_notifications", "summary_weekday", "summary_time")


@transaction.atomic
def clinician_preferences_update(*, clinician: Clinician, **preferences) -> Clinician:
    """The clinician's own settings: time zone, emails, and when the weekly summary comes."""
    model_update(clinician, allowed=PREFERENCE_FIELDS, what="a preference", changes=preferences, exclude=["user"])
    return clinician
