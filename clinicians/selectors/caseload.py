"""The caseload page: every current client in one annotated row, filtered and sorted in Python."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment
from assignments.risk import level_rank
from clients.models import CareTeamMember, Client
from clients.selectors import Activity, adherence, caseload_for, with_activity
from clinicians.selectors.common import MEASURE_SLUGS, OPEN, S, count_per, scores_of

SEVERE_FROM = 15  # PHQ-9 moderately severe and GAD-7 severe both start at 15
SPARK_WEEKS = 8


class CaseloadAnnotations(Activity):
    """What ``caseload_rows`` reads for each client: ``with_activity``'s, ``caseload_for``'s and its own."""

    has_joined: bool
    current_team: list[CareTeamMember]  # prefetched, each with its clinician's user
    next_due_at: datetime.datetime | None  # the soonest open assignment not yet overdue
    overdue: int
    awaiting_review: int
    # The latest score, its band and the one before, for each of MEASURE_SLUGS (read by ``_trend``).
    phq9_score: Decimal | None
    phq9_band: str | None
    phq9_previous: Decimal | None
    gad7_score: Decimal | None
    gad7_band: str | None
    gad7_previous: Decimal | None


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    CaseloadClient = WithAnnotations[Client, CaseloadAnnotations]


def caseload_rows(*, user: User, now: datetime.datetime | None = None) -> QuerySet[CaseloadClient]:
    """The caller's caseload, each client annotated with everything a caseload row shows."""
    now = now or timezone.now()
    open_work = Assignment.objects.filter(client=OuterRef("pk"), status__in=OPEN)
    annotations = {
        "next_due_at": Subquery(open_work.filter(due_at__gte=now).order_by("due_at").values("due_at")[:1]),
        "overdue": count_per(open_work.filter(due_at__lt=now)),
        "awaiting_review": count_per(Assignment.objects.filter(client=OuterRef("pk"), status=S.SUBMITTED)),
    }
    for key, slug in MEASURE_SLUGS.items():
        scores = scores_of(slug)
        annotations[f"{key}_score"] = Subquery(scores.values("score_total")[:1])
        annotations[f"{key}_band"] = Subquery(scores.values("score_band")[:1])
        annotations[f"{key}_previous"] = Subquery(scores.values("score_total")[1:2])
    rows = with_activity(caseload_for(user=user), user=user, now=now).annotate(**annotations)
    # CaseloadAnnotations' names, added here, in with_activity and in caseload_for: django-stubs cannot follow
    # them through **annotations and with_activity's QuerySet[Client] parameter.
    return cast("QuerySet[CaseloadClient]", rows)


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


class CaseloadRowFields(CaseloadAnnotations):
    """A caseload row as the page shows it: the annotations, and what ``caseload_table`` works out from them."""

    adherence: float | None
    phq9: Trend | None
    gad7: Trend | None
    at_risk: bool  # an open alert, or a severe latest PHQ-9 or GAD-7
    weekly: list[float | None]  # the share done of what fell due, each of the last SPARK_WEEKS weeks, oldest first


if TYPE_CHECKING:
    CaseloadRow = WithAnnotations[Client, CaseloadRowFields]


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
    rows: list[CaseloadRow]
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
    # The same rows, each given CaseloadRowFields' own attributes just below.
    clients = cast("list[CaseloadRow]", list(caseload_rows(user=user, now=now)))
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
