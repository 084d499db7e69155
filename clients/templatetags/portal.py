from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``mapping[key]`` in a template, or None."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def author_label(comment, user) -> str:
    """The author's name, or "You" for the signed-in person's own comments."""
    if comment.author_id == user.pk:
        return "You"
    return comment.author.display_name if comment.author else "Someone who has left"
