"""The progress PDF's page geometry, colours and fonts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
