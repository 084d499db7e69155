"""The progress PDF's charts, drawn with reportlab's graphics: the measures against their bands, and mood."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from assignments.measures import MEASURES
from clinicians.charts import Scale, _date_ticks
from clinicians.progress_pdf.style import (
    ACCENT,
    AXIS,
    BAND_FILLS,
    BAND_LABEL,
    DAILY_UP_TO_DAYS,
    GRID,
    INK,
    INK_SOFT,
    LABEL,
    LABEL_LATEST_UP_TO,
    SECOND,
    fonts,
)
from clinicians.progress_words import (
    short_day,
)


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


# --- Charts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plot:
    """A chart's drawing and the scales of its plot area (PDF units: y grows upwards)."""

    drawing: Drawing
    x: Scale
    y: Scale
    left: float
    right: float
    bottom: float
    top: float


def _plot(
    *, width: float, height: float, start: datetime.date, end: datetime.date, maximum: int, top_pad: float = 4
) -> _Plot:
    left, right, bottom, top = 20, width - 3, 13, height - top_pad
    x = Scale(start.toordinal(), end.toordinal(), left + 6, right - 6)
    return _Plot(Drawing(width, height), x, Scale(0, maximum, bottom, top), left, right, bottom, top)


def _axes(plot: _Plot, *, start: datetime.date, end: datetime.date, y_ticks: list[int]) -> None:
    regular, _ = fonts()
    drawing = plot.drawing
    for tick in y_ticks:
        level = plot.y(tick)
        if tick > 0:
            drawing.add(
                Line(plot.left, level, plot.right, level, strokeColor=GRID, strokeWidth=0.5, strokeDashArray=[1, 2])
            )
        drawing.add(
            String(
                plot.left - 3, level - 2.2, str(tick), fontName=regular, fontSize=6.5, fillColor=LABEL, textAnchor="end"
            )
        )
    drawing.add(Line(plot.left, plot.bottom, plot.right, plot.bottom, strokeColor=AXIS, strokeWidth=0.7))
    for tick in _date_ticks(start, end):
        drawing.add(
            String(
                plot.x(tick.toordinal()),
                plot.bottom - 8.5,
                short_day(tick),
                fontName=regular,
                fontSize=6.5,
                fillColor=LABEL,
                textAnchor="middle",
            )
        )


def _dot_radius(count: int) -> float:
    return 2.2 if count <= 30 else 1.4 if count <= 80 else 0


def _line(plot: _Plot, points: list[tuple[float, float]], *, color, dashed: bool = False, square: bool = False):
    if len(points) > 1:
        plot.drawing.add(
            PolyLine(
                [value for point in points for value in point],
                strokeColor=color,
                strokeWidth=1.1 if dashed else 1.5,
                strokeDashArray=[3, 2] if dashed else None,
                strokeLineJoin=1,
                strokeLineCap=1,
            )
        )
    radius = _dot_radius(len(points))
    for cx, cy in points if radius else []:
        if square:
            plot.drawing.add(
                Rect(
                    cx - radius,
                    cy - radius,
                    2 * radius,
                    2 * radius,
                    fillColor=colors.white,
                    strokeColor=color,
                    strokeWidth=0.9,
                )
            )
        else:
            plot.drawing.add(Circle(cx, cy, radius, fillColor=colors.white, strokeColor=color, strokeWidth=1.1))


def _empty(plot: _Plot, text: str) -> None:
    regular, _ = fonts()
    plot.drawing.add(
        String(
            (plot.left + plot.right) / 2,
            (plot.bottom + plot.top) / 2 - 3,
            text,
            fontName=regular,
            fontSize=8.5,
            fillColor=INK_SOFT,
            textAnchor="middle",
        )
    )


def _legend(plot: _Plot, *, y: float, items: list[tuple[str, colors.Color, bool]]) -> None:
    """A line sample and a label for each series, side by side above the plot."""
    regular, _ = fonts()
    x = plot.left
    for label, color, dashed in items:
        plot.drawing.add(
            Line(
                x,
                y + 2.5,
                x + 16,
                y + 2.5,
                strokeColor=color,
                strokeWidth=1.3,
                strokeDashArray=[3, 2] if dashed else None,
            )
        )
        plot.drawing.add(String(x + 20, y, label, fontName=regular, fontSize=6.8, fillColor=INK_SOFT))
        x += 20 + pdfmetrics.stringWidth(label, regular, 6.8) + 14


def measure_drawing(
    points: list[dict],
    *,
    measure: str,
    start: datetime.date,
    end: datetime.date,
    width: float,
    height: float,
    empty: str = "",
) -> Drawing:
    """The measure's scores on its full range, its severity bands shaded behind the line."""
    regular, bold = fonts()
    spec = MEASURES[measure]
    maximum, bands = spec["maximum"], spec["bands"]
    plot = _plot(width=width, height=height, start=start, end=end, maximum=maximum)
    for band in bands:
        low, high = plot.y(band.low), plot.y(band.high + (1 if band.high < maximum else 0))
        plot.drawing.add(
            Rect(plot.left, low, plot.right - plot.left, high - low, fillColor=BAND_FILLS[band.code], strokeColor=None)
        )
        plot.drawing.add(
            String(
                plot.right - 3,
                high - 7.5,
                band.label,
                fontName=regular,
                fontSize=6.3,
                fillColor=BAND_LABEL,
                textAnchor="end",
            )
        )
    _axes(plot, start=start, end=end, y_ticks=sorted({0, *(band.low for band in bands[1:]), maximum}))
    coordinates = [(plot.x(p["date"].toordinal()), plot.y(p["score"])) for p in points]
    _line(plot, coordinates, color=ACCENT)
    if coordinates and len(coordinates) <= LABEL_LATEST_UP_TO:
        last_x, last_y = coordinates[-1]
        plot.drawing.add(
            String(
                last_x,
                last_y + 5,
                str(points[-1]["score"]),
                fontName=bold,
                fontSize=8,
                fillColor=INK,
                textAnchor="end" if last_x > plot.right - 12 else "middle",
            )
        )
    elif not coordinates:
        _empty(plot, empty or f"No {spec['name']} yet")
    return plot.drawing


def _weekly_means(entries: list[dict], *, end: datetime.date) -> list[dict]:
    """Mood and rumination averaged by week, dated mid-week (or today, for this week)."""
    weeks: dict[datetime.date, list[dict]] = {}
    for entry in entries:
        weeks.setdefault(_monday(entry["date"]), []).append(entry)
    means = []
    for monday, days in sorted(weeks.items()):
        ruminations = [day["rumination"] for day in days if isinstance(day.get("rumination"), int)]
        means.append(
            {
                "date": min(monday + datetime.timedelta(days=3), end),
                "value": sum(day["value"] for day in days) / len(days),
                "rumination": sum(ruminations) / len(ruminations) if ruminations else None,
            }
        )
    return means


def mood_drawing(
    entries: list[dict], *, start: datetime.date, end: datetime.date, width: float, height: float
) -> Drawing:
    """Mood (higher is better, solid) and thoughts of the rejection (lower is better, dashed), 0–10."""
    plot = _plot(width=width, height=height, start=start, end=end, maximum=10, top_pad=16)
    _axes(plot, start=start, end=end, y_ticks=[0, 5, 10])
    if entries and (entries[-1]["date"] - entries[0]["date"]).days > DAILY_UP_TO_DAYS:
        entries = _weekly_means(entries, end=end)
    mood = [(plot.x(e["date"].toordinal()), plot.y(e["value"])) for e in entries]
    rumination = [
        (plot.x(e["date"].toordinal()), plot.y(e["rumination"]))
        for e in entries
        if isinstance(e.get("rumination"), int | float)
    ]
    _line(plot, rumination, color=SECOND, dashed=True, square=True)
    _line(plot, mood, color=ACCENT)
    if not entries:
        _empty(plot, "No daily habits logged yet")
    _legend(
        plot,
        y=height - 7,
        items=[("Mood (higher is better)", ACCENT, False), ("Rumination (lower is better)", SECOND, True)],
    )
    return plot.drawing
