"""Deployment checks for the security controls this app holds (manage.py check --deploy)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def encryption_keys_of_their_own(app_configs, **kwargs):
    if getattr(settings, "FIELD_ENCRYPTION_KEYS", None):
        return []
    return [
        Warning(
            "FIELD_ENCRYPTION_KEYS is not set: free text is encrypted with a key derived from SECRET_KEY, so "
            "rotating SECRET_KEY would make it unreadable.",
            hint="Set FIELD_ENCRYPTION_KEYS to a Fernet key of its own (see docs/SECURITY.md) and keep it with "
            "the backups' keys, apart from the database.",
            id="security.W_RR_ENCRYPTION",
        )
    ]
