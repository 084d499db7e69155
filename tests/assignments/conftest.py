"""The rejection-recovery pathway, for the pathway-safety tests: a client enrolled (optionally auto-sending),
a step given as if the ones before it were sent, and the client sending one in (its example answers unless
others are given). test_pathway.py has an ``enrolled`` of its own, which returns the first assignments too."""

import datetime

import pytest
from django.utils import timezone

from assignments.pathway import pathway_start
from tests.factories import submitted


@pytest.fixture
def enrolled(library, clinician, client_profile):
    def start(auto_send: bool = False):
        enrollment, _ = pathway_start(
            clinician_user=clinician.user,
            client=client_profile,
            start_at=timezone.now() + datetime.timedelta(hours=2),
            auto_send=auto_send,
        )
        return enrollment

    return start


@pytest.fixture
def step(give):
    """Give a pathway step directly, as if the steps before it had been sent."""

    def make(enrollment, slug):
        return give(slug, enrollment=enrollment, pathway_step=slug)

    return make


@pytest.fixture
def submit():
    def send(assignment, answers=None):
        assignment.refresh_from_db()
        return submitted(assignment, answers)

    return send
