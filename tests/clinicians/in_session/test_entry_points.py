"""Where in-session mode starts (the assignment and client pages, starting an exercise together) and the
"Completed in session" label everyone then sees."""

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment
from assignments.services import comment_add
from tests.clinicians.in_session.pages import S, url
from tests.factories import submitted

pytestmark = pytest.mark.django_db


def test_the_assignment_page_offers_to_fill_in_together_only_while_open(signed_in, clinician, check_in):
    link = f'href="{url("in_session", check_in)}"'
    assert link in signed_in.get(url("assignment", check_in)).content.decode()

    submitted(check_in, by=clinician.user, in_session=True)

    page = signed_in.get(url("assignment", check_in)).content.decode()
    assert link not in page
    assert "Completed in session" in page and "Filled in together with Alex in a session" in page


def test_starting_an_exercise_together_gives_it_due_now_and_opens_it(signed_in, clinician, client_profile, template):
    before = timezone.now()

    response = signed_in.post(
        reverse("clinicians:in_session_start", args=[client_profile.pk]), {"template": template("acceptance").pk}
    )

    [given] = Assignment.objects.filter(client=client_profile)
    assert response.status_code == 302 and response["Location"] == url("in_session", given)
    assert given.assigned_by == clinician and given.status == S.ASSIGNED
    assert before <= given.due_at <= timezone.now()
    assert given.template_version == template("acceptance").current_version


@pytest.mark.parametrize("chosen", ["", "999999", "pathway"])
def test_starting_together_without_a_usable_exercise_is_a_form_error(signed_in, client_profile, library, chosen):
    response = signed_in.post(reverse("clinicians:in_session_start", args=[client_profile.pk]), {"template": chosen})

    assert response.status_code == 400
    assert "Choose" in response.content.decode()
    assert response.context["start_form"].errors
    assert not Assignment.objects.exists()


def test_the_client_page_offers_to_start_together_and_to_fill_open_work_in_together(
    signed_in, client_profile, check_in
):
    page = signed_in.get(reverse("clinicians:client_detail", args=[client_profile.pk])).content.decode()

    assert reverse("clinicians:in_session_start", args=[client_profile.pk]) in page
    assert f'href="{url("in_session", check_in)}"' in page


def test_completed_in_session_skips_the_queue_and_shows_in_the_timeline_and_session_prep(
    signed_in, clinician, client_profile, give
):
    together, alone = give("feelings-check-in"), give("acceptance")
    submitted(together, by=clinician.user, in_session=True)
    submitted(alone)

    queue = signed_in.get(reverse("clinicians:review_queue"))
    timeline = signed_in.get(reverse("clinicians:client_detail", args=[client_profile.pk])).content.decode()
    prep = signed_in.get(reverse("clinicians:session_prep", args=[client_profile.pk])).content.decode()

    entries = {entry.first.pk: entry.in_session for entry in queue.context["queue"]}
    assert entries == {alone.pk: 0}  # the one done together was reviewed as it was sent
    assert queue.content.decode().count("Completed in session") == 0
    assert timeline.count("Completed in session") == 1
    assert prep.count("Completed in session") == 1


def test_the_client_sees_it_was_completed_in_session(client, clinician, client_profile, check_in):
    submitted(check_in, by=clinician.user, in_session=True)
    comment_add(assignment=check_in, author=clinician.user, body="Good work today.")
    client.force_login(client_profile.user)

    today = client.get(reverse("clients:today")).content.decode()
    read_only = client.get(reverse("clients:assignment", args=[check_in.pk])).content.decode()

    assert "Completed in session" in today
    assert "Completed in session" in read_only and "together with your clinician" in read_only
    assert "You've sent this to your clinician" not in read_only
