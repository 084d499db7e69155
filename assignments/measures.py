"""The standardised measures the product scores (PHQ-9, GAD-7): their names, ranges and severity bands.

One registry for every app that shows a score (the dashboard's charts, the
client's progress page, the weekly summary, the progress PDF). The bands are
the published cut-offs of each instrument.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    """A severity band of a measure: totals from ``low`` to ``high`` inclusive."""

    low: int
    high: int
    code: str
    label: str


PHQ9_BANDS = (
    Band(0, 4, "minimal", "Minimal"),
    Band(5, 9, "mild", "Mild"),
    Band(10, 14, "moderate", "Moderate"),
    Band(15, 19, "moderately_severe", "Moderately severe"),
    Band(20, 27, "severe", "Severe"),
)
GAD7_BANDS = (
    Band(0, 4, "minimal", "Minimal"),
    Band(5, 9, "mild", "Mild"),
    Band(10, 14, "moderate", "Moderate"),
    Band(15, 21, "severe", "Severe"),
)
MEASURES = {
    "phq9": {"name": "PHQ-9", "maximum": 27, "bands": PHQ9_BANDS, "about": "depression"},
    "gad7": {"name": "GAD-7", "maximum": 21, "bands": GAD7_BANDS, "about": "anxiety"},
}


def band_for(bands: Sequence[Band], value: float | None) -> Band | None:
    if value is None:
        return None
    return next((band for band in bands if band.low <= value <= band.high), None)
