"""A client's timeline on the client page: what happened, newest first, grouped by week.

Built from rows the client page has already read (no queries of its own); the words are in
``clinicians.timeline_text``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from assignments.models import Assignment, Comment, RiskAlert
from clinicians import timeline_text as text
from clinicians.models import SessionHeld


@dataclass
class TimelineEvent:
    when: datetime.datetime
    kind: str  # given, submitted, reviewed, comment, alert, acknowledged, session, habits
    title: str
    detail: str = ""
    assignment: Assignment | None = None
    author: str = ""


@dataclass
class TimelineWeek:
    start: datetime.date
    events: list[TimelineEvent] = field(default_factory=list)


def _title(assignment: Assignment) -> str:
    return assignment.template_version.title


def _happened(kind: str, when: datetime.datetime, assignment: Assignment, detail: str = "") -> TimelineEvent:
    """An event in an exercise's life, titled in the words ``timeline_text`` has for its kind."""
    return TimelineEvent(when, kind, text.happened(kind, _title(assignment)), detail, assignment)


def build_timeline(
    assignments: Iterable[Assignment],
    comments: Iterable[Comment],
    alerts: Iterable[RiskAlert],
    sessions: Iterable[SessionHeld],
    *,
    zone: datetime.tzinfo,
    weeks: int | None,
    now: datetime.datetime,
) -> tuple[list[TimelineWeek], bool]:
    """The events newest first, grouped by the client's week (Monday first); and whether ``weeks`` cut any off."""
    events: list[TimelineEvent] = []
    given_series: set[int] = set()
    # A series' submissions by week, each with when it was sent.
    habits: dict[tuple[int, datetime.date], list[tuple[datetime.datetime, Assignment]]] = {}

    def monday(moment: datetime.datetime) -> datetime.date:
        day = moment.astimezone(zone).date()
        return day - datetime.timedelta(days=day.weekday())

    for a in assignments:
        if a.series_id:
            if a.series_id not in given_series:
                given_series.add(a.series_id)
                series = a.series
                assert series is not None, "series_id is set"
                given_as = text.series(series.get_recurrence_display(), series.occurrences)
                events.append(_happened("given", a.created_at, a, given_as))
            if a.submitted_at:
                habits.setdefault((a.series_id, monday(a.submitted_at)), []).append((a.submitted_at, a))
            continue
        if a.created_at <= now:
            events.append(_happened("given", a.created_at, a))
        if a.submitted_at:
            detail = ""
            response = getattr(a, "response", None)
            if response is not None and response.score_total is not None:
                detail = text.score(int(response.score_total), response.score_band)
            events.append(_happened("submitted", a.submitted_at, a, detail))
        if a.reviewed_at:
            events.append(_happened("reviewed", a.reviewed_at, a))
        if a.cancelled_at:
            events.append(_happened("cancelled", a.cancelled_at, a))
    for (_, _week), done in habits.items():
        submitted_at, latest = max(done, key=lambda sent: sent[0])
        events.append(
            TimelineEvent(submitted_at, "habits", text.filled_in_this_week(_title(latest), len(done)), "", latest)
        )
    for c in comments:
        author = c.author.display_name if c.author else text.FORMER_AUTHOR
        events.append(
            TimelineEvent(c.created_at, "comment", text.comment_on(_title(c.assignment)), c.body, c.assignment, author)
        )
    for alert in alerts:
        events.append(_happened("alert", alert.created_at, alert.assignment, alert.summary))
        if alert.acknowledged_at:
            by = alert.acknowledged_by.display_name if alert.acknowledged_by else ""
            events.append(
                TimelineEvent(
                    alert.acknowledged_at,
                    "acknowledged",
                    text.ALERT_ACKNOWLEDGED,
                    alert.acknowledgement_note,
                    alert.assignment,
                    by,
                )
            )
    for session in sessions:
        events.append(
            TimelineEvent(session.held_at, "session", text.SESSION_HELD, "", None, session.clinician.user.display_name)
        )

    events.sort(key=lambda e: e.when, reverse=True)
    truncated = False
    if weeks:
        cutoff = now - datetime.timedelta(weeks=weeks)
        kept = [e for e in events if e.when >= cutoff]
        truncated = len(kept) < len(events)
        events = kept
    grouped: list[TimelineWeek] = []
    for event in events:
        start = monday(event.when)
        if not grouped or grouped[-1].start != start:
            grouped.append(TimelineWeek(start))
        grouped[-1].events.append(event)
    return grouped, truncated
