"""The client portal's pages: Today, filling in an exercise (with and without JavaScript), conflicts,
submitting, crisis resources, comments and "discuss" marks."""

import datetime
import json

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from assignments.library import EXAMPLES
from assignments.models import Assignment, Comment, DiscussionFlag, ResponseRevision
from assignments.questionnaire import index
from assignments.services import assignment_review, comment_add
from clients.portal import due_label
from tests.factories import client_of, drafted, submitted

pytestmark = pytest.mark.django_db

VALIDITY_START = {"a:rejection_kind": "work", "a:reason_status": "stated", "a:reason_stated": "Not enough exampl"}


def url(name, assignment, **query):
    path = reverse(f"clients:{name}", args=[assignment.pk])
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def form_data(answers: dict, version: int, action: str = "save") -> dict:
    data = {"version": str(version), "action": action}
    for key, value in answers.items():
        if isinstance(value, list):
            data[f"a:{key}"] = [str(v) for v in value]
        else:
            data[f"a:{key}"] = "true" if value is True else "false" if value is False else str(value)
    return data


@pytest.fixture
def signed_in(client, client_profile):
    client.force_login(client_profile.user)
    return client


@pytest.fixture
def validity(give):
    return give("validity-analysis")


def stored(assignment):
    assignment.refresh_from_db()
    return assignment.response.answers, assignment.response.version


# --- Who sees what -----------------------------------------------------------------------


def test_a_client_cannot_see_another_clients_assignment(signed_in, clinician, other_client_profile, template):
    from assignments.services import assignment_create

    other = client_of(clinician, display_name="Sam")
    [theirs] = assignment_create(
        clinician_user=clinician.user,
        client=other,
        template=template("phq-9"),
        due_at=timezone.now() + datetime.timedelta(days=1),
    )

    for name in ("assignment", "assignment_done"):
        assert signed_in.get(url(name, theirs)).status_code == 404
    for name in ("assignment", "assignment_autosave", "assignment_resolve", "assignment_comment", "assignment_flag"):
        assert signed_in.post(url(name, theirs), {"version": "0"}).status_code == 404
    assert not ResponseRevision.objects.exists()
    assert signed_in.get(reverse("clients:assignment", args=[999999])).status_code == 404


def test_clinicians_are_refused_the_portal(client, clinician, validity):
    client.force_login(clinician.user)

    assert client.get(reverse("clients:today")).status_code == 403
    assert client.get(url("assignment", validity)).status_code == 403


def test_signed_out_people_are_sent_to_sign_in(client, validity):
    response = client.get(url("assignment", validity))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# --- Today ---------------------------------------------------------------------------------


def test_today_lists_what_is_due_in_the_clients_own_time(signed_in, client_profile, give):
    client_profile.time_zone = "America/New_York"
    client_profile.save()
    now = datetime.datetime(2026, 11, 18, 15, 0, tzinfo=datetime.UTC)  # 10:00 in New York
    with time_machine.travel(now, tick=False):
        give("phq-9", due_at=now + datetime.timedelta(hours=2))
        give("feelings-check-in", due_at=now - datetime.timedelta(days=3))
        give("growth-goals", due_at=now + datetime.timedelta(days=3))

        page = signed_in.get(reverse("clients:today")).content.decode()

    assert "12:00" in page  # 17:00 UTC, shown in New York time
    assert "Still open from earlier" in page and "No rush and no judgement" in page
    assert "Due today" in page and "Coming up this week" in page
    assert "This app is not an emergency service" in page
    assert page.index("Due today") < page.index("PHQ-9") < page.index("Coming up this week")


def test_a_recurring_exercise_shows_once_with_its_missed_days_summed_up(signed_in, give):
    give("daily-habits", due_at=timezone.now() - datetime.timedelta(days=3, hours=1), recurrence="daily", occurrences=8)
    missed = Assignment.objects.filter(due_at__lt=timezone.now()).count()

    page = signed_in.get(reverse("clients:today")).content.decode()

    assert page.count("Daily recovery habits") == 2  # the latest missed day, and the next one
    assert f"{missed - 1} earlier days of this are still open too" in page
    assert f"Repeats daily: {8 - missed - 1} more after this one." in page


def test_today_shows_new_comments_on_recently_reviewed_work(signed_in, clinician, give):
    done = give("feelings-check-in")
    submitted(done)
    assignment_review(assignment=done, clinician_user=clinician.user, decision="reviewed", comment="Well named.")

    page = signed_in.get(reverse("clients:today")).content.decode()

    assert "From your clinician" in page and "Well named." in page and "1 new comment" in page


@pytest.mark.parametrize(
    ("due", "label"),
    [
        ((2026, 3, 10, 19, 0), "today, 19:00"),
        ((2026, 3, 11, 8, 5), "tomorrow, 08:05"),
        ((2026, 3, 9, 8, 5), "yesterday, 08:05"),
        ((2026, 3, 13, 9, 0), "Friday, 09:00"),
        ((2026, 3, 24, 9, 0), "Tue 24 Mar, 09:00"),
        ((2027, 1, 2, 9, 0), "Sat 2 Jan, 09:00 2027"),
    ],
)
def test_due_labels_read_naturally(due, label):
    now = datetime.datetime(2026, 3, 10, 12, 0)

    assert due_label(datetime.datetime(*due), now) == label


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_today_costs_the_same_queries_for_5_and_50_assignments(signed_in, clinician, give):
    def add(n):
        for i in range(n):
            a = give("feelings-check-in", due_at=timezone.now() + datetime.timedelta(hours=i - 3))
            if i % 3 == 0:
                drafted(a, {"intensity": 3})
            if i % 4 == 0:
                comment_add(assignment=a, author=clinician.user, body="A thought")

    add(5)
    few = _queries(signed_in, reverse("clients:today"))
    add(45)
    many = _queries(signed_in, reverse("clients:today"))

    # session, user, client profile, practice (footer), safety plan (footer), assignments, their comments
    assert few == many == 7


# --- Filling in, without JavaScript ----------------------------------------------------------


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

    assert escape(text) in signed_in.get(url("assignment", assignment)).content.decode()


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


def test_a_stale_version_shows_both_versions_to_choose_from(signed_in, validity):
    drafted(validity, {"self_story": "From my phone"})

    response = signed_in.post(url("assignment", validity), {"a:self_story": "From my laptop", "version": "0"})

    assert response.status_code == 409
    page = response.content.decode()
    assert "From my phone" in page and "From my laptop" in page
    assert "Keep both" in page
    assert stored(validity) == ({"self_story": "From my phone"}, 1)


def test_choosing_after_a_conflict_loses_nothing(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})
    mine = {"self_story": "Laptop", "rejection_kind": "work"}

    response = signed_in.post(
        url("assignment_resolve", validity), {"mine": json.dumps(mine), "version": "1", "pick:self_story": "theirs"}
    )

    assert response.status_code == 302
    assert stored(validity) == ({"self_story": "Phone", "rejection_kind": "work"}, 3)
    history = list(ResponseRevision.objects.filter(response__assignment=validity).values_list("answers", flat=True))
    assert {"self_story": "Laptop", "rejection_kind": "work"} in history  # this device's version, kept
    assert {"self_story": "Phone"} in history


def test_keeping_both_joins_the_two_texts(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})

    signed_in.post(
        url("assignment_resolve", validity),
        {"mine": json.dumps({"self_story": "Laptop"}), "version": "1", "pick:self_story": "both"},
    )

    assert stored(validity)[0] == {"self_story": "Laptop\n\nPhone"}


def test_using_the_other_version_for_everything(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})

    signed_in.post(
        url("assignment_resolve", validity),
        {"mine": json.dumps({"self_story": "Laptop", "pattern": "yes"}), "version": "1", "all": "theirs"},
    )

    assert stored(validity)[0] == {"self_story": "Phone"}


@pytest.mark.parametrize("mine", ["", "not json", "[1, 2]", '"text"', json.dumps({"nope": 1})])
@pytest.mark.parametrize("version", ["0", "7", "x"])
def test_a_broken_resolution_never_fails_badly(signed_in, validity, mine, version):
    response = signed_in.post(url("assignment_resolve", validity), {"mine": mine, "version": version})

    assert response.status_code in (302, 409)


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


# --- Autosave (the page's script) -------------------------------------------------------------


def test_autosave_saves_and_answers_with_the_new_version(signed_in, validity):
    response = signed_in.post(url("assignment_autosave", validity), VALIDITY_START | {"version": "0"})

    assert response.status_code == 200
    assert response.json()["version"] == 1 and ":" in response.json()["saved_at"]
    assert stored(validity)[0]["reason_stated"] == "Not enough exampl"


def test_autosave_after_another_device_saved_answers_409_with_the_choice(signed_in, validity):
    drafted(validity, {"self_story": "Phone"})

    response = signed_in.post(url("assignment_autosave", validity), {"a:self_story": "Laptop", "version": "0"})

    assert response.status_code == 409
    body = response.json()
    assert body["conflict"] is True and body["version"] == 1
    assert "Phone" in body["html"] and "Laptop" in body["html"]


def test_autosave_with_the_same_answers_as_elsewhere_is_no_conflict(signed_in, validity):
    drafted(validity, {"self_story": "Same"})

    response = signed_in.post(url("assignment_autosave", validity), {"a:self_story": "Same", "version": "0"})

    assert response.status_code == 200 and response.json()["version"] == 1


def test_autosave_of_a_sent_assignment_is_refused_kindly(signed_in, validity):
    submitted(validity)

    response = signed_in.post(url("assignment_autosave", validity), {"a:self_story": "More", "version": "1"})

    assert response.status_code == 409 and "already been sent" in response.json()["message"]


def test_autosave_only_accepts_posts(signed_in, validity):
    assert signed_in.get(url("assignment_autosave", validity)).status_code == 405


# --- Comments and "discuss in our next session" ---------------------------------------------


def test_a_comment_on_an_item_with_htmx_returns_the_thread(signed_in, validity):
    response = signed_in.post(
        url("assignment_comment", validity),
        {"link_id": "verdict", "c:verdict": "Not sure about this one"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="tools:verdict"' in page and "Not sure about this one" in page and "Your comment is added." in page
    assert Comment.objects.get().link_id == "verdict"


def test_an_empty_comment_is_refused_in_place(signed_in, validity):
    response = signed_in.post(
        url("assignment_comment", validity), {"link_id": "verdict", "c:verdict": "  "}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400 and "Write a comment first." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_comment_without_javascript_also_saves_the_typed_answers(signed_in, validity):
    response = signed_in.post(
        url("assignment", validity),
        {"a:self_story": "Typed first", "version": "0", "action": "comment:", "c:": "A general question"},
    )

    assert response.status_code == 302 and response["Location"].endswith("#conversation")
    assert stored(validity)[0] == {"self_story": "Typed first"}
    assert Comment.objects.get().body == "A general question"


def test_marking_an_item_to_discuss(signed_in, validity):
    on = signed_in.post(
        url("assignment_flag", validity), {"link_id": "verdict", "flagged": "1"}, HTTP_HX_REQUEST="true"
    )
    assert 'aria-pressed="true"' in on.content.decode()
    assert DiscussionFlag.objects.filter(link_id="verdict", cleared_at__isnull=True).exists()

    off = signed_in.post(url("assignment_flag", validity), {"link_id": "verdict", "flagged": "0"})
    assert off.status_code == 302 and off["Location"].endswith("#tools:verdict")
    assert not DiscussionFlag.objects.filter(cleared_at__isnull=True).exists()


def test_marking_an_unknown_item_is_refused(signed_in, validity):
    response = signed_in.post(
        url("assignment_flag", validity), {"link_id": "nope", "flagged": "1"}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400


def test_clinician_comments_on_items_inside_rows_show_with_their_group(signed_in, clinician, give):
    goals = give("growth-goals")
    comment_add(assignment=goals, author=clinician.user, body="Lovely small step", link_id="first_step")

    page = signed_in.get(url("assignment", goals)).content.decode()

    assert "Lovely small step" in page and "About “What&#x27;s one small first step?”" in page


# --- Query counts ----------------------------------------------------------------------------


def test_the_assignment_page_costs_the_same_queries_however_much_it_holds(signed_in, clinician, give):
    goals = give("growth-goals")
    for _ in range(5):
        give("phq-9")
    few = _queries(signed_in, url("assignment", goals))

    for n in range(20):
        comment_add(assignment=goals, author=clinician.user, body=f"Comment {n}", link_id="goals" if n % 2 else "")
        give("gad-7")
    answers = {"goals": [{"goal": f"Goal {n}", "further_steps": ["a", "b"]} for n in range(3)]}
    drafted(goals, answers)
    many = _queries(signed_in, url("assignment", goals))

    # session, user, assignment (with template, response, client), comments, proposals, discuss marks, practice,
    # safety plan (footer)
    assert few == many == 8
