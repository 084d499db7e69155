"""What the follow-up tests share: a feedback request planned in the client's own time, and the sweep or an
answer at a given moment."""

import datetime
from zoneinfo import ZoneInfo

import time_machine

from assignments import followups
from assignments.library import EXAMPLES
from assignments.models import FollowUp
from tests.factories import submitted

UTC = datetime.UTC
AFTER_THE_FACT = ("what_heard", "taking_forward", "feedback_given")
PLAN = {key: value for key, value in EXAMPLES["feedback-request"].items() if key not in AFTER_THE_FACT}


def local(zone: str, *args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=ZoneInfo(zone))


def plan_to_ask(give, client, *, at: datetime.datetime, on: datetime.date, answers=None, **client_fields):
    """The client submits a feedback request at ``at``, planning to ask on ``on``."""
    for name, value in client_fields.items():
        setattr(client, name, value)
    client.save()
    answers = (PLAN if answers is None else answers) | {"planned_ask_date": on.isoformat()}
    with time_machine.travel(at, tick=False):
        assignment = give("feedback-request", client=client, due_at=at + datetime.timedelta(days=1))
        submitted(assignment, answers)
    return assignment


def sweep_at(moment: datetime.datetime) -> int:
    with time_machine.travel(moment, tick=False):
        return followups.sweep()


def answer(follow_up: FollowUp, answers: dict, at: datetime.datetime) -> None:
    follow_up.refresh_from_db()
    with time_machine.travel(at, tick=False):
        submitted(follow_up.assignment, answers)
