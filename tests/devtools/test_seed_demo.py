import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from clients.models import CareTeamMember, Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug(settings):
    """As under `make run`, which sets DEBUG=true."""
    settings.DEBUG = True


def counts():
    return User.objects.count(), Client.objects.count(), CareTeamMember.objects.count()


def history():
    from assignments.models import Assignment, ResponseRevision, RiskAlert

    return Assignment.objects.count(), ResponseRevision.objects.count(), RiskAlert.objects.count()


def test_seed_demo_creates_the_demo_practice_and_is_idempotent(debug, client, capsys, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-pass")
    call_command("seed_demo")
    first, first_history = counts(), history()
    call_command("seed_demo")

    assert counts() == first == (9, 6, 6)
    assert history() == first_history
    clinician = User.objects.get(email="clinician@demo.test")
    assert set(Client.objects.visible_to(clinician).values_list("user__email", flat=True)) == {
        "client@demo.test", "sam@demo.test", "jordan@demo.test", "priya@demo.test", "mateo@demo.test",
    }  # fmt: skip
    clinician2 = User.objects.get(email="clinician2@demo.test")
    assert list(Client.objects.visible_to(clinician2).values_list("user__email", flat=True)) == ["client2@demo.test"]
    assert User.objects.get(email="admin@demo.test").role == "admin"
    assert not clinician.practice.require_mfa
    out = capsys.readouterr().out
    assert "clinician@demo.test" in out and "http://" in out

    response = client.post("/accounts/login/", {"login": "clinician@demo.test", "password": "another-demo-pass"})
    assert response.status_code == 302
    assert client.get("/clinician/").status_code == 200


def test_the_demo_history_has_what_a_clinician_would_expect_to_see(debug):
    from assignments.models import Assignment, Response, RiskAlert

    call_command("seed_demo")

    alex = Client.objects.get(user__email="client@demo.test")
    statuses = set(Assignment.objects.filter(client=alex).values_list("status", flat=True))
    assert {"reviewed", "submitted", "in_progress", "assigned"} <= statuses
    assert any(a.is_overdue for a in Assignment.objects.filter(client=alex))
    phq9 = list(
        Response.objects.filter(assignment__client=alex, assignment__template_version__template__slug="phq-9")
        .order_by("submitted_at")
        .values_list("score_total", flat=True)
    )
    assert [int(score) for score in phq9] == [16, 13, 10]
    assert RiskAlert.objects.filter(acknowledged_at__isnull=True).count() == 1
    assert Assignment.objects.filter(client__user__email="client2@demo.test", status="submitted").count() == 3


def test_the_demo_clinicians_have_a_weekly_summary_to_read_and_in_their_mail(debug):
    from clinicians.models import WeeklySummary
    from notifications.models import Notification

    call_command("seed_demo")
    call_command("seed_demo")

    summary = WeeklySummary.objects.get(clinician__user__email="clinician@demo.test")
    assert summary.data["totals"]["clients"] == 5
    assert summary.data["totals"]["assigned"] > 0
    assert WeeklySummary.objects.count() == 2  # one per demo clinician, however often the demo is seeded
    assert Notification.objects.filter(kind="weekly_summary").count() == 2


def test_seed_demo_refuses_without_debug_and_writes_nothing(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match=r"only with DEBUG=true .* --force"):
        call_command("seed_demo")

    assert counts() == (0, 0, 0)


def test_seed_demo_seeds_without_debug_when_forced(settings, capsys):
    settings.DEBUG = False

    call_command("seed_demo", force=True)

    assert counts() == (9, 6, 6)
    assert "Demo data is ready." in capsys.readouterr().out


def test_manage_py_seed_demo_without_debug_says_why_and_exits_non_zero(settings, tmp_path):
    # The test settings install devtools whatever DEBUG says, so the refusal itself is what stops it. The
    # database is a throw-away file, in case it did not.
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    run = subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode != 0
    assert "only with DEBUG=true" in run.stderr and "--force" in run.stderr
    assert "Demo data is ready." not in run.stdout


@pytest.mark.parametrize(
    "clock", ["2026-12-04T13:41:07+00:00", "2026-12-04T23:10:00+00:00", "2026-07-01T06:59:00+00:00"]
)
def test_demo_due_times_fall_on_the_hour_and_nothing_is_overdue_the_moment_it_is_given(debug, clock):
    import datetime

    import time_machine

    from assignments.models import Assignment
    from config.localtime import zone_of

    now = datetime.datetime.fromisoformat(clock)
    with time_machine.travel(now, tick=False):
        call_command("seed_demo")

    rows = list(Assignment.objects.select_related("client", "series"))
    off_the_hour = [(a, a.due_at.astimezone(zone_of(a.client)).time()) for a in rows]
    assert [(str(a), t) for a, t in off_the_hour if (t.minute, t.second) != (0, 0)] == []
    # A series nobody has started (the daily habits just given) begins with a due time still ahead.
    fresh: dict[int, list] = {}
    for a in rows:
        if a.series_id:
            fresh.setdefault(a.series_id, []).append(a)
    fresh = {key: group for key, group in fresh.items() if all(a.status == "assigned" for a in group)}
    assert fresh and all(min(a.due_at for a in group) > now for group in fresh.values())
