"""Risk: what reads as risk in what a client writes, and the alerts it raises for their clinicians.

Everything a client writes is read for risk: sent answers, every saved draft
and every comment. A draft or comment raises at most one alert per
assignment, risk category and day (typing more of the same never raises a
second one); a more urgent level of the same category does raise one.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TypedDict

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment, Comment, ResponseRevision, RiskAlert, TemplateVersion
from assignments.questionnaire import index, risk_reasons
from assignments.risk import CATEGORY_LABELS, find_risk_language, level_rank
from audit.services import audit_record
from clients.models import Client
from clinicians.models import Clinician

L = RiskAlert.Level
S_RISK = RiskAlert.Source
DRAFT_ALERT_WINDOW = datetime.timedelta(hours=24)
FREE_TEXT_TYPES = frozenset({"string", "text"})


class RaisedRisk(TypedDict):
    raised_risk: bool  # what was just written suggests risk: show the crisis resources now


def _texts(answers: dict, path: str = "") -> Iterator[tuple[str, str]]:
    for key, value in answers.items():
        values = value if isinstance(value, list) else [value]
        for position, entry in enumerate(values):
            if isinstance(entry, str):
                yield f"{path}{key}", entry
            elif isinstance(entry, dict):
                yield from _texts(entry, f"{path}{key}.{position}.")


def language_reasons(text: str, *, link_id: str, question: str = "") -> list[dict]:
    return [
        {
            "linkId": link_id,
            "reason": f"{CATEGORY_LABELS[match.category]}: {match.phrase}",
            "category": match.category,
            "level": match.level,
            "excerpt": match.excerpt,
            "spans": [list(span) for span in match.spans],
            "why": list(match.why),
        }
        for match in find_risk_language(text, question=question)
    ]


def risk_reasons_for(template_version: TemplateVersion, answers: dict) -> list[dict]:
    """Why these answers suggest risk: the template's own rules and risk language in free text.

    Each reason carries its ``level`` (imminent, high, moderate, history) and
    ``category``; a free-text reason also the words that matched (``spans``,
    offsets in the answer) and how they were read (``why``).
    """
    reasons = [
        {**reason, "category": f"rule:{reason['linkId']}", "level": reason.get("level") or L.HIGH}
        for reason in risk_reasons(template_version.items, template_version.risk_rules, answers)
    ]
    items = index(template_version.items)
    for where, text in _texts(answers):
        item = items.get(where.rsplit(".", 1)[-1], {})
        if item.get("type") in FREE_TEXT_TYPES:
            found = language_reasons(text, link_id=where, question=item.get("text", ""))
            if item.get("riskLanguage") == "describes-risk":
                found = [_as_described(reason) for reason in found]
            reasons += found
    return reasons


def _as_described(reason: dict) -> dict:
    """Risky words in an answer that asks for them (a safety plan's warning signs) are still shown, as history.

    Imminent words (a plan, means and a time) stay imminent wherever they are written.
    """
    if reason["level"] in (L.IMMINENT, L.HISTORY):
        return reason
    why = "written where the client was asked to describe their warning signs or risks, so read as history"
    return {**reason, "level": L.HISTORY, "why": [*reason["why"], why]}


def highest_level(reasons: list[dict]) -> str:
    levels = {reason.get("level") for reason in reasons}
    return next((level for level in L.values if level in levels), L.HIGH)


def _current_clinicians(client: Client) -> QuerySet[Clinician]:
    return Clinician.objects.filter(care_team__client=client, care_team__ended_on__isnull=True, user__is_active=True)


def _new_reasons(assignment: Assignment, reasons: list[dict], now: datetime.datetime) -> list[dict]:
    """The reasons not already alerted on this assignment in the last day at the same or a more urgent level."""
    recent = RiskAlert.objects.filter(assignment=assignment, created_at__gte=now - DRAFT_ALERT_WINDOW).values_list(
        "reasons", flat=True
    )
    seen: dict[str, int] = {}
    for earlier in recent:
        for reason in earlier:
            rank = level_rank(reason.get("level", L.HIGH))
            seen[reason.get("category", "")] = min(rank, seen.get(reason.get("category", ""), rank))
    return [r for r in reasons if level_rank(r["level"]) < seen.get(r["category"], len(L.values))]


def raise_risk_alerts(
    *,
    assignment: Assignment,
    reasons: list[dict],
    source: str,
    revision: ResponseRevision | None = None,
    comment: Comment | None = None,
) -> list[RiskAlert]:
    """One alert for each of the client's current clinicians, each emailed once the save commits.

    A draft or a comment only alerts on what is new today; sent answers always alert,
    and take over the open draft alerts of the same assignment rather than adding to them.
    """
    if not reasons:
        return []
    now = timezone.now()
    if source != S_RISK.SUBMISSION:
        reasons = _new_reasons(assignment, reasons, now)
        if not reasons:
            return []
    level = highest_level(reasons)
    practice = assignment.client.user.practice
    assert practice is not None, "a client's account always has a practice (only operators may have none)"
    remind_at = now + practice.alert_reminder_delay(level)
    fields = {
        "level": level,
        "source": source,
        "categories": sorted({r["category"] for r in reasons}),
        "reasons": reasons,
        "revision": revision,
        "comment": comment,
        "remind_at": remind_at,
    }
    alerts: list[RiskAlert] = []
    fresh: list[RiskAlert] = []
    open_drafts = {}
    if source == S_RISK.SUBMISSION:
        open_drafts = {
            alert.clinician_id: alert
            for alert in RiskAlert.objects.select_for_update().filter(
                assignment=assignment, source=S_RISK.DRAFT, acknowledged_at__isnull=True
            )
        }
    for clinician in _current_clinicians(assignment.client):
        draft_alert = open_drafts.get(clinician.pk)
        if draft_alert is not None:
            # The clinician has been told about the draft; now it is sent. One alert, most urgent level,
            # reminded no later than either would have been.
            for name, value in fields.items():
                setattr(draft_alert, name, value)
            draft_alert.remind_at = min(remind_at, draft_alert.remind_at or remind_at)
            draft_alert.save(update_fields=[*fields, "remind_at"])
            alerts.append(draft_alert)
        else:
            fresh.append(
                RiskAlert(
                    client=assignment.client, clinician=clinician, assignment=assignment, created_at=now, **fields
                )
            )
    created = RiskAlert.objects.bulk_create(fresh)
    from notifications.reminders import queue_risk_alert

    for alert in created:
        queue_risk_alert(alert)  # the outbox row commits with the alert, or not at all
    return alerts + created


@transaction.atomic
def risk_alert_acknowledge(*, alert: RiskAlert, clinician_user: User, note: str = "") -> RiskAlert:
    """Acknowledge an open alert, once: only the clinician it was raised for, while they still care for the client.

    The web and the API both find the alert through ``clinicians.alerts.open_alert_for`` (404 for an
    alert that is not open, not theirs, or about a client handed over to someone else); the same
    rule is part of the write itself, so a request racing an acknowledgement or a hand-over never
    writes a second time: it is refused, and the first acknowledgement stays as it was.
    """
    if not (clinician_user.is_clinician and alert.clinician.user_id == clinician_user.pk):
        raise PermissionDenied("Only the clinician the alert was raised for can acknowledge it.")
    if len(note) > 2000:
        raise ValidationError({"note": "Please keep the note under 2000 characters."})
    acknowledged = RiskAlert.objects.filter(
        pk=alert.pk,
        acknowledged_at__isnull=True,
        client__in=Client.objects.visible_to(clinician_user).values("pk"),
    ).update(acknowledged_at=timezone.now(), acknowledged_by=clinician_user, acknowledgement_note=note.strip())
    alert.refresh_from_db()
    if not acknowledged:
        if alert.acknowledged_at is not None:
            raise ValidationError("This alert has already been acknowledged.", code="already_acknowledged")
        raise PermissionDenied("This client is no longer on your caseload.")
    audit_record(
        action="acknowledge",
        what="risk alert",
        object_id=alert.pk,
        client_id=alert.client_id,
        practice_id=clinician_user.practice_id,
        changed=["acknowledged_at", *(["acknowledgement_note"] if note.strip() else [])],
        actor=clinician_user,
    )
    return alert
