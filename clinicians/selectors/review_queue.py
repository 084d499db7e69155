"""The review queue: submissions waiting for the caller, the most urgent risk first, a series on one line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from accounts.models import User
from assignments.models import Assignment, DiscussionFlag, ResponseRevision, RiskAlert, urgency_of
from clinicians.selectors.common import S, count_per


class QueueAnnotations(TypedDict):
    """What ``review_queue_for`` annotates each assignment with."""

    submissions: int  # how many times it was sent (more than one: revised)
    has_alert: bool  # an open risk alert of the caller's about it
    alert_level: str | None  # the most urgent level among those alerts
    alert_urgency: int  # that level's rank (0 most urgent), past every level when there is none
    has_flags: bool  # the client marked something in it to discuss


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    QueuedAssignment = WithAnnotations[Assignment, QueueAnnotations]


def review_queue_for(*, user: User) -> QuerySet[QueuedAssignment]:
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
            submissions=count_per(submissions, by="response"),
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

    items: list[QueuedAssignment]

    @property
    def first(self) -> QueuedAssignment:
        return self.items[0]

    @property
    def last(self) -> QueuedAssignment:
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
