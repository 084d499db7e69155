"""What several pages' reads share: the open statuses, the measures' slugs, and per-client subqueries."""

from __future__ import annotations

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from assignments.models import Assignment, Response

S = Assignment.Status
OPEN = (S.ASSIGNED, S.IN_PROGRESS, S.REVISION_REQUESTED)
MEASURE_SLUGS = {"phq9": "phq-9", "gad7": "gad-7"}


def count_per(qs: QuerySet, by: str = "client") -> Coalesce:
    """How many rows of ``qs`` (already filtered on an ``OuterRef``) there are per ``by``; 0 for none."""
    return Coalesce(Subquery(qs.values(by).annotate(n=Count("pk")).values("n")), 0)


def scores_of(slug: str, client_ref: str = "pk") -> QuerySet[Response]:
    """The outer client's submitted scores on the measure ``slug``, newest first."""
    return Response.objects.filter(
        assignment__client=OuterRef(client_ref),
        assignment__template_version__template__slug=slug,
        score_total__isnull=False,
        submitted_at__isnull=False,
    ).order_by("-submitted_at", "-pk")
