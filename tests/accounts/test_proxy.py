"""Behind a proxy the address that counts is the one the proxies saw, not what a caller writes in
X-Forwarded-For (the rate limits and the audit trail agree on it)."""

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def _fail_login(client, forwarded: str, n: int):
    client.post(LOGIN, {"login": f"nobody{n}@example.test", "password": "guess"}, HTTP_X_FORWARDED_FOR=forwarded)


def test_forging_x_forwarded_for_does_not_escape_the_rate_limit(client, clinician, behind_one_proxy):
    # Ten failures from one real address, each with a different forged entry on the left.
    for n in range(10):
        _fail_login(client, f"10.9.{n}.1, 203.0.113.71", n)

    blocked = client.post(
        LOGIN, {"login": clinician.user.email, "password": PASSWORD}, HTTP_X_FORWARDED_FOR="10.9.99.1, 203.0.113.71"
    )

    assert b"Too many failed login attempts" in blocked.content
    assert "_auth_user_id" not in client.session


def test_someone_elses_failures_do_not_lock_a_person_out(client, clinician, behind_one_proxy):
    for n in range(10):
        _fail_login(client, "203.0.113.72", n)

    # A different real address, even one that writes the attacker's address on the left, signs in.
    response = client.post(
        LOGIN, {"login": clinician.user.email, "password": PASSWORD}, HTTP_X_FORWARDED_FOR="203.0.113.72, 198.51.100.72"
    )

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_the_audit_trail_records_the_address_the_proxy_saw(client, client_profile, behind_one_proxy):
    client.force_login(client_profile.user)

    assert client.get(reverse("clients:progress"), HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.73").status_code == 200

    assert AuditEvent.objects.get(action="read").ip == "198.51.100.73"


def test_without_a_proxy_x_forwarded_for_is_ignored(client, client_profile):
    client.force_login(client_profile.user)

    client.get(reverse("clients:progress"), HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="198.51.100.74")

    assert AuditEvent.objects.get(action="read").ip == "198.51.100.74"
