"""Reads of assignments, always scoped to the caller."""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from accounts.models import User
from assignments.models import Assignment, Comment, PathwayProposal, ResponseRevision
from assignments.questionnaire import diff_answers


def assignments_for(*, user: User) -> QuerySet[Assignment]:
    """The caller's assignments (a client's own, a clinician's clients'), ready for a list."""
    return (
        Assignment.objects.visible_to(user)
        .select_related("template_version__template", "client__user", "response")
        .order_by("due_at", "pk")
    )


def assignment_for(*, user: User, pk: int) -> Assignment:
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
