"""A client on the rejection-recovery pathway, and the next steps it proposes after each submission."""

from django.db import models
from django.utils import timezone

from assignments.models.assignment import Assignment


class PathwayEnrollment(models.Model):
    """A client following the rejection-recovery pathway."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        FINISHED = "finished", "Finished"
        STOPPED = "stopped", "Stopped"

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="pathways")
    clinician = models.ForeignKey("clinicians.Clinician", null=True, on_delete=models.SET_NULL, related_name="+")
    pathway = models.CharField(max_length=40, default="rejection-recovery")
    auto_send = models.BooleanField(
        default=False, help_text="Send proposed next steps without waiting for the clinician to confirm."
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    started_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.pathway} for {self.client}"


class PathwayProposal(models.Model):
    """The step the pathway proposes after a submission; confirmed by the clinician or sent by itself."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Waiting for the clinician"
        SENT = "sent", "Sent"
        DISMISSED = "dismissed", "Dismissed"

    enrollment = models.ForeignKey(PathwayEnrollment, on_delete=models.CASCADE, related_name="proposals")
    after = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="proposals")
    step = models.CharField(max_length=40)
    template_slug = models.SlugField(max_length=80)
    reason = models.CharField(max_length=200)
    due_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PROPOSED)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_assignment = models.ForeignKey(
        Assignment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["after", "step"], name="pathway_proposal_once_per_step"),
        ]

    def __str__(self) -> str:
        return f"Propose {self.step} after {self.after_id}"
