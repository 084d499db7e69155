"""The public API for a clinician's caseload, a client's progress and a client's own export (API.md)."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from accounts.permissions import IsClient, IsClinician
from clients.export import export_document
from clients.selectors import adherence, caseload_activity_for, client_progress_for
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
        return caseload_activity_for(user=self.request.user)

    @extend_schema(responses={200: CaseloadSerializer(many=True), **errors(400, 401, 403, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(request=InviteSerializer, responses={201: CaseloadSerializer, **errors(400, 401, 403)})
    def post(self, request, *args, **kwargs):
        serializer = InviteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        client = client_invite(clinician_user=request.user, **serializer.validated_data)
        row = caseload_activity_for(user=request.user).get(pk=client.pk)
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
    return Response(client_progress_for(user=request.user, pk=pk))


@extend_schema(responses={200: OpenApiTypes.OBJECT, **errors(401, 403)})
@api_view(["GET"])
@permission_classes([IsClient])
def my_export(request):
    """Everything the platform holds about you, as JSON, with your responses as a FHIR Bundle."""
    return Response(export_document(user=request.user))
