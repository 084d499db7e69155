"""The practice admin's pages: clinicians (invite, deactivate, reactivate) and clients (hand over care)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clients.models import CareTeamMember
from clinicians.services import clinician_deactivate
from tests.factories import ClinicianFactory, client_of, submitted

pytestmark = pytest.mark.django_db

PAGES = ["practices:clinicians", "practices:clients", "practices:settings"]


@pytest.fixture
def cast(clinician, client_profile, practice_admin, foreign_admin):
    return {
        "clinician": clinician.user,
        "client": client_profile.user,
        "admin": practice_admin,
        "foreign_admin": foreign_admin,
    }


@pytest.fixture
def signed_in(client, practice_admin):
    client.force_login(practice_admin)
    return client


@pytest.mark.parametrize(("who", "expected"), [("admin", 200), ("clinician", 403), ("client", 403)])
@pytest.mark.parametrize("url_name", PAGES)
def test_admin_pages_answer_only_to_admins(client, cast, who, expected, url_name):
    client.force_login(cast[who])

    assert client.get(reverse(url_name)).status_code == expected


@pytest.mark.parametrize(
    ("who", "expected"), [("admin", 200), ("foreign_admin", 404), ("clinician", 403), ("client", 403)]
)
def test_a_clinician_or_client_of_the_practice_answers_only_to_its_admin(
    client, cast, clinician, client_profile, who, expected
):
    client.force_login(cast[who])

    assert client.get(reverse("practices:clinician_deactivate", args=[clinician.pk])).status_code == expected
    assert client.get(reverse("practices:client_handover", args=[client_profile.pk])).status_code == expected


def test_a_foreign_admin_cannot_deactivate_or_reactivate(client, clinician, foreign_admin):
    client.force_login(foreign_admin)

    assert client.post(reverse("practices:clinician_deactivate", args=[clinician.pk])).status_code == 404
    assert client.post(reverse("practices:clinician_reactivate", args=[clinician.pk])).status_code == 404
    clinician.user.refresh_from_db()
    assert clinician.user.is_active


def test_the_clinicians_page_shows_each_caseload_size(signed_in, clinician, other_clinician, client_profile):
    client_of(clinician)

    response = signed_in.get(reverse("practices:clinicians"))

    sizes = {c.user.display_name: c.caseload_size for c in response.context["clinicians"]}
    assert sizes == {"Dr Ana": 2, "Dr Ben": 0}


def test_the_deactivation_page_says_what_will_need_handing_over(signed_in, clinician, give):
    from assignments.library import EXAMPLES

    risky = EXAMPLES["phq-9"] | {"phq9_9": "2"}
    submitted(give("phq-9"), risky)

    response = signed_in.get(reverse("practices:clinician_deactivate", args=[clinician.pk]))

    body = response.content.decode()
    assert "1 client will need a new clinician" in body
    assert "Alex" in body
    assert "1 risk alert raised to Dr Ana is not acknowledged yet" in body


def test_deactivating_sends_the_admin_to_the_clients_to_hand_over(signed_in, clinician, client_profile):
    response = signed_in.post(reverse("practices:clinician_deactivate", args=[clinician.pk]), follow=True)

    assert response.redirect_chain[-1][0] == reverse("practices:clients")
    assert "Dr Ana can no longer sign in. 1 client needs a new primary clinician." in response.content.decode()
    [row] = response.context["clients"]
    assert row.has_active_primary is False
    assert "Needs a new primary clinician" in response.content.decode()


def test_clients_without_an_active_primary_come_first(signed_in, clinician, other_clinician, practice_admin):
    client_of(other_clinician, display_name="Aaron")
    stranded = client_of(clinician, display_name="Zed")
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    rows = signed_in.get(reverse("practices:clients")).context["clients"]

    assert rows[0].pk == stranded.pk


def test_handing_over_a_client(signed_in, clinician, other_clinician, client_profile):
    response = signed_in.post(
        reverse("practices:client_handover", args=[client_profile.pk]), {"clinician": other_clinician.pk}
    )

    assert response.status_code == 302
    current = CareTeamMember.objects.get(client=client_profile, ended_on__isnull=True)
    assert current.clinician == other_clinician and current.is_primary


@pytest.mark.parametrize("choice", ["", "999999", "abc", "foreign", "inactive"])
def test_a_bad_choice_of_clinician_is_a_form_error(
    signed_in, clinician, client_profile, practice_admin, foreign_clinician, choice
):
    if choice == "foreign":
        choice = str(foreign_clinician.pk)
    elif choice == "inactive":
        leaver = ClinicianFactory(user__practice=clinician.user.practice)
        clinician_deactivate(admin_user=practice_admin, clinician=leaver)
        choice = str(leaver.pk)

    response = signed_in.post(reverse("practices:client_handover", args=[client_profile.pk]), {"clinician": choice})

    assert response.status_code == 200
    assert response.context["form"].errors["clinician"]
    assert CareTeamMember.objects.get(client=client_profile).clinician == clinician


def test_reactivating_from_the_clinicians_page(signed_in, clinician, practice_admin):
    clinician_deactivate(admin_user=practice_admin, clinician=clinician)

    response = signed_in.post(reverse("practices:clinician_reactivate", args=[clinician.pk]))

    assert response.status_code == 302
    clinician.user.refresh_from_db()
    assert clinician.user.is_active
    again = signed_in.post(reverse("practices:clinician_reactivate", args=[clinician.pk]), follow=True)
    assert "already active" in again.content.decode()


def test_an_invitation_with_bad_input_shows_form_errors(signed_in, clinician):
    response = signed_in.post(reverse("practices:clinicians"), {"display_name": "", "email": "not-an-email"})

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"display_name", "email"}
    duplicate = signed_in.post(reverse("practices:clinicians"), {"display_name": "X", "email": clinician.user.email})
    assert "Someone in your practice already has this email" in duplicate.content.decode()


@pytest.mark.parametrize("url_name", ["practices:clinicians", "practices:clients"])
def test_admin_lists_cost_the_same_as_the_practice_grows(
    signed_in, clinician, client_profile, practice_admin, url_name
):
    url = reverse(url_name)

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert signed_in.get(url).status_code == 200
        return len(captured.captured_queries)

    small = count()
    for _ in range(10):
        someone = ClinicianFactory(user__practice=clinician.user.practice)
        client_of(someone)
        client_of(clinician)
    clinician_deactivate(admin_user=practice_admin, clinician=someone)

    assert count() == small


def _settings_form(practice, **changes):
    form = {
        "name": practice.name,
        "time_zone": practice.time_zone,
        "require_mfa": "",
        "crisis_resources": practice.crisis_resources,
        "remind_imminent_after_minutes": 30,
        "remind_high_after_minutes": 120,
        "remind_moderate_after_minutes": 480,
        "remind_history_after_minutes": 1440,
        "staff_idle_minutes": 15,
        "client_idle_minutes": 60,
        "erasure_retention_days": 30,
        "summary_email_detail": practice.summary_email_detail,
        "clinicians_write_templates": "",
    }
    return form | changes


def test_a_practice_admin_sets_how_soon_each_alert_level_is_reminded(client, practice_admin, practice):
    client.force_login(practice_admin)

    response = client.post(reverse("practices:settings"), _settings_form(practice, remind_imminent_after_minutes=10))

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.alert_reminder_delay("imminent") == datetime.timedelta(minutes=10)


def test_a_more_urgent_level_waiting_longer_than_a_less_urgent_one_is_a_field_error(client, practice_admin, practice):
    client.force_login(practice_admin)

    response = client.post(reverse("practices:settings"), _settings_form(practice, remind_high_after_minutes=5000))

    assert response.status_code == 200
    assert "Make this no longer than" in response.content.decode()
    practice.refresh_from_db()
    assert practice.remind_high_after_minutes == 120


# --- Sensitive settings: recent reauthentication, and the audit trail -------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"crisis_resources": "Call 999 only"},
        {"require_mfa": "on"},
        {"staff_idle_minutes": 60},
        {"client_idle_minutes": 5},
        {"erasure_retention_days": 0},
        {"summary_email_detail": "initials"},
    ],
    ids=["crisis", "two-factor", "staff-idle", "client-idle", "retention", "summary-email-detail"],
)
def test_a_sensitive_setting_needs_the_password_again_and_is_audited(client, practice_admin, practice, change):
    from audit.models import AuditEvent
    from tests.factories import PASSWORD

    client.force_login(practice_admin)  # signed in long ago, as far as reauthentication is concerned
    fields = ("crisis_resources", "require_mfa", "staff_idle_minutes", "client_idle_minutes", "erasure_retention_days")
    fields += ("summary_email_detail",)
    before = [getattr(practice, name) for name in fields]

    refused = client.post(reverse("practices:settings"), _settings_form(practice, **change))

    assert refused.status_code == 302 and reverse("account_reauthenticate") in refused["Location"]
    practice.refresh_from_db()
    assert [getattr(practice, name) for name in fields] == before
    assert not AuditEvent.objects.filter(what="practice settings").exists()

    # After entering the password, the change goes through the same form and is recorded (by name only).
    assert client.post(reverse("account_reauthenticate"), {"password": PASSWORD}).status_code == 302
    saved = client.post(reverse("practices:settings"), _settings_form(practice, **change))

    assert saved.status_code == 302 and saved["Location"] == reverse("practices:settings")
    practice.refresh_from_db()
    assert [getattr(practice, name) for name in fields] != before
    event = AuditEvent.objects.get(what="practice settings")
    assert (event.actor_id, event.changed) == (practice_admin.pk, sorted(change))


def test_an_ordinary_setting_needs_no_reauthentication(client, practice_admin, practice):
    client.force_login(practice_admin)

    response = client.post(
        reverse("practices:settings"),
        _settings_form(practice, name="Harbour Practice North", clinicians_write_templates="on"),
    )

    assert response.status_code == 302 and response["Location"] == reverse("practices:settings")
    practice.refresh_from_db()
    assert practice.name == "Harbour Practice North" and practice.clinicians_write_templates


def test_the_settings_page_offers_every_setting_the_readme_promises(client, practice_admin):
    client.force_login(practice_admin)

    page = client.get(reverse("practices:settings")).content.decode()

    for name in ("summary_email_detail", "clinicians_write_templates", "crisis_resources", "staff_idle_minutes"):
        assert f'name="{name}"' in page


@pytest.mark.parametrize(
    ("field", "value"), [("staff_idle_minutes", 4), ("staff_idle_minutes", 241), ("client_idle_minutes", 721)]
)
def test_idle_limits_outside_their_bounds_are_field_errors(client, practice_admin, practice, field, value):
    from tests.factories import PASSWORD

    client.force_login(practice_admin)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    response = client.post(reverse("practices:settings"), _settings_form(practice, **{field: value}))

    assert response.status_code == 200 and response.context["form"].errors[field]
    practice.refresh_from_db()
    assert (practice.staff_idle_minutes, practice.client_idle_minutes) == (15, 60)
