"""The Progress page's habit streak: days in a row with the daily habits filled in."""

import datetime


def habit_streak(days: list[datetime.date], *, today: datetime.date) -> int:
    """Days in a row, ending today or yesterday, with the daily habits filled in."""
    done = set(days)
    day = today if today in done else today - datetime.timedelta(days=1)
    streak = 0
    while day in done:
        streak += 1
        day -= datetime.timedelta(days=1)
    return streak
