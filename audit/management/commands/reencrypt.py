"""Rewrite every encrypted value under the first of FIELD_ENCRYPTION_KEYS (config/encryption.py).

Run after putting a new key first: old values stay readable meanwhile (any listed key opens them), and once
this has finished the old key can be removed. Values written before encryption are encrypted too. It can be
stopped and run again at any time: each batch is its own transaction and rewriting a value twice is harmless.
"""

from django.apps import apps
from django.core.management.base import BaseCommand

from config.encryption import EncryptedJSONField, EncryptedTextField, resave

BATCH = 500


def encrypted_fields() -> dict:
    """Every model with encrypted fields, and the names of those fields."""
    found = {}
    for model in apps.get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField | EncryptedJSONField)]
        if names:
            found[model] = names
    return found


class Command(BaseCommand):
    help = "Re-encrypt every encrypted value with the first of FIELD_ENCRYPTION_KEYS, so older keys can be removed."

    def handle(self, *args, **options):
        total = 0
        for model, names in encrypted_fields().items():
            done = resave(model._default_manager, names, BATCH)
            total += done
            self.stdout.write(f"{model._meta.label}: {done} rows ({', '.join(names)})")
        self.stdout.write(self.style.SUCCESS(f"Re-encrypted {total} rows with the current key."))
