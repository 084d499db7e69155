"""The dashboard's menu reaches every page a clinician keeps coming back to, and says which one is open."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _current(html: str) -> list[str]:
    menu = html.split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'aria-current="page">([^<]+)<', menu)


def test_settings_have_their_own_menu_entry_and_summaries_are_not_marked_for_them(client, clinician):
    client.force_login(clinician.user)

    settings_page = client.get(reverse("clinicians:settings")).content.decode()
    summaries_page = client.get(reverse("clinicians:summaries")).content.decode()

    assert f'href="{reverse("clinicians:settings")}"' in settings_page.split('aria-label="Main"', 1)[1]
    assert _current(settings_page) == ["Settings"]
    assert _current(summaries_page) == ["Summaries"]


def test_a_missing_page_still_shows_the_whole_menu_with_nothing_marked(client, clinician):
    client.force_login(clinician.user)

    page = client.get("/clinician/no-such-page/")

    assert page.status_code == 404
    html = page.content.decode()
    assert "Caseload" in html and "Settings" in html
    assert _current(html) == []
