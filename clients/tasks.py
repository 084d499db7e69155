from celery import shared_task

from clients.erasure import erase_due


@shared_task
def erasure_sweep() -> int:
    """Hourly: erase the closed clients' records whose retention period is over (clients/erasure.py)."""
    return erase_due()
