import datetime
import json
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from notifications.models import Notification
from notifications.selectors import outbox_metrics
from notifications.services import notify, relay

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_and_failed(client_profile, foreign_client_profile):
    moment = timezone.now()
    with time_machine.travel(moment, tick=False):
        notify(key="due_soon:1:hours_before", kind="due_soon", recipient=client_profile.user, subject="s", body="b")
        notify(key="overdue:2:1", kind="overdue", recipient=foreign_client_profile.user, subject="s", body="b")
    with time_machine.travel(moment + datetime.timedelta(seconds=30), tick=False):
        relay()
    Notification.objects.filter(key="overdue:2:1").update(status="failed", last_error="SMTP said no")
    return moment


def test_metrics_count_by_kind_and_status_and_measure_latency(sent_and_failed, practice):
    everything = outbox_metrics()
    ours = outbox_metrics(practice=practice)

    assert everything["counts"] == {"due_soon": {"sent": 1}, "overdue": {"failed": 1}}
    assert ours["counts"] == {"due_soon": {"sent": 1}}
    assert ours["latency_seconds"]["median"] == 30.0


def test_the_outbox_command_reports_and_resends(sent_and_failed):
    out = StringIO()
    call_command("outbox", "status", stdout=out)
    assert json.loads(out.getvalue())["counts"]["overdue"] == {"failed": 1}

    call_command("outbox", "resend", "overdue:2:1", stdout=StringIO())
    call_command("outbox", "relay", stdout=StringIO())

    assert Notification.objects.get(key="overdue:2:1").status == "sent"
    assert len(mail.outbox) == 3  # both first sends, and the one sent again
    with pytest.raises(CommandError):
        call_command("outbox", "resend", "no:such:key")
