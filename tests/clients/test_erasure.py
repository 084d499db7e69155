"""Erasure: the account closes at once (sign-in, sessions, invitations, reminders); after the practice's
retention period the hourly sweep erases the record, leaving identifiers only in the audit trail."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client as Browser
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from assignments.models import Assignment, Comment, Response, ResponseRevision, RiskAlert
from assignments.services import response_save_draft
from assignments.services.review import comment_add
from audit.models import AuditEvent
from clients.erasure import ERASED_NAME, erase_due, erasure_request
from clients.models import Client, ErasureRequest
from clients.tasks import erasure_sweep
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

STORY = "The rejection from Harbour Bank made me want to die, I keep thinking about it"


@pytest.fixture
def record(give, client_profile, clinician):
    """A client with a risky draft, a submitted measure, a comment and a phone number."""
    validity = give("validity-analysis")
    response_save_draft(assignment=validity, user=client_profile.user, answers={"self_story": STORY}, version=0)
    comment_add(assignment=validity, author=clinician.user, body="Thank you for telling me about Harbour Bank")
    Client.objects.filter(pk=client_profile.pk).update(phone="+447700900123", emergency_contact_name="Sam Reyes")
    assert RiskAlert.objects.filter(client=client_profile).exists()
    return client_profile


def test_closing_an_account_signs_the_client_out_everywhere_at_once(record, practice_admin, client):
    phone = Browser()
    assert phone.post("/accounts/login/", {"login": record.user.email, "password": PASSWORD}).status_code == 302
    assert phone.get(reverse("clients:today")).status_code == 200
    app = client.post(
        "/_allauth/app/v1/auth/login",
        {"email": record.user.email, "password": PASSWORD},
        content_type="application/json",
    ).json()["meta"]["session_token"]

    closing = erasure_request(client=record, by=practice_admin)

    assert phone.get(reverse("clients:today")).status_code == 302  # the phone's session is gone
    assert client.get("/api/v1/me", HTTP_X_SESSION_TOKEN=app).status_code == 401  # so is the app's token
    assert Browser().post("/accounts/login/", {"login": record.user.email, "password": PASSWORD}).status_code == 200
    record.refresh_from_db()
    assert record.reminders_opt_out and not record.user.is_active
    assert closing.erase_after - closing.requested_at == datetime.timedelta(days=30)
    # Nothing is erased yet: the care team still reads the record during the retention period.
    assert Response.objects.get(assignment__client=record).answers == {"self_story": STORY}
    event = AuditEvent.objects.get(action="close")
    assert (event.actor_id, event.client_id, event.what) == (practice_admin.pk, record.pk, "account")


def test_the_record_is_erased_after_the_retention_period_and_not_before(record, practice_admin, settings):
    client_pk, user_pk, email = record.pk, record.user.pk, record.user.email
    with time_machine.travel(timezone.now(), tick=False) as clock:
        erasure_request(client=record, by=practice_admin)
        clock.shift(datetime.timedelta(days=29, hours=23))
        assert erasure_sweep() == 0
        assert Assignment.objects.filter(client_id=client_pk).exists()

        clock.shift(datetime.timedelta(hours=2))
        assert erasure_sweep() == 1
        assert erasure_sweep() == 0  # once

    for model in (Assignment, Response, ResponseRevision, Comment, RiskAlert):
        assert not model.objects.filter(**{_client_path(model): client_pk}).exists(), model
    user = User.objects.get(pk=user_pk)
    assert (user.email, user.display_name, user.is_active) == (f"erased-{user_pk}@erased.invalid", ERASED_NAME, False)
    erased = Client.objects.get(pk=client_pk)
    assert (str(erased.phone), erased.emergency_contact_name) == ("", "")
    assert ErasureRequest.objects.get(client_id=client_pk).completed_at is not None
    # Nothing the client wrote, nor their name or address, is left in any table but as an identifier.
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            text = " ".join(str(value) for row in cursor.fetchall() for value in row)
            for gone in (email, "Harbour Bank", "7700900123", "Sam Reyes"):
                assert gone not in text, (table, gone)
    event = AuditEvent.objects.get(action="erase")
    assert event.client_id == client_pk and event.actor_id is None and event.channel == "task"
    assert "Harbour" not in " ".join(event.changed)


def _client_path(model) -> str:
    return {Assignment: "client_id", RiskAlert: "client_id", Comment: "assignment__client_id"}.get(
        model, "assignment__client_id" if model is Response else "response__assignment__client_id"
    )


def test_the_client_leaves_their_clinicians_weekly_summaries(record, practice_admin, clinician, practice):
    from clinicians.models import WeeklySummary
    from clinicians.summaries import weekly_summary_create

    practice.erasure_retention_days = 0
    practice.save(update_fields=["erasure_retention_days"])
    now = timezone.now()
    summary = weekly_summary_create(clinician=clinician, week_of=now.date(), period_end=now)
    name = record.user.display_name
    assert [row["id"] for row in summary.data["clients"]] == [record.pk]

    erasure_request(client=record, by=practice_admin)
    erase_due()

    kept = WeeklySummary.objects.get(pk=summary.pk).data
    assert kept["clients"] == [] and name not in str(kept)
    assert kept["totals"] == summary.data["totals"]  # the week still adds up to what the clinician was told


def test_a_practice_with_no_retention_period_erases_at_the_next_sweep(record, practice_admin, practice):
    practice.erasure_retention_days = 0
    practice.save(update_fields=["erasure_retention_days"])
    erasure_request(client=record, by=practice_admin)

    assert erase_due() == 1


def test_the_page_asks_for_the_password_again_then_closes_the_account(client, record, practice_admin):
    client.force_login(practice_admin)
    page = client.get(reverse("practices:client_close", args=[record.pk]))
    assert page.status_code == 200 and "Close the account" in page.content.decode()

    refused = client.post(reverse("practices:client_close", args=[record.pk]))
    assert refused.status_code == 302 and reverse("account_reauthenticate") in refused["Location"]
    assert not ErasureRequest.objects.exists()

    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    done = client.post(reverse("practices:client_close", args=[record.pk]), follow=True)
    assert "account is closed" in done.content.decode() and "Record erased on" in done.content.decode()
    again = client.post(reverse("practices:client_close", args=[record.pk]), follow=True)
    assert "already closed" in again.content.decode()
    assert ErasureRequest.objects.count() == 1


@pytest.mark.parametrize("who", ["clinician", "other_clinician", "foreign_clinician", "client", "other_client"])
def test_only_the_practice_admin_closes_an_account(client, cast, record, who):
    client.force_login(cast[who])
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    response = client.post(reverse("practices:client_close", args=[record.pk]))

    assert response.status_code in (403, 404)
    assert not ErasureRequest.objects.exists()


def test_a_foreign_practices_admin_gets_a_404(client, foreign_admin, record):
    client.force_login(foreign_admin)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    assert client.post(reverse("practices:client_close", args=[record.pk])).status_code == 404
    assert not ErasureRequest.objects.exists()


def test_the_sweep_runs_every_hour(settings):
    schedule = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert schedule["clients.tasks.erasure_sweep"] <= 3600
