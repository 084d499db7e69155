from celery import shared_task

from notifications import heartbeat as heartbeat_
from notifications import reminders
from notifications.services import relay


@shared_task
def relay_outbox() -> int:
    return relay()


@shared_task
def relay_priority() -> int:
    """Risk alerts: their own queue, so a backlog of reminders never delays them."""
    return relay(priority_only=True)


@shared_task
def sweep_reminders() -> int:
    return reminders.sweep()


@shared_task
def sweep_unacknowledged_alerts() -> int:
    return reminders.sweep_unacknowledged_alerts()


@shared_task
def flag_disengaged() -> int:
    return reminders.flag_disengaged()


@shared_task
def heartbeat() -> str:
    """Beat sends it, a worker runs it: a recent value means both are alive (see /readyz)."""
    return heartbeat_.record()
