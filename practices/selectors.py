"""Reads for the practice admin's pages, scoped to the caller: their own practice; nothing for anyone else."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import User, has_set_password
from assignments.models import RiskAlert
from clients.models import CareTeamMember, Client
from clinicians.models import Clinician
from notifications.selectors import TaskReport, practice_task_report


def _admins_only(qs: QuerySet, user: User) -> QuerySet:
    """The practice's rows for its admin; none for anyone else (a clinician sees colleagues, never manages them)."""
    return qs if user.is_practice_admin else qs.none()


def practice_clinicians_for(*, user: User) -> QuerySet[Clinician]:
    """The admin's practice's clinicians, with how many clients each currently cares for."""
    return (
        _admins_only(Clinician.objects.visible_to(user), user)
        .select_related("user")
        .annotate(
            has_joined=has_set_password(),
            caseload_size=Count("care_team", filter=Q(care_team__ended_on__isnull=True)),
        )
        .order_by("-user__is_active", "user__display_name", "pk")
    )


def practice_clinician_for(*, user: User, pk: int) -> Clinician:
    return get_object_or_404(practice_clinicians_for(user=user), pk=pk)


def _current_team() -> Prefetch:
    team = CareTeamMember.objects.filter(ended_on__isnull=True).select_related("clinician__user")
    return Prefetch("care_team", queryset=team, to_attr="current_team")


def practice_clients_for(*, user: User) -> list[Client]:
    """Every client of the admin's practice; those without an active primary clinician first."""
    active_primary = CareTeamMember.objects.filter(
        client=OuterRef("pk"), ended_on__isnull=True, is_primary=True, clinician__user__is_active=True
    )
    clients = (
        _admins_only(Client.objects.visible_to(user), user)
        .select_related("user", "erasure")
        .prefetch_related(_current_team())
        .annotate(has_active_primary=Exists(active_primary))
    )
    clients = sorted(clients, key=lambda c: (c.has_active_primary, c.user.display_name.lower(), c.pk))
    for client in clients:
        client.primary = next((m for m in client.current_team if m.is_primary), None)
        client.others = [m for m in client.current_team if not m.is_primary]
    return clients


def practice_client_for(*, user: User, pk: int) -> Client:
    clients = _admins_only(Client.objects.visible_to(user), user)
    return get_object_or_404(clients.select_related("user").prefetch_related(_current_team()), pk=pk)


@dataclass
class Handover:
    clients: list[Client]
    open_alerts: int


def clinician_handover(*, clinician: Clinician) -> Handover:
    """Who a clinician currently cares for, and their open alerts: what a deactivation leaves to hand over.

    Not scoped: ``clinician`` must come from ``practice_clinician_for``.
    """
    clients = list(
        Client.objects.filter(care_team__clinician=clinician, care_team__ended_on__isnull=True)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )
    alerts = RiskAlert.objects.filter(clinician=clinician, acknowledged_at__isnull=True).count()
    return Handover(clients=clients, open_alerts=alerts)


def active_clinicians_for(*, user: User) -> QuerySet[Clinician]:
    return (
        _admins_only(Clinician.objects.visible_to(user), user)
        .filter(user__is_active=True)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )


def task_report_for(*, user: User, days: int, now: datetime.datetime | None = None) -> TaskReport:
    """The admin's practice's outbox and the workers' heartbeat ("Background tasks"). 404 for anyone who is not
    the admin of a practice: an operator without one reads ``manage.py outbox status`` instead."""
    practice = user.practice if user.is_practice_admin else None
    if practice is None:
        raise Http404("Background tasks are shown to a practice's admin.")
    return practice_task_report(practice=practice, days=days, now=now)
