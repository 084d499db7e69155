"""Small helpers for the clinician dashboard's templates."""

import datetime

from django import template
from django.utils import timezone

from clinicians import charts
from clinicians.alerts import open_alert_count_for
from clinicians.selectors.header import review_count_for
from config.localtime import near_day

register = template.Library()


@register.simple_tag(takes_context=True)
def current_page(context) -> dict:
    """The view being shown, for marking the menu: empty on an error page, where no URL matched."""
    match = getattr(context.get("request"), "resolver_match", None)
    if match is None:
        return {"name": "", "namespace": "", "url_name": ""}
    url_name = match.url_name or ""
    return {"name": f"{match.namespace}:{url_name}", "namespace": match.namespace, "url_name": url_name}


@register.simple_tag(takes_context=True)
def clinician_counts(context) -> dict:
    """Open alerts and submissions awaiting review, for the menu."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.role != "clinician":
        return {"alerts": 0, "review": 0}
    header = getattr(request, "clinician_header", None)  # the dashboard's pages read it already
    if header is not None:
        return {"alerts": header.open_alerts, "review": header.awaiting_review}
    return {"alerts": open_alert_count_for(user=user), "review": review_count_for(user=user)}


@register.filter
def percent(value) -> str:
    """0.83 → "83%"; None → "–"."""
    if value is None:
        return "–"
    return f"{round(float(value) * 100)}%"


@register.filter
def done_of(done, due) -> str:
    """A tally of homework: 3, 5 → "3 of 5"; with nothing due, "none due" (or "2 done" for work sent early)."""
    done, due = int(done or 0), int(due or 0)
    if due:
        return f"{done} of {due}"
    return f"{done} done" if done else "none due"


@register.filter
def percent_number(value) -> int:
    """0.83 → 83; None → 0: a bar's width."""
    if value is None:
        return 0
    return max(0, min(100, round(float(value) * 100)))


@register.filter
def band_words(band: str) -> str:
    return (band or "").replace("_", " ")


@register.filter
def spark(weekly: list, name: str = "") -> str:
    known = [v for v in weekly if v is not None]
    if not known:
        label = "No homework was due in the last 8 weeks"
    else:
        label = "Homework done per week, last 8 weeks, oldest first: " + ", ".join(
            "nothing due" if v is None else f"{round(v * 100)}%" for v in weekly
        )
    return charts.sparkline(weekly, label=label)


@register.filter
def when(moment: datetime.datetime | None) -> str:
    """A moment said the way a person would: "today 20:00", "tomorrow 09:30", "Tue 4 Mar 20:00"."""
    if moment is None:
        return "–"
    local = timezone.localtime(moment)
    today = timezone.localdate()
    days = (local.date() - today).days
    clock = f"{local:%H:%M}"
    if near := near_day(days):
        return f"{near} {clock}"
    if -6 <= days <= 6:
        return f"{local:%a} {local.day} {local:%b} {clock}"
    if local.year == today.year:
        return f"{local.day} {local:%b}"
    return f"{local.day} {local:%b %Y}"


def _days_ago(moment: datetime.datetime) -> int:
    """How many calendar days before today ``moment`` fell, in the current time zone (0 today, negative ahead)."""
    return (timezone.localdate() - timezone.localtime(moment).date()).days


@register.filter
def ago(moment: datetime.datetime | None) -> str:
    """How long ago, in whole days at most: "today", "yesterday", "5 days ago", "3 weeks ago"."""
    if moment is None:
        return "never"
    days = _days_ago(moment)
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    return f"{days // 30} months ago"


@register.filter
def overdue_by(moment: datetime.datetime | None) -> str:
    if moment is None:
        return ""
    days = _days_ago(moment)
    if days <= 0:
        return "less than a day"
    return "1 day" if days == 1 else f"{days} days"


@register.filter
def scale_percent(scale) -> int:
    """A (value, low, high) triple as a width in percent for a scale answer's bar."""
    if not scale:
        return 0
    value, low, high = scale
    return round((value - low) / (high - low) * 100)


@register.filter
def choice_label(choices, key) -> str:
    return dict(choices).get(key, "")


@register.filter
def pair(first, second) -> list:
    return [first, second]


@register.filter
def waited(moment: datetime.datetime | None) -> str:
    """How long something has waited: "less than a day", "1 day", "12 days"."""
    if moment is None:
        return ""
    days = (timezone.now() - moment).days
    if days < 1:
        return "less than a day"
    return "1 day" if days == 1 else f"{days} days"


@register.filter
def split_legend(text: str) -> list[str]:
    return text.split("|")


@register.filter
def has_values(values) -> bool:
    return any(value is not None for value in values or [])


@register.filter
def measure_name(key: str) -> str:
    """'phq9' → 'PHQ-9', as the summary's data names the measures."""
    return {"phq9": "PHQ-9", "gad7": "GAD-7"}.get(key, key)


@register.filter
def absolute(value):
    return abs(value) if isinstance(value, int | float) else value


@register.filter
def iso_date(value: str | None):
    """A date kept as ISO text in a summary's data, back as a date for the ``date`` filter."""
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None
