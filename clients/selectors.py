"""Reads of client records, always scoped to the caller."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User, has_set_password
from assignments.models import Assignment, Comment, DiscussionFlag, Response, ResponseRevision, RiskAlert
from assignments.selectors import feedback_outcomes
from audit import context as audit_context
from clients.models import CareTeamMember, Client
from config.localtime import local_today, zone_of


def _with_joined(qs: QuerySet[Client]) -> QuerySet[Client]:
    """``has_joined``: the client has set a password (through an invitation or otherwise)."""
    return qs.annotate(has_joined=has_set_password())


def caseload_for(*, user: User) -> QuerySet[Client]:
    """The clients the user may see, with what a caseload row shows, in two queries."""
    current_team = CareTeamMember.objects.filter(ended_on__isnull=True).select_related("clinician__user")
    return (
        _with_joined(Client.objects.visible_to(user))
        .select_related("user")
        .prefetch_related(Prefetch("care_team", queryset=current_team, to_attr="current_team"))
        .order_by("user__display_name", "pk")
    )


def client_for(*, user: User, pk: int) -> Client:
    """One client the user may see, with its full care-team history; 404 otherwise."""
    history = CareTeamMember.objects.select_related("clinician__user").order_by("-ended_on", "-started_on")
    qs = (
        _with_joined(Client.objects.visible_to(user))
        .select_related("user")
        .prefetch_related(Prefetch("care_team", queryset=history, to_attr="team_history"))
    )
    client = get_object_or_404(qs, pk=pk)
    audit_context.loaded("client", client.pk, client_id=client.pk, practice_id=client.user.practice_id)
    return client


ADHERENCE_DAYS = 28
COMPLETED = ("submitted", "reviewed", "revision_requested")


class Activity(TypedDict):
    """What ``with_activity`` annotates each client with."""

    due_28: int  # assignments due in the last 28 days (cancelled ones left out)
    done_28: int  # of those, the ones sent
    last_activity_at: datetime.datetime | None  # the client's latest save or submission
    open_alerts: int  # the caller's unacknowledged risk alerts about the client
    alert_level: str | None  # the most urgent level among those


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    ActiveClient = WithAnnotations[Client, Activity]


def with_activity(qs: QuerySet[Client], *, user: User, now: datetime.datetime | None = None) -> QuerySet[ActiveClient]:
    """Annotate a caseload with adherence over 28 days, last activity, and the caller's open alerts and their top level.

    All by subqueries, so the caseload costs the same queries at 5 clients or 500.
    """
    now = now or timezone.now()
    window = Assignment.objects.filter(
        client=OuterRef("pk"), due_at__gte=now - datetime.timedelta(days=ADHERENCE_DAYS), due_at__lte=now
    ).exclude(status="cancelled")
    due = window.values("client").annotate(n=Count("pk")).values("n")
    done = window.filter(status__in=COMPLETED).values("client").annotate(n=Count("pk")).values("n")
    last_save = (
        ResponseRevision.objects.filter(response__assignment__client=OuterRef("pk"))
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    open_alerts = (
        RiskAlert.objects.filter(client=OuterRef("pk"), clinician__user=user, acknowledged_at__isnull=True)
        .values("client")
        .annotate(n=Count("pk"))
        .values("n")
    )
    most_urgent = (
        RiskAlert.objects.filter(client=OuterRef("pk"), clinician__user=user, acknowledged_at__isnull=True)
        .most_urgent_first()
        .values("level")[:1]
    )
    return qs.annotate(
        due_28=Coalesce(Subquery(due), 0),
        done_28=Coalesce(Subquery(done), 0),
        last_activity_at=Subquery(last_save),
        open_alerts=Coalesce(Subquery(open_alerts), 0),
        alert_level=Subquery(most_urgent),
    )


def caseload_activity_for(*, user: User) -> QuerySet[ActiveClient]:
    """The caller's caseload for the API: each client with adherence, last activity and open alerts, by id."""
    return with_activity(Client.objects.visible_to(user), user=user).select_related("user").order_by("pk")


def adherence(client: ActiveClient) -> float | None:
    """Completed share of what was due in the last 28 days (needs ``with_activity``); None when nothing was due."""
    return round(client.done_28 / client.due_28, 2) if client.due_28 else None


class WeekDone(TypedDict):
    week_start: datetime.date  # a Monday, in the client's time zone
    due: int
    completed: int
    adherence: float | None  # completed / due, None when nothing was due


class ScorePoint(TypedDict):
    date: datetime.date  # when it was sent, in the client's time zone
    score: int
    band: str


class MoodPoint(TypedDict):
    date: datetime.date  # when the daily habits were due, in the client's time zone
    value: int
    rumination: Any  # as answered, if it was


class Progress(TypedDict):
    """What ``progress_of`` gives: oldest first throughout."""

    adherence_by_week: list[WeekDone]
    measures: dict[str, list[ScorePoint]]  # "phq9", "gad7"
    mood: list[MoodPoint]


def progress_of(*, client: Client, weeks: int = 8, now: datetime.datetime | None = None) -> Progress:
    """A client's progress for charts: adherence by week, PHQ-9 and GAD-7 scores, mood. Three queries.

    Not scoped: ``client`` must come from a scoped read (``client_for``, ``progress_page_for``...).
    """
    now = now or timezone.now()
    zone = zone_of(client)
    today = local_today(client, now)
    first_monday = today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))
    start = datetime.datetime.combine(first_monday, datetime.time(0), tzinfo=zone)
    rows = Assignment.objects.filter(client=client, due_at__gte=start, due_at__lte=now).exclude(status="cancelled")
    by_week = {first_monday + datetime.timedelta(weeks=n): [0, 0] for n in range(weeks)}
    for due_at, status in rows.values_list("due_at", "status"):
        day = due_at.astimezone(zone).date()
        week = day - datetime.timedelta(days=day.weekday())
        by_week[week][0] += 1
        by_week[week][1] += status in COMPLETED
    scored = (
        Response.objects.filter(assignment__client=client, score_total__isnull=False, submitted_at__isnull=False)
        .order_by("submitted_at")
        .values_list("assignment__template_version__template__slug", "submitted_at", "score_total", "score_band")
    )
    measures: dict[str, list[ScorePoint]] = {"phq9": [], "gad7": []}
    for slug, submitted_at, total, band in scored:
        assert submitted_at is not None and total is not None, "read with submitted_at and score_total set"
        key = slug.replace("-", "")
        if key in measures:
            measures[key].append({"date": submitted_at.astimezone(zone).date(), "score": int(total), "band": band})
    habits = (
        Response.objects.filter(
            assignment__client=client,
            assignment__template_version__template__slug="daily-habits",
            submitted_at__isnull=False,
        )
        .order_by("submitted_at")
        .values_list("assignment__due_at", "answers")
    )
    mood: list[MoodPoint] = [
        {"date": due_at.astimezone(zone).date(), "value": answers["mood"], "rumination": answers.get("rumination")}
        for due_at, answers in habits
        if isinstance(answers.get("mood"), int)
    ]
    return {
        "adherence_by_week": [
            {"week_start": week, "due": due, "completed": done, "adherence": round(done / due, 2) if due else None}
            for week, (due, done) in by_week.items()
        ],
        "measures": measures,
        "mood": mood,
    }


def client_progress_for(*, user: User, pk: int, now: datetime.datetime | None = None) -> Progress:
    """``progress_of`` a client the caller may see; 404 otherwise. Four queries."""
    return progress_of(client=get_object_or_404(Client.objects.visible_to(user), pk=pk), now=now)


EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)  # before any follow-up


@dataclass
class ProgressPage:
    client: Client
    progress: Progress
    outcomes: list[dict]  # as ``feedback_outcomes`` gives them, oldest first


def progress_page_for(*, user: User, now: datetime.datetime | None = None) -> ProgressPage:
    """The caller's own progress page (a client's): their progress, and every prediction they have put to the
    test beside what happened (404 for anyone without a client record)."""
    now = now or timezone.now()
    client = get_object_or_404(Client.objects.visible_to(user).filter(user=user).select_related("user"))
    outcomes = feedback_outcomes(client_ids=[client.pk], since=EPOCH, until=now).get(client.pk, [])
    return ProgressPage(client=client, progress=progress_of(client=client, now=now), outcomes=outcomes)


class ExportedRevision(TypedDict):
    """One save or submission of a response, as the export lists it under its assignment."""

    number: int
    kind: str  # draft or submission
    answers: Any  # the answers as saved: linkId → answer
    created_at: datetime.datetime


class ExportedFlag(TypedDict):
    """An open "discuss in our next session" mark."""

    assignment_id: int
    link_id: str
    created_at: datetime.datetime


class ExportedAlert(TypedDict):
    """Why a save or comment raised a risk alert (not to whom: alerts are raised once per clinician)."""

    assignment_id: int
    reasons: Any  # as RiskAlert.reasons holds them
    created_at: datetime.datetime


@dataclass
class ClientExport:
    """Everything the platform holds about the caller, read in six queries (the FHIR bundle reads no more)."""

    client: Client  # with user and practice
    assignments: list[Assignment]  # with template version, response and client
    revisions: dict[int, list[ExportedRevision]]  # assignment id → its saves and submissions, oldest first
    comments: list[Comment]  # on their assignments, with author, oldest first
    discussion_flags: list[ExportedFlag]
    risk_alerts: list[ExportedAlert]  # one per submission or comment


def export_for(*, user: User) -> ClientExport:
    """The caller's own export (a client's); 404 for anyone without a client record."""
    client = get_object_or_404(Client.objects.visible_to(user).filter(user=user).select_related("user__practice"))
    assignments = list(
        Assignment.objects.visible_to(user)
        .select_related("template_version__template", "response", "client__user")
        .order_by("due_at", "pk")
    )
    revisions = ResponseRevision.objects.filter(response__assignment__in=assignments).order_by("response", "number")
    by_assignment: dict[int, list[ExportedRevision]] = {}
    for row in revisions.values("response__assignment_id", "number", "kind", "answers", "created_at"):
        by_assignment.setdefault(row["response__assignment_id"], []).append(
            {"number": row["number"], "kind": row["kind"], "answers": row["answers"], "created_at": row["created_at"]}
        )
    comments = list(Comment.objects.filter(assignment__in=assignments).select_related("author").order_by("created_at"))
    flags = list(
        DiscussionFlag.objects.filter(assignment__in=assignments, cleared_at__isnull=True).values(
            "assignment_id", "link_id", "created_at"
        )
    )
    return ClientExport(
        client=client,
        assignments=assignments,
        revisions=by_assignment,
        comments=comments,
        discussion_flags=flags,
        risk_alerts=_alerts_once_per_submission(client),
    )


def _alerts_once_per_submission(client: Client) -> list[ExportedAlert]:
    """Alerts are raised once per clinician; the client sees each save's or comment's once."""
    seen: set[tuple[int | None, int | None]] = set()
    alerts: list[ExportedAlert] = []
    for row in (
        RiskAlert.objects.filter(client=client)
        .order_by("created_at")
        .values("revision_id", "comment_id", "assignment_id", "reasons", "created_at")
    ):
        about = (row["revision_id"], row["comment_id"])  # a comment's alert has no revision
        if about not in seen:
            seen.add(about)
            alerts.append(
                {"assignment_id": row["assignment_id"], "reasons": row["reasons"], "created_at": row["created_at"]}
            )
    return alerts
