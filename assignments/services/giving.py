"""Giving homework: an assignment once or as a daily or weekly series; cancelling it, or the pathway taking it back."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assignments import followups, lifecycle
from assignments.models import Assignment, AssignmentSeries, Comment, PathwayEnrollment, Response, Template
from assignments.services.guards import locked, require_clinician_of
from audit.services import audit_record
from clients.models import Client
from clinicians.models import Clinician
from config.localtime import at_local

S = Assignment.Status
MAX_OCCURRENCES = {"none": 1, "daily": 60, "weekly": 26}


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
    created = Assignment.objects.bulk_create(
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
    for assignment in created:
        audit_record(
            action="create",
            what="assignment",
            object_id=assignment.pk,
            client_id=client.pk,
            practice_id=clinician_user.practice_id,
            actor=clinician_user,
        )
    return created


@transaction.atomic
def assignment_cancel(*, assignment: Assignment, clinician_user: User) -> Assignment:
    require_clinician_of(assignment, clinician_user)
    assignment = locked(assignment)
    _cancel(assignment)
    audit_record(
        action="cancel",
        what="assignment",
        object_id=assignment.pk,
        client_id=assignment.client_id,
        practice_id=clinician_user.practice_id,
        actor=clinician_user,
    )
    return assignment


@transaction.atomic
def assignment_withdraw_unstarted(*, assignment: Assignment) -> bool:
    """The pathway takes back a step it sent by itself that no longer fits; True if it was withdrawn.

    Only while nobody has begun it: once a draft is saved, anything sent or a
    comment written, the assignment and every word in it stay, and this does
    nothing. Safe to call twice.
    """
    assignment = locked(assignment)
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
