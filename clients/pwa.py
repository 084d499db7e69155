"""The portal as an installable web app: its manifest, its service worker and the page shown offline.

The service worker (templates/clients/pwa/sw.js) is scoped to /portal/ and only ever reads:
- every portal page a client opens is fetched from the network first, and a copy kept on the device,
  so that with no connection the pages already opened (their homework, the safety plan) stay readable;
- a page never opened is answered, offline, by the offline page, which carries the practice's
  crisis lines;
- the static files the portal needs are kept once, by their hashed names.
It never touches a POST: answers typed offline are kept by the page itself (static/js/portal/autosave.js,
queue.js) and sent, with the version they were typed against, once the connection returns.

The kept pages are the client's own, on their own device; they are deleted on sign-out and whenever a
page is shown to someone signed out (static/js/forget-pages.js), so the next person at a shared phone
finds nothing.
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from accounts.access import role_required

THEME = "#2f5d62"  # the header's teal (--accent in app.css)
BACKGROUND = "#f7f5f2"  # the page's paper (--paper)

# What a portal page needs to draw and work: precached so an opened page looks the same offline.
PORTAL_STATIC = (
    "css/app.css",
    "css/portal.css",
    "css/charts.css",
    "js/crisis-panel.js",
    "js/session-timeout.js",
    "js/nav.js",
    "js/time-zone.js",
    "js/portal/device.js",
    "js/portal/queue.js",
    "js/portal/main.js",
    "js/portal/announce.js",
    "js/portal/autosave.js",
    "js/portal/conditions.js",
    "js/portal/htmx.js",
    "js/portal/rows.js",
    "icons/icon-192.png",
)
# Pages kept from the moment the app is installed, before the client has opened them.
PORTAL_PAGES = ("clients:offline", "clients:today", "clients:safety_plan")


@require_GET
def manifest(request):
    """The web app manifest. Browsers fetch it without cookies, so it holds nothing personal."""
    icons = [
        {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
        {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
        {"src": static("icons/maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
    ]
    today = reverse("clients:today")
    response = JsonResponse(
        {
            "id": today,
            "name": "Rejection Recovery",
            "short_name": "Recovery",
            "description": "The exercises your clinician gives you between sessions.",
            "start_url": today,
            "scope": today,
            "display": "standalone",
            "orientation": "portrait",
            "lang": "en-GB",
            "theme_color": THEME,
            "background_color": BACKGROUND,
            "icons": icons,
        },
        content_type="application/manifest+json",
    )
    response.cacheable = True
    return response


@require_GET
def service_worker(request):
    """The service worker, from inside /portal/ so that its scope is the portal and nothing else."""
    assets = [static(name) for name in PORTAL_STATIC]
    pages = [reverse(name) for name in PORTAL_PAGES]
    # A new deployment (new hashed file names) is a new worker: browsers compare its bytes.
    version = hashlib.sha256("\n".join(assets + pages).encode()).hexdigest()[:12]
    worker_settings = {
        "version": version,
        "assets": assets,
        "pages": pages,
        "scope": reverse("clients:today"),
        "offline": reverse("clients:offline"),
        "staticPrefix": settings.STATIC_URL,  # not static(""): the production storage has no such file
        # Everything the client holds, and who read it: fetched fresh each time, never kept on the device.
        "neverKeep": [reverse("clients:my_data"), reverse("clients:access_log")],
    }
    context = {"settings": json.dumps(worker_settings)}  # our own addresses only: nothing to escape in a script
    # Browsers check for a newer worker on every visit, past any HTTP cache; the scope is this folder, so
    # no Service-Worker-Allowed header is needed.
    return render(request, "clients/pwa/sw.js", context, content_type="text/javascript")


@role_required("client")
def offline(request):
    """Shown, from the device's copy, for a portal page that was never opened while online."""
    return render(request, "clients/offline.html")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; the hashed file answers."""
    response = HttpResponseRedirect(static("icons/favicon.ico"))  # not permanent: the hashed name changes
    response.cacheable = True
    return response
