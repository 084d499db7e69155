"""Server-rendered SVG charts for the clinician dashboard: no JavaScript, no CDN.

Each chart is a ``Chart``: the SVG (scaled by its viewBox to any width), a
summary sentence and the rows of a data table, so that every chart has a text
alternative. The SVG points at the summary with ``aria-labelledby``; the page
shows the sentence above the chart and the table under it.

All text that goes into the SVG is escaped here; nothing else builds SVG.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from assignments.measures import MEASURES, band_for
from clinicians.progress_words import (  # noqa: F401 - the summaries are read as charts.<name> too
    adherence_summary,
    change_phrase,
    long_date,
    measure_summary,
    mood_summary,
    number,
)

_num = number  # coordinates and values written into the SVG

# Drawing area (user units of the viewBox). Wide enough for a desktop card,
# with text sizes that stay readable when a phone scales it down.
WIDTH, HEIGHT = 440, 230
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 40, 14, 12, 30
FONT = 12


@dataclass
class Chart:
    """An SVG chart with its text alternative: a summary sentence and a data table."""

    chart_id: str
    title: str
    summary: str
    svg: SafeString
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    subject: str = ""  # what it charts, in a few words: "PHQ-9", "mood check-ins"

    @property
    def summary_id(self) -> str:
        return f"{self.chart_id}-summary"

    @property
    def is_empty(self) -> bool:
        return not self.rows


# --- Scales -------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    """A linear map from a data domain onto a pixel range."""

    domain_low: float
    domain_high: float
    range_low: float
    range_high: float

    def __call__(self, value: float) -> float:
        if self.domain_high == self.domain_low:
            return (self.range_low + self.range_high) / 2
        share = (value - self.domain_low) / (self.domain_high - self.domain_low)
        return self.range_low + share * (self.range_high - self.range_low)


def _date_scale(start: datetime.date, end: datetime.date) -> Scale:
    return Scale(start.toordinal(), end.toordinal(), PAD_LEFT + 8, WIDTH - PAD_RIGHT - 8)


def _value_scale(low: float, high: float) -> Scale:
    return Scale(low, high, HEIGHT - PAD_BOTTOM, PAD_TOP)


def _text(x: float, y: float, content: str, *, anchor: str = "start", css: str = "chart__label") -> str:
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" class="{css}">{escape(content, quote=False)}</text>'
    )


def _svg(chart_id: str, title: str, body: list[str], *, width: int = WIDTH, height: int = HEIGHT) -> SafeString:
    # The title is for mouse users' tooltips; the accessible name is the summary sentence on the page.
    return mark_safe(  # noqa: S308 - every piece of text in ``body`` was escaped by _text/escape
        f'<svg class="chart__svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{escape(chart_id)}-summary" focusable="false" font-size="{FONT}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _date_label(day: datetime.date) -> str:
    return f"{day.day} {day:%b}"


def _date_ticks(start: datetime.date, end: datetime.date, most: int = 5) -> list[datetime.date]:
    days = (end - start).days
    if days <= 0:
        return [start]
    step = max(1, -(-days // (most - 1)))
    ticks = [start + datetime.timedelta(days=n) for n in range(0, days + 1, step)]
    if (end - ticks[-1]).days * 2 >= step:
        ticks.append(end)
    else:
        ticks[-1] = end
    return ticks


def _x_axis(scale: Scale, start: datetime.date, end: datetime.date) -> list[str]:
    parts = [
        f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{HEIGHT - PAD_BOTTOM}" '
        f'y2="{HEIGHT - PAD_BOTTOM}" class="chart__axis"/>'
    ]
    for tick in _date_ticks(start, end):
        x = scale(tick.toordinal())
        parts.append(_text(x, HEIGHT - PAD_BOTTOM + 18, _date_label(tick), anchor="middle"))
    return parts


def _y_axis(scale: Scale, ticks: Sequence[float], suffix: str = "") -> list[str]:
    parts = []
    for tick in ticks:
        y = scale(tick)
        parts.append(
            f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{_num(y)}" y2="{_num(y)}" class="chart__grid"/>'
        )
        parts.append(_text(PAD_LEFT - 6, y + 4, f"{_num(tick)}{suffix}", anchor="end"))
    return parts


def _polyline(points: list[tuple[float, float]], css: str) -> str:
    if len(points) < 2:
        return ""
    coordinates = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    return f'<polyline points="{coordinates}" class="{css}" fill="none"/>'


# --- Measures: PHQ-9 and GAD-7 ------------------------------------------------------------


def measure_chart(
    points: Sequence[dict],
    *,
    measure: str,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    chart_id: str | None = None,
) -> Chart:
    """Scores over time on the measure's full range, its severity bands shaded behind the line.

    ``points``: [{"date", "score", "band"?}] in date order (as ``progress_of`` gives them).
    """
    spec = MEASURES[measure]
    name, maximum, bands = spec["name"], spec["maximum"], spec["bands"]
    chart_id = chart_id or f"chart-{measure}"
    points = sorted(points, key=lambda p: p["date"])
    dates = [p["date"] for p in points]
    start = min([*dates, start] if start else dates, default=end or datetime.date.today())
    end = max([*dates, end] if end else dates, default=start)
    x, y = _date_scale(start, end), _value_scale(0, maximum)

    body = []
    for band in bands:
        top, bottom = y(band.high + (1 if band.high < maximum else 0)), y(band.low)
        body.append(
            f'<rect x="{PAD_LEFT}" y="{_num(top)}" width="{WIDTH - PAD_LEFT - PAD_RIGHT}" '
            f'height="{_num(bottom - top)}" class="chart__band chart__band--{band.code}" data-band="{band.code}"/>'
        )
        body.append(_text(WIDTH - PAD_RIGHT - 4, top + 13, band.label, anchor="end", css="chart__band-label"))
    body += _y_axis(y, sorted({0, *(band.low for band in bands[1:]), maximum}))
    body += _x_axis(x, start, end)
    coordinates = [(x(p["date"].toordinal()), y(p["score"])) for p in points]
    body.append(_polyline(coordinates, "chart__line"))
    for point, (cx, cy) in zip(points, coordinates, strict=True):
        band = band_for(bands, point["score"])
        label = f"{name} {point['score']} ({band.label.lower() if band else 'no band'}) on {long_date(point['date'])}"
        body.append(
            f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="4.5" class="chart__dot">'
            f"<title>{escape(label)}</title></circle>"
        )
    if coordinates:
        last_x, last_y = coordinates[-1]
        anchor = "end" if last_x > WIDTH - 60 else "start"
        offset = -9 if anchor == "end" else 9
        body.append(_text(last_x + offset, last_y - 8, str(points[-1]["score"]), anchor=anchor, css="chart__value"))
    else:
        body.append(_text(WIDTH / 2, HEIGHT / 2, f"No {name} scores yet", anchor="middle", css="chart__empty"))

    rows = []
    for point in points:
        band = band_for(bands, point["score"])
        rows.append([long_date(point["date"]), str(point["score"]), band.label if band else "—"])
    return Chart(
        chart_id=chart_id,
        title=f"{name} ({spec['about']}) over time",
        subject=f"{name} scores",
        summary=measure_summary(points, measure=measure),
        svg=_svg(chart_id, f"{name} scores over time, with the severity bands shaded", body),
        headers=["Date", f"{name} total (0–{maximum})", "Severity"],
        rows=rows,
    )


# --- Mood and rumination (daily habits) ------------------------------------------------


def mood_chart(
    entries: Sequence[dict],
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    chart_id: str = "chart-mood",
) -> Chart:
    """Mood (higher is better) and rumination (lower is better), 0–10, from the daily habits.

    ``entries``: [{"date", "value" (mood), "rumination"}].
    """
    entries = sorted(entries, key=lambda e: e["date"])
    dates = [e["date"] for e in entries]
    start = min([*dates, start] if start else dates, default=end or datetime.date.today())
    end = max([*dates, end] if end else dates, default=start)
    x, y = _date_scale(start, end), _value_scale(0, 10)
    body = _y_axis(y, [0, 5, 10]) + _x_axis(x, start, end)
    mood = [(x(e["date"].toordinal()), y(e["value"])) for e in entries]
    rumination = [
        (x(e["date"].toordinal()), y(e["rumination"])) for e in entries if isinstance(e.get("rumination"), int)
    ]
    body.append(_polyline(rumination, "chart__line chart__line--second"))
    body.append(_polyline(mood, "chart__line"))
    for cx, cy in rumination:
        body.append(
            f'<rect x="{_num(cx - 3.5)}" y="{_num(cy - 3.5)}" width="7" height="7" class="chart__dot--second"/>'
        )
    for cx, cy in mood:
        body.append(f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="3.5" class="chart__dot"/>')
    if not entries:
        body.append(_text(WIDTH / 2, HEIGHT / 2, "No daily habits logged yet", anchor="middle", css="chart__empty"))
    rows = [
        [long_date(e["date"]), str(e["value"]), "—" if e.get("rumination") is None else str(e["rumination"])]
        for e in entries
    ]
    return Chart(
        chart_id=chart_id,
        title="Mood and rumination (daily habits)",
        subject="mood check-ins",
        summary=mood_summary(entries),
        svg=_svg(chart_id, "Mood and rumination, 0 to 10, from the daily habits", body),
        headers=["Day", "Mood (0–10)", "Rumination (0–10)"],
        rows=rows,
    )


# --- Adherence by week -------------------------------------------------------------------


def adherence_chart(weeks: Sequence[dict], *, chart_id: str = "chart-adherence") -> Chart:
    """Share of what was due each week that was done: one bar per week.

    ``weeks``: [{"week_start", "due", "completed", "adherence"}] (as ``progress_of`` gives them).
    """
    y = _value_scale(0, 100)
    count = max(len(weeks), 1)
    slot = (WIDTH - PAD_LEFT - PAD_RIGHT) / count
    bar = min(34, slot * 0.62)
    body = _y_axis(y, [0, 50, 100], suffix="%")
    body.append(
        f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{HEIGHT - PAD_BOTTOM}" '
        f'y2="{HEIGHT - PAD_BOTTOM}" class="chart__axis"/>'
    )
    for n, week in enumerate(weeks):
        centre = PAD_LEFT + slot * (n + 0.5)
        label = _date_label(week["week_start"])
        if len(weeks) <= 6 or n % 2 == (len(weeks) - 1) % 2:  # every other week, ending with this one
            body.append(_text(centre, HEIGHT - PAD_BOTTOM + 18, label, anchor="middle"))
        if not week["due"]:
            body.append(_text(centre, HEIGHT - PAD_BOTTOM - 6, "–", anchor="middle", css="chart__empty"))
            continue
        share = week["completed"] / week["due"] * 100
        top = y(share)
        height = max(HEIGHT - PAD_BOTTOM - top, 1.5)
        tip = f"Week of {long_date(week['week_start'])}: {week['completed']} of {week['due']} done"
        body.append(
            f'<rect x="{_num(centre - bar / 2)}" y="{_num(HEIGHT - PAD_BOTTOM - height)}" width="{_num(bar)}" '
            f'height="{_num(height)}" rx="3" class="chart__bar"><title>{escape(tip)}</title></rect>'
        )
        body.append(_text(centre, top - 5, f"{round(share)}%", anchor="middle", css="chart__value chart__value--small"))
    rows = [
        [
            f"Week of {long_date(week['week_start'])}",
            str(week["due"]),
            str(week["completed"]),
            f"{round(week['completed'] / week['due'] * 100)}%" if week["due"] else "—",
        ]
        for week in weeks
    ]
    return Chart(
        chart_id=chart_id,
        title="Homework done, by week",
        subject="homework due",
        summary=adherence_summary(weeks),
        svg=_svg(chart_id, "Share of homework done each week", body),
        headers=["Week", "Due", "Done", "Share done"],
        rows=rows if any(week["due"] for week in weeks) else [],
    )


# --- Sparkline -----------------------------------------------------------------------------


def sparkline(values: Sequence[float | None], *, label: str, width: int = 88, height: int = 26) -> SafeString:
    """A row of tiny bars (0–1 each; None for a gap), named by ``label`` for screen readers."""
    count = max(len(values), 1)
    slot = width / count
    bar = max(slot - 3, 2)
    parts = []
    for n, value in enumerate(values):
        x = n * slot + (slot - bar) / 2
        if value is None:
            parts.append(f'<rect x="{_num(x)}" y="{height - 2}" width="{_num(bar)}" height="2" class="spark__gap"/>')
            continue
        value = min(max(float(value), 0.0), 1.0)
        bar_height = max(value * (height - 2), 2)
        css = "spark__bar spark__bar--low" if value < 0.5 else "spark__bar"
        parts.append(
            f'<rect x="{_num(x)}" y="{_num(height - bar_height)}" width="{_num(bar)}" '
            f'height="{_num(bar_height)}" rx="1.5" class="{css}"/>'
        )
    return mark_safe(  # noqa: S308 - the label is escaped; the rest is numbers
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(label)}" focusable="false" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


# --- All of a client's progress ---------------------------------------------------------------


def progress_charts(progress: dict, *, today: datetime.date | None = None) -> dict[str, Chart]:
    """The client page's four charts from ``clients.selectors.progress_of``; both measures share a time axis."""
    today = today or timezone.localdate()
    measures = progress.get("measures", {})
    dates = [point["date"] for key in MEASURES for point in measures.get(key, [])]
    start = min([*dates, today - datetime.timedelta(weeks=4)])
    mood = progress.get("mood", [])
    mood_start = min([entry["date"] for entry in mood] + [today - datetime.timedelta(days=13)])
    return {
        "phq9": measure_chart(measures.get("phq9", []), measure="phq9", start=start, end=today),
        "gad7": measure_chart(measures.get("gad7", []), measure="gad7", start=start, end=today),
        "mood": mood_chart(mood, start=mood_start, end=today),
        "adherence": adherence_chart(progress.get("adherence_by_week", [])),
    }
