"""Publishing tasks after the transaction that caused them commits, within a hard time bound.

Every task published from a request stands for work the database already holds (an outbox row, an
assignment that is due, an invitation not yet sent), and a periodic sweep picks that work up whatever
happened to the message. So a publish is an optimisation: it may be late or lost, but it must never
hold up the person who caused it. The broker's own timeouts do not give that promise: a Redis that
accepts connections and never answers holds the caller for the socket timeout on every attempt.

So the publish runs on a small pool of background threads and the caller waits for it at most
``CELERY_PUBLISH_TIMEOUT`` seconds. A publish that runs out of time opens a breaker: for the next
``PAUSE_AFTER_TIMEOUT`` seconds publishes are skipped outright, so a request that publishes several tasks
waits the bound once, not once per task, and nothing queues up behind threads stuck on the broker.
"""

import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from celery import Task
from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

PUBLISH_THREADS = 4
PAUSE_AFTER_TIMEOUT = 30.0

_executor = ThreadPoolExecutor(max_workers=PUBLISH_THREADS, thread_name_prefix="publish")
# One slot per thread: a publish that finds none free is dropped (its sweep will pick the work up)
# rather than queued behind publishes that are stuck on an unanswering broker.
_slots = threading.BoundedSemaphore(PUBLISH_THREADS)
# time.monotonic() before which publishes are skipped, set when one ran out of time.
_paused_until = 0.0


def _after_fork_in_child() -> None:
    # Threads do not survive a fork (a prefork Celery worker, gunicorn): a child starts with a pool of its
    # own and every slot free, whatever the parent was doing at the time.
    global _executor, _slots, _paused_until
    _executor = ThreadPoolExecutor(max_workers=PUBLISH_THREADS, thread_name_prefix="publish")
    _slots = threading.BoundedSemaphore(PUBLISH_THREADS)
    _paused_until = 0.0


os.register_at_fork(after_in_child=_after_fork_in_child)


def publish_timeout() -> float:
    return float(getattr(settings, "CELERY_PUBLISH_TIMEOUT", 0.5))


def publish(task: Task, args: tuple = (), kwargs: dict | None = None) -> bool:
    """Publish ``task`` now; True when the broker took it within the time bound.

    Never raises and never waits longer than ``publish_timeout()``. Tasks run eagerly (tests) are
    called in the caller's thread, as Celery would.
    """
    global _paused_until
    kwargs = kwargs or {}
    if task.app.conf.task_always_eager:
        return _send(task, args, kwargs)
    if time.monotonic() < _paused_until:
        logger.info("Not publishing %s: the broker did not answer a moment ago; its sweep will pick it up", task.name)
        return False
    if not _slots.acquire(blocking=False):
        logger.warning(
            "Not publishing %s: every publish thread is waiting on the broker; its sweep will pick it up", task.name
        )
        return False
    try:
        future = _executor.submit(_send, task, args, kwargs)
    except RuntimeError:  # the interpreter is shutting down
        _slots.release()
        return False
    future.add_done_callback(lambda _: _slots.release())
    try:
        return future.result(timeout=publish_timeout())
    except FutureTimeout:
        _paused_until = time.monotonic() + PAUSE_AFTER_TIMEOUT
        logger.warning(
            "The broker did not take %s within %.1f s; its sweep will pick it up", task.name, publish_timeout()
        )
        return False


def resume() -> None:
    """Close the breaker: the next publish tries the broker again."""
    global _paused_until
    _paused_until = 0.0


def _send(task: Task, args: tuple, kwargs: dict) -> bool:
    try:
        task.apply_async(args=args, kwargs=kwargs, retry=False)
    except Exception:
        # Arguments stay out of the log: they are identifiers, but a log is no place to piece a record together.
        logger.warning("Could not publish %s; its sweep will pick it up", task.name, exc_info=True)
        return False
    return True


def enqueue_on_commit(task: Task, *args, **kwargs) -> None:
    """Publish ``task`` once the current transaction commits, without ever failing or holding up the request."""
    transaction.on_commit(lambda: publish(task, args, kwargs))
