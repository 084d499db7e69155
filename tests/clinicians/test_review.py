"""The review queue and one assignment's page: the answers laid out, comments, revisions asked for,
reviews and cancelling; and the menu's counts of what waits."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.models import Assignment, Comment
from assignments.services import assignment_review
from tests.clinicians.pages import page
from tests.factories import client_of, drafted

pytestmark = pytest.mark.django_db


def test_the_review_queue_lists_submissions_oldest_first(signed_in, clinician, give, submit):
    later_client = client_of(clinician, display_name="Later")
    first = give("acceptance")
    submit(first)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        second = give("acceptance", client=later_client)
        submit(second)
        give("boundary-plan")  # not submitted: not in the queue
        signed_in.force_login(clinician.user)  # a new session: the first has been idle for an hour

        queue = page(signed_in, "clinicians:review_queue").context["queue"]

    assert [entry.first.pk for entry in queue] == [first.pk, second.pk]


def test_a_series_waits_in_the_queue_as_one_line_and_can_be_marked_reviewed_at_once(signed_in, give, submit):
    habit = give("daily-habits", recurrence="daily", occurrences=5)
    occurrences = list(Assignment.objects.filter(series=habit.series).order_by("occurrence"))
    for assignment in occurrences[:3]:
        submit(assignment)

    [entry] = page(signed_in, "clinicians:review_queue").context["queue"]
    assert entry.count == 3

    response = signed_in.post(reverse("clinicians:review_series", args=[habit.series_id]))

    assert response.status_code == 302
    statuses = list(
        Assignment.objects.filter(series=habit.series).order_by("occurrence").values_list("status", flat=True)
    )
    assert statuses == ["reviewed"] * 3 + ["assigned"] * 2


def test_the_assignment_page_lays_out_the_answers_and_marks_hidden_items(signed_in, give, submit):
    validity = give("validity-analysis")
    submit(validity, EXAMPLES["validity-analysis"] | {"verdict": "not_valid", "wants_to_change": None})

    response = page(signed_in, "clinicians:assignment", validity.pk)

    body = response.content.decode()
    assert "Do you want to change this" in body or "wants_to_change" in body
    nodes = {node.link_id: node for node in response.context["page"].nodes}
    assert nodes["wants_to_change"].shown is False
    assert "Not shown to the client" in body
    assert nodes["rejection_kind"].values


@pytest.mark.parametrize("slug", ["phq-9", "gad-7"])
def test_a_standard_measure_shows_the_clinician_its_attribution(signed_in, give, submit, slug):
    given, sent = give(slug), give(slug)
    submit(sent)

    for assignment in (given, sent):
        body = page(signed_in, "clinicians:assignment", assignment.pk).content.decode()
        assert "Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues" in body
        assert "educational grant from Pfizer Inc." in body


def test_the_assignment_page_before_submission_shows_what_was_given_not_the_draft(signed_in, give):
    assignment = give("acceptance")
    drafted(assignment, {"what_happened": "Secret draft"})

    body = page(signed_in, "clinicians:assignment", assignment.pk).content.decode()

    assert "Secret draft" not in body
    assert "has started this but not sent it yet" in body


def test_after_a_revision_the_page_shows_what_changed(signed_in, clinician, give, submit):
    acceptance = give("acceptance")
    submit(acceptance)
    assignment_review(assignment=acceptance, clinician_user=clinician.user, decision="revise", comment="Add a lesson?")
    acceptance.refresh_from_db()
    revised = EXAMPLES["acceptance"] | {"keeping": ["A brand new lesson"]}
    submit(acceptance, revised)

    response = page(signed_in, "clinicians:assignment", acceptance.pk)

    changes = response.context["page"].changes
    assert [change["linkId"] for change in changes] == ["keeping"]
    body = response.content.decode()
    assert "What changed in the revision" in body and "A brand new lesson" in body
    assert "I can say when something bothers me sooner" in body  # the answer before


def test_a_comment_on_one_answer(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(
        reverse("clinicians:assignment_comment", args=[assignment.pk]), {"body": "Lovely", "link_id": "keeping"}
    )

    assert response.status_code == 302 and response.url.endswith("#item-keeping")
    assert Comment.objects.get(assignment=assignment).link_id == "keeping"
    nodes = {n.link_id: n for n in page(signed_in, "clinicians:assignment", assignment.pk).context["page"].nodes}
    assert [c.body for c in nodes["keeping"].comments] == ["Lovely"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"body": ""}, "Write a comment first."),
        ({"body": "   "}, "Write a comment first."),
        ({"body": "x" * 5001}, "at most 5000 characters"),
        ({"body": "Hi", "link_id": "not-an-item"}, "This is not a question in this exercise."),
    ],
)
def test_a_bad_comment_is_refused_with_a_message(signed_in, give, submit, data, message):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(reverse("clinicians:assignment_comment", args=[assignment.pk]), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_asking_for_a_revision_needs_a_comment(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(reverse("clinicians:assignment_review", args=[assignment.pk]), {"decision": "revise"})

    assert response.status_code == 400
    assert "Say what you would like the client to look at again." in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.status == "submitted"


def test_asking_for_a_revision_with_a_comment(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(
        reverse("clinicians:assignment_review", args=[assignment.pk]),
        {"decision": "revise", "comment": "Could you add a lesson?"},
    )

    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.status == "revision_requested"
    assert assignment.comments.get().body == "Could you add a lesson?"


@pytest.mark.parametrize("decision", ["", "approve", "<b>"])
def test_an_unknown_decision_is_a_form_error(signed_in, give, submit, decision):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(reverse("clinicians:assignment_review", args=[assignment.pk]), {"decision": decision})

    assert response.status_code == 400
    assignment.refresh_from_db()
    assert assignment.status == "submitted"


def test_reviewing_twice_is_a_clear_error_not_a_crash(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)
    url = reverse("clinicians:assignment_review", args=[assignment.pk])
    signed_in.post(url, {"decision": "reviewed"})

    response = signed_in.post(url, {"decision": "reviewed"})

    assert response.status_code == 400
    assert "cannot become reviewed" in response.content.decode()


def test_cancelling_an_open_assignment(signed_in, client_profile, give):
    assignment = give("acceptance")

    response = signed_in.post(reverse("clinicians:assignment_cancel", args=[assignment.pk]))

    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.status == "cancelled"
    again = signed_in.post(reverse("clinicians:assignment_cancel", args=[assignment.pk]), follow=True)
    assert "cannot become cancelled" in again.content.decode()


def test_the_menu_counts_open_alerts_and_work_awaiting_review(signed_in, clinician, give, submit, risky_phq9):
    submit(give("phq-9"), risky_phq9)
    submit(give("acceptance"))
    other = client_of(clinician)
    submit(give("acceptance", client=other))

    body = page(signed_in, "clinicians:review_queue").content.decode()

    assert "(3 waiting)" in body
    assert "(1 open)" in body
    security = signed_in.get(reverse("mfa_index")).content.decode()  # a page outside the dashboard
    assert "(3 waiting)" in security and "(1 open)" in security
