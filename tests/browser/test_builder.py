"""The template builder in a real browser (Debian's Chromium), as the issue's "done when" reads: a practice admin
writes a new exercise with a condition and a repeating list, sees it in the live preview and on a phone, publishes
it; a clinician gives it to a client, who fills it in on a phone; the clinician reads the answers in the review
queue; the admin publishes a second version, and the first client's homework keeps the first. Autosave, the
conflict view, reordering with the keyboard and axe-core on every page on the way. Screenshots go to
/tmp/builder-shots/ (BUILDER_SHOTS to change it)."""

import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.browser import pages

pytestmark = pytest.mark.slow

WIDE = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
SHOTS = Path(os.environ.get("BUILDER_SHOTS", "/tmp/builder-shots"))


@pytest.fixture
def world(transactional_db, library):
    from accounts.models import User
    from tests.factories import ClinicianFactory, PracticeFactory, UserFactory, client_of

    practice = PracticeFactory(name="Harbour Practice")
    admin = UserFactory(practice=practice, role=User.Role.ADMIN, display_name="Priti", email="priti@example.test")
    clinician = ClinicianFactory(user__practice=practice, user__display_name="Dr Ana Reyes", user__email="ana@x.test")
    client = client_of(clinician, display_name="Alex", email="alex@example.test")
    return {"practice": practice, "admin": admin, "clinician": clinician, "client": client}


def new_page(browser, viewport=WIDE, **options):
    context = browser.new_context(viewport=viewport, locale="en-GB", timezone_id="Europe/London", **options)
    context.set_default_timeout(15_000)
    return context.new_page()


def sign_in(page, live_server, email: str) -> None:
    from tests.factories import PASSWORD

    page.goto(live_server.url + reverse("account_login"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_login"))


def check_page(page, axe_source: str, name: str) -> None:
    pages.check_page(page, axe_source, name, shots=SHOTS)


def add_item(page, kind: str, text: str, *, required: bool = False) -> None:
    form = page.locator("form", has=page.get_by_role("button", name="Add it"))
    form.get_by_label("What kind of answer").select_option(label=kind)
    form.get_by_label("Question, heading or text to read").fill(text)
    if required:
        form.get_by_label("The client must answer it").check()
    form.get_by_role("button", name="Add it").click()
    page.get_by_text("Saved.", exact=True).first.wait_for()


def until(holds, seconds: float = 10) -> None:
    """Wait for something the browser does to reach the database (an autosave)."""
    deadline = time.monotonic() + seconds
    while not holds():
        assert time.monotonic() < deadline, "the browser's change did not reach the database in time"
        time.sleep(0.1)


def draft(template):
    return template.versions.get(status="draft")


def test_a_practice_admin_builds_an_exercise_that_a_client_fills_in_and_versions_it(
    world, live_server, browser, axe_source
):
    from assignments.models import Assignment, Template

    admin = new_page(browser)
    sign_in(admin, live_server, "priti@example.test")
    admin.get_by_role("link", name="Library").first.click()
    admin.get_by_role("link", name="Write a new exercise").click()
    admin.get_by_label("Title").fill("Who is on my side")
    admin.get_by_label("What it is for").fill("Noticing the people who support the client after a rejection.")
    admin.get_by_role("button", name="Start writing").click()
    admin.get_by_role("heading", name="Writing “Who is on my side”").wait_for()
    template = Template.objects.get(practice=world["practice"], slug="who-is-on-my-side")
    edit = admin.url

    add_item(admin, "Yes or no", "Did someone support you this week?", required=True)
    add_item(admin, "A list of short answers", "What did they do?")
    admin.locator("#item-first").get_by_role("button", name=re.compile("^Remove")).click()
    admin.get_by_text("Saved.", exact=True).first.wait_for()

    # Reordering with the keyboard alone: Alt and an arrow key on an item, and the focus stays with it.
    admin.locator("#item-did_someone_support_you_this_week").get_by_role("link", name=re.compile("^Change")).focus()
    admin.keyboard.press("Alt+ArrowDown")
    admin.wait_for_url(re.compile(r"moved=did_someone_support_you_this_week"))
    admin.get_by_text("Moved: now item 2 of 2.").wait_for()
    assert [i["linkId"] for i in draft(template).items] == ["what_did_they_do", "did_someone_support_you_this_week"]
    admin.keyboard.press("Alt+ArrowUp")
    admin.get_by_text("Moved: now item 1 of 2.").wait_for()
    assert draft(template).items[0]["linkId"] == "did_someone_support_you_this_week"

    # Dragged: onto the top half of an item puts it just before that item.
    first, second = admin.locator("#item-did_someone_support_you_this_week"), admin.locator("#item-what_did_they_do")
    second.drag_to(first, target_position={"x": 40, "y": 4})
    admin.wait_for_url(re.compile(r"moved=what_did_they_do"))
    until(lambda: draft(template).items[0]["linkId"] == "what_did_they_do")
    admin.locator("#item-did_someone_support_you_this_week").drag_to(
        admin.locator("#item-what_did_they_do"), target_position={"x": 40, "y": 4}
    )
    until(lambda: draft(template).items[0]["linkId"] == "did_someone_support_you_this_week")

    # The list is shown only when the first answer is yes: set from menus, read back in words.
    listed = admin.locator("#item-what_did_they_do")
    listed.get_by_text("Show this only when…").click()
    listed.get_by_label("the answer to").select_option(label="Did someone support you this week?")
    listed.get_by_label("the answer, in words").fill("yes")
    listed.get_by_role("button", name=re.compile("^Set it")).click()
    admin.get_by_text("Shown only if the client answered “Yes” to “Did someone support you this week?”.").wait_for()

    # The introduction saves as it is typed; the preview beside the editor shows it without a click.
    admin.get_by_label("What the client reads first").fill("Three minutes about the people on your side.")
    until(lambda: draft(template).introduction == "Three minutes about the people on your side.")
    preview = admin.frame_locator("[data-preview]")
    preview.get_by_text("Three minutes about the people on your side.").wait_for()
    preview.get_by_text("Did someone support you this week?", exact=True).wait_for()
    check_page(admin, axe_source, "builder-editing")

    # Another tab saves first: this one is told, keeps its words, and may save them on top.
    other = admin.context.new_page()
    other.goto(edit)
    other.get_by_label("What the client reads first").fill("Words from the other tab.")
    until(lambda: draft(template).introduction == "Words from the other tab.")
    admin.get_by_label("What the client reads first").fill("Three minutes about the people on your side, kindly.")
    admin.get_by_role("alert").filter(has_text="saved elsewhere").wait_for()
    assert draft(template).introduction == "Words from the other tab."
    admin.get_by_role("button", name="Save mine on top of it").click()
    until(lambda: draft(template).introduction == "Three minutes about the people on your side, kindly.")
    other.close()

    # On a phone, exactly as the client will see it; then published.
    phone = new_page(browser, PHONE, storage_state=admin.context.storage_state())
    phone.goto(live_server.url + reverse("library:preview", args=[template.slug]))
    assert phone.get_by_role("group", name=re.compile("What did they do")).is_hidden()
    phone.get_by_role("group", name=re.compile("Did someone support you")).get_by_label("Yes").check()
    phone.get_by_role("group", name=re.compile("What did they do")).wait_for()
    check_page(phone, axe_source, "builder-preview")
    phone.context.close()
    admin.reload()
    admin.get_by_role("button", name="Publish version 1").click()
    admin.get_by_text("Published as version 1.").wait_for()

    # Dr Ana gives it to Alex, who fills it in on a phone.
    ana = new_page(browser)
    sign_in(ana, live_server, "ana@x.test")
    ana.goto(live_server.url + reverse("clinicians:client_assign", args=[world["client"].pk]))
    ana.get_by_label("What to give").select_option(label="Who is on my side")
    ana.get_by_role("button", name="Give to Alex").click()
    ana.get_by_text(re.compile("Who is on my side given to Alex")).wait_for()
    assignment = Assignment.objects.get(client=world["client"], template_version__template=template)

    alex = new_page(browser, PHONE)
    sign_in(alex, live_server, "alex@example.test")
    alex.goto(live_server.url + reverse("clients:assignment", args=[assignment.pk]))
    support = alex.get_by_role("group", name=re.compile("Did someone support you"))
    things = alex.get_by_role("group", name=re.compile("What did they do"))
    assert things.is_hidden()
    support.get_by_label("Yes").check()
    things.get_by_role("textbox").first.fill("Sam called me every evening")
    things.get_by_role("button", name=re.compile("Add another")).click()
    things.get_by_role("textbox").nth(1).fill("My sister came round")
    check_page(alex, axe_source, "builder-client-filling-in")
    alex.get_by_role("button", name="Submit").click()
    alex.wait_for_url(re.compile(r"/done/$"))
    alex.context.close()

    # Dr Ana reads the answers in the review queue.
    ana.goto(live_server.url + reverse("clinicians:review_queue"))
    ana.get_by_role("link", name="Who is on my side from Alex").click()
    ana.get_by_text("Sam called me every evening").wait_for()
    ana.get_by_text("My sister came round").wait_for()
    check_page(ana, axe_source, "builder-review")
    ana.context.close()

    # A second version: the first client's homework keeps the first.
    admin.goto(edit)
    admin.locator("#item-did_someone_support_you_this_week").get_by_role("link", name=re.compile("^Change")).click()
    admin.get_by_label("Question, heading or text to read").fill("Did anyone support you this week?")
    admin.get_by_role("button", name="Save this item").click()
    admin.get_by_text("Saved.", exact=True).first.wait_for()
    admin.get_by_role("button", name="Publish version 2").click()
    admin.get_by_text("Published as version 2.").wait_for()
    check_page(admin, axe_source, "builder-published-v2")
    admin.context.close()

    assignment.refresh_from_db()
    template.refresh_from_db()
    assert assignment.template_version.number == 1 and template.current_version.number == 2
    assert assignment.template_version.items[0]["text"] == "Did someone support you this week?"
    assert template.current_version.items[0]["text"] == "Did anyone support you this week?"


def test_the_builder_works_with_javascript_off(world, live_server, browser):
    from assignments.models import Template

    admin = new_page(browser, PHONE, java_script_enabled=False)
    sign_in(admin, live_server, "priti@example.test")
    admin.goto(live_server.url + reverse("library:new"))
    admin.get_by_label("Title").fill("People I could ask")
    admin.get_by_role("button", name="Start writing").click()
    add_item(admin, "A repeating group (one set of answers per row, e.g. per person)", "People I could ask")
    form = admin.locator("form", has=admin.get_by_role("button", name="Add it"))
    form.get_by_label("Where").select_option(label="Inside “People I could ask”")
    form.get_by_label("What kind of answer").select_option(label="A short answer")
    form.get_by_label("Question, heading or text to read").fill("Their name")
    form.get_by_role("button", name="Add it").click()
    admin.get_by_text("Saved.", exact=True).first.wait_for()
    template = Template.objects.get(practice=world["practice"], slug="people-i-could-ask")
    group = template.versions.get(status="draft").items[-1]
    assert [child["text"] for child in group["item"]][-1] == "Their name"

    # Every other kind the builder offers, added from the same form, and the preview shows each.
    from assignments.builder import KINDS

    for key, (label, _shape) in KINDS.items():
        if key in ("rows",):
            continue
        form.get_by_label("What kind of answer").select_option(label=label)
        form.get_by_label("Question, heading or text to read").fill(f"Item of kind {key}")
        if key in ("choice", "choices"):
            form.get_by_label("Options, one per line").fill("First\nSecond")
        form.get_by_role("button", name="Add it").click()
        admin.get_by_text("Saved.", exact=True).first.wait_for()
    added = [
        item["text"]
        for item in template.versions.get(status="draft").items
        if item.get("text", "").startswith("Item of kind")
    ]
    assert added == [f"Item of kind {key}" for key in KINDS if key != "rows"]
    admin.goto(live_server.url + reverse("library:preview", args=[template.slug]))
    for key in KINDS:
        if key != "rows":
            admin.get_by_text(re.compile(rf"^Item of kind {key}\b")).first.wait_for()
    pages.screenshot(admin, SHOTS, "builder-no-javascript")  # axe-core needs scripts: the same page is checked above
    admin.context.close()
