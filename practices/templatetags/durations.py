"""Lengths of time in words, for the practice admin's "Background tasks" page."""

from django import template

register = template.Library()


def _unit(value: int, name: str) -> str:
    return f"{value} {name}{'' if value == 1 else 's'}"


@register.filter
def duration(seconds: float | None) -> str:
    """12.34 → "12 seconds", 2.5 → "2.5 seconds", 245 → "4 minutes 5 seconds", 7800 → "2 hours 10 minutes"."""
    if seconds is None:
        return "–"
    if seconds < 1:
        return "under a second"
    if seconds < 10:
        tenths = round(seconds, 1)
        return _unit(int(tenths), "second") if tenths == int(tenths) else f"{tenths} seconds"
    whole = round(seconds)
    if whole < 60:
        return _unit(whole, "second")
    minutes, rest = divmod(whole, 60)
    if minutes < 10:
        return _unit(minutes, "minute") + (f" {_unit(rest, 'second')}" if rest else "")
    if minutes < 60:
        return _unit(minutes, "minute")
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _unit(hours, "hour") + (f" {_unit(minutes, 'minute')}" if minutes else "")
    days, hours = divmod(hours, 24)
    return _unit(days, "day") + (f" {_unit(hours, 'hour')}" if hours else "")
