"""Templates: the published ones a clinician or admin may give, one as FHIR, and writing a practice's own
(drafts with revisions, publishing, archiving, the versions published)."""

from django.core.exceptions import ValidationError
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.decorators import api_view, parser_classes, permission_classes
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from accounts.permissions import IsClinicianOrAdmin
from assignments import fhir, fhir_import, library
from assignments.api.serializers import (
    DraftSaveSerializer,
    DraftSerializer,
    TemplateCreateSerializer,
    TemplateSerializer,
    TemplateVersionSummarySerializer,
)
from assignments.fhir_import import NotAQuestionnaire
from assignments.models import Template, TemplateVersion
from assignments.selectors import template_for, template_versions, templates_for
from config.api import errors
from config.parsers import BoundedJSONParser, FHIRJSONParser

DraftConflictSerializer = inline_serializer(
    "StaleDraft",
    {"detail": serializers.CharField(), "items": serializers.JSONField(), "revision": serializers.IntegerField()},
)
Created = inline_serializer("TemplateCreated", {"slug": serializers.CharField(), "draft": DraftSerializer()})
Published = inline_serializer("TemplatePublished", {"version": serializers.IntegerField()})
WRITE_ERRORS = errors(400, 401, 403, 404)


class TemplateList(generics.ListAPIView):
    """Published templates of your practice and the shared library; a practice admin (or a clinician, where the
    practice allows it) writes a new one."""

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

    @extend_schema(request=TemplateCreateSerializer, responses={201: Created, **errors(400, 401, 403)})
    def post(self, request, *args, **kwargs):
        _check_writer(request.user)
        data = _valid(TemplateCreateSerializer, request.data)
        try:
            template = library.template_create(practice=request.user.practice, by=request.user, **data)
        except ValidationError as error:
            return _content_errors(error)
        draft = template.versions.get()
        return Response({"slug": template.slug, "draft": library.draft_content(draft)}, status=status.HTTP_201_CREATED)


Imported = inline_serializer(
    "TemplateImported",
    {
        "slug": serializers.CharField(),
        "draft": DraftSerializer(),
        "report": inline_serializer(
            "ImportReport",
            {
                "kept": serializers.ListField(child=serializers.CharField()),
                "converted": serializers.ListField(child=serializers.CharField()),
                "refused": serializers.ListField(child=serializers.CharField()),
            },
        ),
    },
)


@extend_schema(request=OpenApiTypes.OBJECT, responses={201: Imported, **errors(400, 401, 403)})
@api_view(["POST"])
@parser_classes([BoundedJSONParser, FHIRJSONParser])
@permission_classes([IsClinicianOrAdmin])
def template_import(request):
    """A FHIR R4 Questionnaire (the body) as a new draft of your practice, with a report of what was kept,
    converted or refused. Publish the draft to give it."""
    _check_writer(request.user)
    try:
        template, report = fhir_import.template_import(
            practice=request.user.practice, by=request.user, document=request.data
        )
    except NotAQuestionnaire as error:
        return Response({"errors": error.errors}, status=status.HTTP_400_BAD_REQUEST)
    except ValidationError as error:
        return _content_errors(error)
    draft = template.versions.get()
    body = {"slug": template.slug, "draft": library.draft_content(draft), "report": report}
    return Response(body, status=status.HTTP_201_CREATED)


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


@extend_schema(methods=["GET"], responses={200: DraftSerializer, **errors(401, 403, 404)})
@extend_schema(
    methods=["PUT"],
    request=DraftSaveSerializer,
    responses={
        200: inline_serializer("DraftSaved", {"revision": serializers.IntegerField()}),
        409: OpenApiResponse(DraftConflictSerializer, description="Saved since: the draft as it is now."),
        **WRITE_ERRORS,
    },
)
@api_view(["GET", "PUT"])
@permission_classes([IsClinicianOrAdmin])
def template_draft(request, slug: str):
    """The draft being written (the published content where none is open yet), and saving it.

    A save names the ``revision`` it was made from; if the draft was saved since, it answers 409 with the draft
    as it is now and saves nothing. A structural problem answers 400 with messages per linkId (or "template").
    """
    template = _own_template(request.user, slug)
    if request.method == "GET":
        return Response(library.draft_content(library.editing_version(template)))
    data = _valid(DraftSaveSerializer, request.data)
    revision = data.pop("revision")
    try:
        draft = library.template_draft_save(template=template, by=request.user, revision=revision, **data)
    except ValidationError as error:
        return _content_errors(error)
    return Response({"revision": draft.revision})


@extend_schema(request=None, responses={200: Published, **WRITE_ERRORS})
@api_view(["POST"])
@permission_classes([IsClinicianOrAdmin])
def template_publish(request, slug: str):
    """Freeze the draft as the next version: new assignments get it, given ones keep theirs."""
    template = _own_template(request.user, slug)
    draft = template.versions.filter(status=TemplateVersion.Status.DRAFT).first()
    if draft is None:
        return Response(
            {"errors": {"template": ["There is no draft to publish: save a change first."]}},
            status=status.HTTP_400_BAD_REQUEST,
        )
    try:
        version = library.template_version_publish(version=draft, by=request.user)
    except ValidationError as error:
        return _content_errors(error)
    return Response({"version": version.number})


@extend_schema(request=None, responses={200: TemplateSerializer, **WRITE_ERRORS})
@api_view(["POST"])
@permission_classes([IsClinicianOrAdmin])
def template_archive(request, slug: str):
    """Stop offering the template for new assignments; assignments already given keep their version."""
    template = library.template_archive(template=_own_template(request.user, slug), by=request.user)
    return Response(_summary(template))


@extend_schema(request=None, responses={200: TemplateSerializer, **WRITE_ERRORS})
@api_view(["POST"])
@permission_classes([IsClinicianOrAdmin])
def template_restore(request, slug: str):
    """Offer an archived template again."""
    template = library.template_restore(template=_own_template(request.user, slug), by=request.user)
    return Response(_summary(template))


@extend_schema(responses={200: TemplateVersionSummarySerializer(many=True), **errors(401, 403, 404)})
@api_view(["GET"])
@permission_classes([IsClinicianOrAdmin])
def template_version_list(request, slug: str):
    """Each published version, newest first: when, by whom, and what it changed."""
    template = _visible_template(request.user, slug)
    return Response(TemplateVersionSummarySerializer(template_versions(template=template), many=True).data)


# --- Helpers ------------------------------------------------------------------------------------


def _check_writer(user) -> None:
    if not library.may_write_templates(user):
        raise PermissionDenied(library.WRITERS_ONLY)


def _own_template(user, slug: str) -> Template:
    """The caller's practice's template of that slug, archived or not yet published too; a built-in one is 403
    (it changes only by copying), anyone else's 404."""
    template = (
        Template.objects.filter(practice_id=user.practice_id, slug=slug).select_related("current_version").first()
    )
    if template is None:
        if Template.objects.filter(practice__isnull=True, slug=slug).exists():
            raise PermissionDenied("Built-in library templates change only by copying them into your practice.")
        raise Http404("No Template matches the given query.")
    _check_writer(user)
    return template


def _visible_template(user, slug: str) -> Template:
    own = Template.objects.filter(practice_id=user.practice_id, slug=slug).first()
    if own is not None:
        return own
    library_template = Template.objects.filter(practice__isnull=True, slug=slug).first()
    if library_template is None:
        raise Http404("No Template matches the given query.")
    return library_template


def _summary(template: Template) -> dict:
    version = library.editing_version(template)
    return {
        "slug": template.slug,
        "title": version.title,
        "kind": template.kind,
        "version": template.current_version.number if template.current_version else None,
        "description": version.description,
        "introduction": version.introduction,
        "items": version.items,
        "archived": template.archived_at is not None,
    }


def _valid(serializer_class, data) -> dict:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def _content_errors(error: ValidationError) -> Response:
    if getattr(error, "code", None) == "measure_changed":
        raise PermissionDenied(error.messages[0])
    return Response({"errors": library.errors_by_item(error)}, status=status.HTTP_400_BAD_REQUEST)
