"""Giving homework, saving and submitting answers, review, comments."""

import datetime
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from assignments.lifecycle import IllegalTransition
from assignments.models import Assignment, Comment, DiscussionFlag, ResponseRevision
from assignments.selectors import assignment_for, changes_since_last_submission
from assignments.services import (
    AnswersInvalid,
    StaleVersion,
    assignment_cancel,
    assignment_create,
    assignment_review,
    comment_add,
    discussion_flag_set,
    response_save_draft,
    response_submit,
)
from tests.assignments.library_samples import COMPLETE_SAMPLES

pytestmark = pytest.mark.django_db
S = Assignment.Status


def test_a_clinician_gives_a_client_on_their_caseload_the_current_version(give, template, client_profile):
    assignment = give("feelings-check-in", instructions="  Whenever you are ready.  ")

    assert assignment.client == client_profile
    assert assignment.template_version == template("feelings-check-in").current_version
    assert assignment.status == S.ASSIGNED
    assert assignment.instructions == "Whenever you are ready."


def test_a_clinician_cannot_give_homework_to_someone_elses_client(give, other_client_profile, foreign_client_profile):
    for stranger in (other_client_profile, foreign_client_profile):
        with pytest.raises(PermissionDenied):
            give("acceptance", client=stranger)


def test_only_clinicians_give_homework(give, client_profile, practice_admin):
    for user in (client_profile.user, practice_admin):
        with pytest.raises(PermissionDenied):
            give("acceptance", by=user)


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"recurrence": "hourly"}, "recurrence"),
        ({"recurrence": "daily", "occurrences": 0}, "occurrences"),
        ({"recurrence": "daily", "occurrences": 61}, "occurrences"),
        ({"recurrence": "none", "occurrences": 2}, "occurrences"),
        ({"due_at": datetime.datetime(2026, 12, 1, 20, 0)}, "due_at"),
        ({"instructions": "x" * 5001}, "instructions"),
    ],
)
def test_bad_options_are_clear_errors_and_create_nothing(give, options, field):
    with pytest.raises(ValidationError) as error:
        give("acceptance", **options)

    assert field in error.value.message_dict
    assert not Assignment.objects.exists()


def test_a_daily_series_keeps_the_clients_local_time_across_the_clock_change(give, client_profile):
    london = ZoneInfo("Europe/London")
    first = datetime.datetime(2026, 10, 22, 20, 0, tzinfo=london)  # BST; clocks go back on 25 October

    give("daily-habits", due_at=first, recurrence="daily", occurrences=14)

    series = list(Assignment.objects.order_by("occurrence"))
    assert len(series) == 14
    assert {a.due_at.astimezone(london).time() for a in series} == {datetime.time(20, 0)}
    assert [a.due_at.astimezone(london).date() for a in series][:5] == [
        datetime.date(2026, 10, d) for d in (22, 23, 24, 25, 26)
    ]
    assert series[0].due_at.utcoffset() == datetime.timedelta(0)  # stored in UTC
    assert series[0].due_at.hour == 19 and series[-1].due_at.hour == 20
    assert len({a.series_id for a in series}) == 1


def test_a_weekly_series_is_seven_days_apart(give):
    give("connection-plan", recurrence="weekly", occurrences=4)

    due = [a.due_at for a in Assignment.objects.order_by("occurrence")]
    assert [b - a for a, b in itertools.pairwise(due)] == [datetime.timedelta(days=7)] * 3


def test_an_archived_template_cannot_be_given(library, clinician, client_profile, practice_admin, template):
    from assignments.library import template_archive, template_copy

    copy = template_copy(template=template("acceptance"), practice=practice_admin.practice, by=practice_admin)
    template_archive(template=copy, by=practice_admin)

    with pytest.raises(ValidationError):
        assignment_create(clinician_user=clinician.user, client=client_profile, template=copy, due_at=timezone.now())


def test_a_foreign_practices_template_cannot_be_given(library, clinician, client_profile, foreign_admin, template):
    from assignments.library import template_copy

    theirs = template_copy(template=template("acceptance"), practice=foreign_admin.practice, by=foreign_admin)

    with pytest.raises(ValidationError):
        assignment_create(clinician_user=clinician.user, client=client_profile, template=theirs, due_at=timezone.now())


# --- Drafts and submissions ---------------------------------------------------------


def test_every_draft_save_is_a_new_revision_and_bumps_the_version(give, client_profile):
    assignment = give("feelings-check-in")
    user = client_profile.user

    first = response_save_draft(assignment=assignment, user=user, answers={"what_happened": "She"}, version=0)
    second = response_save_draft(assignment=assignment, user=user, answers={"what_happened": "She left"}, version=1)

    assert (first.version, second.version) == (1, 2)
    revisions = list(ResponseRevision.objects.filter(response=second).values_list("number", "kind", "answers"))
    assert revisions == [
        (1, "draft", {"what_happened": "She"}),
        (2, "draft", {"what_happened": "She left"}),
    ]
    assignment.refresh_from_db()
    assert assignment.status == S.IN_PROGRESS


def test_a_stale_save_is_refused_with_the_current_state_and_overwrites_nothing(give, client_profile):
    assignment = give("feelings-check-in")
    user = client_profile.user
    response_save_draft(assignment=assignment, user=user, answers={"what_happened": "phone"}, version=0)
    response_save_draft(assignment=assignment, user=user, answers={"what_happened": "phone, more"}, version=1)

    with pytest.raises(StaleVersion) as stale:
        response_save_draft(assignment=assignment, user=user, answers={"what_happened": "laptop"}, version=1)

    assert (stale.value.version, stale.value.answers) == (2, {"what_happened": "phone, more"})
    assert ResponseRevision.objects.count() == 2
    assert assignment.response.answers == {"what_happened": "phone, more"}


def test_a_draft_keeps_half_typed_answers_as_they_are(give, client_profile):
    assignment = give("feelings-check-in")

    response = response_save_draft(
        assignment=assignment, user=client_profile.user, answers={"intensity": "7."}, version=0
    )

    assert response.answers == {"intensity": "7."}


@pytest.mark.parametrize("answers", [["not", "a", "map"], {"no_such_item": "x"}, {"what_happened": "x" * 300_000}])
def test_a_draft_of_the_wrong_shape_is_a_clear_error(give, client_profile, answers):
    assignment = give("feelings-check-in")

    with pytest.raises(AnswersInvalid) as error:
        response_save_draft(assignment=assignment, user=client_profile.user, answers=answers, version=0)

    assert error.value.errors
    assert not ResponseRevision.objects.exists()


def test_only_the_client_saves_their_answers(give, clinician, other_client_profile):
    assignment = give("feelings-check-in")

    for user in (clinician.user, other_client_profile.user):
        with pytest.raises(PermissionDenied):
            response_save_draft(assignment=assignment, user=user, answers={}, version=0)


def test_a_submission_with_broken_answers_says_which_items_and_saves_nothing(give, client_profile):
    assignment = give("feelings-check-in")
    response_save_draft(assignment=assignment, user=client_profile.user, answers={"what_happened": "x"}, version=0)

    with pytest.raises(AnswersInvalid) as error:
        response_submit(
            assignment=assignment,
            user=client_profile.user,
            answers={"what_happened": "x", "intensity": 14, "emotions": ["sadness"]},
            version=1,
        )

    assert "intensity" in error.value.errors and "processing" in error.value.errors
    assignment.refresh_from_db()
    assert assignment.status == S.IN_PROGRESS
    assert assignment.response.version == 1
    assert ResponseRevision.objects.count() == 1


def test_a_submission_freezes_a_revision(give, client_profile):
    assignment = give("feelings-check-in")

    submission = response_submit(
        assignment=assignment, user=client_profile.user, answers=COMPLETE_SAMPLES["feelings-check-in"], version=0
    )

    assignment.refresh_from_db()
    assert assignment.status == S.SUBMITTED and assignment.submitted_at
    assert submission.revision.kind == "submission" and submission.revision.number == 1
    assert not submission.raised_risk
    with pytest.raises(IllegalTransition):
        response_save_draft(assignment=assignment, user=client_profile.user, answers={}, version=1)
    with pytest.raises(IllegalTransition):
        response_submit(
            assignment=assignment, user=client_profile.user, answers=COMPLETE_SAMPLES["feelings-check-in"], version=1
        )


def test_a_measure_is_scored_on_submit(give, client_profile):
    assignment = give("phq-9")
    answers = {f"phq9_{n}": "1" for n in range(1, 10)} | {"phq9_9": "0"}

    response_submit(assignment=assignment, user=client_profile.user, answers=answers, version=0)

    assignment.response.refresh_from_db()
    assert (assignment.response.score_total, assignment.response.score_band) == (8, "mild")


# --- Review, revision, diff -----------------------------------------------------------


def submitted(give, client_profile, slug="acceptance"):
    assignment = give(slug)
    response_submit(assignment=assignment, user=client_profile.user, answers=COMPLETE_SAMPLES[slug], version=0)
    assignment.refresh_from_db()
    return assignment


def test_a_clinician_marks_a_submission_reviewed(give, client_profile, clinician):
    assignment = submitted(give, client_profile)

    assignment_review(assignment=assignment, clinician_user=clinician.user, decision="reviewed", comment="Thank you.")

    assignment.refresh_from_db()
    assert assignment.status == S.REVIEWED and assignment.reviewed_at
    assert Comment.objects.get().body == "Thank you."


def test_asking_for_a_revision_needs_a_comment(give, client_profile, clinician):
    assignment = submitted(give, client_profile)

    with pytest.raises(ValidationError):
        assignment_review(assignment=assignment, clinician_user=clinician.user, decision="revise", comment=" ")


def test_after_a_revision_the_clinician_sees_what_changed(give, client_profile, clinician):
    assignment = submitted(give, client_profile)
    assignment_review(assignment=assignment, clinician_user=clinician.user, decision="revise", comment="Say more?")
    revised = COMPLETE_SAMPLES["acceptance"] | {"letting_go": ["The hope that she will call."]}

    response_save_draft(assignment=assignment, user=client_profile.user, answers=revised, version=1)
    assignment.refresh_from_db()
    assert assignment.status == S.IN_PROGRESS
    response_submit(assignment=assignment, user=client_profile.user, answers=revised, version=2)

    changes = changes_since_last_submission(assignment=assignment)
    sent = list(assignment.response.revisions.filter(kind="submission").order_by("-number").values("answers"))
    assert changes_since_last_submission(assignment=assignment, submissions=sent) == changes  # the page's way
    assert changes == [
        {
            "linkId": "letting_go",
            "before": COMPLETE_SAMPLES["acceptance"]["letting_go"],
            "after": ["The hope that she will call."],
        }
    ]


def test_another_clinician_cannot_review(give, client_profile, other_clinician, foreign_clinician):
    assignment = submitted(give, client_profile)

    for user in (other_clinician.user, foreign_clinician.user, client_profile.user):
        with pytest.raises(PermissionDenied):
            assignment_review(assignment=assignment, clinician_user=user, decision="reviewed")


def test_a_clinician_cancels_an_open_assignment_but_not_a_submitted_one(give, client_profile, clinician):
    open_one = give("acceptance")
    assignment_cancel(assignment=open_one, clinician_user=clinician.user)
    open_one.refresh_from_db()
    assert open_one.status == S.CANCELLED

    with pytest.raises(IllegalTransition) as error:
        assignment_cancel(assignment=submitted(give, client_profile), clinician_user=clinician.user)
    assert "submitted cannot become cancelled" in str(error.value)


# --- Comments and discussion ----------------------------------------------------------


def test_comments_on_the_whole_assignment_or_one_item(give, client_profile, clinician):
    assignment = give("acceptance")

    comment_add(assignment=assignment, author=client_profile.user, body="I found this hard.")
    comment_add(assignment=assignment, author=clinician.user, body="Look here", link_id="letting_go")

    assert list(Comment.objects.values_list("link_id", flat=True)) == ["", "letting_go"]


@pytest.mark.parametrize(
    ("body", "link_id", "field"), [("", "", "body"), ("x" * 5001, "", "body"), ("Hi", "nope", "link_id")]
)
def test_a_bad_comment_is_a_clear_error(give, client_profile, body, link_id, field):
    with pytest.raises(ValidationError) as error:
        comment_add(assignment=give("acceptance"), author=client_profile.user, body=body, link_id=link_id)
    assert field in error.value.message_dict


def test_strangers_cannot_comment(give, other_client_profile, other_clinician, practice_admin):
    assignment = give("acceptance")
    for user in (other_client_profile.user, other_clinician.user, practice_admin):
        with pytest.raises(PermissionDenied):
            comment_add(assignment=assignment, author=user, body="hello")


def test_the_client_marks_an_item_to_discuss_and_unmarks_it(give, client_profile):
    assignment = give("acceptance")

    discussion_flag_set(assignment=assignment, user=client_profile.user, link_id="letting_go", flagged=True)
    discussion_flag_set(assignment=assignment, user=client_profile.user, link_id="letting_go", flagged=True)
    assert DiscussionFlag.objects.filter(cleared_at__isnull=True).count() == 1

    discussion_flag_set(assignment=assignment, user=client_profile.user, link_id="letting_go", flagged=False)
    assert DiscussionFlag.objects.filter(cleared_at__isnull=True).count() == 0


# --- Reading --------------------------------------------------------------------------


def test_loading_an_assignment_costs_the_same_queries_with_1_or_40_comments(
    give, client_profile, clinician, django_assert_num_queries
):
    assignment = submitted(give, client_profile)
    comment_add(assignment=assignment, author=clinician.user, body="first")
    with django_assert_num_queries(3) as few:
        # 1 the assignment with its version, template, client, response and giver;
        # 2 its comments with their authors; 3 its pathway proposals
        loaded = assignment_for(user=clinician.user, pk=assignment.pk)
        _ = [(c.author.display_name, c.body) for c in loaded.comment_list], loaded.response.answers
    for n in range(39):
        comment_add(assignment=assignment, author=client_profile.user, body=f"more {n}")
    with django_assert_num_queries(len(few.captured_queries)):
        loaded = assignment_for(user=client_profile.user, pk=assignment.pk)
        _ = [(c.author.display_name, c.body) for c in loaded.comment_list], loaded.response.answers
    assert len(loaded.comment_list) == 40


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("client", True),
        ("clinician", True),
        ("other_client", False),
        ("other_clinician", False),
        ("admin", False),
        ("foreign", False),
    ],
)
def test_an_assignment_is_visible_only_to_its_client_and_their_clinicians(
    give, who, sees, client_profile, clinician, other_client_profile, other_clinician, practice_admin, foreign_clinician
):
    assignment = give("acceptance")
    user = {
        "client": client_profile.user,
        "clinician": clinician.user,
        "other_client": other_client_profile.user,
        "other_clinician": other_clinician.user,
        "admin": practice_admin,
        "foreign": foreign_clinician.user,
    }[who]

    assert Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists() is sees
