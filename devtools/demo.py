"""Several weeks of realistic history for the demo practice (used by ``seed_demo``, beside it in devtools).

Everything goes through the same services as real use (so scores, revisions,
proposals and alerts are genuine); only the timestamps are then moved back to
when it would have happened.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from assignments import followups
from assignments.library import EXAMPLES
from assignments.models import Assignment, FollowUp, PathwayProposal, Response, ResponseRevision, Template
from assignments.pathway import CONNECTION, pathway_proposal_confirm, pathway_start
from assignments.services import (
    assignment_create,
    assignment_review,
    comment_add,
    discussion_flag_set,
    response_save_draft,
    response_submit,
)
from clients.models import Client
from clinicians.models import Clinician
from config.localtime import at_local, zone_of
from notifications.models import Notification

DAY = datetime.timedelta(days=1)


def _measure(prefix: str, count: int, total: int, item9: str | None = None) -> dict:
    answers, left = {}, total
    for n in range(1, count + 1):
        value = min(3, left)
        answers[f"{prefix}_{n}"] = str(value)
        left -= value
    if item9 is not None:  # move points to item 9 without changing the total
        spare = next(k for k, v in answers.items() if v != "0" and k != f"{prefix}_9")
        answers[spare] = str(int(answers[spare]) - int(item9))
        answers[f"{prefix}_9"] = item9
    return answers


def _backdate(assignment: Assignment, when: datetime.datetime) -> None:
    """Move what just happened to ``when``: the assignment's and its response's timestamps."""
    Assignment.objects.filter(pk=assignment.pk).update(created_at=when - 3 * DAY)
    Assignment.objects.filter(pk=assignment.pk, submitted_at__isnull=False).update(submitted_at=when)
    Assignment.objects.filter(pk=assignment.pk, reviewed_at__isnull=False).update(reviewed_at=when + DAY)
    Response.objects.filter(assignment=assignment, submitted_at__isnull=False).update(submitted_at=when)
    ResponseRevision.objects.filter(response__assignment=assignment).update(created_at=when)
    assignment.comments.update(created_at=when + DAY)
    assignment.risk_alerts.update(created_at=when)


def _submit(assignment: Assignment, answers: dict, when: datetime.datetime) -> Assignment:
    response_submit(assignment=assignment, user=assignment.client.user, answers=answers, version=0)
    assignment.refresh_from_db()
    _backdate(assignment, when)
    return assignment


def _review(assignment: Assignment, clinician, when: datetime.datetime, **decision) -> None:
    """Review as the clinician would have, a day after ``when``."""
    decision.setdefault("decision", "reviewed")
    assignment_review(assignment=assignment, clinician_user=clinician.user, **decision)
    assignment.refresh_from_db()
    _backdate(assignment, when)


def _confirm(after: Assignment, clinician, due_at: datetime.datetime) -> Assignment:
    # The connection plan, proposed alongside the first healing step, is left for the clinician to send.
    proposal = PathwayProposal.objects.exclude(step=CONNECTION.template_slug).get(after=after, status="proposed")
    return pathway_proposal_confirm(proposal=proposal, clinician_user=clinician.user, due_at=due_at)


def _samples() -> dict:
    answers = dict(EXAMPLES)
    answers["validity-analysis"] = {
        key: value for key, value in EXAMPLES["validity-analysis"].items() if key != "wants_to_change"
    } | {"verdict": "not_valid"}
    answers["acceptance-revised"] = EXAMPLES["acceptance"] | {
        "keeping": [*EXAMPLES["acceptance"]["keeping"], "I deserve friends who answer"]
    }
    answers["boundary-plan-draft"] = {
        key: EXAMPLES["boundary-plan"][key] for key in ("boundary_with", "distance_kinds", "limits")
    }
    return answers


def _evening(client: Client, days: int, now: datetime.datetime, hour: int = 20) -> datetime.datetime:
    """``hour``:00 in the client's own time zone, ``days`` from the day it is there now."""
    zone = zone_of(client)
    return at_local(now.astimezone(zone).date() + datetime.timedelta(days=days), datetime.time(hour), zone)


def _next_evening(client: Client, now: datetime.datetime) -> datetime.datetime:
    """This evening at 21:00 where the client is, or tomorrow's if that has passed."""
    today = _evening(client, 0, now, hour=21)
    return today if today > now else _evening(client, 1, now, hour=21)


@transaction.atomic
def seed_history(now: datetime.datetime | None = None) -> bool:
    """Give the demo clients their history, once. Returns False when it is already there."""
    now = now or timezone.now()
    alex = Client.objects.select_related("user").get(user__email="client@demo.test")
    maya = Clinician.objects.get(user__email="clinician@demo.test")
    if alex.assignments.exists():
        # A history seeded before follow-ups existed gets them now; otherwise nothing changes.
        return _seed_follow_ups(alex, maya, now)
    tom = Clinician.objects.get(user__email="clinician2@demo.test")
    answers = _samples()
    start = _evening(alex, -42, now)  # due times fall on the hour, in the evening of each client's own day

    # Alex: six weeks on the pathway, improving, one open alert from two weeks ago.
    _, first_steps = pathway_start(clinician_user=maya.user, client=alex, start_at=start)
    by_slug: dict[str, list[Assignment]] = {}
    for assignment in first_steps:
        by_slug.setdefault(assignment.template_version.template.slug, []).append(assignment)
    check_in = _submit(by_slug["feelings-check-in"][0], answers["feelings-check-in"], start + DAY)
    _review(
        check_in, maya, start + DAY, comment="Thank you for writing this down. Naming the embarrassment took courage."
    )
    validity = _submit(_confirm(check_in, maya, start + 4 * DAY), answers["validity-analysis"], start + 5 * DAY)
    _review(validity, maya, start + 5 * DAY)
    acceptance = _submit(_confirm(validity, maya, start + 9 * DAY), answers["acceptance"], start + 9 * DAY)
    _review(
        acceptance,
        maya,
        start + 9 * DAY,
        decision="revise",
        comment="Could you add one or two things you are keeping from this, the lessons?",
    )
    response_submit(assignment=acceptance, user=alex.user, answers=answers["acceptance-revised"], version=1)
    acceptance.refresh_from_db()
    _backdate(acceptance, start + 12 * DAY)
    discussion_flag_set(assignment=acceptance, user=alex.user, link_id="letting_go", flagged=True)
    self_worth = _submit(
        _confirm(acceptance, maya, start + 20 * DAY), answers["self-worth-inventory"], start + 21 * DAY
    )
    comment_add(assignment=self_worth, author=alex.user, body="This one was harder than I expected.")
    boundary = _confirm(self_worth, maya, _evening(alex, 2, now))
    response_save_draft(assignment=boundary, user=alex.user, answers=answers["boundary-plan-draft"], version=0)

    for day, habit in enumerate(by_slug["daily-habits"]):
        if day in (4, 9, 12):
            continue  # missed days: these stay open (overdue)
        mood, rumination = min(8, 3 + day // 3), max(3, 8 - day // 3)
        _submit(habit, answers["daily-habits"] | {"mood": mood, "rumination": rumination}, habit.due_at)

    phq, gad = by_slug["phq-9"][0], by_slug["gad-7"][0]
    for n, (phq_total, gad_total) in enumerate([(16, 14), (13, 11), (10, 8)]):
        when = start + (14 * n) * DAY
        item9 = "1" if n == 2 else None
        phq = _submit(phq, _measure("phq9", 9, phq_total, item9=item9), when)
        gad = _submit(gad, _measure("gad7", 7, gad_total), when)
        if n < 2:
            _review(phq, maya, when)
            _review(gad, maya, when)
        phq = _confirm(phq, maya, when + 14 * DAY)
        gad = _confirm(gad, maya, when + 14 * DAY)

    # After the item 9 answer, Alex and Maya wrote a safety plan together in the next session.
    [plan] = assignment_create(
        clinician_user=maya.user, client=alex, template=_template("safety-plan"), due_at=start + 29 * DAY
    )
    _review(_submit(plan, answers["safety-plan"], start + 29 * DAY), maya, start + 29 * DAY)

    # The rest of the caseload, each at a different point.
    sam = Client.objects.get(user__email="sam@demo.test")
    for weeks_ago, total in ((4, 8), (2, 6)):
        [measure] = assignment_create(
            clinician_user=maya.user, client=sam, template=_template("phq-9"), due_at=_evening(sam, -7 * weeks_ago, now)
        )
        _submit(measure, _measure("phq9", 9, total), now - weeks_ago * 7 * DAY)
    assignment_create(
        clinician_user=maya.user,
        client=sam,
        template=_template("feelings-check-in"),
        due_at=_evening(sam, -3, now),
        instructions="When you feel ready, about the text from Chris.",
    )

    jordan = Client.objects.get(user__email="jordan@demo.test")
    [check] = assignment_create(
        clinician_user=maya.user,
        client=jordan,
        template=_template("feelings-check-in"),
        due_at=_evening(jordan, 1, now),
    )
    response_save_draft(
        assignment=check,
        user=jordan.user,
        answers={"what_happened": "My best friend stopped answering after the wedding."},
        version=0,
    )
    assignment_create(
        clinician_user=maya.user,
        client=jordan,
        template=_template("daily-habits"),
        due_at=_next_evening(jordan, now),  # today's if still ahead, so it is not overdue the moment it is given
        recurrence="daily",
        occurrences=7,
    )

    priya = Client.objects.get(user__email="priya@demo.test")
    [goals] = assignment_create(
        clinician_user=maya.user, client=priya, template=_template("growth-goals"), due_at=_evening(priya, -10, now)
    )
    goals = _submit(goals, answers["growth-goals"], now - 11 * DAY)
    _review(goals, maya, now - 11 * DAY, comment="These first steps are nicely small.")
    assignment_create(
        clinician_user=maya.user,
        client=priya,
        template=_template("connection-plan"),
        due_at=_evening(priya, 3, now),
        recurrence="weekly",
        occurrences=4,
    )

    mateo = Client.objects.get(user__email="mateo@demo.test")
    assignment_create(
        clinician_user=maya.user, client=mateo, template=_template("feelings-check-in"), due_at=_evening(mateo, 2, now)
    )

    robin = Client.objects.get(user__email="client2@demo.test")
    for weeks_ago, total in ((6, 15), (4, 12), (2, 9)):
        [measure] = assignment_create(
            clinician_user=tom.user,
            client=robin,
            template=_template("gad-7"),
            due_at=_evening(robin, -7 * weeks_ago, now),
        )
        _submit(measure, _measure("gad7", 7, total), now - weeks_ago * 7 * DAY)
    _seed_follow_ups(alex, maya, now)
    return True


def _seed_follow_ups(alex: Client, maya: Clinician, now: datetime.datetime) -> bool:
    """Two feedback requests: one asked five days ago and followed up (expectation beside outcome), one
    planned for three days from now. Once."""
    if FollowUp.objects.filter(client=alex).exists():
        return False
    zone = ZoneInfo(alex.time_zone)
    today = now.astimezone(zone).date()
    after_the_fact = ("what_heard", "taking_forward", "feedback_given")
    plan = {key: value for key, value in EXAMPLES["feedback-request"].items() if key not in after_the_fact}

    asked_on = today - 5 * DAY
    [asked] = assignment_create(
        clinician_user=maya.user, client=alex, template=_template("feedback-request"), due_at=_evening(alex, -9, now)
    )
    asked = _submit(asked, plan | {"planned_ask_date": asked_on.isoformat()}, now - 9 * DAY)
    # The sweep runs as it would have on the planned day, at Alex's daily prompt time.
    that_evening = datetime.datetime.combine(asked_on, alex.daily_prompt_time, tzinfo=zone)
    FollowUp.objects.filter(source=asked).update(due_at=that_evening, created_at=now - 9 * DAY)
    followups.sweep(now=that_evening)
    follow_up = FollowUp.objects.select_related("assignment").get(source=asked)
    Notification.objects.filter(key=f"follow_up:{follow_up.pk}").update(
        status=Notification.Status.SENT, created_at=that_evening, available_at=that_evening, sent_at=that_evening
    )
    answered_at = that_evening + DAY
    _submit(follow_up.assignment, EXAMPLES["feedback-follow-up"], answered_at)
    Assignment.objects.filter(pk=follow_up.assignment_id).update(created_at=that_evening)
    FollowUp.objects.filter(pk=follow_up.pk).update(sent_at=that_evening, answered_at=answered_at)

    [planned] = assignment_create(
        clinician_user=maya.user, client=alex, template=_template("feedback-request"), due_at=_evening(alex, 0, now)
    )
    later = plan | {
        "whom": "Dani, my friend from the climbing club",
        "script": "I've missed our Saturdays. If something I did pushed you away, I'd like to know, for the future.",
        "predicted_reaction": "That I was too much, or that they just got busy.",
        "planned_ask_date": (today + 3 * DAY).isoformat(),
    }
    planned = _submit(planned, later, now - DAY)
    FollowUp.objects.filter(source=planned).update(created_at=now - DAY)
    return True


def _template(slug: str) -> Template:
    return Template.objects.get(practice__isnull=True, slug=slug)
