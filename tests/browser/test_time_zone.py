"""The time-zone picker in a real browser: searching narrows the list, the device's own zone is offered, the
local time follows the choice, and the saved zone is the one chosen; the same picker on the clinician's and
the practice's settings. axe-core clean on a phone and a desktop."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.browser import pages

pytestmark = pytest.mark.slow

SHOTS = Path(os.environ.get("PORTAL_SHOTS", "/tmp/portal-shots"))


@pytest.fixture
def world(transactional_db):
    from tests.factories import ClinicianFactory, PracticeFactory, client_of

    practice = PracticeFactory(name="Harbour Practice", time_zone="Europe/London")
    clinician = ClinicianFactory(user__practice=practice, user__display_name="Dr Ana Reyes")
    client = client_of(clinician, display_name="Alex", email="alex@example.test")
    client.time_zone = "Europe/London"
    client.save(update_fields=["time_zone"])
    return {"practice": practice, "clinician": clinician, "client": client}


def signed_in_page(browser, live_server, email: str, *, width: int = 390, zone: str = "America/Chicago"):
    from tests.factories import PASSWORD

    context = browser.new_context(viewport={"width": width, "height": 844}, locale="en-GB", timezone_id=zone)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(live_server.url + reverse("account_login"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlsplit(url).path != reverse("account_login"))
    return page


def test_a_client_finds_their_zone_by_typing_and_sees_its_local_time(world, live_server, browser, axe_source):
    page = signed_in_page(browser, live_server, "alex@example.test")
    page.goto(live_server.url + reverse("clients:preferences"))
    select = page.get_by_label("Your time zone")
    now = page.locator("#id_time_zone_now")
    assert select.input_value() == "Europe/London"
    assert now.inner_text().endswith("there now.")
    pages.check_page(page, axe_source, "preferences-time-zone", shots=SHOTS)

    page.get_by_label("Find a city or country").fill("toky")

    assert select.input_value() == "Asia/Tokyo"  # the one match is chosen
    assert select.locator("option").count() == 2  # it, and the zone chosen before
    page.get_by_label("Find a city or country").fill("united kingdom")
    assert select.locator("option").all_inner_texts() == ["Tokyo, Japan", "London, United Kingdom"]
    page.get_by_label("Find a city or country").fill("")
    assert select.locator("option").count() > 300

    select.select_option("Asia/Tokyo")
    tokyo_time = now.inner_text()
    page.get_by_role(
        "button", name="Use this device's time zone: Chicago, United States (Central (most areas))"
    ).click()
    assert select.input_value() == "America/Chicago"
    assert now.inner_text() != tokyo_time
    assert not page.get_by_role("button", name="Use this device's time zone").is_visible()
    page.set_viewport_size({"width": 1280, "height": 900})
    pages.check_page(page, axe_source, "preferences-time-zone", shots=SHOTS)
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()

    world["client"].refresh_from_db()
    assert world["client"].time_zone == "America/Chicago"
    page.context.close()


@pytest.mark.parametrize(
    ("who", "path", "label"),
    [("clinician", "clinicians:settings", "Your time zone"), ("admin", "practices:settings", "Practice time zone")],
)
def test_the_same_picker_on_the_clinicians_and_the_practices_settings(world, live_server, browser, who, path, label):
    from tests.factories import UserFactory

    user = world["clinician"].user
    if who == "admin":
        user = UserFactory(practice=world["practice"], role="admin", email="admin@example.test")
    page = signed_in_page(browser, live_server, user.email, width=1280, zone="Asia/Kolkata")
    page.goto(live_server.url + reverse(path))

    page.get_by_role("button", name="Use this device's time zone: Kolkata, India").click()

    assert page.get_by_label(label).input_value() == "Asia/Kolkata"
    assert page.get_by_label("Find a city or country").is_visible()
    page.context.close()
