"""The progress report's data: a client's last year, cut to when there is something, for the PDF to lay out."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TypeVar

from django.utils import timezone

from accounts.models import User
from assignments.measures import MEASURES
from clients.selectors import MoodPoint, ScorePoint, WeekDone, client_for, progress_of
from clinicians.alerts import open_alerts_for
from config.localtime import local_today, zone_of

MAX_WEEKS = 52  # the report covers at most the last year ...
MIN_WEEKS = 4  # ... and at least the last four weeks, so a new client's page still has a time axis


@dataclass(frozen=True)
class ProgressReport:
    """Everything on the page, already read from the database."""

    practice: str
    client_name: str
    clinician_name: str
    start: datetime.date  # a Monday
    end: datetime.date
    generated_at: datetime.datetime  # in the clinician's time zone
    measures: dict[str, list[ScorePoint]]  # "phq9"/"gad7": the scores within the period
    earlier: dict[str, ScorePoint | None]  # "phq9"/"gad7": the last score before the period, if any
    mood: list[MoodPoint]  # within the period
    weeks: list[WeekDone]  # one per week of the period
    open_alerts: int

    @property
    def week_count(self) -> int:
        return len(self.weeks)


Dated = TypeVar("Dated", ScorePoint, MoodPoint)


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def progress_report_for(*, user: User, pk: int, now: datetime.datetime | None = None) -> ProgressReport:
    """A client the caller cares for, as the PDF shows them (404 for anyone else's): ``progress_of`` over the
    last year, cut to when there is something, and the caller's open alerts about them.

    Seven queries however much data there is: the client and their care team, the caller's clinician
    profile, three for the progress, one for the alerts.
    """
    client = client_for(user=user, pk=pk)
    clinician = user.clinician_profile
    now = now or timezone.now()
    today = local_today(client, now)
    progress = progress_of(client=client, weeks=MAX_WEEKS, now=now)
    all_weeks = progress["adherence_by_week"]
    first_week, this_week = all_weeks[0]["week_start"], all_weeks[-1]["week_start"]
    measures = {key: progress["measures"].get(key, []) for key in MEASURES}
    dates = [point["date"] for points in measures.values() for point in points]
    dates += [entry["date"] for entry in progress["mood"]]
    dates += [week["week_start"] for week in all_weeks if week["due"]]
    earliest = min((day for day in dates if day >= first_week), default=this_week)
    start = min(_monday(earliest), this_week - datetime.timedelta(weeks=MIN_WEEKS - 1))

    def within(entries: list[Dated]) -> list[Dated]:
        # A daily habit is dated by when it is due, which can be after today when sent in early.
        return [entry for entry in entries if start <= entry["date"] <= today]

    open_alerts = open_alerts_for(user=user).filter(client=client).count()
    practice = clinician.user.practice
    assert practice is not None, "client_for found the client, and visible_to shows none to a user without a practice"
    return ProgressReport(
        practice=practice.name,
        client_name=client.user.display_name,
        clinician_name=clinician.user.display_name,
        start=start,
        end=today,
        generated_at=now.astimezone(zone_of(clinician)),
        measures={key: within(points) for key, points in measures.items()},
        earlier={
            key: next((p for p in reversed(points) if p["date"] < start), None) for key, points in measures.items()
        },
        mood=within(progress["mood"]),
        weeks=[week for week in all_weeks if week["week_start"] >= start],
        open_alerts=open_alerts,
    )
