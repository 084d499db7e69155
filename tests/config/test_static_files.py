"""`collectstatic` with the production storage: every file hashed, the portal's ES modules importing each
other by their hashed names, so a module missing from the manifest (or from the repository) fails here.

The other tests serve static files unhashed (config/settings_test.py), so this is where the manifest is made."""

import json
import posixpath
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.templatetags.static import static
from django.test import override_settings

from config import settings as production

PORTAL_MODULES = Path(settings.BASE_DIR) / "static" / "js" / "portal"
# `import … from "./x.js";`, `export … from "./x.js";`, `import "./x.js";` and `import("./x.js")`.
RELATIVE_IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}/[^"']+)["']""")
HASHED = re.compile(r"\.[0-9a-f]{12}\.js$")


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """The static root `collectstatic` writes with the production storage, and its manifest's paths."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(STORAGES=production.STORAGES, STATIC_ROOT=root):
        call_command("collectstatic", interactive=False, verbosity=0)
        entry = static("js/portal/main.js")
    manifest = json.loads((root / "staticfiles.json").read_text(encoding="utf-8"))
    return root, manifest["paths"], entry


def _modules() -> list[str]:
    return sorted(f"js/portal/{path.name}" for path in PORTAL_MODULES.glob("*.js"))


def _imports(root: Path, hashed: str) -> list[str]:
    """What the collected file ``hashed`` imports, as paths under the static root."""
    text = (root / hashed).read_text(encoding="utf-8")
    return [posixpath.normpath(posixpath.join(posixpath.dirname(hashed), url)) for url in RELATIVE_IMPORT.findall(text)]


def test_every_portal_module_is_in_the_manifest(collected):
    root, paths, entry = collected

    missing = [name for name in _modules() if name not in paths]

    assert "js/portal/main.js" in _modules()
    assert not missing
    assert entry == settings.STATIC_URL + paths["js/portal/main.js"]
    assert all((root / paths[name]).is_file() for name in _modules())


def test_modules_import_each_other_by_their_hashed_names(collected):
    root, paths, _ = collected
    hashed_names = set(paths.values())

    imports = {name: _imports(root, paths[name]) for name in _modules()}

    assert imports["js/portal/main.js"], "main.js imports the other modules"
    for name, targets in imports.items():
        for target in targets:
            assert HASHED.search(target), f"{name} imports {target}, a name that is not hashed"
            assert target in hashed_names, f"{name} imports {target}, which the manifest does not hold"
            assert (root / target).is_file(), f"{name} imports {target}, which collectstatic did not write"


ENTRIES = ["js/portal/main.js", "js/portal/device.js"]  # the answer form's; every portal page's (the app, its queue)


def test_every_module_is_reached_from_an_entry(collected):
    root, paths, _ = collected
    by_hashed = {hashed: name for name, hashed in paths.items()}
    reached, todo = set(), list(ENTRIES)
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo.extend(by_hashed[target] for target in _imports(root, paths[name]))

    assert reached == set(_modules())


@pytest.mark.django_db
def test_the_portal_app_files_name_the_hashed_files_in_production(collected, client):
    """The service worker, the manifest and the favicon take their addresses from the production storage's
    manifest (a name it does not hold is a 500 there, never with the unhashed test storage)."""
    root, paths, _ = collected
    with override_settings(STORAGES=production.STORAGES, STATIC_ROOT=root):
        worker = client.get("/portal/sw.js")
        manifest = client.get("/portal/manifest.webmanifest")
        favicon = client.get("/favicon.ico")

    assert worker.status_code == manifest.status_code == 200
    kept = json.loads(re.search(r"var SETTINGS = (\{.*?\});", worker.content.decode()).group(1))
    assert kept["staticPrefix"] == settings.STATIC_URL
    assert kept["assets"] and all(asset.removeprefix(settings.STATIC_URL) in paths.values() for asset in kept["assets"])
    icons = [icon["src"].removeprefix(settings.STATIC_URL) for icon in manifest.json()["icons"]]
    assert icons and all(icon in paths.values() for icon in icons)
    assert favicon["Location"] == settings.STATIC_URL + paths["icons/favicon.ico"]
