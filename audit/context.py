"""The request being served, for the audit trail (set by ``AuditMiddleware``; empty in tasks and commands).

The user is read when a row is written, not when the request starts: the API authenticates inside the view
(the session token), so only then is it known who is acting.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class Here:
    request: HttpRequest
    ip: str | None
    channel: str

    @property
    def user(self):
        user = getattr(self.request, "user", None)
        return user if user is not None and user.is_authenticated else None


_current: contextvars.ContextVar[Here | None] = contextvars.ContextVar("audit_here", default=None)


def current() -> Here | None:
    return _current.get()


def set_current(here: Here | None) -> contextvars.Token:
    return _current.set(here)


def reset(token: contextvars.Token) -> None:
    _current.reset(token)
