"""Comments and "discuss in our next session" marks, with htmx and without JavaScript."""

import pytest

from assignments.models import Comment, DiscussionFlag
from assignments.services import comment_add
from tests.clients.portal.pages import stored, url

pytestmark = pytest.mark.django_db


def test_a_comment_on_an_item_with_htmx_returns_the_thread(signed_in, validity):
    response = signed_in.post(
        url("assignment_comment", validity),
        {"link_id": "verdict", "c:verdict": "Not sure about this one"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="tools:verdict"' in page and "Not sure about this one" in page and "Your comment is added." in page
    assert Comment.objects.get().link_id == "verdict"


def test_an_empty_comment_is_refused_in_place(signed_in, validity):
    response = signed_in.post(
        url("assignment_comment", validity), {"link_id": "verdict", "c:verdict": "  "}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400 and "Write a comment first." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_comment_without_javascript_also_saves_the_typed_answers(signed_in, validity):
    response = signed_in.post(
        url("assignment", validity),
        {"a:self_story": "Typed first", "version": "0", "action": "comment:", "c:": "A general question"},
    )

    assert response.status_code == 302 and response["Location"].endswith("#conversation")
    assert stored(validity)[0] == {"self_story": "Typed first"}
    assert Comment.objects.get().body == "A general question"


def test_marking_an_item_to_discuss(signed_in, validity):
    on = signed_in.post(
        url("assignment_flag", validity), {"link_id": "verdict", "flagged": "1"}, HTTP_HX_REQUEST="true"
    )
    assert 'aria-pressed="true"' in on.content.decode()
    assert DiscussionFlag.objects.filter(link_id="verdict", cleared_at__isnull=True).exists()

    off = signed_in.post(url("assignment_flag", validity), {"link_id": "verdict", "flagged": "0"})
    assert off.status_code == 302 and off["Location"].endswith("#tools:verdict")
    assert not DiscussionFlag.objects.filter(cleared_at__isnull=True).exists()


def test_marking_an_unknown_item_is_refused(signed_in, validity):
    response = signed_in.post(
        url("assignment_flag", validity), {"link_id": "nope", "flagged": "1"}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400


def test_clinician_comments_on_items_inside_rows_show_with_their_group(signed_in, clinician, give):
    goals = give("growth-goals")
    comment_add(assignment=goals, author=clinician.user, body="Lovely small step", link_id="first_step")

    page = signed_in.get(url("assignment", goals)).content.decode()

    assert "Lovely small step" in page and "About “What&#x27;s one small first step?”" in page
