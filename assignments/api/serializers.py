"""The API's serializers: what each resource reads from a request and shows in its answers."""

import datetime

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from assignments.models import Assignment, Comment, RiskAlert
from assignments.pathway import PATHWAY

# The largest id a database column holds (a 64-bit signed integer): a larger one is a 400, not an overflow.
MAX_ID = 2**63 - 1
DUE_AT_PAST = datetime.timedelta(days=7)
DUE_AT_FUTURE = datetime.timedelta(days=2 * 365)


def within_due_window(value: datetime.datetime) -> None:
    """Reminders and recurrences are computed from a due date: one centuries away would overflow them."""
    now = timezone.now()
    if not now - DUE_AT_PAST <= value <= now + DUE_AT_FUTURE:
        raise serializers.ValidationError("Give a date between a week ago and two years from now.")


class ListFilters(serializers.Serializer):
    """Query parameters of the assignment list."""

    status = serializers.ChoiceField(choices=[s.value for s in Assignment.Status], required=False)
    client = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)


class TemplateSerializer(serializers.Serializer):
    slug = serializers.CharField(source="template.slug")
    title = serializers.CharField()
    kind = serializers.CharField(source="template.kind")
    version = serializers.IntegerField(source="number")
    description = serializers.CharField()
    introduction = serializers.CharField()
    items = serializers.JSONField()


class TemplateCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=120)
    description = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    introduction = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    items = serializers.JSONField()


class DraftSaveSerializer(serializers.Serializer):
    """A save of the draft: the content fields it changes, and the revision the author's copy was made from."""

    revision = serializers.IntegerField(min_value=0, max_value=MAX_ID)
    title = serializers.CharField(max_length=120, required=False)
    description = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    introduction = serializers.CharField(max_length=4000, required=False, allow_blank=True)
    items = serializers.JSONField(required=False)


class DraftSerializer(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField()
    introduction = serializers.CharField()
    items = serializers.JSONField()
    scoring = serializers.JSONField(allow_null=True)
    risk_rules = serializers.JSONField()
    revision = serializers.IntegerField()


class TemplateVersionSummarySerializer(serializers.Serializer):
    version = serializers.IntegerField()
    published_at = serializers.DateTimeField()
    published_by = serializers.CharField(allow_null=True)
    items_changed = serializers.ListField(child=serializers.CharField())


class CommentSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()
    link_id = serializers.CharField(required=False, allow_blank=True, max_length=64, default="")
    body = serializers.CharField(max_length=5000)

    class Meta:
        model = Comment
        fields = ["id", "author", "body", "link_id", "created_at"]
        read_only_fields = ["id", "author", "created_at"]

    def get_author(self, comment) -> dict | None:
        if comment.author is None:
            return None
        return {"id": comment.author_id, "display_name": comment.author.display_name, "role": comment.author.role}


class AssignmentTemplateSerializer(serializers.Serializer):
    slug = serializers.CharField(source="template.slug")
    version = serializers.IntegerField(source="number")
    title = serializers.CharField()
    items = serializers.JSONField()


class ResponseSerializer(serializers.Serializer):
    answers = serializers.JSONField()
    version = serializers.IntegerField()
    submitted_at = serializers.DateTimeField(allow_null=True)


class ScoreSerializer(serializers.Serializer):
    total = serializers.FloatField()
    band = serializers.CharField()


class NextStepSerializer(serializers.Serializer):
    step = serializers.CharField()
    template = serializers.CharField(source="template_slug")
    reason = serializers.CharField()
    status = serializers.CharField()
    due_at = serializers.DateTimeField()
    assignment = serializers.IntegerField(source="created_assignment_id", allow_null=True)


extend_schema_field_score = extend_schema_field(ScoreSerializer(allow_null=True))
extend_schema_field_response = extend_schema_field(ResponseSerializer(allow_null=True))
extend_schema_field_next_step = extend_schema_field(NextStepSerializer(allow_null=True))


class TemplateRefSerializer(serializers.Serializer):
    slug = serializers.CharField(source="template.slug")
    version = serializers.IntegerField(source="number")
    title = serializers.CharField()


class AssignmentListSerializer(serializers.ModelSerializer):
    client = serializers.IntegerField(source="client_id")
    template = TemplateRefSerializer(source="template_version")
    score = serializers.SerializerMethodField()

    class Meta:
        model = Assignment
        fields = ["id", "client", "template", "instructions", "status", "due_at", "submitted_at", "score"]

    @extend_schema_field_score
    def get_score(self, assignment) -> dict | None:
        return _score(assignment)


def _score(assignment) -> dict | None:
    return score_of(getattr(assignment, "response", None))


def score_of(response) -> dict | None:
    """A measure's score as the API shows it, or None (unscored, or not yet submitted)."""
    if response is None or response.score_total is None:
        return None
    return {"total": float(response.score_total), "band": response.score_band}


class AssignmentSerializer(serializers.ModelSerializer):
    client = serializers.IntegerField(source="client_id")
    template = AssignmentTemplateSerializer(source="template_version")
    response = serializers.SerializerMethodField()
    score = serializers.SerializerMethodField()
    comments = CommentSerializer(source="comment_list", many=True)
    next_step = serializers.SerializerMethodField()

    class Meta:
        model = Assignment
        fields = [
            "id", "client", "template", "instructions", "status", "due_at", "submitted_at", "completed_in_session",
            "response", "score", "comments", "next_step",
        ]  # fmt: skip
        read_only_fields = fields

    @extend_schema_field_response
    def get_response(self, assignment) -> dict | None:
        response = getattr(assignment, "response", None)
        return ResponseSerializer(response).data if response is not None else None

    @extend_schema_field_score
    def get_score(self, assignment) -> dict | None:
        return _score(assignment)

    @extend_schema_field_next_step
    def get_next_step(self, assignment) -> dict | None:
        proposals = getattr(assignment, "proposal_list", [])
        live = [p for p in proposals if p.status != "dismissed"]
        return NextStepSerializer(live[0]).data if live else None


class AssignmentCreateSerializer(serializers.Serializer):
    client = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    template = serializers.SlugField(max_length=80)
    instructions = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
    due_at = serializers.DateTimeField(validators=[within_due_window])
    recurrence = serializers.ChoiceField(choices=["none", "daily", "weekly"], default="none")
    occurrences = serializers.IntegerField(min_value=1, max_value=60, default=1)


class PathwayCreateSerializer(serializers.Serializer):
    client = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    pathway = serializers.ChoiceField(choices=[PATHWAY])
    start_at = serializers.DateTimeField(validators=[within_due_window])
    auto_send = serializers.BooleanField(default=False)


class AnswersSerializer(serializers.Serializer):
    answers = serializers.JSONField()
    version = serializers.IntegerField(min_value=0, max_value=2**31 - 1)


class ReviewSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["reviewed", "revise"])
    comment = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")


class AlertSerializer(serializers.ModelSerializer):
    client = serializers.IntegerField(source="client_id")
    assignment = serializers.IntegerField(source="assignment_id")
    reason = serializers.CharField(source="summary")
    reasons = serializers.JSONField()
    level = serializers.ChoiceField(
        choices=RiskAlert.Level.choices, help_text="Most urgent first: imminent, high, moderate, history."
    )
    source = serializers.ChoiceField(choices=RiskAlert.Source.choices, help_text="What the client wrote it in.")

    class Meta:
        model = RiskAlert
        fields = ["id", "client", "assignment", "reason", "reasons", "level", "source", "created_at", "acknowledged_at"]
        read_only_fields = fields


class AcknowledgeSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")


CreatedList = inline_serializer(
    "CreatedAssignments", {"count": serializers.IntegerField(), "results": AssignmentListSerializer(many=True)}
)


VersionSerializer = inline_serializer("Version", {"version": serializers.IntegerField()})


SubmitResult = inline_serializer(
    "Submitted",
    {
        "status": serializers.CharField(),
        "version": serializers.IntegerField(),
        "score": ScoreSerializer(allow_null=True),
        "risk": serializers.BooleanField(help_text="Show the practice's crisis resources now."),
        "crisis_resources": serializers.ListField(child=serializers.CharField()),
        "pathway_note": serializers.CharField(
            help_text="For the client, when it is not empty: why a pathway step (asking for feedback) was left out "
            "or waits for their clinician."
        ),
    },
)
