"""One assignment to fill in together with the client in the room, with who saved it lately."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict, cast

from accounts.models import User
from assignments.models import Assignment, Comment, ResponseRevision
from assignments.questionnaire import index
from assignments.selectors import assignment_for
from clients.models import Client

RECENT_SAVES = 6


class About(TypedDict):
    about: str  # the text of the question a comment is anchored to; "" for a comment on the whole assignment


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    CommentAbout = WithAnnotations[Comment, About]


@dataclass
class InSessionPage:
    assignment: Assignment
    saves: list[ResponseRevision]  # the latest few, newest first, each with its author
    comments: list[CommentAbout]

    @property
    def client_first_name(self) -> str:
        return first_name(self.assignment.client)

    @property
    def save_count(self) -> int:
        """Every save is a revision numbered from 1, so the response's version counts them."""
        return self.saves[0].number if self.saves else 0


def first_name(client: Client) -> str:
    """How the in-session banner names the client: the first word of their display name."""
    name = client.user.display_name.split()
    return name[0] if name else "your client"


def in_session_page_for(*, user: User, pk: int) -> InSessionPage:
    """An assignment to fill in with the client in the room, with who saved it lately. Fixed query count."""
    assignment = assignment_for(user=user, pk=pk)
    saves = list(
        ResponseRevision.objects.filter(response__assignment=assignment)
        .select_related("author")
        .defer("answers")
        .order_by("-number")[:RECENT_SAVES]
    )
    texts = {link_id: item.get("text", "") for link_id, item in index(assignment.template_version.items).items()}
    comments = cast("list[CommentAbout]", assignment.comment_list)  # the same rows, each given ``about`` just below
    for comment in comments:
        comment.about = texts.get(comment.link_id, "") if comment.link_id else ""
    return InSessionPage(assignment=assignment, saves=saves, comments=comments)
