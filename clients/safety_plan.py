"""A client's safety plan, read for the places that show it.

The plan is the built-in ``safety-plan`` exercise (or a practice's copy of
it), filled in like any other homework, usually together in session. What is
shown is the client's most recent one: the latest sent, or, while none has
been sent, the latest that has anything written in it (marked unfinished), so
the words are there in a crisis even before the plan is sent.

It is read in the client's portal (the "Need help now?" panel on every page,
and a page of its own to print) and by the care team (the alert card and the
client page). Reads are scoped to the caller like every other: a clinician
sees the plans of current clients only.
"""

import datetime
from dataclasses import dataclass

import phonenumbers
from django.conf import settings
from django.db.models import Q

from accounts.models import User
from assignments.models import Assignment
from assignments.questionnaire import ANSWERABLE

SLUG = "safety-plan"
SENT = ("submitted", "reviewed")


@dataclass(frozen=True)
class Entry:
    text: str
    phone: str = ""  # as the client wrote it
    tel: str = ""  # E.164 for a tel: link, when the number can be dialled


@dataclass(frozen=True)
class Section:
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class SafetyPlan:
    assignment_id: int
    client_id: int
    sections: tuple[Section, ...]
    updated_at: datetime.datetime
    finished: bool


def _is_safety_plan() -> Q:
    builtin = Q(template_version__template__slug=SLUG, template_version__template__practice__isnull=True)
    copy = Q(
        template_version__template__copied_from__slug=SLUG,
        template_version__template__copied_from__practice__isnull=True,
    )
    return builtin | copy


def _tel(number: str) -> str:
    try:
        parsed = phonenumbers.parse(number, settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _words(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _group_entry(children: list[dict], answer: dict) -> Entry | None:
    """One instance of a repeating group: its words, and its number (a child whose linkId ends in "phone")."""
    phone = ""
    words = []
    for child in children:
        value = _words(answer.get(child["linkId"]))
        if not value:
            continue
        if child["linkId"].endswith("phone"):
            phone = value
        else:
            words.append(value)
    if not words and not phone:
        return None
    return Entry(text=" – ".join(words), phone=phone, tel=_tel(phone) if phone else "")


def sections_of(items: list[dict], answers: dict) -> tuple[Section, ...]:
    """The plan's steps in the template's order, each with what the client wrote; empty steps left out."""
    sections = []
    for item in items:
        value = answers.get(item["linkId"])
        if item["type"] == "group" and item.get("repeats"):
            entries = [_group_entry(item.get("item") or [], row) for row in value or [] if isinstance(row, dict)]
        elif item["type"] in ANSWERABLE:
            values = value if isinstance(value, list) else [value]
            entries = [Entry(text=_words(v)) for v in values]
        else:
            continue
        entries = tuple(e for e in entries if e is not None and (e.text or e.phone))
        if entries:
            sections.append(Section(title=item["text"], entries=entries))
    return tuple(sections)


def _best(assignments) -> Assignment | None:
    """The latest sent plan, else the latest one with words in it."""
    written = [a for a in assignments if hasattr(a, "response") and any(a.response.answers.values())]
    sent = [a for a in written if a.status in SENT]
    if sent:
        return max(sent, key=lambda a: (a.response.submitted_at or a.response.updated_at, a.pk))
    return max(written, key=lambda a: (a.response.updated_at, a.pk), default=None)


def safety_plans_for(*, user: User, client_ids=None) -> dict[int, SafetyPlan]:
    """The safety plan of each of these clients (all the caller may see, if None), in one query, by client id."""
    rows = (
        Assignment.objects.visible_to(user)
        .filter(_is_safety_plan())
        .exclude(status="cancelled")
        .select_related("response", "template_version")
    )
    if client_ids is not None:
        rows = rows.filter(client_id__in=list(client_ids))
    by_client: dict[int, list[Assignment]] = {}
    for row in rows:
        by_client.setdefault(row.client_id, []).append(row)
    plans = {}
    for client_id, assignments in by_client.items():
        best = _best(assignments)
        if best is None:
            continue
        sections = sections_of(best.template_version.items, best.response.answers)
        if sections:
            plans[client_id] = SafetyPlan(
                assignment_id=best.pk,
                client_id=client_id,
                sections=sections,
                updated_at=best.response.submitted_at if best.status in SENT else best.response.updated_at,
                finished=best.status in SENT,
            )
    return plans


def safety_plan_for(*, user: User, client_id: int) -> SafetyPlan | None:
    return safety_plans_for(user=user, client_ids=[client_id]).get(client_id)


def own_safety_plan(*, user: User) -> SafetyPlan | None:
    """A client's own plan (a client sees only their own assignments)."""
    if user.role != "client":
        return None
    return next(iter(safety_plans_for(user=user).values()), None)
