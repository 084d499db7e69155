from django import template

from assignments.markup import to_html

register = template.Library()


@register.filter
def markdown(text: str):
    """Display text in the safe Markdown subset (``assignments.markup``) as HTML."""
    return to_html(text)
