"""Free text encrypted at rest (config/encryption.py): raw columns read with SQL hold no plaintext, values
come back with their types, keys rotate without losing anything, a missing key is an error, not garbage."""

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from assignments.models import Comment, FollowUp, Response, ResponseRevision, RiskAlert
from assignments.services import response_save_draft, response_submit
from assignments.services.alerts import risk_alert_acknowledge
from assignments.services.review import comment_add
from audit.management.commands.reencrypt import encrypted_fields
from config.encryption import TOKEN_PREFIX, UndecryptableValue

pytestmark = pytest.mark.django_db

KEY_A, KEY_B = Fernet.generate_key().decode(), Fernet.generate_key().decode()
STORY = "I told myself the silence meant I am worthless and I want to die"
NOTE = "Phoned Robin at 14:10; safe tonight, seeing her Thursday"
COMMENT = "Thank you for being this honest about the interview"
INSTRUCTIONS = "Write about the interview at Harbour Bank, in your own words"


def _raw(model, field: str) -> list[str]:
    column = model._meta.get_field(field).column
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT "{column}" FROM "{model._meta.db_table}"')
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture
def written(give, client_profile, clinician):
    """Every kind of free text the product stores, written through the services."""
    validity = give("validity-analysis", instructions=INSTRUCTIONS)
    response_save_draft(assignment=validity, user=client_profile.user, answers={"self_story": STORY[:20]}, version=0)
    response_save_draft(assignment=validity, user=client_profile.user, answers={"self_story": STORY}, version=1)
    phq9 = give("phq-9")
    scores = {f"phq9_{n}": "1" for n in range(1, 10)}
    response_submit(assignment=phq9, user=client_profile.user, answers=scores, version=0)
    comment_add(assignment=validity, author=clinician.user, body=COMMENT)
    alert = RiskAlert.objects.filter(assignment=validity).first()
    assert alert is not None, "the risky draft raised an alert: detection works on the decrypted text"
    risk_alert_acknowledge(alert=alert, clinician_user=clinician.user, note=NOTE)
    return {"validity": validity, "phq9": phq9, "alert": alert}


def test_every_free_text_column_holds_only_ciphertext(written):
    plaintexts = [STORY, STORY[:20], NOTE, COMMENT, INSTRUCTIONS, "worthless", "self_story"]
    checked = 0
    for model, fields in encrypted_fields().items():
        for field in fields:
            for value in _raw(model, field):
                if value in (None, ""):
                    continue
                checked += 1
                assert value.startswith(TOKEN_PREFIX), (model, field, value[:40])
                assert not any(text in value for text in plaintexts), (model, field)
    expected = {
        ("assignments.Response", "answers"), ("assignments.ResponseRevision", "answers"), ("assignments.Comment", "body"),
        ("assignments.RiskAlert", "reasons"), ("assignments.RiskAlert", "acknowledgement_note"),
        ("assignments.Assignment", "instructions"), ("assignments.FollowUp", "predicted_reaction"),
        ("clinicians.WeeklySummary", "data"),
    }  # fmt: skip
    assert expected <= {(model._meta.label, field) for model, fields in encrypted_fields().items() for field in fields}
    assert checked >= 8


def test_values_come_back_as_written_with_their_types(written):
    response = Response.objects.get(assignment=written["validity"])
    assert response.answers == {"self_story": STORY}
    assert [r.answers for r in ResponseRevision.objects.filter(response=response)] == [
        {"self_story": STORY[:20]},
        {"self_story": STORY},
    ]
    phq9 = Response.objects.get(assignment=written["phq9"])
    assert phq9.score_total == 9 and all(isinstance(v, str) for v in phq9.answers.values())
    assert Comment.objects.get().body == COMMENT
    alert = RiskAlert.objects.get(pk=written["alert"].pk)
    assert alert.acknowledgement_note == NOTE and isinstance(alert.reasons, list) and alert.reasons[0]["linkId"]
    # values() and values_list() decrypt too.
    assert list(Response.objects.filter(pk=response.pk).values_list("answers", flat=True)) == [{"self_story": STORY}]


def test_a_new_key_goes_first_old_values_stay_readable_and_reencrypt_moves_them_over(written, settings):
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A, *settings.FIELD_ENCRYPTION_KEYS]  # A first, the tests' key after
    call_command("reencrypt", stdout=open("/dev/null", "w"))  # noqa: SIM115
    under_a = _raw(Response, "answers")

    settings.FIELD_ENCRYPTION_KEYS = [KEY_B, KEY_A]
    assert Response.objects.get(assignment=written["validity"]).answers == {"self_story": STORY}
    call_command("reencrypt", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(_raw(Response, "answers")).isdisjoint(under_a)

    settings.FIELD_ENCRYPTION_KEYS = [KEY_B]  # the old key removed: everything still reads
    assert Response.objects.get(assignment=written["validity"]).answers == {"self_story": STORY}
    assert Comment.objects.get().body == COMMENT
    assert RiskAlert.objects.get(pk=written["alert"].pk).acknowledgement_note == NOTE


def test_a_value_no_listed_key_opens_is_an_error_not_passed_on_as_text(written, settings):
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A, *settings.FIELD_ENCRYPTION_KEYS]  # A first, the tests' key after
    call_command("reencrypt", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.FIELD_ENCRYPTION_KEYS = [KEY_B]

    with pytest.raises(UndecryptableValue, match="reencrypt"):
        Comment.objects.get()


def test_values_written_before_encryption_are_read_and_then_encrypted(written):
    table, column = Comment._meta.db_table, Comment._meta.get_field("body").column
    with connection.cursor() as cursor:
        cursor.execute(f'UPDATE "{table}" SET "{column}" = %s', ["Written before encryption"])
    assert Comment.objects.get().body == "Written before encryption"

    call_command("reencrypt", stdout=open("/dev/null", "w"))  # noqa: SIM115

    [raw] = _raw(Comment, "body")
    assert raw.startswith(TOKEN_PREFIX) and Comment.objects.get().body == "Written before encryption"


def test_the_database_cannot_be_asked_about_encrypted_text():
    for query in (
        lambda: Comment.objects.filter(body__icontains="die"),
        lambda: Response.objects.filter(answers__self_story="x"),
        lambda: Response.objects.filter(answers={}),
    ):
        with pytest.raises(NotImplementedError, match="encrypted at rest"):
            list(query())
    assert list(FollowUp.objects.filter(predicted_reaction__isnull=True)) == []


def test_the_deploy_check_warns_without_keys_of_their_own(settings):
    from django.core.checks import run_checks

    settings.FIELD_ENCRYPTION_KEYS = []
    assert "security.W_RR_ENCRYPTION" in {m.id for m in run_checks(include_deployment_checks=True)}
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A]
    assert "security.W_RR_ENCRYPTION" not in {m.id for m in run_checks(include_deployment_checks=True)}
