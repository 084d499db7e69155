"""The portal's web app files: the manifest, the icons it names, the service worker and its scope, the offline
page, and /favicon.ico. How they behave with the network cut is tested in the browser (tests/browser/test_offline.py)."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from clients.pwa import PORTAL_STATIC

pytestmark = pytest.mark.django_db


def _static_file(url: str) -> Path:
    name = url.removeprefix(settings.STATIC_URL)
    found = finders.find(name)
    assert found, f"{name} is not a static file"
    return Path(found)


def test_the_manifest_makes_the_portal_installable_and_holds_nothing_personal(client):
    response = client.get(reverse("clients:manifest"))  # browsers fetch it without cookies

    assert response.status_code == 200 and response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["start_url"] == manifest["scope"] == reverse("clients:today")
    assert manifest["display"] == "standalone" and manifest["name"] == "Rejection Recovery"
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    sizes = set()
    for icon in manifest["icons"]:
        with Image.open(_static_file(icon["src"])) as image:
            width, height = image.size
        assert icon["sizes"] == f"{width}x{height}" and image.format == "PNG"
        sizes.add((icon["sizes"], icon["purpose"]))
    # What Chromium asks for before it offers to install: 192 and 512, and a maskable one for Android.
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes


def test_the_service_worker_is_scoped_to_the_portal_and_precaches_files_that_exist(client, client_profile):
    client.force_login(client_profile.user)
    response = client.get(reverse("clients:service_worker"))

    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert "no-store" in response["Cache-Control"]  # always fetched fresh, like every signed-in response
    script = response.content.decode()
    found = re.search(r"var SETTINGS = (\{.*?\});\n", script)
    assert found, "the worker's settings are a JSON object"
    worker = json.loads(found.group(1))
    assert worker["scope"] == reverse("clients:today")
    assert worker["offline"] in worker["pages"] and reverse("clients:safety_plan") in worker["pages"]
    assert len(worker["assets"]) == len(PORTAL_STATIC)
    for url in worker["assets"]:
        _static_file(url)
    assert reverse("clients:my_data") in worker["neverKeep"]
    assert '"method"' not in script and 'request.method !== "GET"' in script  # it never sends anything itself


def test_a_new_set_of_static_files_is_a_new_worker(client, settings):
    first = client.get(reverse("clients:service_worker")).content
    settings.STATIC_URL = "/static/v2/"
    assert client.get(reverse("clients:service_worker")).content != first


def test_only_client_pages_carry_the_manifest(client, client_profile, clinician, library):
    client.force_login(client_profile.user)
    today = client.get(reverse("clients:today")).content.decode()
    assert f'rel="manifest" href="{reverse("clients:manifest")}"' in today
    assert f'name="rr-owner" content="{client_profile.user.pk}"' in today

    # A clinician's preview of the client's form uses the portal's layout, but is not the client's app.
    client.force_login(clinician.user)
    preview = client.get(reverse("library:preview", args=["validity-analysis"]))
    assert preview.status_code == 200
    assert 'rel="manifest"' not in preview.content.decode() and "device.js" not in preview.content.decode()


def test_the_offline_page_carries_the_crisis_lines(client, client_profile):
    client_profile.user.practice.crisis_resources = "Samaritans: 116 123, free, any time"
    client_profile.user.practice.save()
    client.force_login(client_profile.user)

    page = client.get(reverse("clients:offline")).content.decode()

    assert "You're offline" in page and 'href="tel:116123"' in page
    assert reverse("clients:safety_plan") in page


def test_favicon_answers_with_the_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    with Image.open(_static_file(response["Location"])) as icon:
        assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]
    page = client.get(reverse("account_login")).content.decode()
    assert 'rel="icon"' in page and "forget-pages.js" in page  # signed out: the device's kept pages are deleted
