import datetime

from celery import shared_task

from clinicians import summaries
from clinicians.models import Clinician


@shared_task
def sweep_weekly_summaries() -> int:
    return summaries.sweep()


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
