"""A client's record for their clinician: open work, the timeline, progress, proposed next steps."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict, cast

from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment, Comment, PathwayEnrollment, PathwayProposal, RiskAlert, Template
from clients.models import Client
from clients.selectors import Progress, client_for, progress_of
from clinicians.models import SessionHeld
from clinicians.selectors.timeline import TimelineWeek, build_timeline


class Titled(TypedDict):
    title: str  # the proposed template's title, or its slug in words when the library no longer has it


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    TitledProposal = WithAnnotations[PathwayProposal, Titled]


@dataclass
class OpenWork:
    assignment: Assignment
    more: int = 0  # later occurrences of the same series still to come


@dataclass
class ClientPage:
    client: Client
    open_work: list[OpenWork]
    timeline: list[TimelineWeek]
    progress: Progress
    proposals: list[TitledProposal]
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
    proposed = (
        PathwayProposal.objects.filter(enrollment__client=client, status=PathwayProposal.Status.PROPOSED)
        .select_related("after__template_version__template")
        .order_by("due_at", "pk")
    )
    proposals = cast("list[TitledProposal]", list(proposed))  # the same rows, each given ``title`` just below
    if proposals:
        titles = dict(
            Template.objects.filter(practice__isnull=True, slug__in={p.template_slug for p in proposals}).values_list(
                "slug", "current_version__title"
            )
        )
        for proposal in proposals:
            proposal.title = titles.get(proposal.template_slug) or proposal.template_slug.replace("-", " ").capitalize()
    progress = progress_of(client=client, now=now)
    zone = timezone.get_current_timezone()
    timeline, truncated = build_timeline(assignments, comments, alerts, sessions, zone=zone, weeks=weeks, now=now)
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


def proposal_for(*, user: User, client: Client, pk: int) -> PathwayProposal:
    return get_object_or_404(
        PathwayProposal.objects.filter(
            enrollment__client=client, enrollment__client__in=Client.objects.visible_to(user).values("pk")
        ),
        pk=pk,
    )
