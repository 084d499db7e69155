"""Answering one assignment: its items' marks and comments, and the one flow that autosaves, saves, sends and,
after a conflict, keeps both versions while the client chooses between them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.db import transaction

from accounts.models import User
from assignments.lifecycle import IllegalTransition
from assignments.models import Assignment, Comment, DiscussionFlag, Response
from assignments.questionnaire import index
from assignments.services import AnswersInvalid, StaleVersion, Submission, response_save_draft, response_submit
from clients.answers.merge import differences, merge
from clients.answers.parse import compact, parse
from clients.answers.paths import remove_row, tool_owner
from clients.forms import parse_version


@dataclass
class Tools:
    """An item's "discuss in our next session" mark and its comments (link_id "" is the whole assignment)."""

    link_id: str
    flagged: bool = False
    comments: list[Comment] = field(default_factory=list)
    about: dict[int, str] = field(default_factory=dict)  # comment pk → the question it is about

    @property
    def anchor(self) -> str:
        return f"tools:{self.link_id}" if self.link_id else "conversation"


def tools_of(assignment: Assignment) -> dict[str, Tools]:
    """Flags and comments per item (one query for the open flags; comments come with the assignment).

    Not scoped: ``assignment`` must come from a scoped read (``assignment_for``).
    """
    items = assignment.template_version.items
    owners = tool_owner(items)
    tools = {link_id: Tools(link_id) for link_id in {*owners.values(), ""}}
    texts = {link_id: item.get("text", "") for link_id, item in index(items).items()}
    for comment in assignment.comment_list:
        owner = owners.get(comment.link_id, "")
        tools[owner].comments.append(comment)
        if comment.link_id and comment.link_id != owner:
            tools[owner].about[comment.pk] = texts.get(comment.link_id, "")
    flagged = DiscussionFlag.objects.filter(assignment=assignment, cleared_at__isnull=True)
    for link_id in flagged.values_list("link_id", flat=True):
        if owners.get(link_id) in tools:
            tools[owners[link_id]].flagged = True
    return tools


def current_response(assignment: Assignment) -> Response | None:
    try:
        return assignment.response
    except Response.DoesNotExist:
        return None


def latest_answers(assignment: Assignment) -> tuple[dict, int]:
    """The stored draft (or submission) and its version; nothing yet is ({}, 0)."""
    response = current_response(assignment)
    if response is None:
        return {}, 0
    return (response.answers if isinstance(response.answers, dict) else {}), response.version


def first_message(errors: dict) -> str:
    """The first of a service's per-item messages, for a one-line status."""
    return next((message for messages_ in errors.values() for message in messages_), "")


@dataclass
class Autosaved:
    """What an autosave came to: the page's script gets it as JSON (see ``payload``)."""

    version: int
    status: int = 200
    unchanged: bool = False
    message: str = ""
    mine: dict | None = None  # with ``stale``: a conflict, both versions to show side by side
    stale: StaleVersion | None = None

    def payload(self, *, saved_at: str, conflict_html) -> dict:
        if self.stale is not None:
            return {"conflict": True, "version": self.version, "html": conflict_html(self.mine, self.stale)}
        if self.message:
            return {"message": self.message}
        return {"version": self.version, "saved_at": saved_at} | ({"unchanged": True} if self.unchanged else {})


def autosave(*, assignment: Assignment, user: User, data, in_session: bool = False) -> Autosaved:
    """Keep the posted form as a draft unless nothing changed; the portal's and in-session mode's autosave."""
    answers = compact(parse(assignment.template_version.items, data))
    version = parse_version(data)
    stored, stored_version = latest_answers(assignment)
    if answers == stored and version == stored_version:
        return Autosaved(version, unchanged=True)
    try:
        response = response_save_draft(
            assignment=assignment, user=user, answers=answers, version=version, in_session=in_session
        )
    except StaleVersion as stale:
        if answers == compact(stale.answers):  # saved elsewhere, but the same: nothing to choose
            return Autosaved(stale.version, unchanged=True)
        return Autosaved(stale.version, status=409, mine=answers, stale=stale)
    except AnswersInvalid as invalid:
        return Autosaved(version, status=400, message=first_message(invalid.errors))
    except IllegalTransition:
        return Autosaved(version, status=409, message="This has already been sent, so it can no longer change.")
    return Autosaved(response.version)


@dataclass
class Posted:
    """What a form posted without JavaScript came to, for the portal's and in-session mode's views to show.

    ``stale``: saved elsewhere first (show both versions); ``errors``: answers to look at again, per linkId
    (what could be kept is kept as a draft); ``refused``: no longer open; ``submission``: sent.
    """

    answers: dict
    version: int | None
    stale: StaleVersion | None = None
    errors: dict[str, list[str]] | None = None
    refused: IllegalTransition | None = None
    submission: Submission | None = None


def save_posted(*, assignment: Assignment, user: User, data, remove: str = "", in_session: bool = False) -> Posted:
    """Keep the posted form as a draft when it changed (``remove``: without that repeating row first)."""
    items = assignment.template_version.items
    parsed = parse(items, data)
    if remove:
        remove_row(items, parsed, remove)
    return _keep_draft(assignment, user, compact(parsed), parse_version(data), in_session=in_session)


def submit_posted(*, assignment: Assignment, user: User, data, in_session: bool = False) -> Posted:
    """Send the posted form; answers that need another look are kept as a draft before they are shown again."""
    answers = compact(parse(assignment.template_version.items, data))
    version = parse_version(data)
    try:
        submission = response_submit(
            assignment=assignment, user=user, answers=answers, version=version, in_session=in_session
        )
    except StaleVersion as stale:
        return Posted(answers, version, stale=stale)
    except AnswersInvalid as invalid:
        kept = _keep_draft(assignment, user, answers, version, in_session=in_session)
        if kept.stale is not None or kept.errors is not None:
            return kept
        return Posted(answers, kept.version, errors=invalid.errors)
    except IllegalTransition as refused:
        return Posted(answers, version, refused=refused)
    return Posted(answers, version, submission=submission)


def _keep_draft(assignment: Assignment, user: User, answers: dict, version: int, *, in_session: bool) -> Posted:
    """Save ``answers`` as a draft unless they are what is stored already."""
    stored, stored_version = latest_answers(assignment)
    if answers == stored:
        return Posted(answers, stored_version)
    try:
        response = response_save_draft(
            assignment=assignment, user=user, answers=answers, version=version, in_session=in_session
        )
    except StaleVersion as stale:
        return Posted(answers, version, stale=stale)
    except AnswersInvalid as invalid:
        return Posted(answers, version, errors=invalid.errors)
    return Posted(answers, response.version)


def conflict_context(assignment: Assignment, mine: dict, stale: StaleVersion, *, in_session: bool = False) -> dict:
    """What the conflict view (clients/includes/conflict.html) shows: the items that differ, side by side."""
    found, same = differences(assignment.template_version.items, mine, stale.answers)
    return {
        "assignment": assignment,
        "differences": found,
        "same": same,
        "mine_json": json.dumps(mine, ensure_ascii=False),
        "version": stale.version,
        "in_session": in_session,
    }


@dataclass
class Resolved:
    """How choosing between two versions after a conflict went."""

    saved: bool = False
    bad_choice: bool = False  # the posted "mine" was not a set of answers
    error: str = ""
    mine: dict | None = None  # with ``stale``: yet another save came in, choose again
    stale: StaleVersion | None = None


def resolve(*, assignment: Assignment, user: User, data, in_session: bool = False) -> Resolved:
    """Save what was chosen item by item between this screen's answers and the ones saved elsewhere."""
    try:
        mine = json.loads(data.get("mine", ""))
    except ValueError:
        mine = None
    if not isinstance(mine, dict):
        return Resolved(bad_choice=True)
    theirs, version = latest_answers(assignment)
    if parse_version(data) != version:  # saved elsewhere once more in the meantime
        return Resolved(mine=compact(mine), stale=StaleVersion(answers=theirs, version=version))
    picks = data
    if data.get("all") == "theirs":  # "Use the other version" for every answer
        picks = {key: "theirs" for key in data if key.startswith("pick:")} | {"*": "theirs"}
    chosen = merge(assignment.template_version.items, mine, theirs, picks)
    try:
        conflict_resolve(
            assignment=assignment, user=user, mine=mine, chosen=chosen, version=version, in_session=in_session
        )
    except StaleVersion as stale:
        return Resolved(mine=compact(mine), stale=stale)
    except (AnswersInvalid, IllegalTransition) as error:
        return Resolved(error=first_message(getattr(error, "errors", {})) or " ".join(error.messages))
    return Resolved(saved=True)


@transaction.atomic
def conflict_resolve(
    *, assignment: Assignment, user: User, mine: dict, chosen: dict, version: int, in_session: bool = False
) -> Response:
    """Save the answers the client chose after a conflict, keeping this device's version in the history first.

    The other version is already a saved revision; saving this device's one
    too means that whatever was chosen, every word typed on either side stays
    in the response's revisions. Raises StaleVersion if yet another save came in.
    ``in_session``: chosen by the client's clinician with them in the room.
    """
    save = {"assignment": assignment, "user": user, "in_session": in_session}
    if compact(mine) != compact(chosen):
        response_save_draft(**save, answers=compact(mine), version=version)
        version += 1
    return response_save_draft(**save, answers=compact(chosen), version=version)
