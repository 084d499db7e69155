"""Weekly progress summaries: what each client did this week, for their clinician.

Built once per clinician per week at the weekday and local time the clinician
chose, kept as figures in ``WeeklySummary.data`` (so it reads the same later),
shown in the dashboard and emailed with only as much detail as the practice
allows. Building one costs the same dozen queries at 4 clients or 400.
"""

import datetime
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.template.loader import render_to_string

from assignments.measures import MEASURES, band_for
from assignments.models import Assignment, DiscussionFlag, Response, RiskAlert
from assignments.questionnaire import index
from assignments.selectors import feedback_outcomes
from clients.models import Client
from clinicians.models import Clinician, WeeklySummary
from config.localtime import zone_of
from notifications.models import Notification
from notifications.services import notify

WEEK = datetime.timedelta(days=7)
COMPLETED = ("submitted", "reviewed", "revision_requested")
SCORE_HISTORY = datetime.timedelta(weeks=26)  # how far back to look for the score before this week's
TREND_STEP = 0.5  # a weekly mood or rumination average must move this much to count as a change
BATCH = 200
BUILD_BATCH = 20  # clinicians per build task: one message per batch, never one per clinician


def latest_due(clinician: Clinician, now: datetime.datetime) -> tuple[datetime.date, datetime.datetime]:
    """The most recent moment (local date, UTC time) at or before ``now`` when this clinician's summary was due."""
    zone = zone_of(clinician)
    local_now = now.astimezone(zone)
    day = local_now.date() - datetime.timedelta(days=(local_now.weekday() - clinician.summary_weekday) % 7)
    moment = datetime.datetime.combine(day, clinician.summary_time, tzinfo=zone)
    if moment > local_now:
        day -= WEEK
        moment = datetime.datetime.combine(day, clinician.summary_time, tzinfo=zone)
    return day, moment.astimezone(datetime.UTC)


# --- Reading the week ----------------------------------------------------------------------------------------------


def _initials(name: str) -> str:
    return "".join(part[0].upper() for part in name.split() if part[:1].isalpha())[:3] or "?"


def _band_move(bands, before: int | None, after: int | None) -> str | None:
    """'better', 'worse' or 'same' band, comparing two totals on the measure's bands."""
    if before is None or after is None:
        return None
    old, new = band_for(bands, before), band_for(bands, after)
    old_rank, new_rank = bands.index(old), bands.index(new)
    return "same" if old_rank == new_rank else ("better" if new_rank < old_rank else "worse")


def _measure(scores: list[tuple[datetime.datetime, int]], key: str, start: datetime.datetime) -> dict | None:
    """The latest score this week against the latest one before it (None when there was no score this week)."""
    this_week = [score for when, score in scores if when >= start]
    if not this_week:
        return None
    earlier = [score for when, score in scores if when < start]
    bands = MEASURES[key]["bands"]
    latest, previous = this_week[-1], (earlier[-1] if earlier else None)
    return {
        "latest": latest,
        "band": band_for(bands, latest).label,
        "band_code": band_for(bands, latest).code,
        "previous": previous,
        "previous_band": band_for(bands, previous).label if previous is not None else None,
        "change": latest - previous if previous is not None else None,
        "band_move": _band_move(bands, previous, latest),
    }


def _trend(values: list[int], previous: list[int]) -> dict | None:
    if not values:
        return None
    average = round(statistics.fmean(values), 1)
    before = round(statistics.fmean(previous), 1) if previous else None
    if before is None:
        direction = None
    elif abs(average - before) < TREND_STEP:
        direction = "steady"
    else:
        direction = "up" if average > before else "down"
    return {"average": average, "previous_average": before, "direction": direction, "entries": len(values)}


def build_summary_data(*, clinician: Clinician, period_start: datetime.datetime, period_end: datetime.datetime) -> dict:
    """Every figure of one clinician's week, per client and for the caseload, as JSON-ready data."""
    previous_start = period_start - WEEK
    zone = ZoneInfo(clinician.time_zone)
    clients = list(
        Client.objects.filter(care_team__clinician=clinician, care_team__ended_on__isnull=True, user__is_active=True)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )
    ids = [client.pk for client in clients]

    adherence: dict[int, dict[str, int]] = defaultdict(
        lambda: {"assigned": 0, "completed": 0, "previous_assigned": 0, "previous_completed": 0}
    )
    due = Assignment.objects.filter(client_id__in=ids, due_at__gte=previous_start, due_at__lt=period_end).exclude(
        status="cancelled"
    )
    for client_id, due_at, status in due.values_list("client_id", "due_at", "status"):
        prefix = "" if due_at >= period_start else "previous_"
        adherence[client_id][prefix + "assigned"] += 1
        adherence[client_id][prefix + "completed"] += status in COMPLETED

    scores: dict[tuple[int, str], list[tuple[datetime.datetime, int]]] = defaultdict(list)
    scored = Response.objects.filter(
        assignment__client_id__in=ids,
        assignment__template_version__template__slug__in=("phq-9", "gad-7"),
        submitted_at__gte=period_end - SCORE_HISTORY,
        submitted_at__lt=period_end,
        score_total__isnull=False,
    ).order_by("submitted_at", "pk")
    for client_id, slug, submitted_at, total in scored.values_list(
        "assignment__client_id", "assignment__template_version__template__slug", "submitted_at", "score_total"
    ):
        scores[client_id, slug.replace("-", "")].append((submitted_at, int(total)))

    habits: dict[tuple[int, str, bool], list[int]] = defaultdict(list)
    daily = Response.objects.filter(
        assignment__client_id__in=ids,
        assignment__template_version__template__slug="daily-habits",
        submitted_at__isnull=False,
        assignment__due_at__gte=previous_start,
        assignment__due_at__lt=period_end,
    )
    for client_id, due_at, answers in daily.values_list("assignment__client_id", "assignment__due_at", "answers"):
        for key in ("mood", "rumination"):
            if isinstance(answers.get(key), int):
                habits[client_id, key, due_at >= period_start].append(answers[key])

    open_alerts: dict[int, int] = defaultdict(int)
    alerts = RiskAlert.objects.filter(client_id__in=ids, clinician=clinician, acknowledged_at__isnull=True)
    for client_id in alerts.values_list("client_id", flat=True):
        open_alerts[client_id] += 1

    awaiting: dict[int, int] = defaultdict(int)
    for client_id in Assignment.objects.filter(client_id__in=ids, status="submitted").values_list(
        "client_id", flat=True
    ):
        awaiting[client_id] += 1

    flags = list(
        DiscussionFlag.objects.filter(assignment__client_id__in=ids, cleared_at__isnull=True)
        .order_by("created_at", "pk")
        .values_list(
            "assignment__client_id",
            "assignment_id",
            "link_id",
            "assignment__template_version_id",
            "assignment__template_version__items",
        )
    )
    discuss: dict[int, list[dict]] = defaultdict(list)
    questions: dict[int, dict] = {}  # items by linkId, worked out once per template version
    for client_id, assignment_id, link_id, version_id, items in flags:
        if version_id not in questions:
            questions[version_id] = index(items)
        item = questions[version_id].get(link_id, {})
        discuss[client_id].append({"assignment": assignment_id, "question": item.get("text", "The whole exercise")})

    outcomes = feedback_outcomes(client_ids=ids, since=period_start, until=period_end)

    rows = []
    for client in clients:
        name = client.user.display_name or client.user.email
        measures = {key: _measure(scores[client.pk, key], key, period_start) for key in MEASURES}
        rows.append(
            {
                "id": client.pk,
                "name": name,
                "initials": _initials(name),
                "adherence": dict(adherence[client.pk]),
                "measures": measures,
                "mood": _trend(habits[client.pk, "mood", True], habits[client.pk, "mood", False]),
                "rumination": _trend(habits[client.pk, "rumination", True], habits[client.pk, "rumination", False]),
                "open_alerts": open_alerts[client.pk],
                "awaiting_review": awaiting[client.pk],
                "dropout_risk_since": (
                    client.disengaged_since.astimezone(zone).date().isoformat() if client.disengaged_since else None
                ),
                "discuss": discuss[client.pk],
                "feedback": [
                    {**outcome, "planned_for": str(outcome["planned_for"])} for outcome in outcomes.get(client.pk, [])
                ],
            }
        )
    rows.sort(key=_attention_first)

    def total(field: str) -> int:
        return sum(row["adherence"][field] for row in rows)

    moves = [m["band_move"] for row in rows for m in row["measures"].values() if m]
    return {
        "period": {
            "start": period_start.isoformat(),
            "end": period_end.isoformat(),
            "time_zone": clinician.time_zone,
        },
        "totals": {
            "clients": len(rows),
            "assigned": total("assigned"),
            "completed": total("completed"),
            "previous_assigned": total("previous_assigned"),
            "previous_completed": total("previous_completed"),
            "open_alerts": sum(row["open_alerts"] for row in rows),
            "awaiting_review": sum(row["awaiting_review"] for row in rows),
            "dropout_risk": sum(row["dropout_risk_since"] is not None for row in rows),
            "discuss": sum(len(row["discuss"]) for row in rows),
            "bands_better": moves.count("better"),
            "bands_worse": moves.count("worse"),
        },
        "clients": rows,
    }


def needs_attention(row: dict) -> bool:
    worse = any(m and m["band_move"] == "worse" for m in row["measures"].values())
    return bool(row["open_alerts"] or row["dropout_risk_since"] or worse)


def _attention_first(row: dict) -> tuple:
    return (not row["open_alerts"], not needs_attention(row), row["name"].lower(), row["id"])


# --- Writing it, once a week ---------------------------------------------------------------------------------------


def _email(summary: WeeklySummary) -> tuple[str, str, str]:
    practice = summary.clinician.user.practice
    zone = ZoneInfo(summary.clinician.time_zone)
    context = {
        "start": summary.period_start.astimezone(zone).date(),
        "end": (summary.period_end - datetime.timedelta(seconds=1)).astimezone(zone).date(),
        "summary": summary,
        "data": summary.data,
        "clinician": summary.clinician,
        "detail": practice.summary_email_detail if practice else "link_only",
        "link": f"{settings.SITE_URL}/clinician/summaries/{summary.pk}/",
        "settings_link": f"{settings.SITE_URL}/clinician/settings/",
        "attention": [row for row in summary.data["clients"] if needs_attention(row)],
    }
    subject = f"Your weekly summary for the week to {summary.week_of:%-d %B}"
    return (
        subject,
        render_to_string("emails/weekly_summary.txt", context),
        render_to_string("emails/weekly_summary.html", context),
    )


def weekly_summary_create(
    *, clinician: Clinician, week_of: datetime.date, period_end: datetime.datetime
) -> WeeklySummary:
    """Build, store and email one week's summary; a second call for the same week returns the first."""
    existing = WeeklySummary.objects.filter(clinician=clinician, week_of=week_of).first()
    if existing:
        return existing
    started = time.perf_counter()
    data = build_summary_data(clinician=clinician, period_start=period_end - WEEK, period_end=period_end)
    build_ms = round((time.perf_counter() - started) * 1000)
    try:
        with transaction.atomic():
            summary = WeeklySummary.objects.create(
                clinician=clinician,
                week_of=week_of,
                period_start=period_end - WEEK,
                period_end=period_end,
                data=data,
                build_ms=build_ms,
            )
            if clinician.email_notifications and clinician.user.is_active:
                subject, text, html = _email(summary)
                notify(
                    key=f"{Notification.Kind.WEEKLY_SUMMARY}:{summary.pk}",
                    kind=Notification.Kind.WEEKLY_SUMMARY,
                    recipient=clinician.user,
                    subject=subject,
                    body=text,
                    html_body=html,
                )
    except IntegrityError:  # another worker built the same week first
        return WeeklySummary.objects.get(clinician=clinician, week_of=week_of)
    return summary


def due_summaries(now: datetime.datetime) -> Iterator[list[list[str | int]]]:
    """Every clinician whose summary moment has passed this week and whose summary is not built yet, as batches of
    [clinician id, local week date, period end]: what ``clinicians.tasks.build_weekly_summaries`` takes.

    Walks clinicians in keyset batches: two queries per batch of ``BATCH``.
    """
    active = Clinician.objects.filter(user__is_active=True).only(
        "pk", "time_zone", "summary_weekday", "summary_time", "created_at"
    )
    last = 0
    while True:
        batch = list(active.filter(pk__gt=last).order_by("pk")[:BATCH])
        if not batch:
            return
        last = batch[-1].pk
        due = {}
        for clinician in batch:
            week_of, moment = latest_due(clinician, now)
            if moment >= clinician.created_at:
                due[clinician.pk] = (week_of, moment)
        if not due:
            continue
        # Built already when the latest summary ends at or after this moment: that covers "this week's is
        # done" and a clinician who moved their day earlier in the week (no summary reaching backwards).
        latest = dict(
            WeeklySummary.objects.filter(clinician_id__in=due)
            .values("clinician_id")
            .annotate(end=Max("period_end"))
            .values_list("clinician_id", "end")
        )
        todo = [
            [pk, week.isoformat(), moment.isoformat()]
            for pk, (week, moment) in due.items()
            if pk not in latest or latest[pk] < moment
        ]
        if todo:
            yield todo
