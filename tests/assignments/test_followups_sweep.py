"""The follow-up sweep: the exercise given once, one email that says nothing clinical, quiet hours and opt-outs, its
queries, and what operators see."""

import datetime
import threading

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.db import connection

from assignments import followups
from assignments.models import Assignment, FollowUp
from assignments.tasks import sweep_follow_ups
from notifications.models import Notification
from notifications.services import relay
from tests.assignments.followup_helpers import PLAN, UTC, local, plan_to_ask, sweep_at

pytestmark = pytest.mark.django_db
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def test_the_sweep_gives_the_follow_up_exercise_and_queues_one_email(
    give, client_profile, clinician, template, django_capture_on_commit_callbacks
):
    source = plan_to_ask(
        give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14)
    )
    due = local("Europe/London", 2026, 4, 14, 19, 0)

    assert sweep_at(due - datetime.timedelta(minutes=1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep_at(due + datetime.timedelta(minutes=3)) == 1

    follow_up = FollowUp.objects.select_related("assignment").get()
    given = follow_up.assignment
    assert (follow_up.status, follow_up.sent_at) == ("sent", due + datetime.timedelta(minutes=3))
    assert given.template_version == template("feedback-follow-up").current_version
    assert given.client == client_profile and given.assigned_by == source.assigned_by == clinician
    assert given.due_at == local("Europe/London", 2026, 4, 17, 19, 0)
    assert given.status == "assigned" and PLAN["whom"] in given.instructions
    assert "Tuesday 14 April" in given.instructions
    notification = Notification.objects.get()
    assert notification.key == f"follow_up:{follow_up.pk}" and notification.kind == "follow_up"
    assert notification.recipient == client_profile.user
    assert notification.available_at == due + datetime.timedelta(minutes=3)


def test_the_instructions_name_nobody_the_client_did_not_name(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    FollowUp.objects.update(whom="")  # a practice's copy of the exercise may not ask whom

    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    assert Assignment.objects.get(follow_up_of__isnull=False).instructions.startswith(
        "On Tuesday 14 April you planned to ask for feedback. "
    )


def test_sweeping_twice_gives_one_assignment_and_sends_one_email(
    give, client_profile, django_capture_on_commit_callbacks
):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    moment = local("Europe/London", 2026, 4, 14, 19, 5)

    with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
        first, second = followups.sweep(), followups.sweep()
        relay()
        relay()

    assert (first, second) == (1, 0)
    assert Assignment.objects.filter(template_version__template__slug="feedback-follow-up").count() == 1
    assert Notification.objects.count() == 1 and len(mail.outbox) == 1


def test_the_email_says_nothing_clinical(give, client_profile, template):
    answers = PLAN | {
        "whom": "Marguerite from accounts",
        "predicted_reaction": "She will say I talk too much in meetings.",
    }
    plan_to_ask(
        give,
        client_profile,
        at=local("Europe/London", 2026, 4, 10, 9, 0),
        on=datetime.date(2026, 4, 14),
        answers=answers,
    )
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    notification = Notification.objects.get()
    text = (notification.subject + "\n" + notification.body).lower()
    for secret in ("Marguerite", "talk too much", PLAN["script"][:30], client_profile.user.display_name):
        assert secret.lower() not in text
    for title in (
        template("feedback-follow-up").current_version.title,
        template("feedback-request").current_version.title,
    ):
        assert title.lower() not in text
    for word in ("feedback", "rejection", "exercise"):
        assert word not in text
    assert "http://testserver/portal/" in notification.body


def test_a_client_who_opted_out_still_gets_the_exercise_but_no_email(give, client_profile):
    plan_to_ask(
        give,
        client_profile,
        at=local("Europe/London", 2026, 4, 10, 9, 0),
        on=datetime.date(2026, 4, 14),
        reminders_opt_out=True,
    )

    assert sweep_at(local("Europe/London", 2026, 4, 14, 19, 0)) == 1

    assert FollowUp.objects.get().assignment is not None
    assert not Notification.objects.exists()


def test_an_email_inside_quiet_hours_waits_for_their_end(give, client_profile):
    plan_to_ask(
        give,
        client_profile,
        at=local("Europe/London", 2026, 4, 10, 9, 0),
        on=datetime.date(2026, 4, 14),
        daily_prompt_time=datetime.time(22, 30),  # inside the default quiet hours, 21:00–08:00
    )

    sweep_at(local("Europe/London", 2026, 4, 14, 22, 35))

    assert Notification.objects.get().available_at == local("Europe/London", 2026, 4, 15, 8, 0)
    with time_machine.travel(local("Europe/London", 2026, 4, 15, 7, 59), tick=False):
        assert relay() == 0
    with time_machine.travel(local("Europe/London", 2026, 4, 15, 8, 0), tick=False):
        assert relay() == 1


def test_a_closed_account_gets_nothing_and_the_follow_up_is_cancelled(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    client_profile.user.is_active = False
    client_profile.user.save(update_fields=["is_active"])

    assert sweep_at(local("Europe/London", 2026, 4, 14, 19, 0)) == 0

    assert FollowUp.objects.get().status == "cancelled"
    assert not Notification.objects.exists() and Assignment.objects.count() == 1


def test_a_sweep_that_finds_nothing_costs_one_query(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert followups.sweep() == 0


def due_follow_ups(count: int, *, client, clinician, template, due_at: datetime.datetime) -> None:
    """``count`` follow-ups due at ``due_at``, written directly (their sources need no answers here)."""
    version = template("feedback-request").current_version
    sources = Assignment.objects.bulk_create(
        Assignment(client=client, template_version=version, assigned_by=clinician, due_at=due_at, status="submitted")
        for _ in range(count)
    )
    FollowUp.objects.bulk_create(
        FollowUp(
            source=source,
            client=client,
            whom="Sam",
            predicted_reaction="Silence.",
            planned_for=due_at.date(),
            due_at=due_at,
        )
        for source in sources
    )


def test_each_batch_of_the_sweep_costs_the_same_queries(
    client_profile, clinician, template, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(followups, "BATCH", 3)
    due_at = local("Europe/London", 2026, 4, 14, 19, 0)
    per_batch = [
        "SELECT due follow-ups (keyset page, no lock)",
        "SAVEPOINT (the batch's transaction, inside the test's)",
        "SELECT … FOR UPDATE SKIP LOCKED the page's rows, with client and user",
        "UPDATE claim: status scheduled → sent",
        "INSERT the follow-up assignments",
        "UPDATE link each follow-up to its assignment",
        "SELECT outbox keys already queued",
        "INSERT the notifications",
        "RELEASE SAVEPOINT",
    ]
    once = ["SELECT the feedback-follow-up template's current version", "SELECT an empty page: done"]

    due_follow_ups(3, client=client_profile, clinician=clinician, template=template, due_at=due_at)
    with django_assert_num_queries(len(per_batch) + len(once)):
        assert sweep_at(due_at) == 3

    due_follow_ups(9, client=client_profile, clinician=clinician, template=template, due_at=due_at)
    with django_assert_num_queries(3 * len(per_batch) + len(once)):
        assert sweep_at(due_at) == 9

    assert FollowUp.objects.filter(status="sent", assignment__isnull=False).count() == 12
    assert Notification.objects.count() == 12


def test_the_task_runs_the_sweep(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))

    with time_machine.travel(local("Europe/London", 2026, 4, 14, 19, 0), tick=False):
        assert sweep_follow_ups.delay().get() == 1
    assert settings.CELERY_BEAT_SCHEDULE["sweep-follow-ups"]["task"] == "assignments.tasks.sweep_follow_ups"


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgres
@pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL: SQLite takes one writer at a time, so there is no race")
def test_two_sweeps_at_once_give_each_follow_up_once(client_profile, clinician, template):
    due_at = datetime.datetime.now(UTC) - datetime.timedelta(minutes=1)
    due_follow_ups(1200, client=client_profile, clinician=clinician, template=template, due_at=due_at)
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def run(name: str) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[name] = followups.sweep()
        except Exception as error:  # noqa: BLE001 (shown by the assertion below)
            outcomes[name] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(name,)) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert all(isinstance(n, int) for n in outcomes.values()), outcomes
    assert sum(outcomes.values()) == 1200
    given = Assignment.objects.filter(template_version__template__slug="feedback-follow-up")
    assert given.count() == 1200 and Notification.objects.count() == 1200
    assert FollowUp.objects.filter(status="sent").values("assignment").distinct().count() == 1200


def test_operators_see_where_follow_ups_stand_but_not_what_the_client_wrote(client, give, client_profile):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.urls import reverse

    from accounts.models import User

    operator = User.objects.create_superuser("ops@example.test", "an operator password 1")
    TOTP.activate(operator, generate_totp_secret())
    client.force_login(operator)
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    follow_up = FollowUp.objects.get()

    listing = client.get(reverse("admin:assignments_followup_changelist"))
    detail = client.get(reverse("admin:assignments_followup_change", args=[follow_up.pk]))

    assert listing.status_code == detail.status_code == 200
    assert list(listing.context["cl"].result_list) == [follow_up]
    for page in (listing, detail):
        text = page.content.decode()
        assert "needed more examples" not in text and "Priya" not in text
    assert client.get(reverse("admin:assignments_followup_add")).status_code == 403
