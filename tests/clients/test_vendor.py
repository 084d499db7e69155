"""The front-end library the portal serves is the one package-lock.json pins (copied by `make vendor`)."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENDORED = ROOT / "static" / "vendor" / "htmx.min.js"


def locked_version(package: str) -> str:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return lock["packages"][f"node_modules/{package}"]["version"]


def test_package_json_pins_an_exact_version_that_the_lock_file_agrees_with():
    wanted = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["htmx.org"]

    assert re.fullmatch(r"\d+\.\d+\.\d+", wanted), "pin an exact version (no ^ or ~)"
    assert wanted == locked_version("htmx.org")


def test_the_vendored_htmx_is_the_locked_version():
    vendored = VENDORED.read_text(encoding="utf-8")

    assert re.search(r'version:"([^"]+)"', vendored).group(1) == locked_version("htmx.org")


def test_the_vendored_htmx_is_byte_for_byte_the_npm_package_when_installed():
    installed = ROOT / "node_modules" / "htmx.org" / "dist" / "htmx.min.js"
    if not installed.exists():  # npm not run here: the version check above still holds
        return
    package = json.loads((ROOT / "node_modules" / "htmx.org" / "package.json").read_text(encoding="utf-8"))
    if package["version"] != locked_version("htmx.org"):
        return  # an old node_modules; `make vendor` (npm ci) brings it in line
    assert VENDORED.read_bytes() == installed.read_bytes(), "run `make vendor` and commit static/vendor/"
