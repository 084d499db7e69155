"""The portal as an installed app with the network cut (Chromium's own offline mode, service worker included):
pages opened before stay readable, a page never opened says so with the crisis lines, answers typed offline
wait on the device and are saved when the connection returns (through a closed tab), an old version brings
the two-versions view instead of overwriting, and signing out deletes what the device kept."""

import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.browser.test_portal import give, new_page, open_assignment, sign_in, stored

pytestmark = pytest.mark.slow

STORY = re.compile("What story have you been telling")


@pytest.fixture
def world(transactional_db, library):
    from tests.factories import ClinicianFactory, PracticeFactory, client_of

    practice = PracticeFactory(name="Harbour Practice", crisis_resources="Samaritans: call 116 123, free, day or night")
    clinician = ClinicianFactory(user__practice=practice, user__display_name="Dr Ana Reyes")
    client = client_of(clinician, display_name="Alex", email="alex@example.test")
    return {"practice": practice, "clinician": clinician, "client": client}


def installed(page, live_server):
    """Signed in on Today, with the portal's service worker installed and in control of the page."""
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("clients:today"))
    scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert urlsplit(scope).path == reverse("clients:today")
    page.reload()  # from here every portal page goes through the worker
    assert page.evaluate("Boolean(navigator.serviceWorker.controller)")


def type_offline(page, text: str) -> None:
    """Cut the connection and type ``text`` into the story box; the form says it is kept on the device."""
    page.context.set_offline(True)
    page.get_by_label(STORY).fill(text)
    page.get_by_label(STORY).blur()
    page.locator("[data-autosave-status][data-state=offline]").wait_for()


def waiting_on_device(page) -> list[str]:
    return page.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('rr-unsent:'))")


def test_opened_pages_stay_readable_offline_and_others_say_so(world, live_server, browser):
    validity = give(world, "validity-analysis")
    page = new_page(browser)
    installed(page, live_server)
    open_assignment(page, live_server, validity)  # opened once, online

    page.context.set_offline(True)
    page.goto(live_server.url + reverse("clients:assignment", args=[validity.pk]))
    assert page.get_by_role("heading", level=1).inner_text() == validity.template_version.title
    assert page.get_by_label(STORY).is_visible()
    page.goto(live_server.url + reverse("clients:today"))
    assert page.get_by_role("link", name=re.compile(re.escape(validity.template_version.title))).first.is_visible()
    page.goto(live_server.url + reverse("clients:safety_plan"))  # kept at install, before it was ever opened
    assert page.get_by_role("heading", level=1).inner_text() == "My safety plan"

    page.goto(live_server.url + reverse("clients:progress"))  # never opened: no copy on the device
    assert page.get_by_role("heading", level=1).inner_text() == "You're offline"
    assert page.get_by_text("116 123").first.is_visible()
    assert page.get_by_role("link", name="My safety plan").first.is_visible()
    page.context.close()


def test_answers_typed_offline_are_saved_when_the_connection_returns_even_after_the_tab_closed(
    world, live_server, browser
):
    from assignments.models import Response

    validity = give(world, "validity-analysis")
    page = new_page(browser)
    installed(page, live_server)
    open_assignment(page, live_server, validity)

    type_offline(page, "Typed in the tunnel")
    page.get_by_role("button", name="Submit").click()  # cannot be sent: it says so, and keeps the answers
    assert "press Submit again once you're connected" in page.locator("[data-autosave-status]").inner_text()
    assert waiting_on_device(page) == [f"rr-unsent:portal-draft-{validity.pk}"]
    context = page.context
    page.close()  # the app swiped away before the signal came back
    assert not Response.objects.filter(assignment=validity).exists()

    context.set_offline(False)
    later = context.new_page()
    later.goto(live_server.url + reverse("clients:today"))  # any portal page sends what is waiting
    later.get_by_role("status").filter(has_text="The answers you typed offline are saved.").wait_for(state="attached")
    assert stored(validity) == ({"self_story": "Typed in the tunnel"}, 1)
    assert waiting_on_device(later) == []
    assert later.locator("[data-unsent]").count() == 0
    context.close()


def test_offline_answers_typed_against_an_older_version_bring_the_two_versions_view(world, live_server, browser):
    from assignments.services import response_save_draft

    validity = give(world, "validity-analysis")
    page = new_page(browser)
    installed(page, live_server)
    open_assignment(page, live_server, validity)
    type_offline(page, "Typed on the phone, offline")
    page.close()
    # Meanwhile, on the laptop:
    response_save_draft(
        assignment=validity, user=world["client"].user, answers={"self_story": "Typed on the laptop"}, version=0
    )

    page = page.context.new_page()
    page.context.set_offline(False)
    page.goto(live_server.url + reverse("clients:today"))
    notice = page.locator("[data-unsent]")
    notice.get_by_text("was changed on another device too").wait_for()
    assert stored(validity) == ({"self_story": "Typed on the laptop"}, 1)  # nothing overwritten

    notice.get_by_role("link", name="Open it to choose").click()
    conflict = page.get_by_role("region", name="Your answers were also changed somewhere else")
    conflict.wait_for()
    assert conflict.get_by_text("Typed on the phone, offline").is_visible()
    assert conflict.get_by_text("Typed on the laptop").is_visible()
    conflict.get_by_role("group", name=STORY).get_by_label(re.compile("Keep both")).check()
    conflict.get_by_role("button", name="Save my choices").click()
    page.wait_for_url(re.compile(r"/assignments/\d+/$"))
    assert stored(validity)[0]["self_story"] == "Typed on the phone, offline\n\nTyped on the laptop"
    assert waiting_on_device(page) == []
    page.context.close()


def test_signing_out_deletes_the_pages_kept_on_the_device(world, live_server, browser):
    validity = give(world, "validity-analysis")
    page = new_page(browser)
    installed(page, live_server)
    open_assignment(page, live_server, validity)
    assert page.evaluate("caches.open('rr-pages').then((c) => c.keys()).then((k) => k.length)") >= 3

    page.get_by_role("button", name=re.compile("Sign out")).click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("clients:assignment", args=[validity.pk]))
    assert page.evaluate("caches.has('rr-pages')") is False

    page.context.set_offline(True)
    page.goto(live_server.url + reverse("clients:assignment", args=[validity.pk]))
    assert "You are offline" in page.locator("body").inner_text()  # the worker's last word; no copy left
    assert validity.template_version.title not in page.content()
    page.context.close()


def test_signing_out_with_answers_still_on_the_device_asks_first(world, live_server, browser):
    validity = give(world, "validity-analysis")
    page = new_page(browser)
    installed(page, live_server)
    open_assignment(page, live_server, validity)
    type_offline(page, "Not saved yet")

    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name=re.compile("Sign out")).click()
    assert asked and "have not been saved yet" in asked[0]
    assert urlsplit(page.url).path == reverse("clients:assignment", args=[validity.pk])
    assert waiting_on_device(page) == [f"rr-unsent:portal-draft-{validity.pk}"]  # kept, as they chose
    page.context.close()
