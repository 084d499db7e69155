from celery import shared_task

from assignments import followups


@shared_task
def sweep_follow_ups() -> int:
    """Give each follow-up that has come due (safe to run twice: rows are claimed)."""
    return followups.sweep()
