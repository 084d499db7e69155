"""Browser tests: Debian's Chromium driven by Playwright, checked with axe-core.

Nothing here downloads a browser. Chromium comes from the system package
(`apt-get install chromium`); axe-core is vendored in tests/browser/vendor/
(see its README), so no npm step is needed. Without Chromium these tests are
skipped with a message saying how to install it, unless the CI variable is
set: on CI a missing tool is a failure, not a silent skip.
"""

import io
import os
from pathlib import Path

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.db import connection

# Playwright's sync API runs an asyncio event loop in this thread, which trips
# Django's async-unsafe guard on every ORM call the tests make (seeding data).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_SCRIPT = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 740}


def _missing_tools() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium at {CHROMIUM} (install Debian's package: sudo apt-get install chromium)")
    if not AXE_SCRIPT.exists():
        missing.append(f"{AXE_SCRIPT.relative_to(PROJECT_ROOT)}, which is committed: restore it with `make vendor`")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (pip install playwright==1.65.2; never `playwright install`)")
    return missing


def _skip_or_fail_without_tools() -> None:
    missing = _missing_tools()
    if not missing:
        return
    reason = "browser tests need " + "; ".join(missing)
    if "CI" in os.environ:
        pytest.fail(f"{reason}. CI is set, so this is a failure rather than a skip.", pytrace=False)
    pytest.skip(reason)


# Runs in every page before its own scripts (injected through the DevTools protocol, so the page's policy does not
# apply to it) and turns each Content-Security-Policy violation into a console line the tests collect.
_WATCH_POLICY = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation: " + event.effectiveDirective + " blocked " + (event.blockedURI || "inline")
    + " on " + event.documentURI + (event.sourceFile ? " from " + event.sourceFile + ":" + event.lineNumber : ""));
});
"""


class PolicyWatchingBrowser:
    """Chromium whose every context reports Content-Security-Policy violations into ``violations``: the browser
    tests run under the real policy (no ``bypass_csp``), and each test fails if anything it did was blocked."""

    def __init__(self, chromium):
        self._chromium = chromium
        self.violations: list[str] = []

    def new_context(self, **options):
        context = self._chromium.new_context(**options)
        context.add_init_script(_WATCH_POLICY)
        context.on("console", self._on_console)
        return context

    def _on_console(self, message) -> None:
        if "CSP violation" in message.text or "Content Security Policy" in message.text:
            self.violations.append(message.text)

    def take_violations(self) -> list[str]:
        taken, self.violations = self.violations, []
        return taken

    def __getattr__(self, name):
        return getattr(self._chromium, name)


@pytest.fixture(scope="module")
def browser():
    _skip_or_fail_without_tools()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield PolicyWatchingBrowser(chromium)
        chromium.close()


@pytest.fixture(autouse=True)
def no_policy_violations(request):
    """After each browser test, nothing it loaded or ran was blocked by the Content-Security-Policy."""
    yield
    if "browser" not in request.fixturenames:
        return
    watcher = request.getfixturevalue("browser")
    violations = watcher.take_violations()
    assert violations == [], "the Content-Security-Policy blocked:\n" + "\n".join(violations)


@pytest.fixture(scope="session")
def axe_source() -> str:
    _skip_or_fail_without_tools()
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture
def phone(browser):
    """A fresh browser context (no cookies) with a 360×740 phone screen, and its page."""
    context = browser.new_context(viewport=PHONE, locale="en-GB", timezone_id="Europe/London")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


# Rebuilt by `flush` itself (post_migrate), so a snapshot must not carry them.
_REMADE_BY_FLUSH = {"contenttypes.contenttype", "auth.permission"}


@pytest.fixture(scope="module")
def _demo_rows(django_db_setup, django_db_blocker) -> str:
    """What `manage.py seed_demo` writes, seeded once per module (a couple of seconds) and kept as JSON."""
    with django_db_blocker.unblock():
        call_command("seed_demo", force=True, stdout=io.StringIO())
        models = [
            model
            for model in apps.get_models()
            if model._meta.managed and not model._meta.proxy and model._meta.label_lower not in _REMADE_BY_FLUSH
        ]
        rows = serializers.serialize(
            "json", (row for model in models for row in model._default_manager.order_by("pk").iterator())
        )
        call_command("flush", interactive=False, verbosity=0)  # as a transactional test leaves it
    return rows


@pytest.fixture
def demo(transactional_db, _demo_rows):
    """The demo data, as `manage.py seed_demo` leaves it; each test gets a fresh copy (a tenth of a second), since
    browser tests commit what they do and the database is emptied after each."""
    connection.creation.deserialize_db_from_string(_demo_rows)
