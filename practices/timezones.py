"""Time zones as people choose them.

Offered: the canonical IANA zones, as the database lists them per country (zone.tab from the ``tzdata``
package, so every machine offers the same), grouped by region and named by city and country ("London,
United Kingdom"). Legacy aliases ("US/Eastern", "GB", "Asia/Calcutta") are never offered, but one already
stored is kept and shown as it is, so saving a form never moves anybody to another zone. Any zone the
server knows is valid (the API accepts them too).
"""

import datetime
import json
import zoneinfo
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import format_html

UTC = "UTC"
REGIONS = {
    "Africa": "Africa",
    "America": "Americas",
    "Antarctica": "Antarctica",
    "Arctic": "Arctic",
    "Asia": "Asia",
    "Atlantic": "Atlantic Ocean",
    "Australia": "Australia",
    "Europe": "Europe",
    "Indian": "Indian Ocean",
    "Pacific": "Pacific Ocean",
}


# Where the database's short name is not the one people search for.
COUNTRY_NAMES = {"GB": "United Kingdom"}


@dataclass(frozen=True)
class Zone:
    name: str  # "America/Argentina/Buenos_Aires"
    region: str  # "Americas"
    label: str  # "Buenos Aires, Argentina"


def _table(name: str) -> list[list[str]]:
    text = files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def canonical_zones() -> tuple[Zone, ...]:
    """Every zone offered, sorted by region, then by label."""
    countries = {row[0]: row[1] for row in _table("iso3166.tab")} | COUNTRY_NAMES
    known = zoneinfo.available_timezones()
    zones = []
    for row in _table("zone.tab"):
        code, name = row[0], row[2]
        region = REGIONS.get(name.split("/")[0])
        if region is None or name not in known:
            continue
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        label = f"{city}, {countries.get(code, code)}"
        note = row[3] if len(row) > 3 else ""
        if note and not note.startswith(city):
            label += f" ({note})"  # where a country has several zones: "Eastern (most areas)"
        zones.append(Zone(name=name, region=region, label=label))
    return tuple(sorted(zones, key=lambda zone: (zone.region, zone.label.casefold())))


@cache
def canonical_names() -> frozenset[str]:
    return frozenset({UTC, *(zone.name for zone in canonical_zones())})


@cache
def aliases() -> dict[str, str]:
    """Legacy names to the offered zone they are a link to ("Asia/Calcutta" to "Asia/Kolkata"), from the
    database's own link lines. Browsers still report some of these (ICU keeps the old names)."""
    offered = canonical_names()
    text = files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text(encoding="utf-8")
    links = (line.split()[1:3] for line in text.splitlines() if line.startswith("L "))
    return {alias: target for target, alias in links if target in offered and alias not in offered}


@cache
def time_zone_choices() -> list:
    """Grouped choices for a select: UTC first, then one group per region."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for zone in canonical_zones():
        groups.setdefault(zone.region, []).append((zone.name, zone.label))
    return [(UTC, "UTC (Coordinated Universal Time)"), *groups.items()]


def local_time_words(name: str, now: datetime.datetime | None = None) -> str:
    """ "It is 14:05 on Friday there now." for a zone name, or "" for one the server does not know."""
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return ""
    local = (now or timezone.now()).astimezone(zone)
    return f"It is {local:%H:%M} on {local:%A} there now."


class TimeZoneSelect(forms.Select):
    """The grouped select, the zone's local time after it, and hooks for static/js/time-zone.js (a search box
    that narrows the list, the browser's own zone suggested). Without JavaScript it is a plain grouped select."""

    def __init__(self, attrs=None):
        super().__init__({"data-time-zone": "", "autocomplete": "off", **(attrs or {})})

    def get_context(self, name, value, attrs):
        value = aliases().get(value, value)  # the same clock under its current name
        if value and value not in canonical_names():
            self.choices = [*self.choices, ("Your current setting", [(value, value.replace("_", " "))])]
        return super().get_context(name, value, attrs)

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        element_id = attrs.get("id") or self.attrs.get("id") or f"id_{name}"
        attrs["aria-describedby"] = " ".join(filter(None, [attrs.get("aria-describedby"), f"{element_id}_now"]))
        attrs["data-time-zone-aliases"] = json.dumps(aliases(), separators=(",", ":"))
        value = aliases().get(value, value)
        select = super().render(name, value, attrs, renderer)
        return format_html(
            '{}<p class="field__help time-zone__now" id="{}_now" data-time-zone-now aria-live="polite">{}</p>',
            select,
            element_id,
            local_time_words(value) if value else "",
        )


class TimeZoneField(forms.ChoiceField):
    widget = TimeZoneSelect

    def __init__(self, **kwargs):
        super().__init__(choices=time_zone_choices, **kwargs)

    def valid_value(self, value) -> bool:
        return value in zoneinfo.available_timezones()

    default_error_messages = {"invalid_choice": "Choose a time zone from the list."}


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            "“%(value)s” is not a known time zone.", code="invalid_time_zone", params={"value": value}
        )
