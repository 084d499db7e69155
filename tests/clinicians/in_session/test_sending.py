"""Sending in session: recorded as completed in session and reviewed, with risk alerts, scores and the pathway
exactly as when the client sends it, and closed to changes once sent."""

import datetime

import pytest
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.models import PathwayProposal, RiskAlert
from tests.clinicians.in_session.pages import START, S, authors, form_data, stored, url
from tests.factories import CareTeamMemberFactory, submitted

pytestmark = pytest.mark.django_db


def test_sending_without_javascript_records_completed_in_session_and_who_typed(signed_in, clinician, check_in):
    signed_in.post(url("in_session", check_in), START | {"version": "0"})

    response = signed_in.post(url("in_session", check_in), form_data(EXAMPLES["feelings-check-in"], 1, "submit"))

    assert response.status_code == 302 and response["Location"] == url("in_session_done", check_in)
    check_in.refresh_from_db()
    # Gone through together: reviewed at once, so it never waits in the review queue.
    assert check_in.status == S.REVIEWED and check_in.completed_in_session and check_in.reviewed_at
    assert authors(check_in) == [("draft", clinician.user.pk), ("submission", clinician.user.pk)]
    page = signed_in.get(response["Location"]).content.decode()
    assert "Completed in session" in page and "In session with Alex" in page
    assert "You don't have to face this alone" not in page
    assert signed_in.get(url("in_session", check_in))["Location"] == url("assignment", check_in)  # no longer open


def test_sending_incomplete_answers_keeps_them_and_points_at_what_is_missing(signed_in, clinician, check_in):
    response = signed_in.post(url("in_session", check_in), START | {"version": "0", "action": "submit"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "A few answers need another look before sending" in page and 'href="#q:emotions"' in page
    assert stored(check_in)[0]["what_happened"] == "She said no on Sunday."
    assert check_in.is_open and not check_in.completed_in_session
    assert authors(check_in) == [("draft", clinician.user.pk)]


def test_a_risky_phq9_sent_in_session_alerts_every_current_clinician(
    signed_in, clinician, other_clinician, client_profile, give, risky_phq9
):
    CareTeamMemberFactory(client=client_profile, clinician=other_clinician, is_primary=False)
    phq = give("phq-9")

    response = signed_in.post(url("in_session", phq), form_data(risky_phq9, 0, "submit"), follow=True)

    alerts = RiskAlert.objects.filter(assignment=phq)
    assert {alert.clinician_id for alert in alerts} == {clinician.pk, other_clinician.pk}
    assert all(alert.revision.author_id == clinician.user.pk for alert in alerts)
    assert all([reason["linkId"] for reason in alert.reasons] == ["phq9_9"] for alert in alerts)
    page = response.content.decode()
    assert "You don't have to face this alone" in page  # crisis resources on the shared screen, at once
    assert "a risk alert is recorded for the care team" in page
    phq.refresh_from_db()
    assert phq.completed_in_session and phq.response.score_total == 10


def test_scores_and_the_pathway_follow_a_session_submission_as_a_clients(clinician, client_profile, library):
    from assignments.pathway import pathway_start

    _, first = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    step = next(a for a in first if a.pathway_step == "feelings-check-in")

    submitted(step, by=clinician.user, in_session=True)

    [proposal] = PathwayProposal.objects.filter(after=step)
    assert proposal.template_slug == "validity-analysis" and proposal.status == "proposed"


def test_a_revision_finished_together_in_session_is_marked_so_and_reviewed(clinician, check_in):
    from assignments.services import assignment_review

    submitted(check_in)
    assignment_review(assignment=check_in, clinician_user=clinician.user, decision="revise", comment="One more line")
    check_in.refresh_from_db()
    assert not check_in.completed_in_session

    submitted(check_in, EXAMPLES["feelings-check-in"] | {"intensity": 5}, by=clinician.user, in_session=True)

    check_in.refresh_from_db()
    assert check_in.status == S.REVIEWED and check_in.completed_in_session


def test_a_sent_assignment_cannot_be_changed_in_session(signed_in, check_in):
    submitted(check_in)

    plain = signed_in.post(url("in_session", check_in), {"a:what_happened": "Changed", "version": "1"})
    scripted = signed_in.post(url("in_session_autosave", check_in), {"a:what_happened": "Changed", "version": "1"})

    assert plain.status_code == 302 and plain["Location"] == url("assignment", check_in)
    assert scripted.status_code == 409 and "already been sent" in scripted.json()["message"]
    assert stored(check_in)[0] == EXAMPLES["feelings-check-in"]


def test_an_open_assignment_done_page_goes_back_to_the_form(signed_in, check_in):
    assert signed_in.get(url("in_session_done", check_in))["Location"] == url("in_session", check_in)
