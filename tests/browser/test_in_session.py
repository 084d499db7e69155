"""In-session mode in a real browser (Debian's Chromium) on a 1280-wide shared screen: the clinician
starts an exercise together from the client page, the form autosaves as in the portal, and sending it
records it as completed in session; and a proposed next step sent at another time. axe-core and the
fit check on each page; a screenshot of the form goes to /tmp/dash-shots/in-session.png (DASH_SHOTS
to change the folder)."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.browser import pages

pytestmark = pytest.mark.slow

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SHOTS = Path(os.environ.get("DASH_SHOTS", "/tmp/dash-shots"))


@pytest.fixture
def world(transactional_db, library):
    """A practice with the built-in library, Dr Ana and her client Alex Moreno."""
    from tests.factories import ClinicianFactory, PracticeFactory, client_of

    practice = PracticeFactory(name="Harbour Practice")
    clinician = ClinicianFactory(
        user__practice=practice, user__display_name="Dr Ana Reyes", user__email="ana@example.test"
    )
    client = client_of(clinician, display_name="Alex Moreno", email="alex@example.test")
    return {"clinician": clinician, "client": client}


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport=DESKTOP, locale="en-GB", timezone_id="Europe/London")
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def sign_in(page, live_server, email: str) -> None:
    from tests.factories import PASSWORD

    page.goto(live_server.url + reverse("account_login"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_login"))


def test_filling_in_a_phq9_together_on_a_shared_screen(world, live_server, desktop, axe_source):
    from assignments.models import Assignment, ResponseRevision, RiskAlert

    page = desktop
    sign_in(page, live_server, "ana@example.test")
    page.goto(live_server.url + reverse("clinicians:client_detail", args=[world["client"].pk]))

    page.get_by_label("Exercise to do together").select_option(label="PHQ-9 (mood)")
    page.get_by_role("button", name="Start together").click()
    page.get_by_text("In session with Alex", exact=True).wait_for()
    assignment = Assignment.objects.get(client=world["client"])
    assert urlsplit(page.url).path == reverse("clinicians:in_session", args=[assignment.pk])

    # The first answer autosaves, as in the portal, and the save is the clinician's.
    page.locator('[id="q:phq9_1"]').get_by_text("Several days").click()
    page.locator("[data-autosave-status][data-state=saved]").wait_for()
    assert ResponseRevision.objects.get().author_id == world["clinician"].user_id
    pages.assert_fits_and_is_accessible(page, axe_source)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "in-session.png"), full_page=True)
    page.set_viewport_size(PHONE)  # a clinician's tablet or phone: still fits
    pages.assert_fits_and_is_accessible(page, axe_source)
    page.set_viewport_size(DESKTOP)

    for number in range(2, 10):
        page.locator(f'[id="q:phq9_{number}"]').get_by_text("Not at all").click()
    page.locator('[id="q:phq9_difficulty"]').get_by_text("Somewhat difficult").click()
    page.get_by_role("button", name="Send, completed in session").click()
    page.get_by_role("heading", name="Completed in session").wait_for()
    pages.check_page(page, axe_source, "in-session-done", shots=SHOTS)

    assignment.refresh_from_db()
    assert assignment.status == "reviewed" and assignment.completed_in_session  # gone through together
    assert assignment.response.score_total == 1
    assert not RiskAlert.objects.exists()


def test_sending_a_proposed_step_at_another_time(world, live_server, desktop, axe_source):
    from assignments.models import PathwayProposal
    from assignments.pathway import pathway_start
    from tests.factories import submitted

    _, first = pathway_start(
        clinician_user=world["clinician"].user,
        client=world["client"],
        start_at=timezone.now() + datetime.timedelta(hours=1),
    )
    check_in = next(a for a in first if a.pathway_step == "feelings-check-in")
    submitted(check_in)
    page = desktop
    sign_in(page, live_server, "ana@example.test")
    page.goto(live_server.url + reverse("clinicians:client_detail", args=[world["client"].pk]))

    # A plain form post: no script is involved (the browser runs one only for axe-core).
    steps = page.get_by_role("region", name="Proposed next step")
    steps.get_by_text("Send at another time").click()
    steps.get_by_label("Due date").fill("2001-01-01")
    steps.get_by_role("button", name="Send at this time").click()
    page.get_by_text("Choose a due date and time in the future.").wait_for()
    pages.check_page(page, axe_source, "proposal-send-at-errors", shots=SHOTS)
    assert PathwayProposal.objects.get().status == "proposed"

    day = timezone.localdate() + datetime.timedelta(days=6)
    steps.get_by_label("Due date").fill(day.isoformat())
    steps.get_by_label("Due time").fill("09:15")
    steps.get_by_role("button", name="Send at this time").click()
    page.get_by_text("Sent. It is on the client's list now").wait_for()
    proposal = PathwayProposal.objects.get()
    assert proposal.status == "sent"
    local = proposal.created_assignment.due_at.astimezone(ZoneInfo("Europe/London"))  # Alex's zone
    assert (local.date(), local.hour, local.minute) == (day, 9, 15)
