"""The processes `make run` starts: risk alerts have a worker of their own.

A backlog on the default queue (a weekly-summary fan-out, a batch of reminders)
must never hold a risk alert back, so no worker that takes default work also
takes the priority queue, and one worker takes nothing else.
"""

import shlex
from pathlib import Path

from django.conf import settings

from config.settings import CELERY_TASK_ROUTES

PROCFILE = Path(settings.BASE_DIR) / "Procfile"


def _workers() -> dict[str, set[str]]:
    """Each Celery worker process in the Procfile, by name, with the queues it consumes."""
    workers = {}
    for line in PROCFILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, command = line.split(":", 1)
        words = shlex.split(command)
        if words[:4] != ["celery", "-A", "config", "worker"]:
            continue
        queues = words[words.index("--queues") + 1] if "--queues" in words else "celery"
        workers[name] = set(queues.split(","))
    return workers


def test_the_priority_queue_has_a_worker_that_takes_nothing_else():
    priority = CELERY_TASK_ROUTES["notifications.tasks.relay_priority"]["queue"]
    workers = _workers()
    assert [name for name, queues in workers.items() if queues == {priority}], workers
    assert all(queues == {priority} for queues in workers.values() if priority in queues), workers


def test_default_work_still_has_a_worker():
    assert any("celery" in queues for queues in _workers().values())


def test_each_worker_has_its_own_hostname():
    hostnames = []
    for line in PROCFILE.read_text(encoding="utf-8").splitlines():
        words = shlex.split(line.split(":", 1)[1]) if ":" in line else []
        if "worker" in words:
            hostnames.append(words[words.index("--hostname") + 1])
    assert len(hostnames) == len(set(hostnames)) >= 2
