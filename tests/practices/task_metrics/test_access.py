"""Each practice's admin sees only their own practice's figures, and nobody else may look."""

import pytest
from django.urls import reverse

from tests.practices.task_metrics.outbox_rows import URL, counts, page

pytestmark = pytest.mark.django_db


def test_an_admin_of_another_practice_sees_only_their_own_numbers(client, outbox, foreign_admin):
    client.force_login(foreign_admin)

    response = page(client, "?window=30d")

    report = response.context["report"]
    assert counts(report) == {"risk_alert": (1, 0, 0, 0), "overdue": (0, 1, 0, 0), "due_soon": (0, 0, 1, 0)}
    assert report.latency["max"] == 500.0
    assert [failure["error"] for failure in report.failures] == ["Foreign-error-marker"]
    assert report.oldest_pending["late_seconds"] == 2 * 24 * 3600
    assert "Connection unexpectedly closed" not in response.content.decode()


def test_harbours_admin_never_sees_the_other_practices_messages(signed_in, outbox):
    response = page(signed_in, "?window=30d")

    assert "Foreign-error-marker" not in response.content.decode()
    assert response.context["report"].latency["max"] == 90.0


@pytest.mark.parametrize(("who", "expected"), [("admin", 200), ("clinician", 403), ("client", 403)])
def test_only_practice_admins_may_look(client, clinician, client_profile, practice_admin, who, expected):
    user = {"admin": practice_admin, "clinician": clinician.user, "client": client_profile.user}[who]
    client.force_login(user)

    assert page(client).status_code == expected


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = page(client, "?window=24h")

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/practice/tasks/%3Fwindow%3D24h"


def test_the_admin_menu_links_to_the_page(signed_in):
    body = page(signed_in).content.decode()

    assert f'<a href="{URL}" aria-current="page">Tasks</a>' in body
