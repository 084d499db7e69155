"""The public API for a clinician's caseload, a client's progress and a client's own export (API.md)."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from accounts.permissions import IsClient, IsClinician
from assignments import fhir
from assignments.api import score_of
from assignments.models import Assignment, Comment, DiscussionFlag, ResponseRevision, RiskAlert
from clients.models import Client
from clients.selectors import adherence, progress_of, with_activity
from clients.services import client_invite
from config.api import errors


class CaseloadSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    email = serializers.EmailField(source="user.email", max_length=254)
    display_name = serializers.CharField(source="user.display_name", max_length=80)
    adherence = serializers.SerializerMethodField()
    last_activity_at = serializers.DateTimeField(read_only=True, allow_null=True)
    open_alerts = serializers.IntegerField(read_only=True)

    def get_adherence(self, client) -> float | None:
        return adherence(client) if hasattr(client, "due_28") else None


class InviteSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    display_name = serializers.CharField(max_length=80)


class CaseloadList(generics.ListCreateAPIView):
    """Your caseload, with adherence over 28 days, last activity and open alerts; invite a client."""

    serializer_class = CaseloadSerializer
    permission_classes = [IsClinician]

    def get_queryset(self):
        user = self.request.user
        return with_activity(Client.objects.visible_to(user), user=user).select_related("user").order_by("pk")

    @extend_schema(responses={200: CaseloadSerializer(many=True), **errors(400, 401, 403, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(request=InviteSerializer, responses={201: CaseloadSerializer, **errors(400, 401, 403)})
    def post(self, request, *args, **kwargs):
        serializer = InviteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        client = client_invite(clinician_user=request.user, **serializer.validated_data)
        row = with_activity(Client.objects.filter(pk=client.pk), user=request.user).select_related("user").get()
        return Response(CaseloadSerializer(row).data, status=status.HTTP_201_CREATED)


class MeasurePointSerializer(serializers.Serializer):
    date = serializers.DateField()
    score = serializers.IntegerField()
    band = serializers.CharField()


class MeasuresSerializer(serializers.Serializer):
    phq9 = MeasurePointSerializer(many=True)
    gad7 = MeasurePointSerializer(many=True)


class WeekSerializer(serializers.Serializer):
    week_start = serializers.DateField()
    due = serializers.IntegerField()
    completed = serializers.IntegerField()
    adherence = serializers.FloatField(allow_null=True)


class MoodSerializer(serializers.Serializer):
    date = serializers.DateField()
    value = serializers.IntegerField()
    rumination = serializers.IntegerField(allow_null=True)


class ProgressSerializer(serializers.Serializer):
    adherence_by_week = WeekSerializer(many=True)
    measures = MeasuresSerializer()
    mood = MoodSerializer(many=True)


@extend_schema(responses={200: ProgressSerializer, **errors(401, 403, 404)})
@api_view(["GET"])
@permission_classes([IsClinician])
def client_progress(request, pk: int):
    """A client's progress for charts: adherence by week, PHQ-9 and GAD-7 over time, mood from daily habits."""
    client = get_object_or_404(Client.objects.visible_to(request.user), pk=pk)
    return Response(progress_of(client=client))


@extend_schema(responses={200: OpenApiTypes.OBJECT, **errors(401, 403)})
@api_view(["GET"])
@permission_classes([IsClient])
def my_export(request):
    """Everything the platform holds about you, as JSON, with your responses as a FHIR Bundle."""
    client = Client.objects.select_related("user__practice").get(user=request.user)
    assignments = list(
        Assignment.objects.visible_to(request.user)
        .select_related("template_version__template", "response", "client__user")
        .order_by("due_at", "pk")
    )
    revisions = ResponseRevision.objects.filter(response__assignment__in=assignments).order_by("response", "number")
    by_assignment: dict[int, list] = {}
    for revision in revisions.values("response__assignment_id", "number", "kind", "answers", "created_at"):
        by_assignment.setdefault(revision.pop("response__assignment_id"), []).append(revision)
    comments = Comment.objects.filter(assignment__in=assignments).select_related("author").order_by("created_at")
    user = client.user
    return Response(
        {
            "exported_at": timezone.now(),
            "account": {
                "id": user.pk,
                "email": user.email,
                "display_name": user.display_name,
                "date_joined": user.date_joined,
            },
            "practice": user.practice.name,
            "preferences": {
                "time_zone": client.time_zone,
                "quiet_hours_start": client.quiet_hours_start,
                "quiet_hours_end": client.quiet_hours_end,
                "daily_prompt_time": client.daily_prompt_time,
                "reminders_opt_out": client.reminders_opt_out,
                "reminder_channel": client.reminder_channel,
            },
            "contact": {
                "phone": str(client.phone or ""),
                "emergency_contact_name": client.emergency_contact_name,
                "emergency_contact_phone": str(client.emergency_contact_phone or ""),
            },
            "assignments": [
                {
                    "id": a.pk,
                    "template": a.template_version.template.slug,
                    "template_version": a.template_version.number,
                    "title": a.template_version.title,
                    "instructions": a.instructions,
                    "status": a.status,
                    "due_at": a.due_at,
                    "submitted_at": a.submitted_at,
                    "score": score_of(getattr(a, "response", None)),
                    "revisions": by_assignment.get(a.pk, []),
                }
                for a in assignments
            ],
            "comments": [
                {
                    "assignment": c.assignment_id,
                    "author": c.author.display_name if c.author else None,
                    "link_id": c.link_id,
                    "body": c.body,
                    "created_at": c.created_at,
                }
                for c in comments
            ],
            "discuss_next_session": list(
                DiscussionFlag.objects.filter(assignment__in=assignments, cleared_at__isnull=True).values(
                    "assignment_id", "link_id", "created_at"
                )
            ),
            "risk_alerts": _alerts_once_per_submission(client),
            "fhir": fhir.bundle(assignments),
        }
    )


def _alerts_once_per_submission(client: Client) -> list[dict]:
    """Alerts are raised once per clinician; the client sees each submission's once."""
    seen, alerts = set(), []
    for alert in (
        RiskAlert.objects.filter(client=client)
        .order_by("created_at")
        .values("revision_id", "assignment_id", "reasons", "created_at")
    ):
        if alert["revision_id"] not in seen:
            seen.add(alert.pop("revision_id"))
            alerts.append(alert)
    return alerts
