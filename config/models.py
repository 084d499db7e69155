"""Shapes every app's models and services share."""

from collections.abc import Iterable

from django.db import models


def model_update(instance: models.Model, *, allowed: Iterable[str], what: str, changes: dict, exclude=()) -> list[str]:
    """Set the fields named in ``changes``, validate the whole object, and save only those fields.

    A name outside ``allowed`` is a programming error, not bad input: it raises ``ValueError`` ("Not a
    preference: colour") before anything is set. Invalid values raise Django's ``ValidationError`` and nothing
    is saved. Returns the names of the fields whose value changed (for the audit trail).
    """
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"Not {what}: {', '.join(sorted(unknown))}")
    # Compared with what is stored, not with the instance: a ModelForm has already set its fields on it.
    stored = type(instance)._default_manager.filter(pk=instance.pk).values(*changes).first() or {}
    changed = [name for name, value in changes.items() if name not in stored or stored[name] != value]
    for name, value in changes.items():
        setattr(instance, name, value)
    instance.full_clean(exclude=list(exclude))
    instance.save(update_fields=list(changes))
    return changed
