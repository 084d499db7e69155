"""The in-session page costs the same queries with few or many comments and saves."""

import pytest

from assignments.services import comment_add
from tests.clinicians.in_session.pages import url
from tests.factories import drafted

pytestmark = pytest.mark.django_db


def test_the_in_session_page_costs_the_same_with_few_or_many_comments_and_saves(
    signed_in, clinician, client_profile, give, django_assert_num_queries
):
    goals = give("growth-goals")
    path = url("in_session", goals)
    comment_add(assignment=goals, author=clinician.user, body="Start small", link_id="goals")
    drafted(goals, {"goals": [{"goal": "One"}]})

    # 1 session, 2 user, 3 the clinician's time zone with the menu's counts, 4 the assignment (template,
    # response, client, assigner), 5 its comments, 6 its proposals, 7 the latest saves, 8 the practice,
    # 9-10 the audit trail's read (whose record, and its row)
    with django_assert_num_queries(10):
        assert signed_in.get(path).status_code == 200

    for n in range(1, 25):
        comment_add(assignment=goals, author=client_profile.user if n % 2 else clinician.user, body=f"Note {n}")
        answers = {"goals": [{"goal": f"Goal {row}", "further_steps": ["a", "b"]} for row in range(n % 3 + 1)]}
        user, in_session = (clinician.user, True) if n % 2 else (client_profile.user, False)
        drafted(goals, answers, by=user, in_session=in_session)

    with django_assert_num_queries(10):
        response = signed_in.get(path)
    assert response.context["page"].save_count == 25 and len(response.context["page"].saves) == 6
    assert len(response.context["page"].comments) == 25
