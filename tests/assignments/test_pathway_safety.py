"""The pathway never pushes towards harm (issue 10, item 7): asking for feedback is gated by safety and by
a no-contact boundary, and auto-sent steps wait while a risk alert is open. A revised verdict withdrawing what no
longer fits is in test_pathway_revisions.py; the growth branch and the connection plan in test_pathway_healing.py."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from assignments.models import PathwayProposal, RiskAlert
from assignments.pathway import (
    CLIENT_NOTES,
    CONNECTION,
    FEEDBACK_SAFE,
    FEEDBACK_UNANSWERED,
    FEEDBACK_UNSURE,
    FOLLOWING,
    HEALING,
    HELD_FOR_ALERT,
    pathway_proposal_confirm,
)
from assignments.questionnaire import is_enabled
from assignments.services import risk_alert_acknowledge
from tests.assignments.pathway_helpers import LESS_CONTACT_BOUNDARY, NO_CONTACT_BOUNDARY, main_proposal, sent, validity

pytestmark = pytest.mark.django_db

SAFETY_NOTES = {"blocked_note", "asked_no_contact_note", "harmful_note", "unsure_note"}


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
