"""Writes for clinicians: a practice admin invites them."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from accounts.models import User
from accounts.services import user_invite
from clinicians.models import Clinician


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
    clinician = Clinician(user=invitation.user, time_zone=time_zone or practice.time_zone)
    clinician.full_clean(exclude=["user"])
    clinician.save()
    return clinician
