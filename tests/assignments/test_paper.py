"""A paper copy of an exercise: a PDF to print and fill in by hand, with text to read formatted as in the portal."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader
from reportlab.platypus import ListFlowable, Paragraph

from assignments import paper
from assignments.library import template_create
from assignments.models import Template

pytestmark = pytest.mark.django_db

EVERY_KIND = [
    {"linkId": "read", "type": "display", "text": "**Before you start**, read this.\n\n- Be *kind* to yourself\n- Take breaks\n\n"
     "1. First\n2. Second\n\nSee [the leaflet](https://example.org/leaflet). A <script>alert(1)</script> & more."},
    {"linkId": "felt", "type": "choice", "text": "How did it feel?", "required": True, "answerOption": [
        {"code": "good", "display": "Good"}, {"code": "hard", "display": "Hard & heavy"}]},
    {"linkId": "which", "type": "choice", "repeats": True, "text": "Which of these helped?", "answerOption": [
        {"code": "walk", "display": "A walk"}, {"code": "call", "display": "A call"}]},
    {"linkId": "help", "type": "boolean", "text": "Did someone help?"},
    {"linkId": "who", "type": "group", "text": "People who helped", "repeats": True, "maxRepeats": 4,
     "enableWhen": [{"question": "help", "operator": "=", "answer": True}], "item": [
        {"linkId": "name", "type": "string", "text": "Their name"},
        {"linkId": "how", "type": "text", "text": "What they did"}]},
    {"linkId": "hope", "type": "integer", "text": "How hopeful are you?", "minValue": 0, "maxValue": 10,
     "control": "slider", "lowLabel": "Not at all", "highLabel": "Very"},
    {"linkId": "hours", "type": "decimal", "text": "Hours slept", "minValue": 0, "maxValue": 24},
    {"linkId": "when", "type": "date", "text": "When did it happen?", "helpText": "Roughly is fine."},
    {"linkId": "steps", "type": "string", "repeats": True, "minRepeats": 2, "text": "Small steps"},
    {"linkId": "story", "type": "text", "text": "What story did you tell yourself?"},
]  # fmt: skip


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_text_to_read_is_laid_out_from_the_portals_own_html():
    flowables = paper.reading(EVERY_KIND[0]["text"])

    paragraphs = [f for f in flowables if isinstance(f, Paragraph)]
    lists = [f for f in flowables if isinstance(f, ListFlowable)]
    assert paragraphs[0].text.startswith("<b>Before you start</b>")
    assert [len(found._flowables) for found in lists] == [2, 2]
    assert lists[1]._bulletType == "1"  # the numbered list stays numbered
    assert '<a href="https://example.org/leaflet"' in paragraphs[-1].text
    # Raw HTML is text, as in the portal: it reaches the page escaped, never as markup.
    assert "&lt;script&gt;" in paragraphs[-1].text and "<script" not in paragraphs[-1].text


def test_a_paper_copy_holds_every_kind_of_item_in_words(client, practice_admin):
    template = template_create(
        practice=practice_admin.practice,
        by=practice_admin,
        title="Who is on my side",
        description="d",
        items=EVERY_KIND,
    )
    client.force_login(practice_admin)

    response = client.get(reverse("library:paper", args=[template.slug]))

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="who-is-on-my-side-v1.pdf"'
    text = _text(response.content)
    for words in (
        "Who is on my side",
        "Before you start, read this.",  # bold, without the asterisks
        "Be kind to yourself",
        "the leaflet",
        "<script>alert(1)</script> & more",  # shown as the words typed
        "1. How did it feel? *",
        "Tick one.",
        "Hard & heavy",
        "Tick any that apply.",
        "Answer these only if you answered “Yes” to “Did someone help?”.",
        "Room for 2; carry on overleaf",
        "0: Not at all",
        "10: Very",
        "A number from 0 to 24",
        "Roughly is fine.",
        "Date (day / month / year)",
        "One per line.",
        "What story did you tell yourself?",
        "Samaritans",  # the practice's crisis lines close the copy
    ):
        assert words in text, words
    assert "**" not in text
    assert text.count("4. Their name") == 2 and "People who helped: 2 of 2" in text  # room for two, same numbers
    assert "6. How hopeful are you?" in text  # numbering goes on after the group, once


def test_every_built_in_exercise_and_measure_prints(client, clinician, library):
    client.force_login(clinician.user)
    templates = list(Template.objects.filter(practice__isnull=True).select_related("current_version"))
    assert len(templates) >= 8

    for template in templates:
        response = client.get(reverse("library:paper", args=[template.slug]))
        assert response.status_code == 200, template.slug
        assert template.current_version.title in _text(response.content).replace("\n", " "), template.slug


def test_an_earlier_version_prints_as_it_was_and_a_missing_one_is_404(client, clinician, library):
    client.force_login(clinician.user)
    url = reverse("library:paper", args=["phq-9"])
    assert client.get(url + "?version=1").status_code == 200
    assert client.get(url + "?version=99").status_code == 404


def test_another_practices_exercise_does_not_print(client, practice_admin, foreign_practice):
    from tests.factories import UserFactory

    theirs = UserFactory(practice=foreign_practice, role="admin")
    template = template_create(practice=foreign_practice, by=theirs, title="Theirs", description="", items=EVERY_KIND)
    client.force_login(practice_admin)
    assert client.get(reverse("library:paper", args=[template.slug])).status_code == 404


def test_the_library_page_offers_the_paper_copy(client, clinician, library):
    client.force_login(clinician.user)
    page = client.get(reverse("library:detail", args=["acceptance"])).content.decode()
    assert reverse("library:paper", args=["acceptance"]) + "?version=" in page
