"""Two devices save the same draft at once: exactly one wins, the other is told."""

import threading

import pytest
from django.conf import settings
from django.db import DatabaseError, connection, transaction

from assignments.models import ResponseRevision, TemplateVersion
from assignments.services import StaleVersion, response_save_draft
from assignments.services.guards import locked
from clients.models import Client

pytestmark = pytest.mark.django_db(transaction=True)
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def _race(assignment, user, version: int) -> dict[str, object]:
    """Two devices save different answers against ``version`` at the same moment."""
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(device: str) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[device] = response_save_draft(
                assignment=assignment, user=user, answers={"what_happened": device}, version=version
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
    return outcomes


def test_two_first_saves_at_once_one_wins_and_the_other_is_told(give, client_profile):
    assignment = give("feelings-check-in")

    outcomes = _race(assignment, client_profile.user, version=0)

    winners = [d for d, outcome in outcomes.items() if outcome == 1]
    losers = [outcome for outcome in outcomes.values() if isinstance(outcome, StaleVersion)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert losers[0].answers == {"what_happened": winners[0]}
    assert list(ResponseRevision.objects.values_list("number", "answers")) == [(1, {"what_happened": winners[0]})]


@pytest.mark.postgres
@pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL: SQLite has no row locks, only one writer at a time")
def test_a_save_locks_its_assignment_only_not_the_template_or_the_client(give, client_profile):
    """Clients answering the same questionnaire, or one client two exercises, never queue behind each other."""
    assignment = give("feelings-check-in")
    other = give("feelings-check-in")
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                locked(assignment)
                held.set()
                release.wait(timeout=10)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(timeout=10)
        with transaction.atomic():  # NOWAIT: any lock the holder kept would raise at once
            TemplateVersion.objects.select_for_update(nowait=True).get(pk=assignment.template_version_id)
            Client.objects.select_for_update(nowait=True).get(pk=client_profile.pk)
            locked(other)
        with pytest.raises(DatabaseError), transaction.atomic():
            type(assignment).objects.select_for_update(nowait=True).get(pk=assignment.pk)
    finally:
        release.set()
        holder.join(timeout=10)


def test_two_concurrent_saves_with_the_same_version_one_wins_and_nothing_is_mixed(give, client_profile):
    assignment = give("feelings-check-in")
    response_save_draft(assignment=assignment, user=client_profile.user, answers={"what_happened": "start"}, version=0)

    outcomes = _race(assignment, client_profile.user, version=1)

    winners = [d for d, outcome in outcomes.items() if outcome == 2]
    losers = [outcome for outcome in outcomes.values() if isinstance(outcome, StaleVersion)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert losers[0].version == 2 and losers[0].answers == {"what_happened": winners[0]}
    revisions = list(ResponseRevision.objects.order_by("number").values_list("number", "answers"))
    assert revisions == [(1, {"what_happened": "start"}), (2, {"what_happened": winners[0]})]
