"""Reads of client records, always scoped to the caller."""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from accounts.models import User, has_set_password
from clients.models import CareTeamMember, Client


def _with_joined(qs: QuerySet[Client]) -> QuerySet[Client]:
    """``has_joined``: the client has set a password (through an invitation or otherwise)."""
    return qs.annotate(has_joined=has_set_password())


def caseload_for(*, user: User) -> QuerySet[Client]:
    """The clients the user may see, with what a caseload row shows, in two queries."""
    current_team = CareTeamMember.objects.filter(ended_on__isnull=True).select_related("clinician__user")
    return (
        _with_joined(Client.objects.visible_to(user))
        .select_related("user")
        .prefetch_related(Prefetch("care_team", queryset=current_team, to_attr="current_team"))
        .order_by("user__display_name", "pk")
    )


def client_for(*, user: User, pk: int) -> Client:
    """One client the user may see, with its full care-team history; 404 otherwise."""
    history = CareTeamMember.objects.select_related("clinician__user").order_by("-ended_on", "-started_on")
    qs = (
        _with_joined(Client.objects.visible_to(user))
        .select_related("user")
        .prefetch_related(Prefetch("care_team", queryset=history, to_attr="team_history"))
    )
    return get_object_or_404(qs, pk=pk)
