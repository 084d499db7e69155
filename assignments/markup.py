"""Short formatted text in display items (psychoeducation, reading): a safe Markdown subset.

A practice's own exercises may explain things with a little formatting: paragraphs, **bold** and *italic*,
bulleted and numbered lists, and links. The text is stored as written (Markdown reads well as plain text, which
is what the API and the FHIR ``text`` carry); it is rendered by markdown-it-py with raw HTML off and only those
rules on, and the HTML is then cleaned by nh3 (the ammonia sanitiser) to exactly those tags, with links limited
to web, mail and phone addresses and opened without passing on who sent them. The same function renders it in
the portal, the library's preview and the clinician's pages.
"""

from __future__ import annotations

import functools

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

TAGS = {"p", "strong", "em", "ul", "ol", "li", "a", "br"}
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"https", "http", "mailto", "tel"}
MAX_CHARS = 20_000  # display text is short; a longer one is shown as written, unformatted


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("zero", {"html": False, "breaks": True, "linkify": False}).enable(
        ["emphasis", "list", "link", "newline", "escape"]
    )


def to_html(text: str) -> SafeString:
    """``text`` (Markdown, the safe subset) as clean HTML for a page."""
    if not isinstance(text, str) or not text.strip():
        return mark_safe("")
    if len(text) > MAX_CHARS:
        source = nh3.clean_text(text)
        return mark_safe(f"<p>{source}</p>")  # noqa: S308 - escaped by nh3.clean_text
    rendered = _parser().render(text)
    cleaned = nh3.clean(
        rendered,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return mark_safe(cleaned)  # noqa: S308 - only the tags above survive nh3
