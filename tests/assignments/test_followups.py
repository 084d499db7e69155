"""Follow-ups on the feedback request: scheduled in the client's own time, sent once, answered, summarised."""

import datetime
import threading
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.db import connection

from assignments import followups
from assignments.library import EXAMPLES, library_definitions
from assignments.models import Assignment, FollowUp
from assignments.questionnaire import check_answers, is_enabled, validate_version
from assignments.selectors import feedback_outcomes
from assignments.services import assignment_cancel, assignment_review, response_submit
from assignments.tasks import sweep_follow_ups
from notifications.models import Notification
from notifications.services import relay
from tests.factories import client_of

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
AFTER_THE_FACT = ("what_heard", "taking_forward", "feedback_given")
PLAN = {key: value for key, value in EXAMPLES["feedback-request"].items() if key not in AFTER_THE_FACT}
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def local(zone: str, *args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=ZoneInfo(zone))


def plan_to_ask(give, client, *, at: datetime.datetime, on: datetime.date, answers=None, **client_fields):
    """The client submits a feedback request at ``at``, planning to ask on ``on``."""
    for name, value in client_fields.items():
        setattr(client, name, value)
    client.save()
    answers = (PLAN if answers is None else answers) | {"planned_ask_date": on.isoformat()}
    with time_machine.travel(at, tick=False):
        assignment = give("feedback-request", client=client, due_at=at + datetime.timedelta(days=1))
        response_submit(assignment=assignment, user=client.user, answers=answers, version=0)
    return assignment


def sweep_at(moment: datetime.datetime) -> int:
    with time_machine.travel(moment, tick=False):
        return followups.sweep()


def answer(follow_up: FollowUp, answers: dict, at: datetime.datetime) -> None:
    follow_up.refresh_from_db()
    with time_machine.travel(at, tick=False):
        response_submit(assignment=follow_up.assignment, user=follow_up.client.user, answers=answers, version=0)


# --- Scheduling -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "submitted", "planned", "due_utc"),
    [
        # London: clocks go back on 25 October 2026; 19:00 on the 26th is GMT, so 19:00 UTC.
        (
            "Europe/London",
            local("Europe/London", 2026, 10, 20, 9, 0),
            datetime.date(2026, 10, 26),
            datetime.datetime(2026, 10, 26, 19, 0, tzinfo=UTC),
        ),
        # London, spring: clocks go forward on 29 March 2026; 19:00 on the 30th is BST, so 18:00 UTC.
        (
            "Europe/London",
            local("Europe/London", 2026, 3, 25, 9, 0),
            datetime.date(2026, 3, 30),
            datetime.datetime(2026, 3, 30, 18, 0, tzinfo=UTC),
        ),
        # New York: clocks go back on 1 November 2026; 19:00 EST on the 2nd is midnight UTC.
        (
            "America/New_York",
            local("America/New_York", 2026, 10, 28, 9, 0),
            datetime.date(2026, 11, 2),
            datetime.datetime(2026, 11, 3, 0, 0, tzinfo=UTC),
        ),
    ],
)
def test_the_follow_up_is_due_on_the_planned_day_at_the_clients_prompt_time_across_the_clock_change(
    give, client_profile, zone, submitted, planned, due_utc
):
    source = plan_to_ask(
        give, client_profile, at=submitted, on=planned, time_zone=zone, daily_prompt_time=datetime.time(19, 0)
    )

    follow_up = FollowUp.objects.get()
    assert follow_up.source == source and follow_up.client == client_profile
    assert (follow_up.planned_for, follow_up.due_at, follow_up.status) == (planned, due_utc, "scheduled")
    assert follow_up.predicted_reaction == PLAN["predicted_reaction"] and follow_up.whom == PLAN["whom"]


@pytest.mark.parametrize(
    ("submitted", "planned", "due"),
    [
        # Planned for today, submitted after today's prompt time: tomorrow's prompt time.
        (local("Europe/London", 2026, 4, 20, 20, 0), datetime.date(2026, 4, 20), local("Europe/London", 2026, 4, 21, 19, 0)),
        # Planned for a day already gone, submitted before today's prompt time: today's.
        (local("Europe/London", 2026, 4, 20, 18, 0), datetime.date(2026, 4, 18), local("Europe/London", 2026, 4, 20, 19, 0)),
    ],
)  # fmt: skip
def test_a_planned_moment_already_past_becomes_the_next_prompt_time(give, client_profile, submitted, planned, due):
    plan_to_ask(give, client_profile, at=submitted, on=planned)

    assert FollowUp.objects.get().due_at == due


def test_no_follow_up_without_a_planned_date(give, client_profile):
    assignment = give("feedback-request")
    answers = {"safe_to_ask": "no"}

    response_submit(assignment=assignment, user=client_profile.user, answers=answers, version=0)

    assert not FollowUp.objects.exists()


def test_unsure_can_plan_without_choosing_a_day_and_nothing_is_scheduled(give, client_profile):
    assignment = give("feedback-request")
    unsure = {key: value for key, value in PLAN.items() if key != "planned_ask_date"} | {"safe_to_ask": "unsure"}

    response_submit(assignment=assignment, user=client_profile.user, answers=unsure, version=0)

    assert not FollowUp.objects.exists()


@pytest.mark.parametrize("reason", ["blocked", "asked_no_contact", "harmful"])
def test_a_reason_not_to_ask_needs_nothing_more_and_says_so_kindly(reason):
    items = next(d for d in library_definitions() if d["slug"] == "feedback-request")["items"]
    checked = check_answers(items, {"safe_to_ask": reason, "whom": "Sam"}, complete=True)

    assert checked.ok and checked.answers == {"safe_to_ask": reason}
    [note] = [item for item in items if item["linkId"] == "not_safe_note"]
    assert is_enabled(note, [checked.answers]) and "You don't need their view to move on" in note["text"]


def test_no_follow_up_when_the_client_already_wrote_what_they_heard(give, client_profile):
    assignment = give("feedback-request")

    response_submit(assignment=assignment, user=client_profile.user, answers=EXAMPLES["feedback-request"], version=0)

    assert not FollowUp.objects.exists()


def test_other_exercises_schedule_nothing_and_cost_no_query(give, client_profile, django_assert_num_queries):
    assignment = give("acceptance")

    with django_assert_num_queries(0):
        assert followups.after_submit(assignment=assignment, answers=EXAMPLES["acceptance"]) is None


def test_a_revised_request_moves_its_follow_up_rather_than_adding_one(give, client_profile, clinician):
    submitted = local("Europe/London", 2026, 4, 10, 9, 0)
    source = plan_to_ask(give, client_profile, at=submitted, on=datetime.date(2026, 4, 14))
    with time_machine.travel(submitted + datetime.timedelta(hours=2), tick=False):
        assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="A date?")
        revised = PLAN | {"predicted_reaction": "Probably nothing at all.", "planned_ask_date": "2026-04-16"}
        response_submit(assignment=source, user=client_profile.user, answers=revised, version=1)

    follow_up = FollowUp.objects.get()
    assert follow_up.planned_for == datetime.date(2026, 4, 16)
    assert follow_up.due_at == local("Europe/London", 2026, 4, 16, 19, 0)
    assert follow_up.predicted_reaction == "Probably nothing at all." and follow_up.status == "scheduled"


def test_a_revision_after_the_follow_up_went_out_leaves_it_as_it_is(give, client_profile, clinician):
    source = plan_to_ask(
        give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14)
    )
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    with time_machine.travel(local("Europe/London", 2026, 4, 15, 9, 0), tick=False):
        assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="Another day?")
        revised = PLAN | {"planned_ask_date": "2026-04-22"}
        response_submit(assignment=source, user=client_profile.user, answers=revised, version=1)

    follow_up = FollowUp.objects.get()
    assert (follow_up.status, follow_up.planned_for) == ("sent", datetime.date(2026, 4, 14))
    assert sweep_at(local("Europe/London", 2026, 4, 22, 19, 0)) == 0


def test_a_revision_that_already_says_what_was_heard_cancels_the_follow_up(give, client_profile, clinician):
    submitted = local("Europe/London", 2026, 4, 10, 9, 0)
    source = plan_to_ask(give, client_profile, at=submitted, on=datetime.date(2026, 4, 14))
    with time_machine.travel(submitted + datetime.timedelta(days=5), tick=False):
        assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="How did it go?")
        response_submit(assignment=source, user=client_profile.user, answers=EXAMPLES["feedback-request"], version=1)

    assert FollowUp.objects.get().status == "cancelled"
    assert sweep_at(local("Europe/London", 2026, 4, 20, 19, 0)) == 0


def test_cancelling_the_request_cancels_its_scheduled_follow_up(give, client_profile, clinician):
    source = plan_to_ask(
        give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14)
    )
    assignment_review(assignment=source, clinician_user=clinician.user, decision="revise", comment="Let's talk first.")

    assignment_cancel(assignment=source, clinician_user=clinician.user)

    assert FollowUp.objects.get().status == "cancelled"
    assert sweep_at(local("Europe/London", 2026, 4, 20, 19, 0)) == 0
    assert Assignment.objects.count() == 1


def test_cancelling_the_follow_up_exercise_cancels_the_follow_up(give, client_profile, clinician):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    assignment_cancel(assignment=FollowUp.objects.get().assignment, clinician_user=clinician.user)

    assert FollowUp.objects.get().status == "cancelled"


# --- The sweep -----------------------------------------------------------------------------------


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


# --- Answering, and the summary -----------------------------------------------------------


def test_answering_the_follow_up_marks_it_answered_and_the_summary_sets_prediction_beside_outcome(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    answered_at = local("Europe/London", 2026, 4, 15, 12, 0)

    answer(FollowUp.objects.get(), EXAMPLES["feedback-follow-up"], answered_at)

    follow_up = FollowUp.objects.get()
    assert (follow_up.status, follow_up.answered_at) == ("answered", answered_at)
    week = (local("Europe/London", 2026, 4, 13, 0, 0), local("Europe/London", 2026, 4, 20, 0, 0))
    assert feedback_outcomes(client_ids=[client_profile.pk], since=week[0], until=week[1]) == {
        client_profile.pk: [
            {
                "planned_for": datetime.date(2026, 4, 14),
                "predicted": PLAN["predicted_reaction"],
                "heard": EXAMPLES["feedback-follow-up"]["what_they_said"],
                "compared": "A little better than I expected",
                "asked": "yes",
            }
        ]
    }
    assert (
        feedback_outcomes(client_ids=[client_profile.pk], since=week[1], until=week[1] + datetime.timedelta(days=7))
        == {}
    )


def test_not_yet_is_an_outcome_too(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    answer(
        FollowUp.objects.get(),
        {"asked": "not_yet", "in_the_way": "Nerves."},
        local("Europe/London", 2026, 4, 15, 12, 0),
    )

    outcomes = feedback_outcomes(
        client_ids=[client_profile.pk],
        since=local("Europe/London", 2026, 4, 13, 0, 0),
        until=local("Europe/London", 2026, 4, 20, 0, 0),
    )
    assert outcomes[client_profile.pk][0] | {"planned_for": None} == {
        "planned_for": None, "predicted": PLAN["predicted_reaction"], "heard": "", "compared": None, "asked": "not_yet"
    }  # fmt: skip


def test_the_summary_costs_two_queries_for_any_number_of_clients(
    give, client_profile, clinician, django_assert_num_queries
):
    clients = [client_profile, *(client_of(clinician) for _ in range(4))]
    for client in clients:
        plan_to_ask(give, client, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    for follow_up in FollowUp.objects.all():
        answer(follow_up, EXAMPLES["feedback-follow-up"], local("Europe/London", 2026, 4, 15, 12, 0))
    since, until = local("Europe/London", 2026, 4, 13, 0, 0), local("Europe/London", 2026, 4, 20, 0, 0)

    with django_assert_num_queries(2):  # the follow-ups with their answers; the versions' option labels
        outcomes = feedback_outcomes(client_ids=[c.pk for c in clients], since=since, until=until)

    assert sorted(outcomes) == sorted(c.pk for c in clients)
    assert all(len(rows) == 1 and rows[0]["asked"] == "yes" for rows in outcomes.values())
    assert feedback_outcomes(client_ids=[], since=since, until=until) == {}


# --- The template -------------------------------------------------------------------------------

FOLLOW_UP = next(d for d in library_definitions() if d["slug"] == "feedback-follow-up")


def check(answers: dict):
    return check_answers(FOLLOW_UP["items"], answers, complete=True)


def test_the_follow_up_template_is_well_formed():
    validate_version(FOLLOW_UP["items"], FOLLOW_UP["scoring"], FOLLOW_UP["risk_rules"])
    assert FOLLOW_UP["kind"] == "exercise" and FOLLOW_UP["title"] == "What happened when you asked"
    [asked] = [item for item in FOLLOW_UP["items"] if item["linkId"] == "asked"]
    assert [o["code"] for o in asked["answerOption"]] == ["yes", "not_yet", "decided_not_to"]
    [compared] = [item for item in FOLLOW_UP["items"] if item["linkId"] == "compared"]
    assert [o["display"] for o in compared["answerOption"]][::4] == [
        "Much better than I expected",
        "Much worse than I expected",
    ]


def test_when_they_asked_what_was_said_how_it_compared_and_how_they_felt_are_needed():
    assert check(EXAMPLES["feedback-follow-up"]).ok
    assert set(check({"asked": "yes"}).errors) == {"what_they_said", "compared", "felt_afterwards"}
    assert "felt_afterwards" in check(EXAMPLES["feedback-follow-up"] | {"felt_afterwards": 11}).errors


def test_not_yet_needs_nothing_more_what_is_in_the_way_and_the_new_date_are_optional():
    assert check({"asked": "not_yet"}).ok
    assert check({"asked": "not_yet", "new_date": "2026-05-02"}).ok
    checked = check({"asked": "not_yet", "in_the_way": "I haven't felt ready.", "new_date": "2026-05-02"})
    assert checked.ok and checked.answers["new_date"] == "2026-05-02"
    # answers to the other branches are dropped, not stored
    stray = check({"asked": "not_yet", "in_the_way": "Busy.", "what_they_said": "x", "compared": "better"})
    assert stray.ok and set(stray.answers) == {"asked", "in_the_way"}


def test_deciding_not_to_ask_needs_nothing_more():
    assert check({"asked": "decided_not_to"}).ok
    checked = check({"asked": "decided_not_to", "what_helped_decide": "Talking it through.", "in_the_way": "x"})
    assert checked.ok and checked.answers == {"asked": "decided_not_to", "what_helped_decide": "Talking it through."}
    assert "asked" in check({}).errors


def test_not_yet_with_a_new_day_asks_once_more_on_that_day(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))
    first = FollowUp.objects.get()

    answer(
        first,
        {"asked": "not_yet", "in_the_way": "They were away.", "new_date": "2026-04-21"},
        local("Europe/London", 2026, 4, 15, 12, 0),
    )

    again = FollowUp.objects.exclude(pk=first.pk).get()
    assert again.source_id == first.assignment_id
    assert again.predicted_reaction == first.predicted_reaction == PLAN["predicted_reaction"]
    assert again.status == FollowUp.Status.SCHEDULED
    assert again.due_at == local("Europe/London", 2026, 4, 21, 19, 0)
    assert sweep_at(local("Europe/London", 2026, 4, 21, 18, 59)) == 0
    assert sweep_at(local("Europe/London", 2026, 4, 21, 19, 0)) == 1

    answer(again, {"asked": "yes", "what_they_said": "Kind things.", "compared": "better", "felt_afterwards": 7,
                   "taking_forward": "Ask sooner."}, local("Europe/London", 2026, 4, 22, 9, 0))  # fmt: skip
    assert FollowUp.objects.filter(status=FollowUp.Status.ANSWERED).count() == 2
    assert FollowUp.objects.count() == 2  # "yes" schedules nothing more


def test_not_yet_without_a_new_day_asks_nothing_more(give, client_profile):
    plan_to_ask(give, client_profile, at=local("Europe/London", 2026, 4, 10, 9, 0), on=datetime.date(2026, 4, 14))
    sweep_at(local("Europe/London", 2026, 4, 14, 19, 0))

    answer(
        FollowUp.objects.get(), {"asked": "not_yet", "in_the_way": "Nerves."}, local("Europe/London", 2026, 4, 15, 9)
    )

    assert FollowUp.objects.count() == 1
