"""What every API view shares: error shapes, the exception handler, lookups."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from config.exceptions import ServiceError

ErrorSerializer = inline_serializer("Error", {"detail": serializers.CharField()})
FieldErrorsSerializer = inline_serializer(
    "FieldErrors",
    {"errors": serializers.DictField(child=serializers.ListField(child=serializers.CharField()))},
)
ConflictSerializer = inline_serializer(
    "StaleVersion",
    {"detail": serializers.CharField(), "answers": serializers.JSONField(), "version": serializers.IntegerField()},
)
TransitionSerializer = inline_serializer(
    "IllegalTransition", {"detail": serializers.CharField(), "status": serializers.CharField()}
)

ERRORS = {
    401: OpenApiResponse(ErrorSerializer, description="No or invalid X-Session-Token."),
    403: OpenApiResponse(ErrorSerializer, description="Signed in, but not allowed (role, or two-factor required)."),
    404: OpenApiResponse(
        ErrorSerializer, description="Not found, or not yours: both answer the same (also a page past the last)."
    ),
}
BAD_INPUT = {400: OpenApiResponse(FieldErrorsSerializer, description="Per-field (or per-linkId) messages.")}


def errors(*codes: int) -> dict:
    return {code: (BAD_INPUT | ERRORS)[code] for code in codes}


def exception_handler(exc, context):
    """Service errors become API errors (each says its status and body: field errors 400, a stale version 409
    with the current state); Django's own validation and permission errors are answered as DRF's."""
    if isinstance(exc, ServiceError):
        return Response(exc.body(), status=exc.status, headers=exc.headers())
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            return Response({"errors": exc.message_dict}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"errors": {"non_field_errors": exc.messages}}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DjangoPermissionDenied):
        exc = PermissionDenied(str(exc) or None)
    response = drf_exception_handler(exc, context)
    if response is not None and response.status_code == 400:
        data = response.data
        if isinstance(data, dict) and set(data) == {"detail"}:  # e.g. a body that is not JSON
            data = {"non_field_errors": data["detail"]}
        response.data = {"errors": flatten_errors(data)}
    return response


def flatten_errors(data, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested errors as one flat map of field path → messages."""
    if isinstance(data, dict):
        flat: dict[str, list[str]] = {}
        for key, value in data.items():
            flat.update(flatten_errors(value, f"{prefix}{key}."))
        return flat
    if isinstance(data, list) and any(isinstance(entry, dict | list) for entry in data):
        flat = {}
        for position, entry in enumerate(data):
            flat.update(flatten_errors(entry, f"{prefix}{position}."))
        return flat
    messages = data if isinstance(data, list) else [data]
    return {prefix.rstrip(".") or "non_field_errors": [str(message) for message in messages]}


class Pagination(PageNumberPagination):
    """DRF's page numbers, with a clear 400 for a ``page`` that is not a whole number."""

    def get_page_number(self, request, paginator):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and not (raw.isascii() and raw.isdigit() and int(raw) >= 1):
            raise serializers.ValidationError({"page": ["Give a page number: 1, 2, 3…"]})
        return super().get_page_number(request, paginator)
