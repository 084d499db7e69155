"""Throttled sign-ins answer 429 with Retry-After, on the web pages and on allauth's app API.

allauth limits sign-in attempts in two ways. Whole requests over a rate (``login``, ``reset_password``
per address) get its 429 page or JSON, without saying when to come back. Failed attempts
(``login_failed``, per address and per account, also for two-factor codes) surface as a form error,
"Too many failed login attempts", inside an ordinary 200 page or a 400 from the app API, which a
client cannot tell from a wrong password. The adapter marks the request when allauth raises that error
(``mark``); ``ThrottleMiddleware`` then turns the answer into a 429, keeps its body (the page still
shows the message, the JSON still lists the error) and adds Retry-After: the seconds until the
tripped limit lets the next attempt through, read from allauth's own counters.
"""

import json
import math
import time

from allauth.account import app_settings as account_settings
from allauth.core import context
from allauth.core.internal import ratelimit as allauth_ratelimit
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

APP = "allauth.account"


def mark(request=None, *, action: str = "login_failed", key: str | None = None) -> None:
    """Record on the request (allauth's current one by default) that a sign-in limit refused it."""
    request = request or context.request
    if request is None:
        return
    request.throttled_by = (action, key)


def retry_after(request, action: str | None = None, key: str | None = None) -> int:
    """Whole seconds until the limits that refuse ``request`` let an attempt through (at least 1).

    With no action known (a bare 429 from allauth), every per-address limit is consulted.
    """
    now = time.time()
    waits: list[float] = []
    longest = 0
    for rate_action, rate in _rates(action):
        longest = max(longest, rate.duration)
        try:
            cache_key = allauth_ratelimit.get_cache_key(request, app=APP, action=rate_action, rate=rate, key=key)
        except ImproperlyConfigured:  # a per-key or per-user limit with no key or user to look it up by
            continue
        history = [stamp for stamp in cache.get(cache_key, []) if stamp > now - rate.duration]
        if len(history) >= rate.amount:
            # Newest first: the limit frees up when the amount-th newest attempt leaves the window.
            waits.append(history[rate.amount - 1] + rate.duration - now)
    seconds = max(waits) if waits else longest or 60
    return max(1, math.ceil(seconds))


def _rates(action: str | None):
    limits = account_settings.RATE_LIMITS or {}
    for name, spec in limits.items():
        if action is not None and name != action:
            continue
        for rate in allauth_ratelimit.parse_rates(spec):
            if action is None and rate.per != "ip":
                continue
            yield name, rate


class ThrottleMiddleware:
    """429 with Retry-After for every sign-in request a rate limit refused (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        marked = getattr(request, "throttled_by", None)
        if marked is None and response.status_code != 429:
            return response
        if marked is not None and response.status_code not in (200, 400, 429):
            return response  # the throttle was not what this answer is about (a redirect, an error)
        if marked is not None and response.status_code != 429:
            response.status_code = 429
            response.reason_phrase = "Too Many Requests"
            _restate_json_status(response)
        if not response.has_header("Retry-After"):
            action, key = marked or (None, None)
            response["Retry-After"] = str(retry_after(request, action, key))
        return response


def _restate_json_status(response) -> None:
    """allauth's app API repeats the status in its JSON body; keep the two in agreement."""
    if not response.get("Content-Type", "").startswith("application/json") or getattr(response, "streaming", False):
        return
    try:
        body = json.loads(response.content)
    except ValueError:
        return
    if isinstance(body, dict) and "status" in body:
        body["status"] = 429
        response.content = json.dumps(body)
