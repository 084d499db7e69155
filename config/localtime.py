"""Local time for a person with a ``time_zone`` (a client, a clinician, a practice): one way to read and make it.

Times are stored in UTC; people live in their own zone. A moment "at 20:00 on
Tuesday" for someone is made in their zone and turned into UTC here, so it
stays 20:00 for them across a change of the clocks.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone


def zone_of(person) -> ZoneInfo:
    """The zone of anything with a ``time_zone`` name."""
    return ZoneInfo(person.time_zone)


def local_today(person, now: datetime.datetime | None = None) -> datetime.date:
    """The date it is for ``person`` at ``now`` (default: this moment)."""
    return (now or timezone.now()).astimezone(zone_of(person)).date()


def at_local(day: datetime.date, at: datetime.time, zone: ZoneInfo) -> datetime.datetime:
    """The moment (in UTC) when it is ``at`` o'clock on ``day`` in ``zone``."""
    return datetime.datetime.combine(day, at, tzinfo=zone).astimezone(datetime.UTC)


def near_day(days: int) -> str | None:
    """The word for a day near today, ``days`` after it (before it when negative); None further off."""
    return {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days)
