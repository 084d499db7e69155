"""Publishing tasks after the transaction that caused them commits."""

import logging

from celery import Task
from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_on_commit(task: Task, *args, **kwargs) -> None:
    """Publish ``task`` once the current transaction commits.

    Publishing never fails the request: with the broker down the attempt gives
    up after the short connection timeout, and the periodic sweep that owns
    this kind of work picks the row up from the database instead.
    """

    def publish() -> None:
        try:
            task.apply_async(args=args, kwargs=kwargs, retry=False)
        except Exception:
            logger.warning("Could not publish %s%r; its sweep will pick it up", task.name, args, exc_info=True)

    transaction.on_commit(publish)
