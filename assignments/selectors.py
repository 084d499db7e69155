"""Reads of assignments, always scoped to the caller."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import User
from assignments import compare
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
from assignments.questionnaire import diff_answers, index, minutes_to_complete, question_count
from audit import context as audit_context


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


def assignment_for(*, user: User, pk: int, discussion: bool = True) -> DetailedAssignment:
    """One assignment with its template, response, comments and next step, in a fixed number of queries.

    ``discussion=False``: without the comments and proposals, for saving answers, which shows neither.
    """
    qs = Assignment.objects.visible_to(user).select_related(
        "template_version__template", "client__user", "response", "assigned_by__user"
    )
    if discussion:
        comments = Comment.objects.select_related("author").order_by("created_at", "pk")
        proposals = PathwayProposal.objects.order_by("-created_at")
        qs = qs.prefetch_related(
            Prefetch("comments", queryset=comments, to_attr="comment_list"),
            Prefetch("proposals", queryset=proposals, to_attr="proposal_list"),
        )
    assignment = get_object_or_404(qs, pk=pk)
    audit_context.loaded(
        "assignment", assignment.pk, client_id=assignment.client_id, practice_id=assignment.client.user.practice_id
    )
    return assignment


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


LIBRARY_SHOWS = {
    "all": "Everything in use",
    "builtin": "Built in",
    "ours": "Our practice's",
    "measures": "Measures",
    "archived": "Archived",
}


class LibraryRow(TypedDict):
    template: Template
    version: TemplateVersion  # the published version (or, for one never published, its draft)
    published: bool
    has_draft: bool
    builtin: bool
    summary: str  # the first sentence of its description: what it is for, in a line
    questions: int
    minutes: int
    in_use: list[tuple[int, int]]  # (version number, assignments given of it in this practice), newest first


def library_rows(*, user: User, search: str = "", show: str = "all") -> list[LibraryRow]:
    """The library a clinician or practice admin reads: the built-in templates and their practice's own, by title,
    with how many items each has, how long it takes and which of its versions the practice has given.

    Four queries however many templates and versions: the templates with their published versions, the drafts,
    and the assignments given, counted by version.
    """
    if user.practice_id is None or user.role not in ("clinician", "admin"):
        return []
    templates = Template.objects.filter(Q(practice__isnull=True) | Q(practice_id=user.practice_id)).select_related(
        "current_version"
    )
    if show == "archived":
        templates = templates.filter(archived_at__isnull=False)
    else:
        templates = templates.filter(archived_at__isnull=True)
    if show == "builtin":
        templates = templates.filter(practice__isnull=True)
    elif show == "ours":
        templates = templates.filter(practice_id=user.practice_id)
    elif show == "measures":
        templates = templates.filter(kind=Template.Kind.MEASURE)
    found = list(templates)
    drafts = {
        version.template_id: version
        for version in TemplateVersion.objects.filter(
            template__in=[t for t in found if t.practice_id is not None], status=TemplateVersion.Status.DRAFT
        )
    }
    # Only the caller's practice may see a draft; the library has none to show.
    shown = [t for t in found if t.current_version is not None or t.pk in drafts]
    in_use: dict[int, list[tuple[int, int]]] = {}
    counts = (
        Assignment.objects.filter(
            template_version__template__in=shown,
            client__user__practice_id=user.practice_id,
        )
        .exclude(status=Assignment.Status.CANCELLED)
        .values_list("template_version__template_id", "template_version__number")
        .annotate(n=Count("pk"))
        .order_by("template_version__template_id", "-template_version__number")
    )
    for template_id, number, count in counts:
        in_use.setdefault(template_id, []).append((number, count))
    rows: list[LibraryRow] = []
    needle = search.strip().casefold()
    for template in shown:
        version = template.current_version or drafts[template.pk]
        if needle and needle not in f"{version.title} {version.description} {template.slug}".casefold():
            continue
        rows.append(
            {
                "template": template,
                "version": version,
                "published": template.current_version is not None,
                "has_draft": template.pk in drafts,
                "builtin": template.practice_id is None,
                "summary": first_sentence(version.description),
                "questions": question_count(version.items),
                "minutes": minutes_to_complete(version.items),
                "in_use": in_use.get(template.pk, []),
            }
        )
    rows.sort(key=lambda row: row["version"].title.casefold())
    return rows


def first_sentence(text: str, longest: int = 160) -> str:
    """The text's first sentence (up to ". " or a colon), no longer than ``longest`` characters."""
    text = " ".join(text.split())
    for stop in (". ", ": "):
        if stop in text:
            text = text[: text.index(stop) + (1 if stop == ". " else 0)]
            break
    return text if len(text) <= longest else text[: longest - 1].rsplit(" ", 1)[0] + "…"


def library_template(*, user: User, slug: str) -> Template:
    """A template the caller's library holds (their practice's own first, archived and unpublished too); 404
    otherwise, exactly as a missing one."""
    if user.practice_id is None or user.role not in ("clinician", "admin"):
        raise Http404("No Template matches the given query.")
    found = sorted(
        Template.objects.filter(Q(practice__isnull=True) | Q(practice_id=user.practice_id), slug=slug).select_related(
            "current_version"
        ),
        key=lambda t: t.practice_id is None,
    )
    if not found:
        raise Http404("No Template matches the given query.")
    return found[0]


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


DRAFT_SAVES_SHOWN = 50
_FIELD_WORDS = {"title": "the title", "description": "what it is for", "introduction": "the introduction",
                "scoring": "the scoring", "risk_rules": "the alert rules"}  # fmt: skip


def draft_saves(*, version: TemplateVersion) -> list[dict]:
    """The draft's last saves, newest first: when, by whom, and what each changed from the one before, in words
    (one query, however many saves)."""
    saves = list(version.revisions.select_related("saved_by").order_by("-number")[: DRAFT_SAVES_SHOWN + 1])
    rows: list[dict] = []
    for save, before in zip(saves, [*saves[1:], None], strict=True):
        if len(rows) == DRAFT_SAVES_SHOWN:
            break
        words = []
        if before is not None:
            counts = compare.summary(
                compare.compare(before.content.get("items") or [], save.content.get("items") or [])
            )
            words = [f"{n} item{'s' if n != 1 else ''} {state}" for state, n in counts.items() if n and state != "same"]
            words += [w for f, w in _FIELD_WORDS.items() if before.content.get(f) != save.content.get(f)]
        rows.append(
            {
                "number": save.number,
                "saved_at": save.saved_at,
                "saved_by": save.saved_by.display_name if save.saved_by else None,
                "changed": words if before is not None else ["The first save of this draft"],
                "is_latest": save.number == version.revision,
            }
        )
    return rows


def changes_since_last_submission(
    *, assignment: Assignment, submissions: Sequence[Mapping[str, Any]] | None = None
) -> list[dict]:
    """What the client changed between their last two submissions (empty after the first).

    ``submissions``: the assignment's submissions, newest first, as dicts with their ``answers``, when the caller
    has them already (the clinician's assignment page): then no query is made."""
    if submissions is None:
        submissions = list(
            ResponseRevision.objects.filter(response__assignment=assignment, kind=ResponseRevision.Kind.SUBMISSION)
            .order_by("-number")
            .values("answers")[:2]
        )
    if len(submissions) < 2:
        return []
    latest, previous = submissions[0]["answers"], submissions[1]["answers"]
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
