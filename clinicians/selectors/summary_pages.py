"""The clinician's own weekly summaries: the list, and one summary with whom they may still open."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, TypedDict

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from accounts.models import User
from clients.models import Client
from clinicians.models import WeeklySummary


class SummaryListed(TypedDict):
    """A weekly summary as the list shows it: its week and its caseload totals, not every client's row."""

    pk: int
    week_of: datetime.date
    period_start: datetime.datetime
    period_end: datetime.datetime
    data: dict[str, Any]  # the whole document: it is encrypted at rest, so the database cannot pick out "totals"


def summaries_for(*, user: User) -> QuerySet[WeeklySummary, SummaryListed]:
    """The caller's own weekly summaries, newest first (the page shows each one's caseload totals)."""
    return (
        WeeklySummary.objects.filter(clinician__user=user)
        .order_by("-week_of", "-pk")
        .values("pk", "week_of", "period_start", "period_end", "data")
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
