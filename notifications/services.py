"""Writing to the outbox, and sending what it holds."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from config.queue import enqueue_on_commit
from notifications.models import Notification

logger = logging.getLogger(__name__)

CLAIM_TIMEOUT = datetime.timedelta(minutes=5)
MAX_ATTEMPTS = 6
RELAY_BATCH = 100


def notify(
    *,
    key: str,
    kind: str,
    recipient: User,
    subject: str,
    body: str,
    available_at: datetime.datetime | None = None,
    priority: bool = False,
    html_body: str = "",
) -> Notification | None:
    """Queue one message, once: a second call with the same key does nothing and returns None."""
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                key=key,
                kind=kind,
                recipient=recipient,
                subject=subject,
                body=body,
                html_body=html_body,
                available_at=available_at or timezone.now(),
                priority=priority,
            )
    except IntegrityError:
        return None
    if notification.available_at <= timezone.now():
        from notifications.tasks import relay_outbox, relay_priority

        enqueue_on_commit(relay_priority if priority else relay_outbox)
    return notification


def notify_many(messages: list[Notification]) -> int:
    """Queue many messages in two queries; keys already queued are left alone.

    Returns how many were new when looked at (a sweep running at the same time
    may insert the same keys first: the unique key keeps one, silently).
    """
    if not messages:
        return 0
    existing = set(Notification.objects.filter(key__in=[m.key for m in messages]).values_list("key", flat=True))
    new = [m for m in messages if m.key not in existing]
    Notification.objects.bulk_create(new, ignore_conflicts=True)
    now = timezone.now()
    if any(m.available_at <= now for m in new):
        from notifications.tasks import relay_outbox

        enqueue_on_commit(relay_outbox)
    return len(new)


def resend(notifications) -> int:
    """Queue messages again (an operator's decision), whatever became of them before."""
    return notifications.update(
        status=Notification.Status.PENDING, available_at=timezone.now(), attempts=0, last_error=""
    )


def _backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(60 * 2 ** (attempts - 1), 3600))


def relay(*, batch: int = RELAY_BATCH, priority_only: bool = False) -> int:
    """Send what is due in the outbox; returns how many were sent.

    Each row is claimed with a conditional update before sending, so two relays
    never send the same row; a claim left by a worker that died expires after
    CLAIM_TIMEOUT and the row is tried again (the message's Message-ID is its
    key, so a receiving server can recognise the rare repeat).
    """
    now = timezone.now()
    Notification.objects.filter(status=Notification.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT).update(
        status=Notification.Status.PENDING
    )
    due = Notification.objects.filter(status=Notification.Status.PENDING, available_at__lte=now)
    if priority_only:
        due = due.filter(priority=True)
    sent = 0
    for pk in due.order_by("available_at", "id").values_list("pk", flat=True)[:batch]:
        claimed = Notification.objects.filter(pk=pk, status=Notification.Status.PENDING).update(
            status=Notification.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
        if claimed:
            sent += _send(Notification.objects.select_related("recipient").get(pk=pk))
    return sent


def _send(notification: Notification) -> bool:
    recipient = notification.recipient
    if not recipient.is_active:
        Notification.objects.filter(pk=notification.pk).update(
            status=Notification.Status.FAILED, last_error="The recipient's account is deactivated."
        )
        return False
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + notification.subject,
        body=notification.body,
        to=[recipient.email],
        headers={"Message-ID": f"<{notification.key.replace(':', '.')}@rejection-recovery>"},
    )
    if notification.html_body:
        message.attach_alternative(notification.html_body, "text/html")
    try:
        message.send()
    except Exception as error:
        failed = notification.attempts >= MAX_ATTEMPTS
        Notification.objects.filter(pk=notification.pk).update(
            status=Notification.Status.FAILED if failed else Notification.Status.PENDING,
            available_at=timezone.now() + _backoff(notification.attempts),
            last_error=f"{type(error).__name__}: {error}"[:500],
        )
        logger.warning("Sending %s failed (attempt %s)", notification.key, notification.attempts, exc_info=True)
        return False
    Notification.objects.filter(pk=notification.pk).update(status=Notification.Status.SENT, sent_at=timezone.now())
    return True
