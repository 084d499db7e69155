"""Writes for clients: inviting them and handing their care over."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.services import user_invite
from audit.services import audit_client_record
from clients.models import CareTeamMember, Client
from clinicians.models import Clinician
from config.models import model_update


@transaction.atomic
def client_invite(*, clinician_user: User, email: str, display_name: str, time_zone: str | None = None) -> Client:
    """A clinician invites a client onto their own caseload, as primary clinician."""
    if not clinician_user.is_clinician or not clinician_user.is_active:
        raise PermissionDenied("Only clinicians can invite clients.")
    clinician = Clinician.objects.get(user=clinician_user)
    invitation = user_invite(
        email=email,
        display_name=display_name,
        role=User.Role.CLIENT,
        practice=clinician_user.practice,
        invited_by=clinician_user,
    )
    client = Client(user=invitation.user, time_zone=time_zone or clinician.time_zone)
    client.full_clean(exclude=["user"])
    client.save()
    CareTeamMember.objects.create(client=client, clinician=clinician, is_primary=True)
    return client


@transaction.atomic
def care_team_set_primary(*, client: Client, clinician: Clinician, by: User) -> CareTeamMember:
    """Make ``clinician`` the client's primary clinician; the previous one's care ends today.

    The old membership is closed, not deleted, so the client's history keeps
    who cared for them and when.
    """
    if not (by.is_practice_admin and by.practice_id == client.user.practice_id):
        raise PermissionDenied("Only the practice admin can hand over a client's care.")
    if clinician.user.practice_id != client.user.practice_id or not clinician.user.is_active:
        raise ValidationError({"clinician": "Choose an active clinician of this practice."})
    today = timezone.localdate()
    current = CareTeamMember.objects.select_for_update().filter(client=client, ended_on__isnull=True)
    previous_primary = current.filter(is_primary=True).exclude(clinician=clinician).first()
    if previous_primary is not None:
        _end_membership(previous_primary, today)
    audit_client_record(
        action="update", what="care team", object_id=client.pk, client=client, changed=["primary clinician"], actor=by
    )
    membership = current.filter(clinician=clinician).first()
    if membership is None:
        return CareTeamMember.objects.create(client=client, clinician=clinician, is_primary=True, started_on=today)
    if not membership.is_primary:
        membership.is_primary = True
        membership.save(update_fields=["is_primary"])
    return membership


def _end_membership(membership: CareTeamMember, today: datetime.date) -> None:
    membership.ended_on = max(today, membership.started_on)
    membership.save(update_fields=["ended_on"])


CONTACT_FIELDS = ("phone", "emergency_contact_name", "emergency_contact_phone")
PREFERENCE_FIELDS = (
    "time_zone", "quiet_hours_start", "quiet_hours_end", "daily_prompt_time", "reminders_opt_out", *CONTACT_FIELDS
)  # fmt: skip


def _client_fields_update(client: Client, allowed: tuple[str, ...], what: str, changes: dict) -> None:
    """Set some of the client's own fields, validated as a whole, and save only those (audited by name)."""
    changed = model_update(client, allowed=allowed, what=what, changes=changes, exclude=["user"])
    if changed:
        audit_client_record(action="update", what="client", object_id=client.pk, client=client, changed=changed)


@transaction.atomic
def client_contact_update(*, client: Client, **contact) -> Client:
    """Change how the care team reaches the client or their emergency contact (validated, all or nothing)."""
    _client_fields_update(client, CONTACT_FIELDS, "a contact detail", contact)
    return client


@transaction.atomic
def client_preferences_update(*, client: Client, display_name: str, **preferences) -> Client:
    """Change the client's own name and reminder preferences."""
    _client_fields_update(client, PREFERENCE_FIELDS, "a preference", preferences)
    client.user.display_name = display_name.strip()
    client.user.full_clean(exclude=["password"])
    client.user.save(update_fields=["display_name"])
    return client
