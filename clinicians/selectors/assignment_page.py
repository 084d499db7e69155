"""One assignment as the clinician reads it: the latest answers laid out with comments, risks and changes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, TypedDict

from django.shortcuts import get_object_or_404

from accounts.models import User
from assignments.models import Assignment, Comment, DiscussionFlag, ResponseRevision, RiskAlert
from assignments.questionnaire import index
from assignments.selectors import assignment_for, changes_since_last_submission
from clinicians import answers as answer_layout
from clinicians.selectors.common import S
from clinicians.selectors.review_queue import review_queue_for


class SentAnswers(TypedDict):
    """One submission of the assignment's response."""

    answers: Any  # linkId → answer, as sent
    created_at: datetime.datetime
    number: int  # the revision's number among every save


@dataclass
class AssignmentPage:
    assignment: Assignment
    submissions: list[SentAnswers]  # newest first
    changes: list[dict]
    nodes: list[answer_layout.Node]
    alerts: list[RiskAlert]
    flags: list[DiscussionFlag]
    general_comments: list[Comment]
    next_in_queue: Assignment | None

    @property
    def latest(self) -> SentAnswers | None:
        return self.submissions[0] if self.submissions else None

    @property
    def can_review(self) -> bool:
        return self.assignment.status == S.SUBMITTED


def assignment_page_for(*, user: User, pk: int) -> AssignmentPage:
    """An assignment with its latest submitted answers laid out, its comments, alerts and changes."""
    assignment = assignment_for(user=user, pk=pk)
    submissions = list(
        ResponseRevision.objects.filter(response__assignment=assignment, kind=ResponseRevision.Kind.SUBMISSION)
        .order_by("-number")
        .values("answers", "created_at", "number")
    )
    changes = changes_since_last_submission(assignment=assignment, submissions=submissions)  # no second query
    alerts = list(
        RiskAlert.objects.filter(assignment=assignment, clinician__user=user)
        .select_related("acknowledged_by")
        .order_by("-created_at")
    )
    flags = list(DiscussionFlag.objects.filter(assignment=assignment, cleared_at__isnull=True).order_by("created_at"))
    items = assignment.template_version.items
    known = index(items)
    notes = answer_layout.Notes(
        changes={change["linkId"]: change["before"] for change in changes},
        flagged={flag.link_id for flag in flags},
    )
    for alert in alerts:
        if alert.acknowledged_at is None:
            for reason in alert.reasons:
                top = _top_link_id(reason.get("linkId", ""), known)
                notes.risks.setdefault(top, []).append(reason.get("reason", ""))
    general = []
    for comment in assignment.comment_list:
        if comment.link_id and comment.link_id in known:
            notes.comments.setdefault(comment.link_id, []).append(comment)
        else:
            general.append(comment)
    latest = submissions[0]["answers"] if submissions else {}
    next_in_queue = review_queue_for(user=user).exclude(pk=assignment.pk).first()
    return AssignmentPage(
        assignment=assignment,
        submissions=submissions,
        changes=[
            {
                **change,
                "item": known.get(change["linkId"]),
                "before_text": answer_layout.plain(known.get(change["linkId"]), change["before"]),
                "after_text": answer_layout.plain(known.get(change["linkId"]), change["after"]),
            }
            for change in changes
        ],
        nodes=answer_layout.layout(items, latest, notes),
        alerts=alerts,
        flags=flags,
        general_comments=general,
        next_in_queue=next_in_queue,
    )


def _top_link_id(path: str, known: dict) -> str:
    if path in known:
        return path
    return path.split(".", 1)[0]


def open_assignment_for(*, user: User, pk: int) -> Assignment:
    return get_object_or_404(Assignment.objects.visible_to(user).select_related("client"), pk=pk)
