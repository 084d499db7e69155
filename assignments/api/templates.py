"""Templates: the published ones a clinician or admin may give, and one as FHIR."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from accounts.permissions import IsClinicianOrAdmin
from assignments import fhir
from assignments.api.serializers import TemplateSerializer
from assignments.selectors import template_for, templates_for
from config.api import errors


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
