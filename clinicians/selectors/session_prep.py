"""Session prep: what changed for one client since the last session marked as held."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TypedDict

from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment, Comment, DiscussionFlag, Response, RiskAlert
from assignments.questionnaire import index
from clients.models import Client
from clients.selectors import client_for
from clinicians import answers as answer_layout
from clinicians.models import SessionHeld
from clinicians.selectors.common import MEASURE_SLUGS, OPEN

PREP_FALLBACK_DAYS = 14


def _submitted_at(response: Response) -> datetime.datetime:
    assert response.submitted_at is not None, "session_prep_for reads sent responses only"
    return response.submitted_at


def _score(response: Response) -> int:
    assert response.score_total is not None, "session_prep_for reads scored responses only"
    return int(response.score_total)


@dataclass
class ScoreChange:
    measure: str
    before: Response | None  # the latest score before the last session, if any
    after: Response | None  # the latest since, if any

    @property
    def change(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return _score(self.after) - _score(self.before)


class FlagToDiscuss(TypedDict):
    """An item the client marked to talk about, with its question and their answer in words."""

    flag: DiscussionFlag
    assignment: Assignment
    question: str
    answer: str


@dataclass
class SessionPrep:
    client: Client
    last_session: SessionHeld | None
    since: datetime.datetime
    submissions: list[Assignment]
    score_changes: list[ScoreChange]
    flags: list[FlagToDiscuss]
    open_alerts: list[RiskAlert]
    client_comments: list[Comment]
    overdue: list[Assignment]


def session_prep_for(*, user: User, pk: int, now: datetime.datetime | None = None) -> SessionPrep:
    """What changed since the last session marked for this client. Fixed query count."""
    now = now or timezone.now()
    client = client_for(user=user, pk=pk)
    last = SessionHeld.objects.filter(client=client).select_related("clinician__user").first()
    since = last.held_at if last else now - datetime.timedelta(days=PREP_FALLBACK_DAYS)
    visible = Assignment.objects.visible_to(user).filter(client=client)
    submissions = list(
        visible.filter(submitted_at__gte=since)
        .select_related("template_version__template", "response")
        .order_by("submitted_at", "pk")
    )
    scored = list(
        Response.objects.filter(
            assignment__in=visible.values("pk"),
            assignment__template_version__template__slug__in=MEASURE_SLUGS.values(),
            score_total__isnull=False,
            submitted_at__isnull=False,
        )
        .select_related("assignment__template_version__template")
        .order_by("submitted_at", "pk")
    )
    score_changes = []
    for key, slug in MEASURE_SLUGS.items():
        mine = [r for r in scored if r.assignment.template_version.template.slug == slug]
        before = [r for r in mine if _submitted_at(r) < since]
        after = [r for r in mine if _submitted_at(r) >= since]
        if after or before:
            score_changes.append(
                ScoreChange(measure=key, before=before[-1] if before else None, after=after[-1] if after else None)
            )
    flags: list[FlagToDiscuss] = []
    for flag in (
        DiscussionFlag.objects.filter(assignment__in=visible.values("pk"), cleared_at__isnull=True)
        .select_related("assignment__template_version__template", "assignment__response")
        .order_by("created_at")
    ):
        items = flag.assignment.template_version.items
        item = index(items).get(flag.link_id)
        response = getattr(flag.assignment, "response", None)
        value = (response.answers if response else {}).get(flag.link_id)
        flags.append(
            {
                "flag": flag,
                "assignment": flag.assignment,
                "question": (item or {}).get("text", flag.link_id),
                "answer": answer_layout.plain(item, value),
            }
        )
    open_alerts = list(
        RiskAlert.objects.filter(client=client, clinician__user=user, acknowledged_at__isnull=True)
        .select_related("assignment__template_version__template")
        .order_by("-created_at")
    )
    client_comments = list(
        Comment.objects.filter(assignment__in=visible.values("pk"), author=client.user, created_at__gte=since)
        .select_related("assignment__template_version__template")
        .order_by("created_at")
    )
    overdue = list(
        visible.filter(status__in=OPEN, due_at__lt=now).select_related("template_version__template").order_by("due_at")
    )
    return SessionPrep(
        client=client,
        last_session=last,
        since=since,
        submissions=submissions,
        score_changes=score_changes,
        flags=flags,
        open_alerts=open_alerts,
        client_comments=client_comments,
        overdue=overdue,
    )
