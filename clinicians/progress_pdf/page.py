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
from functools import cache
from xml.sax.saxutils import escape

from django.utils.text import slugify
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assignments.measures import MEASURES
from clinicians.progress_pdf.drawing import measure_drawing, mood_drawing
from clinicians.progress_pdf.style import (
    ACCENT,
    ACCENT_SOFT,
    AXIS,
    CHART_HEIGHT,
    CONTENT_WIDTH,
    DAILY_UP_TO_DAYS,
    DANGER,
    FRAME_PADDING,
    GRID,
    GUTTER,
    HALF,
    INK,
    INK_SOFT,
    LINE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_WIDTH,
    TABLE_WEEKS,
    fonts,
)
from clinicians.progress_words import (
    band_word,
    homework_sentence,
    long_day,
    measure_sentence,
    medium_day,
    mood_summary,
    share,
)
from clinicians.selectors.progress_report import ProgressReport

# --- What the page shows ------------------------------------------------------------------


def download_name(*, client_name: str, day: datetime.date) -> str:
    """``progress-<first name>-<date>.pdf``: the first name only (or the initials), as files get passed around."""
    words = [slugify(word, allow_unicode=True) for word in client_name.split()]
    first = words[0] if words and 1 < len(words[0]) <= 30 else "".join(word[:1] for word in words)[:4]
    return f"progress-{first or 'client'}-{day.isoformat()}.pdf"


# --- Words ---------------------------------------------------------------------------------


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
                _p(f"{long_day(report.start)} – {long_day(report.end)} ({weeks})", "value"),
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
    return f"{last['score']} · {band_word(measure, last['score'])}"


def _facts(report: ProgressReport) -> Table:
    due = sum(week["due"] for week in report.weeks)
    done = sum(week["completed"] for week in report.weeks)
    homework = f"{done} of {due} ({share(done, due)})" if due else "Nothing due"
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
        [
            medium_day(week["week_start"]),
            str(week["due"]),
            str(week["completed"]),
            share(week["completed"], week["due"]),
        ]
        for week in shown
    ]
    due = sum(week["due"] for week in report.weeks)
    done = sum(week["completed"] for week in report.weeks)
    rows.append(
        [f"All {report.week_count} weeks" if report.week_count > 1 else "Total", str(due), str(done), share(done, due)]
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
