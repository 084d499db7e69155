"""In-session mode: a clinician on the client's current care team fills an open assignment in with the
client in the room. Who may, drafts and conflicts, sending (recorded as completed in session, with risk
alerts, scores and the pathway exactly as for the client), the entry points, the labels, and query counts."""

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.models import Assignment, PathwayProposal, ResponseRevision, RiskAlert
from assignments.services import comment_add, response_save_draft, response_submit
from clients.models import CareTeamMember
from tests.factories import CareTeamMemberFactory, ClinicianFactory, drafted, submitted

pytestmark = pytest.mark.django_db

S = Assignment.Status
START = {"a:what_happened": "She said no on Sunday.", "a:intensity": "7"}


def url(name, assignment) -> str:
    return reverse(f"clinicians:{name}", args=[assignment.pk])


def form_data(answers: dict, version: int, action: str = "save") -> dict:
    data = {"version": str(version), "action": action}
    for key, value in answers.items():
        data[f"a:{key}"] = [str(v) for v in value] if isinstance(value, list) else str(value)
    return data


def stored(assignment):
    assignment.refresh_from_db()
    return assignment.response.answers, assignment.response.version


def authors(assignment) -> list[tuple[str, int]]:
    return list(
        ResponseRevision.objects.filter(response__assignment=assignment)
        .order_by("number")
        .values_list("kind", "author_id")
    )


@pytest.fixture
def signed_in(client, clinician):
    client.force_login(clinician.user)
    return client


@pytest.fixture
def check_in(give):
    return give("feelings-check-in")


@pytest.fixture
def former_clinician(practice, client_profile):
    """Cared for the usual client until yesterday."""
    former = ClinicianFactory(user__practice=practice, user__display_name="Dr Cy")
    CareTeamMemberFactory(
        client=client_profile,
        clinician=former,
        is_primary=False,
        started_on=timezone.localdate() - datetime.timedelta(days=30),
        ended_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    return former


@pytest.fixture
def cast(
    clinician,
    other_clinician,
    foreign_clinician,
    former_clinician,
    client_profile,
    other_client_profile,
    practice_admin,
):
    return {
        "clinician": clinician.user,
        "other_clinician": other_clinician.user,
        "foreign_clinician": foreign_clinician.user,
        "former_clinician": former_clinician.user,
        "client": client_profile.user,
        "other_client": other_client_profile.user,
        "admin": practice_admin,
    }


# --- Who may -----------------------------------------------------------------------------------

MATRIX = [
    ("clinician", 200),
    ("other_clinician", 404),  # same practice, not on this client's care team
    ("foreign_clinician", 404),
    ("former_clinician", 404),
    ("client", 403),  # the dashboard's rule for the wrong role, as on every /clinician/ page
    ("other_client", 403),
    ("admin", 403),
]


@pytest.mark.parametrize(("who", "expected"), MATRIX)
def test_the_in_session_page_answers_only_to_the_clients_current_clinicians(client, cast, check_in, who, expected):
    client.force_login(cast[who])

    response = client.get(url("in_session", check_in))

    assert response.status_code == expected
    if expected == 200:
        assert "In session with Alex" in response.content.decode()


@pytest.mark.parametrize(("who", "expected"), [row for row in MATRIX if row[0] != "clinician"])
@pytest.mark.parametrize("name", ["in_session", "in_session_autosave", "in_session_resolve"])
def test_nobody_else_can_write_answers_in_session(client, cast, check_in, who, expected, name):
    client.force_login(cast[who])
    data = START | {"version": "0", "action": "submit", "mine": json.dumps({"what_happened": "x"})}

    assert client.post(url(name, check_in), data).status_code == expected
    assert not ResponseRevision.objects.exists()
    check_in.refresh_from_db()
    assert check_in.status == S.ASSIGNED


@pytest.mark.parametrize(("who", "expected"), [row for row in MATRIX if row[0] != "clinician"])
def test_nobody_else_sees_the_completed_in_session_page(client, cast, check_in, who, expected):
    submitted(check_in, by=cast["clinician"], in_session=True)
    client.force_login(cast[who])

    assert client.get(url("in_session_done", check_in)).status_code == expected


@pytest.mark.parametrize(("who", "expected"), [row for row in MATRIX if row[0] != "clinician"])
def test_nobody_else_can_start_an_exercise_together(client, cast, client_profile, template, who, expected):
    client.force_login(cast[who])
    path = reverse("clinicians:in_session_start", args=[client_profile.pk])

    assert client.post(path, {"template": template("acceptance").pk}).status_code == expected
    assert not Assignment.objects.exists()


@pytest.mark.parametrize(
    ("method", "name"),
    [
        ("get", "in_session"),
        ("get", "in_session_done"),
        ("post", "in_session"),
        ("post", "in_session_autosave"),
        ("post", "in_session_resolve"),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, check_in, method, name):
    response = getattr(client, method)(url(name, check_in), START | {"version": "0"})

    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not ResponseRevision.objects.exists()


def test_anonymous_visitors_cannot_start_an_exercise_together(client, client_profile, template):
    path = reverse("clinicians:in_session_start", args=[client_profile.pk])

    response = client.post(path, {"template": template("acceptance").pk})

    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not Assignment.objects.exists()


def test_a_clinician_handed_off_mid_session_can_no_longer_save(signed_in, clinician, client_profile, check_in):
    assert signed_in.post(url("in_session_autosave", check_in), START | {"version": "0"}).status_code == 200
    CareTeamMember.objects.filter(client=client_profile, clinician=clinician).update(
        ended_on=timezone.localdate(), is_primary=False
    )

    response = signed_in.post(url("in_session_autosave", check_in), START | {"a:intensity": "3", "version": "1"})

    assert response.status_code == 404
    assert stored(check_in)[1] == 1


def test_the_services_let_only_a_current_clinician_write_in_session(
    clinician, other_clinician, former_clinician, client_profile, check_in
):
    answers = {"what_happened": "x"}
    for outsider in (other_clinician.user, former_clinician.user, client_profile.user):
        with pytest.raises(PermissionDenied):
            response_save_draft(assignment=check_in, user=outsider, answers=answers, version=0, in_session=True)
    with pytest.raises(PermissionDenied):  # outside a session, only the client answers (unchanged)
        response_save_draft(assignment=check_in, user=clinician.user, answers=answers, version=0)
    with pytest.raises(PermissionDenied):
        response_submit(assignment=check_in, user=clinician.user, answers=EXAMPLES["feelings-check-in"], version=0)
    clinician.user.is_active = False
    with pytest.raises(PermissionDenied):
        response_save_draft(assignment=check_in, user=clinician.user, answers=answers, version=0, in_session=True)
    assert not ResponseRevision.objects.exists()


# --- Drafts and conflicts ------------------------------------------------------------------------


def test_a_draft_saved_in_session_is_the_clinicians(signed_in, clinician, check_in):
    response = signed_in.post(url("in_session", check_in), START | {"version": "0", "action": "save"})

    assert response.status_code == 302 and response["Location"] == url("in_session", check_in)
    assert stored(check_in) == ({"what_happened": "She said no on Sunday.", "intensity": 7}, 1)
    assert check_in.status == S.IN_PROGRESS and not check_in.completed_in_session
    assert authors(check_in) == [("draft", clinician.user.pk)]
    page = signed_in.get(url("in_session", check_in)).content.decode()
    assert "She said no on Sunday.</textarea>" in page and 'name="version" value="1"' in page
    assert "You, in session" in page  # who saved it


def test_autosave_in_session_answers_with_the_new_version(signed_in, clinician, check_in):
    response = signed_in.post(url("in_session_autosave", check_in), START | {"version": "0"})

    assert response.status_code == 200
    assert response.json()["version"] == 1 and ":" in response.json()["saved_at"]
    again = signed_in.post(url("in_session_autosave", check_in), START | {"version": "1"})
    assert again.json() | {"saved_at": ""} == {"version": 1, "saved_at": "", "unchanged": True}
    assert authors(check_in) == [("draft", clinician.user.pk)]


def test_a_save_on_the_clients_phone_meanwhile_is_a_conflict_not_an_overwrite(signed_in, check_in):
    drafted(check_in, {"what_happened": "From my phone"})

    plain = signed_in.post(url("in_session", check_in), {"a:what_happened": "On the shared screen", "version": "0"})
    scripted = signed_in.post(url("in_session_autosave", check_in), {"a:what_happened": "Typed", "version": "0"})

    assert plain.status_code == 409
    page = plain.content.decode()
    assert "From my phone" in page and "On the shared screen" in page and "In session with Alex" in page
    assert f'action="{url("in_session_resolve", check_in)}"' in page
    assert scripted.status_code == 409
    body = scripted.json()
    assert body["conflict"] is True and body["version"] == 1
    assert "From my phone" in body["html"] and url("in_session_resolve", check_in) in body["html"]
    assert stored(check_in) == ({"what_happened": "From my phone"}, 1)


def test_choosing_after_a_conflict_in_session_keeps_both_versions(signed_in, clinician, client_profile, check_in):
    drafted(check_in, {"what_happened": "Phone"})
    mine = {"what_happened": "Screen", "intensity": 4}

    response = signed_in.post(
        url("in_session_resolve", check_in),
        {"mine": json.dumps(mine), "version": "1", "pick:what_happened": "theirs"},
    )

    assert response.status_code == 302 and response["Location"] == url("in_session", check_in)
    assert stored(check_in) == ({"what_happened": "Phone", "intensity": 4}, 3)
    assert authors(check_in) == [
        ("draft", client_profile.user.pk),
        ("draft", clinician.user.pk),  # this screen's version, kept in the history
        ("draft", clinician.user.pk),
    ]


@pytest.mark.parametrize("mine", ["", "not json", "[1, 2]", json.dumps({"nope": 1})])
def test_a_broken_resolution_never_fails_badly(signed_in, check_in, mine):
    response = signed_in.post(url("in_session_resolve", check_in), {"mine": mine, "version": "0"})

    assert response.status_code in (302, 409)


# --- Sending -------------------------------------------------------------------------------------


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


# --- Entry points and labels -----------------------------------------------------------------


def test_the_assignment_page_offers_to_fill_in_together_only_while_open(signed_in, clinician, check_in):
    link = f'href="{url("in_session", check_in)}"'
    assert link in signed_in.get(url("assignment", check_in)).content.decode()

    submitted(check_in, by=clinician.user, in_session=True)

    page = signed_in.get(url("assignment", check_in)).content.decode()
    assert link not in page
    assert "Completed in session" in page and "Filled in together with Alex in a session" in page


def test_starting_an_exercise_together_gives_it_due_now_and_opens_it(signed_in, clinician, client_profile, template):
    before = timezone.now()

    response = signed_in.post(
        reverse("clinicians:in_session_start", args=[client_profile.pk]), {"template": template("acceptance").pk}
    )

    [given] = Assignment.objects.filter(client=client_profile)
    assert response.status_code == 302 and response["Location"] == url("in_session", given)
    assert given.assigned_by == clinician and given.status == S.ASSIGNED
    assert before <= given.due_at <= timezone.now()
    assert given.template_version == template("acceptance").current_version


@pytest.mark.parametrize("chosen", ["", "999999", "pathway"])
def test_starting_together_without_a_usable_exercise_is_a_form_error(signed_in, client_profile, library, chosen):
    response = signed_in.post(reverse("clinicians:in_session_start", args=[client_profile.pk]), {"template": chosen})

    assert response.status_code == 400
    assert "Choose" in response.content.decode()
    assert response.context["start_form"].errors
    assert not Assignment.objects.exists()


def test_the_client_page_offers_to_start_together_and_to_fill_open_work_in_together(
    signed_in, client_profile, check_in
):
    page = signed_in.get(reverse("clinicians:client_detail", args=[client_profile.pk])).content.decode()

    assert reverse("clinicians:in_session_start", args=[client_profile.pk]) in page
    assert f'href="{url("in_session", check_in)}"' in page


def test_completed_in_session_skips_the_queue_and_shows_in_the_timeline_and_session_prep(
    signed_in, clinician, client_profile, give
):
    together, alone = give("feelings-check-in"), give("acceptance")
    submitted(together, by=clinician.user, in_session=True)
    submitted(alone)

    queue = signed_in.get(reverse("clinicians:review_queue"))
    timeline = signed_in.get(reverse("clinicians:client_detail", args=[client_profile.pk])).content.decode()
    prep = signed_in.get(reverse("clinicians:session_prep", args=[client_profile.pk])).content.decode()

    entries = {entry.first.pk: entry.in_session for entry in queue.context["queue"]}
    assert entries == {alone.pk: 0}  # the one done together was reviewed as it was sent
    assert queue.content.decode().count("Completed in session") == 0
    assert timeline.count("Completed in session") == 1
    assert prep.count("Completed in session") == 1


def test_the_client_sees_it_was_completed_in_session(client, clinician, client_profile, check_in):
    submitted(check_in, by=clinician.user, in_session=True)
    comment_add(assignment=check_in, author=clinician.user, body="Good work today.")
    client.force_login(client_profile.user)

    today = client.get(reverse("clients:today")).content.decode()
    read_only = client.get(reverse("clients:assignment", args=[check_in.pk])).content.decode()

    assert "Completed in session" in today
    assert "Completed in session" in read_only and "together with your clinician" in read_only
    assert "You've sent this to your clinician" not in read_only


# --- Query counts ---------------------------------------------------------------------------------


def test_the_in_session_page_costs_the_same_with_few_or_many_comments_and_saves(
    signed_in, clinician, client_profile, give, django_assert_num_queries
):
    goals = give("growth-goals")
    path = url("in_session", goals)
    comment_add(assignment=goals, author=clinician.user, body="Start small", link_id="goals")
    drafted(goals, {"goals": [{"goal": "One"}]})

    # 1 session, 2 user, 3 the clinician's time zone with the menu's counts, 4 the assignment (template,
    # response, client, assigner), 5 its comments, 6 its proposals, 7 the latest saves, 8 the practice
    with django_assert_num_queries(8):
        assert signed_in.get(path).status_code == 200

    for n in range(1, 25):
        comment_add(assignment=goals, author=client_profile.user if n % 2 else clinician.user, body=f"Note {n}")
        answers = {"goals": [{"goal": f"Goal {row}", "further_steps": ["a", "b"]} for row in range(n % 3 + 1)]}
        user, in_session = (clinician.user, True) if n % 2 else (client_profile.user, False)
        drafted(goals, answers, by=user, in_session=in_session)

    with django_assert_num_queries(8):
        response = signed_in.get(path)
    assert response.context["page"].save_count == 25 and len(response.context["page"].saves) == 6
    assert len(response.context["page"].comments) == 25
