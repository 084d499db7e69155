from celery import shared_task
from django.contrib.sessions.models import Session
from django.utils import timezone

from accounts.selectors import operator_unsent_invitation_ids
from accounts.services import SEND_CLAIM_TIMEOUT, invitation_send

SWEEP_BATCH = 200


@shared_task(autoretry_for=(OSError,), retry_backoff=True, retry_backoff_max=600, max_retries=8)
def send_invitation_email(invitation_id: str) -> bool:
    return invitation_send(invitation_id=invitation_id)


@shared_task
def resend_unsent_invitations() -> int:
    """Send invitations whose task was never published (e.g. the broker was down)."""
    stale = operator_unsent_invitation_ids(older_than=SEND_CLAIM_TIMEOUT / 5, limit=SWEEP_BATCH)
    sent = 0
    for invitation_id in stale:
        sent += invitation_send(invitation_id=invitation_id)
    return sent


@shared_task
def clear_expired_sessions() -> int:
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted
