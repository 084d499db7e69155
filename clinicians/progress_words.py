"""What the progress charts and the progress PDF say in words, in one place.

Every chart on a page has a sentence beside it (its text alternative), and the
one-page PDF says the same things in its own, shorter register; both are
written here, so a change of wording or of arithmetic (a share, a change in
points, a band) is made once and seen in both.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from assignments.measures import MEASURES, band_for


def number(value: float) -> str:
    """Coordinates with one decimal, and no trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def change_phrase(first: float, last: float, *, unit: str = "point") -> str:
    difference = last - first
    if difference == 0:
        return "no change"
    size = abs(difference)
    units = unit if size == 1 else f"{unit}s"
    return f"{number(size)} {units} {'lower' if difference < 0 else 'higher'}"


def measure_summary(points: Sequence[dict], *, measure: str) -> str:
    spec = MEASURES[measure]
    name, bands = spec["name"], spec["bands"]
    if not points:
        return f"No {name} scores yet."

    def described(point: dict) -> str:
        band = band_for(bands, point["score"])
        return f"{point['score']} ({band.label.lower()})" if band else str(point["score"])

    first, last = points[0], points[-1]
    if len(points) == 1:
        return f"One {name} so far: {described(first)} on {long_date(first['date'])}."
    return (
        f"{name} went from {described(first)} on {long_date(first['date'])} to {described(last)} on "
        f"{long_date(last['date'])}, {change_phrase(first['score'], last['score'])}, over {len(points)} scores "
        f"(lower is better)."
    )


def _average(values: Sequence[float]) -> str:
    return number(round(sum(values) / len(values), 1))


def mood_summary(entries: Sequence[dict]) -> str:
    if not entries:
        return "No daily habits logged yet."
    moods = [e["value"] for e in entries]
    ruminations = [e["rumination"] for e in entries if isinstance(e.get("rumination"), int)]
    days = "day" if len(entries) == 1 else "days"
    text = f"Over {len(entries)} {days} logged, mood averaged {_average(moods)} out of 10"
    if len(moods) > 1:
        text += f" (from {moods[0]} to {moods[-1]})"
    if ruminations:
        text += f"; thoughts of the rejection averaged {_average(ruminations)} out of 10"
        if len(ruminations) > 1:
            text += f" (from {ruminations[0]} to {ruminations[-1]})"
    return text + "."


def adherence_summary(weeks: Sequence[dict]) -> str:
    due = sum(week["due"] for week in weeks)
    if not due:
        return f"Nothing was due in the last {len(weeks)} weeks."
    done = sum(week["completed"] for week in weeks)
    text = (
        f"Over the last {len(weeks)} weeks, {done} of {due} pieces of homework were done ({round(done / due * 100)}%)."
    )
    latest = weeks[-1]
    if latest["due"]:
        text += f" This week so far: {latest['completed']} of {latest['due']}."
    return text


# --- The progress PDF's register ------------------------------------------------------


def long_day(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def medium_day(day: datetime.date) -> str:
    return f"{day.day} {day:%b %Y}"


def short_day(day: datetime.date) -> str:
    return f"{day.day} {day:%b}"


def band_word(measure: str, score: int) -> str:
    band = band_for(MEASURES[measure]["bands"], score)
    return band.label.lower() if band else ""


def measure_sentence(points: list[dict], *, measure: str, earlier: dict | None = None) -> str:
    """First score to latest, with the change in points and in band, in one sentence."""
    name = MEASURES[measure]["name"]
    if not points and earlier:
        score, day = earlier["score"], medium_day(earlier["date"])
        return f"No {name} in this period; the last was {score} ({band_word(measure, score)}) on {day}."
    if not points:
        return f"No {name} yet."
    first, last = points[0], points[-1]
    first_band, last_band = band_word(measure, first["score"]), band_word(measure, last["score"])
    if len(points) == 1:
        return f"One {name} so far: {first['score']} ({first_band}) on {medium_day(first['date'])}."
    bands = f"still {last_band}" if first_band == last_band else f"from {first_band} to {last_band}"
    return (
        f"{name} went from {first['score']} on {medium_day(first['date'])} to {last['score']} on "
        f"{medium_day(last['date'])}, {change_phrase(first['score'], last['score'])} over {len(points)} scores: "
        f"{bands}."
    )


def homework_sentence(weeks: list[dict]) -> str:
    due = sum(week["due"] for week in weeks)
    if not due:
        return "Nothing was due in this period."
    done = sum(week["completed"] for week in weeks)
    span = "week" if len(weeks) == 1 else f"{len(weeks)} weeks"
    return f"Over the {span}, {done} of {due} pieces of homework due were completed ({round(done / due * 100)}%)."


def share(done: int, due: int) -> str:
    return f"{round(done / due * 100)}%" if due else "–"
