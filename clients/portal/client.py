"""The signed-in client every portal page starts from: their own profile, and the zone their times are shown in."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from accounts.models import User
from clients.models import Client


def portal_client(*, user: User) -> Client:
    """The signed-in client's own profile."""
    return Client.objects.visible_to(user).select_related("user").get()


def local_zone(client: Client) -> ZoneInfo:
    return ZoneInfo(client.time_zone)
