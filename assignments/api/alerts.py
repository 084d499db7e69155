"""Risk alerts: the open ones about your clients, and acknowledging one."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from accounts.permissions import IsClinician
from assignments.api.common import validated_data
from assignments.api.serializers import AcknowledgeSerializer, AlertSerializer
from assignments.services import risk_alert_acknowledge
from clinicians.alerts import open_alert_for, open_alerts_for
from config.api import errors


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
    data = validated_data(AcknowledgeSerializer, request)
    return Response(
        AlertSerializer(risk_alert_acknowledge(alert=alert, clinician_user=request.user, note=data["note"])).data
    )
