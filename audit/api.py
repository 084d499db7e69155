"""The audit trail over the API: a practice admin's search, and a client's access log."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers

from accounts.permissions import IsClient, IsPracticeAdmin
from audit.forms import AuditFilterForm
from audit.models import AuditEvent
from audit.selectors import access_log_for, practice_audit_for
from config.api import errors


class AuditEventSerializer(serializers.ModelSerializer):
    actor = serializers.IntegerField(source="actor_id", allow_null=True)
    actor_name = serializers.SerializerMethodField()

    class Meta:
        model = AuditEvent
        fields = ["id", "at", "actor", "actor_name", "actor_role", "action", "what", "object_id", "client_id"]
        fields += ["changed", "channel", "ip"]

    def get_actor_name(self, event: AuditEvent) -> str:
        return event.actor.display_name if event.actor else ""


class AccessLogSerializer(serializers.ModelSerializer):
    actor = serializers.SerializerMethodField()
    role = serializers.CharField(source="actor_role")

    class Meta:
        model = AuditEvent
        fields = ["actor", "role", "what", "at"]

    def get_actor(self, event: AuditEvent) -> str:
        return event.actor.display_name if event.actor else "The platform"


class AuditList(generics.ListAPIView):
    """The practice's audit trail, newest first: who read or changed which client's record, when and how."""

    serializer_class = AuditEventSerializer
    permission_classes = [IsPracticeAdmin]

    def get_queryset(self):
        form = AuditFilterForm(self.request.query_params)
        if not form.is_valid():
            raise serializers.ValidationError({name: list(messages) for name, messages in form.errors.items()})
        return practice_audit_for(user=self.request.user, **form.filters())

    @extend_schema(
        parameters=[
            OpenApiParameter("client", OpenApiTypes.INT),
            OpenApiParameter("actor", OpenApiTypes.INT),
            OpenApiParameter("since", OpenApiTypes.DATETIME),
            OpenApiParameter("until", OpenApiTypes.DATETIME),
        ],
        responses={200: AuditEventSerializer(many=True), **errors(400, 401, 403, 404)},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class AccessLog(generics.ListAPIView):
    """Who opened your record, newest first (your own visits are not listed)."""

    serializer_class = AccessLogSerializer
    permission_classes = [IsClient]

    def get_queryset(self):
        return access_log_for(user=self.request.user)

    @extend_schema(responses={200: AccessLogSerializer(many=True), **errors(400, 401, 403, 404)})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)
