"""Every figure of a weekly summary, for each client, at the same query cost for one client or twenty."""

import pytest

from clinicians import summaries
from tests.clinicians.weekly_summaries.fortnight import at, build, gad7
from tests.factories import client_of

pytestmark = pytest.mark.django_db


def test_the_summary_gives_every_figure_for_each_client(week, blair, clinician, other_client_profile):
    data = build(clinician)

    assert [row["name"] for row in data["clients"]] == ["Alex", "Blair Quinn"]  # open alert first
    alex, quinn = data["clients"]
    # Due 9–16 Nov: check-ins on the 9th, 10th (done) and 11th (not), the PHQ-9 and the acceptance exercise (done).
    assert alex["adherence"] == {"assigned": 5, "completed": 4, "previous_assigned": 4, "previous_completed": 4}
    assert alex["measures"]["phq9"] == {
        "latest": 12,
        "band": "Moderate",
        "band_code": "moderate",
        "previous": 16,
        "previous_band": "Moderately severe",
        "change": -4,
        "band_move": "better",
    }
    assert alex["measures"]["gad7"] is None  # no GAD-7 this week
    assert alex["mood"] == {"average": 5.0, "previous_average": 2.5, "direction": "up", "entries": 2}
    assert alex["rumination"] == {"average": 5.0, "previous_average": 7.5, "direction": "down", "entries": 2}
    assert alex["open_alerts"] == 1
    assert alex["awaiting_review"] == 8  # all eight submissions of the fortnight, none reviewed yet
    assert len(alex["discuss"]) == 1
    assert alex["dropout_risk_since"] is None
    assert alex["initials"] == "A"

    assert quinn["adherence"] == {"assigned": 0, "completed": 0, "previous_assigned": 0, "previous_completed": 0}
    assert quinn["measures"] == {"phq9": None, "gad7": None}
    assert quinn["mood"] is None
    assert quinn["dropout_risk_since"] == "2026-11-10"
    assert quinn["initials"] == "BQ"

    assert data["totals"] == {
        "clients": 2,
        "assigned": 5,
        "completed": 4,
        "previous_assigned": 4,
        "previous_completed": 4,
        "open_alerts": 1,
        "awaiting_review": 8,
        "dropout_risk": 1,
        "discuss": 1,
        "bands_better": 1,
        "bands_worse": 0,
    }


def test_the_discussion_item_is_named_by_its_question(week, clinician, template):
    (alex,) = build(clinician)["clients"]
    items = {item["linkId"]: item for item in template("acceptance").current_version.items}

    assert [d["question"] for d in alex["discuss"]] == [items["what_happened"]["text"]]


def test_a_band_getting_worse_puts_the_client_among_those_needing_attention(week, blair, clinician):
    (gad_now,) = week.give("gad-7", at(2026, 11, 14, 20, 0))
    week.send(gad_now, gad7(15), at(2026, 11, 14, 10, 0))

    alex = build(clinician)["clients"][0]

    assert alex["measures"]["gad7"]["band_move"] == "worse"
    assert alex["measures"]["gad7"]["band"] == "Severe"
    assert summaries.needs_attention(alex)


def test_building_costs_the_same_queries_for_one_client_or_twenty(week, clinician, django_assert_num_queries):
    with django_assert_num_queries(8) as few:
        build(clinician)
    for n in range(19):
        client_of(clinician, display_name=f"Client {n}")
    with django_assert_num_queries(len(few.captured_queries)):
        assert len(build(clinician)["clients"]) == 20
