"""Templates and their versions: the exercises and measures, their content frozen once published."""

from django.conf import settings
from django.db import models
from django.db.models import Q


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
    # How many times the draft has been saved: a save names the revision it was made from, so two editors
    # (or two tabs) never overwrite each other unseen (409 on the API, a conflict view in the builder).
    revision = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

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


class TemplateDraftRevision(models.Model):
    """Every accepted save of a draft, as saved: nothing an author wrote is lost, whoever saved last."""

    version = models.ForeignKey(TemplateVersion, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    content = models.JSONField(help_text="The draft's content fields after this save.")
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["version", "-number"]
        constraints = [models.UniqueConstraint(fields=["version", "number"], name="template_draft_revision_number")]

    def __str__(self) -> str:
        return f"{self.version} revision {self.number}"
