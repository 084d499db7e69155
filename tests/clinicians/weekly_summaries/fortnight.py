"""Alex's fortnight for the weekly-summary tests: moments in London time, answers with a chosen score, and the
summary built or emailed at the end of the week."""

import datetime
from zoneinfo import ZoneInfo

import time_machine
from django.core import mail

from assignments.library import EXAMPLES
from assignments.models import Assignment
from assignments.services import assignment_create
from clinicians import summaries
from tests.factories import submitted

LONDON = ZoneInfo("Europe/London")


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=LONDON)


def phq9(total: int, item9: int = 0) -> dict:
    scores, rest = [], total - item9
    for _ in range(8):
        scores.append(min(3, rest))
        rest -= scores[-1]
    return {f"phq9_{n}": str(score) for n, score in enumerate([*scores, item9], start=1)}


def gad7(total: int) -> dict:
    scores, rest = [], total
    for _ in range(7):
        scores.append(min(3, rest))
        rest -= scores[-1]
    return {f"gad7_{n}": str(score) for n, score in enumerate(scores, start=1)}


def habit(mood: int, rumination: int) -> dict:
    return EXAMPLES["daily-habits"] | {"mood": mood, "rumination": rumination}


class Week:
    """Alex's fortnight, for a clinician whose summary is due on Mondays at 08:00 London time.

    The summary of Monday 16 November covers 9 Nov 08:00 to 16 Nov 08:00; the week before starts 2 Nov 08:00.
    """

    end = at(2026, 11, 16, 8, 0)

    def __init__(self, clinician, client_profile, template):
        self.clinician, self.client = clinician, client_profile
        self.template = template
        with time_machine.travel(at(2026, 11, 1, 9, 0), tick=False):
            client_profile.created_at = at(2026, 10, 1, 9, 0)
            client_profile.save(update_fields=["created_at"])

    def give(self, slug: str, due: datetime.datetime, **options) -> list[Assignment]:
        with time_machine.travel(at(2026, 11, 1, 9, 0), tick=False):
            return assignment_create(
                clinician_user=self.clinician.user,
                client=self.client,
                template=self.template(slug),
                due_at=due,
                **options,
            )

    def send(self, assignment: Assignment, answers: dict, when: datetime.datetime):
        with time_machine.travel(when, tick=False):
            return submitted(assignment, answers)


def build(clinician) -> dict:
    with time_machine.travel(Week.end, tick=False):
        return summaries.build_summary_data(
            clinician=clinician, period_start=Week.end - summaries.WEEK, period_end=Week.end
        )


def summary_emails() -> list:
    return [email for email in mail.outbox if "weekly summary" in email.subject]
