"""Free text encrypted at rest: answers, drafts, revisions, comments, alert excerpts and notes.

The cryptography is `cryptography`'s Fernet (AES-128-CBC with an HMAC-SHA256, a random IV per value)
through ``MultiFernet``, which encrypts with the first key of a list and decrypts with any of them: a new
key goes first, the old ones stay until ``manage.py reencrypt`` has rewritten every value under the new
one, and can then be removed. Keys come from the environment (``FIELD_ENCRYPTION_KEYS``, comma-separated
Fernet keys); without any, one is derived from SECRET_KEY, for the embedded default only (the deploy
check warns).

The fields store the token as text. A JSON document is encrypted whole (its types and structure
survive, unlike libraries that encrypt each value as a string). A value the keys cannot open is an
error, never passed on as if it were the text; a value written before encryption (plain JSON or text)
is read as it is, and the next save or ``reencrypt`` encrypts it. Encrypted columns cannot be searched
or filtered by the database, so the fields refuse every lookup but ``isnull``: risk detection and
scoring run on the decrypted values in Python, as they always have.
"""

import base64
import functools
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django import forms
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import setting_changed
from django.db import models, transaction
from django.dispatch import receiver

# Every Fernet token starts with its version byte, 0x80, which base64 writes as "gAAAAA".
TOKEN_PREFIX = "gAAAAA"


class UndecryptableValue(ImproperlyConfigured):
    """A stored value none of FIELD_ENCRYPTION_KEYS opens: a key was removed before ``reencrypt`` ran."""


def derived_key(secret_key: str) -> str:
    """The key used when FIELD_ENCRYPTION_KEYS is not set: HKDF-SHA256 of SECRET_KEY (embedded default only)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"rejection-recovery field encryption")
    return base64.urlsafe_b64encode(hkdf.derive(secret_key.encode())).decode()


@functools.cache
def _fernet() -> MultiFernet:
    keys = list(getattr(settings, "FIELD_ENCRYPTION_KEYS", None) or [derived_key(settings.SECRET_KEY)])
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64 bytes each), comma-separated; "
            "make one with: python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
        ) from error


@receiver(setting_changed)
def _forget_keys(setting, **kwargs) -> None:
    if setting in ("FIELD_ENCRYPTION_KEYS", "SECRET_KEY"):
        _fernet.cache_clear()


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise UndecryptableValue(
            "A stored value cannot be decrypted with FIELD_ENCRYPTION_KEYS: put back the key it was written "
            "with (after the current one), then run manage.py reencrypt before removing it."
        ) from None


def is_encrypted(value: str) -> bool:
    return value.startswith(TOKEN_PREFIX)


class _NoLookups:
    """The database holds ciphertext: comparing it to anything would quietly find nothing."""

    def get_lookup(self, lookup_name):
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)
        raise NotImplementedError(
            f"{self.model.__name__}.{self.name} is encrypted at rest: filter in Python, not with __{lookup_name}."
        )

    def get_transform(self, lookup_name):
        raise NotImplementedError(f"{self.model.__name__}.{self.name} is encrypted at rest and has no parts to query.")


class EncryptedTextField(_NoLookups, models.TextField):
    """Text, encrypted at rest. An empty value is stored empty (that a note is blank is not a secret)."""

    description = "Text, encrypted at rest"

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)

    def from_db_value(self, value, expression, connection):
        if not value or not is_encrypted(value):
            return value  # empty, or written before encryption
        return decrypt(value)


class EncryptedJSONField(_NoLookups, models.Field):
    """A JSON document (answers, excerpts), encrypted at rest as one token; read back with its types intact."""

    description = "A JSON document, encrypted at rest"
    empty_strings_allowed = False

    def __init__(self, *args, encoder=DjangoJSONEncoder, **kwargs):
        self.encoder = encoder
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.encoder is not DjangoJSONEncoder:
            kwargs["encoder"] = self.encoder
        return name, path, args, kwargs

    def get_internal_type(self) -> str:
        return "TextField"

    def get_prep_value(self, value):
        if value is None:
            return None
        return encrypt(json.dumps(value, cls=self.encoder, ensure_ascii=False))

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return json.loads(decrypt(value) if is_encrypted(value) else value)

    def to_python(self, value):
        # Fixtures and serializers hand over the document as JSON text; everything else is already Python.
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError as error:
                raise forms.ValidationError("Enter valid JSON.") from error
        return value

    def value_to_string(self, obj) -> str:
        return json.dumps(self.value_from_object(obj), cls=self.encoder, ensure_ascii=False)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": forms.JSONField, "encoder": self.encoder, **kwargs})


def resave(manager, names: list[str], batch: int = 500) -> int:
    """Rewrite ``names`` of every row of ``manager`` under the first key, in batches of their own transaction.

    Reading opens any listed key (and plain values from before encryption); saving encrypts with the first.
    Safe to stop and run again: rewriting a value twice is harmless.
    """
    done, last = 0, None
    while True:
        with transaction.atomic(using=manager.db):
            rows = manager.order_by("pk").only("pk", *names)
            if last is not None:
                rows = rows.filter(pk__gt=last)
            rows = list(rows.select_for_update()[:batch])
            if not rows:
                return done
            manager.bulk_update(rows, names)
        done += len(rows)
        last = rows[-1].pk


def encrypt_existing(app_label: str, fields_by_model: dict[str, list[str]]):
    """A migration step that encrypts the rows written before these fields were encrypted (a ``resave``).

    Irreversible by design: writing a database's clinical text back out in plain is not a migration.
    """

    def forward(apps, schema_editor) -> None:
        for model_name, names in fields_by_model.items():
            resave(
                apps.get_model(app_label, model_name)._base_manager.db_manager(schema_editor.connection.alias), names
            )

    return forward
