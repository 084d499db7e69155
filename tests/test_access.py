"""Role × page × owner: every page answers as API.md says (403 for the wrong
role, 404 for someone else's record, the login page for anonymous visitors)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

CLINICIAN_PAGES = ["clinicians:caseload", "clinicians:client_invite"]
CLIENT_PAGES = ["clients:today", "clients:preferences", "clients:safety_plan"]
ADMIN_PAGES = ["practices:clinicians", "practices:settings"]


@pytest.mark.parametrize(
    ("who", "pages", "expected"),
    [
        ("clinician", CLINICIAN_PAGES, 200),
        ("clinician", CLIENT_PAGES, 403),
        ("clinician", ADMIN_PAGES, 403),
        ("client", CLINICIAN_PAGES, 403),
        ("client", CLIENT_PAGES, 200),
        ("client", ADMIN_PAGES, 403),
        ("admin", CLINICIAN_PAGES, 403),
        ("admin", CLIENT_PAGES, 403),
        ("admin", ADMIN_PAGES, 200),
    ],
)
def test_each_role_reaches_its_own_pages_only(client, cast, who, pages, expected):
    client.force_login(cast[who])
    for page in pages:
        assert client.get(reverse(page)).status_code == expected, page


@pytest.mark.parametrize("page", CLINICIAN_PAGES + CLIENT_PAGES + ADMIN_PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, db, page):
    response = client.get(reverse(page))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("clinician", 200),
        ("other_clinician", 404),
        ("foreign_clinician", 404),
        ("client", 403),
        ("other_client", 403),
        ("admin", 403),
    ],
)
@pytest.mark.parametrize("url_name", ["clinicians:client_detail", "clinicians:client_resend_invitation"])
def test_a_client_record_answers_only_to_their_clinicians(client, cast, client_profile, who, expected, url_name):
    client.force_login(cast[who])

    response = client.get(reverse(url_name, args=[client_profile.pk]))

    if url_name.endswith("resend_invitation") and expected == 200:
        expected = 302  # a GET there just goes back to the record
    assert response.status_code == expected


def test_a_missing_client_answers_like_a_foreign_one(client, cast):
    client.force_login(cast["clinician"])

    missing = client.get(reverse("clinicians:client_detail", args=[999_999]))

    assert missing.status_code == 404


def test_the_caseload_lists_only_the_clinicians_own_clients(client, clinician, client_profile, other_client_profile):
    client.force_login(clinician.user)

    response = client.get(reverse("clinicians:caseload"))

    assert list(response.context["clients"]) == [client_profile]
    assert other_client_profile.user.display_name not in response.content.decode()


def test_the_caseload_costs_the_same_queries_for_3_or_30_clients(client, clinician, django_assert_max_num_queries):
    from tests.factories import client_of

    client.force_login(clinician.user)
    for _ in range(3):
        client_of(clinician)
    with django_assert_max_num_queries(8) as few:
        client.get(reverse("clinicians:caseload"))
    for _ in range(27):
        client_of(clinician)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("clinicians:caseload"))
    assert len(response.context["clients"]) == 30


def test_client_pages_show_the_crisis_resources(client, client_profile):
    client.force_login(client_profile.user)

    page = client.get(reverse("clients:today")).content.decode()

    assert "not an emergency service" in page
    assert "116 123" in page


def test_a_client_saves_their_preferences(client, client_profile):
    client.force_login(client_profile.user)

    response = client.post(
        reverse("clients:preferences"),
        {
            "display_name": "Alexandra",
            "time_zone": "America/Toronto",
            "quiet_hours_start": "22:30",
            "quiet_hours_end": "07:00",
            "daily_prompt_time": "18:00",
            "reminders_opt_out": "on",
        },
    )

    assert response.status_code == 302
    client_profile.refresh_from_db()
    client_profile.user.refresh_from_db()
    assert client_profile.user.display_name == "Alexandra"
    assert client_profile.time_zone == "America/Toronto"
    assert client_profile.reminders_opt_out is True


@pytest.mark.parametrize(
    ("field", "value"),
    [("time_zone", "Mars/Olympus_Mons"), ("quiet_hours_start", "25:99"), ("display_name", "x" * 81)],
)
def test_bad_preferences_are_form_errors_and_change_nothing(client, client_profile, field, value):
    client.force_login(client_profile.user)
    data = {
        "display_name": "Alexandra",
        "time_zone": "Europe/London",
        "quiet_hours_start": "22:30",
        "quiet_hours_end": "07:00",
        "daily_prompt_time": "18:00",
        field: value,
    }

    response = client.post(reverse("clients:preferences"), data)

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    client_profile.user.refresh_from_db()
    assert client_profile.user.display_name == "Alex"


def test_a_practice_admin_changes_the_practice_settings(client, practice_admin, password):
    client.force_login(practice_admin)
    client.post(reverse("account_reauthenticate"), {"password": password})  # crisis lines are a sensitive setting

    response = client.post(
        reverse("practices:settings"),
        {
            "name": "Harbour Practice",
            "time_zone": "Europe/Dublin",
            "require_mfa": "",
            "crisis_resources": "Call 112",
            "remind_imminent_after_minutes": 30,
            "remind_high_after_minutes": 120,
            "remind_moderate_after_minutes": 480,
            "remind_history_after_minutes": 1440,
            "staff_idle_minutes": 15,
            "client_idle_minutes": 60,
            "erasure_retention_days": 30,
            "summary_email_detail": "counts",
        },
    )

    assert response.status_code == 302
    practice_admin.practice.refresh_from_db()
    assert practice_admin.practice.time_zone == "Europe/Dublin"
    assert practice_admin.practice.require_mfa is False
    assert practice_admin.practice.crisis_lines == ["Call 112"]
