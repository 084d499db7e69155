"""The client portal's reads and its one composite write, built on the assignments selectors and services.

Reads start from ``assignments.selectors`` (already scoped to the caller);
writes go through ``assignments.services``. Nothing here decides what an
answer may be or when an assignment may move: the engine and the lifecycle do.

Four modules, all importable from here: client.py (the signed-in client and
their time zone), today.py (the Today page), answering.py (one assignment's
form: autosave, posted saves and sends, conflicts) and progress.py (the habit
streak).
"""

from clients.portal.answering import (
    Autosaved,
    Posted,
    Resolved,
    Tools,
    autosave,
    conflict_context,
    conflict_resolve,
    current_response,
    first_message,
    latest_answers,
    resolve,
    save_posted,
    submit_posted,
    tools_of,
)
from clients.portal.client import local_zone, portal_client
from clients.portal.progress import habit_streak
from clients.portal.today import OPEN, RECENT, Card, Today, due_label, today_for

__all__ = [
    "OPEN",
    "RECENT",
    "Autosaved",
    "Card",
    "Posted",
    "Resolved",
    "Today",
    "Tools",
    "autosave",
    "conflict_context",
    "conflict_resolve",
    "current_response",
    "due_label",
    "first_message",
    "habit_streak",
    "latest_answers",
    "local_zone",
    "portal_client",
    "resolve",
    "save_posted",
    "submit_posted",
    "today_for",
    "tools_of",
]
