"""`make run`'s preparation skips what has nothing to do, and notices any change that gives it something."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from devtools.management.commands import prepare_run
from tests.factories import PracticeFactory


@pytest.fixture
def static_dir(tmp_path):
    folder = tmp_path / "static-source"
    (folder / "css").mkdir(parents=True)
    (folder / "css" / "app.css").write_text("body { color: black; }")
    with override_settings(
        STATICFILES_DIRS=[folder], STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"]
    ):
        yield folder


def test_the_static_fingerprint_changes_with_any_file_added_changed_or_removed(static_dir):
    first = prepare_run.static_fingerprint()
    assert prepare_run.static_fingerprint() == first
    (static_dir / "css" / "app.css").write_text("body { color: navy; }")
    changed = prepare_run.static_fingerprint()
    assert changed != first
    (static_dir / "new.js").write_text("1")
    added = prepare_run.static_fingerprint()
    assert added != changed
    (static_dir / "new.js").unlink()
    assert prepare_run.static_fingerprint() == changed


def test_the_demo_fingerprint_follows_the_password(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    default = prepare_run.demo_fingerprint()
    monkeypatch.setenv("DEMO_PASSWORD", "another-pass-2026")
    assert prepare_run.demo_fingerprint() != default


@pytest.mark.django_db
def test_a_second_start_skips_migrating_collecting_and_seeding(tmp_path, static_dir):
    static_root = tmp_path / "collected"
    static_root.mkdir()
    (static_root / "staticfiles.json").write_text("{}")
    PracticeFactory(slug="demo")
    with override_settings(VAR_DIR=tmp_path, STATIC_ROOT=static_root):
        prepare_run.Stamp("static").write(prepare_run.static_fingerprint())
        prepare_run.Stamp("demo").write(prepare_run.demo_fingerprint())
        out = io.StringIO()
        call_command("prepare_run", stdout=out)

    said = out.getvalue()
    assert "Migrations: none pending." in said
    assert "Static files: unchanged." in said
    assert "Demo data: already loaded." in said and "demo-pass-2026" in said  # still says how to sign in


@pytest.mark.django_db
def test_the_demo_is_seeded_again_when_its_stamp_is_for_something_else(tmp_path):
    with override_settings(VAR_DIR=tmp_path):
        stamp = prepare_run.Stamp("demo")
        stamp.write("an older library")
        assert not stamp.matches(prepare_run.demo_fingerprint())
        assert stamp.path.parent == tmp_path and stamp.path.name.startswith(".prepared-demo-")  # per database
