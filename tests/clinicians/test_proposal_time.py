"""Sending a proposed next step of the pathway at another time, given in the client's own time zone
(a plain form post, so it works without JavaScript); bad times are refused and change nothing."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment, PathwayProposal

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def proposal(clinician, client_profile, library, submit):
    from assignments.pathway import pathway_start

    client_profile.time_zone = "America/New_York"
    client_profile.save(update_fields=["time_zone"])
    _, first = pathway_start(
        clinician_user=clinician.user, client=client_profile, start_at=timezone.now() + datetime.timedelta(hours=1)
    )
    submit(next(a for a in first if a.pathway_step == "feelings-check-in"))
    return PathwayProposal.objects.get(status="proposed")


@pytest.fixture
def signed_in(client, clinician):
    client.force_login(clinician.user)
    return client


def send(client, proposal, **fields):
    data = {f"proposal-{proposal.pk}-{name}": value for name, value in fields.items()}
    path = reverse("clinicians:proposal_confirm", args=[proposal.enrollment.client_id, proposal.pk])
    return client.post(path, data)


def nothing_changed(proposal) -> bool:
    proposal.refresh_from_db()
    return proposal.status == "proposed" and not Assignment.objects.filter(pathway_step=proposal.step).exists()


def test_the_form_starts_at_the_proposed_time_in_the_clients_zone(signed_in, proposal):
    page = signed_in.get(reverse("clinicians:client_detail", args=[proposal.enrollment.client_id]))

    [shown] = page.context["page"].proposals
    local = proposal.due_at.astimezone(NEW_YORK)
    assert shown.send_form["due_date"].value() == local.date()
    assert shown.send_form["due_time"].value() == local.time().replace(second=0, microsecond=0)
    body = page.content.decode()
    assert "Send at another time" in body and "America/New York" in body


def test_a_proposed_step_is_sent_at_the_chosen_time_in_the_clients_zone(signed_in, proposal):
    day = (timezone.now().astimezone(NEW_YORK) + datetime.timedelta(days=5)).date()

    response = send(signed_in, proposal, due_date=day.isoformat(), due_time="08:30")

    assert response.status_code == 302 and response["Location"].endswith("#next-steps")
    proposal.refresh_from_db()
    assert proposal.status == "sent"
    expected = datetime.datetime.combine(day, datetime.time(8, 30), tzinfo=NEW_YORK)
    assert proposal.created_assignment.due_at == expected
    assert proposal.created_assignment.pathway_step == "validity-analysis"
    message = signed_in.get(response["Location"]).content.decode()
    assert f"due {expected:%a} {expected.day} {expected:%b}, 08:30 their time (America/New York)" in message


def test_sending_as_proposed_still_uses_the_proposed_time(signed_in, proposal):
    assert send(signed_in, proposal).status_code == 302

    proposal.refresh_from_db()
    assert proposal.status == "sent" and proposal.created_assignment.due_at == proposal.due_at


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"due_date": "2001-01-01", "due_time": "20:00"}, "Choose a due date and time in the future."),
        ({"due_date": "today", "due_time": "00:00"}, "Choose a due date and time in the future."),
        ({"due_date": "31/31/2030", "due_time": "20:00"}, "Enter a date like 2026-03-31."),
        ({"due_date": "", "due_time": "20:00"}, "Choose a due date."),
        ({"due_date": "tomorrow", "due_time": "25:99"}, "Enter a time like 20:00."),
        ({"due_date": "tomorrow", "due_time": ""}, "Choose a due time."),
    ],
)
def test_a_bad_time_is_refused_next_to_the_field_and_nothing_changes(signed_in, proposal, fields, message):
    local_today = timezone.now().astimezone(NEW_YORK).date()
    days = {"today": local_today, "tomorrow": local_today + datetime.timedelta(days=1)}
    fields = {name: days[value].isoformat() if value in days else value for name, value in fields.items()}

    response = send(signed_in, proposal, **fields)

    assert response.status_code == 400
    assert message in response.content.decode()
    [shown] = response.context["page"].proposals
    assert shown.send_form.errors and shown.send_form.data  # the form comes back as typed, opened
    assert f'id="proposal-{proposal.pk}" open' in response.content.decode()
    assert nothing_changed(proposal)


def test_a_step_already_sent_is_not_sent_again_at_another_time(signed_in, proposal):
    send(signed_in, proposal)
    later = (timezone.now() + datetime.timedelta(days=9)).astimezone(NEW_YORK).date().isoformat()

    response = send(signed_in, proposal, due_date=later, due_time="09:00")

    assert response.status_code == 302
    assert "already been sent or dismissed" in signed_in.get(response["Location"]).content.decode()
    assert Assignment.objects.filter(pathway_step="validity-analysis").count() == 1


@pytest.mark.parametrize("who", ["other_clinician", "foreign_clinician"])
def test_only_the_clients_clinicians_can_send_it(client, request, proposal, who):
    client.force_login(request.getfixturevalue(who).user)
    later = (timezone.now() + datetime.timedelta(days=9)).astimezone(NEW_YORK).date().isoformat()

    assert send(client, proposal, due_date=later, due_time="09:00").status_code == 404
    assert nothing_changed(proposal)
