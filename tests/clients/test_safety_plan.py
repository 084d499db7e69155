"""The safety plan: what is read as the client's plan, where it is shown, and to whom."""

import re

import pytest
from django.urls import reverse

from assignments.library import EXAMPLES, template_copy
from assignments.models import RiskAlert
from assignments.services import assignment_cancel
from clients.safety_plan import Entry, own_safety_plan, safety_plan_for, safety_plans_for, sections_of
from tests.factories import drafted, submitted

pytestmark = pytest.mark.django_db

PLAN = EXAMPLES["safety-plan"]


@pytest.fixture
def sent_plan(give):
    plan = give("safety-plan")
    submitted(plan, PLAN)
    return plan


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- Reading the plan ----------------------------------------------------------------


def test_the_steps_come_in_the_templates_order_with_empty_steps_left_out(template):
    items = template("safety-plan").current_version.items
    answers = {"reasons_for_living": ["My dog"], "warning_signs": ["Not sleeping", "  "], "coping_alone": []}

    sections = sections_of(items, answers)

    assert [s.title for s in sections] == [
        "1. The signs that a hard time is starting",
        "7. What matters most to me, and is worth getting through this for",
    ]
    assert sections[0].entries == (Entry(text="Not sleeping"),)


@pytest.mark.parametrize(
    ("phone", "tel"),
    [
        ("020 7946 0456", "+442079460456"),  # a national number, read in the practice's default region
        ("+1 415 555 0132", "+14155550132"),
        ("ask at reception", ""),  # not a number: shown as written, no link
        ("12", ""),
    ],
)
def test_a_helpers_number_becomes_a_tap_to_call_link_only_when_it_can_be_dialled(template, phone, tel):
    items = template("safety-plan").current_version.items
    answers = {"helpers": [{"helper": "Priya", "helper_phone": phone}]}

    [section] = sections_of(items, answers)

    assert section.entries == (Entry(text="Priya", phone=phone, tel=tel),)


def test_a_sent_plan_is_the_clients_plan(sent_plan, client_profile):
    plan = own_safety_plan(user=client_profile.user)

    assert plan.assignment_id == sent_plan.pk and plan.finished
    assert len(plan.sections) == 7


def test_a_plan_only_saved_as_a_draft_is_shown_as_unfinished(give, client_profile):
    draft = give("safety-plan")
    drafted(draft, {"warning_signs": ["Not sleeping"]})

    plan = own_safety_plan(user=client_profile.user)

    assert plan.assignment_id == draft.pk and not plan.finished


def test_a_sent_plan_wins_over_a_newer_empty_or_unfinished_one(sent_plan, give, client_profile):
    newer = give("safety-plan")
    drafted(newer, {"warning_signs": ["x"]})
    give("safety-plan")  # given, nothing written

    assert own_safety_plan(user=client_profile.user).assignment_id == sent_plan.pk


def test_a_cancelled_plan_is_not_shown(give, client_profile, clinician):
    draft = give("safety-plan")
    drafted(draft, {"warning_signs": ["x"]})
    assignment_cancel(assignment=draft, clinician_user=clinician.user)

    assert own_safety_plan(user=client_profile.user) is None


def test_a_practice_copy_of_the_plan_counts_as_the_plan(
    template, practice, practice_admin, clinician, client_profile, give
):
    copy = template_copy(template=template("safety-plan"), practice=practice, by=practice_admin)
    from assignments.services import assignment_create

    [given] = assignment_create(
        clinician_user=clinician.user, client=client_profile, template=copy, due_at=give("daily-habits").due_at
    )
    submitted(given, PLAN)

    assert own_safety_plan(user=client_profile.user).assignment_id == given.pk


def test_nobody_outside_the_care_team_reads_the_plan(
    sent_plan, client_profile, clinician, other_clinician, foreign_clinician, other_client_profile, practice_admin
):
    assert safety_plan_for(user=clinician.user, client_id=client_profile.pk) is not None
    for outsider in (other_clinician.user, foreign_clinician.user, other_client_profile.user, practice_admin):
        assert safety_plans_for(user=outsider, client_ids=[client_profile.pk]) == {}
        assert own_safety_plan(user=outsider) is None


# --- The "Need help now?" panel and the plan's own page --------------------------------


def test_without_a_plan_the_panel_offers_the_practices_crisis_lines(client, client_profile, practice):
    client.force_login(client_profile.user)

    html = client.get(reverse("clients:today")).content.decode()

    assert "If you need help now" in html and "data-safety-plan" not in html
    assert practice.crisis_lines[0].split()[0] in html


@pytest.mark.parametrize("page", ["clients:today", "clients:progress", "clients:preferences"])
def test_with_a_plan_every_portal_page_opens_it_before_the_crisis_lines(client, sent_plan, client_profile, page):
    client.force_login(client_profile.user)

    html = client.get(reverse(page)).content.decode()
    panel = html[html.index('id="crisis"') :]

    assert "Start with your safety plan" in panel
    first_step = panel.index("Lying awake replaying what he said")
    assert first_step < panel.index("If you need someone now") < panel.index('class="crisis__lines"')
    assert 'href="tel:+442079460456"' in panel  # Priya, the sister, one tap away


def test_the_plan_page_shows_the_plan_and_the_crisis_lines_once(client, sent_plan, client_profile):
    client.force_login(client_profile.user)

    html = client.get(reverse("clients:safety_plan")).content.decode()

    assert html.count("Biscuit, my dog") == 1  # the footer panel is not repeated below the plan
    assert "If you need someone now" in html and "Print my plan" in html


def test_the_plan_page_without_a_plan_explains_how_to_get_one(client, client_profile):
    client.force_login(client_profile.user)

    html = _text(client.get(reverse("clients:safety_plan")).content.decode())

    assert "You don't have a safety plan yet" in html and "Print my plan" not in html


def test_another_clients_plan_never_reaches_the_panel(client, sent_plan, other_client_profile):
    client.force_login(other_client_profile.user)

    for page in ("clients:today", "clients:safety_plan"):
        assert "Biscuit, my dog" not in client.get(reverse(page)).content.decode()


# --- The care team ------------------------------------------------------------------


def test_the_alert_card_holds_the_clients_plan(client, sent_plan, give, client_profile, clinician):
    risky = give("feelings-check-in")
    drafted(risky, {"what_happened": "I want to kill myself"})
    assert RiskAlert.objects.filter(client=client_profile).exists()
    client.force_login(clinician.user)

    html = client.get(reverse("clinicians:alerts")).content.decode()
    card = html[html.index('class="alert-card"') :]

    assert "Alex's safety plan" in card and "Biscuit, my dog" in card


def test_the_alert_card_says_when_there_is_no_plan(client, give, clinician):
    risky = give("feelings-check-in")
    drafted(risky, {"what_happened": "I want to kill myself"})
    client.force_login(clinician.user)

    html = _text(client.get(reverse("clinicians:alerts")).content.decode())

    assert "No safety plan yet" in html


def test_the_client_page_holds_the_plan_for_the_care_team(client, sent_plan, client_profile, clinician):
    client.force_login(clinician.user)

    html = client.get(reverse("clinicians:client_detail", args=[client_profile.pk])).content.decode()

    assert "Alex's safety plan" in html and "Biscuit, my dog" in html


# --- Warning signs are described, not declared -----------------------------------------


@pytest.mark.parametrize(
    ("link_id", "words", "level"),
    [
        ("warning_signs", "Thinking everyone would be better off without me", "history"),
        ("warning_signs", "I want to kill myself", "history"),
        ("warning_signs", "I have saved up 40 pills and I will take them tonight", "imminent"),
        # Pills saved up are a stockpile, even on the way out of the house: the clinician hears of it at once.
        ("safer_surroundings", "Give the pills I was saving to Priya", "imminent"),
        ("safer_surroundings", "Priya keeps the spare car keys for now", None),
        ("coping_alone", "I want to kill myself", "high"),  # not a place that asks for risk: read as said
    ],
)
def test_risk_words_in_a_plans_warning_signs_are_shown_as_history_unless_imminent(give, link_id, words, level):
    plan = give("safety-plan")
    drafted(plan, {link_id: [words]})

    levels = set(RiskAlert.objects.filter(assignment=plan).values_list("level", flat=True))

    if level is None:
        assert levels <= {"history"}
    else:
        assert levels == {level}


def test_after_a_risky_answer_the_crisis_message_opens_the_plan_first(client, sent_plan, give, client_profile):
    from tests.clients.portal.pages import form_data

    client.force_login(client_profile.user)
    phq = give("phq-9")
    answers = {f"phq9_{n}": "1" for n in range(1, 10)}

    page = client.post(
        reverse("clients:assignment", args=[phq.pk]), form_data(answers, 0, "submit"), follow=True
    ).content.decode()

    message = page[page.index('class="crisis-now"') :]
    assert message.index("Open my safety plan") < message.index('class="crisis-now__lines"')
