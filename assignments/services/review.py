"""Review, comments and discussion: a clinician reviews or sends back, either party comments, the client flags."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assignments import lifecycle
from assignments.models import Assignment, Comment, DiscussionFlag
from assignments.questionnaire import index
from assignments.services.alerts import S_RISK, RaisedRisk, language_reasons, raise_risk_alerts
from assignments.services.guards import locked, require_clinician_of, require_own, require_party
from audit.services import audit_record

S = Assignment.Status

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    AddedComment = WithAnnotations[Comment, RaisedRisk]


@transaction.atomic
def assignment_review(*, assignment: Assignment, clinician_user: User, decision: str, comment: str = "") -> Assignment:
    """Mark reviewed, or send back for revision (with a comment saying what to look at again)."""
    require_clinician_of(assignment, clinician_user)
    if decision not in ("reviewed", "revise"):
        raise ValidationError({"decision": "Choose “reviewed” or “revise”."})
    if decision == "revise" and not comment.strip():
        raise ValidationError({"comment": "Say what you would like the client to look at again."})
    assignment = locked(assignment)
    target = S.REVIEWED if decision == "reviewed" else S.REVISION_REQUESTED
    lifecycle.check_move(assignment, target)
    assignment.status = target
    fields = ["status", "updated_at"]
    if target == S.REVIEWED:
        assignment.reviewed_at = timezone.now()
        fields.append("reviewed_at")
    assignment.save(update_fields=fields)
    audit_record(
        action="review",
        what="assignment",
        object_id=assignment.pk,
        client_id=assignment.client_id,
        practice_id=clinician_user.practice_id,
        changed=["status"],
        actor=clinician_user,
    )
    if comment.strip():
        comment_add(assignment=assignment, author=clinician_user, body=comment)
    return assignment


@transaction.atomic
def comment_add(*, assignment: Assignment, author: User, body: str, link_id: str = "") -> AddedComment:
    """A comment on the whole assignment, or anchored to one item."""
    require_party(assignment, author)
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
    audit_record(
        action="create",
        what="comment",
        object_id=created.pk,
        client_id=assignment.client_id,
        practice_id=author.practice_id,
        actor=author,
    )
    comment = cast("AddedComment", created)  # the same row, given ``raised_risk`` on the next line
    comment.raised_risk = False
    if author.is_client:  # what a client writes to their clinician is read for risk like their answers
        item = index(assignment.template_version.items).get(link_id, {}) if link_id else {}
        reasons = language_reasons(body, link_id=link_id or "comment", question=item.get("text", ""))
        for reason in reasons:
            reason["comment"] = comment.pk
        raise_risk_alerts(assignment=assignment, reasons=reasons, source=S_RISK.COMMENT, comment=comment)
        comment.raised_risk = bool(reasons)
    return comment


@transaction.atomic
def discussion_flag_set(*, assignment: Assignment, user: User, link_id: str, flagged: bool) -> DiscussionFlag | None:
    """The client marks (or unmarks) an item to talk about in the next session."""
    require_own(assignment, user)
    if link_id not in index(assignment.template_version.items):
        raise ValidationError({"link_id": "This is not a question in this exercise."})
    open_flag = DiscussionFlag.objects.filter(assignment=assignment, link_id=link_id, cleared_at__isnull=True)
    if flagged:
        return open_flag.first() or DiscussionFlag.objects.create(assignment=assignment, link_id=link_id)
    open_flag.update(cleared_at=timezone.now())
    return None
