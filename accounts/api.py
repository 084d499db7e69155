from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    display_name = serializers.CharField()
    role = serializers.ChoiceField(choices=["clinician", "client", "admin"])


@extend_schema(responses=MeSerializer, summary="The signed-in person")
@api_view(["GET"])
def me(request):
    """Who the caller is and which role they have."""
    return Response(MeSerializer(request.user).data)
