"""Assignments given to clients, one-off or in a recurring series, and the answers to them with every save kept."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone

from assignments.models.templates import TemplateVersion
from config.encryption import EncryptedJSONField, EncryptedTextField


class AssignmentQuerySet(models.QuerySet):
    def visible_to(self, user) -> "AssignmentQuerySet":
        """A client's own assignments; a clinician's current clients' ones. Nobody else's."""
        if not user.is_authenticated or not user.is_active or user.practice_id is None:
            return self.none()
        if user.role == "client":
            return self.filter(client__user=user)
        if user.role == "clinician":
            from clients.models import CareTeamMember

            current_care = CareTeamMember.objects.filter(
                client=OuterRef("client"), clinician__user=user, ended_on__isnull=True
            )
            return self.filter(Exists(current_care), client__user__practice_id=user.practice_id)
        return self.none()


class Assignment(models.Model):
    """A pinned template version given to a client, due at a time."""

    class Status(models.TextChoices):
        ASSIGNED = "assigned", "Assigned"
        IN_PROGRESS = "in_progress", "In progress"
        SUBMITTED = "submitted", "Submitted"
        REVIEWED = "reviewed", "Reviewed"
        REVISION_REQUESTED = "revision_requested", "Revision requested"
        CANCELLED = "cancelled", "Cancelled"

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="assignments")
    template_version = models.ForeignKey(TemplateVersion, on_delete=models.PROTECT, related_name="assignments")
    assigned_by = models.ForeignKey(
        "clinicians.Clinician", null=True, on_delete=models.SET_NULL, related_name="assignments_given"
    )
    instructions = EncryptedTextField(blank=True)
    due_at = models.DateTimeField()
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.ASSIGNED)
    series = models.ForeignKey("AssignmentSeries", null=True, blank=True, on_delete=models.CASCADE)
    occurrence = models.PositiveIntegerField(default=1)
    enrollment = models.ForeignKey(
        "PathwayEnrollment", null=True, blank=True, on_delete=models.SET_NULL, related_name="assignments"
    )
    pathway_step = models.CharField(max_length=40, blank=True)
    completed_in_session = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "pk"]
        indexes = [
            models.Index(fields=["client", "due_at"], name="assignment_client_due"),
            models.Index(fields=["status", "due_at"], name="assignment_status_due"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["series", "occurrence"], name="assignment_one_per_occurrence"),
        ]

    def __str__(self) -> str:
        return f"{self.template_version.template.slug} for {self.client} due {self.due_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.ASSIGNED, self.Status.IN_PROGRESS, self.Status.REVISION_REQUESTED)

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.due_at < timezone.now()


class AssignmentSeries(models.Model):
    """A recurring assignment: one Assignment row per occurrence."""

    class Recurrence(models.TextChoices):
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    recurrence = models.CharField(max_length=16, choices=Recurrence.choices)
    occurrences = models.PositiveIntegerField()
    first_due_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.get_recurrence_display()} × {self.occurrences} from {self.first_due_at:%Y-%m-%d}"


class Response(models.Model):
    """The client's current answers to an assignment, with an optimistic-locking version."""

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="response")
    answers = EncryptedJSONField(default=dict)
    version = models.PositiveIntegerField(default=0)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score_total = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    score_band = models.CharField(max_length=40, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Response to {self.assignment_id} v{self.version}"


class ResponseRevision(models.Model):
    """Every save, kept: who, when, what. Nothing typed is ever lost."""

    class Kind(models.TextChoices):
        DRAFT = "draft", "Draft saved"
        SUBMISSION = "submission", "Submitted"

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    answers = EncryptedJSONField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["response", "number"]
        constraints = [models.UniqueConstraint(fields=["response", "number"], name="revision_number_unique")]

    def __str__(self) -> str:
        return f"Revision {self.number} ({self.kind}) of response {self.response_id}"
