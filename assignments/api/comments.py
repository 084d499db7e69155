"""Comments on an assignment: read them, and add one (optionally anchored to an item)."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from assignments.api.common import requested_assignment, validated_data
from assignments.api.serializers import CommentSerializer
from assignments.selectors import comments_for
from assignments.services import comment_add
from config.api import errors


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
        assignment = requested_assignment(request, kwargs["pk"])
        data = validated_data(CommentSerializer, request)
        comment = comment_add(assignment=assignment, author=request.user, body=data["body"], link_id=data["link_id"])
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)
