"""Two devices save the same draft at once: exactly one wins, the other is told."""

import threading

import pytest
from django.db import connection

from assignments.models import ResponseRevision
from assignments.services import StaleVersion, response_save_draft

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_concurrent_saves_with_the_same_version_one_wins_and_nothing_is_mixed(give, client_profile):
    assignment = give("feelings-check-in")
    response_save_draft(assignment=assignment, user=client_profile.user, answers={"what_happened": "start"}, version=0)
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(device: str) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[device] = response_save_draft(
                assignment=assignment, user=client_profile.user, answers={"what_happened": device}, version=1
            ).version
        except StaleVersion as stale:
            outcomes[device] = stale
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(device,)) for device in ("phone", "laptop")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    winners = [d for d, outcome in outcomes.items() if outcome == 2]
    losers = [outcome for outcome in outcomes.values() if isinstance(outcome, StaleVersion)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert losers[0].version == 2 and losers[0].answers == {"what_happened": winners[0]}
    revisions = list(ResponseRevision.objects.order_by("number").values_list("number", "answers"))
    assert revisions == [(1, {"what_happened": "start"}), (2, {"what_happened": winners[0]})]
