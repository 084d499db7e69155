import pytest

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_no_credentials_answer_401_with_the_header_to_use(client, db):
    response = client.get("/api/v1/me")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "X-Session-Token"


def test_a_bad_token_answers_401(client, db):
    assert client.get("/api/v1/me", HTTP_X_SESSION_TOKEN="not-a-token").status_code == 401


@pytest.mark.parametrize("role_fixture", ["clinician", "client_profile", "practice_admin"])
def test_me_names_the_caller_and_their_role(client, request, role_fixture):
    thing = request.getfixturevalue(role_fixture)
    user = getattr(thing, "user", thing)
    login = client.post(
        "/_allauth/app/v1/auth/login", {"email": user.email, "password": PASSWORD}, content_type="application/json"
    )
    token = login.json()["meta"]["session_token"]

    me = client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=token).json()

    assert me["email"] == user.email
    assert me["role"] == user.role


def test_signing_out_of_the_app_ends_the_token(client, clinician):
    login = client.post(
        "/_allauth/app/v1/auth/login",
        {"email": clinician.user.email, "password": PASSWORD},
        content_type="application/json",
    )
    token = login.json()["meta"]["session_token"]

    client.delete("/_allauth/app/v1/auth/session", HTTP_X_SESSION_TOKEN=token)

    assert client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=token).status_code == 401


def test_a_wrong_password_on_the_app_login_is_a_400(client, clinician):
    response = client.post(
        "/_allauth/app/v1/auth/login",
        {"email": clinician.user.email, "password": "nope"},
        content_type="application/json",
    )

    assert response.status_code == 400


def test_the_schema_and_docs_are_served(client, db):
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
