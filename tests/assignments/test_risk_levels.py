"""Everything a client writes is read for risk, and every alert carries a level that decides its place and its reminder."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from assignments.models import Comment, RiskAlert
from assignments.services import comment_add, response_save_draft, response_submit
from clients.models import CareTeamMember
from clinicians.alerts import open_alerts_for
from clinicians.selectors.review_queue import review_queue_for
from notifications import reminders
from notifications.models import Notification
from tests.assignments.library_samples import COMPLETE_SAMPLES

pytestmark = pytest.mark.django_db

L = RiskAlert.Level
PHQ9_CALM = {f"phq9_{n}": "0" for n in range(1, 10)}
WISH = "Honestly I just wish I was dead."
PLAN = "I have saved up my sleeping pills and I'm going to take them all tonight."


def draft(assignment, user, answers, version):
    return response_save_draft(assignment=assignment, user=user, answers=answers, version=version)


# --- Drafts -----------------------------------------------------------------------------


def test_a_risky_saved_draft_alerts_every_current_clinician_and_says_it_was_not_sent(
    give, client_profile, clinician, other_clinician, django_capture_on_commit_callbacks
):
    CareTeamMember.objects.create(client=client_profile, clinician=other_clinician, is_primary=False)
    assignment = give("acceptance")

    with django_capture_on_commit_callbacks(execute=True):
        response = draft(assignment, client_profile.user, {"what_happened": WISH}, 0)

    assert response.raised_risk
    alerts = list(RiskAlert.objects.all())
    assert {a.clinician for a in alerts} == {clinician, other_clinician}
    assert {(a.source, a.level) for a in alerts} == {(RiskAlert.Source.DRAFT, L.MODERATE)}
    assert all(a.from_draft and a.revision.kind == "draft" for a in alerts)
    assert all("has not sent" in message.body for message in mail.outbox)


def test_typing_more_of_the_same_never_raises_a_second_draft_alert_that_day(give, client_profile):
    assignment = give("acceptance")
    draft(assignment, client_profile.user, {"what_happened": WISH}, 0)

    response = draft(assignment, client_profile.user, {"what_happened": WISH + " I wish I was dead, really."}, 1)

    assert response.raised_risk  # the crisis resources stay on screen
    assert RiskAlert.objects.count() == 1


def test_a_more_urgent_level_in_a_later_draft_raises_its_own_alert(give, client_profile):
    assignment = give("acceptance")
    draft(assignment, client_profile.user, {"what_happened": WISH}, 0)

    draft(assignment, client_profile.user, {"what_happened": WISH + " " + PLAN}, 1)

    assert sorted(RiskAlert.objects.values_list("level", flat=True)) == [L.IMMINENT, L.MODERATE]


def test_the_same_risk_the_next_day_alerts_again(give, client_profile):
    assignment = give("acceptance")
    draft(assignment, client_profile.user, {"what_happened": WISH}, 0)

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=25)):
        draft(assignment, client_profile.user, {"what_happened": WISH + " Still."}, 1)

    assert RiskAlert.objects.count() == 2


def test_a_safe_draft_alerts_nobody(give, client_profile):
    response = draft(give("acceptance"), client_profile.user, {"what_happened": "We broke up in May."}, 0)

    assert not response.raised_risk
    assert not RiskAlert.objects.exists()


@pytest.mark.parametrize(("answer", "level"), [("1", L.MODERATE), ("2", L.HIGH), ("3", L.HIGH)])
def test_phq9_item_9_in_a_saved_draft_alerts_at_the_level_of_its_value(give, client_profile, answer, level):
    draft(give("phq-9"), client_profile.user, {"phq9_9": answer}, 0)

    [alert] = RiskAlert.objects.all()
    assert (alert.source, alert.level) == (RiskAlert.Source.DRAFT, level)
    assert alert.reasons[0]["linkId"] == "phq9_9"


def test_a_draft_holding_an_odd_value_for_item_9_is_still_saved(give, client_profile):
    response = draft(give("phq-9"), client_profile.user, {"phq9_9": 7}, 0)

    assert response.version == 1


def test_sending_the_answers_takes_over_the_open_draft_alert_instead_of_adding_one(give, client_profile):
    assignment = give("acceptance")
    draft(assignment, client_profile.user, {"what_happened": WISH}, 0)
    answers = COMPLETE_SAMPLES["acceptance"] | {"what_happened": WISH}

    submission = response_submit(assignment=assignment, user=client_profile.user, answers=answers, version=1)

    [alert] = RiskAlert.objects.all()
    assert alert.source == RiskAlert.Source.SUBMISSION
    assert alert.revision == submission.revision
    assert submission.alerts == [alert]


def test_sending_the_same_answers_again_after_acknowledging_alerts_again(give, client_profile, clinician):
    assignment = give("acceptance")
    draft(assignment, client_profile.user, {"what_happened": WISH}, 0)
    RiskAlert.objects.update(acknowledged_at=timezone.now())
    answers = COMPLETE_SAMPLES["acceptance"] | {"what_happened": WISH}

    response_submit(assignment=assignment, user=client_profile.user, answers=answers, version=1)

    assert RiskAlert.objects.filter(acknowledged_at__isnull=True, source="submission").count() == 1


# --- Comments ----------------------------------------------------------------------------


def test_a_clients_risky_comment_raises_a_comment_alert(give, client_profile, clinician):
    assignment = give("acceptance")

    comment = comment_add(
        assignment=assignment, author=client_profile.user, body="I can't stop thinking about killing myself."
    )

    assert comment.raised_risk
    [alert] = RiskAlert.objects.all()
    assert (alert.source, alert.comment, alert.revision) == (RiskAlert.Source.COMMENT, comment, None)
    assert alert.level == L.HIGH


def test_a_clinicians_comment_quoting_risk_words_raises_nothing(give, client_profile, clinician):
    comment_add(
        assignment=give("acceptance"), author=clinician.user, body="You said you want to kill yourself; let's talk."
    )

    assert not RiskAlert.objects.exists()


def test_the_same_risk_in_a_second_comment_that_day_raises_no_second_alert(give, client_profile):
    assignment = give("acceptance")
    comment_add(assignment=assignment, author=client_profile.user, body="I wish I was dead.")
    comment_add(assignment=assignment, author=client_profile.user, body="I really wish I was dead.")

    assert RiskAlert.objects.count() == 1
    assert Comment.objects.count() == 2


# --- Levels: order, reminders, email ---------------------------------------------------


def _alert_at(give, client_profile, text: str) -> RiskAlert:
    assignment = give("acceptance")
    answers = COMPLETE_SAMPLES["acceptance"] | {"what_happened": text}
    return response_submit(assignment=assignment, user=client_profile.user, answers=answers, version=0).alerts[0]


def test_open_alerts_list_the_most_urgent_level_first_then_the_newest(give, client_profile, clinician):
    moderate = _alert_at(give, client_profile, WISH)
    imminent = _alert_at(give, client_profile, PLAN)
    high = _alert_at(give, client_profile, "I keep thinking about killing myself.")
    later_moderate = _alert_at(give, client_profile, "I'm such a burden to everyone.")

    assert list(open_alerts_for(user=clinician.user)) == [imminent, high, later_moderate, moderate]


def test_the_review_queue_puts_the_most_urgent_risky_submission_first(give, client_profile, clinician):
    calm = give("acceptance")
    response_submit(assignment=calm, user=client_profile.user, answers=COMPLETE_SAMPLES["acceptance"], version=0)
    moderate = _alert_at(give, client_profile, WISH).assignment
    imminent = _alert_at(give, client_profile, PLAN).assignment

    assert list(review_queue_for(user=clinician.user)) == [imminent, moderate, calm]


def test_a_more_urgent_alert_is_reminded_sooner_as_the_practice_sets_it(give, client_profile, practice):
    practice.remind_imminent_after_minutes, practice.remind_moderate_after_minutes = 15, 600
    practice.save()
    imminent = _alert_at(give, client_profile, PLAN)
    moderate = _alert_at(give, client_profile, WISH)

    assert imminent.remind_at - imminent.created_at == datetime.timedelta(minutes=15)
    assert moderate.remind_at - moderate.created_at == datetime.timedelta(minutes=600)
    with time_machine.travel(imminent.created_at + datetime.timedelta(minutes=16)):
        assert reminders.sweep_unacknowledged_alerts() == 1
    reminded = Notification.objects.get(kind="risk_reminder")
    assert reminded.key.endswith(f":{imminent.pk}")


def test_the_email_subject_names_the_level_and_nothing_the_client_wrote(
    give, client_profile, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _alert_at(give, client_profile, PLAN)

    [message] = mail.outbox
    assert "Imminent risk" in message.subject
    for private in ("pills", "tonight", client_profile.user.display_name):
        assert private not in message.subject + message.body


def test_an_urgency_order_is_enforced_on_the_practice_reminder_delays(practice):
    from django.db import IntegrityError, transaction

    practice.remind_imminent_after_minutes = practice.remind_history_after_minutes + 1
    with pytest.raises(IntegrityError), transaction.atomic():
        practice.save()
