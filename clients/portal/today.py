"""The Today page: what the client has to do, by when in their own time zone, and what was said lately."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from itertools import groupby
from zoneinfo import ZoneInfo

from django.db.models import Prefetch, Q
from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment, Comment
from assignments.selectors import assignments_for
from clients.answers.parse import compact
from clients.models import Client
from clients.portal.client import local_zone, portal_client
from config.localtime import near_day

S = Assignment.Status
OPEN = (S.ASSIGNED, S.IN_PROGRESS, S.REVISION_REQUESTED)
RECENT = datetime.timedelta(days=14)


@dataclass
class Card:
    """One assignment as the Today page lists it."""

    assignment: Assignment
    due: datetime.datetime  # in the client's time zone
    due_label: str
    answered: int = 0
    earlier_open: int = 0  # other overdue days of the same series
    more_in_series: int = 0  # later occurrences in the same section
    new_comments: list[Comment] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.assignment.template_version.title

    @property
    def status(self) -> str:
        return self.assignment.status

    @property
    def recurrence(self) -> str:
        series = self.assignment.series
        return series.get_recurrence_display().lower() if series else ""


@dataclass
class Today:
    client: Client
    overdue: list[Card]
    today: list[Card]
    this_week: list[Card]
    later: list[Card]
    notes: list[Card]

    @property
    def nothing_open(self) -> bool:
        return not (self.overdue or self.today or self.this_week or self.later)


def today_for(*, user: User, now: datetime.datetime | None = None) -> Today:
    """What the client has to do, by when (in their own time zone), and what their clinician said lately.

    Three queries whatever the number of assignments: the client, the
    assignments (with their template and response), and their comments.
    """
    now = now or timezone.now()
    client = portal_client(user=user)
    zone = local_zone(client)
    comments = Comment.objects.select_related("author").order_by("created_at", "pk")
    assignments = list(
        assignments_for(user=user)
        .select_related("series")
        .filter(Q(status__in=OPEN) | Q(status__in=(S.SUBMITTED, S.REVIEWED), updated_at__gte=now - RECENT))
        .prefetch_related(Prefetch("comments", queryset=comments, to_attr="comment_list"))
    )
    local_now = now.astimezone(zone)
    end_of_today = datetime.datetime.combine(local_now.date() + datetime.timedelta(days=1), datetime.time(), zone)
    end_of_week = end_of_today + datetime.timedelta(days=6)

    open_cards = [_card(a, zone, local_now, user) for a in assignments if a.status in OPEN]
    overdue = _one_per_series([c for c in open_cards if c.assignment.due_at < now], keep="last")
    upcoming = _one_per_series([c for c in open_cards if c.assignment.due_at >= now], keep="first")
    notes = [
        card
        for card in (_card(a, zone, local_now, user) for a in assignments if a.status not in OPEN)
        if card.new_comments or (card.assignment.reviewed_at and card.assignment.reviewed_at >= now - RECENT)
    ]
    notes.sort(key=lambda c: max([c.assignment.updated_at, *(m.created_at for m in c.new_comments)]), reverse=True)
    return Today(
        client=client,
        overdue=overdue,
        today=[c for c in upcoming if c.due < end_of_today],
        this_week=[c for c in upcoming if end_of_today <= c.due < end_of_week],
        later=[c for c in upcoming if c.due >= end_of_week][:5],
        notes=notes[:5],
    )


def _card(assignment: Assignment, zone: ZoneInfo, local_now: datetime.datetime, user: User) -> Card:
    due = assignment.due_at.astimezone(zone)
    response = getattr(assignment, "response", None)
    answered = len(compact(response.answers)) if response and isinstance(response.answers, dict) else 0
    last_seen = response.updated_at if response else assignment.created_at
    new = [c for c in assignment.comment_list if c.author_id != user.pk and c.created_at >= last_seen]
    label = due_label(due, local_now)
    return Card(assignment=assignment, due=due, due_label=label, answered=answered, new_comments=new)


def _one_per_series(cards: list[Card], *, keep: str) -> list[Card]:
    """A recurring exercise shows once: its latest missed day, or its next one."""
    singles = [c for c in cards if c.assignment.series_id is None]
    series = sorted((c for c in cards if c.assignment.series_id), key=lambda c: (c.assignment.series_id, c.due))
    for _, group in groupby(series, key=lambda c: c.assignment.series_id):
        group = list(group)
        card = group[-1] if keep == "last" else group[0]
        if keep == "last":
            card.earlier_open = len(group) - 1
        else:
            card.more_in_series = len(group) - 1
        singles.append(card)
    return sorted(singles, key=lambda c: (c.due, c.assignment.pk))


def due_label(due: datetime.datetime, local_now: datetime.datetime) -> str:
    """ "Today, 19:00", "Tomorrow, 09:00", "Thursday, 19:00", "Thu 12 Mar, 19:00", in the client's zone."""
    days = (due.date() - local_now.date()).days
    time = due.strftime("%H:%M")
    if near := near_day(days):
        return f"{near}, {time}"
    if 1 < days < 7 or -7 < days < -1:
        return f"{due:%A}, {time}"
    return f"{due:%a} {due.day} {due:%b}, {time}" + (f" {due.year}" if due.year != local_now.year else "")
