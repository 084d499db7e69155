"""The developers' tools exist only where DEBUG is on (and in the tests): production has no such commands."""

import os
import subprocess
import sys

from django.conf import settings

DEVTOOLS_COMMANDS = {"seed_demo", "benchmark"}


def commands_with(debug: str) -> set[str]:
    """The management commands `manage.py help --commands` lists under the real settings, DEBUG as given."""
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings",  # not the test settings pytest put in the environment
        "DEBUG": debug,
        "SECRET_KEY": "a-production-like-secret-key-for-this-test-only-0123456789abcdef",
        "ALLOWED_HOSTS": "homework.example.org",
    }
    listed = subprocess.run(
        [sys.executable, "manage.py", "help", "--commands"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(listed.stdout.split())


def test_production_settings_have_no_seed_demo_and_no_benchmark():
    commands = commands_with(debug="false")

    assert "migrate" in commands  # the listing itself worked
    assert not DEVTOOLS_COMMANDS & commands


def test_a_debug_run_has_both_so_make_run_can_seed_the_demo():
    assert commands_with(debug="true") >= DEVTOOLS_COMMANDS
