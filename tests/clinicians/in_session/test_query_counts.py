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

    # 1 user with practice (the session comes from the cache), 2 the clinician's time zone with the menu's
    # counts, 3 the assignment (template, response, client, assigner), 4 its comments, 5 its proposals, 6 the
    # latest saves, 7 the audit trail's row (whose record it is came with the assignment)
    with django_assert_num_queries(7):
        assert signed_in.get(path).status_code == 200

    for n in range(1, 25):
        comment_add(assignment=goals, author=client_profile.user if n % 2 else clinician.user, body=f"Note {n}")
        answers = {"goals": [{"goal": f"Goal {row}", "further_steps": ["a", "b"]} for row in range(n % 3 + 1)]}
        user, in_session = (clinician.user, True) if n % 2 else (client_profile.user, False)
        drafted(goals, answers, by=user, in_session=in_session)

    with django_assert_num_queries(7):
        response = signed_in.get(path)
    assert response.context["page"].save_count == 25 and len(response.context["page"].saves) == 6
    assert len(response.context["page"].comments) == 25
