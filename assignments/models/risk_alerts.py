"""Risk alerts: what a client wrote that suggested risk, one alert per clinician, in triage order."""

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone

from assignments.models.assignment import Assignment, ResponseRevision
from assignments.models.discussion import Comment
from config.encryption import EncryptedJSONField, EncryptedTextField


class RiskAlertQuerySet(models.QuerySet):
    def most_urgent_first(self) -> "RiskAlertQuerySet":
        """Imminent, then high, moderate and history; newest first within a level."""
        return self.annotate(urgency=urgency_of("level")).order_by("urgency", "-created_at", "-pk")


def urgency_of(field: str) -> Case:
    """0 for the most urgent risk level, in SQL, for ordering."""
    return Case(
        *(When(**{field: level}, then=Value(rank)) for rank, level in enumerate(RiskAlert.Level.values)),
        default=Value(len(RiskAlert.Level.values)),
        output_field=models.IntegerField(),
    )


class RiskAlert(models.Model):
    """Something a client wrote suggested risk: one alert for each of the client's clinicians.

    Raised from sent answers, from a saved draft (at most once per assignment,
    risk category and day) or from a client's comment.
    """

    class Level(models.TextChoices):
        # Most urgent first: the order is the triage order everywhere alerts are listed.
        IMMINENT = "imminent", "Imminent"
        HIGH = "high", "High"
        MODERATE = "moderate", "Moderate"
        HISTORY = "history", "History"

    class Source(models.TextChoices):
        SUBMISSION = "submission", "Sent answers"
        DRAFT = "draft", "An unsent draft"
        COMMENT = "comment", "A comment"

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="risk_alerts")
    clinician = models.ForeignKey("clinicians.Clinician", on_delete=models.CASCADE, related_name="risk_alerts")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="risk_alerts")
    revision = models.ForeignKey(
        ResponseRevision, null=True, blank=True, on_delete=models.CASCADE, related_name="risk_alerts"
    )
    comment = models.ForeignKey(Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="risk_alerts")
    level = models.CharField(max_length=16, choices=Level.choices, default=Level.HIGH)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.SUBMISSION)
    categories = models.JSONField(default=list, blank=True, help_text="The risk categories found, for the daily limit.")
    reasons = EncryptedJSONField(help_text="[{linkId, reason, level, category, excerpt?, spans?, question?}] found.")
    created_at = models.DateTimeField(default=timezone.now)
    remind_at = models.DateTimeField(
        null=True, blank=True, help_text="When to remind the clinician if it is still unacknowledged."
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledgement_note = EncryptedTextField(blank=True, max_length=2000)

    objects = RiskAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "clinician"], name="risk_alert_once_per_submission"),
            models.UniqueConstraint(fields=["comment", "clinician"], name="risk_alert_once_per_comment"),
        ]
        indexes = [
            models.Index(
                fields=["clinician", "created_at"], name="risk_alert_open", condition=Q(acknowledged_at__isnull=True)
            ),
            models.Index(fields=["assignment", "created_at"], name="risk_alert_by_assignment"),
            models.Index(fields=["remind_at"], name="risk_alert_remind", condition=Q(acknowledged_at__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"{self.get_level_display()} risk alert for {self.client} ({self.created_at:%Y-%m-%d})"

    @property
    def summary(self) -> str:
        return "; ".join(dict.fromkeys(reason["reason"] for reason in self.reasons))

    @property
    def from_draft(self) -> bool:
        return self.source == self.Source.DRAFT
