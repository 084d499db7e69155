"""Follow-ups of feedback requests: on the day the client planned to ask, what actually happened."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from assignments.models.assignment import Assignment
from config.encryption import EncryptedTextField


class FollowUp(models.Model):
    """After a feedback request: on the day the client planned to ask, ask them what actually happened.

    One per feedback-request assignment. A sweep turns a scheduled row that has
    come due into a ``feedback-follow-up`` assignment (claiming the row with a
    conditional update, so it happens once); submitting that assignment marks it
    answered, which lets the weekly summary set the prediction beside the outcome.
    """

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        SENT = "sent", "Sent"
        ANSWERED = "answered", "Answered"
        CANCELLED = "cancelled", "Cancelled"

    source = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="follow_up")
    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="follow_ups")
    whom = models.CharField(max_length=200, blank=True, help_text="Whom the client planned to ask, as written.")
    predicted_reaction = EncryptedTextField(blank=True, help_text="What the client expected to hear, as written.")
    planned_for = models.DateField(help_text="The day the client planned to ask.")
    due_at = models.DateTimeField(help_text="That day at the client's daily prompt time, in their time zone.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SCHEDULED)
    assignment = models.OneToOneField(
        Assignment, null=True, blank=True, on_delete=models.SET_NULL, related_name="follow_up_of"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at", "pk"]
        indexes = [
            models.Index(fields=["due_at", "id"], name="follow_up_scheduled", condition=Q(status="scheduled")),
            models.Index(fields=["client", "answered_at"], name="follow_up_answered", condition=Q(status="answered")),
        ]

    def __str__(self) -> str:
        return f"Follow-up of {self.source_id} ({self.status})"
