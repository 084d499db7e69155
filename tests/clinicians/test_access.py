"""Role × page × owner for every dashboard page: 403 for the wrong role, 404 for a client who is not
on the caller's caseload (exactly like a missing one), the sign-in page for anonymous visitors."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LIST_PAGES = [
    "clinicians:caseload",
    "clinicians:review_queue",
    "clinicians:alerts",
    "clinicians:summaries",
    "clinicians:settings",
]
CLIENT_PAGES = [
    "clinicians:client_detail",
    "clinicians:client_progress_pdf",
    "clinicians:client_assign",
    "clinicians:client_assign_preview",
    "clinicians:session_prep",
]
CLIENT_POSTS = ["clinicians:session_mark"]
ASSIGNMENT_PAGES = ["clinicians:assignment"]
ASSIGNMENT_POSTS = ["clinicians:assignment_comment", "clinicians:assignment_review", "clinicians:assignment_cancel"]


@pytest.fixture
def assignment(give, submit):
    assignment = give("acceptance")
    submit(assignment)
    return assignment


@pytest.mark.parametrize(("who", "expected"), [("clinician", 200), ("client", 403), ("admin", 403)])
@pytest.mark.parametrize("url_name", LIST_PAGES)
def test_list_pages_answer_only_to_clinicians(client, cast, who, expected, url_name):
    client.force_login(cast[who])

    assert client.get(reverse(url_name)).status_code == expected


@pytest.mark.parametrize("url_name", LIST_PAGES + CLIENT_PAGES + ASSIGNMENT_PAGES + ["clinicians:client_invite"])
def test_anonymous_visitors_are_sent_to_sign_in(client, client_profile, assignment, url_name):
    args = (
        []
        if url_name in [*LIST_PAGES, "clinicians:client_invite"]
        else [assignment.pk if url_name in ASSIGNMENT_PAGES else client_profile.pk]
    )

    response = client.get(reverse(url_name, args=args))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


OWNER_MATRIX = [
    ("clinician", 200),
    ("other_clinician", 404),
    ("foreign_clinician", 404),
    ("client", 403),
    ("other_client", 403),
    ("admin", 403),
]


@pytest.mark.parametrize(("who", "expected"), OWNER_MATRIX)
@pytest.mark.parametrize("url_name", CLIENT_PAGES)
def test_a_client_page_answers_only_to_their_clinicians(client, cast, client_profile, library, who, expected, url_name):
    client.force_login(cast[who])

    assert client.get(reverse(url_name, args=[client_profile.pk])).status_code == expected


@pytest.mark.parametrize(("who", "expected"), OWNER_MATRIX)
def test_an_assignment_answers_only_to_the_clients_clinicians(client, cast, assignment, who, expected):
    client.force_login(cast[who])

    assert client.get(reverse("clinicians:assignment", args=[assignment.pk])).status_code == expected


@pytest.mark.parametrize(("who", "expected"), [row for row in OWNER_MATRIX if row[0] != "clinician"])
@pytest.mark.parametrize("url_name", ASSIGNMENT_POSTS)
def test_nobody_else_can_act_on_an_assignment(client, cast, assignment, who, expected, url_name):
    client.force_login(cast[who])
    data = {"body": "Hello", "decision": "reviewed", "comment": ""}

    assert client.post(reverse(url_name, args=[assignment.pk]), data).status_code == expected
    assignment.refresh_from_db()
    assert assignment.status == "submitted"
    assert not assignment.comments.exists()


@pytest.mark.parametrize(("who", "expected"), [row for row in OWNER_MATRIX if row[0] != "clinician"])
def test_nobody_else_can_mark_a_session(client, cast, client_profile, who, expected):
    from clinicians.models import SessionHeld

    client.force_login(cast[who])

    assert client.post(reverse("clinicians:session_mark", args=[client_profile.pk])).status_code == expected
    assert not SessionHeld.objects.exists()


@pytest.mark.parametrize(("who", "expected"), [row for row in OWNER_MATRIX if row[0] != "clinician"])
def test_nobody_else_can_acknowledge_an_alert(client, cast, give, submit, risky_phq9, who, expected):
    submission = submit(give("phq-9"), risky_phq9)
    [alert] = submission.alerts
    client.force_login(cast[who])

    response = client.post(reverse("clinicians:alert_acknowledge", args=[alert.pk]), {f"alert-{alert.pk}-note": "x"})

    assert response.status_code == expected
    alert.refresh_from_db()
    assert alert.acknowledged_at is None


def test_a_clinician_cannot_acknowledge_another_clinicians_alert_on_a_shared_client(
    client, clinician, other_clinician, client_profile, give, submit, risky_phq9
):
    from clients.models import CareTeamMember

    CareTeamMember.objects.create(client=client_profile, clinician=other_clinician, is_primary=False)
    submission = submit(give("phq-9"), risky_phq9)
    mine = next(a for a in submission.alerts if a.clinician_id == clinician.pk)
    client.force_login(other_clinician.user)

    response = client.post(reverse("clinicians:alert_acknowledge", args=[mine.pk]))

    assert response.status_code == 404


@pytest.mark.parametrize(("who", "expected"), [row for row in OWNER_MATRIX if row[0] != "clinician"])
def test_nobody_else_can_send_or_dismiss_a_proposed_step(
    client, cast, clinician, client_profile, template, submit, who, expected
):
    import datetime

    from django.utils import timezone

    from assignments.models import PathwayProposal
    from assignments.pathway import pathway_start

    _, first = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    check_in = next(a for a in first if a.pathway_step == "feelings-check-in")
    submit(check_in)
    proposal = PathwayProposal.objects.get(after=check_in)
    client.force_login(cast[who])

    for url_name in ("clinicians:proposal_confirm", "clinicians:proposal_dismiss"):
        assert client.post(reverse(url_name, args=[client_profile.pk, proposal.pk])).status_code == expected
    proposal.refresh_from_db()
    assert proposal.status == "proposed"


def test_the_series_review_of_someone_elses_client_is_a_404(client, other_clinician, give, submit):
    habit = give("daily-habits", recurrence="daily", occurrences=3)
    submit(habit)
    client.force_login(other_clinician.user)

    assert client.post(reverse("clinicians:review_series", args=[habit.series_id])).status_code == 404


def test_get_is_not_allowed_on_actions(client, clinician, assignment):
    client.force_login(clinician.user)

    assert client.get(reverse("clinicians:assignment_review", args=[assignment.pk])).status_code == 405
    assert client.get(reverse("clinicians:assignment_comment", args=[assignment.pk])).status_code == 405


# Pages whose role × owner matrix lives in their own module (the module must name them).
MATRIX_ELSEWHERE = {
    "clinicians:summary": "tests/clinicians/weekly_summaries/test_pages.py",
    "clinicians:in_session": "tests/clinicians/in_session/test_access.py",
    "clinicians:in_session_autosave": "tests/clinicians/in_session/test_access.py",
    "clinicians:in_session_resolve": "tests/clinicians/in_session/test_access.py",
    "clinicians:in_session_done": "tests/clinicians/in_session/test_access.py",
    "clinicians:in_session_start": "tests/clinicians/in_session/test_access.py",
    "clinicians:client_invite": "tests/accounts/test_invitations.py",
    "clinicians:client_resend_invitation": "tests/test_access.py",
    "clinicians:client_contact": "tests/clinicians/test_contact_details.py",
}


def test_every_dashboard_address_has_an_access_matrix():
    from pathlib import Path

    from django.conf import settings
    from django.urls import get_resolver

    names = {
        f"clinicians:{name}"
        for name in get_resolver().namespace_dict["clinicians"][1].reverse_dict
        if isinstance(name, str)
    }
    here = Path(__file__).read_text()
    covered = {name for name in names if f'"{name}"' in here.split("# Pages whose role")[0]}
    for name, module in MATRIX_ELSEWHERE.items():
        assert name.split(":")[1] in (Path(settings.BASE_DIR) / module).read_text(), (name, module)
    assert names - covered - set(MATRIX_ELSEWHERE) == set()
