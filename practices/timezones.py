"""Time zone names, validated against the IANA database the server has."""

import zoneinfo
from functools import cache

from django.core.exceptions import ValidationError


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    return [(name, name.replace("_", " ")) for name in ["UTC", *names]]


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            "“%(value)s” is not a known time zone.", code="invalid_time_zone", params={"value": value}
        )
