"""What the give-homework and start-together forms offer: the templates the caller may give."""

from __future__ import annotations

from accounts.models import User
from assignments.models import PathwayEnrollment, Template
from assignments.selectors import templates_for
from clients.models import Client


def client_on_pathway(*, client: Client) -> bool:
    return PathwayEnrollment.objects.filter(client=client, status=PathwayEnrollment.Status.ACTIVE).exists()


def assignable_templates_for(*, user: User) -> list[Template]:
    """Published templates the caller may give: the library and their practice's own."""
    return list(templates_for(user=user).order_by("kind", "slug"))
