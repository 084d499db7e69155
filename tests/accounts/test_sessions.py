"""Session limits: idle (per role, per practice) and absolute, on the web and the app API, tested by travelling
in time; the page's status endpoint; seeing and ending one's sessions; __Host- cookies in production."""

import datetime
import os
import subprocess
import sys

import pytest
import time_machine
from django.conf import settings as django_settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=datetime.UTC)
TODAY = reverse("clients:today")
CASELOAD = reverse("clinicians:caseload")


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def at(clock, minutes: float) -> None:
    clock.move_to(START + datetime.timedelta(minutes=minutes))


def sign_in(client, user) -> None:
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content


def signed_out(client, path) -> bool:
    response = client.get(path)
    return response.status_code == 302 and response.url.startswith("/accounts/login/")


@pytest.mark.parametrize(
    ("role", "path", "idle_minutes"),
    [("client", TODAY, 60), ("clinician", CASELOAD, 15), ("admin", reverse("practices:clinicians"), 15)],
)
def test_a_session_ends_after_its_roles_idle_limit_and_not_before(
    client, clock, client_profile, clinician, practice_admin, role, path, idle_minutes
):
    user = {"client": client_profile.user, "clinician": clinician.user, "admin": practice_admin}[role]
    sign_in(client, user)

    at(clock, idle_minutes - 1)
    assert client.get(path).status_code == 200  # activity: the clock starts again
    at(clock, 2 * idle_minutes - 2)
    assert client.get(path).status_code == 200
    key = client.session.session_key
    at(clock, 3 * idle_minutes - 2 + 0.1)

    page = client.get(path, follow=True)
    assert page.redirect_chain[-1][0].startswith("/accounts/login/?next=")
    assert "You were signed out" in page.content.decode() and "anything you had typed is kept" in page.content.decode()
    assert SessionStore(key).get("_auth_user_id") is None  # ended on the server, not only forgotten
    assert "You were signed out" not in client.get("/accounts/login/").content.decode()  # said once


def test_each_practice_sets_its_own_idle_limits(client, clock, clinician, practice):
    practice.staff_idle_minutes = 30
    practice.save(update_fields=["staff_idle_minutes"])
    sign_in(client, clinician.user)

    at(clock, 29)
    assert client.get(CASELOAD).status_code == 200
    at(clock, 29 + 30.5)
    assert signed_out(client, CASELOAD)


def test_an_active_session_still_ends_at_its_absolute_lifetime(client, clock, client_profile):
    sign_in(client, client_profile.user)
    for minutes in range(10, 12 * 60, 10):  # busy all day
        at(clock, minutes)
        assert client.get(TODAY).status_code == 200, minutes
    at(clock, 12 * 60)

    page = client.get(TODAY, follow=True)
    assert page.redirect_chain[-1][0].startswith("/accounts/login/?next=")
    assert "signed in more than 12 hours ago" in page.content.decode()


def test_an_idle_session_leaves_the_store_by_itself(client, clock, clinician):
    sign_in(client, clinician.user)
    key = client.session.session_key

    [stored] = Session.objects.filter(session_key=key)
    assert stored.expire_date <= START + datetime.timedelta(minutes=16)  # Django's own expiry agrees, give or take
    at(clock, 17)
    assert SessionStore(key).get("_auth_user_id") is None


def test_an_app_token_session_ends_after_the_idle_limit_too(client, clock, client_profile, token_for):
    token = token_for(client_profile.user)
    client.logout()
    me = lambda: client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=token).status_code  # noqa: E731

    at(clock, 59)
    assert me() == 200
    at(clock, 59 + 61)
    assert me() == 401
    at(clock, 59 + 62)
    assert me() == 401  # the token is gone, not only refused once


def test_asking_how_long_is_left_is_not_activity_but_staying_signed_in_is(client, clock, clinician):
    sign_in(client, clinician.user)
    at(clock, 13)

    status = client.get("/session/").json()
    assert status == {"signed_in": True, "seconds_left": 2 * 60, "can_extend": True}
    at(clock, 14)
    assert client.get("/session/").json()["seconds_left"] == 60  # asking did not move the clock
    kept = client.post("/session/").json()
    assert kept["seconds_left"] == 15 * 60
    at(clock, 28)
    assert client.get(CASELOAD).status_code == 200
    at(clock, 28 + 16)
    assert client.get("/session/").status_code == 401


def test_near_the_absolute_lifetime_staying_signed_in_is_not_offered(client, clock, clinician):
    sign_in(client, clinician.user)
    for minutes in range(10, 12 * 60 - 5, 10):
        at(clock, minutes)
        client.get(CASELOAD)
    at(clock, 12 * 60 - 2)

    assert client.get("/session/").json() == {"signed_in": True, "seconds_left": 120, "can_extend": False}


def test_a_person_sees_where_they_are_signed_in_and_signs_the_others_out(client, clinician, django_user_model):
    from django.test import Client

    phone = Client(
        HTTP_USER_AGENT="Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.0 Mobile/15E148 Safari/604.1"
    )
    laptop = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
    sign_in(phone, clinician.user)
    sign_in(laptop, clinician.user)

    page = laptop.get(reverse("usersessions_list")).content.decode()
    assert "Where you&#x27;re signed in" in page or "Where you're signed in" in page
    assert "Safari on iPhone" in page and "Firefox on Linux" in page and "This one" in page
    assert "Last active" in page

    laptop.post(reverse("usersessions_list"), {})
    assert signed_out(phone, CASELOAD)
    assert laptop.get(CASELOAD).status_code == 200


def test_a_session_is_read_from_the_cache_and_outlives_losing_it(client, clinician):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    sign_in(client, clinician.user)
    key = client.session.session_key
    with CaptureQueriesContext(connection) as captured:
        assert client.get(CASELOAD).status_code == 200
    assert not [q for q in captured.captured_queries if "django_session" in q["sql"]]  # the cache answered

    cache.clear()  # a restarted cache server, an evicted key

    with CaptureQueriesContext(connection) as captured:
        assert client.get(CASELOAD).status_code == 200  # still signed in: the database keeps every session
    assert [q for q in captured.captured_queries if "django_session" in q["sql"]]
    assert Session.objects.filter(session_key=key).exists()

    client.post(reverse("account_logout"))
    assert not Session.objects.filter(session_key=key).exists()
    assert SessionStore(key).get("_auth_user_id") is None
    assert signed_out(client, CASELOAD)


def test_production_cookies_are_host_only_secure_and_prefixed():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "false",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "homework.example.org",
    }
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SESSION_COOKIE_DOMAIN, s.CSRF_COOKIE_DOMAIN, s.SESSION_COOKIE_PATH, s.CSRF_COOKIE_PATH)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=django_settings.BASE_DIR, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["__Host-sessionid", "__Host-csrftoken", "True", "True", "None", "None", "/", "/"]


def test_a_host_cookie_is_set_the_way_browsers_accept_it(client, clinician, settings):
    settings.SESSION_COOKIE_NAME, settings.SESSION_COOKIE_SECURE = "__Host-sessionid", True
    settings.CSRF_COOKIE_NAME, settings.CSRF_COOKIE_SECURE = "__Host-csrftoken", True

    page = client.get("/accounts/login/", secure=True)
    response = client.post(
        "/accounts/login/",
        {"login": clinician.user.email, "password": PASSWORD},
        secure=True,
    )

    for name, answer in (("__Host-csrftoken", page), ("__Host-sessionid", response)):
        cookie = answer.cookies[name]
        assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"], name
