"""Session prep: what happened since the last session marked, or in the last two weeks."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.services import discussion_flag_set
from clinicians.models import SessionHeld
from tests.clinicians.pages import page

pytestmark = pytest.mark.django_db


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
