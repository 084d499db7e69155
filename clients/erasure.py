"""Erasure: a practice admin closes a client's account at once; their record goes after the retention period.

Closing (``erasure_request``) is immediate and complete for the person: they cannot sign in, every session
and app token ends, pending invitations are withdrawn and no reminder is sent. The record itself stays for
``Practice.erasure_retention_days`` (what the practice must keep, and a window to undo a mistake), then
the hourly ``erasure_sweep`` task (``erase_due``) removes what the client wrote and what was written about it
(assignments with their answers, every revision, comments, alerts, follow-ups, sessions held, notifications,
their row in their clinicians' weekly summaries)
and anonymises what must stay for others' records to make sense (the account, the client row, its care
team's history). The audit trail keeps identifiers only, so it stays as it is: append-only, it records the
request and the erasure (which kinds of data went, never their content).
"""

import datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import Invitation, User
from assignments.models import Assignment, RiskAlert
from audit.services import audit_client_record
from clients.models import CareTeamMember, Client, ErasureRequest
from clinicians.models import SessionHeld, WeeklySummary
from notifications.models import Notification

ERASED_NAME = "Erased client"


@transaction.atomic
def erasure_request(*, client: Client, by: User) -> ErasureRequest:
    """Close ``client``'s account now and schedule their record's erasure (practice admins of their practice)."""
    if not (by.is_practice_admin and by.practice_id == client.user.practice_id):
        raise PermissionDenied("Only the client's practice admin can close their account.")
    if ErasureRequest.objects.filter(client=client).exists():
        raise ValidationError("This client's account is already closed and their record is due to be erased.")
    user = User.objects.select_for_update().get(pk=client.user_id)
    now = timezone.now()
    practice = user.practice
    request = ErasureRequest.objects.create(
        client=client,
        requested_by=by,
        requested_at=now,
        erase_after=now + datetime.timedelta(days=practice.erasure_retention_days),
    )
    user.is_active = False
    user.set_unusable_password()
    user.save(update_fields=["is_active", "password"])
    for session in UserSession.objects.filter(user=user):
        session.end()
    Invitation.objects.filter(user=user, accepted_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    Client.objects.filter(pk=client.pk).update(reminders_opt_out=True)
    Notification.objects.filter(recipient=user, status=Notification.Status.PENDING).delete()
    audit_client_record(action="close", what="account", object_id=client.pk, client=client, actor=by)
    return request


def _leave_weekly_summaries(client: Client) -> None:
    """Take the client's row (name, figures, what was planned) out of every summary of anyone who cared for them.

    The caseload totals stay as built: they are counts, and a summary should still add up to what its clinician
    was told that week. The documents are encrypted, so they are read and rewritten here, not queried.
    """
    clinicians = CareTeamMember.objects.filter(client=client).values_list("clinician_id", flat=True)
    changed = []
    for summary in WeeklySummary.objects.filter(clinician_id__in=clinicians).only("pk", "data"):
        rows = summary.data.get("clients", [])
        kept = [row for row in rows if row.get("id") != client.pk]
        if len(kept) != len(rows):
            summary.data = {**summary.data, "clients": kept}
            changed.append(summary)
    WeeklySummary.objects.bulk_update(changed, ["data"], batch_size=200)


def erase_due(now: datetime.datetime | None = None) -> int:
    """Erase every record whose retention period is over; each in its own transaction, each once."""
    now = now or timezone.now()
    erased = 0
    due = ErasureRequest.objects.filter(completed_at__isnull=True, erase_after__lte=now)
    for pk in due.values_list("pk", flat=True):
        erased += _erase(pk, now)
    return erased


@transaction.atomic
def _erase(request_pk: int, now: datetime.datetime) -> int:
    request = ErasureRequest.objects.select_for_update().select_related("client__user").get(pk=request_pk)
    if request.completed_at is not None:
        return 0  # another sweep got there first
    client, user = request.client, request.client.user
    # Assignments take their responses, revisions, comments, discussion flags, follow-ups and alerts with them.
    _leave_weekly_summaries(client)
    Assignment.objects.filter(client=client).delete()
    RiskAlert.objects.filter(client=client).delete()
    SessionHeld.objects.filter(client=client).delete()
    Notification.objects.filter(recipient=user).delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    UserSession.objects.filter(user=user).delete()
    Invitation.objects.filter(user=user).delete()
    User.objects.filter(pk=user.pk).update(
        email=f"erased-{user.pk}@erased.invalid", display_name=ERASED_NAME, is_active=False
    )
    Client.objects.filter(pk=client.pk).update(phone="", emergency_contact_name="", emergency_contact_phone="")
    request.completed_at = now
    request.save(update_fields=["completed_at"])
    audit_client_record(
        action="erase",
        what="client record",
        object_id=client.pk,
        client=client,
        changed=[
            "account",
            "assignments",
            "answers",
            "comments",
            "risk alerts",
            "contact details",
            "sessions held",
            "weekly summaries",
        ],
        actor=None,
    )
    return 1
