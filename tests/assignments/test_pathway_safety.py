"""The pathway never pushes towards harm (issue 10, item 7): asking for feedback is gated by safety and by
a no-contact boundary, auto-sent steps wait while a risk alert is open, a revised verdict withdraws what no
longer fits, and the growth branch continues into the healing steps with the weekly connection plan."""

import datetime
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from assignments.models import Assignment, PathwayProposal, RiskAlert
from assignments.pathway import (
    CLIENT_NOTES,
    CONNECTION,
    CONNECTION_WEEKS,
    FEEDBACK_SAFE,
    FEEDBACK_UNANSWERED,
    FEEDBACK_UNSURE,
    FOLLOWING,
    GOALS_UNDER_WAY_DAYS,
    HEALING,
    HELD_FOR_ALERT,
    pathway_proposal_confirm,
    pathway_start,
)
from assignments.questionnaire import is_enabled
from assignments.services import assignment_review, comment_add, risk_alert_acknowledge
from tests.assignments.library_samples import COMPLETE_SAMPLES
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db

VALIDITY = {
    k: v for k, v in COMPLETE_SAMPLES["validity-analysis"].items() if k not in ("wants_to_change", "safe_to_ask")
}
NO_CONTACT_BOUNDARY = COMPLETE_SAMPLES["boundary-plan"]  # "contact": "no_contact"
LESS_CONTACT_BOUNDARY = NO_CONTACT_BOUNDARY | {"contact": "less", "limits": ["Mute their accounts", "Stop checking"]}
SAFETY_NOTES = {"blocked_note", "asked_no_contact_note", "harmful_note", "unsure_note"}


def validity(verdict="not_valid", wants=None, safe="yes") -> dict:
    answers = VALIDITY | {"verdict": verdict}
    if wants:
        answers["wants_to_change"] = wants
    if safe:
        answers["safe_to_ask"] = safe
    return answers


@pytest.fixture
def enrolled(library, clinician, client_profile):
    def start(auto_send: bool = False):
        enrollment, _ = pathway_start(
            clinician_user=clinician.user,
            client=client_profile,
            start_at=timezone.now() + datetime.timedelta(hours=2),
            auto_send=auto_send,
        )
        return enrollment

    return start


@pytest.fixture
def step(give):
    """Give a pathway step directly, as if the steps before it had been sent."""

    def make(enrollment, slug):
        return give(slug, enrollment=enrollment, pathway_step=slug)

    return make


@pytest.fixture
def submit():
    def send(assignment, answers=None):
        assignment.refresh_from_db()
        return submitted(assignment, answers)

    return send


@pytest.fixture
def revise(clinician, submit):
    def again(assignment, answers):
        assignment_review(assignment=assignment, clinician_user=clinician.user, decision="revise", comment="Once more?")
        return submit(assignment, answers)

    return again


def main_proposal(after) -> PathwayProposal:
    return PathwayProposal.objects.exclude(step=CONNECTION.template_slug).get(after=after)


def main_proposal_for(after, slug) -> PathwayProposal:
    return PathwayProposal.objects.get(after=after, step=slug)


def submit_and_keep(assignment, submit, answers) -> Assignment:
    submit(assignment, answers)
    return assignment


def sent(slug) -> list[Assignment]:
    return list(Assignment.objects.filter(pathway_step=slug).order_by("due_at", "pk"))


def shown_safety_notes(version, answers) -> set[str]:
    return {item["linkId"] for item in version.items if item["linkId"] in SAFETY_NOTES and is_enabled(item, [answers])}


# --- Verdict × wants to change × safe to ask -------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict", "wants", "safe", "after_validity", "feedback", "told"),
    [
        ("valid", "yes", "yes", "growth-goals", "sent", None),
        ("valid", "yes", "blocked", "growth-goals", None, "blocked"),
        ("valid", "yes", "unsure", "growth-goals", "waits", "unsure"),
        ("valid", "no", "yes", "acceptance", "sent", None),
        ("valid", "no", "asked_no_contact", "acceptance", None, "asked_no_contact"),
        ("not_valid", None, "yes", "acceptance", "sent", None),
        ("not_valid", None, "harmful", "acceptance", None, "harmful"),
        ("unknown", None, "unsure", "acceptance", "waits", "unsure"),
        ("unknown", None, "blocked", "acceptance", None, "blocked"),
        ("unknown", None, None, "acceptance", "waits", None),  # not answered: never assumed safe
    ],
)
def test_the_verdict_wanting_to_change_and_safety_decide_the_steps_and_what_the_client_is_told(
    enrolled, step, submit, verdict, wants, safe, after_validity, feedback, told
):
    enrollment = enrolled(auto_send=True)
    analysis = step(enrollment, "validity-analysis")
    answers = validity(verdict, wants, safe)

    after_analysis = submit(analysis, answers)

    assert main_proposal(analysis).template_slug == after_validity and sent(after_validity)
    # In the exercise, as they answer, and on the page after sending: why asking is left out or waits.
    assert shown_safety_notes(analysis.template_version, answers) == ({f"{told}_note"} if told else set())
    assert after_analysis.pathway_note == (CLIENT_NOTES[told] if told else "")

    four_questions = step(enrollment, "four-questions")
    after_four = submit(four_questions)

    asked = PathwayProposal.objects.filter(after=four_questions, step="feedback-request").first()
    enrollment.refresh_from_db()
    if feedback is None:
        assert asked is None and not sent("feedback-request")
        assert enrollment.status == "finished"
        assert after_four.pathway_note == CLIENT_NOTES[told]
    elif feedback == "sent":
        assert asked.status == "sent" and asked.reason == FEEDBACK_SAFE.reason
        assert sent("feedback-request") == [asked.created_assignment]
        assert after_four.pathway_note == ""
    else:  # unsure or unanswered: the clinician decides, even though the pathway may send steps by itself
        assert asked.status == "proposed" and not sent("feedback-request")
        assert asked.reason == (FEEDBACK_UNSURE if safe == "unsure" else FEEDBACK_UNANSWERED).reason
        assert after_four.pathway_note == (CLIENT_NOTES["unsure"] if told else "")
        assert enrollment.status == "active"


def test_an_unsure_feedback_request_can_still_be_sent_by_the_clinician(enrolled, step, submit, clinician):
    enrollment = enrolled(auto_send=True)
    submit(step(enrollment, "validity-analysis"), validity(safe="unsure"))
    four_questions = step(enrollment, "four-questions")
    submit(four_questions)
    asked = PathwayProposal.objects.get(after=four_questions)

    created = pathway_proposal_confirm(proposal=asked, clinician_user=clinician.user)

    assert created.pathway_step == "feedback-request" and created.status == "assigned"


# --- No feedback request after a no-contact boundary -----------------------------------------------------


@pytest.mark.parametrize(
    "boundary",
    [
        NO_CONTACT_BOUNDARY,
        {k: v for k, v in LESS_CONTACT_BOUNDARY.items() if k != "contact"} | {"limits": ["No contact until summer"]},
        LESS_CONTACT_BOUNDARY | {"limits": ["Unfollow them", "Not to contact them for a month"]},
    ],
    ids=["chosen", "written-in-the-limits", "written-despite-the-choice"],
)
def test_asking_for_feedback_is_never_proposed_after_a_no_contact_boundary(enrolled, step, submit, boundary):
    enrollment = enrolled(auto_send=True)
    submit(step(enrollment, "validity-analysis"), validity(safe="yes"))
    plan = step(enrollment, "boundary-plan")

    after_plan = submit(plan, boundary)
    four_questions = step(enrollment, "four-questions")
    after_four = submit(four_questions)

    assert after_plan.pathway_note == after_four.pathway_note == CLIENT_NOTES["no_contact_boundary"]
    assert not PathwayProposal.objects.filter(step="feedback-request").exists() and not sent("feedback-request")
    note = next(item for item in plan.template_version.items if item["linkId"] == "no_contact_note")
    assert is_enabled(note, [boundary]) == (boundary.get("contact") == "no_contact")


def test_a_boundary_that_keeps_some_contact_lets_a_safe_request_through(enrolled, step, submit):
    enrollment = enrolled(auto_send=True)
    submit(step(enrollment, "validity-analysis"), validity(safe="yes"))
    after_plan = submit(step(enrollment, "boundary-plan"), LESS_CONTACT_BOUNDARY)
    submit(step(enrollment, "four-questions"))

    assert after_plan.pathway_note == ""
    assert len(sent("feedback-request")) == 1


# --- While a risk alert is open, nothing is sent by itself ------------------------------------------------


@pytest.fixture
def open_alert(give, submit):
    def raise_one() -> RiskAlert:
        submit(give("phq-9"), {f"phq9_{n}": "0" for n in range(1, 9)} | {"phq9_9": "1"})
        return RiskAlert.objects.get(acknowledged_at__isnull=True)

    return raise_one


def test_an_auto_sent_step_waits_for_the_clinician_while_a_risk_alert_is_open(enrolled, submit, open_alert, clinician):
    enrolled(auto_send=True)
    open_alert()
    check_in = sent("feelings-check-in")[0]

    submit(check_in)

    held = main_proposal(check_in)
    assert held.status == "proposed" and not sent("validity-analysis")
    assert held.reason.endswith(HELD_FOR_ALERT) and len(held.reason) <= 200
    # The clinician can still send it by hand, alert or not.
    created = pathway_proposal_confirm(proposal=held, clinician_user=clinician.user)
    assert sent("validity-analysis") == [created]


def test_an_alert_raised_by_the_same_submission_holds_the_next_step(enrolled, submit):
    enrolled(auto_send=True)
    measure = sent("phq-9")[0]

    submit(measure, {f"phq9_{n}": "0" for n in range(1, 9)} | {"phq9_9": "2"})

    repeat = PathwayProposal.objects.get(after=measure)
    assert repeat.status == "proposed" and repeat.reason.endswith(HELD_FOR_ALERT)
    assert len(sent("phq-9")) == 1


def test_once_every_alert_is_acknowledged_steps_are_sent_by_themselves_again(
    enrolled, step, submit, open_alert, clinician
):
    enrollment = enrolled(auto_send=True)
    alert = open_alert()
    check_in = sent("feelings-check-in")[0]
    submit(check_in)

    risk_alert_acknowledge(alert=alert, clinician_user=clinician.user, note="Phoned; safe, seeing them Thursday.")
    analysis = step(enrollment, "validity-analysis")
    submit(analysis, validity())

    assert main_proposal(analysis).status == "sent" and main_proposal(analysis).reason == HEALING.reason
    assert len(sent("acceptance")) == 1
    assert main_proposal(check_in).status == "proposed"  # the held one stays for the clinician to send or dismiss


# --- A revised verdict withdraws what no longer fits -----------------------------------------------------


def test_a_revised_verdict_dismisses_a_step_still_waiting_to_be_sent(enrolled, step, submit, revise):
    enrollment = enrolled()
    analysis = step(enrollment, "validity-analysis")
    submit(analysis, validity("not_valid"))

    revise(analysis, validity("valid", "yes"))

    by_step = dict(PathwayProposal.objects.filter(after=analysis).values_list("step", "status"))
    assert by_step == {"acceptance": "dismissed", "growth-goals": "proposed", "connection-plan": "proposed"}


@pytest.mark.parametrize("begun", [None, "draft", "comment"])
def test_a_revised_verdict_cancels_an_auto_sent_step_only_if_nobody_has_begun_it(
    enrolled, step, submit, revise, client_profile, begun
):
    enrollment = enrolled(auto_send=True)
    analysis = step(enrollment, "validity-analysis")
    submit(analysis, validity("not_valid"))
    [acceptance] = sent("acceptance")
    if begun == "draft":
        drafted(acceptance, {"what_happened": "She"})
    elif begun == "comment":
        comment_add(assignment=acceptance, author=client_profile.user, body="Can we go over this one together?")

    revise(analysis, validity("valid", "yes"))
    revise(analysis, validity("valid", "yes"))  # twice: nothing more happens

    acceptance.refresh_from_db()
    proposal = main_proposal_for(analysis, "acceptance")
    if begun is None:
        assert acceptance.status == "cancelled" and proposal.status == "dismissed"
    else:  # every word the client wrote stays where it is
        assert acceptance.status == ("in_progress" if begun == "draft" else "assigned") and proposal.status == "sent"
    assert len(sent("growth-goals")) == 1
    # The connection plan fits every branch: it is never taken back.
    assert [a.status for a in sent("connection-plan")] == ["assigned"] * CONNECTION_WEEKS


def test_a_verdict_revised_back_proposes_the_withdrawn_step_again(enrolled, step, submit, revise):
    enrollment = enrolled()
    analysis = step(enrollment, "validity-analysis")
    submit(analysis, validity("not_valid"))
    revise(analysis, validity("valid", "yes"))

    revise(analysis, validity("not_valid"))

    by_step = dict(PathwayProposal.objects.filter(after=analysis).values_list("step", "status"))
    assert by_step == {"acceptance": "proposed", "growth-goals": "dismissed", "connection-plan": "proposed"}


@pytest.mark.parametrize(
    ("revised", "answers"),
    [("validity-analysis", validity(safe="blocked")), ("boundary-plan", NO_CONTACT_BOUNDARY)],
)
def test_a_revision_that_rules_out_asking_withdraws_a_feedback_request_nobody_has_begun(
    enrolled, step, submit, revise, revised, answers
):
    enrollment = enrolled(auto_send=True)
    earlier = {
        "validity-analysis": submit_and_keep(step(enrollment, "validity-analysis"), submit, validity(safe="yes")),
        "boundary-plan": submit_and_keep(step(enrollment, "boundary-plan"), submit, LESS_CONTACT_BOUNDARY),
    }
    submit(step(enrollment, "four-questions"))
    [request] = sent("feedback-request")

    after = revise(earlier[revised], answers)

    request.refresh_from_db()
    assert request.status == "cancelled"
    assert PathwayProposal.objects.get(step="feedback-request").status == "dismissed"
    assert after.pathway_note  # and the client is told why


# --- The growth branch reaches the healing steps; the connection plan runs weekly ---------------------------


def test_the_growth_branch_continues_into_the_healing_steps(enrolled, submit, client_profile):
    enrolled(auto_send=True)
    answers = {
        "validity-analysis": validity("valid", "yes", "yes"),
        "boundary-plan": LESS_CONTACT_BOUNDARY,
    }
    walked = []
    slug = "feelings-check-in"
    while slug is not None:
        [assignment] = sent(slug)
        walked.append(slug)
        submit(assignment, answers.get(slug))
        after = PathwayProposal.objects.filter(after=assignment).exclude(step=CONNECTION.template_slug).first()
        slug = after.step if after else None

    assert walked == [
        "feelings-check-in", "validity-analysis", "growth-goals", "acceptance", "self-worth-inventory",
        "boundary-plan", "four-questions", "feedback-request",
    ]  # fmt: skip
    goals = sent("growth-goals")[0]
    acceptance = main_proposal(goals)
    assert acceptance.reason == FOLLOWING["growth-goals"].reason
    local = acceptance.due_at.astimezone(ZoneInfo(client_profile.time_zone))
    assert local.date() == timezone.now().astimezone(local.tzinfo).date() + datetime.timedelta(GOALS_UNDER_WAY_DAYS)
    # The connection plan started alongside the first healing step, once.
    assert PathwayProposal.objects.get(step="connection-plan").after == goals


def test_the_connection_plan_joins_the_healing_steps_weekly(enrolled, step, submit, client_profile):
    client_profile.time_zone = "America/New_York"
    client_profile.save(update_fields=["time_zone"])
    enrollment = enrolled(auto_send=True)
    analysis = step(enrollment, "validity-analysis")

    submit(analysis, validity("unknown"))

    plan = PathwayProposal.objects.get(after=analysis, step="connection-plan")
    weeks = sent("connection-plan")
    assert plan.status == "sent" and plan.created_assignment == weeks[0]
    assert len(weeks) == CONNECTION_WEEKS and weeks[0].series.recurrence == "weekly"
    local = [week.due_at.astimezone(ZoneInfo("America/New_York")) for week in weeks]
    assert {moment.time() for moment in local} == {datetime.time(20, 0)}
    assert {(b.date() - a.date()).days for a, b in itertools.pairwise(local)} == {7}
    # A week's plan proposes nothing more, and the plan is not proposed a second time on this pathway.
    submit(weeks[0])
    submit(sent("acceptance")[0])
    assert PathwayProposal.objects.filter(step="connection-plan").count() == 1


def test_the_clinician_sends_a_proposed_connection_plan_as_a_weekly_series(enrolled, step, submit, clinician):
    enrollment = enrolled()
    analysis = step(enrollment, "validity-analysis")
    submit(analysis, validity())

    first_week = pathway_proposal_confirm(
        proposal=PathwayProposal.objects.get(after=analysis, step="connection-plan"), clinician_user=clinician.user
    )

    assert first_week.series.occurrences == CONNECTION_WEEKS and len(sent("connection-plan")) == CONNECTION_WEEKS


# --- Words ----------------------------------------------------------------------------------------------


def test_every_reason_fits_with_the_waiting_note_and_none_reads_as_a_rebuke():
    steps = [s for s in FOLLOWING.values() if s] + [HEALING, CONNECTION, FEEDBACK_SAFE]
    for each in steps:
        assert len(f"{each.reason} {HELD_FOR_ALERT}") <= 200
        assert "their place" not in each.reason and "in their proper place" not in each.reason
    for each in (FEEDBACK_UNSURE, FEEDBACK_UNANSWERED):
        assert not each.auto_send and len(each.reason) <= 200


def test_the_client_reads_why_on_the_page_after_sending(enrolled, step, client, client_profile):
    enrollment = enrolled()
    analysis = step(enrollment, "validity-analysis")
    client.force_login(client_profile.user)
    answers = validity(safe="harmful")
    data = {"version": "0", "action": "submit"} | {
        f"a:{key}": [str(v) for v in value] if isinstance(value, list) else str(value) for key, value in answers.items()
    }

    done = client.post(reverse("clients:assignment", args=[analysis.pk]), data, follow=True)

    page = done.content.decode()
    assert "Thank you, it's sent" in page and escape(CLIENT_NOTES["harmful"]) in page
    assert "data-pathway-note" in page


def test_the_clinician_sees_why_a_step_waits_and_can_send_it_from_the_client_page(
    enrolled, submit, open_alert, client, clinician
):
    enrolled(auto_send=True)
    open_alert()
    check_in = sent("feelings-check-in")[0]
    submit(check_in)
    held = main_proposal(check_in)
    client.force_login(clinician.user)

    page = client.get(reverse("clinicians:client_detail", args=[check_in.client_id])).content.decode()
    sent_now = client.post(reverse("clinicians:proposal_confirm", args=[check_in.client_id, held.pk]))

    assert escape(HELD_FOR_ALERT) in page
    assert sent_now.status_code == 302 and len(sent("validity-analysis")) == 1
