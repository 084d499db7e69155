import datetime

from celery import shared_task
from django.utils import timezone

from clinicians import summaries
from clinicians.models import Clinician
from config.queue import enqueue_on_commit


def sweep(now: datetime.datetime | None = None) -> int:
    """Queue a build for every clinician whose summary moment has passed this week; returns how many.

    One build task per ``summaries.BUILD_BATCH`` clinicians, published when the transaction commits. Safe to run
    twice or late: a summary already built is not due, and building is idempotent.
    """
    queued = 0
    for todo in summaries.due_summaries(now or timezone.now()):
        for start in range(0, len(todo), summaries.BUILD_BATCH):
            enqueue_on_commit(build_weekly_summaries, todo[start : start + summaries.BUILD_BATCH])
        queued += len(todo)
    return queued


@shared_task
def sweep_weekly_summaries() -> int:
    return sweep()


@shared_task
def build_weekly_summaries(items: list[list[str | int]]) -> int:
    """Build the summaries the sweep found due: [clinician id, local week date, period end] each; safe to repeat."""
    built = 0
    for pk, week_of, period_end in items:
        clinician = Clinician.objects.filter(pk=pk, user__is_active=True).select_related("user__practice").first()
        if clinician is None:
            continue
        summaries.weekly_summary_create(
            clinician=clinician,
            week_of=datetime.date.fromisoformat(week_of),
            period_end=datetime.datetime.fromisoformat(period_end),
        )
        built += 1
    return built
