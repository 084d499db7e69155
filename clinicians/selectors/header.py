"""What every clinician page's menu shows: the clinician's time zone and two counts, in one query."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Func, IntegerField, QuerySet, Subquery
from django.db.models.functions import Coalesce

from accounts.models import User
from assignments.models import Assignment
from clinicians.alerts import open_alerts_for
from clinicians.models import Clinician
from clinicians.selectors.common import S


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
