"""Assignments: list and give them, start a pathway, answer, review, and export one as FHIR."""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from accounts.permissions import IsClinician
from assignments import fhir
from assignments.api.common import requested_assignment, validated_data
from assignments.api.serializers import (
    AnswersSerializer,
    AssignmentCreateSerializer,
    AssignmentListSerializer,
    AssignmentSerializer,
    CreatedList,
    ListFilters,
    PathwayCreateSerializer,
    ReviewSerializer,
    SubmitResult,
    VersionSerializer,
    score_of,
)
from assignments.models import Assignment, Template
from assignments.pathway import pathway_start
from assignments.selectors import assignment_for, assignments_for, template_for
from assignments.services import assignment_create, assignment_review, response_save_draft, response_submit
from clients.models import Client
from config.api import ConflictSerializer, TransitionSerializer, errors

# What saving or sending answers may answer besides success: 409 for a stale version, with the current answers.
ANSWERING_ERRORS = {409: ConflictSerializer, **errors(400, 401, 403, 404)}


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
        data = validated_data(AssignmentCreateSerializer, request)
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


def _client_for(user, pk: int) -> Client:
    """A client on the caller's caseload; a field error otherwise (never reveals who exists)."""
    client = Client.objects.visible_to(user).filter(pk=pk).first()
    if client is None or user.role != "clinician":
        raise serializers.ValidationError({"client": ["No client with this id on your caseload."]})
    return client


def _template_field(user, slug: str) -> Template:
    """A template the caller may give, named in a request body: a field error when there is none."""
    try:
        return template_for(user=user, slug=slug)
    except Http404:
        raise serializers.ValidationError({"template": ["No published template with this slug."]}) from None


@extend_schema(request=PathwayCreateSerializer, responses={201: CreatedList, **errors(400, 401, 403)})
@api_view(["POST"])
@permission_classes([IsClinician])
def pathway_create(request):
    """Give a client the rejection-recovery pathway: its first assignments."""
    data = validated_data(PathwayCreateSerializer, request)
    client = _client_for(request.user, data["client"])
    enrollment, _ = pathway_start(
        clinician_user=request.user, client=client, start_at=data["start_at"], auto_send=data["auto_send"]
    )
    # Steps the client already had open join the pathway rather than going out twice; they are among its
    # first assignments all the same.
    return _created(request, enrollment.assignments.all())


@extend_schema(responses={200: AssignmentSerializer, **errors(401, 403, 404)})
@api_view(["GET"])
def assignment_detail(request, pk: int):
    """One assignment with its template version, response, score, comments and next step."""
    return Response(AssignmentSerializer(requested_assignment(request, pk)).data)


@extend_schema(request=AnswersSerializer, responses={200: VersionSerializer, **ANSWERING_ERRORS})
@api_view(["PUT"])
def assignment_draft(request, pk: int):
    """Save a draft; a stale ``version`` answers 409 with the current answers and version."""
    assignment, body = _answering(request, pk)
    response = response_save_draft(assignment=assignment, user=request.user, **body)
    return Response({"version": response.version})


@extend_schema(request=AnswersSerializer, responses={200: SubmitResult, **ANSWERING_ERRORS})
@api_view(["POST"])
def assignment_submit(request, pk: int):
    """Submit the answers; broken answers answer 400 with messages per linkId."""
    assignment, body = _answering(request, pk)
    submission = response_submit(assignment=assignment, user=request.user, **body)
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


def _answering(request, pk: int) -> tuple[Assignment, dict]:
    """The assignment its client is saving or sending, and the ``answers`` and ``version`` in the body.

    404 for an assignment the caller cannot see, then 403 for anyone but its client, then 400 for a bad body.
    """
    assignment = assignment_for(user=request.user, pk=pk, discussion=False)
    if request.user.role != "client":
        raise PermissionDenied("Only the client answers their assignment.")
    data = validated_data(AnswersSerializer, request)
    return assignment, {"answers": data["answers"], "version": data["version"]}


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
    assignment = requested_assignment(request, pk)
    if request.user.role != "clinician":
        raise PermissionDenied("Only the client's clinicians review.")
    data = validated_data(ReviewSerializer, request)
    assignment_review(
        assignment=assignment, clinician_user=request.user, decision=data["decision"], comment=data["comment"]
    )
    return Response(AssignmentSerializer(requested_assignment(request, pk)).data)


@extend_schema(responses={200: OpenApiTypes.OBJECT, **errors(401, 404)})
@api_view(["GET"])
def assignment_fhir(request, pk: int):
    """The response as a FHIR R4 QuestionnaireResponse."""
    return Response(fhir.questionnaire_response(requested_assignment(request, pk)))
