"""A risky answer raises one alert per submission for each of the client's clinicians."""

import pytest
from django.core import mail

from assignments.models import RiskAlert
from assignments.services import response_submit, risk_alert_acknowledge
from clients.models import CareTeamMember
from tests.assignments.library_samples import COMPLETE_SAMPLES

pytestmark = pytest.mark.django_db

PHQ9_CALM = {f"phq9_{n}": "0" for n in range(1, 10)}


def submit(assignment, user, answers):
    return response_submit(assignment=assignment, user=user, answers=answers, version=0)


def test_phq9_item_9_above_zero_alerts_every_clinician_of_the_client_and_emails_them(
    give, client_profile, clinician, other_clinician, django_capture_on_commit_callbacks
):
    CareTeamMember.objects.create(client=client_profile, clinician=other_clinician, is_primary=False)
    assignment = give("phq-9")

    with django_capture_on_commit_callbacks(execute=True):
        submission = submit(assignment, client_profile.user, PHQ9_CALM | {"phq9_9": "1"})

    assert submission.raised_risk
    alerts = RiskAlert.objects.order_by("clinician__user__display_name")
    assert [a.clinician for a in alerts] == [clinician, other_clinician]
    assert alerts[0].reasons[0]["linkId"] == "phq9_9"
    assert sorted(m.to[0] for m in mail.outbox) == sorted([clinician.user.email, other_clinician.user.email])
    body = mail.outbox[0].subject + mail.outbox[0].body
    for private in ("PHQ", "item 9", client_profile.user.display_name, client_profile.user.email, "harm"):
        assert private not in body
    from notifications.models import Notification

    assert set(Notification.objects.values_list("kind", "status")) == {("risk_alert", "sent")}


def test_phq9_item_9_at_zero_raises_nothing(give, client_profile):
    submission = submit(give("phq-9"), client_profile.user, PHQ9_CALM | {"phq9_1": "3"})

    assert not submission.raised_risk
    assert not RiskAlert.objects.exists()


def test_risk_language_in_free_text_raises_an_alert_with_the_excerpt(give, client_profile, clinician):
    answers = COMPLETE_SAMPLES["acceptance"] | {"what_happened": "Since she left I sometimes want to kill myself."}

    submission = submit(give("acceptance"), client_profile.user, answers)

    assert submission.raised_risk
    [alert] = RiskAlert.objects.all()
    assert alert.reasons[0]["linkId"] == "what_happened"
    assert "kill myself" in alert.reasons[0]["excerpt"]


def test_everyday_idioms_raise_nothing(give, client_profile):
    answers = COMPLETE_SAMPLES["acceptance"] | {"what_happened": "I was dead tired and the deadline was killing me."}

    assert not submit(give("acceptance"), client_profile.user, answers).raised_risk


def test_a_client_without_a_care_team_still_sees_crisis_resources(give, client_profile):
    assignment = give("phq-9")
    CareTeamMember.objects.filter(client=client_profile).delete()

    submission = submit(assignment, client_profile.user, PHQ9_CALM | {"phq9_9": "2"})

    assert submission.raised_risk and submission.alerts == []


def test_sending_the_notification_twice_sends_one_email(give, client_profile, django_capture_on_commit_callbacks):
    from notifications.services import relay

    with django_capture_on_commit_callbacks(execute=True):
        submit(give("phq-9"), client_profile.user, PHQ9_CALM | {"phq9_9": "3"})

    assert relay() == 0
    assert len(mail.outbox) == 1


def test_only_the_alerted_clinician_acknowledges(give, client_profile, clinician, other_clinician):
    from django.core.exceptions import PermissionDenied

    submit(give("phq-9"), client_profile.user, PHQ9_CALM | {"phq9_9": "1"})
    alert = RiskAlert.objects.get()

    with pytest.raises(PermissionDenied):
        risk_alert_acknowledge(alert=alert, clinician_user=other_clinician.user)
    risk_alert_acknowledge(alert=alert, clinician_user=clinician.user, note="Called; safe, plan agreed.")

    alert.refresh_from_db()
    assert alert.acknowledged_by == clinician.user and alert.acknowledgement_note == "Called; safe, plan agreed."


@pytest.mark.parametrize(("answer", "level"), [("yes", "high"), ("might_act", "imminent")])
def test_a_yes_to_the_daily_safety_question_alerts_the_clinician_at_its_level(
    give, client_profile, clinician, answer, level
):
    habits = give("daily-habits", recurrence="daily", occurrences=3)

    submission = submit(habits, client_profile.user, COMPLETE_SAMPLES["daily-habits"] | {"daily_safety": answer})

    assert submission.raised_risk
    [alert] = RiskAlert.objects.all()
    assert alert.clinician == clinician and alert.level == level
    assert [reason["linkId"] for reason in alert.reasons] == ["daily_safety"]
    assert "ending their life today" in alert.reasons[0]["reason"]


def test_a_no_to_the_daily_safety_question_raises_nothing(give, client_profile):
    submission = submit(give("daily-habits"), client_profile.user, COMPLETE_SAMPLES["daily-habits"])

    assert not submission.raised_risk and not RiskAlert.objects.exists()


def test_a_daily_safety_yes_in_an_unsent_draft_alerts_once(give, client_profile):
    from assignments.services import response_save_draft

    habits = give("daily-habits")
    first = response_save_draft(assignment=habits, user=client_profile.user, answers={"daily_safety": "yes"}, version=0)
    again = response_save_draft(
        assignment=habits, user=client_profile.user, answers={"daily_safety": "yes", "mood": 2}, version=1
    )

    assert first.raised_risk and again.raised_risk
    [alert] = RiskAlert.objects.all()
    assert alert.source == "draft" and alert.level == "high"
