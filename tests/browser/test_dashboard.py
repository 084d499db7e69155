"""The clinician dashboard and the practice admin's pages in a real browser (Debian's Chromium):
the review cycle with a revision, a risky PHQ-9 at the top of the caseload, giving homework with
its live preview (and without JavaScript), and axe-core on every page at 1280 and 390 pixels wide.
The client's side is driven through the services. Screenshots of each page, on a desktop and a
phone, go to /tmp/dash-shots/ (DASH_SHOTS to change it)."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.browser import pages

pytestmark = pytest.mark.slow

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SHOTS = Path(os.environ.get("DASH_SHOTS", "/tmp/dash-shots"))
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-pass-2026")


@pytest.fixture
def world(transactional_db, library):
    """A practice with the built-in library, Dr Ana and her clients Alex, Bea and Zed."""
    from tests.factories import ClinicianFactory, PracticeFactory, client_of

    practice = PracticeFactory(name="Harbour Practice")
    clinician = ClinicianFactory(
        user__practice=practice, user__display_name="Dr Ana Reyes", user__email="ana@example.test"
    )
    clients = {
        name: client_of(clinician, display_name=name, email=f"{name.lower()}@example.test")
        for name in ("Alex", "Bea", "Zed")
    }
    return {"practice": practice, "clinician": clinician, **clients}


def give(world, slug: str, client: str = "Alex", **options):
    from assignments.models import Template
    from assignments.services import assignment_create

    options.setdefault("due_at", timezone.now() + datetime.timedelta(hours=5))
    return assignment_create(
        clinician_user=world["clinician"].user,
        client=world[client],
        template=Template.objects.get(practice__isnull=True, slug=slug),
        **options,
    )[0]


def new_page(browser, viewport=DESKTOP, **options):
    context = browser.new_context(viewport=viewport, locale="en-GB", timezone_id="Europe/London", **options)
    context.set_default_timeout(15_000)
    return context.new_page()


def sign_in(page, live_server, email: str, password: str | None = None) -> None:
    from tests.factories import PASSWORD

    page.goto(live_server.url + reverse("account_login"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password or PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_login"))


def check_page(page, axe_source: str, name: str) -> int:
    return pages.check_page(page, axe_source, name, shots=SHOTS)


def shoot(page, name: str) -> None:
    pages.screenshot(page, SHOTS, name)


# --- 1. Review, revision, review again -------------------------------------------------------------


def test_the_clinician_reviews_asks_for_a_revision_and_marks_the_resubmission_reviewed(
    world, live_server, browser, axe_source
):
    from assignments.library import EXAMPLES
    from assignments.models import Assignment, Comment
    from tests.factories import submitted

    acceptance = give(world, "acceptance")
    submitted(acceptance)
    page = new_page(browser)
    sign_in(page, live_server, "ana@example.test")

    page.get_by_role("link", name="Review").first.click()
    page.wait_for_url(lambda url: urlsplit(url).path == reverse("clinicians:review_queue"))
    check_page(page, axe_source, "flow-review-queue")
    page.get_by_role("link", name="Acceptance from Alex").click()
    page.get_by_role("heading", name="The client's answers").wait_for()
    assert page.get_by_text("Needing an explanation").is_visible()

    # A comment on one answer, then the whole: asking for a revision.
    page.locator("#item-keeping summary").click()
    page.locator("#comment-keeping").fill("These are good lessons.")
    page.locator("#item-keeping").get_by_role("button", name="Add comment").click()
    page.locator("#item-keeping .note__body", has_text="These are good lessons.").wait_for()
    page.get_by_label("Comment for the client").fill("Could you add one more thing you are keeping?")
    page.get_by_role("button", name="Ask for a revision").click()
    page.get_by_text("sent back for a revision").wait_for()
    assert page.locator(".status").first.inner_text() == "Revision requested"
    check_page(page, axe_source, "flow-revision-requested")
    acceptance.refresh_from_db()
    assert acceptance.status == "revision_requested"
    assert list(Comment.objects.filter(assignment=acceptance).values_list("link_id", "body")) == [
        ("keeping", "These are good lessons."),
        ("", "Could you add one more thing you are keeping?"),
    ]

    # The client revises and sends it again.
    revised = EXAMPLES["acceptance"] | {"keeping": [*EXAMPLES["acceptance"]["keeping"], "Friends who answer"]}
    submitted(acceptance, revised)

    page.get_by_role("link", name="Review").first.click()
    entry = page.locator(".queue__item", has_text="Acceptance")
    entry.get_by_text("Revised").wait_for()
    entry.get_by_role("link").click()
    changes = page.get_by_role("region", name="What changed in the revision")
    changes.get_by_text("Friends who answer").wait_for()
    assert page.locator("#item-keeping .tag--changed").is_visible()
    check_page(page, axe_source, "flow-resubmitted")
    page.get_by_role("button", name="Mark reviewed").click()
    page.get_by_text("marked reviewed").wait_for()
    assert Assignment.objects.get(pk=acceptance.pk).status == "reviewed"

    page.get_by_role("link", name="Review").first.click()
    page.get_by_text("Nothing waiting for review.").wait_for()
    page.context.close()


# --- 2. A risky PHQ-9 puts the client at the top of the caseload -----------------------------------


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_risky_phq9_puts_the_alert_first_on_the_caseload(world, live_server, browser, axe_source, viewport):
    from assignments.library import EXAMPLES
    from assignments.models import RiskAlert
    from tests.factories import submitted

    submitted(give(world, "phq-9", "Bea"))
    submission = submitted(give(world, "phq-9", "Zed"), EXAMPLES["phq-9"] | {"phq9_9": "2"})
    assert submission.raised_risk
    page = new_page(browser, viewport)
    sign_in(page, live_server, "ana@example.test")

    page.goto(live_server.url + reverse("clinicians:caseload") + "?sort=name")
    first_row = page.locator("tbody tr").first
    assert first_row.get_by_role("rowheader").inner_text().startswith("Zed")
    assert first_row.get_by_text("1 open alert").is_visible()
    assert page.get_by_role("link", name="Alerts (1 open)").is_visible()
    check_page(page, axe_source, "flow-caseload-alert-first")

    first_row.get_by_role("link", name="1 open alert").click()
    alert = page.locator(".alert-card", has_text="Zed")
    assert "More than half the days" in alert.locator("mark").inner_text()
    check_page(page, axe_source, "flow-alert")
    alert.get_by_label("What you did").fill("Phoned Zed; agreed a safety plan.")
    alert.get_by_role("button", name="Acknowledge").click()
    page.get_by_text("No open alerts.").wait_for()
    assert RiskAlert.objects.get().acknowledgement_note == "Phoned Zed; agreed a safety plan."
    page.goto(live_server.url + reverse("clinicians:caseload") + "?sort=name")
    assert page.locator("tbody tr").first.get_by_role("rowheader").inner_text().startswith("Alex")
    page.context.close()


# --- 3. Giving homework, with the preview ----------------------------------------------------------


def test_giving_homework_with_a_live_preview(world, live_server, browser, axe_source):
    from assignments.models import Assignment

    page = new_page(browser)
    sign_in(page, live_server, "ana@example.test")
    page.goto(live_server.url + reverse("clinicians:client_assign", args=[world["Alex"].pk]))

    page.get_by_label("What to give").select_option(label="Boundary plan")
    preview = page.locator("#preview-body")
    preview.get_by_role("heading", name="Boundary plan").wait_for()  # swapped in by htmx, no reload
    page.get_by_label("Instructions for the client").fill("About muting the group chat.")
    preview.get_by_text("About muting the group chat.").wait_for()
    page.get_by_label("Every week").check()
    page.get_by_label("How many times").fill("3")
    page.get_by_label("Every week").dispatch_event("change")
    preview.get_by_text("every week, 3 times in all").wait_for()
    check_page(page, axe_source, "flow-give-homework")

    page.get_by_role("button", name="Give to Alex").click()
    page.get_by_text("Boundary plan given to Alex, 3 times.").wait_for()
    assert Assignment.objects.filter(client=world["Alex"], series__isnull=False).count() == 3
    page.context.close()


def test_giving_homework_works_without_javascript(world, live_server, browser):
    from assignments.models import Assignment

    page = new_page(browser, PHONE, java_script_enabled=False)
    sign_in(page, live_server, "ana@example.test")
    page.goto(live_server.url + reverse("clinicians:client_assign", args=[world["Bea"].pk]))

    page.get_by_label("What to give").select_option(label="Acceptance")
    page.get_by_role("button", name="Update the preview").click()
    page.locator("#preview-body").get_by_role("heading", name="Acceptance").wait_for()
    page.get_by_label("Due date").fill("2000-01-01")
    page.get_by_role("button", name="Give to Bea").click()
    page.get_by_text("Choose a due date and time in the future.").wait_for()
    assert page.get_by_label("What to give").input_value() != ""  # what was typed is kept

    page.get_by_label("Due date").fill((timezone.localdate() + datetime.timedelta(days=3)).isoformat())
    page.get_by_role("button", name="Give to Bea").click()
    page.get_by_text("Acceptance given to Bea.").wait_for()
    assert Assignment.objects.filter(client=world["Bea"]).count() == 1
    page.context.close()


# --- 4. Every page, on a desktop and a phone, on the demo data ------------------------------------


def _clinician_pages() -> list[tuple[str, str]]:
    from assignments.models import Assignment, RiskAlert
    from clients.models import Client
    from clinicians.models import WeeklySummary

    alex = Client.objects.get(user__email="client@demo.test")
    summary = WeeklySummary.objects.get(clinician__user__email="clinician@demo.test")
    revised = Assignment.objects.get(client=alex, template_version__template__slug="acceptance")
    alert = RiskAlert.objects.filter(client=alex).first()
    return [
        ("caseload", reverse("clinicians:caseload")),
        ("caseload-at-risk", reverse("clinicians:caseload") + "?show=risk"),
        ("review-queue", reverse("clinicians:review_queue")),
        ("assignment-revised", reverse("clinicians:assignment", args=[revised.pk])),
        ("assignment-alert", reverse("clinicians:assignment", args=[alert.assignment_id])),
        ("alerts", reverse("clinicians:alerts")),
        ("client", reverse("clinicians:client_detail", args=[alex.pk])),
        (
            "client-new",
            reverse("clinicians:client_detail", args=[Client.objects.get(user__email="mateo@demo.test").pk]),
        ),
        ("give-homework", reverse("clinicians:client_assign", args=[alex.pk]) + "?template=&instructions="),
        ("session-prep", reverse("clinicians:session_prep", args=[alex.pk])),
        ("invite-client", reverse("clinicians:client_invite")),
        ("summaries", reverse("clinicians:summaries")),
        ("summary", reverse("clinicians:summary", args=[summary.pk])),
        ("settings", reverse("clinicians:settings")),
    ]


def _admin_pages() -> list[tuple[str, str]]:
    from clients.models import Client
    from clinicians.models import Clinician

    tom = Clinician.objects.get(user__email="clinician2@demo.test")
    robin = Client.objects.get(user__email="client2@demo.test")
    return [
        ("admin-clinicians", reverse("practices:clinicians")),
        ("admin-clients", reverse("practices:clients")),
        ("admin-deactivate", reverse("practices:clinician_deactivate", args=[tom.pk])),
        ("admin-hand-over", reverse("practices:client_handover", args=[robin.pk])),
        ("admin-settings", reverse("practices:settings")),
        ("admin-tasks", reverse("practices:tasks")),
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_clinician_page_is_accessible(demo, live_server, browser, axe_source, viewport):
    page = new_page(browser, viewport)
    sign_in(page, live_server, "clinician@demo.test", DEMO_PASSWORD)

    heights = {}
    for name, path in _clinician_pages():
        response = page.goto(live_server.url + path)
        assert response.ok, f"{path} answered {response.status}"
        heights[name] = check_page(page, axe_source, name)
    assert len(set(heights.values())) == 1, f"the header's height changes from page to page: {heights}"

    # Choosing a sort order re-sorts the caseload at once; the "Sort" button is there only without JavaScript.
    page.goto(live_server.url + reverse("clinicians:caseload") + "?show=overdue")
    assert not page.get_by_role("button", name="Sort", exact=True).is_visible()
    page.get_by_label("Sort by").select_option(label="Name")
    page.wait_for_url(lambda url: "sort=name" in url and "show=overdue" in url)
    assert page.get_by_label("Sort by").input_value() == "name"

    # The assign page with an exercise chosen (its preview), and a form sent back with errors.
    page.goto(live_server.url + reverse("clinicians:client_assign", args=[_client_pk("client@demo.test")]))
    page.get_by_label("What to give").select_option(label="Four questions")
    page.locator("#preview-body").get_by_role("heading", name="Four questions").wait_for()
    check_page(page, axe_source, "give-homework-preview")
    page.get_by_label("What to give").select_option(value="")
    page.get_by_role("button", name="Update the preview").click()  # no template: still fine
    page.get_by_label("Due date").fill("")
    page.get_by_role("button", name="Give to Alex").click()
    page.locator(".field__error").first.wait_for()
    check_page(page, axe_source, "give-homework-errors")
    page.context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_practice_admin_page_is_accessible(demo, live_server, browser, axe_source, viewport):
    page = new_page(browser, viewport)
    sign_in(page, live_server, "admin@demo.test", DEMO_PASSWORD)

    heights = {}
    for name, path in _admin_pages():
        response = page.goto(live_server.url + path)
        assert response.ok, f"{path} answered {response.status}"
        heights[name] = check_page(page, axe_source, name)
    assert len(set(heights.values())) == 1, f"the header's height changes from page to page: {heights}"

    page.goto(live_server.url + dict(_admin_pages())["admin-hand-over"])
    page.get_by_role("button", name="Hand over care").click()  # no clinician chosen
    page.locator(".field__error").first.wait_for()
    check_page(page, axe_source, "admin-hand-over-errors")
    page.context.close()


def test_deactivating_a_clinician_and_handing_over_their_client(demo, live_server, browser, axe_source):
    from clients.models import CareTeamMember

    page = new_page(browser)
    sign_in(page, live_server, "admin@demo.test", DEMO_PASSWORD)
    page.goto(live_server.url + reverse("practices:clinicians"))

    page.get_by_role("link", name="Deactivate Dr Tom Lindqvist").click()
    page.get_by_text("1 client will need a new clinician").wait_for()
    page.get_by_role("button", name="Deactivate Dr Tom Lindqvist").click()
    page.get_by_text("Dr Tom Lindqvist can no longer sign in. 1 client needs a new primary clinician.").wait_for()
    first_row = page.locator("tbody tr").first
    assert first_row.get_by_role("rowheader").inner_text().startswith("Robin")
    check_page(page, axe_source, "admin-clients-to-hand-over")

    first_row.get_by_role("link", name="Choose primary clinician for Robin").click()
    page.get_by_label("New primary clinician").select_option(label="Dr Maya Okafor")
    page.get_by_role("button", name="Hand over care").click()
    page.get_by_text("Dr Maya Okafor is now Robin's primary clinician.").wait_for()
    current = CareTeamMember.objects.get(client__user__email="client2@demo.test", ended_on__isnull=True)
    assert current.clinician.user.email == "clinician@demo.test"
    page.context.close()


def _client_pk(email: str) -> int:
    from clients.models import Client

    return Client.objects.get(user__email=email).pk


def test_the_preview_announces_itself_politely(world, live_server, browser):
    page = new_page(browser)
    sign_in(page, live_server, "ana@example.test")
    page.goto(live_server.url + reverse("clinicians:client_assign", args=[world["Alex"].pk]))

    page.get_by_label("What to give").select_option(label="GAD-7 (anxiety)")

    status = page.locator("#preview-status")
    status.get_by_text("Preview updated: GAD-7 (anxiety).").wait_for(state="attached")
    assert status.get_attribute("aria-live") == "polite"
    assert page.locator("#preview-body [hx-swap-oob]").count() == 0
    page.context.close()
