"""The client reads the API and the portal use are scoped to the caller: another person's records
are never returned, and asking for them answers 404, exactly like something missing."""

import pytest
from django.http import Http404
from django.urls import reverse

from assignments.library import EXAMPLES
from assignments.services import comment_add
from clients.selectors import caseload_activity_for, client_progress_for, export_for, progress_page_for
from tests.factories import submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def robin_gave(give, other_clinician, other_client_profile):
    """Robin (Dr Ben's client) sent in a risky PHQ-9 and wrote a comment: nothing the usual cast may read."""
    phq = give("phq-9", by=other_clinician.user, client=other_client_profile)
    submitted(phq, EXAMPLES["phq-9"] | {"phq9_9": "1"})
    comment_add(assignment=phq, author=other_client_profile.user, body="Robin's words")
    return phq


def test_the_export_holds_only_the_callers_own_records(client_profile, give, robin_gave):
    mine = give("phq-9")
    submitted(mine)
    comment_add(assignment=mine, author=client_profile.user, body="My words")

    export = export_for(user=client_profile.user)

    assert export.client == client_profile
    assert [a.pk for a in export.assignments] == [mine.pk]
    assert [c.body for c in export.comments] == ["My words"]
    assert set(export.revisions) == {mine.pk}
    assert export.risk_alerts == []  # Robin's alert is Robin's


def test_the_export_is_a_404_for_anyone_without_a_client_record(clinician, practice_admin):
    for user in (clinician.user, practice_admin):
        with pytest.raises(Http404):
            export_for(user=user)


def test_the_progress_page_reads_the_callers_own_progress(client_profile, other_clinician, give, robin_gave):
    submitted(give("phq-9"))

    page = progress_page_for(user=client_profile.user)

    assert page.client == client_profile
    assert len(page.progress["measures"]["phq9"]) == 1  # not Robin's too
    with pytest.raises(Http404):
        progress_page_for(user=other_clinician.user)


def test_a_clients_progress_is_read_only_by_their_clinicians(client, clinician, other_clinician, client_profile):
    assert set(client_progress_for(user=clinician.user, pk=client_profile.pk)) == {
        "adherence_by_week",
        "measures",
        "mood",
    }
    with pytest.raises(Http404):
        client_progress_for(user=other_clinician.user, pk=client_profile.pk)

    client.force_login(other_clinician.user)
    assert client.get(f"/api/v1/clients/{client_profile.pk}/progress").status_code == 404
    assert client.get(reverse("clinicians:client_detail", args=[client_profile.pk])).status_code == 404


def test_the_api_caseload_is_the_callers_own(clinician, client_profile, other_client_profile):
    assert list(caseload_activity_for(user=clinician.user)) == [client_profile]


def test_the_export_lists_each_risky_comment_once_however_many_clinicians_were_alerted(
    client_profile, clinician, other_clinician, give
):
    from assignments.models import RiskAlert
    from clients.models import CareTeamMember

    CareTeamMember.objects.create(client=client_profile, clinician=other_clinician, is_primary=False)
    comment_add(assignment=give("acceptance"), author=client_profile.user, body="I keep thinking about killing myself.")
    comment_add(assignment=give("boundary-plan"), author=client_profile.user, body="I want to end my life.")
    assert RiskAlert.objects.filter(comment__isnull=False).count() == 4  # two comments, two clinicians

    alerts = export_for(user=client_profile.user).risk_alerts

    assert len(alerts) == 2
    assert set(alerts[0]) == {"assignment_id", "reasons", "created_at"}
