import pytest
from django.utils import timezone

from assignments.models import RiskAlert
from tests.factories import PASSWORD, submitted


@pytest.fixture
def world(
    library, give, client_profile, clinician, other_clinician, other_client_profile, practice_admin, foreign_clinician
):
    """The usual cast with one submitted PHQ-9 (item 9 above zero: an open alert) and one open exercise."""
    measure = give("phq-9")
    answers = {f"phq9_{n}": "1" for n in range(1, 10)}
    submitted(measure, answers)
    exercise = give("acceptance", due_at=timezone.now() + timezone.timedelta(days=2))
    return {
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


@pytest.fixture
def token_for(client):
    """Sign in through allauth's app API and return the session token."""

    def login(user) -> str:
        response = client.post(
            "/_allauth/app/v1/auth/login", {"email": user.email, "password": PASSWORD}, content_type="application/json"
        )
        assert response.status_code == 200, response.content
        return response.json()["meta"]["session_token"]

    return login


@pytest.fixture
def as_user(client, token_for):
    """An HTTP caller authenticated only by X-Session-Token, as an outside app would be."""

    def make(user):
        token = token_for(user)
        client.logout()

        def call(method: str, path: str, body=None):
            kwargs = {"HTTP_X_SESSION_TOKEN": token}
            if body is not None:
                kwargs |= {"data": body, "content_type": "application/json"}
            return getattr(client, method)(path, **kwargs)

        return call

    return make
