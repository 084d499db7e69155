"""The dashboard's pages: what they show, what their forms do, and their errors for bad input."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from assignments.library import EXAMPLES
from assignments.models import Assignment, Comment, PathwayProposal
from assignments.services import assignment_review, comment_add, discussion_flag_set
from clinicians.models import SessionHeld
from tests.factories import client_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, clinician):
    client.force_login(clinician.user)
    return client


def page(client, url_name, *args, **query):
    response = client.get(reverse(url_name, args=args), query)
    assert response.status_code == 200, response.content[:500]
    return response


# --- Caseload -------------------------------------------------------------------------------


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


def test_the_sparkline_counts_what_was_done_in_each_of_the_last_eight_weeks(signed_in, give, submit):
    now = timezone.now()
    submit(give("acceptance", due_at=now + datetime.timedelta(hours=1)))
    with time_machine.travel(now + datetime.timedelta(hours=2)):
        give("acceptance", due_at=now - datetime.timedelta(days=10))

        [row] = page(signed_in, "clinicians:caseload").context["table"].rows

    assert row.weekly[-1] == 1.0  # due within the last week, done
    assert row.weekly[-2] == 0.0  # due the week before, not done
    assert row.weekly[:-2] == [None] * 6


def test_an_empty_caseload_invites_a_first_client(client, other_clinician):
    client.force_login(other_clinician.user)

    assert "No clients yet" in page(client, "clinicians:caseload").content.decode()


# --- Review queue and one assignment ------------------------------------------------------


def test_the_review_queue_lists_submissions_oldest_first(signed_in, clinician, give, submit):
    later_client = client_of(clinician, display_name="Later")
    first = give("acceptance")
    submit(first)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        second = give("acceptance", client=later_client)
        submit(second)
        give("boundary-plan")  # not submitted: not in the queue

        queue = page(signed_in, "clinicians:review_queue").context["queue"]

    assert [entry.first.pk for entry in queue] == [first.pk, second.pk]


def test_a_series_waits_in_the_queue_as_one_line_and_can_be_marked_reviewed_at_once(signed_in, give, submit):
    habit = give("daily-habits", recurrence="daily", occurrences=5)
    occurrences = list(Assignment.objects.filter(series=habit.series).order_by("occurrence"))
    for assignment in occurrences[:3]:
        submit(assignment)

    [entry] = page(signed_in, "clinicians:review_queue").context["queue"]
    assert entry.count == 3

    response = signed_in.post(reverse("clinicians:review_series", args=[habit.series_id]))

    assert response.status_code == 302
    statuses = list(
        Assignment.objects.filter(series=habit.series).order_by("occurrence").values_list("status", flat=True)
    )
    assert statuses == ["reviewed"] * 3 + ["assigned"] * 2


def test_the_assignment_page_lays_out_the_answers_and_marks_hidden_items(signed_in, give, submit):
    validity = give("validity-analysis")
    submit(validity, EXAMPLES["validity-analysis"] | {"verdict": "not_valid", "wants_to_change": None})

    response = page(signed_in, "clinicians:assignment", validity.pk)

    body = response.content.decode()
    assert "Do you want to change this" in body or "wants_to_change" in body
    nodes = {node.link_id: node for node in response.context["page"].nodes}
    assert nodes["wants_to_change"].shown is False
    assert "Not shown to the client" in body
    assert nodes["rejection_kind"].values


@pytest.mark.parametrize("slug", ["phq-9", "gad-7"])
def test_a_standard_measure_shows_the_clinician_its_attribution(signed_in, give, submit, slug):
    given, sent = give(slug), give(slug)
    submit(sent)

    for assignment in (given, sent):
        body = page(signed_in, "clinicians:assignment", assignment.pk).content.decode()
        assert "Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues" in body
        assert "educational grant from Pfizer Inc." in body


def test_the_assignment_page_before_submission_shows_what_was_given_not_the_draft(signed_in, client_profile, give):
    from assignments.services import response_save_draft

    assignment = give("acceptance")
    response_save_draft(
        assignment=assignment, user=client_profile.user, answers={"what_happened": "Secret draft"}, version=0
    )

    body = page(signed_in, "clinicians:assignment", assignment.pk).content.decode()

    assert "Secret draft" not in body
    assert "has started this but not sent it yet" in body


def test_after_a_revision_the_page_shows_what_changed(signed_in, clinician, give, submit):
    acceptance = give("acceptance")
    submit(acceptance)
    assignment_review(assignment=acceptance, clinician_user=clinician.user, decision="revise", comment="Add a lesson?")
    acceptance.refresh_from_db()
    revised = EXAMPLES["acceptance"] | {"keeping": ["A brand new lesson"]}
    submit(acceptance, revised)

    response = page(signed_in, "clinicians:assignment", acceptance.pk)

    changes = response.context["page"].changes
    assert [change["linkId"] for change in changes] == ["keeping"]
    body = response.content.decode()
    assert "What changed in the revision" in body and "A brand new lesson" in body
    assert "I can say when something bothers me sooner" in body  # the answer before


def test_a_comment_on_one_answer(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(
        reverse("clinicians:assignment_comment", args=[assignment.pk]), {"body": "Lovely", "link_id": "keeping"}
    )

    assert response.status_code == 302 and response.url.endswith("#item-keeping")
    assert Comment.objects.get(assignment=assignment).link_id == "keeping"
    nodes = {n.link_id: n for n in page(signed_in, "clinicians:assignment", assignment.pk).context["page"].nodes}
    assert [c.body for c in nodes["keeping"].comments] == ["Lovely"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"body": ""}, "Write a comment first."),
        ({"body": "   "}, "Write a comment first."),
        ({"body": "x" * 5001}, "at most 5000 characters"),
        ({"body": "Hi", "link_id": "not-an-item"}, "This is not a question in this exercise."),
    ],
)
def test_a_bad_comment_is_refused_with_a_message(signed_in, give, submit, data, message):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(reverse("clinicians:assignment_comment", args=[assignment.pk]), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_asking_for_a_revision_needs_a_comment(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(reverse("clinicians:assignment_review", args=[assignment.pk]), {"decision": "revise"})

    assert response.status_code == 400
    assert "Say what you would like the client to look at again." in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.status == "submitted"


def test_asking_for_a_revision_with_a_comment(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(
        reverse("clinicians:assignment_review", args=[assignment.pk]),
        {"decision": "revise", "comment": "Could you add a lesson?"},
    )

    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.status == "revision_requested"
    assert assignment.comments.get().body == "Could you add a lesson?"


@pytest.mark.parametrize("decision", ["", "approve", "<b>"])
def test_an_unknown_decision_is_a_form_error(signed_in, give, submit, decision):
    assignment = give("acceptance")
    submit(assignment)

    response = signed_in.post(reverse("clinicians:assignment_review", args=[assignment.pk]), {"decision": decision})

    assert response.status_code == 400
    assignment.refresh_from_db()
    assert assignment.status == "submitted"


def test_reviewing_twice_is_a_clear_error_not_a_crash(signed_in, give, submit):
    assignment = give("acceptance")
    submit(assignment)
    url = reverse("clinicians:assignment_review", args=[assignment.pk])
    signed_in.post(url, {"decision": "reviewed"})

    response = signed_in.post(url, {"decision": "reviewed"})

    assert response.status_code == 400
    assert "cannot become reviewed" in response.content.decode()


def test_cancelling_an_open_assignment(signed_in, client_profile, give):
    assignment = give("acceptance")

    response = signed_in.post(reverse("clinicians:assignment_cancel", args=[assignment.pk]))

    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.status == "cancelled"
    again = signed_in.post(reverse("clinicians:assignment_cancel", args=[assignment.pk]), follow=True)
    assert "cannot become cancelled" in again.content.decode()


# --- Alerts -----------------------------------------------------------------------------------


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


# --- The client page ----------------------------------------------------------------------------


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
    assert body.count('role="img"') >= 4
    assert "The numbers" in body


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


# --- Giving homework ---------------------------------------------------------------------------


def assign_data(chosen, **overrides):
    tomorrow = timezone.localdate() + datetime.timedelta(days=2)
    data = {
        "template": str(chosen.pk),
        "instructions": "",
        "due_date": tomorrow.isoformat(),
        "due_time": "20:00",
        "recurrence": "none",
        "occurrences": "1",
        "action": "give",
    }
    data.update(overrides)
    return data


def test_giving_an_exercise_due_in_the_clients_own_time_zone(signed_in, client_profile, template):
    client_profile.time_zone = "America/New_York"
    client_profile.save(update_fields=["time_zone"])
    data = assign_data(template("acceptance"), instructions="  About the group chat.  ")

    response = signed_in.post(reverse("clinicians:client_assign", args=[client_profile.pk]), data)

    assert response.status_code == 302
    [assignment] = Assignment.objects.filter(client=client_profile)
    local = assignment.due_at.astimezone(ZoneInfo("America/New_York"))
    assert (local.date().isoformat(), local.strftime("%H:%M")) == (data["due_date"], "20:00")
    assert assignment.instructions == "About the group chat."


def test_giving_a_daily_series(signed_in, client_profile, template):
    data = assign_data(template("daily-habits"), recurrence="daily", occurrences="14")

    signed_in.post(reverse("clinicians:client_assign", args=[client_profile.pk]), data)

    assert Assignment.objects.filter(client=client_profile).count() == 14


def test_giving_the_pathway(signed_in, client_profile, template):
    data = assign_data(template("acceptance"), template="pathway", auto_send="on")

    response = signed_in.post(reverse("clinicians:client_assign", args=[client_profile.pk]), data)

    assert response.status_code == 302
    assert client_profile.pathways.get().auto_send is True
    slugs = set(Assignment.objects.filter(client=client_profile).values_list("pathway_step", flat=True))
    assert slugs == {"feelings-check-in", "daily-habits", "phq-9", "gad-7"}
    form = page(signed_in, "clinicians:client_assign", client_profile.pk).context["form"]
    assert (
        "pathway" not in dict(form.fields["template"].choices[1][1])
        if len(form.fields["template"].choices) > 1
        else True
    )
    assert "auto_send" not in form.fields


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"template": ""}, "template", "Choose an exercise, a measure or the pathway."),
        ({"template": "999999"}, "template", "Choose one of the exercises or measures in the list."),
        ({"template": "<script>"}, "template", "Choose one of the exercises or measures in the list."),
        ({"due_date": ""}, "due_date", "Choose a due date."),
        ({"due_date": "31/02/2026"}, "due_date", "Enter a date like 2026-03-31."),
        ({"due_date": "2020-01-01"}, "due_date", "Choose a due date and time in the future."),
        ({"due_time": "25:99"}, "due_time", "Enter a time like 20:00."),
        ({"recurrence": "hourly"}, "recurrence", "Select a valid choice."),
        ({"recurrence": "weekly", "occurrences": "27"}, "occurrences", "Choose from 1 to 26 for a weekly repeat."),
        ({"recurrence": "daily", "occurrences": "0"}, "occurrences", "greater than or equal to 1"),
        ({"recurrence": "daily", "occurrences": "many"}, "occurrences", "Enter a whole number."),
        ({"instructions": "x" * 5001}, "instructions", "at most 5000 characters"),
    ],
)
def test_bad_input_to_the_assign_form_is_shown_next_to_the_field(
    signed_in, client_profile, template, overrides, field, message
):
    response = signed_in.post(
        reverse("clinicians:client_assign", args=[client_profile.pk]), assign_data(template("acceptance"), **overrides)
    )

    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors[field])
    assert not Assignment.objects.exists()


def test_a_practice_template_of_another_practice_cannot_be_given(signed_in, client_profile, template, foreign_admin):
    from assignments.library import template_copy

    foreign = template_copy(
        template=template("acceptance"), practice=foreign_admin.practice, by=foreign_admin, slug="theirs"
    )

    response = signed_in.post(reverse("clinicians:client_assign", args=[client_profile.pk]), assign_data(foreign))

    assert response.status_code == 400
    assert not Assignment.objects.exists()


def test_the_preview_shows_what_the_client_will_see(signed_in, client_profile, template):
    query = assign_data(template("acceptance"), instructions="Read this first")

    response = signed_in.get(reverse("clinicians:client_assign_preview", args=[client_profile.pk]), query)

    assert response.status_code == 200
    body = response.content.decode()
    acceptance = template("acceptance").current_version
    assert escape(acceptance.title) in body and escape(acceptance.introduction[:40]) in body
    assert "Read this first" in body
    assert "<html" not in body  # a fragment for htmx


def test_the_preview_button_works_without_javascript(signed_in, client_profile, template):
    data = assign_data(template("boundary-plan"), action="preview")

    response = signed_in.post(reverse("clinicians:client_assign", args=[client_profile.pk]), data)

    assert response.status_code == 200
    assert escape(template("boundary-plan").current_version.title) in response.content.decode()
    assert not Assignment.objects.exists()


def test_the_preview_of_an_incomplete_form_does_not_fail(signed_in, client_profile):
    response = signed_in.get(
        reverse("clinicians:client_assign_preview", args=[client_profile.pk]), {"template": "nonsense", "due_date": "x"}
    )

    assert response.status_code == 200
    assert "Choose an exercise" in response.content.decode()


# --- Session prep -----------------------------------------------------------------------------


def test_session_prep_counts_from_the_last_session_marked(signed_in, clinician, client_profile, give, submit):
    before = give("acceptance")
    submit(before)
    submit(give("phq-9"), EXAMPLES["phq-9"])
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        signed_in.force_login(clinician.user)
        assert signed_in.post(reverse("clinicians:session_mark", args=[client_profile.pk])).status_code == 302
    with time_machine.travel(timezone.now() + datetime.timedelta(days=3)):
        after = give("boundary-plan")
        submit(after)
        submit(give("phq-9"), EXAMPLES["phq-9"] | {"phq9_1": "0"})
        discussion_flag_set(assignment=after, user=client_profile.user, link_id="boundary_with", flagged=True)
        signed_in.force_login(clinician.user)

        prep = page(signed_in, "clinicians:session_prep", client_profile.pk).context["prep"]

    assert prep.last_session == SessionHeld.objects.get()
    assert [a.template_version.template.slug for a in prep.submissions] == ["boundary-plan", "phq-9"]
    [phq] = prep.score_changes
    assert (int(phq.before.score_total), int(phq.after.score_total), phq.change) == (9, 8, -1)
    assert [entry["flag"].link_id for entry in prep.flags] == ["boundary_with"]


def test_session_prep_without_a_session_shows_the_last_two_weeks(signed_in, client_profile):
    response = page(signed_in, "clinicians:session_prep", client_profile.pk)

    assert response.context["prep"].last_session is None
    assert "No session marked yet" in response.content.decode()


def test_the_menu_counts_open_alerts_and_work_awaiting_review(signed_in, clinician, give, submit, risky_phq9):
    submit(give("phq-9"), risky_phq9)
    submit(give("acceptance"))
    other = client_of(clinician)
    submit(give("acceptance", client=other))

    body = page(signed_in, "clinicians:review_queue").content.decode()

    assert "(3 waiting)" in body
    assert "(1 open)" in body
    security = signed_in.get(reverse("mfa_index")).content.decode()  # a page outside the dashboard
    assert "(3 waiting)" in security and "(1 open)" in security


def test_the_client_page_says_when_a_client_may_be_dropping_out(signed_in, client_profile):
    from clients.models import Client

    assert "May be dropping out" not in page(signed_in, "clinicians:client_detail", client_profile.pk).content.decode()
    Client.objects.filter(pk=client_profile.pk).update(disengaged_since=timezone.now() - datetime.timedelta(days=2))

    body = page(signed_in, "clinicians:client_detail", client_profile.pk).content.decode()

    assert "May be dropping out" in body and "at most every three days" in body
