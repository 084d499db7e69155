"""Reads of accounts: an invitation by its link, and the invitations an operator job sends again."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from accounts.models import Invitation


def invitation_by_link(*, invitation_id, token: str) -> Invitation | None:
    """The invitation a link points at, or None when the link is not genuine.

    The caller is whoever holds the link: the token, compared in constant time, is what scopes it.
    """
    invitation = Invitation.objects.select_related("user", "user__practice").filter(pk=invitation_id).first()
    if invitation is None or not constant_time_compare(invitation.token, token or ""):
        return None
    return invitation


def operator_unsent_invitation_ids(
    *, older_than: datetime.timedelta, limit: int, now: datetime.datetime | None = None
) -> QuerySet:
    """Every practice's pending invitations whose email was never sent (e.g. the broker was down when they were
    made), oldest first. An operator read for the periodic sweep: not scoped to any caller, never for a page."""
    now = now or timezone.now()
    return (
        Invitation.objects.sendable(now)
        .filter(created_at__lt=now - older_than)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
