"""Risk alerts as the clinician reads them, always scoped to the caller: the lists (most urgent
first), and for each alert the answers that raised it, with the question the client saw and the
matched words marked.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User
from assignments.models import RiskAlert
from assignments.questionnaire import is_enabled
from clients.models import Client
from clients.safety_plan import safety_plans_for
from clinicians import answers as answer_layout


def _alerts(user: User) -> QuerySet[RiskAlert]:
    return RiskAlert.objects.filter(
        clinician__user=user, client__in=Client.objects.visible_to(user).values("pk")
    ).select_related(
        "client__user",
        "assignment__template_version__template",
        "assignment__response",
        "revision",
        "comment",
        "acknowledged_by",
    )


def open_alerts_for(*, user: User) -> QuerySet[RiskAlert]:
    """Alerts raised to the caller and not yet acknowledged: the most urgent level first, newest first within it."""
    return _alerts(user).filter(acknowledged_at__isnull=True).most_urgent_first()


def open_alert_for(*, user: User, pk: int) -> RiskAlert:
    """The one alert the caller may acknowledge, for the web and the API alike: raised to them, still open,
    about a client they still care for. 404 otherwise (someone else's, acknowledged, or handed over)."""
    return get_object_or_404(open_alerts_for(user=user), pk=pk)


def recent_acknowledged_alerts_for(*, user: User, days: int = 30, limit: int = 20) -> list[RiskAlert]:
    since = timezone.now() - datetime.timedelta(days=days)
    return list(_alerts(user).filter(acknowledged_at__gte=since).order_by("-acknowledged_at")[:limit])


def open_alert_count_for(*, user: User) -> int:
    return open_alerts_for(user=user).count()


@dataclass
class Trigger:
    """One answer (or comment) that raised an alert: every reason found in it, shown once."""

    reasons: list[str]
    question: str
    answer: str
    level: str = ""
    asked_as: str = ""  # a display text shown just before the question, when the client saw it
    parts: list[tuple[str, bool]] = field(default_factory=list)  # the answer, with the matched words marked

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def _marked(text: str, spans: list[list[int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, matched) at the matched spans; [] when the spans do not fit the text."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if not (0 <= start < end <= len(text)):
            return []
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, at = [], 0
    for start, end in merged:
        if start > at:
            parts.append((text[at:start], False))
        parts.append((text[start:end], True))
        at = end
    if at < len(text):
        parts.append((text[at:], False))
    return parts


def _stem_seen(items: list[dict], link_id: str, answers: dict) -> str:
    """The display text that introduces an item, if the client was shown it.

    A stem introduces the run of questions after it in the same group (PHQ-9's "Over the last 2
    weeks…" stands over all nine items); a group or another display in between ends that run, and
    a display hidden by its enableWhen was never seen, so it is never quoted as asked.
    """

    def search(siblings: list[dict]) -> str | None:
        stem = None
        for item in siblings:
            if item.get("linkId") == link_id:
                return stem.get("text", "") if stem and is_enabled(stem, [answers]) else ""
            if item.get("type") == "group":
                found = search(item.get("item") or [])
                if found is not None:
                    return found
                stem = None
            elif item.get("type") == "display":
                stem = item
        return None

    return search(items) or ""


def alert_triggers(alert: RiskAlert) -> list[Trigger]:
    """One block per answer that raised the alert: the question as the client saw it, their words, every reason."""
    items = alert.assignment.template_version.items
    order = {level: rank for rank, level in enumerate(RiskAlert.Level.values)}
    grouped: dict[str, list[dict]] = {}
    for reason in alert.reasons:
        grouped.setdefault(reason.get("linkId", ""), []).append(reason)
    if alert.comment_id is not None:  # written in a comment, not an answer
        body = alert.comment.body
        return [
            Trigger(
                reasons=list(dict.fromkeys(r.get("reason", "") for r in reasons)),
                question="A comment",
                answer=body,
                level=min((r.get("level", "high") for r in reasons), key=lambda lv: order.get(lv, 9)),
                parts=_marked(body, [span for r in reasons for span in r.get("spans", [])]),
            )
            for reasons in grouped.values()
        ]
    answers = alert.revision.answers if alert.revision and isinstance(alert.revision.answers, dict) else {}
    triggers = []
    for path, reasons in grouped.items():
        item, value = answer_layout.answer_at(items, answers, path)
        spans = [span for r in reasons for span in r.get("spans", [])]
        triggers.append(
            Trigger(
                reasons=list(dict.fromkeys(r.get("reason", "") for r in reasons)),
                question=(item or {}).get("text", path),
                answer=answer_layout.plain(item, value),
                level=min((r.get("level", "high") for r in reasons), key=lambda lv: order.get(lv, 9)),
                asked_as=_stem_seen(items, (item or {}).get("linkId", ""), answers),
                parts=_marked(value, spans) if isinstance(value, str) and spans else [],
            )
        )
    return triggers


def open_alert_cards_for(*, user: User) -> list[RiskAlert]:
    """The open alerts with what each card shows: its ``triggers`` and the client's ``safety_plan`` (or None).

    The same number of queries however many alerts are open.
    """
    cards = list(open_alerts_for(user=user))
    plans = safety_plans_for(user=user, client_ids={alert.client_id for alert in cards})
    for alert in cards:
        alert.triggers = alert_triggers(alert)
        alert.safety_plan = plans.get(alert.client_id)
    return cards
