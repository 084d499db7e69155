"""The SVG charts: well-formed, scaled, shaded by band, escaped, and each with its text alternative."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from assignments import measures
from clinicians import charts

NS = {"svg": "http://www.w3.org/2000/svg"}
D = datetime.date


def parse(svg) -> ET.Element:
    return ET.fromstring(str(svg))


def phq(*scores_by_day):
    return [{"date": D(2026, 3, day), "score": score} for day, score in scores_by_day]


def test_a_scale_maps_its_domain_onto_its_range():
    scale = charts.Scale(0, 10, 100, 200)

    assert scale(0) == 100
    assert scale(5) == 150
    assert scale(10) == 200


def test_a_scale_with_a_single_value_puts_it_in_the_middle():
    assert charts.Scale(3, 3, 0, 100)(3) == 50


def test_the_measure_chart_is_well_formed_svg_named_by_its_summary():
    chart = charts.measure_chart(phq((2, 16), (16, 13), (30, 10)), measure="phq9")

    root = parse(chart.svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == chart.summary_id == "chart-phq9-summary"
    assert root.find("svg:title", NS).text


def test_the_phq9_chart_shades_all_five_bands_from_bottom_to_top_without_gaps():
    root = parse(charts.measure_chart(phq((2, 16)), measure="phq9").svg)

    bands = root.findall("svg:rect[@data-band]", NS)
    assert [b.get("data-band") for b in bands] == ["minimal", "mild", "moderate", "moderately_severe", "severe"]
    tops = [float(b.get("y")) for b in bands]
    bottoms = [float(b.get("y")) + float(b.get("height")) for b in bands]
    assert bottoms[0] == pytest.approx(charts.HEIGHT - charts.PAD_BOTTOM)
    assert tops[-1] == pytest.approx(charts.PAD_TOP)
    for lower_top, upper_bottom in zip(tops, bottoms[1:], strict=False):
        assert lower_top == pytest.approx(upper_bottom, abs=0.1)


def test_the_gad7_chart_has_its_four_bands():
    root = parse(charts.measure_chart([], measure="gad7").svg)

    assert [b.get("data-band") for b in root.findall("svg:rect[@data-band]", NS)] == [
        "minimal",
        "mild",
        "moderate",
        "severe",
    ]


def test_points_go_left_to_right_in_time_and_higher_scores_sit_higher():
    root = parse(charts.measure_chart(phq((30, 10), (2, 16), (16, 13)), measure="phq9").svg)

    dots = [(float(c.get("cx")), float(c.get("cy"))) for c in root.findall("svg:circle", NS)]
    assert [x for x, _ in dots] == sorted(x for x, _ in dots)
    assert dots[0][1] < dots[1][1] < dots[2][1]  # 16, 13, 10: SVG's y grows downwards
    assert len(root.find("svg:polyline", NS).get("points").split()) == 3


def test_a_score_of_zero_sits_on_the_axis_and_the_maximum_at_the_top():
    root = parse(charts.measure_chart(phq((1, 0), (8, 27)), measure="phq9").svg)

    low, high = (float(c.get("cy")) for c in root.findall("svg:circle", NS))
    assert low == pytest.approx(charts.HEIGHT - charts.PAD_BOTTOM)
    assert high == pytest.approx(charts.PAD_TOP)


def test_each_point_has_a_tooltip_with_its_score_band_and_date():
    root = parse(charts.measure_chart(phq((2, 16)), measure="phq9").svg)

    assert root.find("svg:circle/svg:title", NS).text == "PHQ-9 16 (moderately severe) on 2 March 2026"


def test_the_summary_says_where_the_scores_went_and_that_lower_is_better():
    chart = charts.measure_chart(phq((2, 16), (16, 13), (30, 10)), measure="phq9")

    assert chart.summary == (
        "PHQ-9 went from 16 (moderately severe) on 2 March 2026 to 10 (moderate) on 30 March 2026, "
        "6 points lower, over 3 scores (lower is better)."
    )


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([], "No PHQ-9 scores yet."),
        ([{"date": D(2026, 3, 2), "score": 4}], "One PHQ-9 so far: 4 (minimal) on 2 March 2026."),
    ],
)
def test_the_summary_of_few_scores(points, expected):
    assert charts.measure_summary(points, measure="phq9") == expected


def test_a_rise_of_one_point_is_said_in_the_singular():
    assert "1 point higher" in charts.measure_summary(phq((2, 9), (9, 10)), measure="phq9")


def test_the_data_table_has_a_row_per_score_with_its_band():
    chart = charts.measure_chart(phq((2, 16), (16, 4)), measure="phq9")

    assert chart.headers == ["Date", "PHQ-9 total (0–27)", "Severity"]
    assert chart.rows == [["2 March 2026", "16", "Moderately severe"], ["16 March 2026", "4", "Minimal"]]


def test_an_empty_chart_still_draws_its_axes_and_says_so():
    chart = charts.measure_chart([], measure="gad7", end=D(2026, 3, 30))

    root = parse(chart.svg)
    assert root.find("svg:polyline", NS) is None
    assert "No GAD-7 scores yet" in "".join(root.itertext())
    assert chart.is_empty


def test_the_time_axis_can_be_wider_than_the_data():
    narrow = parse(charts.measure_chart(phq((16, 10)), measure="phq9").svg)
    wide = parse(charts.measure_chart(phq((16, 10)), measure="phq9", start=D(2026, 3, 1), end=D(2026, 3, 31)).svg)

    centre = (charts.PAD_LEFT + charts.WIDTH - charts.PAD_RIGHT) / 2
    assert float(narrow.find("svg:circle", NS).get("cx")) == pytest.approx(centre)
    assert float(wide.find("svg:circle", NS).get("cx")) == pytest.approx(centre, abs=8)


def test_the_mood_chart_draws_mood_and_rumination_as_two_lines():
    entries = [
        {"date": D(2026, 3, day), "value": mood, "rumination": rumination}
        for day, mood, rumination in [(1, 3, 8), (2, 5, 6), (3, 7, None)]
    ]
    chart = charts.mood_chart(entries)

    root = parse(chart.svg)
    lines = root.findall("svg:polyline", NS)
    assert len(lines) == 2
    assert len(root.findall("svg:circle", NS)) == 3  # mood
    assert len(root.findall("svg:rect", NS)) == 2  # rumination, only where answered
    assert chart.summary == (
        "Over 3 days logged, mood averaged 5 out of 10 (from 3 to 7); "
        "thoughts of the rejection averaged 7 out of 10 (from 8 to 6)."
    )
    assert chart.rows[-1] == ["3 March 2026", "7", "—"]


def test_the_mood_chart_without_entries():
    chart = charts.mood_chart([], end=D(2026, 3, 30))

    assert chart.summary == "No daily habits logged yet."
    assert chart.is_empty


def week(day, due, done):
    return {"week_start": D(2026, 3, day), "due": due, "completed": done, "adherence": done / due if due else None}


def test_the_adherence_chart_has_a_bar_per_week_with_something_due_sized_by_the_share_done():
    chart = charts.adherence_chart([week(2, 4, 4), week(9, 4, 2), week(16, 0, 0)])

    root = parse(chart.svg)
    bars = root.findall("svg:rect[@class='chart__bar']", NS)
    assert len(bars) == 2
    full, half = (float(b.get("height")) for b in bars)
    assert half == pytest.approx(full / 2)
    assert bars[0].find("svg:title", NS).text == "Week of 2 March 2026: 4 of 4 done"
    assert chart.rows[2] == ["Week of 16 March 2026", "0", "0", "—"]
    assert chart.summary == "Over the last 3 weeks, 6 of 8 pieces of homework were done (75%)."


def test_the_adherence_summary_mentions_this_week():
    assert charts.adherence_summary([week(2, 2, 1), week(9, 3, 1)]).endswith("This week so far: 1 of 3.")


def test_nothing_due_makes_an_empty_adherence_chart():
    chart = charts.adherence_chart([week(2, 0, 0), week(9, 0, 0)])

    assert chart.summary == "Nothing was due in the last 2 weeks."
    assert chart.is_empty


def test_text_in_a_chart_is_escaped():
    svg = charts.sparkline([0.5], label='<script>alert("x")</script> & more')

    assert "<script>" not in svg
    assert parse(svg).get("aria-label") == '<script>alert("x")</script> & more'


def test_a_sparkline_has_a_bar_per_value_and_a_gap_for_none():
    root = parse(charts.sparkline([1.0, None, 0.25, 0], label="Done per week"))

    rects = root.findall("svg:rect", NS)
    assert len(rects) == 4
    assert [r.get("class") for r in rects] == [
        "spark__bar",
        "spark__gap",
        "spark__bar spark__bar--low",
        "spark__bar spark__bar--low",
    ]
    assert float(rects[0].get("height")) > float(rects[2].get("height")) >= float(rects[3].get("height"))
    assert root.get("role") == "img" and root.get("aria-label") == "Done per week"


def test_values_outside_zero_to_one_are_clamped_in_a_sparkline():
    root = parse(charts.sparkline([7, -2], label="x", height=26))

    high, low = (float(r.get("height")) for r in root.findall("svg:rect", NS))
    assert high == pytest.approx(24)
    assert low == pytest.approx(2)


def test_the_progress_charts_share_one_time_axis_for_both_measures():
    progress = {
        "measures": {"phq9": phq((2, 16)), "gad7": [{"date": D(2026, 3, 20), "score": 8}]},
        "mood": [],
        "adherence_by_week": [week(2, 1, 1)],
    }

    found = charts.progress_charts(progress, today=D(2026, 3, 30))

    assert set(found) == {"phq9", "gad7", "mood", "adherence"}
    first_tick = [parse(found[key].svg).findall("svg:text", NS) for key in ("phq9", "gad7")]
    dates = [[t.text for t in texts if t.get("text-anchor") == "middle"] for texts in first_tick]
    assert dates[0][0] == dates[1][0] == "2 Mar"
    assert dates[0][-1] == dates[1][-1] == "30 Mar"


def test_the_band_for_a_score():
    assert measures.band_for(measures.PHQ9_BANDS, 15).label == "Moderately severe"
    assert measures.band_for(measures.GAD7_BANDS, 21).code == "severe"
    assert measures.band_for(measures.GAD7_BANDS, None) is None


def test_eight_weeks_are_labelled_every_other_week_ending_with_this_one():
    weeks = [week(2, 1, 1)] + [
        {"week_start": D(2026, 3, 2) + datetime.timedelta(weeks=n), "due": 1, "completed": 1, "adherence": 1.0}
        for n in range(1, 8)
    ]

    root = parse(charts.adherence_chart(weeks).svg)

    labels = [t.text for t in root.findall("svg:text[@class='chart__label']", NS) if t.get("text-anchor") == "middle"]
    assert labels == ["9 Mar", "23 Mar", "6 Apr", "20 Apr"]
