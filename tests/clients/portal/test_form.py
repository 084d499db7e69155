"""Filling in an exercise without JavaScript: every item type, saving a draft, submitting (errors, the kind
confirmation, crisis resources at once), read-only once sent, and bad input answered clearly."""

import pytest

from assignments.library import EXAMPLES
from assignments.markup import to_html
from assignments.models import Assignment, ResponseRevision
from assignments.questionnaire import index
from tests.clients.portal.pages import VALIDITY_START, form_data, stored, url
from tests.factories import submitted

pytestmark = pytest.mark.django_db


def test_the_form_renders_every_item_type(signed_in, give):
    for slug in EXAMPLES:
        assignment = give(slug)
        response = signed_in.get(url("assignment", assignment))
        assert response.status_code == 200, slug
        page = response.content.decode()
        assert 'name="action" value="submit"' in page and 'name="action" value="save"' in page
        assert "This app is not an emergency service" in page


@pytest.mark.parametrize("slug", ["phq-9", "gad-7"])
def test_a_standard_measure_shows_the_client_its_attribution(signed_in, give, slug):
    page = signed_in.get(url("assignment", give(slug))).content.decode()

    assert "Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues" in page
    assert "educational grant from Pfizer Inc." in page and "No permission is required to reproduce" in page


@pytest.mark.parametrize(
    ("slug", "link_id"),
    [
        ("feelings-check-in", "why_so_painful"),
        ("acceptance", "grief"),
        ("four-questions", "when_silent"),
        ("self-worth-inventory", "not_a_verdict"),
    ],
)
def test_a_psychoeducation_note_is_shown_to_the_client(signed_in, give, slug, link_id):
    assignment = give(slug)
    text = index(assignment.template_version.items)[link_id]["text"]

    assert str(to_html(text)) in signed_in.get(url("assignment", assignment)).content.decode()


def test_save_draft_keeps_what_was_typed(signed_in, validity):
    response = signed_in.post(url("assignment", validity), VALIDITY_START | {"version": "0", "action": "save"})

    assert response.status_code == 302
    answers, version = stored(validity)
    assert answers == {"rejection_kind": "work", "reason_status": "stated", "reason_stated": "Not enough exampl"}
    assert version == 1 and validity.status == Assignment.Status.IN_PROGRESS
    page = signed_in.get(url("assignment", validity)).content.decode()
    assert "Not enough exampl</textarea>" in page
    assert 'name="version" value="1"' in page


def test_saving_unchanged_answers_writes_no_revision(signed_in, validity):
    signed_in.post(url("assignment", validity), VALIDITY_START | {"version": "0"})
    signed_in.post(url("assignment", validity), VALIDITY_START | {"version": "1"})

    assert ResponseRevision.objects.filter(response__assignment=validity).count() == 1


def test_submit_shows_errors_next_to_the_items_and_keeps_the_draft(signed_in, validity):
    response = signed_in.post(url("assignment", validity), VALIDITY_START | {"version": "0", "action": "submit"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "A few answers need another look" in page
    assert 'id="e:pattern"' in page and 'href="#q:pattern"' in page
    assert 'aria-describedby="e:pattern"' in page or 'aria-describedby=" e:pattern"' in page
    assert stored(validity)[0]["reason_stated"] == "Not enough exampl"
    assert 'name="version" value="1"' in page
    validity.refresh_from_db()
    assert validity.is_open


def test_errors_inside_rows_show_at_the_row(signed_in, give):
    goals = give("growth-goals")

    response = signed_in.post(
        url("assignment", goals), {"a:goals/0/goal": "Speak up", "version": "0", "action": "submit"}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert 'id="e:goals/0/why_it_matters"' in page and 'id="e:goals/0/first_step"' in page


def test_a_complete_submission_goes_to_a_kind_confirmation(signed_in, validity):
    data = form_data(EXAMPLES["validity-analysis"], 0, "submit")

    response = signed_in.post(url("assignment", validity), data)

    assert response.status_code == 302 and response["Location"] == url("assignment_done", validity)
    page = signed_in.get(response["Location"]).content.decode()
    assert "Thank you, it's sent" in page
    assert "You don't have to face this alone" not in page
    validity.refresh_from_db()
    assert validity.status == Assignment.Status.SUBMITTED
    assert stored(validity)[0]["wants_to_change"] == "yes"


def test_a_risky_answer_shows_crisis_resources_at_once(signed_in, give, practice):
    phq = give("phq-9")
    answers = {f"phq9_{n}": "1" for n in range(1, 10)}

    response = signed_in.post(url("assignment", phq), form_data(answers, 0, "submit"), follow=True)

    page = response.content.decode()
    assert "You don't have to face this alone" in page
    assert page.index("You don't have to face this alone") < page.index("Thank you, it's sent")
    assert '<a href="tel:116123">116 123</a>' in page
    assert "Your clinician has been told" in page


def test_answers_hidden_by_a_condition_are_dropped_on_submit(signed_in, validity):
    answers = EXAMPLES["validity-analysis"] | {"verdict": "unknown"}

    signed_in.post(url("assignment", validity), form_data(answers, 0, "submit"))

    assert "wants_to_change" not in stored(validity)[0]


def test_a_sent_assignment_is_read_only(signed_in, validity):
    submitted(validity)

    page = signed_in.get(url("assignment", validity)).content.decode()
    response = signed_in.post(url("assignment", validity), {"a:self_story": "Changed", "version": "1"})

    assert 'name="a:' not in page and "The panel said" in page
    assert response.status_code == 302
    assert stored(validity)[0]["self_story"] == EXAMPLES["validity-analysis"]["self_story"]


@pytest.mark.parametrize(
    "data",
    [
        {"version": "abc"},
        {"version": "-1", "a:self_story": "x"},
        {"version": "99999999999999999999", "a:self_story": "x"},
        {"action": "frobnicate", "version": "0"},
        {"action": "add:../../etc", "version": "0"},
        {"action": "remove:self_story/0", "version": "0"},
        {"action": "comment:not-a-question", "version": "0", "c:not-a-question": "hi"},
        {"action": "flag:nope", "version": "0"},
        {"a:self_story": "x" * 300_000, "version": "0"},
        {"a:story_fairness": "ten", "a:rejection_kind": "martian", "version": "0", "action": "submit"},
    ],
)
def test_bad_input_is_answered_clearly_never_with_a_500(signed_in, validity, data):
    response = signed_in.post(url("assignment", validity), data)

    assert response.status_code in (200, 302, 400, 409)


def test_a_too_long_draft_says_so(signed_in, validity):
    response = signed_in.post(url("assignment", validity), {"a:self_story": "x" * 300_000, "version": "0"})

    assert response.status_code == 400 and "too long to save" in response.content.decode()
