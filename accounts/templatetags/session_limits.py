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
