"""The assignment lifecycle, in one place.

    assigned → in_progress → submitted → reviewed
    submitted → revision_requested → in_progress → submitted
    assigned | in_progress | revision_requested → cancelled

A client may also submit straight from ``assigned`` or ``revision_requested``
(filling everything in at once). Anything else is refused with a clear error.
"""

from django.core.exceptions import ValidationError

from assignments.models import Assignment
from config.exceptions import Conflict

S = Assignment.Status

ALLOWED: dict[str, frozenset[str]] = {
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.SUBMITTED, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.SUBMITTED, S.CANCELLED}),
    S.SUBMITTED: frozenset({S.REVIEWED, S.REVISION_REQUESTED}),
    S.REVISION_REQUESTED: frozenset({S.IN_PROGRESS, S.SUBMITTED, S.CANCELLED}),
    S.REVIEWED: frozenset(),
    S.CANCELLED: frozenset(),
}


class IllegalTransition(Conflict, ValidationError):
    """The assignment cannot move from its status to the one asked for."""

    def __init__(self, current: str, target: str):
        self.current, self.target = current, target
        ValidationError.__init__(
            self,
            f"An assignment that is {S(current).label.lower()} cannot become {S(target).label.lower()}.",
            code="illegal_transition",
        )

    def body(self) -> dict:
        return {"detail": self.messages[0], "status": self.current}


def can_move(current: str, target: str) -> bool:
    return target in ALLOWED.get(current, frozenset())


def check_move(assignment: Assignment, target: str) -> None:
    if not can_move(assignment.status, target):
        raise IllegalTransition(assignment.status, target)
