"""The dashboard's caseload: each client's row, its order, filters and sorts, and an empty caseload."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from assignments.library import EXAMPLES
from tests.clinicians.pages import page
from tests.factories import client_of

pytestmark = pytest.mark.django_db


def test_the_caseload_shows_each_clients_row(signed_in, client_profile, give, submit):
    submit(give("phq-9", due_at=timezone.now() - datetime.timedelta(hours=1)), EXAMPLES["phq-9"])  # 9, mild
    give("acceptance", due_at=timezone.now() - datetime.timedelta(days=2))  # overdue

    response = page(signed_in, "clinicians:caseload")

    [row] = response.context["table"].rows
    assert row.pk == client_profile.pk
    assert row.phq9.score == 9 and row.phq9.band == "mild" and row.phq9.direction == "first"
    assert row.awaiting_review == 1
    assert row.overdue == 1
    assert row.adherence == 0.5
    assert row.last_activity_at is not None
    body = response.content.decode()
    assert "Alex" in body and "Mild" in body and "1 waiting" in body and "1 overdue" in body


def test_the_caseload_shows_the_direction_of_change(signed_in, clinician, give, submit):
    submit(give("phq-9"), EXAMPLES["phq-9"])
    with time_machine.travel(timezone.now() + datetime.timedelta(days=14)):
        submit(give("phq-9"), EXAMPLES["phq-9"] | {"phq9_1": "0", "phq9_2": "0"})
        signed_in.force_login(clinician.user)

        [row] = page(signed_in, "clinicians:caseload").context["table"].rows

    assert row.phq9.previous == 9
    assert row.phq9.direction == "down" and row.phq9.amount == 3


def test_a_client_with_an_open_alert_comes_first_whatever_the_sort(signed_in, clinician, give, submit, risky_phq9):
    client_of(clinician, display_name="Aaron")
    at_risk = client_of(clinician, display_name="Zoe")
    submit(give("phq-9", client=at_risk), risky_phq9)

    for sort in ("attention", "name", "next_due", "adherence", "phq9"):
        rows = page(signed_in, "clinicians:caseload", sort=sort).context["table"].rows
        assert rows[0].pk == at_risk.pk, sort
        assert rows[0].open_alerts == 1


def test_the_caseload_filters(signed_in, clinician, client_profile, give, submit, risky_phq9):
    waiting = client_of(clinician, display_name="Waiting")
    submit(give("acceptance", client=waiting))
    late = client_of(clinician, display_name="Late")
    give("acceptance", client=late, due_at=timezone.now() - datetime.timedelta(hours=3))
    risky = client_of(clinician, display_name="Risky")
    submit(give("phq-9", client=risky), risky_phq9)

    def names(show):
        rows = page(signed_in, "clinicians:caseload", show=show).context["table"].rows
        return {row.user.display_name for row in rows}

    assert names("review") == {"Waiting", "Risky"}
    assert names("overdue") == {"Late"}
    assert names("risk") == {"Risky"}
    assert names("") == {"Alex", "Waiting", "Late", "Risky"}
    counts = page(signed_in, "clinicians:caseload").context["table"].counts
    assert counts == {"": 4, "risk": 1, "review": 2, "overdue": 1, "dropping": 0}


def test_a_client_flagged_as_dropping_out_is_marked_and_can_be_filtered(signed_in, clinician, client_profile):
    from clients.models import Client

    drifting = client_of(clinician, display_name="Drifting")
    Client.objects.filter(pk=drifting.pk).update(disengaged_since=timezone.now() - datetime.timedelta(days=1))

    response = page(signed_in, "clinicians:caseload", show="dropping")

    assert [row.pk for row in response.context["table"].rows] == [drifting.pk]
    assert "May be dropping out" in response.content.decode()
    rows = page(signed_in, "clinicians:caseload").context["table"].rows
    assert [row.pk for row in rows] == [drifting.pk, client_profile.pk]  # needs attention first


def test_a_severe_score_counts_as_at_risk_without_an_alert(signed_in, give, submit):
    severe = {f"phq9_{n}": "2" for n in range(1, 9)} | {"phq9_9": "0"}  # 16, no item 9

    submit(give("phq-9"), severe)

    [row] = page(signed_in, "clinicians:caseload", show="risk").context["table"].rows
    assert row.at_risk and not row.open_alerts


def test_unknown_filters_and_sorts_fall_back_to_the_defaults(signed_in, client_profile):
    response = page(signed_in, "clinicians:caseload", show="<script>", sort="nonsense")

    table = response.context["table"]
    assert (table.filter, table.sort) == ("", "attention")
    assert [row.pk for row in table.rows] == [client_profile.pk]


def test_the_sparkline_counts_what_was_done_in_each_of_the_last_eight_weeks(signed_in, clinician, give, submit):
    now = timezone.now()
    submit(give("acceptance", due_at=now + datetime.timedelta(hours=1)))
    with time_machine.travel(now + datetime.timedelta(hours=2)):
        give("acceptance", due_at=now - datetime.timedelta(days=10))
        signed_in.force_login(clinician.user)  # a new session: the first has been idle for two hours

        [row] = page(signed_in, "clinicians:caseload").context["table"].rows

    assert row.weekly[-1] == 1.0  # due within the last week, done
    assert row.weekly[-2] == 0.0  # due the week before, not done
    assert row.weekly[:-2] == [None] * 6


def test_an_empty_caseload_invites_a_first_client(client, other_clinician):
    client.force_login(other_clinician.user)

    assert "No clients yet" in page(client, "clinicians:caseload").content.decode()
