"""Answers: keeping a draft and sending the answers, by the client or with them in a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assignments import followups, lifecycle
from assignments.models import Assignment, Response, ResponseRevision, RiskAlert
from assignments.questionnaire import answers_size_ok, check_answers, index, score
from assignments.services.alerts import S_RISK, RaisedRisk, raise_risk_alerts, risk_reasons_for
from assignments.services.guards import locked, require_answerer
from audit.services import audit_record
from clients.models import Client
from config.exceptions import Conflict, InvalidInput

S = Assignment.Status

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    SavedDraft = WithAnnotations[Response, RaisedRisk]


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
    pathway_note: str = ""  # for the client: why a pathway step was left out or waits (see assignments/pathway/)

    @property
    def raised_risk(self) -> bool:
        """Show the crisis resources now (whether or not a clinician could be alerted)."""
        return bool(self.risk_reasons)


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


def _without_nul(value: Any) -> Any:
    """The answers with NUL characters taken out of every text: nobody types one, and PostgreSQL cannot store
    one in JSON (a draft is otherwise kept exactly as typed). The shape is already checked, so this is shallow."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_without_nul(entry) for entry in value]
    if isinstance(value, dict):
        return {key.replace("\x00", ""): _without_nul(entry) for key, entry in value.items()}
    return value


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
    # ``assignment`` comes from ``locked``, so its response is read under the assignment's lock.
    try:
        response = assignment.response
    except Response.DoesNotExist:
        response, _ = Response.objects.get_or_create(assignment=assignment)
    before = response.answers if isinstance(response.answers, dict) else {}
    if version != response.version:
        raise StaleVersion.of(response)
    # The assignment's row lock serialises saves on PostgreSQL; the conditional update
    # is what makes "exactly one wins" hold on any database.
    now = timezone.now()
    updated = Response.objects.filter(pk=response.pk, version=version).update(
        answers=answers, version=version + 1, updated_at=now
    )
    if updated != 1:
        response.refresh_from_db()
        raise StaleVersion.of(response)
    response.answers, response.version, response.updated_at = answers, version + 1, now
    audit_record(
        action="submit" if kind == "submission" else "update",
        what="response",
        object_id=assignment.pk,
        client_id=assignment.client_id,
        practice_id=user.practice_id,
        changed=[key for key in {*before, *answers} if before.get(key) != answers.get(key)],
        actor=user,
    )
    revision = ResponseRevision.objects.create(
        response=response, number=response.version, kind=kind, answers=answers, author=user
    )
    # Anything saved (by the client, or with them in session) ends a drop-out flag at once;
    # the flag's own sweep only ever sets it. (``locked`` read the client: no write when there is no flag.)
    if assignment.client.disengaged_since is not None:
        Client.objects.filter(pk=assignment.client_id, disengaged_since__isnull=False).update(disengaged_since=None)
    return response, revision


@transaction.atomic
def response_save_draft(
    *, assignment: Assignment, user: User, answers: Any, version: int, in_session: bool = False
) -> SavedDraft:
    """Keep a draft: a new revision every time, refused if ``version`` is stale.

    Drafts are kept as typed (only their shape is checked) so that nothing is
    lost; the full check happens on submit. The draft is read for risk like
    sent answers (see ``alerts.raise_risk_alerts``); the returned Response's
    ``raised_risk`` says whether to show the crisis resources now. ``in_session``: a clinician on the
    client's current care team types with the client in the room; the revision
    is theirs.
    """
    require_answerer(assignment, user, in_session=in_session)
    assignment = locked(assignment)
    if not assignment.is_open:
        raise lifecycle.IllegalTransition(assignment.status, S.IN_PROGRESS)
    _check_draft_shape(assignment, answers)
    answers = _without_nul(answers)
    response, revision = _save(assignment=assignment, user=user, answers=answers, version=version, kind="draft")
    if assignment.status != S.IN_PROGRESS:
        lifecycle.check_move(assignment, S.IN_PROGRESS)
        assignment.status = S.IN_PROGRESS
        assignment.save(update_fields=["status", "updated_at"])
    # A draft may never be sent: what it says is read now, and the client shown help at once.
    reasons = risk_reasons_for(assignment.template_version, answers)
    raise_risk_alerts(assignment=assignment, reasons=reasons, source=S_RISK.DRAFT, revision=revision)
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
    require_answerer(assignment, user, in_session=in_session)
    assignment = locked(assignment)
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
    alerts = raise_risk_alerts(assignment=assignment, reasons=reasons, source=S_RISK.SUBMISSION, revision=revision)
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
