"""What `make run` does before it starts the processes, in one process, skipping whatever has nothing to do.

A second start has no migration pending, the same static files and the demo data already loaded: each of
those is checked in well under a second, where running migrate, collectstatic and seed_demo anyway took one
Django start-up each and most of the wait. Any change brings the work back: a new migration, any static file
added, changed or removed (by size and modification time), or a change to the built-in library, the demo's
code or the demo password.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from devtools.demo_accounts import report
from practices.models import Practice

LIBRARY_DIR = Path(settings.BASE_DIR) / "assignments" / "library"
DEMO_SOURCES = [
    Path(__file__).with_name("seed_demo.py"),
    *(Path(settings.BASE_DIR) / "devtools" / name for name in ("demo.py", "demo_accounts.py")),
]


def pending_migrations() -> int:
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def static_fingerprint() -> str:
    """Every static file the finders would collect, by path, size and modification time."""
    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in sorted(finder.list([]), key=lambda found: found[0]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def demo_fingerprint() -> str:
    """The built-in library, the demo's code and its password: what seed_demo's result depends on."""
    digest = hashlib.sha256(os.environ.get("DEMO_PASSWORD", "demo-pass-2026").encode())
    for path in [*sorted(LIBRARY_DIR.glob("*.json")), *DEMO_SOURCES]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Stamp:
    """A fingerprint kept in ``var/`` beside the data it describes; the database's name is part of its own."""

    def __init__(self, name: str):
        database = str(settings.DATABASES["default"]["NAME"]) + str(settings.DATABASES["default"].get("HOST", ""))
        key = hashlib.sha256(database.encode()).hexdigest()[:12] if name == "demo" else "files"
        self.path = Path(settings.VAR_DIR) / f".prepared-{name}-{key}"

    def matches(self, fingerprint: str) -> bool:
        return self.path.is_file() and self.path.read_text() == fingerprint

    def write(self, fingerprint: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(fingerprint)


class Command(BaseCommand):
    help = "Migrate, collect static files and load the demo data, each only when it has something to do."
    requires_system_checks: list[str] = []  # the checks import every URL and view: seconds, on each start

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        pending = pending_migrations()
        if pending:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Migrations: {f'{pending} applied' if pending else 'none pending'}.")

        static, stamp = static_fingerprint(), Stamp("static")
        collected = not (stamp.matches(static) and Path(settings.STATIC_ROOT, "staticfiles.json").is_file())
        if collected:
            call_command("collectstatic", interactive=False, verbosity=0)
            stamp.write(static_fingerprint())
        self.stdout.write(f"Static files: {'collected' if collected else 'unchanged'}.")

        demo, stamp = demo_fingerprint(), Stamp("demo")
        if stamp.matches(demo) and Practice.objects.filter(slug="demo").exists():
            self.stdout.write("Demo data: already loaded.")
            report(self.stdout, self.style, os.environ.get("DEMO_PASSWORD", "demo-pass-2026"))
        else:
            call_command("seed_demo", stdout=self.stdout)
            stamp.write(demo)
        self.stdout.write(f"Ready to start in {time.perf_counter() - started:.1f} s.")
