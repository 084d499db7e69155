"""The client page: charts, timeline and open work, proposed next steps, and a client who may be dropping out."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments.models import PathwayProposal
from assignments.services import comment_add
from tests.clinicians.pages import page

pytestmark = pytest.mark.django_db


def test_the_client_page_has_charts_timeline_and_open_work(signed_in, client_profile, give, submit):
    submit(give("phq-9"))
    open_one = give("acceptance")
    comment_add(assignment=open_one, author=client_profile.user, body="Starting soon")

    response = page(signed_in, "clinicians:client_detail", client_profile.pk)

    context = response.context
    assert set(context["charts"]) == {"phq9", "gad7", "mood", "adherence"}
    assert [w.assignment.pk for w in context["page"].open_work] == [open_one.pk]
    kinds = {event.kind for week in context["page"].timeline for event in week.events}
    assert {"given", "submitted", "comment"} <= kinds
    body = response.content.decode()
    assert "One PHQ-9 so far: 9 (mild)" in body
    assert "The numbers" in body
    # Only the charts with something in them are drawn; the others are named in one line.
    assert body.count('class="chart"') == len([c for c in context["charts"].values() if not c.is_empty]) >= 1
    assert "Not charted until there are some:" in body and "mood check-ins" in body


def test_a_new_client_gets_one_line_instead_of_four_empty_charts(signed_in, client_profile):
    body = page(signed_in, "clinicians:client_detail", client_profile.pk).content.decode()

    assert 'class="chart"' not in body
    assert "Nothing to chart yet." in body


def test_the_care_team_card_dates_the_start_of_care_not_the_latest_hand_over(signed_in, clinician, client_profile):
    from clients.models import CareTeamMember
    from tests.factories import ClinicianFactory, UserFactory

    first = ClinicianFactory(user=UserFactory(role="clinician", practice=clinician.user.practice))
    CareTeamMember.objects.create(
        client=client_profile,
        clinician=first,
        is_primary=False,
        started_on=datetime.date(2025, 3, 1),
        ended_on=datetime.date(2025, 9, 1),
    )

    body = page(signed_in, "clinicians:client_detail", client_profile.pk).content.decode()

    assert "In care here since 1 March 2025." in body
    assert "From 1 Mar 2025 until 1 Sep 2025" in body
    assert f"On the team since {timezone.localdate():%-d %b %Y}" in body


def test_a_daily_series_is_one_line_of_open_work(signed_in, client_profile, give):
    give("daily-habits", recurrence="daily", occurrences=7)

    [entry] = page(signed_in, "clinicians:client_detail", client_profile.pk).context["page"].open_work

    assert entry.more == 6


def test_a_proposed_next_step_can_be_sent_or_dismissed(signed_in, clinician, client_profile, template, submit):
    from assignments.pathway import pathway_start

    _, first = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    check_in = next(a for a in first if a.pathway_step == "feelings-check-in")
    submit(check_in)
    proposal = PathwayProposal.objects.get(after=check_in)
    context = page(signed_in, "clinicians:client_detail", client_profile.pk).context
    assert [p.title for p in context["page"].proposals] == [template("validity-analysis").current_version.title]

    response = signed_in.post(reverse("clinicians:proposal_confirm", args=[client_profile.pk, proposal.pk]))

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "sent" and proposal.created_assignment.client == client_profile
    again = signed_in.post(reverse("clinicians:proposal_dismiss", args=[client_profile.pk, proposal.pk]), follow=True)
    assert "already been sent or dismissed" in again.content.decode()


def test_dismissing_a_proposed_step(signed_in, clinician, client_profile, library, submit):
    from assignments.pathway import pathway_start

    _, first = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    check_in = next(a for a in first if a.pathway_step == "feelings-check-in")
    submit(check_in)
    proposal = PathwayProposal.objects.get(after=check_in)

    signed_in.post(reverse("clinicians:proposal_dismiss", args=[client_profile.pk, proposal.pk]))

    proposal.refresh_from_db()
    assert proposal.status == "dismissed"


def test_the_client_page_says_when_a_client_may_be_dropping_out(signed_in, client_profile):
    from clients.models import Client

    assert "May be dropping out" not in page(signed_in, "clinicians:client_detail", client_profile.pk).content.decode()
    Client.objects.filter(pk=client_profile.pk).update(disengaged_since=timezone.now() - datetime.timedelta(days=2))

    body = page(signed_in, "clinicians:client_detail", client_profile.pk).content.decode()

    assert "May be dropping out" in body and "at most every three days" in body
