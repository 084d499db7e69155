"""Realistic, complete answers for every template in ``assignments/library``.

``COMPLETE_SAMPLES[slug]`` is the ``example`` written in that template's own
file; it passes ``check_answers(items, answers, complete=True)`` with no
errors; removing ``REQUIRED_ITEM[slug]`` (a required top-level item) must make
it report that linkId. ``PHQ9_BAND_EDGES`` and ``GAD7_BAND_EDGES``
give each band's lowest and highest total.
"""

from assignments.library import EXAMPLES

COMPLETE_SAMPLES: dict[str, dict] = EXAMPLES

REQUIRED_ITEM: dict[str, str] = {
    "feelings-check-in": "what_happened",
    "validity-analysis": "verdict",
    "growth-goals": "goals",
    "boundary-plan": "limits",
    "feedback-request": "safe_to_ask",
    "feedback-follow-up": "asked",
    "four-questions": "person",
    "daily-habits": "mood",
    "connection-plan": "checkin_who",
    "self-worth-inventory": "qualities",
    "acceptance": "what_happened",
    "phq-9": "phq9_1",
    "gad-7": "gad7_1",
    "safety-plan": "reasons_for_living",
}

PHQ9_BAND_EDGES: list[tuple[int, str]] = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "moderately_severe"),
    (19, "moderately_severe"),
    (20, "severe"),
    (27, "severe"),
]

GAD7_BAND_EDGES: list[tuple[int, str]] = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "severe"),
    (21, "severe"),
]
