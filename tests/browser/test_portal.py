"""The client portal in a real browser (Debian's Chromium) on a 390×844 phone: filling in an exercise
a little at a time, a save from a second tab, crisis resources after a risky answer, keyboard-only
use, the form without JavaScript, and axe-core on every portal page. Screenshots of each page, on a
phone and a desktop, go to /tmp/portal-shots/ (PORTAL_SHOTS to change it)."""

import datetime
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.browser import pages

pytestmark = pytest.mark.slow

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SHOTS = Path(os.environ.get("PORTAL_SHOTS", "/tmp/portal-shots"))


@pytest.fixture
def world(transactional_db, library):
    """A practice with the built-in library, Dr Ana, and her client Alex (who signs in)."""
    from tests.factories import ClinicianFactory, PracticeFactory, client_of

    practice = PracticeFactory(name="Harbour Practice")
    clinician = ClinicianFactory(user__practice=practice, user__display_name="Dr Ana Reyes")
    client = client_of(clinician, display_name="Alex", email="alex@example.test")
    return {"practice": practice, "clinician": clinician, "client": client}


def give(world, slug: str, **options):
    from assignments.models import Template
    from assignments.services import assignment_create

    options.setdefault("due_at", timezone.now() + datetime.timedelta(hours=5))
    return assignment_create(
        clinician_user=world["clinician"].user,
        client=world["client"],
        template=Template.objects.get(practice__isnull=True, slug=slug),
        **options,
    )[0]


def new_page(browser, viewport=PHONE, **options):
    context = browser.new_context(viewport=viewport, locale="en-GB", timezone_id="Europe/London", **options)
    context.set_default_timeout(15_000)
    return context.new_page()


@pytest.fixture
def phone(browser):
    page = new_page(browser)
    yield page
    page.context.close()


def sign_in(page, live_server, email: str = "alex@example.test") -> None:
    from tests.factories import PASSWORD

    page.goto(live_server.url + reverse("account_login"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_login"))


def open_assignment(page, live_server, assignment) -> None:
    response = page.goto(live_server.url + reverse("clients:assignment", args=[assignment.pk]))
    assert response.ok


def check_page(page, axe_source: str, name: str) -> int:
    return pages.check_page(page, axe_source, name, shots=SHOTS)


def check_phone_and_desktop(page, axe_source: str, name: str) -> None:
    """check_page on this phone, then again on a desktop-sized window."""
    check_page(page, axe_source, name)
    phone = page.viewport_size
    page.set_viewport_size(DESKTOP)
    check_page(page, axe_source, name)
    page.set_viewport_size(phone)


def shoot(page, name: str) -> None:
    pages.screenshot(page, SHOTS, name)


def wait_saved(page) -> None:
    page.locator("[data-autosave-status][data-state=saved]").wait_for()


def stored(assignment):
    from assignments.models import Response

    response = Response.objects.get(assignment=assignment)
    return response.answers, response.version


def choice(page, question: str, option: str) -> None:
    page.get_by_role("group", name=question).get_by_label(option, exact=True).check()


# --- 1. A little at a time, a reload, and every word is still there ---------------------------


def test_validity_analysis_is_kept_through_a_reload_and_submitted(world, live_server, browser, axe_source):
    validity = give(world, "validity-analysis", instructions="Take your time with this one.")
    page = new_page(browser)
    sign_in(page, live_server)
    open_assignment(page, live_server, validity)
    check_phone_and_desktop(page, axe_source, "assignment-validity-analysis")

    choice(page, "What kind of rejection was this?", "Work or study")
    choice(page, "Do you know why it happened?", "Yes — they told me the reason")
    page.get_by_label("What reason did they give?").fill("They said I didn't give enough concrete exam")
    strengths = page.get_by_role("group", name=re.compile("What strengths do you bring"))
    strengths.get_by_role("textbox").first.fill("Ten years in the field")
    strengths.get_by_role("button", name=re.compile("Add another")).click()
    strengths.get_by_role("textbox").nth(1).fill("People come to me for advi")
    page.get_by_label(re.compile("What story have you been telling")).fill("I'm not leadership materi")
    page.get_by_label(re.compile("What story have you been telling")).blur()
    wait_saved(page)
    assert re.fullmatch(r"✓? ?Saved \d\d:\d\d|Saved \d\d:\d\d", page.locator("[data-autosave-status]").inner_text())

    page.reload()

    assert page.get_by_label("Work or study", exact=True).is_checked()
    assert page.get_by_label("Yes — they told me the reason").is_checked()
    assert (
        page.get_by_label("What reason did they give?").input_value() == "They said I didn't give enough concrete exam"
    )
    assert strengths.get_by_role("textbox").nth(0).input_value() == "Ten years in the field"
    assert strengths.get_by_role("textbox").nth(1).input_value() == "People come to me for advi"
    assert page.get_by_label(re.compile("What story")).input_value() == "I'm not leadership materi"

    # Typing and reloading at once: the last words are saved on the way out (or kept in the tab).
    page.get_by_label(re.compile("What story")).fill("I'm not leadership material and never will be.")
    page.reload()
    assert page.get_by_label(re.compile("What story")).input_value() == "I'm not leadership material and never will be."

    wants = page.get_by_role("group", name=re.compile("something you'd like to change"))
    assert wants.is_hidden()
    choice(page, "The reason is…", "Valid — there's some truth in it")
    assert wants.is_visible()
    choice(page, "The reason is…", "Unknown — I can't tell")
    assert wants.is_hidden()
    choice(page, "The reason is…", "Valid — there's some truth in it")
    wants.get_by_label("Yes, I'd like to work on this for me").check()
    fairness = page.get_by_role("group", name="How fair is that story to you?")
    fairness.locator("label", has_text=re.compile(r"^2$")).click()
    choice(page, "Does this feel like part of a repeating pattern in your life?", "I'm not sure")
    page.get_by_label(re.compile("How does it seem to repeat")).fill("I freeze in interviews.")
    check_page(page, axe_source, "assignment-validity-analysis-filled")

    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r"/done/$"))
    assert page.get_by_role("heading", name="Thank you, it's sent").is_visible()
    check_phone_and_desktop(page, axe_source, "done")

    answers, _ = stored(validity)
    assert answers["reason_stated"] == "They said I didn't give enough concrete exam"
    assert answers["strengths"] == ["Ten years in the field", "People come to me for advi"]
    assert answers["verdict"] == "valid" and answers["wants_to_change"] == "yes" and answers["story_fairness"] == 2
    page.context.close()


# --- 2. Another tab saved first ---------------------------------------------------------------------


def test_a_save_from_another_tab_offers_both_versions_and_loses_nothing(world, live_server, browser, axe_source):
    from assignments.models import ResponseRevision

    validity = give(world, "validity-analysis")
    first = new_page(browser)
    sign_in(first, live_server)
    second = first.context.new_page()
    open_assignment(first, live_server, validity)
    open_assignment(second, live_server, validity)

    second.get_by_label(re.compile("What story have you been telling")).fill("Written in the second tab")
    choice(second, "Does this feel like part of a repeating pattern in your life?", "Yes")
    wait_saved(second)
    first.get_by_label(re.compile("What story have you been telling")).fill("Written in the first tab")
    choice(first, "What kind of rejection was this?", "Romantic")

    conflict = first.get_by_role("region", name="Your answers were also changed somewhere else")
    conflict.wait_for()
    assert first.locator("#answers").is_hidden()
    assert conflict.get_by_text("Written in the first tab").is_visible()
    assert conflict.get_by_text("Written in the second tab").is_visible()
    check_phone_and_desktop(first, axe_source, "conflict")

    story = conflict.get_by_role("group", name=re.compile("What story have you been telling"))
    story.get_by_label(re.compile("Keep both")).check()
    conflict.get_by_role("group", name=re.compile("repeating pattern")).get_by_label(
        re.compile("saved elsewhere")
    ).check()
    conflict.get_by_role("button", name="Save my choices").click()
    first.wait_for_url(re.compile(r"/assignments/\d+/$"))

    assert first.get_by_label(re.compile("What story")).input_value() == (
        "Written in the first tab\n\nWritten in the second tab"
    )
    answers, _ = stored(validity)
    assert answers["rejection_kind"] == "romantic" and answers["pattern"] == "yes"
    history = [r.answers for r in ResponseRevision.objects.filter(response__assignment=validity)]
    assert any(h.get("self_story") == "Written in the first tab" for h in history)
    assert any(h.get("self_story") == "Written in the second tab" for h in history)
    first.context.close()


def test_autosave_says_when_it_is_offline_and_saves_when_back(world, live_server, browser):
    validity = give(world, "validity-analysis")
    page = new_page(browser)
    sign_in(page, live_server)
    open_assignment(page, live_server, validity)
    status = page.locator("[data-autosave-status]")

    page.context.set_offline(True)
    story = page.get_by_label(re.compile("What story have you been telling"))
    story.fill("Typed on the train")
    story.blur()
    page.locator("[data-autosave-status][data-state=offline]").wait_for()
    assert (
        status.inner_text() == "Offline – kept on this device, and saved when you're back online"
        and status.get_attribute("role") == "status"
    )

    page.context.set_offline(False)
    wait_saved(page)
    assert stored(validity)[0] == {"self_story": "Typed on the train"}
    page.context.close()


# --- 4. "Need help now?": the client's own safety plan first, then the crisis lines --------------------


def _with_plan(world):
    from tests.factories import submitted

    plan = give(world, "safety-plan")
    submitted(plan)
    return plan


def test_need_help_now_opens_the_clients_own_plan_even_offline(world, live_server, browser, axe_source):
    _with_plan(world)
    page = new_page(browser)
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("clients:today"))
    plan = page.locator("[data-safety-plan]")
    assert not plan.get_by_text("Biscuit, my dog").is_visible()  # folded away until asked for

    page.context.set_offline(True)  # the signal has gone: the plan is already in the page
    page.get_by_role("link", name="Need help now?").click()

    assert plan.get_by_text("Biscuit, my dog").is_visible()
    panel = page.get_by_role("region", name=re.compile("Start with your safety plan"))
    assert panel.evaluate("el => el === document.activeElement")
    plan_top = plan.bounding_box()["y"]
    lines_top = panel.locator(".crisis__lines").bounding_box()["y"]
    assert plan_top < lines_top  # their plan first, then the practice's lines
    assert plan.get_by_role("link", name="+44 20 7946 0456").get_attribute("href") == "tel:+442079460456"
    page.context.set_offline(False)
    check_page(page, axe_source, "need-help-now-with-plan")
    page.context.close()


def test_need_help_now_without_a_plan_shows_the_crisis_lines(world, live_server, browser, axe_source):
    page = new_page(browser)
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("clients:today"))

    page.get_by_role("link", name="Need help now?").click()

    panel = page.get_by_role("region", name="If you need help now")
    assert panel.get_by_role("link", name="116 123").is_visible()
    assert not page.locator("[data-safety-plan]").count()
    check_page(page, axe_source, "need-help-now-without-plan")
    page.context.close()


def test_the_safety_plan_prints_on_one_page(world, live_server, browser, axe_source, tmp_path):
    from pypdf import PdfReader

    _with_plan(world)
    page = new_page(browser)
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("clients:safety_plan"))
    check_phone_and_desktop(page, axe_source, "safety-plan")

    pdf = tmp_path / "plan.pdf"
    page.pdf(path=str(pdf), format="A4", margin={"top": "12mm", "bottom": "12mm", "left": "12mm", "right": "12mm"})
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    printed = reader.pages[0].extract_text()
    assert "Biscuit, my dog" in printed and "116 123" in printed
    assert "Sign out" not in printed and "Print my plan" not in printed
    page.context.close()


# --- 5. A risky answer: crisis resources at once ------------------------------------------------------


def test_phq9_with_item_9_above_zero_shows_crisis_resources(world, live_server, browser, axe_source):
    phq = give(world, "phq-9")
    page = new_page(browser)
    sign_in(page, live_server)
    open_assignment(page, live_server, phq)
    for group in page.get_by_role("group").all():
        options = group.get_by_role("radio")
        if options.count() == 4:
            options.nth(1 if "dead" in group.inner_text() else 0).check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r"/done/$"))

    crisis = page.get_by_role("region", name="You don't have to face this alone")
    assert crisis.is_visible()
    assert crisis.bounding_box()["y"] < 400  # at the top, without scrolling
    assert crisis.get_by_role("link", name="116 123").get_attribute("href") == "tel:116123"
    check_phone_and_desktop(page, axe_source, "done-with-crisis-resources")
    page.context.close()


# --- 5. Keyboard only --------------------------------------------------------------------------------


def test_a_short_form_can_be_completed_with_the_keyboard_alone(world, live_server, browser, axe_source):
    habits = give(world, "daily-habits")
    page = new_page(browser)
    sign_in(page, live_server)
    open_assignment(page, live_server, habits)

    ticked, scales, safety_answered, outline_seen = 0, 0, False, False
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                 const box = e.closest('.choice, .scale__step'); const b = box ? getComputedStyle(box) : s;
                 const label = e.type === 'radio' ? getComputedStyle(e.nextElementSibling) : null;
                 return {tag: e.tagName, type: e.type || '', name: e.name || '', value: e.value || '',
                         text: (e.innerText || '').trim(),
                         outline: [s.outlineStyle, b.outlineStyle, label && label.outlineStyle].includes('solid')}; }"""
        )
        outline_seen = outline_seen or focused["outline"]
        if focused["type"] == "checkbox" and focused["name"].startswith("a:") and ticked < 5:
            page.keyboard.press("Space")
            ticked += 1
        elif focused["type"] == "radio" and focused["name"] in ("a:mood", "a:rumination"):
            for _ in range(6 if focused["name"] == "a:mood" else 3):
                page.keyboard.press("ArrowRight")
            scales += 1
        elif focused["type"] == "radio" and focused["name"] == "a:daily_safety" and not safety_answered:
            assert focused["value"] == "no"  # the first of the choices takes the focus
            page.keyboard.press("Space")
            safety_answered = True
        elif focused["tag"] == "BUTTON" and focused["text"] == "Submit":
            assert ticked == 5 and scales == 2 and safety_answered
            page.keyboard.press("Enter")
            break
    else:
        pytest.fail("Tab never reached the Submit button")

    page.wait_for_url(re.compile(r"/done/$"))
    assert outline_seen, "focus was never visibly outlined"
    answers, _ = stored(habits)
    assert answers["mood"] == 6 and answers["rumination"] == 3 and answers["daily_safety"] == "no"
    assert sum(1 for value in answers.values() if value is True) == 5
    page.context.close()


# --- Without JavaScript ----------------------------------------------------------------------------------


def test_the_form_works_with_javascript_off(world, live_server, browser, axe_source):
    goals = give(world, "growth-goals")
    page = new_page(browser, java_script_enabled=False)
    sign_in(page, live_server)
    open_assignment(page, live_server, goals)

    page.get_by_label("What's the goal?").fill("Speak up once in each meeting")
    page.get_by_role("button", name=re.compile("Add another.*Your goals")).click()
    page.get_by_label("What's the goal?").nth(1).fill("Rest on Sundays")
    page.get_by_role("button", name="Submit").click()

    assert page.get_by_role("heading", name=re.compile("A few answers need another look")).is_visible()
    assert page.locator('[id="e:goals/0/why_it_matters"]').is_visible()
    shoot(page, "assignment-errors-without-javascript")
    page.get_by_label("Why does this matter to you?").first.fill("So my ideas are heard")
    page.get_by_label("What's one small first step?").first.fill("Prepare one point")
    page.get_by_label("Why does this matter to you?").nth(1).fill("I'm tired")
    page.get_by_label("What's one small first step?").nth(1).fill("No email on Sunday")
    page.get_by_label(re.compile("What's the goal")).nth(1).press("Enter")  # Enter saves the draft
    assert page.get_by_text(re.compile("Draft saved at")).is_visible()
    page.get_by_role("button", name="Submit").click()

    assert page.get_by_role("heading", name="Thank you, it's sent").is_visible()
    answers, _ = stored(goals)
    assert [goal["goal"] for goal in answers["goals"]] == ["Speak up once in each meeting", "Rest on Sundays"]
    page.context.close()


# --- Every portal page: axe-core, and screenshots on a phone and a desktop ----------------------------------


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_portal_page_is_accessible(world, live_server, browser, axe_source, viewport):
    from assignments.models import Assignment
    from assignments.services import assignment_review, comment_add, discussion_flag_set
    from tests.factories import submitted

    user, clinician = world["client"].user, world["clinician"].user
    done = give(world, "feelings-check-in", due_at=timezone.now() - datetime.timedelta(days=2))
    submitted(done)
    assignment_review(assignment=done, clinician_user=clinician, decision="reviewed", comment="Naming it took courage.")
    comment_add(assignment=done, author=clinician, body="The word 'embarrassed' stood out to me.", link_id="emotions")
    discussion_flag_set(assignment=done, user=user, link_id="what_lost", flagged=True)
    goals = give(world, "growth-goals", due_at=timezone.now() + datetime.timedelta(days=3))
    give(world, "daily-habits", due_at=timezone.now() - datetime.timedelta(days=2), recurrence="daily", occurrences=10)
    give(world, "phq-9", due_at=timezone.now() + datetime.timedelta(hours=3))
    give(world, "gad-7", due_at=timezone.now() + datetime.timedelta(days=12))
    page = new_page(browser, viewport)
    sign_in(page, live_server)

    page.goto(live_server.url + reverse("clients:today"))
    heights = {"today": check_page(page, axe_source, "today")}
    open_assignment(page, live_server, goals)
    heights["assignment"] = check_page(page, axe_source, "assignment-growth-goals")
    page.get_by_role("button", name="Submit").click()
    page.get_by_role("heading", name=re.compile("A few answers need another look")).wait_for()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    check_page(page, axe_source, "assignment-errors")
    open_assignment(page, live_server, done)
    check_page(page, axe_source, "assignment-sent")
    tools = page.locator('[id="tools:what_lost"]')
    tools.get_by_label("Add a comment about this question").fill("Can we talk about the weekends?")
    tools.get_by_role("button", name="Add comment").click()
    tools.get_by_text("Can we talk about the weekends?").wait_for()
    # Polled as a locator: wait_for_function evaluates a string, which the page's policy (no eval) refuses.
    page.locator('[id="c:what_lost"]:focus').wait_for()
    tools.get_by_role("button", name="Discuss in our next session").click()
    page.locator('[id="tools:what_lost"] [aria-pressed="false"]').wait_for()
    check_page(page, axe_source, "assignment-comments")
    page.goto(live_server.url + reverse("clients:preferences"))
    heights["preferences"] = check_page(page, axe_source, "preferences")
    page.get_by_label("Your phone number").fill("020 7946 0123")
    page.get_by_label("Emergency contact").fill("Jamie (sister)")
    page.get_by_label("Their phone number").fill("0207946045")  # a digit short
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Enter a valid phone number").wait_for()
    assert not page.get_by_text("Add a number for your emergency contact").count()
    page.get_by_label("Their phone number").fill("020 7946 0456")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Your preferences are saved.").wait_for()
    world["client"].refresh_from_db()
    assert str(world["client"].emergency_contact_phone) == "+442079460456"
    measure = give(world, "phq-9", due_at=timezone.now() - datetime.timedelta(days=1))
    submitted(measure)
    for habit in Assignment.objects.filter(template_version__template__slug="daily-habits").order_by("due_at")[:3]:
        submitted(habit)
    page.goto(live_server.url + reverse("clients:progress"))
    heights["progress"] = check_page(page, axe_source, "progress")
    assert len(set(heights.values())) == 1, f"the header's height changes from page to page: {heights}"
    # A phone keeps most of its screen for the page: the header and the crisis strip under a fifth of it.
    top = page.evaluate("document.querySelector('.crisis-strip').getBoundingClientRect().bottom")
    assert top <= viewport["height"] / 5, f"{top}px of a {viewport['height']}px screen before the page starts"
    page.context.close()


# --- Signed out for inactivity: warned first, and nothing typed is lost ---------------------------------------


def test_the_portal_warns_before_an_idle_sign_out_and_keeps_what_was_typed(world, live_server, browser, axe_source):
    import time_machine

    world["practice"].client_idle_minutes = 5
    world["practice"].save(update_fields=["client_idle_minutes"])
    validity = give(world, "validity-analysis")
    page = new_page(browser)
    page.clock.install()  # the page's timers, moved on below together with the server's clock
    sign_in(page, live_server)
    open_assignment(page, live_server, validity)
    story = page.get_by_label(re.compile("What story have you been telling"))
    story.fill("I keep telling myself I ruin")
    wait_saved(page)

    with time_machine.travel(timezone.now(), tick=True) as server_clock:
        story.fill("I keep telling myself I ruin things, but the")  # typed, not yet saved, then left alone
        server_clock.shift(datetime.timedelta(minutes=3, seconds=10))
        page.clock.fast_forward("03:10")
        warning = page.get_by_role("alert").filter(has_text="You will be signed out")
        warning.wait_for()
        assert "Anything you have typed is saved" in warning.inner_text()
        wait_saved(page)  # the warning saved what was typed while still signed in
        assert stored(validity)[0] == {"self_story": "I keep telling myself I ruin things, but the"}
        check_page(page, axe_source, "session-warning")

        warning.get_by_role("button", name="Stay signed in").click()
        warning.wait_for(state="detached")
        server_clock.shift(datetime.timedelta(minutes=4))
        page.clock.fast_forward("04:00")
        page.get_by_role("alert").filter(has_text="You will be signed out").wait_for()  # counted again from the click

        story.fill("I keep telling myself I ruin things, but the evidence says otherwise")
        server_clock.shift(datetime.timedelta(minutes=2, seconds=30))
        page.clock.fast_forward("02:30")
        page.wait_for_url(re.compile(r"/accounts/login/\?next="))
        assert page.get_by_text("You were signed out").is_visible()
        check_page(page, axe_source, "signed-out-for-inactivity")

    # Signing in again brings the client back to the exercise, with every word.
    from tests.factories import PASSWORD

    page.get_by_label("Email").fill("alex@example.test")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(rf"/portal/.*{validity.pk}"))
    story = page.get_by_label(re.compile("What story have you been telling"))
    assert story.input_value() == "I keep telling myself I ruin things, but the evidence says otherwise"
    wait_saved(page)
    assert stored(validity)[0] == {"self_story": "I keep telling myself I ruin things, but the evidence says otherwise"}
    page.context.close()
