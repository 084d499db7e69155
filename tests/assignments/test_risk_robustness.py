"""The risk detector never fails, whatever it is given, and reads a long answer in milliseconds."""

import random
import statistics
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assignments.risk import (
    CATEGORIES,
    EXCERPT_MAX_CHARS,
    LEVELS,
    RiskMatch,
    find_risk_language,
)
from devtools.risk_corpus import sample_answers
from tests.assignments.risk_helpers import flagged, tuning

# --- Robustness and speed -------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 42, 3.5, b"I want to kill myself", ["I want to die"], {"a": 1}, object()])
def test_anything_that_is_not_a_string_gives_no_matches(value) -> None:
    assert find_risk_language(value) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_a_list_of_matches_and_never_raises(text: str) -> None:
    found = find_risk_language(text)

    assert all(isinstance(m, RiskMatch) and m.level in LEVELS and m.category in CATEGORIES for m in found)
    assert all(len(m.excerpt) <= EXCERPT_MAX_CHARS for m in found)
    assert all(0 <= s < e <= len(text) for m in found for s, e in m.spans)


_WORDS = ["kill", "myself", "my", "self", "want", "to", "die", "cut", "not", "wake", "up", "pills", "all", "him"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", "’", "'", ".", "-", "*", "\u200b", "?"])),
        max_size=60,
    )
)
def test_any_jumble_of_risk_words_and_separators_never_raises(parts: list[str]) -> None:
    text = "".join(parts)

    assert all(0 <= s < e <= len(text) for m in find_risk_language(text) for s, e in m.spans)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_a_risky_sentence_is_found_whatever_surrounds_it(before: str, after: str) -> None:
    assert flagged(f"{before}\n I want to kill myself. \n{after}")


def _answers(size: int, count: int) -> list[str]:
    """Answers of ``size`` characters: ordinary corpus sentences with one risky sentence in the middle."""
    rows = tuning()
    safe = [r["text"] for r in rows if not r["risky"]]
    return sample_answers(safe, [r["text"] for r in rows if r["risky"]], size=size, count=count)


# The target is 5 ms on one core (docs/SAFETY.md, manage.py benchmark_risk: 5.9 ms CPU median for such answers
# with the learned layer and 4.0 ms for the rules alone, on a quiet machine); this guard is about three times
# that, room for a loaded CI machine running tests in parallel.
SPEED_MEDIAN_FLOOR_SECONDS = 0.018


def test_a_2000_character_answer_is_read_in_a_few_milliseconds() -> None:
    answers = _answers(2000, 60)
    find_risk_language(answers[0])
    timings = []
    for answer in answers:
        started = time.perf_counter()
        find_risk_language(answer)
        timings.append(time.perf_counter() - started)

    assert statistics.median(timings) < SPEED_MEDIAN_FLOOR_SECONDS


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(" ".join(_answers(2000, 100))[:200_000], id="journal"),
        pytest.param("a" * 200_000, id="one-letter"),
        pytest.param(("myself " * 30_000)[:200_000], id="dense-word"),
        pytest.param(("i don't want to " * 13_000)[:200_000], id="dense-near-miss"),
        pytest.param("k i l l " * 25_000, id="spelled-out"),
        pytest.param("s.h." * 50_000, id="dotted-letters"),
        pytest.param("\n" * 200_000, id="newlines"),
        pytest.param("".join(chr(random.Random(7).randrange(0x20, 0x3000)) for _ in range(200_000)), id="unicode"),
        pytest.param("\U0001f52a" * 50_000, id="emoji"),
    ],
)
def test_a_200_kb_text_is_read_in_bounded_time_whatever_it_holds(text: str) -> None:
    started = time.perf_counter()
    find_risk_language(text)

    assert time.perf_counter() - started < 5
