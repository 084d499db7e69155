"""Reads of assignments, always scoped to the caller."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import User
from assignments.library import content_changes
from assignments.models import (
    Assignment,
    Comment,
    FollowUp,
    PathwayProposal,
    ResponseRevision,
    Template,
    TemplateVersion,
)
from assignments.questionnaire import diff_answers, index


class AssignmentDetail(TypedDict):
    """What ``assignment_for`` prefetches onto the assignment (``Prefetch(..., to_attr=...)``)."""

    comment_list: list[Comment]  # oldest first, each with its author
    proposal_list: list[PathwayProposal]  # the pathway's proposed next steps after it, newest first


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    DetailedAssignment = WithAnnotations[Assignment, AssignmentDetail]


def assignments_for(*, user: User) -> QuerySet[Assignment]:
    """The caller's assignments (a client's own, a clinician's clients'), ready for a list."""
    return (
        Assignment.objects.visible_to(user)
        .select_related("template_version__template", "client__user", "response")
        .order_by("due_at", "pk")
    )


def assignment_for(*, user: User, pk: int) -> DetailedAssignment:
    """One assignment with its template, response, comments and next step, in a fixed number of queries."""
    comments = Comment.objects.select_related("author").order_by("created_at", "pk")
    proposals = PathwayProposal.objects.order_by("-created_at")
    qs = (
        Assignment.objects.visible_to(user)
        .select_related("template_version__template", "client__user", "response", "assigned_by__user")
        .prefetch_related(
            Prefetch("comments", queryset=comments, to_attr="comment_list"),
            Prefetch("proposals", queryset=proposals, to_attr="proposal_list"),
        )
    )
    return get_object_or_404(qs, pk=pk)


def comments_for(*, user: User, assignment_pk: int) -> QuerySet[Comment]:
    """The comments on one of the caller's assignments, oldest first; 404 for anyone else's."""
    assignment = get_object_or_404(Assignment.objects.visible_to(user).only("pk"), pk=assignment_pk)
    return Comment.objects.filter(assignment=assignment).select_related("author").order_by("created_at", "pk")


def templates_for(*, user: User) -> QuerySet[Template]:
    """Published templates the caller (a clinician or admin) may give: the shared library and their practice's own."""
    return Template.objects.visible_to(user).usable().select_related("current_version__template").order_by("slug")


def template_for(*, user: User, slug: str) -> Template:
    """The caller's practice's template of that slug, else the library's; 404 otherwise."""
    candidates = sorted(templates_for(user=user).filter(slug=slug), key=lambda t: t.practice_id is None)
    if not candidates:
        raise Http404("No Template matches the given query.")  # get_object_or_404's words, as every other 404
    return candidates[0]


def template_versions(*, template: Template) -> list[dict]:
    """Each published version of ``template``, newest first: when, by whom, and what it changed in words (one
    query, however many versions)."""
    versions = list(
        template.versions.filter(status=TemplateVersion.Status.PUBLISHED)
        .select_related("published_by")
        .order_by("number")
    )
    rows = []
    previous = None
    for version in versions:
        rows.append(
            {
                "version": version.number,
                "published_at": version.published_at,
                "published_by": version.published_by.display_name if version.published_by else None,
                "items_changed": content_changes(previous, version),
            }
        )
        previous = version
    return rows[::-1]


def changes_since_last_submission(*, assignment: Assignment) -> list[dict]:
    """What the client changed between their last two submissions (empty after the first)."""
    submissions = list(
        ResponseRevision.objects.filter(response__assignment=assignment, kind=ResponseRevision.Kind.SUBMISSION)
        .order_by("-number")
        .values_list("answers", flat=True)[:2]
    )
    if len(submissions) < 2:
        return []
    latest, previous = submissions
    return diff_answers(previous, latest)


def feedback_outcomes(
    *, client_ids: Iterable[int], since: datetime.datetime, until: datetime.datetime
) -> dict[int, list[dict]]:
    """What each client expected to hear when asking for feedback, beside what they heard.

    Follow-ups answered in [since, until), by client id (clients with none are
    left out), oldest first. Two queries whatever the number of clients; the
    caller passes only client ids it may see (the weekly summary: a clinician's
    current clients).
    """
    rows = list(
        FollowUp.objects.filter(
            client_id__in=list(client_ids),
            status=FollowUp.Status.ANSWERED,
            answered_at__gte=since,
            answered_at__lt=until,
        )
        .order_by("answered_at", "pk")
        .values(
            "client_id",
            "planned_for",
            "predicted_reaction",
            "assignment__template_version_id",
            "assignment__response__answers",
        )
    )
    if not rows:
        return {}
    version_ids = {row["assignment__template_version_id"] for row in rows}
    items = dict(TemplateVersion.objects.filter(pk__in=version_ids).values_list("pk", "items"))
    outcomes: dict[int, list[dict]] = {}
    for row in rows:
        answers = row["assignment__response__answers"] or {}
        options = index(items.get(row["assignment__template_version_id"]) or []).get("compared", {})
        labels = {option["code"]: option["display"] for option in options.get("answerOption", [])}
        outcomes.setdefault(row["client_id"], []).append(
            {
                "planned_for": row["planned_for"],
                "predicted": row["predicted_reaction"],
                "heard": answers.get("what_they_said", ""),
                "compared": labels.get(answers.get("compared")),
                "asked": answers.get("asked"),
            }
        )
    return outcomes
