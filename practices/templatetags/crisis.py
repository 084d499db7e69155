import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

# A phone number as crisis resources write them: "116 123", "988", "+44 20 7946 0000".
PHONE_NUMBER = re.compile(r"(?<![\w+#&])(\+?\d[\d ]{1,16}\d|\d{3})(?![\w])")


@register.filter(needs_autoescape=True)
def tel_links(text: str, autoescape: bool = True) -> str:
    """Make each phone number in ``text`` a tap-to-call link, escaping the rest."""
    escaped = conditional_escape(text) if autoescape else text

    def link(match: re.Match) -> str:
        number = match.group(1)
        return f'<a href="tel:{number.replace(" ", "")}">{number}</a>'

    return mark_safe(PHONE_NUMBER.sub(link, escaped))  # noqa: S308 - the text was escaped above
