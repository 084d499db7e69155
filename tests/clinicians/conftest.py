import pytest

from assignments.library import EXAMPLES
from tests.factories import submitted


@pytest.fixture
def submit():
    """The client sends in an assignment (with the built-in example answers unless given others)."""
    return submitted


@pytest.fixture
def risky_phq9():
    return EXAMPLES["phq-9"] | {"phq9_9": "1"}


@pytest.fixture
def signed_in(client, clinician):
    """The test client, signed in as the clinician."""
    client.force_login(clinician.user)
    return client
