"""The library page: what clinicians and practice admins can give, found by search and filters, read in words,
and previewed exactly as a client's phone shows it; someone else's practice's exercises are never there."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments.library import template_create, template_draft_save, template_version_publish

pytestmark = pytest.mark.django_db

ITEMS = [
    {"linkId": "went_well", "type": "boolean", "text": "Did anything go well today?"},
    {
        "linkId": "what",
        "type": "string",
        "text": "What went well?",
        "repeats": True,
        "enableWhen": [{"question": "went_well", "operator": "=", "answer": True}],
    },
]


def _ours(admin, title="Small wins", publish=True):
    template = template_create(
        practice=admin.practice, by=admin, title=title, items=ITEMS, description="Noticing what went well."
    )
    if publish:
        draft = template_draft_save(template=template, by=admin, introduction="Two minutes, most days.")
        template_version_publish(version=draft, by=admin)
    return template


def _titles(page) -> list[str]:
    return [row["version"].title for row in page.context["rows"]]


def test_the_library_holds_the_built_in_templates_and_the_practices_own_by_title(
    client, clinician, practice_admin, foreign_admin, library
):
    _ours(practice_admin)
    _ours(foreign_admin, title="Their own exercise")
    client.force_login(clinician.user)

    titles = _titles(client.get(reverse("library:index")))

    assert "Small wins" in titles and "PHQ-9" in " ".join(titles)
    assert "Their own exercise" not in titles
    assert titles == sorted(titles, key=str.casefold)


@pytest.mark.parametrize(
    ("show", "present", "absent"),
    [
        ("builtin", "PHQ-9", "Small wins"),
        ("ours", "Small wins", "PHQ-9"),
        ("measures", "GAD-7", "Small wins"),
    ],
)
def test_the_filters(client, practice_admin, library, show, present, absent):
    _ours(practice_admin)
    client.force_login(practice_admin)

    titles = " | ".join(_titles(client.get(reverse("library:index"), {"show": show})))

    assert present in titles and absent not in titles


def test_archived_templates_are_shown_only_under_archived(client, practice_admin, library):
    from assignments.library import template_archive

    template_archive(template=_ours(practice_admin), by=practice_admin)
    client.force_login(practice_admin)

    assert "Small wins" not in _titles(client.get(reverse("library:index")))
    assert _titles(client.get(reverse("library:index"), {"show": "archived"})) == ["Small wins"]


def test_search_reads_titles_and_purposes(client, practice_admin, library):
    _ours(practice_admin)
    client.force_login(practice_admin)

    assert _titles(client.get(reverse("library:index"), {"q": "went WELL"})) == ["Small wins"]
    page = client.get(reverse("library:index"), {"q": "zzzz-nothing"})
    assert page.context["rows"] == [] and "Nothing in the library matches" in page.content.decode()


def test_a_draft_never_published_is_shown_to_its_own_practice_as_a_draft(client, practice_admin, clinician, library):
    _ours(practice_admin, title="Work in progress", publish=False)
    client.force_login(clinician.user)

    page = client.get(reverse("library:index"), {"show": "ours"})

    assert _titles(page) == ["Work in progress"] and "Draft, not published yet" in page.content.decode()


def test_the_library_page_takes_the_same_queries_however_many_templates(client, practice_admin, library):
    client.force_login(practice_admin)
    _ours(practice_admin, title="One")
    client.get(reverse("library:index"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("library:index"))
    for n in range(6):
        _ours(practice_admin, title=f"More {n}")
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("library:index"))

    assert len(many) == len(few), [q["sql"][:120] for q in many]


def test_the_detail_page_says_in_words_what_it_asks_and_when(client, clinician, practice_admin, library):
    _ours(practice_admin)
    client.force_login(clinician.user)

    page = client.get(reverse("library:detail", args=["small-wins"])).content.decode()

    assert "What went well?" in page and "A list of answers" in page
    assert "Shown only if the client answered “Yes” to “Did anything go well today?”" in page
    assert "enableWhen" not in page and "went_well" not in page
    assert "The first version" in page


def test_the_preview_is_the_portal_form_with_nothing_to_save(client, clinician, practice_admin, library):
    _ours(practice_admin)
    client.force_login(clinician.user)

    page = client.get(reverse("library:preview", args=["small-wins"])).content.decode()
    more = client.get(reverse("library:preview", args=["small-wins"]), {"action": "add:what"}).content.decode()

    assert "Did anything go well today?" in page and "Nothing here is saved" in page
    answers_form = page[page.index('id="answers"') - 200 : page.index('id="answers"')]
    assert 'method="get"' in answers_form and "data-autosave-url=" not in page
    assert more.count('value="remove:what/') > page.count('value="remove:what/')


def test_another_practices_exercise_is_not_found(client, clinician, foreign_admin, library):
    _ours(foreign_admin, title="Their own exercise")
    client.force_login(clinician.user)

    assert client.get(reverse("library:detail", args=["their-own-exercise"])).status_code == 404
    assert client.get(reverse("library:preview", args=["their-own-exercise"])).status_code == 404
    assert client.get(reverse("library:preview", args=["acceptance"]), {"version": "99"}).status_code == 404


def test_the_give_homework_chooser_lists_exercises_by_title(client, clinician, client_profile, library):
    client.force_login(clinician.user)

    form = client.get(reverse("clinicians:client_assign", args=[client_profile.pk])).context["form"]
    groups = dict((label, options) for label, options in form.fields["template"].choices if isinstance(options, list))

    for options in groups.values():
        titles = [title for _, title in options]
        assert titles == sorted(titles, key=str.casefold)
