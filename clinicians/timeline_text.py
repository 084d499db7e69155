"""The words of a client's timeline, as their clinician reads it on the client page.

Kept apart from the reads that gather the events (``clinicians.selectors.timeline``), so the
wording can be reviewed and changed without touching a query, and a query without the wording.
"""

FORMER_AUTHOR = "Someone who has left"  # a comment whose author's account is gone
ALERT_ACKNOWLEDGED = "Alert acknowledged"
SESSION_HELD = "Session held"

# What happened to an exercise, by the timeline event's kind, said before its title: "Submitted: Growth goals".
HAPPENED = {
    "given": "Given",
    "submitted": "Submitted",
    "reviewed": "Reviewed",
    "cancelled": "Cancelled",
    "alert": "Risk alert",
}


def happened(kind: str, title: str) -> str:
    return f"{HAPPENED[kind]}: {title}"


def series(recurrence: str, occurrences: int) -> str:
    """What a recurring series was given as, e.g. "Daily, 14 times"."""
    return f"{recurrence}, {occurrences} times"


def score(total: int, band: str) -> str:
    """A measure's score beside its severity band, e.g. "Score 12 (moderate)"."""
    return f"Score {total} ({band.replace('_', ' ')})"


def filled_in_this_week(title: str, count: int) -> str:
    """A recurring exercise's submissions of one week, on one line."""
    return f"{title}: filled in {count} {'time' if count == 1 else 'times'} this week"


def comment_on(title: str) -> str:
    return f"Comment on {title}"
