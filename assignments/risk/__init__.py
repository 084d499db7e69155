"""Spot risk in what a client writes, so a clinician reads it at once, and say why.

A prompt for a human to look, never a diagnosis or a risk score: a finding
means "a clinician should read this entry now"; no finding means nothing about
the client's safety. It runs on the device (no network), in well under 5 ms
for a 2,000-character answer (``manage.py benchmark_risk``, in ``devtools``), and is measured
on a labelled corpus with a held-out part (``docs/SAFETY.md``).

The parts:

* ``normalise``: what people type (misspellings, stretched letters, text-speak,
  slang, masking, spacing tricks) to canonical words that remember their
  source span;
* ``lexicon``: the phrase families, by category, and the exclusions (idioms,
  ordinary senses), each with examples that are tested;
* ``text``: a text as every layer reads it (canonical words, sentences) and
  the shared context readers: denials, whose thought it is, exclusions;
* ``detector``: matching the families and combinations, history and timing,
  and the level of each finding;
* ``net``: the wide net, risk found by the kinds of words in a sentence;
* ``model``: the learned layer, a classifier trained on the tuning corpus.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from assignments.risk.detector import Finding, find, highest_level
from assignments.risk.lexicon import (
    BURDEN_HOPELESS,
    CATEGORIES,
    CATEGORY_LABELS,
    CATEGORY_LEVEL,
    EXPOSURE,
    HARM_TO_OTHERS,
    HIGH,
    HISTORY,
    IMMINENT,
    LEVELS,
    MODERATE,
    PASSIVE_WISH,
    PLAN_INTENT,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
)

__all__ = [
    "BURDEN_HOPELESS",
    "CATEGORIES",
    "CATEGORY_LABELS",
    "CATEGORY_LEVEL",
    "EXCERPT_MAX_CHARS",
    "EXPOSURE",
    "HARM_TO_OTHERS",
    "HIGH",
    "HISTORY",
    "IMMINENT",
    "LEVELS",
    "LEVEL_LABELS",
    "MODERATE",
    "PASSIVE_WISH",
    "PLAN_INTENT",
    "SELF_HARM",
    "SUICIDAL_THOUGHTS",
    "RiskMatch",
    "find_risk_language",
    "highest_level",
    "level_rank",
]

logger = logging.getLogger(__name__)

EXCERPT_MAX_CHARS = 160

LEVEL_LABELS = {
    IMMINENT: "Imminent",
    HIGH: "High",
    MODERATE: "Moderate",
    HISTORY: "History",
}


def level_rank(level: str) -> int:
    """0 for the most urgent level; unknown levels sort last."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


@dataclass(frozen=True)
class RiskMatch:
    """One phrase family found in one text, for the clinician's alert."""

    category: str
    level: str
    phrase: str  # the family's name: what the clinician reads as the reason
    excerpt: str  # the client's words around the match, at most EXCERPT_MAX_CHARS
    spans: tuple[tuple[int, int], ...] = ()  # the matched words in the original text
    why: tuple[str, ...] = ()  # how it was read ("read from “kms”", "in the past")


# Every run of whitespace that is not already a single space (a single space is left as it is: far cheaper).
_WHITESPACE = re.compile(r"[^\S ]\s*| \s+")


def _tidy(fragment: str) -> str:
    if fragment.isprintable():  # then its only whitespace is the plain space
        return fragment if "  " not in fragment else _WHITESPACE.sub(" ", fragment)
    fragment = "".join(ch if ch.isprintable() else " " for ch in fragment)
    return _WHITESPACE.sub(" ", fragment)


def excerpt(text: str, start: int, end: int) -> str:
    """The words from ``start`` to ``end`` with whole-word context, one printable line, at most EXCERPT_MAX_CHARS."""
    core = _tidy(text[start:end]).strip()
    if len(core) >= EXCERPT_MAX_CHARS:
        return core[: EXCERPT_MAX_CHARS - 1] + "…"
    room = (EXCERPT_MAX_CHARS - len(core) - 2) // 2
    window_start = max(0, start - 4 * room)
    before = _tidy(text[window_start:start])
    cut_before = window_start > 0 or len(before) > room
    if cut_before:
        before = before[-room:]
        before = before[before.index(" ") + 1 :] if " " in before else ""
    window_end = min(len(text), end + 4 * room)
    after = _tidy(text[end:window_end])
    cut_after = window_end < len(text) or len(after) > room
    if cut_after:
        after = after[:room]
        after = after[: after.rindex(" ")] if " " in after else ""
    result = (before + core + after).strip()
    if cut_before and before.strip():
        result = "…" + result
    if cut_after and after.strip():
        result += "…"
    return result


def _to_match(text: str, finding: Finding) -> RiskMatch:
    start, end = finding.spans[0][0], finding.spans[-1][1]
    return RiskMatch(
        category=finding.category,
        level=finding.level,
        phrase=finding.family,
        excerpt=excerpt(text, start, end),
        spans=finding.spans,
        why=finding.why,
    )


def find_risk_language(text: str, *, question: str = "", learned: bool = True) -> list[RiskMatch]:
    """Every phrase family found in ``text``, once per place, in order of appearance.

    ``question`` is the question exactly as the client saw it: an answer to
    "Have you ever …?" is read as history unless it says it is happening now.
    ``learned=False`` reads with the rules alone (the tests of each rule's promise).
    Returns [] for anything that is not a string, and never raises: a crash
    here would lose the client's entry and the alert with it.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        findings = find(text, question=question if isinstance(question, str) else "", learned=learned)
        return [_to_match(text, finding) for finding in findings if finding.spans]
    except Exception:
        # Should be unreachable; logged loudly because an error here is a missed alert.
        logger.exception("Risk-language detection failed on a text of %d characters", len(text))
        return []
