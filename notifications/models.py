from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Notification(models.Model):
    """The outbox: every email the product sends, written in the transaction that caused it.

    ``key`` (kind, object, occurrence) is unique, so a sweep that runs twice, two
    workers at once or a retried task cannot queue the same message twice; the
    relay claims each row with a conditional update, so only one worker sends it.
    """

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", "Due soon"
        OVERDUE = "overdue", "Overdue"
        RISK_ALERT = "risk_alert", "Risk alert"
        RISK_REMINDER = "risk_reminder", "Risk alert, not yet acknowledged"
        DAILY_PROMPT = "daily_prompt", "Daily exercise prompt"
        FOLLOW_UP = "follow_up", "Follow-up"
        WEEKLY_SUMMARY = "weekly_summary", "Weekly summary"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=Kind.choices)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    channel = models.CharField(max_length=16, default="email")
    subject = models.CharField(max_length=200)
    body = models.TextField(help_text="Plain text.")
    html_body = models.TextField(blank=True, help_text="An HTML alternative, if the message has one.")
    priority = models.BooleanField(default=False, help_text="Sent on the high-priority queue (risk alerts).")
    available_at = models.DateTimeField(default=timezone.now, help_text="Not sent before this time.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["available_at", "id"], name="notification_pending", condition=Q(status="pending")),
            models.Index(fields=["claimed_at"], name="notification_sending", condition=Q(status="sending")),
            # One person's recent messages: the reminder back-off, the drop-out flag, a practice's task metrics.
            models.Index(fields=["recipient", "created_at"], name="notification_recipient_time"),
        ]

    def __str__(self) -> str:
        return self.key
