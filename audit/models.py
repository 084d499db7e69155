"""The audit trail: who read or changed a clinical record, when, from where and through which door.

Append-only. The application has no way to change or remove a row: the model and its queryset refuse
``save()`` of an existing row, ``delete()`` and ``update()``, and on PostgreSQL a trigger refuses UPDATE and
DELETE from any client, so not even raw SQL through the application's connection can rewrite history
(``migrations/0002``). A row holds identifiers and field names only, never what was written.

The people and records it names are plain ids, not foreign keys: a row must outlive the account or the
assignment it is about (erasure removes those; the trail keeps that it happened).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AppendOnly(Exception):
    """An attempt to change or remove an audit row."""


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnly("The audit trail is append-only: rows cannot be updated.")

    def delete(self):
        raise AppendOnly("The audit trail is append-only: rows cannot be deleted.")


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        READ = "read", "Opened"
        CREATE = "create", "Created"
        UPDATE = "update", "Changed"
        SUBMIT = "submit", "Submitted"
        REVIEW = "review", "Reviewed"
        CANCEL = "cancel", "Cancelled"
        ACKNOWLEDGE = "acknowledge", "Acknowledged"
        CLOSE = "close", "Closed"
        ERASE = "erase", "Erased"
        PUBLISH = "publish", "Published"
        ARCHIVE = "archive", "Archived"
        RESTORE = "restore", "Restored"

    class Channel(models.TextChoices):
        WEB = "web", "Web"
        API = "api", "API"
        ADMIN = "admin", "Operators' admin"
        TASK = "task", "Background task"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        help_text="Who did it (empty for a background task).",
    )
    actor_role = models.CharField(max_length=16, blank=True)
    action = models.CharField(max_length=16, choices=Action.choices)
    what = models.CharField(max_length=40, help_text="The kind of record: assignment, response, client, …")
    object_id = models.CharField(max_length=40, blank=True)
    client_id = models.BigIntegerField(null=True, blank=True, help_text="The client whose record it is.")
    practice_id = models.BigIntegerField(null=True, blank=True)
    changed = models.JSONField(default=list, blank=True, help_text="The names of the fields changed, never values.")
    ip = models.GenericIPAddressField(null=True, blank=True)
    channel = models.CharField(max_length=8, choices=Channel.choices)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["practice_id", "-at"], name="audit_practice_at"),
            models.Index(fields=["client_id", "-at"], name="audit_client_at"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.what} {self.object_id} at {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AppendOnly("The audit trail is append-only: rows cannot be updated.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("The audit trail is append-only: rows cannot be deleted.")

    @property
    def actor_role_label(self) -> str:
        labels = {"clinician": "clinician", "admin": "practice admin", "client": "client"}
        return labels.get(self.actor_role, "operator")
