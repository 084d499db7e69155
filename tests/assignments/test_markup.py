"""Display items hold short formatted reading text: a safe Markdown subset, sanitised by nh3, rendered the same in
the portal and the library preview, and carried in the FHIR export as FHIR's markdown rendering."""

import pytest
from django.urls import reverse
from fhir.resources.R4B.questionnaire import Questionnaire

from assignments import fhir
from assignments.fhir_import import read_questionnaire
from assignments.library import template_create, template_draft_save, template_version_publish
from assignments.markup import to_html

READING = (
    "Why rejection **hurts**:\n\n"
    "- the brain reads it much like *physical* pain\n"
    "- it eases with time\n\n"
    "[More about it](https://www.nhs.uk/mental-health/)"
)


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("**bold** and *italic*", "<p><strong>bold</strong> and <em>italic</em></p>"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>"),
        ("line one\nline two", "<p>line one<br>\nline two</p>"),
        ("[help](tel:116123)", '<p><a href="tel:116123" rel="noopener noreferrer nofollow">help</a></p>'),
    ],
    ids=["emphasis", "bullets", "numbers", "line breaks", "phone link"],
)
def test_the_subset_renders(text, html):
    assert str(to_html(text)).strip() == html


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("[x](javascript:alert(1))", 'href="javascript'),
        ("# A heading", "<h1"),
        ("> a quote", "<blockquote"),
        ("![pic](https://example.org/a.png)", "<img"),
        ('<a href="https://x.org" onclick="steal()">x</a>', "<a href"),
    ],
    ids=["script", "img onerror", "javascript link", "heading", "quote", "image", "raw link"],
)
def test_everything_outside_the_subset_is_shown_as_text_or_removed(text, absent):
    assert absent not in str(to_html(text))


@pytest.mark.django_db
def test_the_portal_preview_and_the_fhir_export_carry_the_same_formatted_text(client, practice_admin):
    items = [
        {"linkId": "why", "type": "display", "text": READING},
        {"linkId": "felt", "type": "string", "text": "What did you notice?"},
    ]
    template = template_create(practice=practice_admin.practice, by=practice_admin, title="Why it hurts", items=items)
    version = template_version_publish(
        version=template_draft_save(template=template, by=practice_admin, description="x", introduction="y"),
        by=practice_admin,
    )
    client.force_login(practice_admin)

    page = client.get(reverse("library:preview", args=[template.slug])).content.decode()
    exported = fhir.questionnaire(version)

    assert "<strong>hurts</strong>" in page and "<li>it eases with time</li>" in page
    assert 'href="https://www.nhs.uk/mental-health/"' in page
    Questionnaire.model_validate(exported)
    assert exported["item"][0]["_text"]["extension"][0]["valueMarkdown"] == READING
    assert read_questionnaire(exported).items[0]["text"] == READING


def test_a_very_long_text_is_shown_as_written_unformatted_and_escaped():
    text = "**not bold** <b>x</b> " * 2000

    html = str(to_html(text))

    assert "<strong>" not in html and "<b>" not in html and "&lt;b&gt;" in html
