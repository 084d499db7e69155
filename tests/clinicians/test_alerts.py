"""The alerts page: the words that raised an alert, shown in context, and acknowledging it with a note."""

import pytest
from django.urls import reverse

from assignments.library import EXAMPLES
from tests.clinicians.pages import page

pytestmark = pytest.mark.django_db


def test_the_alerts_page_shows_the_triggering_answer_in_context(signed_in, give, submit, risky_phq9):
    submit(give("phq-9"), risky_phq9)

    response = page(signed_in, "clinicians:alerts")

    [alert] = response.context["alerts"]
    [trigger] = alert.triggers
    assert trigger.question.startswith("Thoughts that you would be better off dead")
    assert trigger.answer == "Several days"
    assert trigger.asked_as.startswith("Over the last 2 weeks")
    assert trigger.level == "moderate"
    assert "Moderate</span> risk" in response.content.decode()


def test_an_answer_with_several_risky_phrases_is_one_block_with_each_phrase_marked(signed_in, give, submit):
    text = "Most days I want to die. I have been cutting my arms again."
    submit(give("acceptance"), EXAMPLES["acceptance"] | {"what_happened": text})

    response = page(signed_in, "clinicians:alerts")

    [alert] = response.context["alerts"]
    [trigger] = alert.triggers
    assert len(trigger.reasons) >= 2
    marked = [piece for piece, matched in trigger.parts if matched]
    assert any("want to die" in piece for piece in marked) and any("cutting my arms" in piece for piece in marked)
    assert "".join(piece for piece, _ in trigger.parts) == text
    html = response.content.decode()
    assert "<mark>want to die</mark>" in html or "<mark>I want to die</mark>" in html


STEM = {"linkId": "stem", "type": "display", "text": "Thinking about last week:"}
QUESTION = {"linkId": "q", "type": "text", "text": "What went through your mind?"}
OTHER = {"linkId": "other", "type": "text", "text": "Anything else?"}
HIDDEN_STEM = STEM | {"enableWhen": [{"question": "other", "operator": "exists", "answer": True}]}


@pytest.mark.parametrize(
    ("items", "answers", "asked_as"),
    [
        pytest.param([STEM, QUESTION], {}, "Thinking about last week:", id="stem-just-before"),
        pytest.param([STEM, OTHER, QUESTION], {}, "Thinking about last week:", id="stem-over-a-run"),
        pytest.param([HIDDEN_STEM, OTHER, QUESTION], {}, "", id="stem-hidden-by-enableWhen"),
        pytest.param([HIDDEN_STEM, OTHER, QUESTION], {"other": "yes"}, "Thinking about last week:", id="stem-shown"),
        pytest.param([{"linkId": "g", "type": "group", "item": [STEM]}, QUESTION], {}, "", id="stem-in-another-group"),
        pytest.param([STEM, {"linkId": "g", "type": "group", "item": [OTHER]}, QUESTION], {}, "", id="group-ends-run"),
        pytest.param(
            [{"linkId": "g", "type": "group", "item": [STEM, QUESTION]}], {}, "Thinking about last week:", id="in-group"
        ),
        pytest.param([QUESTION, STEM], {}, "", id="stem-after"),
    ],
)
def test_an_answer_is_quoted_under_the_words_the_client_was_shown(items, answers, asked_as):
    from clinicians.alerts import _stem_seen

    assert _stem_seen(items, "q", answers) == asked_as


def test_an_alert_from_a_comment_shows_the_comment_and_its_level(signed_in, give, client_profile):
    from assignments.services import comment_add

    comment_add(assignment=give("acceptance"), author=client_profile.user, body="I keep thinking about killing myself.")

    response = page(signed_in, "clinicians:alerts")

    [alert] = response.context["alerts"]
    [trigger] = alert.triggers
    assert (alert.source, alert.level) == ("comment", "high")
    assert trigger.question == "A comment" and "killing myself" in trigger.answer


def test_risk_language_in_a_repeating_group_is_shown_with_its_words(signed_in, give, submit):
    goals = EXAMPLES["growth-goals"]
    entry = goals["goals"][0] | {"why_it_matters": "Some days I want to kill myself over this."}
    submit(give("growth-goals"), goals | {"goals": [entry, *goals["goals"][1:]]})

    response = page(signed_in, "clinicians:alerts")

    [alert] = response.context["alerts"]
    [trigger] = alert.triggers
    assert trigger.question == "Why does this matter to you?"
    assert "Some days I want to <mark>kill myself</mark> over this." in response.content.decode()
    assert "kill myself" in trigger.answer
    assert [piece for piece, matched in trigger.parts if matched] == ["kill myself"]


def test_acknowledging_an_alert_with_a_note(signed_in, clinician, give, submit, risky_phq9):
    [alert] = submit(give("phq-9"), risky_phq9).alerts

    response = signed_in.post(
        reverse("clinicians:alert_acknowledge", args=[alert.pk]), {f"alert-{alert.pk}-note": "Phoned; safety plan."}
    )

    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.acknowledged_by == clinician.user and alert.acknowledgement_note == "Phoned; safety plan."
    follow = page(signed_in, "clinicians:alerts")
    assert follow.context["alerts"] == []
    assert [a.pk for a in follow.context["recent"]] == [alert.pk]


def test_a_note_that_is_too_long_is_refused(signed_in, give, submit, risky_phq9):
    [alert] = submit(give("phq-9"), risky_phq9).alerts

    response = signed_in.post(
        reverse("clinicians:alert_acknowledge", args=[alert.pk]), {f"alert-{alert.pk}-note": "x" * 2001}
    )

    assert response.status_code == 400
    assert "at most 2000 characters" in response.content.decode()
    alert.refresh_from_db()
    assert alert.acknowledged_at is None


def test_an_acknowledged_alert_cannot_be_acknowledged_again(signed_in, give, submit, risky_phq9):
    [alert] = submit(give("phq-9"), risky_phq9).alerts
    url = reverse("clinicians:alert_acknowledge", args=[alert.pk])
    signed_in.post(url)

    assert signed_in.post(url).status_code == 404
