"""Session limits: signed out after a while without activity, and in any case some hours after signing in.

Django's own expiry cannot say either: it moves forward whenever the session is saved, and it knows nothing
of roles. So each session carries when it started and when it was last used (seconds since the epoch),
and every request, on the web pages (``SessionLimitsMiddleware``) and on the API with an app token
(``accounts.api_auth``), is checked against the limits of the signed-in person's practice:

- idle: ``Practice.staff_idle_minutes`` (15) for clinicians and admins, ``client_idle_minutes`` (60) for
  clients; operators without a practice get the staff default;
- absolute: ``SESSION_ABSOLUTE_HOURS`` (12) after signing in, however active the session has been.

A session past either limit is ended (flushed, so the server copy goes too) and the request goes on as
anonymous: pages send the person to sign in, the API answers 401. The last-used time is written at most
once every ``TOUCH_EVERY`` seconds, so a busy session is not saved on every request; each write also sets
the stored session's expiry to the moment it would end, so an idle session leaves the store by itself.
"""

import functools
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.urls import reverse

STARTED = "rr_started_at"
SEEN = "rr_seen_at"
TOUCH_EVERY = 30
# The stored session outlives the limit by this much, so that the next request finds it and can say why it
# ended; past that the store has dropped it by itself.
STORE_GRACE = 60
STAFF_IDLE_MINUTES = 15


def idle_seconds(user) -> int:
    practice = getattr(user, "practice", None)
    if practice is None:
        return STAFF_IDLE_MINUTES * 60
    minutes = practice.client_idle_minutes if user.is_client else practice.staff_idle_minutes
    return minutes * 60


def absolute_seconds() -> int:
    return int(settings.SESSION_ABSOLUTE_HOURS * 3600)


def start(session, user, now: float | None = None) -> None:
    now = time.time() if now is None else now
    session[STARTED] = session[SEEN] = int(now)
    _expire_in_store(session, user, now)


def _expire_in_store(session, user, now: float) -> None:
    # The stored session expires when this one would end if nothing more happened, so a session left idle
    # is gone from the store (and from the list of where one is signed in) without waiting for its next request.
    session.set_expiry(seconds_left(session, user, now) + STORE_GRACE)


@receiver(user_logged_in)
def _session_started(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        start(request.session, user)


def ended_by(session, user, now: float | None = None, *, touch: bool = True) -> str | None:
    """ "idle" or "absolute" when ``session`` is past a limit for ``user``; otherwise None, and (unless
    ``touch`` is False) it counts as used now.

    A session from before these limits existed (no start recorded) starts counting now.
    """
    now = time.time() if now is None else now
    started, seen = session.get(STARTED), session.get(SEEN)
    if started is None or seen is None:
        start(session, user, now)
        return None
    if now - started >= absolute_seconds():
        return "absolute"
    if now - seen >= idle_seconds(user):
        return "idle"
    if touch and now - seen >= TOUCH_EVERY:
        session[SEEN] = int(now)
        _expire_in_store(session, user, now)
    return None


def keep_alive(session, user, now: float | None = None) -> None:
    """The person asked to stay signed in: the session counts as used now, whenever it last was."""
    now = time.time() if now is None else now
    session[SEEN] = int(now)
    _expire_in_store(session, user, now)


def can_extend(session, user, now: float | None = None) -> bool:
    """Whether activity would keep ``session`` longer (false once the absolute limit is the nearer one)."""
    now = time.time() if now is None else now
    return session.get(STARTED, now) + absolute_seconds() - now > idle_seconds(user)


def seconds_left(session, user, now: float | None = None) -> int:
    """Seconds before ``session`` ends if nothing more happens: the sooner of the two limits."""
    now = time.time() if now is None else now
    started, seen = session.get(STARTED, now), session.get(SEEN, now)
    return max(0, int(min(seen + idle_seconds(user), started + absolute_seconds()) - now))


SIGNED_OUT = {
    "idle": "You were signed out after {minutes} minutes without activity, to keep your account private. "
    "Sign in again to carry on; anything you had typed is kept.",
    "absolute": "You were signed out because you signed in more than {hours} hours ago. "
    "Sign in again to carry on; anything you had typed is kept.",
    # The stored session had already expired (at the same limits) or was ended from another device.
    "gone": "You were signed out, to keep your account private. Sign in again to carry on; anything you had "
    "typed is kept.",
}


# Says why the last session ended, to whichever page the person sees next: the request that finds a
# session ended is often a background one (an autosave, the page asking how long is left), whose answer
# nobody reads. Not a secret: "idle:15", "absolute" or "gone".
SIGNED_OUT_COOKIE = "signed_out"


class SessionLimitsMiddleware:
    """Ends web sessions past their idle or absolute limit (see the module's docstring), and says so once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        if session is None or user is None:
            return self.get_response(request)
        ended = None
        if user.is_authenticated:
            # Asking how long is left is not activity: an open tab asks, whether or not anyone is there.
            asking = request.method == "GET" and request.path == _status_path()
            reason = ended_by(session, user, touch=not asking)
            if reason is not None:
                ended = f"idle:{idle_seconds(user) // 60}" if reason == "idle" else reason
                logout(request)
        elif request.COOKIES.get(settings.SESSION_COOKIE_NAME) and not session.session_key:
            ended = "gone"  # the store dropped it at the same limits, or it was ended from another device
        elif request.COOKIES.get(SIGNED_OUT_COOKIE) and _is_page_view(request):
            messages.info(request, _signed_out_message(request.COOKIES[SIGNED_OUT_COOKIE]))
        response = self.get_response(request)
        if ended is not None:
            response.set_cookie(
                SIGNED_OUT_COOKIE, ended, max_age=3600, secure=settings.SESSION_COOKIE_SECURE, httponly=True,
                samesite="Lax",
            )  # fmt: skip
        elif request.COOKIES.get(SIGNED_OUT_COOKIE) and _is_page_view(request):
            response.delete_cookie(SIGNED_OUT_COOKIE, samesite="Lax")
        user = getattr(request, "user", None)  # signing in replaces it
        if user is not None and user.is_authenticated and STARTED in session and session.modified:
            # Whatever else set the session's expiry on the way (allauth does on signing in), it ends in the
            # store when it would end here.
            _expire_in_store(session, user, time.time())
        return response


@functools.cache
def _status_path() -> str:
    return reverse("session_status")


def _is_page_view(request) -> bool:
    """A page the person will see: a GET for HTML, not a background fetch or an htmx swap."""
    return (
        request.method == "GET"
        and "text/html" in request.headers.get("Accept", "text/html")
        and not request.headers.get("HX-Request")
    )


def _signed_out_message(value: str) -> str:
    reason, _, minutes = value.partition(":")
    if reason == "idle" and minutes.isdigit():
        return SIGNED_OUT["idle"].format(minutes=int(minutes))
    if reason == "absolute":
        return SIGNED_OUT["absolute"].format(hours=round(settings.SESSION_ABSOLUTE_HOURS))
    return SIGNED_OUT["gone"]
