import itertools

import pytest

from assignments.lifecycle import ALLOWED, IllegalTransition, can_move, check_move
from assignments.models import Assignment

S = Assignment.Status
LEGAL = {
    (S.ASSIGNED, S.IN_PROGRESS), (S.ASSIGNED, S.SUBMITTED), (S.ASSIGNED, S.CANCELLED),
    (S.IN_PROGRESS, S.SUBMITTED), (S.IN_PROGRESS, S.CANCELLED),
    (S.SUBMITTED, S.REVIEWED), (S.SUBMITTED, S.REVISION_REQUESTED),
    (S.REVISION_REQUESTED, S.IN_PROGRESS), (S.REVISION_REQUESTED, S.SUBMITTED), (S.REVISION_REQUESTED, S.CANCELLED),
}  # fmt: skip
PAIRS = list(itertools.product(S.values, repeat=2))


def test_the_table_is_exactly_the_documented_lifecycle():
    assert {(a, b) for a, targets in ALLOWED.items() for b in targets} == LEGAL


@pytest.mark.parametrize(("current", "target"), [p for p in PAIRS if p not in LEGAL])
def test_every_illegal_transition_is_refused_with_a_clear_error(current, target):
    assert not can_move(current, target)
    with pytest.raises(IllegalTransition) as error:
        check_move(Assignment(status=current), target)
    assert "cannot become" in str(error.value)


@pytest.mark.parametrize(("current", "target"), sorted(LEGAL))
def test_every_legal_transition_is_allowed(current, target):
    check_move(Assignment(status=current), target)
