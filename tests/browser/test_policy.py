"""The Content-Security-Policy in the real browser: what it blocks is caught by the watcher every browser test
runs under (conftest.PolicyWatchingBrowser), and the API documentation page works under it."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.slow


def test_the_watcher_sees_what_the_policy_blocks(live_server, browser, phone, client_profile):
    phone.goto(live_server.url + reverse("account_login"))
    ran = phone.evaluate(
        """() => new Promise((done) => {
             window.__ran = false;
             const script = document.createElement("script");
             script.textContent = "window.__ran = true";
             document.head.appendChild(script);
             setTimeout(() => done(window.__ran), 200);
           })"""
    )
    phone.wait_for_timeout(100)

    violations = browser.take_violations()  # taken here, so this test's own teardown check passes
    assert ran is False
    assert any("script-src" in line for line in violations), violations


def test_the_api_documentation_renders_under_the_policy(live_server, phone, clinician):
    phone.goto(live_server.url + reverse("account_login"))
    phone.fill("input[name=login]", clinician.user.email)
    from tests.factories import PASSWORD

    phone.fill("input[name=password]", PASSWORD)
    phone.locator("form button[type=submit]").first.click()
    phone.wait_for_url("**/clinician/**")

    phone.goto(live_server.url + reverse("api-docs"))

    phone.locator("#swagger-ui .info").wait_for()
    assert "Rejection Recovery API" in phone.locator("#swagger-ui .info").inner_text()
