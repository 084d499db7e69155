"""Writes for assignments: giving homework, saving and submitting answers,
review, comments and risk alerts. Every view, API endpoint and task calls these."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict, cast
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from assignments import followups, lifecycle
from assignments.models import (
    Assignment,
    AssignmentSeries,
    Comment,
    DiscussionFlag,
    PathwayEnrollment,
    Response,
    ResponseRevision,
    RiskAlert,
    Template,
    TemplateVersion,
)
from assignments.questionnaire import answers_size_ok, check_answers, index, risk_reasons, score
from assignments.risk import CATEGORY_LABELS, find_risk_language, level_rank
from clients.models import Client
from clinicians.models import Clinician
from config.exceptions import Conflict, InvalidInput
from config.localtime import at_local

S = Assignment.Status
MAX_OCCURRENCES = {"none": 1, "daily": 60, "weekly": 26}


class RaisedRisk(TypedDict):
    raised_risk: bool  # what was just written suggests risk: show the crisis resources now


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    SavedDraft = WithAnnotations[Response, RaisedRisk]
    AddedComment = WithAnnotations[Comment, RaisedRisk]


class StaleVersion(Conflict):
    """A save carried an old version number: someone else saved first. Nothing was written."""

    def __init__(self, *, answers: dict, version: int):
        super().__init__("These answers were changed elsewhere since you opened them.")
        self.answers = answers
        self.version = version

    @classmethod
    def of(cls, response: Response) -> StaleVersion:
        """The conflict with what ``response`` holds now."""
        return cls(answers=response.answers, version=response.version)

    def body(self) -> dict:
        return {"detail": str(self), "answers": self.answers, "version": self.version}


class AnswersInvalid(InvalidInput):
    """Answers that break the template, per linkId. Nothing was written."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("Some answers need another look.", errors=errors, code="invalid_answers")


@dataclass
class Submission:
    response: Response
    revision: ResponseRevision
    risk_reasons: list[dict] = field(default_factory=list)
    alerts: list[RiskAlert] = field(default_factory=list)
    pathway_note: str = ""  # for the client: why a pathway step was left out or waits (see assignments/pathway.py)

    @property
    def raised_risk(self) -> bool:
        """Show the crisis resources now (whether or not a clinician could be alerted)."""
        return bool(self.risk_reasons)


# --- Giving homework -------------------------------------------------------------


def _clinician_for(user: User) -> Clinician:
    if not user.is_authenticated or not user.is_clinician or not user.is_active:
        raise PermissionDenied("Only clinicians can give homework.")
    return Clinician.objects.get(user=user)


def occurrence_times(
    *, first_due_at: datetime.datetime, recurrence: str, occurrences: int, time_zone: str
) -> Iterator[datetime.datetime]:
    """Due times for a series, stepping in the client's own calendar so 20:00 stays 20:00 across DST."""
    zone = ZoneInfo(time_zone)
    local = first_due_at.astimezone(zone)
    step = {"none": 0, "daily": 1, "weekly": 7}[recurrence]
    for n in range(occurrences):
        day = local.date() + datetime.timedelta(days=step * n)
        yield at_local(day, local.timetz().replace(tzinfo=None), zone)


@transaction.atomic
def assignment_create(
    *,
    clinician_user: User,
    client: Client,
    template: Template,
    due_at: datetime.datetime,
    instructions: str = "",
    recurrence: str = "none",
    occurrences: int = 1,
    enrollment: PathwayEnrollment | None = None,
    pathway_step: str = "",
) -> list[Assignment]:
    """Give a client the template's current version, once or as a daily/weekly series."""
    clinician = _clinician_for(clinician_user)
    if not Client.objects.visible_to(clinician_user).filter(pk=client.pk).exists():
        raise PermissionDenied("This client is not on your caseload.")
    if not Template.objects.visible_to(clinician_user).usable().filter(pk=template.pk).exists():
        raise ValidationError({"template": "Choose a published template from your practice or the library."})
    errors = {}
    if recurrence not in MAX_OCCURRENCES:
        errors["recurrence"] = "Choose none, daily or weekly."
    elif not isinstance(occurrences, int) or not 1 <= occurrences <= MAX_OCCURRENCES[recurrence]:
        errors["occurrences"] = f"Choose from 1 to {MAX_OCCURRENCES[recurrence]} occurrences."
    if not isinstance(due_at, datetime.datetime) or timezone.is_naive(due_at):
        errors["due_at"] = "Give a due time with its time zone."
    if len(instructions) > 5000:
        errors["instructions"] = "Please keep instructions under 5000 characters."
    if errors:
        raise ValidationError(errors)

    version = Template.objects.get(pk=template.pk).current_version
    series = None
    if recurrence != "none":
        series = AssignmentSeries.objects.create(recurrence=recurrence, occurrences=occurrences, first_due_at=due_at)
    times = occurrence_times(
        first_due_at=due_at, recurrence=recurrence, occurrences=occurrences, time_zone=client.time_zone
    )
    return Assignment.objects.bulk_create(
        Assignment(
            client=client,
            template_version=version,
            assigned_by=clinician,
            instructions=instructions.strip(),
            due_at=when,
            series=series,
            occurrence=n,
            enrollment=enrollment,
            pathway_step=pathway_step,
        )
        for n, when in enumerate(times, start=1)
    )


@transaction.atomic
def assignment_cancel(*, assignment: Assignment, clinician_user: User) -> Assignment:
    _require_clinician_of(assignment, clinician_user)
    assignment = _lock(assignment)
    _cancel(assignment)
    return assignment


@transaction.atomic
def assignment_withdraw_unstarted(*, assignment: Assignment) -> bool:
    """The pathway takes back a step it sent by itself that no longer fits; True if it was withdrawn.

    Only while nobody has begun it: once a draft is saved, anything sent or a
    comment written, the assignment and every word in it stay, and this does
    nothing. Safe to call twice.
    """
    assignment = _lock(assignment)
    if assignment.status != S.ASSIGNED or Response.objects.filter(assignment=assignment).exists():
        return False
    if Comment.objects.filter(assignment=assignment).exists():  # a word about it is a start too
        return False
    _cancel(assignment)
    return True


def _cancel(assignment: Assignment) -> None:
    lifecycle.check_move(assignment, S.CANCELLED)
    assignment.status, assignment.cancelled_at = S.CANCELLED, timezone.now()
    assignment.save(update_fields=["status", "cancelled_at", "updated_at"])
    followups.cancel_for(assignment)


# --- Answers ------------------------------------------------------------------------


def _lock(assignment: Assignment) -> Assignment:
    """Re-read the assignment under a row lock, so saves to one assignment queue up."""
    return (
        Assignment.objects.select_for_update().select_related("template_version", "client__user").get(pk=assignment.pk)
    )


def _require_own(assignment: Assignment, user: User) -> None:
    if not (user.is_authenticated and user.is_client and assignment.client.user_id == user.pk):
        raise PermissionDenied("Only the client can answer their own assignment.")


def _require_in_session(assignment: Assignment, user: User) -> None:
    """A clinician on the client's current care team, filling the assignment in with the client in the room."""
    if not (user.is_authenticated and user.is_active and user.is_clinician):
        raise PermissionDenied("Only a clinician caring for this client can fill this in with them.")
    if not Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists():
        raise PermissionDenied("Only a clinician caring for this client can fill this in with them.")


def _require_answerer(assignment: Assignment, user: User, *, in_session: bool) -> None:
    """Who may write answers: the client, or (in session) one of their current clinicians."""
    if in_session:
        _require_in_session(assignment, user)
    else:
        _require_own(assignment, user)


def _require_clinician_of(assignment: Assignment, user: User) -> None:
    if not (user.is_authenticated and Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists()):
        raise PermissionDenied("Only the client's clinicians can do this.")
    if not user.is_clinician:
        raise PermissionDenied("Only the client's clinicians can do this.")


def _check_draft_shape(assignment: Assignment, answers: Any) -> None:
    if not isinstance(answers, dict):
        raise AnswersInvalid({"answers": ["Answers must be an object that maps each linkId to its answer."]})
    if not answers_size_ok(answers):
        raise AnswersInvalid({"answers": ["These answers are too long to save. Please shorten them."]})
    known = index(assignment.template_version.items)
    unknown = [key for key in answers if key not in known]
    if unknown:
        raise AnswersInvalid({key[:200]: ["This is not a question in this exercise."] for key in unknown[:50]})
    malformed = [key for key, value in answers.items() if not _answer_shaped(value)]
    if malformed:
        raise AnswersInvalid({key: ["This is not the shape of an answer."] for key in malformed[:50]})


def _answer_shaped(value: Any, depth: int = 0) -> bool:
    """A value, a list of values, or (for repeating groups) a list of answer maps, nested at most twice."""
    if value is None or isinstance(value, str | int | float | bool):
        return True
    if isinstance(value, list) and depth < 3:
        return all(
            _answer_shaped(entry, depth + 1)
            if not isinstance(entry, dict)
            else all(isinstance(k, str) and _answer_shaped(v, depth + 1) for k, v in entry.items())
            for entry in value
        )
    return False


def _save(
    *, assignment: Assignment, user: User, answers: dict, version: int, kind: str
) -> tuple[Response, ResponseRevision]:
    response, _ = Response.objects.select_for_update().get_or_create(assignment=assignment)
    if version != response.version:
        raise StaleVersion.of(response)
    # The row lock above serialises saves on PostgreSQL; the conditional update
    # is what makes "exactly one wins" hold on any database.
    updated = Response.objects.filter(pk=response.pk, version=version).update(
        answers=answers, version=version + 1, updated_at=timezone.now()
    )
    if updated != 1:
        response.refresh_from_db()
        raise StaleVersion.of(response)
    response.refresh_from_db()
    revision = ResponseRevision.objects.create(
        response=response, number=response.version, kind=kind, answers=answers, author=user
    )
    # Anything saved (by the client, or with them in session) ends a drop-out flag at once;
    # the flag's own sweep only ever sets it.
    Client.objects.filter(pk=assignment.client_id, disengaged_since__isnull=False).update(disengaged_since=None)
    return response, revision


@transaction.atomic
def response_save_draft(
    *, assignment: Assignment, user: User, answers: Any, version: int, in_session: bool = False
) -> SavedDraft:
    """Keep a draft: a new revision every time, refused if ``version`` is stale.

    Drafts are kept as typed (only their shape is checked) so that nothing is
    lost; the full check happens on submit. The draft is read for risk like
    sent answers (see ``_raise_risk_alerts``); the returned Response's
    ``raised_risk`` says whether to show the crisis resources now. ``in_session``: a clinician on the
    client's current care team types with the client in the room; the revision
    is theirs.
    """
    _require_answerer(assignment, user, in_session=in_session)
    assignment = _lock(assignment)
    if not assignment.is_open:
        raise lifecycle.IllegalTransition(assignment.status, S.IN_PROGRESS)
    _check_draft_shape(assignment, answers)
    response, revision = _save(assignment=assignment, user=user, answers=answers, version=version, kind="draft")
    if assignment.status != S.IN_PROGRESS:
        lifecycle.check_move(assignment, S.IN_PROGRESS)
        assignment.status = S.IN_PROGRESS
        assignment.save(update_fields=["status", "updated_at"])
    # A draft may never be sent: what it says is read now, and the client shown help at once.
    reasons = risk_reasons_for(assignment.template_version, answers)
    _raise_risk_alerts(assignment=assignment, reasons=reasons, source=S_RISK.DRAFT, revision=revision)
    saved = cast("SavedDraft", response)  # the same row, given ``raised_risk`` on the next line
    saved.raised_risk = bool(reasons)
    return saved


@transaction.atomic
def response_submit(
    *, assignment: Assignment, user: User, answers: Any, version: int, in_session: bool = False
) -> Submission:
    """Validate fully, freeze a revision, score, raise risk alerts and propose the next step.

    ``in_session``: sent by a clinician of the client's current care team with
    the client in the room; recorded as completed in session, everything else
    (scoring, risk alerts, the pathway) exactly as when the client sends it.
    """
    _require_answerer(assignment, user, in_session=in_session)
    assignment = _lock(assignment)
    lifecycle.check_move(assignment, S.SUBMITTED)
    template_version = assignment.template_version
    checked = check_answers(template_version.items, answers, complete=True)
    if not checked.ok:
        raise AnswersInvalid(checked.errors)
    response, revision = _save(
        assignment=assignment, user=user, answers=checked.answers, version=version, kind="submission"
    )
    now = timezone.now()
    result = score(template_version.items, template_version.scoring, checked.answers)
    response.submitted_at = now
    response.score_total = result.total if result else None
    response.score_band = result.band if result else ""
    response.save(update_fields=["submitted_at", "score_total", "score_band"])
    # The flag describes the latest submission: a revision the client sends alone clears it.
    assignment.status, assignment.submitted_at, assignment.completed_in_session = S.SUBMITTED, now, in_session
    if in_session:  # the clinician went through it with the client: nothing is left to review
        lifecycle.check_move(assignment, S.REVIEWED)
        assignment.status, assignment.reviewed_at = S.REVIEWED, now
    assignment.save(update_fields=["status", "submitted_at", "reviewed_at", "completed_in_session", "updated_at"])

    reasons = risk_reasons_for(template_version, checked.answers)
    alerts = _raise_risk_alerts(assignment=assignment, reasons=reasons, source=S_RISK.SUBMISSION, revision=revision)
    from assignments.pathway import pathway_after_submit

    pathway = pathway_after_submit(assignment=assignment, answers=checked.answers)
    followups.after_submit(assignment=assignment, answers=checked.answers)
    return Submission(
        response=response,
        revision=revision,
        risk_reasons=reasons,
        alerts=alerts,
        pathway_note=pathway.client_note if pathway else "",
    )


# --- Risk -------------------------------------------------------------------------
#
# Everything a client writes is read for risk: sent answers, every saved draft
# and every comment. A draft or comment raises at most one alert per
# assignment, risk category and day (typing more of the same never raises a
# second one); a more urgent level of the same category does raise one.

L = RiskAlert.Level
S_RISK = RiskAlert.Source
DRAFT_ALERT_WINDOW = datetime.timedelta(hours=24)
FREE_TEXT_TYPES = frozenset({"string", "text"})


def _texts(answers: dict, path: str = "") -> Iterator[tuple[str, str]]:
    for key, value in answers.items():
        values = value if isinstance(value, list) else [value]
        for position, entry in enumerate(values):
            if isinstance(entry, str):
                yield f"{path}{key}", entry
            elif isinstance(entry, dict):
                yield from _texts(entry, f"{path}{key}.{position}.")


def _language_reasons(text: str, *, link_id: str, question: str = "") -> list[dict]:
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
            found = _language_reasons(text, link_id=where, question=item.get("text", ""))
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


def _raise_risk_alerts(
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
    return alert


# --- Review, comments, discussion -------------------------------------------------


@transaction.atomic
def assignment_review(*, assignment: Assignment, clinician_user: User, decision: str, comment: str = "") -> Assignment:
    """Mark reviewed, or send back for revision (with a comment saying what to look at again)."""
    _require_clinician_of(assignment, clinician_user)
    if decision not in ("reviewed", "revise"):
        raise ValidationError({"decision": "Choose “reviewed” or “revise”."})
    if decision == "revise" and not comment.strip():
        raise ValidationError({"comment": "Say what you would like the client to look at again."})
    assignment = _lock(assignment)
    target = S.REVIEWED if decision == "reviewed" else S.REVISION_REQUESTED
    lifecycle.check_move(assignment, target)
    assignment.status = target
    fields = ["status", "updated_at"]
    if target == S.REVIEWED:
        assignment.reviewed_at = timezone.now()
        fields.append("reviewed_at")
    assignment.save(update_fields=fields)
    if comment.strip():
        comment_add(assignment=assignment, author=clinician_user, body=comment)
    return assignment


def _require_party(assignment: Assignment, user: User) -> None:
    if not Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists():
        raise PermissionDenied("Only the client and their clinicians can do this.")


@transaction.atomic
def comment_add(*, assignment: Assignment, author: User, body: str, link_id: str = "") -> AddedComment:
    """A comment on the whole assignment, or anchored to one item."""
    _require_party(assignment, author)
    body = (body or "").strip()
    errors = {}
    if not body:
        errors["body"] = "Write a comment first."
    elif len(body) > 5000:
        errors["body"] = "Please keep comments under 5000 characters."
    if link_id and link_id not in index(assignment.template_version.items):
        errors["link_id"] = "This is not a question in this exercise."
    if errors:
        raise ValidationError(errors)
    created = Comment.objects.create(assignment=assignment, author=author, body=body, link_id=link_id)
    comment = cast("AddedComment", created)  # the same row, given ``raised_risk`` on the next line
    comment.raised_risk = False
    if author.is_client:  # what a client writes to their clinician is read for risk like their answers
        item = index(assignment.template_version.items).get(link_id, {}) if link_id else {}
        reasons = _language_reasons(body, link_id=link_id or "comment", question=item.get("text", ""))
        for reason in reasons:
            reason["comment"] = comment.pk
        _raise_risk_alerts(assignment=assignment, reasons=reasons, source=S_RISK.COMMENT, comment=comment)
        comment.raised_risk = bool(reasons)
    return comment


@transaction.atomic
def discussion_flag_set(*, assignment: Assignment, user: User, link_id: str, flagged: bool) -> DiscussionFlag | None:
    """The client marks (or unmarks) an item to talk about in the next session."""
    _require_own(assignment, user)
    if link_id not in index(assignment.template_version.items):
        raise ValidationError({"link_id": "This is not a question in this exercise."})
    open_flag = DiscussionFlag.objects.filter(assignment=assignment, link_id=link_id, cleared_at__isnull=True)
    if flagged:
        return open_flag.first() or DiscussionFlag.objects.create(assignment=assignment, link_id=link_id)
    open_flag.update(cleared_at=timezone.now())
    return None
