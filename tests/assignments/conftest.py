import datetime

import pytest
from django.utils import timezone

from assignments.library import library_sync
from assignments.models import Template
from assignments.services import assignment_create


@pytest.fixture
def library(db):
    library_sync()


@pytest.fixture
def template(library):
    def get(slug: str) -> Template:
        return Template.objects.get(practice__isnull=True, slug=slug)

    return get


@pytest.fixture
def give(clinician, client_profile, template):
    """Give the usual client a built-in template, due tomorrow; returns the (first) assignment."""

    def make(slug: str, **options):
        options.setdefault("due_at", timezone.now() + datetime.timedelta(days=1))
        created = assignment_create(
            clinician_user=options.pop("by", clinician.user),
            client=options.pop("client", client_profile),
            template=template(slug),
            **options,
        )
        return created[0]

    return make
