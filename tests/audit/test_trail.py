"""The audit trail: reads and changes of clinical records recorded, append-only, searchable, never free text."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.urls import get_resolver, reverse
from django.utils import timezone

from accounts.models import User
from assignments.library import EXAMPLES
from assignments.services import assignment_review, comment_add, risk_alert_acknowledge
from audit import reads
from audit.models import AppendOnly, AuditEvent
from audit.services import audit_record
from clients.services import client_contact_update
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db

ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
SECRET = "the words only Alex wrote about the bridge"


def reads_of(**filters):
    return list(AuditEvent.objects.filter(action="read", **filters).values_list("what", "object_id", "actor_id"))


# --- Append-only ----------------------------------------------------------------------------------------


def test_the_application_cannot_update_or_delete_a_row():
    event = audit_record(action="read", what="client", object_id=1)
    event.what = "something else"
    with pytest.raises(AppendOnly):
        event.save()
    with pytest.raises(AppendOnly):
        event.delete()
    with pytest.raises(AppendOnly):
        AuditEvent.objects.filter(pk=event.pk).update(what="x")
    with pytest.raises(AppendOnly):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).what == "client"


@pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL: the trigger that refuses raw SQL is PostgreSQL's")
@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_auditevent SET what = 'rewritten' WHERE id = %s", "DELETE FROM audit_auditevent WHERE id = %s"],
)
def test_raw_sql_through_the_applications_connection_cannot_rewrite_history(sql):
    event = audit_record(action="read", what="client", object_id=1)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).what == "client"


# --- Reads, recorded in one place ------------------------------------------------------------------------


def test_a_clinician_opening_an_assignment_and_the_client_page_is_recorded(client, clinician, client_profile, give):
    assignment = give("acceptance")
    client.force_login(clinician.user)
    assert client.get(reverse("clinicians:assignment", args=[assignment.pk])).status_code == 200
    assert client.get(reverse("clinicians:client_detail", args=[client_profile.pk])).status_code == 200
    events = AuditEvent.objects.filter(action="read").order_by("pk")
    assert [(e.what, e.object_id, e.actor_id, e.client_id, e.practice_id, e.channel) for e in events] == [
        ("assignment", str(assignment.pk), clinician.user.pk, client_profile.pk, clinician.user.practice_id, "web"),
        ("client", str(client_profile.pk), clinician.user.pk, client_profile.pk, clinician.user.practice_id, "web"),
    ]
    assert events[0].ip == "127.0.0.1"


def test_an_api_read_is_recorded_with_the_api_channel_and_the_token_user(client, clinician, client_profile, give):
    assignment = give("acceptance")
    client.force_login(clinician.user)
    assert client.get(f"/api/v1/assignments/{assignment.pk}/fhir").status_code == 200
    event = AuditEvent.objects.get(action="read")
    assert (event.what, event.channel, event.actor_id) == ("assignment (FHIR)", "api", clinician.user.pk)


def test_a_refused_or_missing_read_records_nothing(client, other_clinician, client_profile, give):
    assignment = give("acceptance")
    client.force_login(other_clinician.user)
    assert client.get(reverse("clinicians:assignment", args=[assignment.pk])).status_code == 404
    assert client.get(reverse("clinicians:assignment", args=[999999])).status_code == 404
    assert not AuditEvent.objects.filter(action="read").exists()


def test_every_listed_read_names_a_real_route():
    names = set()
    for pattern in get_resolver().url_patterns:
        names |= _names(pattern)
    assert set(reads.READS) <= names, set(reads.READS) - names


def _names(pattern, prefix=""):
    if hasattr(pattern, "url_patterns"):
        namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
        return set().union(*(_names(p, namespace) for p in pattern.url_patterns))
    return {f"{prefix}{pattern.name}"} if pattern.name else set()


# Pages and endpoints that show a client's clinical content must be listed in audit.reads: each is opened and
# must leave a read behind. A new clinical route added without a line there fails here.
CLINICAL_ROUTES = [
    ("clinician", "clinicians:assignment", "assignment"),
    ("clinician", "clinicians:in_session", "assignment"),
    ("clinician", "clinicians:client_detail", "client"),
    ("clinician", "clinicians:client_progress_pdf", "client"),
    ("clinician", "clinicians:session_prep", "client"),
    ("client", "clients:assignment", "assignment"),
    ("client", "clients:progress", None),
    ("client", "clients:safety_plan", None),
    ("client", "clients:my_data_everything", None),
    ("client", "clients:my_data_fhir", None),
    ("clinician", "api:assignment", "assignment"),
    ("clinician", "api:assignment-fhir", "assignment"),
    ("clinician", "api:assignment-comments", "assignment"),
    ("clinician", "api:client-progress", "client"),
    ("client", "api:me-export", None),
]


@pytest.mark.parametrize(("who", "name", "arg"), CLINICAL_ROUTES)
def test_each_clinical_route_records_a_read_of_the_clients_record(
    client, clinician, client_profile, give, who, name, arg
):
    assignment = give("acceptance")
    client.force_login(clinician.user if who == "clinician" else client_profile.user)
    args = {"assignment": [assignment.pk], "client": [client_profile.pk], None: []}[arg]
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200, name
    event = AuditEvent.objects.get(action="read")
    assert (event.client_id, event.what) == (client_profile.pk, reads.READS[name].what)


def test_the_listed_routes_are_exactly_the_clinical_ones_tested():
    tested = {name for _, name, _ in CLINICAL_ROUTES}
    assert {name for name in reads.READS if not name.startswith("admin:") and name != "clinicians:summary"} == tested


# --- Changes, by the services -----------------------------------------------------------------------------


def test_changes_name_fields_and_answers_never_their_contents(clinician, client_profile, give):
    assignment = give("feelings-check-in")
    answers = EXAMPLES["feelings-check-in"]
    free_text_item = next(k for k, v in answers.items() if isinstance(v, str) and len(v) > 10)
    drafted(assignment, {free_text_item: SECRET})
    submitted(assignment, {**answers, free_text_item: SECRET})
    comment_add(assignment=assignment, author=client_profile.user, body=SECRET)
    assignment_review(assignment=assignment, clinician_user=clinician.user, decision="reviewed", comment=SECRET)
    client_contact_update(client=client_profile, phone="+442079460456")
    rows = list(AuditEvent.objects.order_by("pk").values_list("action", "what", "changed"))
    assert rows[0] == ("create", "assignment", [])
    assert rows[1] == ("update", "response", [free_text_item])
    assert rows[2][:2] == ("submit", "response") and free_text_item not in rows[2][2]
    assert ("review", "assignment", ["status"]) in rows
    assert [r for r in rows if r[1] == "comment"] == [("create", "comment", []), ("create", "comment", [])]
    assert rows[-1] == ("update", "client", ["phone"])
    dumped = " ".join(str(v) for row in AuditEvent.objects.values() for v in row.values())
    assert SECRET not in dumped and "7946" not in dumped


def test_acknowledging_an_alert_is_recorded(clinician, client_profile, give):
    assignment = give("phq-9")
    submitted(assignment, EXAMPLES["phq-9"] | {"phq9_9": "2"})
    alert = assignment.risk_alerts.get()
    risk_alert_acknowledge(alert=alert, clinician_user=clinician.user, note="Rang her; she is safe tonight.")
    event = AuditEvent.objects.get(action="acknowledge")
    assert (event.what, event.object_id, event.actor_id, event.changed) == (
        "risk alert",
        str(alert.pk),
        clinician.user.pk,
        ["acknowledged_at", "acknowledgement_note"],
    )


def test_outside_a_request_the_channel_is_task():
    assert audit_record(action="update", what="client", object_id=1).channel == "task"


# --- Who may read the trail ---------------------------------------------------------------------------------


def _events(client_profile, foreign_client_profile, clinician):
    audit_record(action="read", what="client", object_id=1, client_id=client_profile.pk,
                 practice_id=client_profile.user.practice_id, actor=clinician.user)  # fmt: skip
    audit_record(action="read", what="client", object_id=2, client_id=foreign_client_profile.pk,
                 practice_id=foreign_client_profile.user.practice_id)  # fmt: skip


def test_a_practice_admin_sees_their_practice_only_and_filters_it(
    client, practice_admin, clinician, client_profile, foreign_client_profile
):
    _events(client_profile, foreign_client_profile, clinician)
    client.force_login(practice_admin)
    body = client.get("/api/v1/audit").json()
    assert [r["client_id"] for r in body["results"]] == [client_profile.pk]
    assert client.get(f"/api/v1/audit?client={foreign_client_profile.pk}").json()["count"] == 0
    assert client.get(f"/api/v1/audit?actor={clinician.user.pk}").json()["count"] == 1
    later = (timezone.now() + datetime.timedelta(hours=1)).isoformat()
    assert client.get("/api/v1/audit", {"since": later}).json()["count"] == 0
    page = client.get(reverse("practices:audit"), {"client": client_profile.pk})
    assert page.status_code == 200 and "Dr Ana" in page.text and "Alex" in page.text


@pytest.mark.parametrize("query", ["client=" + "9" * 40, "since=not-a-date", "actor=-3"])
def test_a_bad_filter_is_a_clear_400_on_the_api_and_a_message_on_the_page(client, practice_admin, query):
    client.force_login(practice_admin)
    response = client.get(f"/api/v1/audit?{query}")
    assert response.status_code == 400 and response.json()
    assert client.get(f"{reverse('practices:audit')}?{query}").status_code == 200


@pytest.mark.parametrize("who", ["clinician", "client"])
def test_the_trail_is_for_practice_admins_only(client, cast, who):
    client.force_login(cast[who])
    assert client.get("/api/v1/audit").status_code == 403
    assert client.get(reverse("practices:audit")).status_code in (403, 404)


def test_a_client_sees_who_opened_their_record_and_not_their_own_visits(
    client, clinician, client_profile, other_client_profile, give
):
    assignment = give("acceptance")
    client.force_login(clinician.user)
    client.get(reverse("clinicians:assignment", args=[assignment.pk]))
    client.force_login(client_profile.user)
    client.get(reverse("clients:assignment", args=[assignment.pk]))
    log = client.get("/api/v1/me/access-log").json()
    assert [(r["actor"], r["role"], r["what"]) for r in log["results"]] == [("Dr Ana", "clinician", "assignment")]
    page = client.get(reverse("clients:access_log"))
    assert page.status_code == 200 and "Dr Ana" in page.text
    client.force_login(other_client_profile.user)
    assert client.get("/api/v1/me/access-log").json()["count"] == 0


def test_an_operator_opening_a_clinical_record_in_the_django_admin_is_recorded(client, give, client_profile):
    assignment = give("acceptance")
    operator = User.objects.create_superuser("ops@example.test", "an operator password 1")
    TOTP.activate(operator, generate_totp_secret())  # operators always need two-factor
    client.force_login(operator)
    admin_path = f"/{settings.ADMIN_URL}assignments/assignment/{assignment.pk}/change/"
    assert client.get(admin_path).status_code == 200
    assert client.get(f"/{settings.ADMIN_URL}clients/client/{client_profile.pk}/change/").status_code == 200
    events = AuditEvent.objects.filter(action="read").order_by("pk")
    assert [(e.what, e.client_id, e.channel, e.actor_id) for e in events] == [
        ("assignment", client_profile.pk, "admin", operator.pk),
        ("client", client_profile.pk, "admin", operator.pk),
    ]


@pytest.mark.parametrize(
    ("role", "label"), [("client", "client"), ("clinician", "clinician"), ("admin", "practice admin"), ("", "operator")]
)
def test_the_trail_names_each_role_plainly_for_whoever_reads_it(role, label):
    # The admin's trail shows the client's own saves: "you" there would name the admin.
    assert AuditEvent(actor_role=role).actor_role_label == label
