"""The public API for templates, assignments, comments, alerts and the pathway (API.md)."""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import generics, serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from accounts.permissions import IsClinician, IsClinicianOrAdmin
from assignments import fhir
from assignments.models import Assignment, Comment, RiskAlert, Template
from assignments.pathway import PATHWAY, pathway_start
from assignments.selectors import assignment_for, assignments_for, comments_for, template_for, templates_for
from assignments.services import (
    assignment_create,
    assignment_review,
    comment_add,
    response_save_draft,
    response_submit,
    risk_alert_acknowledge,
)
from clients.models import Client
from clinicians.alerts import open_alert_for, open_alerts_for
from config.api import ConflictSerializer, TransitionSerializer, errors

# --- Serializers ---------------------------------------------------------------------


class ListFilters(serializers.Serializer):
    """Query parameters of the assignment list."""

    status = serializers.ChoiceField(choices=[s.value for s in Assignment.Status], required=False)
    client = serializers.IntegerField(min_value=1, required=False)


class TemplateSerializer(serializers.Serializer):
    slug = serializers.CharField(source="template.slug")
    title = serializers.CharField()
    kind = serializers.CharField(source="template.kind")
    version = serializers.IntegerField(source="number")
    description = serializers.CharField()
    introduction = serializers.CharField()
    items = serializers.JSONField()


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
    client = serializers.IntegerField()
    template = serializers.SlugField(max_length=80)
    instructions = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
    due_at = serializers.DateTimeField()
    recurrence = serializers.ChoiceField(choices=["none", "daily", "weekly"], default="none")
    occurrences = serializers.IntegerField(min_value=1, max_value=60, default=1)


class PathwayCreateSerializer(serializers.Serializer):
    client = serializers.IntegerField()
    pathway = serializers.ChoiceField(choices=[PATHWAY])
    start_at = serializers.DateTimeField()
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


# --- Templates -----------------------------------------------------------------------


def _template_field(user, slug: str) -> Template:
    """A template the caller may give, named in a request body: a field error when there is none."""
    try:
        return template_for(user=user, slug=slug)
    except Http404:
        raise serializers.ValidationError({"template": ["No published template with this slug."]}) from None


class TemplateList(generics.ListAPIView):
    """Published templates of your practice and the shared library."""

    serializer_class = TemplateSerializer
    permission_classes = [IsClinicianOrAdmin]

    def get_queryset(self):
        return templates_for(user=self.request.user)

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(TemplateSerializer([t.current_version for t in page], many=True).data)

    @extend_schema(responses={200: TemplateSerializer(many=True), **errors(400, 401, 403, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(responses={200: TemplateSerializer, **errors(401, 403, 404)})
@api_view(["GET"])
@permission_classes([IsClinicianOrAdmin])
def template_detail(request, slug: str):
    """One template, newest published version."""
    return Response(TemplateSerializer(template_for(user=request.user, slug=slug).current_version).data)


@extend_schema(responses={200: OpenApiTypes.OBJECT, **errors(401, 403, 404)})
@api_view(["GET"])
@permission_classes([IsClinicianOrAdmin])
def template_fhir(request, slug: str):
    """The template's newest published version as a FHIR R4 Questionnaire."""
    return Response(fhir.questionnaire(template_for(user=request.user, slug=slug).current_version))


# --- Assignments ---------------------------------------------------------------------


class AssignmentList(generics.ListCreateAPIView):
    """Your assignments (client), or your clients' assignments (clinician)."""

    serializer_class = AssignmentListSerializer

    def get_permissions(self):
        return [IsClinician()] if self.request.method == "POST" else super().get_permissions()

    def get_queryset(self):
        user = self.request.user
        if user.role not in ("clinician", "client"):
            return Assignment.objects.none()
        filters = ListFilters(data=self.request.query_params.dict())  # a plain dict: "" is an error, not "absent"
        filters.is_valid(raise_exception=True)
        qs = assignments_for(user=user)
        if "status" in filters.validated_data:
            qs = qs.filter(status=filters.validated_data["status"])
        if "client" in filters.validated_data and user.role == "clinician":
            qs = qs.filter(client_id=filters.validated_data["client"])
        return qs

    @extend_schema(
        parameters=[
            OpenApiParameter("status", str, enum=[s.value for s in Assignment.Status]),
            OpenApiParameter("client", int, description="Clinicians: one client's assignments."),
        ],
        responses={200: AssignmentListSerializer(many=True), **errors(400, 401, 403, 404)},
    )
    def get(self, request, *args, **kwargs):
        if request.user.role not in ("clinician", "client"):
            self.permission_denied(request, "Assignments are for clinicians and clients.")
        return super().get(request, *args, **kwargs)

    @extend_schema(request=AssignmentCreateSerializer, responses={201: CreatedList, **errors(400, 401, 403)})
    def post(self, request, *args, **kwargs):
        data = _valid(AssignmentCreateSerializer, request)
        client = _client_for(request.user, data["client"])
        template = _template_field(request.user, data["template"])
        created = assignment_create(
            clinician_user=request.user,
            client=client,
            template=template,
            due_at=data["due_at"],
            instructions=data["instructions"],
            recurrence=data["recurrence"],
            occurrences=data["occurrences"],
        )
        return _created(request, created)


def _created(request, assignments) -> Response:
    rows = list(assignments_for(user=request.user).filter(pk__in=[a.pk for a in assignments]))
    return Response(
        {"count": len(rows), "results": AssignmentListSerializer(rows, many=True).data}, status=status.HTTP_201_CREATED
    )


def _valid(serializer_class, request) -> dict:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _client_for(user, pk: int) -> Client:
    """A client on the caller's caseload; a field error otherwise (never reveals who exists)."""
    client = Client.objects.visible_to(user).filter(pk=pk).first()
    if client is None or user.role != "clinician":
        raise serializers.ValidationError({"client": ["No client with this id on your caseload."]})
    return client


@extend_schema(request=PathwayCreateSerializer, responses={201: CreatedList, **errors(400, 401, 403)})
@api_view(["POST"])
@permission_classes([IsClinician])
def pathway_create(request):
    """Give a client the rejection-recovery pathway: its first assignments."""
    data = _valid(PathwayCreateSerializer, request)
    client = _client_for(request.user, data["client"])
    _, created = pathway_start(
        clinician_user=request.user, client=client, start_at=data["start_at"], auto_send=data["auto_send"]
    )
    return _created(request, created)


def _assignment(request, pk: int) -> Assignment:
    return assignment_for(user=request.user, pk=pk)


@extend_schema(responses={200: AssignmentSerializer, **errors(401, 403, 404)})
@api_view(["GET"])
def assignment_detail(request, pk: int):
    """One assignment with its template version, response, score, comments and next step."""
    return Response(AssignmentSerializer(_assignment(request, pk)).data)


VersionSerializer = inline_serializer("Version", {"version": serializers.IntegerField()})


@extend_schema(
    request=AnswersSerializer,
    responses={200: VersionSerializer, 409: ConflictSerializer, **errors(400, 401, 403, 404)},
)
@api_view(["PUT"])
def assignment_draft(request, pk: int):
    """Save a draft; a stale ``version`` answers 409 with the current answers and version."""
    assignment = _assignment(request, pk)
    _only_the_client(request, assignment)
    data = _valid(AnswersSerializer, request)
    response = response_save_draft(
        assignment=assignment, user=request.user, answers=data["answers"], version=data["version"]
    )
    return Response({"version": response.version})


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


@extend_schema(
    request=AnswersSerializer,
    responses={200: SubmitResult, 409: ConflictSerializer, **errors(400, 401, 403, 404)},
)
@api_view(["POST"])
def assignment_submit(request, pk: int):
    """Submit the answers; broken answers answer 400 with messages per linkId."""
    assignment = _assignment(request, pk)
    _only_the_client(request, assignment)
    data = _valid(AnswersSerializer, request)
    submission = response_submit(
        assignment=assignment, user=request.user, answers=data["answers"], version=data["version"]
    )
    response = submission.response
    score = score_of(response)
    return Response(
        {
            "status": Assignment.Status.SUBMITTED,
            "version": response.version,
            "score": score,
            "risk": submission.raised_risk,
            "crisis_resources": request.user.practice.crisis_lines if submission.raised_risk else [],
            "pathway_note": submission.pathway_note,
        }
    )


def _only_the_client(request, assignment: Assignment) -> None:
    if request.user.role != "client":
        raise PermissionDenied("Only the client answers their assignment.")


@extend_schema(
    request=ReviewSerializer,
    responses={
        200: AssignmentSerializer,
        409: OpenApiResponse(TransitionSerializer, description="Not in a state that can be reviewed (e.g. already)."),
        **errors(400, 401, 403, 404),
    },
)
@api_view(["POST"])
def assignment_review_view(request, pk: int):
    """Mark reviewed, or request a revision with a comment."""
    assignment = _assignment(request, pk)
    if request.user.role != "clinician":
        raise PermissionDenied("Only the client's clinicians review.")
    data = _valid(ReviewSerializer, request)
    assignment_review(
        assignment=assignment, clinician_user=request.user, decision=data["decision"], comment=data["comment"]
    )
    return Response(AssignmentSerializer(_assignment(request, pk)).data)


class CommentList(generics.ListCreateAPIView):
    """Comments on one assignment, oldest first; post one (optionally anchored to an item's linkId)."""

    serializer_class = CommentSerializer

    def get_queryset(self):
        return comments_for(user=self.request.user, assignment_pk=self.kwargs["pk"])

    @extend_schema(responses={200: CommentSerializer(many=True), **errors(400, 401, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(request=CommentSerializer, responses={201: CommentSerializer, **errors(400, 401, 404)})
    def post(self, request, *args, **kwargs):
        assignment = _assignment(request, kwargs["pk"])
        data = _valid(CommentSerializer, request)
        comment = comment_add(assignment=assignment, author=request.user, body=data["body"], link_id=data["link_id"])
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)


@extend_schema(responses={200: OpenApiTypes.OBJECT, **errors(401, 404)})
@api_view(["GET"])
def assignment_fhir(request, pk: int):
    """The response as a FHIR R4 QuestionnaireResponse."""
    return Response(fhir.questionnaire_response(_assignment(request, pk)))


# --- Alerts --------------------------------------------------------------------------


class AlertList(generics.ListAPIView):
    """Open risk alerts raised to you about your current clients: the most urgent level first, then newest."""

    serializer_class = AlertSerializer
    permission_classes = [IsClinician]

    def get_queryset(self):
        return open_alerts_for(user=self.request.user)

    @extend_schema(responses={200: AlertSerializer(many=True), **errors(400, 401, 403, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(request=AcknowledgeSerializer, responses={200: AlertSerializer, **errors(400, 401, 403, 404)})
@api_view(["POST"])
@permission_classes([IsClinician])
def alert_acknowledge(request, pk: int):
    """Acknowledge an open alert about a client you still care for, with an optional note of what you did.

    An alert already acknowledged, or about a client handed over to someone else, answers 404.
    """
    alert = open_alert_for(user=request.user, pk=pk)
    data = _valid(AcknowledgeSerializer, request)
    return Response(
        AlertSerializer(risk_alert_acknowledge(alert=alert, clinician_user=request.user, note=data["note"])).data
    )
