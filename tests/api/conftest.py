import pytest
from django.utils import timezone

from assignments.library import template_create
from assignments.models import RiskAlert
from tests.factories import submitted


@pytest.fixture
def world(
    library, give, client_profile, clinician, other_clinician, other_client_profile, practice_admin, foreign_clinician
):
    """The usual cast with one submitted PHQ-9 (item 9 above zero: an open alert) and one open exercise."""
    measure = give("phq-9")
    answers = {f"phq9_{n}": "1" for n in range(1, 10)}
    submitted(measure, answers)
    exercise = give("acceptance", due_at=timezone.now() + timezone.timedelta(days=2))
    own_template = template_create(
        practice=practice_admin.practice,
        by=practice_admin,
        title="Our own check-in",
        items=[{"linkId": "how", "type": "string", "text": "How are you today?"}],
    )
    return {
        "own_template": own_template,
        "measure": measure,
        "exercise": exercise,
        "alert": RiskAlert.objects.get(clinician=clinician),
        "users": {
            "anonymous": None,
            "client": client_profile.user,
            "other_client": other_client_profile.user,
            "clinician": clinician.user,
            "other_clinician": other_clinician.user,
            "foreign_clinician": foreign_clinician.user,
            "admin": practice_admin,
        },
    }
