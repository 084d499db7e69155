"""What several resources share: a validated request body, and the assignment a URL names."""

from rest_framework import serializers

from assignments.models import Assignment
from assignments.selectors import assignment_for


def validated_data(serializer_class: type[serializers.Serializer], request) -> dict:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def requested_assignment(request, pk: int) -> Assignment:
    """The assignment at ``pk`` if the caller may see it; 404 otherwise."""
    return assignment_for(user=request.user, pk=pk)
