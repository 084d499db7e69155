"""Reads for the clinician dashboard and the practice admin's pages, always scoped to the caller.

Built on the scoped querysets (``Client.objects.visible_to``,
``Assignment.objects.visible_to``) and on ``clients.selectors``; every list is
annotated with subqueries or fetched in one query per kind of row, so a page
costs the same number of queries at 5 clients or 500.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, Func, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User, has_set_password
from assignments.models import (
    Assignment,
    Comment,
    DiscussionFlag,
    PathwayEnrollment,
    PathwayProposal,
    Response,
    ResponseRevision,
    RiskAlert,
    Template,
    urgency_of,
)
from assignments.questionnaire import index
from assignments.risk import level_rank
from assignments.selectors import assignment_for, changes_since_last_submission
from clients.models import CareTeamMember, Client
from clients.selectors import adherence, caseload_for, client_for, progress_for, with_activity
from clinicians import answers as answer_layout
from clinicians.alerts import open_alerts_for
from clinicians.models import Clinician, SessionHeld, WeeklySummary

S = Assignment.Status
OPEN = (S.ASSIGNED, S.IN_PROGRESS, S.REVISION_REQUESTED)
MEASURE_SLUGS = {"phq9": "phq-9", "gad7": "gad-7"}
SEVERE_FROM = 15  # PHQ-9 moderately severe and GAD-7 severe both start at 15
SPARK_WEEKS = 8
PREP_FALLBACK_DAYS = 14


def _count(qs: QuerySet, by: str = "client") -> Subquery:
    return Coalesce(Subquery(qs.values(by).annotate(n=Count("pk")).values("n")), 0)


def _scores(slug: str, client_ref: str = "pk") -> QuerySet[Response]:
    return Response.objects.filter(
        assignment__client=OuterRef(client_ref),
        assignment__template_version__template__slug=slug,
        score_total__isnull=False,
        submitted_at__isnull=False,
    ).order_by("-submitted_at", "-pk")


# --- Caseload ---------------------------------------------------------------------------


def caseload_rows(*, user: User, now: datetime.datetime | None = None) -> QuerySet[Client]:
    """The caller's caseload, each client annotated with everything a caseload row shows."""
    now = now or timezone.now()
    open_work = Assignment.objects.filter(client=OuterRef("pk"), status__in=OPEN)
    annotations = {
        "next_due_at": Subquery(open_work.filter(due_at__gte=now).order_by("due_at").values("due_at")[:1]),
        "overdue": _count(open_work.filter(due_at__lt=now)),
        "awaiting_review": _count(Assignment.objects.filter(client=OuterRef("pk"), status=S.SUBMITTED)),
    }
    for key, slug in MEASURE_SLUGS.items():
        scores = _scores(slug)
        annotations[f"{key}_score"] = Subquery(scores.values("score_total")[:1])
        annotations[f"{key}_band"] = Subquery(scores.values("score_band")[:1])
        annotations[f"{key}_previous"] = Subquery(scores.values("score_total")[1:2])
    return with_activity(caseload_for(user=user), user=user, now=now).annotate(**annotations)


@dataclass(frozen=True)
class Trend:
    score: int
    band: str
    previous: int | None

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.score - self.previous

    @property
    def amount(self) -> int | None:
        return None if self.previous is None else abs(self.score - self.previous)

    @property
    def direction(self) -> str:
        change = self.change
        if change is None:
            return "first"
        return "same" if change == 0 else "down" if change < 0 else "up"

    @property
    def band_label(self) -> str:
        return self.band.replace("_", " ").capitalize() if self.band else ""

    @property
    def is_severe(self) -> bool:
        return self.score >= SEVERE_FROM


def _trend(client: Client, key: str) -> Trend | None:
    score = getattr(client, f"{key}_score")
    if score is None:
        return None
    previous = getattr(client, f"{key}_previous")
    return Trend(
        score=int(score),
        band=getattr(client, f"{key}_band") or "",
        previous=None if previous is None else int(previous),
    )


FILTERS = {
    "": "All clients",
    "risk": "At risk",
    "review": "Awaiting review",
    "overdue": "Overdue",
    "dropping": "May be dropping out",
}
SORTS = {
    "attention": "Needs attention first",
    "name": "Name",
    "next_due": "Next due",
    "last_activity": "Last activity",
    "adherence": "Adherence (lowest first)",
    "phq9": "PHQ-9 (highest first)",
    "gad7": "GAD-7 (highest first)",
}
_FAR = datetime.datetime.max.replace(tzinfo=datetime.UTC)
_PAST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _sort_key(sort: str):
    keys = {
        "attention": lambda c: (
            not c.at_risk,
            c.disengaged_since is None,
            not c.awaiting_review,
            not c.overdue,
            c.next_due_at or _FAR,
            c.user.display_name.lower(),
        ),
        "name": lambda c: (c.user.display_name.lower(), c.pk),
        "next_due": lambda c: (c.next_due_at or _FAR, c.user.display_name.lower()),
        "last_activity": lambda c: (-(c.last_activity_at or _PAST).timestamp(), c.user.display_name.lower()),
        "adherence": lambda c: (2 if c.adherence is None else c.adherence, c.user.display_name.lower()),
        "phq9": lambda c: (-(c.phq9.score if c.phq9 else -1), c.user.display_name.lower()),
        "gad7": lambda c: (-(c.gad7.score if c.gad7 else -1), c.user.display_name.lower()),
    }
    chosen = keys.get(sort, keys["attention"])
    # Clients with an open risk alert always come first, the most urgent level first, whatever the sort.
    return lambda c: (not c.open_alerts, level_rank(c.alert_level or ""), chosen(c))


@dataclass
class Caseload:
    rows: list[Client]
    counts: dict[str, int]
    filter: str
    sort: str
    total: int


def caseload_table(
    *, user: User, filter: str = "", sort: str = "attention", now: datetime.datetime | None = None
) -> Caseload:
    """The caseload page: annotated rows, filtered and sorted, with counts per filter. Fixed query count."""
    now = now or timezone.now()
    filter = filter if filter in FILTERS else ""
    sort = sort if sort in SORTS else "attention"
    clients = list(caseload_rows(user=user, now=now))
    weeks = _weekly_done(user=user, now=now)
    for client in clients:
        client.adherence = adherence(client)
        client.phq9, client.gad7 = _trend(client, "phq9"), _trend(client, "gad7")
        client.at_risk = bool(client.open_alerts) or any(t and t.is_severe for t in (client.phq9, client.gad7))
        client.weekly = weeks.get(client.pk, [None] * SPARK_WEEKS)
    tests = {
        "": lambda c: True,
        "risk": lambda c: c.at_risk,
        "review": lambda c: c.awaiting_review > 0,
        "overdue": lambda c: c.overdue > 0,
        "dropping": lambda c: c.disengaged_since is not None,
    }
    counts = {key: sum(1 for c in clients if test(c)) for key, test in tests.items()}
    rows = sorted((c for c in clients if tests[filter](c)), key=_sort_key(sort))
    return Caseload(rows=rows, counts=counts, filter=filter, sort=sort, total=len(clients))


def _weekly_done(*, user: User, now: datetime.datetime) -> dict[int, list[float | None]]:
    """Per client, the share of what fell due that was done in each of the last 8 weeks (oldest first). One query."""
    start = now - datetime.timedelta(weeks=SPARK_WEEKS)
    rows = (
        Assignment.objects.filter(
            client__in=Client.objects.visible_to(user).values("pk"), due_at__gt=start, due_at__lte=now
        )
        .exclude(status=S.CANCELLED)
        .values_list("client_id", "due_at", "status")
    )
    tally: dict[int, list[list[int]]] = {}
    for client_id, due_at, status in rows:
        weeks_ago = min(int((now - due_at).total_seconds() // (7 * 86400)), SPARK_WEEKS - 1)
        slot = tally.setdefault(client_id, [[0, 0] for _ in range(SPARK_WEEKS)])[SPARK_WEEKS - 1 - weeks_ago]
        slot[0] += 1
        slot[1] += status in (S.SUBMITTED, S.REVIEWED, S.REVISION_REQUESTED)
    return {client_id: [done / due if due else None for due, done in slots] for client_id, slots in tally.items()}


# --- Review queue ---------------------------------------------------------------------


def review_queue_for(*, user: User) -> QuerySet[Assignment]:
    """Submitted assignments waiting for the caller's review: open risk alerts first, most urgent level first,
    then the oldest submission first."""
    submissions = ResponseRevision.objects.filter(
        response__assignment=OuterRef("pk"), kind=ResponseRevision.Kind.SUBMISSION
    )
    alerts = RiskAlert.objects.filter(assignment=OuterRef("pk"), clinician__user=user, acknowledged_at__isnull=True)
    flags = DiscussionFlag.objects.filter(assignment=OuterRef("pk"), cleared_at__isnull=True)
    return (
        Assignment.objects.visible_to(user)
        .filter(status=S.SUBMITTED)
        .select_related("template_version__template", "client__user", "response")
        .annotate(
            submissions=_count(submissions, by="response"),
            has_alert=Exists(alerts),
            alert_level=Subquery(alerts.most_urgent_first().values("level")[:1]),
            alert_urgency=Coalesce(
                Subquery(alerts.annotate(u=urgency_of("level")).order_by("u").values("u")[:1]),
                len(RiskAlert.Level.values),
            ),
            has_flags=Exists(flags),
        )
        .order_by("alert_urgency", "submitted_at", "pk")
    )


@dataclass
class QueueEntry:
    """One line of the review queue: an assignment, or a recurring series' submissions together."""

    items: list[Assignment]

    @property
    def first(self) -> Assignment:
        return self.items[0]

    @property
    def last(self) -> Assignment:
        return self.items[-1]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def has_alert(self) -> bool:
        return any(a.has_alert for a in self.items)

    @property
    def has_flags(self) -> bool:
        return any(a.has_flags for a in self.items)

    @property
    def revised(self) -> bool:
        return any(a.submissions > 1 for a in self.items)

    @property
    def in_session(self) -> int:
        """How many were filled in together with the client in a session."""
        return sum(a.completed_in_session for a in self.items)


def review_queue_entries(*, user: User) -> list[QueueEntry]:
    """The review queue with each recurring series' submissions on one line, oldest first."""
    entries: list[QueueEntry] = []
    series: dict[int, QueueEntry] = {}
    for assignment in review_queue_for(user=user):
        if assignment.series_id is None:
            entries.append(QueueEntry([assignment]))
        elif assignment.series_id in series:
            series[assignment.series_id].items.append(assignment)
        else:
            series[assignment.series_id] = entry = QueueEntry([assignment])
            entries.append(entry)
    return entries


class _CountAll(Func):
    """COUNT(*) as a plain expression: with no GROUP BY, the subquery counts every row it selects."""

    function = "COUNT"
    template = "%(function)s(*)"
    output_field = IntegerField()


def _total(qs: QuerySet) -> Coalesce:
    return Coalesce(Subquery(qs.order_by().annotate(total=_CountAll()).values("total")[:1]), 0)


@dataclass(frozen=True)
class Header:
    time_zone: str
    open_alerts: int
    awaiting_review: int


def clinician_header_for(*, user: User) -> Header | None:
    """The clinician's time zone and the menu's two counts, in one query (None without a profile)."""
    row = (
        Clinician.objects.filter(user=user)
        .annotate(
            open_alerts=_total(open_alerts_for(user=user)),
            awaiting_review=_total(Assignment.objects.visible_to(user).filter(status=S.SUBMITTED)),
        )
        .values_list("time_zone", "open_alerts", "awaiting_review")
        .first()
    )
    return Header(*row) if row else None


def review_count_for(*, user: User) -> int:
    return Assignment.objects.visible_to(user).filter(status=S.SUBMITTED).count()


# --- One assignment, read by the clinician ------------------------------------------------


@dataclass
class AssignmentPage:
    assignment: Assignment
    submissions: list[dict]
    changes: list[dict]
    nodes: list[answer_layout.Node]
    alerts: list[RiskAlert]
    flags: list[DiscussionFlag]
    general_comments: list[Comment]
    next_in_queue: Assignment | None

    @property
    def latest(self) -> dict | None:
        return self.submissions[0] if self.submissions else None

    @property
    def can_review(self) -> bool:
        return self.assignment.status == S.SUBMITTED


def assignment_page_for(*, user: User, pk: int) -> AssignmentPage:
    """An assignment with its latest submitted answers laid out, its comments, alerts and changes."""
    assignment = assignment_for(user=user, pk=pk)
    submissions = list(
        ResponseRevision.objects.filter(response__assignment=assignment, kind=ResponseRevision.Kind.SUBMISSION)
        .order_by("-number")
        .values("answers", "created_at", "number")
    )
    changes = changes_since_last_submission(assignment=assignment)
    alerts = list(
        RiskAlert.objects.filter(assignment=assignment, clinician__user=user)
        .select_related("acknowledged_by")
        .order_by("-created_at")
    )
    flags = list(DiscussionFlag.objects.filter(assignment=assignment, cleared_at__isnull=True).order_by("created_at"))
    items = assignment.template_version.items
    known = index(items)
    notes = answer_layout.Notes(
        changes={change["linkId"]: change["before"] for change in changes},
        flagged={flag.link_id for flag in flags},
    )
    for alert in alerts:
        if alert.acknowledged_at is None:
            for reason in alert.reasons:
                top = _top_link_id(reason.get("linkId", ""), known)
                notes.risks.setdefault(top, []).append(reason.get("reason", ""))
    general = []
    for comment in assignment.comment_list:
        if comment.link_id and comment.link_id in known:
            notes.comments.setdefault(comment.link_id, []).append(comment)
        else:
            general.append(comment)
    latest = submissions[0]["answers"] if submissions else {}
    next_in_queue = review_queue_for(user=user).exclude(pk=assignment.pk).first()
    return AssignmentPage(
        assignment=assignment,
        submissions=submissions,
        changes=[
            {
                **change,
                "item": known.get(change["linkId"]),
                "before_text": answer_layout.plain(known.get(change["linkId"]), change["before"]),
                "after_text": answer_layout.plain(known.get(change["linkId"]), change["after"]),
            }
            for change in changes
        ],
        nodes=answer_layout.layout(items, latest, notes),
        alerts=alerts,
        flags=flags,
        general_comments=general,
        next_in_queue=next_in_queue,
    )


def _top_link_id(path: str, known: dict) -> str:
    if path in known:
        return path
    return path.split(".", 1)[0]


# --- One assignment, filled in together in a session ------------------------------------

RECENT_SAVES = 6


@dataclass
class InSessionPage:
    assignment: Assignment
    saves: list[ResponseRevision]  # the latest few, newest first, each with its author
    comments: list[Comment]  # each with ``about``: the question it is about, if any

    @property
    def client_first_name(self) -> str:
        return first_name(self.assignment.client)

    @property
    def save_count(self) -> int:
        """Every save is a revision numbered from 1, so the response's version counts them."""
        return self.saves[0].number if self.saves else 0


def first_name(client: Client) -> str:
    """How the in-session banner names the client: the first word of their display name."""
    name = client.user.display_name.split()
    return name[0] if name else "your client"


def in_session_page_for(*, user: User, pk: int) -> InSessionPage:
    """An assignment to fill in with the client in the room, with who saved it lately. Fixed query count."""
    assignment = assignment_for(user=user, pk=pk)
    saves = list(
        ResponseRevision.objects.filter(response__assignment=assignment)
        .select_related("author")
        .defer("answers")
        .order_by("-number")[:RECENT_SAVES]
    )
    texts = {link_id: item.get("text", "") for link_id, item in index(assignment.template_version.items).items()}
    for comment in assignment.comment_list:
        comment.about = texts.get(comment.link_id, "") if comment.link_id else ""
    return InSessionPage(assignment=assignment, saves=saves, comments=assignment.comment_list)


# --- The client page ---------------------------------------------------------------------


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


@dataclass
class OpenWork:
    assignment: Assignment
    more: int = 0  # later occurrences of the same series still to come


@dataclass
class ClientPage:
    client: Client
    open_work: list[OpenWork]
    timeline: list[TimelineWeek]
    progress: dict
    proposals: list[PathwayProposal]
    open_alerts: list[RiskAlert]
    on_pathway: bool
    last_session: SessionHeld | None
    timeline_truncated: bool


def client_page_for(*, user: User, pk: int, weeks: int | None = 12, now: datetime.datetime | None = None) -> ClientPage:
    """A client's record for their clinician: open work, timeline, progress and proposals. Fixed query count."""
    now = now or timezone.now()
    client = client_for(user=user, pk=pk)
    assignments = list(
        Assignment.objects.visible_to(user)
        .filter(client=client)
        .select_related("template_version__template", "response", "series", "enrollment")
        .order_by("due_at", "pk")
    )
    comments = list(
        Comment.objects.filter(assignment__in=[a.pk for a in assignments]).select_related(
            "author", "assignment__template_version__template"
        )
        if assignments
        else []
    )
    alerts = list(
        RiskAlert.objects.filter(client=client, clinician__user=user)
        .select_related("assignment__template_version__template", "acknowledged_by")
        .order_by("-created_at")
    )
    sessions = list(SessionHeld.objects.filter(client=client).select_related("clinician__user"))
    proposals = list(
        PathwayProposal.objects.filter(enrollment__client=client, status=PathwayProposal.Status.PROPOSED)
        .select_related("after__template_version__template")
        .order_by("due_at", "pk")
    )
    if proposals:
        titles = dict(
            Template.objects.filter(practice__isnull=True, slug__in={p.template_slug for p in proposals}).values_list(
                "slug", "current_version__title"
            )
        )
        for proposal in proposals:
            proposal.title = titles.get(proposal.template_slug) or proposal.template_slug.replace("-", " ").capitalize()
    progress = progress_for(client=client, now=now)
    zone = timezone.get_current_timezone()
    timeline, truncated = _timeline(assignments, comments, alerts, sessions, zone=zone, weeks=weeks, now=now)
    return ClientPage(
        client=client,
        open_work=_open_work(assignments),
        timeline=timeline,
        progress=progress,
        proposals=proposals,
        open_alerts=[alert for alert in alerts if alert.acknowledged_at is None],
        on_pathway=any(
            a.enrollment is not None and a.enrollment.status == PathwayEnrollment.Status.ACTIVE for a in assignments
        ),
        last_session=sessions[0] if sessions else None,
        timeline_truncated=truncated,
    )


def _open_work(assignments: list[Assignment]) -> list[OpenWork]:
    work: list[OpenWork] = []
    seen_series: dict[int, OpenWork] = {}
    for assignment in assignments:  # in due order
        if not assignment.is_open:
            continue
        if assignment.series_id:
            if assignment.series_id in seen_series:
                seen_series[assignment.series_id].more += 1
                continue
            seen_series[assignment.series_id] = entry = OpenWork(assignment)
            work.append(entry)
        else:
            work.append(OpenWork(assignment))
    return work


def _title(assignment: Assignment) -> str:
    return assignment.template_version.title


def _timeline(assignments, comments, alerts, sessions, *, zone, weeks, now):
    events: list[TimelineEvent] = []
    given_series: set[int] = set()
    habits: dict[tuple[int, datetime.date], list[Assignment]] = {}

    def monday(moment: datetime.datetime) -> datetime.date:
        day = moment.astimezone(zone).date()
        return day - datetime.timedelta(days=day.weekday())

    for a in assignments:
        if a.series_id:
            if a.series_id not in given_series:
                given_series.add(a.series_id)
                series = a.series
                events.append(
                    TimelineEvent(
                        a.created_at,
                        "given",
                        f"Given: {_title(a)}",
                        f"{series.get_recurrence_display()}, {series.occurrences} times",
                        a,
                    )
                )
            if a.submitted_at:
                habits.setdefault((a.series_id, monday(a.submitted_at)), []).append(a)
            continue
        if a.created_at <= now:
            events.append(TimelineEvent(a.created_at, "given", f"Given: {_title(a)}", "", a))
        if a.submitted_at:
            detail = ""
            response = getattr(a, "response", None)
            if response is not None and response.score_total is not None:
                detail = f"Score {int(response.score_total)} ({response.score_band.replace('_', ' ')})"
            events.append(TimelineEvent(a.submitted_at, "submitted", f"Submitted: {_title(a)}", detail, a))
        if a.reviewed_at:
            events.append(TimelineEvent(a.reviewed_at, "reviewed", f"Reviewed: {_title(a)}", "", a))
        if a.cancelled_at:
            events.append(TimelineEvent(a.cancelled_at, "cancelled", f"Cancelled: {_title(a)}", "", a))
    for (_, _week), done in habits.items():
        latest = max(done, key=lambda a: a.submitted_at)
        count = len(done)
        events.append(
            TimelineEvent(
                latest.submitted_at,
                "habits",
                f"{_title(latest)}: filled in {count} {'time' if count == 1 else 'times'} this week",
                "",
                latest,
            )
        )
    for c in comments:
        author = c.author.display_name if c.author else "Someone who has left"
        where = f"Comment on {_title(c.assignment)}"
        events.append(TimelineEvent(c.created_at, "comment", where, c.body, c.assignment, author))
    for alert in alerts:
        events.append(
            TimelineEvent(
                alert.created_at, "alert", f"Risk alert: {_title(alert.assignment)}", alert.summary, alert.assignment
            )
        )
        if alert.acknowledged_at:
            by = alert.acknowledged_by.display_name if alert.acknowledged_by else ""
            events.append(
                TimelineEvent(
                    alert.acknowledged_at,
                    "acknowledged",
                    "Alert acknowledged",
                    alert.acknowledgement_note,
                    alert.assignment,
                    by,
                )
            )
    for session in sessions:
        events.append(
            TimelineEvent(session.held_at, "session", "Session held", "", None, session.clinician.user.display_name)
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


def client_on_pathway(*, client: Client) -> bool:
    return PathwayEnrollment.objects.filter(client=client, status=PathwayEnrollment.Status.ACTIVE).exists()


def assignable_templates_for(*, user: User) -> list[Template]:
    """Published templates the caller may give: the library and their practice's own."""
    return list(Template.objects.visible_to(user).usable().select_related("current_version").order_by("kind", "slug"))


def proposal_for(*, user: User, client: Client, pk: int) -> PathwayProposal:
    return get_object_or_404(
        PathwayProposal.objects.filter(
            enrollment__client=client, enrollment__client__in=Client.objects.visible_to(user).values("pk")
        ),
        pk=pk,
    )


def open_assignment_for(*, user: User, pk: int) -> Assignment:
    return get_object_or_404(Assignment.objects.visible_to(user).select_related("client"), pk=pk)


# --- Session prep -------------------------------------------------------------------------


@dataclass
class ScoreChange:
    measure: str
    before: Response | None
    after: Response | None

    @property
    def change(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return int(self.after.score_total) - int(self.before.score_total)


@dataclass
class SessionPrep:
    client: Client
    last_session: SessionHeld | None
    since: datetime.datetime
    submissions: list[Assignment]
    score_changes: list[ScoreChange]
    flags: list[dict]
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
        before = [r for r in mine if r.submitted_at < since]
        after = [r for r in mine if r.submitted_at >= since]
        if after or before:
            score_changes.append(
                ScoreChange(measure=key, before=before[-1] if before else None, after=after[-1] if after else None)
            )
    flags = []
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


# --- Practice admin -----------------------------------------------------------------------


def practice_clinicians_for(*, user: User) -> QuerySet[Clinician]:
    """The admin's practice's clinicians, with how many clients each currently cares for."""
    return (
        Clinician.objects.visible_to(user)
        .select_related("user")
        .annotate(
            has_joined=has_set_password(),
            caseload_size=Count("care_team", filter=Q(care_team__ended_on__isnull=True)),
        )
        .order_by("-user__is_active", "user__display_name", "pk")
    )


def practice_clinician_for(*, user: User, pk: int) -> Clinician:
    return get_object_or_404(practice_clinicians_for(user=user), pk=pk)


def _current_team() -> Prefetch:
    team = CareTeamMember.objects.filter(ended_on__isnull=True).select_related("clinician__user")
    return Prefetch("care_team", queryset=team, to_attr="current_team")


def practice_clients_for(*, user: User) -> list[Client]:
    """Every client of the admin's practice; those without an active primary clinician first."""
    active_primary = CareTeamMember.objects.filter(
        client=OuterRef("pk"), ended_on__isnull=True, is_primary=True, clinician__user__is_active=True
    )
    clients = (
        Client.objects.visible_to(user)
        .select_related("user")
        .prefetch_related(_current_team())
        .annotate(has_active_primary=Exists(active_primary))
    )
    clients = sorted(clients, key=lambda c: (c.has_active_primary, c.user.display_name.lower(), c.pk))
    for client in clients:
        client.primary = next((m for m in client.current_team if m.is_primary), None)
        client.others = [m for m in client.current_team if not m.is_primary]
    return clients


def practice_client_for(*, user: User, pk: int) -> Client:
    return get_object_or_404(
        Client.objects.visible_to(user).select_related("user").prefetch_related(_current_team()), pk=pk
    )


@dataclass
class Handover:
    clients: list[Client]
    open_alerts: int


def clinician_handover_for(*, clinician: Clinician) -> Handover:
    """Who a clinician currently cares for, and their open alerts: what a deactivation leaves to hand over."""
    clients = list(
        Client.objects.filter(care_team__clinician=clinician, care_team__ended_on__isnull=True)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )
    alerts = RiskAlert.objects.filter(clinician=clinician, acknowledged_at__isnull=True).count()
    return Handover(clients=clients, open_alerts=alerts)


def active_clinicians_for(*, user: User) -> QuerySet[Clinician]:
    return (
        Clinician.objects.visible_to(user)
        .filter(user__is_active=True)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )


# --- Weekly summaries ------------------------------------------------------------------------------------------


def summaries_for(*, user: User) -> QuerySet[WeeklySummary]:
    """The caller's own weekly summaries, newest first, with only their caseload totals loaded."""
    return (
        WeeklySummary.objects.filter(clinician__user=user)
        .order_by("-week_of", "-pk")
        .values("pk", "week_of", "period_start", "period_end", "data__totals")
    )


@dataclass
class SummaryPage:
    summary: WeeklySummary
    rows: list[dict]
    attention: list[dict]
    feedback: list[dict]
    discuss: list[dict]
    visible_clients: set[int]
    newer: int | None
    older: int | None


def summary_page_for(*, user: User, pk: int) -> SummaryPage:
    """One of the caller's summaries (404 for anyone else's), with which clients they may still open. Four queries."""
    from clinicians.summaries import needs_attention

    mine = WeeklySummary.objects.filter(clinician__user=user)
    summary = get_object_or_404(mine.select_related("clinician__user"), pk=pk)
    rows = summary.data["clients"]
    visible = set(
        Client.objects.visible_to(user).filter(pk__in=[row["id"] for row in rows]).values_list("pk", flat=True)
    )
    newer = mine.filter(week_of__gt=summary.week_of).order_by("week_of").values_list("pk", flat=True).first()
    older = mine.filter(week_of__lt=summary.week_of).order_by("-week_of").values_list("pk", flat=True).first()
    return SummaryPage(
        summary=summary,
        rows=rows,
        attention=[row for row in rows if needs_attention(row)],
        feedback=[{**item, "client": row} for row in rows for item in row.get("feedback", [])],
        discuss=[{**item, "client": row} for row in rows for item in row["discuss"]],
        visible_clients=visible,
        newer=newer,
        older=older,
    )
