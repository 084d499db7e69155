"""A revised verdict or boundary withdraws the pathway steps that no longer fit, as long as nobody has begun them,
and proposes them again if revised back."""

import pytest

from assignments.models import Assignment, PathwayProposal
from assignments.pathway import CONNECTION_WEEKS
from assignments.services import assignment_review, comment_add
from tests.assignments.pathway_helpers import LESS_CONTACT_BOUNDARY, NO_CONTACT_BOUNDARY, sent, validity
from tests.factories import drafted

pytestmark = pytest.mark.django_db


@pytest.fixture
def revise(clinician, submit):
    def again(assignment, answers):
        assignment_review(assignment=assignment, clinician_user=clinician.user, decision="revise", comment="Once more?")
        return submit(assignment, answers)

    return again


def main_proposal_for(after, slug) -> PathwayProposal:
    return PathwayProposal.objects.get(after=after, step=slug)


def submit_and_keep(assignment, submit, answers) -> Assignment:
    submit(assignment, answers)
    return assignment


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
