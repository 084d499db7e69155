"""The request being served, for the audit trail (set by ``AuditMiddleware``; empty in tasks and commands).

The user is read when a row is written, not when the request starts: the API authenticates inside the view
(the session token), so only then is it known who is acting.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field

from django.http import HttpRequest


@dataclass(frozen=True)
class Here:
    request: HttpRequest
    ip: str | None
    channel: str
    # Whose records this request has already loaded: (kind, pk) -> (client id, practice id). A page that
    # read an assignment with its client says so, and recording the read costs no second lookup.
    subjects: dict[tuple[str, int], tuple[int, int | None]] = field(default_factory=dict)

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


def loaded(kind: str, pk: int, *, client_id: int, practice_id: int | None) -> None:
    """Note that this request loaded record ``pk`` of ``kind`` ("assignment", "client") and whose it is."""
    here = _current.get()
    if here is not None:
        here.subjects[(kind, pk)] = (client_id, practice_id)


def subject(kind: str, pk) -> tuple[int, int | None] | None:
    """Whose record ``pk`` of ``kind`` is, if this request has loaded it already."""
    here = _current.get()
    if here is None or not str(pk).isdigit():
        return None
    return here.subjects.get((kind, int(pk)))
