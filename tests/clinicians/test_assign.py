"""Giving homework: the assign form, its series and the pathway, its errors, and the preview."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from assignments.models import Assignment
from tests.clinicians.pages import page

pytestmark = pytest.mark.django_db


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


def test_the_pathway_preview_says_which_first_steps_are_already_open(signed_in, client_profile, template, give):
    give("phq-9")
    give("daily-habits", recurrence="daily", occurrences=3)
    give("phq-9", due_at=timezone.now() + datetime.timedelta(days=4))  # a second one: named once
    query = assign_data(template("acceptance"), template="pathway")

    body = signed_in.get(reverse("clinicians:client_assign_preview", args=[client_profile.pk]), query).content.decode()

    assert "Already open, so not sent twice" in body
    assert body.count("<li>PHQ-9") == 1 and "Daily recovery habits, due" in body and "(a repeating series)" in body
    assert "GAD-7, due" not in body


def test_the_preview_of_an_exercise_says_nothing_about_open_steps(signed_in, client_profile, template, give):
    give("phq-9")

    body = signed_in.get(
        reverse("clinicians:client_assign_preview", args=[client_profile.pk]), assign_data(template("phq-9"))
    ).content.decode()

    assert "Already open" not in body


def test_starting_the_pathway_adopts_open_first_steps_instead_of_doubling_them(
    signed_in, client_profile, template, give
):
    open_phq = give("phq-9")
    done_gad = give("gad-7")
    done_gad.status = Assignment.Status.REVIEWED
    done_gad.save(update_fields=["status"])
    data = assign_data(template("acceptance"), template="pathway")

    response = signed_in.post(reverse("clinicians:client_assign", args=[client_profile.pk]), data, follow=True)

    phq = Assignment.objects.filter(client=client_profile, template_version__template__slug="phq-9")
    assert list(phq) == [open_phq]  # not sent twice
    open_phq.refresh_from_db()
    enrollment = client_profile.pathways.get()
    assert (open_phq.enrollment, open_phq.pathway_step) == (enrollment, "phq-9")
    gad = Assignment.objects.filter(client=client_profile, template_version__template__slug="gad-7")
    assert gad.count() == 2  # the finished one is history; a new one is sent
    assert "already open, so not sent twice and now part of it: PHQ-9" in response.content.decode()


def test_the_pathway_starts_even_when_every_first_step_is_already_open(signed_in, client_profile, template, give):
    for slug in ("feelings-check-in", "daily-habits", "phq-9", "gad-7"):
        give(slug)
    before = Assignment.objects.count()

    response = signed_in.post(
        reverse("clinicians:client_assign", args=[client_profile.pk]),
        assign_data(template("acceptance"), template="pathway"),
        follow=True,
    )

    assert response.status_code == 200
    assert Assignment.objects.count() == before
    assert Assignment.objects.filter(client=client_profile, enrollment__isnull=True).count() == 0
    assert "0 assignments sent" in response.content.decode()


def test_the_preview_shows_what_the_client_will_see(signed_in, client_profile, template):
    query = assign_data(template("acceptance"), instructions="Read this first")

    response = signed_in.get(reverse("clinicians:client_assign_preview", args=[client_profile.pk]), query)

    assert response.status_code == 200
    body = response.content.decode()
    acceptance = template("acceptance").current_version
    assert escape(acceptance.title) in body
    assert "Read this first" in body
    # The client's own form at phone width, the same page the library previews, for this version.
    frame = f'src="/library/acceptance/preview/?version={acceptance.number}&amp;frame=1"'
    assert frame in body
    assert "<html" not in body  # a fragment for htmx


def test_the_framed_form_is_the_clients_own_and_the_page_may_frame_it(signed_in, client_profile, template):
    version = template("validity-analysis").current_version
    page = signed_in.post(
        reverse("clinicians:client_assign", args=[client_profile.pk]),
        assign_data(template("validity-analysis"), action="preview"),
    )
    framed = signed_in.get(f"/library/validity-analysis/preview/?version={version.number}&frame=1")

    assert "frame-src 'self'" in page["Content-Security-Policy"]
    assert framed.status_code == 200
    assert "frame-ancestors 'self'" in framed["Content-Security-Policy"]
    assert escape(version.introduction[:40]) in framed.content.decode()


def test_beside_the_form_each_question_is_in_words_with_when_it_is_shown(signed_in, client_profile, template):
    query = assign_data(template("validity-analysis"))

    body = signed_in.get(reverse("clinicians:client_assign_preview", args=[client_profile.pk]), query).content.decode()

    assert "Each question, and when it is shown" in body
    assert "Shown only if the client answered" in body
    assert " exists " not in body and "True" not in body


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
