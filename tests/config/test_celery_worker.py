"""The Celery wiring, end to end: a change commits, its task is published to
the real broker (Redis in CI, the embedded filesystem broker on a laptop), a
real worker process picks it up and does the work."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from clients.services import client_invite
from config.celery import app as celery_app

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def database_url_of_the_test_database() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db["USER"] or "postgres"
    return f"postgres://{user}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(tmp_path):
    mail_dir = tmp_path / "mail"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "TEST_WORKER": "1",
        "TEST_EMAIL_DIR": str(mail_dir),
        "DATABASE_URL": database_url_of_the_test_database(),
    }
    queues = [settings.CELERY_TASK_DEFAULT_QUEUE, *(route["queue"] for route in settings.CELERY_TASK_ROUTES.values())]
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo", "--loglevel", "INFO",
         "--queues", ",".join(queues), "--without-mingle", "--without-gossip"],
        cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    yield mail_dir
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    print(output)  # shown by pytest when the test fails


@pytest.fixture
def publish_for_real():
    celery_app.conf.task_always_eager = False
    yield
    celery_app.conf.task_always_eager = True


def wait_for(predicate, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_an_invitation_is_emailed_by_a_real_worker_after_commit(clinician, worker, publish_for_real):
    client = client_invite(clinician_user=clinician.user, email="real.worker@example.test", display_name="Wren")
    invitation = client.user.invitations.get()

    wait_for(lambda: type(invitation).objects.filter(pk=invitation.pk, sent_at__isnull=False).exists())

    files = list(Path(worker).glob("*.log"))
    assert len(files) == 1
    text = files[0].read_text()
    assert "To: real.worker@example.test" in text
    assert f"/invitations/{invitation.pk}/{invitation.token}/" in text


def test_a_risk_alert_reaches_the_clinician_through_the_outbox_and_a_real_worker(
    give, clinician, worker, publish_for_real
):
    from notifications.models import Notification
    from tests.factories import submitted

    answers = {f"phq9_{n}": "0" for n in range(1, 10)} | {"phq9_9": "1"}
    submitted(give("phq-9"), answers)

    wait_for(lambda: Notification.objects.filter(kind="risk_alert", status="sent").exists())

    [mail] = [p.read_text() for p in Path(worker).glob("*.log")]
    assert f"To: {clinician.user.email}" in mail and "Moderate risk: a client may need your attention" in mail


def test_the_weekly_summary_is_built_and_emailed_once_by_a_real_worker(
    clinician, client_profile, worker, publish_for_real
):
    import datetime

    from clinicians import tasks as summary_tasks
    from clinicians.models import WeeklySummary
    from notifications.models import Notification

    clinician.created_at -= datetime.timedelta(days=30)
    clinician.save(update_fields=["created_at"])

    assert summary_tasks.sweep() == 1
    summary_tasks.sweep()  # a second sweep before the build finished, or after it: still one summary and one email

    wait_for(lambda: Notification.objects.filter(kind="weekly_summary", status="sent").exists())
    time.sleep(1)  # room for a duplicate to show up, were there one
    assert WeeklySummary.objects.filter(clinician=clinician).count() == 1
    [mail] = [p.read_text() for p in Path(worker).glob("*.log")]
    assert f"To: {clinician.user.email}" in mail and "weekly summary" in mail
    assert "text/html" in mail and "Alex" not in mail
