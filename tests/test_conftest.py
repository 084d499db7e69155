"""The shared fixtures give what the product would have written."""

from assignments.library import library_definitions, library_sync
from assignments.models import Template, TemplateVersion


def test_the_library_fixture_holds_exactly_what_publishing_the_library_writes(library):
    assert library_sync() == {d["slug"]: "unchanged" for d in library_definitions()}
    published = TemplateVersion.objects.filter(status="published", number=1, published_at__isnull=False)
    assert published.count() == Template.objects.filter(practice__isnull=True, is_builtin=True).count() == 14
    assert all(t.current_version.template_id == t.pk for t in Template.objects.select_related("current_version"))


def test_a_test_that_does_not_ask_for_the_library_has_none(db):
    assert not Template.objects.exists()
