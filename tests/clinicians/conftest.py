import pytest

from assignments.library import EXAMPLES
from assignments.services import response_submit


@pytest.fixture
def submit():
    """The client sends in an assignment (with the built-in example answers unless given others)."""

    def send(assignment, answers=None, version=None):
        from assignments.models import Response

        slug = assignment.template_version.template.slug
        if version is None:
            response = Response.objects.filter(assignment=assignment).first()
            version = response.version if response else 0
        return response_submit(
            assignment=assignment,
            user=assignment.client.user,
            answers=EXAMPLES[slug] if answers is None else answers,
            version=version,
        )

    return send


@pytest.fixture
def risky_phq9():
    return EXAMPLES["phq-9"] | {"phq9_9": "1"}


@pytest.fixture
def signed_in(client, clinician):
    """The test client, signed in as the clinician."""
    client.force_login(clinician.user)
    return client
