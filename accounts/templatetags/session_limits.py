import datetime

from django import template

from accounts import sessions

register = template.Library()


@register.simple_tag(takes_context=True)
def session_seconds_left(context) -> int:
    """Seconds before the signed-in person's session ends if nothing more happens (for the page's warning)."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return 0
    return sessions.seconds_left(request.session, request.user)


@register.filter
def last_active(user_session) -> datetime.datetime | None:
    """When an allauth UserSession was last used, read from the session itself (None once it has ended)."""
    seen = user_session._session_store(user_session.session_key).get(sessions.SEEN)
    return datetime.datetime.fromtimestamp(seen, tz=datetime.UTC) if seen else None


_BROWSERS = (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("SamsungBrowser/", "Samsung Internet"), ("Chrome/", "Chrome"),
             ("Safari/", "Safari"))  # fmt: skip
_SYSTEMS = (("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("Windows", "Windows"),
            ("Mac OS X", "a Mac"), ("CrOS", "ChromeOS"), ("Linux", "Linux"))  # fmt: skip


@register.filter
def device_name(user_agent: str) -> str:
    """ "Firefox on Windows", "Safari on iPhone"…, or "An app or browser" when the user agent says neither."""
    agent = user_agent or ""
    browser = next((name for marker, name in _BROWSERS if marker in agent), None)
    system = next((name for marker, name in _SYSTEMS if marker in agent), None)
    if browser and system:
        return f"{browser} on {system}"
    return browser or (f"An app or browser on {system}" if system else "An app or browser")
