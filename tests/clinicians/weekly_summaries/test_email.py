"""The weekly summary's email: text and HTML, at the detail the practice chose, never naming a client or quoting an
answer."""

import pytest
import time_machine

from assignments.library import EXAMPLES
from clinicians import summaries
from clinicians.models import WeeklySummary
from notifications.models import Notification
from notifications.services import relay
from tests.clinicians.weekly_summaries.fortnight import Week, summary_emails

pytestmark = pytest.mark.django_db


def email_for(clinician, detail: str):
    practice = clinician.user.practice
    practice.summary_email_detail = detail
    practice.save(update_fields=["summary_email_detail"])
    with time_machine.travel(Week.end, tick=False):
        summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)
        relay()
    (email,) = summary_emails()
    html = email.alternatives[0][0] if email.alternatives else ""
    return email, html


@pytest.mark.parametrize("detail", ["link_only", "counts", "initials"])
def test_the_email_comes_as_text_and_html_and_never_names_a_client_or_quotes_an_answer(week, blair, clinician, detail):
    email, html = email_for(clinician, detail)

    assert email.alternatives[0][1] == "text/html"
    assert "/clinician/summaries/" in email.body and "/clinician/summaries/" in html
    assert "/clinician/settings/" in email.body and "/clinician/settings/" in html
    for text in (email.subject + email.body, html):
        assert "9 November to 16 November 2026" in text
        for private in ("Alex", "Blair", "Quinn", EXAMPLES["acceptance"]["what_happened"][:30], "Moderately"):
            assert private not in text


def test_counts_only_emails_carry_the_caseload_figures(week, blair, clinician):
    email, html = email_for(clinician, "counts")

    assert "Exercises completed: 4 of 5 (the week before: 4 of 4)" in email.body
    assert "Open risk alerts: 1" in email.body
    assert "At risk of dropping out: 1" in email.body
    assert "PHQ-9 / GAD-7 band changes: 1 better, 0 worse" in email.body
    assert "<strong>4 of 5</strong>" in html


def test_link_only_emails_carry_no_figures(week, blair, clinician):
    email, html = email_for(clinician, "link_only")

    assert "Exercises completed" not in email.body
    assert "risk" not in email.body.lower()
    assert "Exercises completed" not in html


def test_initials_emails_list_clients_by_initials_and_band(week, blair, clinician):
    email, html = email_for(clinician, "initials")

    assert "A: 4 of 5 done; PHQ-9 moderate; open alert" in email.body
    assert "BQ: none due; may be dropping out" in email.body and "0 of 0" not in email.body + html
    assert '<td style="padding: 4px 12px 4px 0;">BQ</td>' in html


def test_a_clinician_who_turned_off_emails_still_gets_the_summary_in_the_dashboard(week, clinician):
    clinician.email_notifications = False
    clinician.save(update_fields=["email_notifications"])
    with time_machine.travel(Week.end, tick=False):
        summaries.weekly_summary_create(clinician=clinician, week_of=Week.end.date(), period_end=Week.end)

    assert WeeklySummary.objects.filter(clinician=clinician).count() == 1
    assert not Notification.objects.filter(kind=Notification.Kind.WEEKLY_SUMMARY).exists()
