from django.conf import settings
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils import timezone


class TemplateQuerySet(models.QuerySet):
    def visible_to(self, user) -> "TemplateQuerySet":
        """Templates a clinician or admin may use: the shared library and their practice's own."""
        if not user.is_authenticated or not user.is_active or user.practice_id is None:
            return self.none()
        if user.role not in ("clinician", "admin"):
            return self.none()
        return self.filter(Q(practice__isnull=True) | Q(practice_id=user.practice_id))

    def usable(self) -> "TemplateQuerySet":
        return self.filter(archived_at__isnull=True, current_version__isnull=False)


class Template(models.Model):
    """An exercise or measure. Its content lives in versions; published ones never change."""

    class Kind(models.TextChoices):
        EXERCISE = "exercise", "Exercise"
        MEASURE = "measure", "Measure"

    practice = models.ForeignKey(
        "practices.Practice",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="templates",
        help_text="Empty for the shared library that every practice sees.",
    )
    slug = models.SlugField(max_length=80)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.EXERCISE)
    is_builtin = models.BooleanField(default=False, help_text="Shipped with the product; change it by copying.")
    copied_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies")
    current_version = models.ForeignKey(
        "TemplateVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TemplateQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], condition=Q(practice__isnull=True), name="template_library_slug"),
            models.UniqueConstraint(fields=["practice", "slug"], name="template_practice_slug"),
        ]

    def __str__(self) -> str:
        owner = "library" if self.practice_id is None else f"practice {self.practice_id}"
        return f"{self.slug} ({owner})"


class TemplateVersion(models.Model):
    """One version of a template's content. Drafts can be edited; published ones are frozen."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    template = models.ForeignKey(Template, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    title = models.CharField(max_length=120)
    description = models.TextField(help_text="For clinicians: what it is for and when to use it.")
    introduction = models.TextField(help_text="For clients: a short, kind introduction.")
    items = models.JSONField()
    scoring = models.JSONField(null=True, blank=True)
    risk_rules = models.JSONField(default=list, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["template", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["template", "number"], name="template_version_number"),
            models.UniqueConstraint(
                fields=["template"], condition=Q(status="draft"), name="template_one_draft_at_a_time"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.template.slug} v{self.number} ({self.status})"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


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
    instructions = models.TextField(blank=True)
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
    answers = models.JSONField(default=dict)
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
    answers = models.JSONField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["response", "number"]
        constraints = [models.UniqueConstraint(fields=["response", "number"], name="revision_number_unique")]

    def __str__(self) -> str:
        return f"Revision {self.number} ({self.kind}) of response {self.response_id}"


class Comment(models.Model):
    """Feedback between a client and their clinicians, on an assignment or one item of it."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    link_id = models.CharField(max_length=64, blank=True, help_text="The item the comment points at, if any.")
    body = models.TextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["assignment", "created_at"], name="comment_assignment_time")]

    def __str__(self) -> str:
        return f"Comment by {self.author_id} on {self.assignment_id}"


class DiscussionFlag(models.Model):
    """An item the client wants to talk about in the next session."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="discussion_flags")
    link_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "link_id"], condition=Q(cleared_at__isnull=True), name="discussion_flag_open"
            )
        ]

    def __str__(self) -> str:
        return f"Discuss {self.link_id} ({self.assignment_id})"


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
    reasons = models.JSONField(help_text="[{linkId, reason, level, category, excerpt?, spans?, question?}] found.")
    created_at = models.DateTimeField(default=timezone.now)
    remind_at = models.DateTimeField(
        null=True, blank=True, help_text="When to remind the clinician if it is still unacknowledged."
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledgement_note = models.TextField(blank=True, max_length=2000)

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
    predicted_reaction = models.TextField(blank=True, help_text="What the client expected to hear, as written.")
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
