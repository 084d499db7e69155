"""Reading the audit trail: a practice admin's search, and a client's view of who opened their record."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet

from accounts.models import User
from audit.models import AuditEvent


def practice_audit_for(
    *,
    user: User,
    client_id: int | None = None,
    actor_id: int | None = None,
    since: datetime.datetime | None = None,
    until: datetime.datetime | None = None,
) -> QuerySet[AuditEvent]:
    """The trail of the admin's own practice, newest first, narrowed by client, person and time."""
    if not user.is_practice_admin:
        return AuditEvent.objects.none()
    events = AuditEvent.objects.filter(practice_id=user.practice_id).select_related("actor")
    if client_id is not None:
        events = events.filter(client_id=client_id)
    if actor_id is not None:
        events = events.filter(actor_id=actor_id)
    if since is not None:
        events = events.filter(at__gte=since)
    if until is not None:
        events = events.filter(at__lt=until)
    return events


def access_log_for(*, user: User) -> QuerySet[AuditEvent]:
    """Who else opened the client's record (their own visits left out), newest first."""
    profile = getattr(user, "client_profile", None) if user.is_client else None
    if profile is None:
        return AuditEvent.objects.none()
    return (
        AuditEvent.objects.filter(client_id=profile.pk, action=AuditEvent.Action.READ)
        .exclude(actor_id=user.pk)
        .select_related("actor")
    )
