"""Rewrite every encrypted value under the first of FIELD_ENCRYPTION_KEYS (config/encryption.py).

Run after putting a new key first: old values stay readable meanwhile (any listed key opens them), and once
this has finished the old key can be removed. Values written before encryption are encrypted too. It can be
stopped and run again at any time: each batch is its own transaction and rewriting a value twice is harmless.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from config.encryption import EncryptedJSONField, EncryptedTextField

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
            done = 0
            last = None
            while True:
                with transaction.atomic():
                    rows = model._default_manager.order_by("pk").only("pk", *names)
                    if last is not None:
                        rows = rows.filter(pk__gt=last)
                    batch = list(rows.select_for_update()[:BATCH])
                    if not batch:
                        break
                    model._default_manager.bulk_update(batch, names)
                done += len(batch)
                last = batch[-1].pk
            total += done
            self.stdout.write(f"{model._meta.label}: {done} rows ({', '.join(names)})")
        self.stdout.write(self.style.SUCCESS(f"Re-encrypted {total} rows with the current key."))
