"""A one-page A4 PDF of a client's progress, for their clinician to keep, print or pass on.

The same picture as the client page (PHQ-9 and GAD-7 with their severity bands
shaded, mood and rumination, homework by week), drawn with reportlab: the text
is real text (selectable and searchable) and the charts are vector drawings.

It always fits on one page: the period is at most a year, the homework table
lists at most twelve weeks, names are bounded by their fields, and the whole
page is scaled down (never split) should it ever still run over.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from django.utils.text import slugify
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assignments.measures import MEASURES, band_for
from clinicians.charts import Scale, _date_ticks, change_phrase, mood_summary
from clinicians.selectors.progress_report import ProgressReport

TABLE_WEEKS = 12  # weeks listed in the homework table; its total row covers the whole period
LABEL_LATEST_UP_TO = 12  # the latest score is written by its dot while the line is sparse enough to leave room
DAILY_UP_TO_DAYS = 35  # mood is drawn day by day up to five weeks, as weekly averages beyond

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40, 36, 50
FRAME_PADDING = 6  # platypus's default frame padding, on each side
CONTENT_WIDTH = PAGE_WIDTH - 2 * (MARGIN_X + FRAME_PADDING)
GUTTER = 14
HALF = (CONTENT_WIDTH - GUTTER) / 2
CHART_HEIGHT = 175

# The dashboard's palette (static/css/app.css and charts.css).
INK = colors.HexColor("#1f2933")
INK_SOFT = colors.HexColor("#4a5662")
LINE = colors.HexColor("#d9d4cc")
ACCENT = colors.HexColor("#2f5d62")
ACCENT_SOFT = colors.HexColor("#e3eeee")
SECOND = colors.HexColor("#b46a00")
DANGER = colors.HexColor("#a12a2a")
AXIS = colors.HexColor("#b9b2a7")
GRID = colors.HexColor("#e2dcd2")
LABEL = colors.HexColor("#5a6570")
BAND_LABEL = colors.HexColor("#6b5d4f")
BAND_FILLS = {
    "minimal": colors.HexColor("#e4f1e6"),
    "mild": colors.HexColor("#eef3d8"),
    "moderate": colors.HexColor("#fbefd5"),
    "moderately_severe": colors.HexColor("#f9e0cf"),
    "severe": colors.HexColor("#f6d5d5"),
}

# A TrueType font when the system has one (it covers names such as Łucja or Dvořák,
# which the PDF's built-in Helvetica cannot show); Helvetica otherwise.
FONT_CANDIDATES = [
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
]


@cache
def fonts() -> tuple[str, str]:
    """The regular and bold font names to use, registered with reportlab once per process."""
    for regular, bold in FONT_CANDIDATES:
        regular_path = Path(regular)
        bold_path = regular_path.with_name(bold)
        if regular_path.is_file() and bold_path.is_file():
            pdfmetrics.registerFont(TTFont("ReportSans", regular_path))
            pdfmetrics.registerFont(TTFont("ReportSans-Bold", bold_path))
            pdfmetrics.registerFontFamily("ReportSans", normal="ReportSans", bold="ReportSans-Bold")
            return "ReportSans", "ReportSans-Bold"
    return "Helvetica", "Helvetica-Bold"


# --- What the page shows ------------------------------------------------------------------


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def download_name(*, client_name: str, day: datetime.date) -> str:
    """``progress-<first name>-<date>.pdf``: the first name only (or the initials), as files get passed around."""
    words = [slugify(word, allow_unicode=True) for word in client_name.split()]
    first = words[0] if words and 1 < len(words[0]) <= 30 else "".join(word[:1] for word in words)[:4]
    return f"progress-{first or 'client'}-{day.isoformat()}.pdf"


# --- Words ---------------------------------------------------------------------------------


def _long(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _medium(day: datetime.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _short(day: datetime.date) -> str:
    return f"{day.day} {day:%b}"


def _band_word(measure: str, score: int) -> str:
    band = band_for(MEASURES[measure]["bands"], score)
    return band.label.lower() if band else ""


def measure_sentence(points: list[dict], *, measure: str, earlier: dict | None = None) -> str:
    """First score to latest, with the change in points and in band, in one sentence."""
    name = MEASURES[measure]["name"]
    if not points and earlier:
        score, day = earlier["score"], _medium(earlier["date"])
        return f"No {name} in this period; the last was {score} ({_band_word(measure, score)}) on {day}."
    if not points:
        return f"No {name} yet."
    first, last = points[0], points[-1]
    first_band, last_band = _band_word(measure, first["score"]), _band_word(measure, last["score"])
    if len(points) == 1:
        return f"One {name} so far: {first['score']} ({first_band}) on {_medium(first['date'])}."
    bands = f"still {last_band}" if first_band == last_band else f"from {first_band} to {last_band}"
    return (
        f"{name} went from {first['score']} on {_medium(first['date'])} to {last['score']} on "
        f"{_medium(last['date'])}, {change_phrase(first['score'], last['score'])} over {len(points)} scores: "
        f"{bands}."
    )


def homework_sentence(weeks: list[dict]) -> str:
    due = sum(week["due"] for week in weeks)
    if not due:
        return "Nothing was due in this period."
    done = sum(week["completed"] for week in weeks)
    span = "week" if len(weeks) == 1 else f"{len(weeks)} weeks"
    return f"Over the {span}, {done} of {due} pieces of homework due were completed ({round(done / due * 100)}%)."


def _share(done: int, due: int) -> str:
    return f"{round(done / due * 100)}%" if due else "–"


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
                _short(tick),
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


# --- The page ----------------------------------------------------------------------------------


@cache
def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=11, textColor=INK)
    return {
        "body": body,
        "practice": ParagraphStyle("practice", parent=body, fontName=bold, fontSize=9.5, textColor=ACCENT),
        "kind": ParagraphStyle("kind", parent=body, fontSize=8.5, textColor=INK_SOFT, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=17, leading=21, spaceBefore=4),
        "label": ParagraphStyle("label", parent=body, fontSize=7.5, leading=9.5, textColor=INK_SOFT),
        "value": ParagraphStyle("value", parent=body, fontSize=8.5, leading=10.5),
        "fact_label": ParagraphStyle("fact_label", parent=body, fontSize=7, leading=9, textColor=INK_SOFT),
        "fact": ParagraphStyle("fact", parent=body, fontName=bold, fontSize=10.5, leading=13),
        "fact_alert": ParagraphStyle(
            "fact_alert", parent=body, fontName=bold, fontSize=10.5, leading=13, textColor=DANGER
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=11, leading=14, spaceBefore=2, spaceAfter=4, textColor=INK
        ),
        "chart_title": ParagraphStyle("chart_title", parent=body, fontName=bold, fontSize=9.5, leading=12),
        "summary": ParagraphStyle("summary", parent=body, fontSize=8, leading=10.2, textColor=INK_SOFT, spaceAfter=3),
        "note": ParagraphStyle("note", parent=body, fontSize=6.8, leading=8.8, textColor=INK_SOFT),
    }


def _p(text: str, style: str) -> Paragraph:
    """A paragraph of plain text (escaped: a name like ``<Sam & Jo>`` is not markup)."""
    return Paragraph(escape(text), _styles()[style])


def _zone_label(moment: datetime.datetime) -> str:
    return f"{moment.day} {moment:%B %Y, %H:%M} {moment.tzname()} ({moment.tzinfo})"


def _header(report: ProgressReport) -> list:
    top = Table(
        [[_p(report.practice, "practice"), _p("Client progress report", "kind")]],
        colWidths=[CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3],
        hAlign="LEFT",
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_no_padding()]),
    )
    weeks = "1 week" if report.week_count == 1 else f"{report.week_count} weeks"
    meta = Table(
        [
            [
                _p("Period", "label"),
                _p(f"{_long(report.start)} – {_long(report.end)} ({weeks})", "value"),
                _p("Prepared for", "label"),
                _p(f"{report.clinician_name}, clinician", "value"),
            ],
            [
                _p("Generated", "label"),
                _p(_zone_label(report.generated_at), "value"),
                _p("Prepared by", "label"),
                _p("Rejection Recovery, from the client's answers", "value"),
            ],
        ],
        colWidths=[52, CONTENT_WIDTH / 2 - 52, 62, CONTENT_WIDTH / 2 - 62],
        hAlign="LEFT",
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding(bottom=2)]),
    )
    return [top, _p(report.client_name, "title"), Spacer(0, 4), meta, Spacer(0, 8)]


def _no_padding(bottom: float = 0) -> list[tuple]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def _latest(report: ProgressReport, measure: str) -> str:
    points = report.measures[measure]
    if not points:
        return "None yet"
    last = points[-1]
    return f"{last['score']} · {_band_word(measure, last['score'])}"


def _facts(report: ProgressReport) -> Table:
    due = sum(week["due"] for week in report.weeks)
    done = sum(week["completed"] for week in report.weeks)
    homework = f"{done} of {due} ({_share(done, due)})" if due else "Nothing due"
    alerts = "None" if not report.open_alerts else str(report.open_alerts)
    cells = [
        ("Latest PHQ-9", _p(_latest(report, "phq9"), "fact")),
        ("Latest GAD-7", _p(_latest(report, "gad7"), "fact")),
        ("Homework completed", _p(homework, "fact")),
        ("Open risk alerts", _p(alerts, "fact_alert" if report.open_alerts else "fact")),
    ]
    return Table(
        [[[_p(label, "fact_label"), value] for label, value in cells]],
        colWidths=[CONTENT_WIDTH / 4] * 4,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_SOFT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )


def _measure_cell(report: ProgressReport, measure: str) -> list:
    spec, points, earlier = MEASURES[measure], report.measures[measure], report.earlier.get(measure)
    return [
        _p(f"{spec['name']} · {spec['about']} (0–{spec['maximum']}, lower is better)", "chart_title"),
        _p(measure_sentence(points, measure=measure, earlier=earlier), "summary"),
        measure_drawing(
            points,
            measure=measure,
            start=report.start,
            end=report.end,
            width=HALF,
            height=CHART_HEIGHT,
            empty=f"No {spec['name']} in this period" if earlier else "",
        ),
    ]


def _mood_cell(report: ProgressReport) -> list:
    weekly = report.mood and (report.mood[-1]["date"] - report.mood[0]["date"]).days > DAILY_UP_TO_DAYS
    title = "Mood and rumination" + (" (weekly averages)" if weekly else " (daily habits)")
    return [
        _p(title, "chart_title"),
        _p(mood_summary(report.mood), "summary"),
        mood_drawing(report.mood, start=report.start, end=report.end, width=HALF, height=CHART_HEIGHT),
    ]


def _homework_cell(report: ProgressReport) -> list:
    shown = report.weeks[-TABLE_WEEKS:]
    title = "Homework by week"
    if len(shown) < report.week_count:
        title += f" (the last {len(shown)} of {report.week_count})"
    bold = fonts()[1]
    rows = [["Week of", "Due", "Completed", "Share"]]
    rows += [
        [_medium(week["week_start"]), str(week["due"]), str(week["completed"]), _share(week["completed"], week["due"])]
        for week in shown
    ]
    due = sum(week["due"] for week in report.weeks)
    done = sum(week["completed"] for week in report.weeks)
    rows.append(
        [f"All {report.week_count} weeks" if report.week_count > 1 else "Total", str(due), str(done), _share(done, due)]
    )
    regular = fonts()[0]
    table = Table(
        rows,
        colWidths=[HALF * 0.4, HALF * 0.16, HALF * 0.24, HALF * 0.2],
        rowHeights=[11] * len(rows),
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 7.5),
                ("FONT", (0, 0), (-1, 0), bold, 7.5),
                ("FONT", (0, -1), (-1, -1), bold, 7.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("TEXTCOLOR", (0, 0), (-1, 0), INK_SOFT),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.7, AXIS),
                ("LINEBELOW", (0, 1), (-1, -3), 0.3, GRID),
                ("LINEABOVE", (0, -1), (-1, -1), 0.7, AXIS),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        ),
    )
    return [_p(title, "chart_title"), _p(homework_sentence(report.weeks), "summary"), table]


def _row(left: list, right: list) -> Table:
    return Table(
        [[left, "", right]],
        colWidths=[HALF, GUTTER, HALF],
        hAlign="LEFT",
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()]),
    )


def _bands_note() -> str:
    parts = []
    for measure in ("phq9", "gad7"):
        spec = MEASURES[measure]
        bands = ", ".join(f"{band.low}–{band.high} {band.label.lower()}" for band in spec["bands"])
        parts.append(f"{spec['name']}: {bands}")
    return (
        "Scores are totals of the client's own answers, scored by the platform. Published severity bands, "
        + "; ".join(parts)
        + ". Dates are in the client's time zone. Homework counts what was due by the time of this report; "
        "cancelled homework is left out."
    )


def _story(report: ProgressReport) -> list:
    return [
        *_header(report),
        _facts(report),
        Spacer(0, 12),
        _p("Standard measures", "heading"),
        _row(_measure_cell(report, "phq9"), _measure_cell(report, "gad7")),
        Spacer(0, 14),
        _p("Daily habits and homework", "heading"),
        _row(_mood_cell(report), _homework_cell(report)),
        Spacer(0, 14),
        _p(_bands_note(), "note"),
    ]


class _NumberedCanvas(Canvas):
    """Draws the footer once the page count is known ("Page 1 of 1")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        regular, bold = fonts()
        y = MARGIN_BOTTOM - 26
        self.setStrokeColor(LINE)
        self.setLineWidth(0.6)
        left, right = MARGIN_X + FRAME_PADDING, PAGE_WIDTH - MARGIN_X - FRAME_PADDING
        self.line(left, y + 11, right, y + 11)
        self.setFillColor(INK_SOFT)
        self.setFont(bold, 7.5)
        self.drawString(left, y, "Confidential – contains health information")
        self.setFont(regular, 7.5)
        self.drawRightString(right, y, f"Page {self.getPageNumber()} of {total}")


def render_report(report: ProgressReport) -> bytes:
    """Lay the report out on one A4 page (scaled down rather than split, should it ever run over)."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Progress report: {report.client_name}",
        author=report.practice,
        subject="Client progress report (confidential)",
        creator="Rejection Recovery",
        pageCompression=1,
    )
    room = (document.width - 2 * FRAME_PADDING, document.height - 2 * FRAME_PADDING)
    document.build([KeepInFrame(*room, content=_story(report), mode="shrink")], canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
