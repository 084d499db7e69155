"""Writing to the audit trail: one call per read or change of a clinical record."""

from __future__ import annotations

from collections.abc import Iterable

from audit import context
from audit.models import AuditEvent


def audit_record(
    *,
    action: str,
    what: str,
    object_id: object = "",
    client_id: int | None = None,
    practice_id: int | None = None,
    changed: Iterable[str] = (),
    actor=None,
) -> AuditEvent:
    """Record that ``actor`` (by default whoever the current request or task acts for) did ``action``.

    ``changed`` names fields, never their values: the trail must not become a second copy of what clients
    wrote. Outside a request (a Celery task, a management command) the channel is "task".
    """
    here = context.current()
    actor = actor if actor is not None else (here.user if here is not None else None)
    user_id, role = (actor.pk, getattr(actor, "role", "")) if actor is not None else (None, "")
    return AuditEvent.objects.create(
        actor_id=user_id,
        actor_role=role or "",
        action=action,
        what=what,
        object_id=str(object_id) if object_id is not None else "",
        client_id=client_id,
        practice_id=practice_id,
        changed=sorted(set(changed)),
        ip=here.ip if here else None,
        channel=here.channel if here else AuditEvent.Channel.TASK,
    )


def audit_client_record(*, action: str, what: str, object_id: object, client, changed: Iterable[str] = (), actor=None):
    """``audit_record`` for a record of ``client`` (a ``clients.Client``): its id and its practice's."""
    return audit_record(
        action=action,
        what=what,
        object_id=object_id,
        client_id=client.pk,
        practice_id=client.user.practice_id,
        changed=changed,
        actor=actor,
    )
