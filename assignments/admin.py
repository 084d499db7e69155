"""Content management for operators: templates, their versions and a preview of each."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from assignments.library import (
    CONTENT_FIELDS,
    template_archive,
    template_copy,
    template_draft_check,
    template_draft_save,
    template_version_publish,
)
from assignments.models import Assignment, FollowUp, RiskAlert, Template, TemplateVersion
from assignments.outline import outline
from assignments.questionnaire import walk
from practices.models import Practice


class VersionInline(admin.TabularInline):
    model = TemplateVersion
    fields = ["number", "status", "title", "published_at", "preview"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="Preview")
    def preview(self, version: TemplateVersion) -> str:
        url = reverse("admin:assignments_templateversion_preview", args=[version.pk])
        return format_html('<a href="{}">Preview as the client sees it</a>', url)


class CopyToPracticeForm(forms.Form):
    practice = forms.ModelChoiceField(queryset=Practice.objects.all())
    slug = forms.SlugField(required=False, help_text="Leave empty for “<template>-<practice>”.")


@admin.register(Template)
class TemplateAdmin(admin.ModelAdmin):
    list_display = ["slug", "title", "kind", "owner", "current", "archived_at"]
    list_filter = ["kind", "is_builtin", ("practice", admin.RelatedOnlyFieldListFilter), "archived_at"]
    search_fields = ["slug", "current_version__title", "current_version__description"]
    list_select_related = ["practice", "current_version"]
    readonly_fields = ["practice", "slug", "kind", "is_builtin", "copied_from", "current_version", "archived_at"]
    inlines = [VersionInline]
    actions = ["copy_to_practice", "archive"]

    @admin.display(description="Title")
    def title(self, template: Template) -> str:
        return template.current_version.title if template.current_version else "—"

    @admin.display(description="Owner")
    def owner(self, template: Template) -> str:
        return "Shared library" if template.practice_id is None else str(template.practice)

    @admin.display(description="Current version")
    def current(self, template: Template) -> str:
        return f"v{template.current_version.number}" if template.current_version else "unpublished"

    def has_add_permission(self, request) -> bool:
        return False  # templates start as a library copy or from the library loader

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # assignments pin versions: archive instead

    @admin.action(description="Copy into a practice (editable there)")
    def copy_to_practice(self, request, queryset):
        form = CopyToPracticeForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            for template in queryset:
                try:
                    copy = template_copy(
                        template=template,
                        practice=form.cleaned_data["practice"],
                        by=_acting_as_practice_admin(request.user, form.cleaned_data["practice"]),
                        slug=form.cleaned_data["slug"] if queryset.count() == 1 else "",
                    )
                except ValidationError as error:
                    self.message_user(request, " ".join(error.messages), messages.ERROR)
                else:
                    self.message_user(request, f"Copied {template.slug} as {copy.slug}.")
            return None
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "queryset": queryset,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/assignments/copy_to_practice.html", context)

    @admin.action(description="Archive (no new assignments; existing ones keep their version)")
    def archive(self, request, queryset):
        for template in queryset:
            try:
                template_archive(template=template, by=_acting_as_practice_admin(request.user, template.practice))
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, f"{template.slug}: {error}", messages.ERROR)


def _acting_as_practice_admin(operator, practice):
    """Operators act for the practice through one of its admins, so the services' rules still apply."""
    from accounts.models import User

    if practice is None:
        raise PermissionDenied("Built-in library templates change only by copying them into a practice.")
    admin_user = User.objects.filter(practice=practice, role=User.Role.ADMIN, is_active=True).first()
    if admin_user is None:
        raise ValidationError(f"{practice} has no active practice admin to act for.")
    return admin_user


class DraftForm(forms.ModelForm):
    """A practice's draft, checked by the same rules as a draft saved anywhere else."""

    def clean(self):
        cleaned = super().clean()
        version = self.instance
        if version.pk is None or version.is_published or version.template.practice_id is None:
            return cleaned  # nothing here is editable
        content = {field: cleaned.get(field, getattr(version, field)) for field in CONTENT_FIELDS}
        try:
            self.acting_as = _acting_as_practice_admin(None, version.template.practice)
            template_draft_check(template=version.template, content=content)
        except ValidationError as error:
            self.add_error(None, error.messages)
        return cleaned


@admin.register(TemplateVersion)
class TemplateVersionAdmin(admin.ModelAdmin):
    list_display = ["template", "number", "status", "title", "published_at"]
    list_filter = ["status", "template__kind"]
    search_fields = ["template__slug", "title"]
    list_select_related = ["template"]
    actions = ["publish"]
    form = DraftForm

    def get_readonly_fields(self, request, obj=None):
        if obj is None or obj.is_published or obj.template.is_builtin:
            return [f.name for f in self.model._meta.fields]
        fixed = ["template", "number", "status", "published_at", "published_by", "created_by", "revision"]
        if obj.template.kind == Template.Kind.MEASURE:  # a standard measure's content is not the practice's to change
            fixed += ["items", "scoring", "risk_rules"]
        return fixed

    def save_model(self, request, obj, form, change):
        """Through the service, like every other edit of a draft."""
        changed = {field: form.cleaned_data[field] for field in form.changed_data if field in CONTENT_FIELDS}
        if changed:
            template_draft_save(template=obj.template, by=form.acting_as, **changed)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        preview = path(
            "<int:pk>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name="assignments_templateversion_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request, pk: int):
        version = get_object_or_404(TemplateVersion.objects.select_related("template"), pk=pk)
        count = sum(1 for _ in walk(version.items))
        context = {"version": version, "item_count": count, "outline": outline(version.items)}
        return render(request, "assignments/preview.html", context)

    @admin.action(description="Publish (freezes the version and makes it current)")
    def publish(self, request, queryset):
        for version in queryset.select_related("template__practice"):
            try:
                by = _acting_as_practice_admin(request.user, version.template.practice)
                template_version_publish(version=version, by=by)
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"{version}: {' '.join(getattr(error, 'messages', [str(error)]))}", messages.ERROR
                )
            else:
                self.message_user(request, f"Published {version}.")


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["pk", "client", "template_version", "status", "due_at"]
    list_filter = ["status"]
    list_select_related = ["client__user", "template_version__template"]
    raw_id_fields = ["client", "template_version", "assigned_by", "series", "enrollment"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # clinical records change through the product, where every change is kept


@admin.register(RiskAlert)
class RiskAlertAdmin(admin.ModelAdmin):
    list_display = ["client", "clinician", "created_at", "acknowledged_at"]
    list_select_related = ["client__user", "clinician__user"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    """Read-only: when each follow-up is due and where it stands. What the client wrote stays out of it."""

    list_display = ["pk", "client", "status", "planned_for", "due_at", "sent_at", "answered_at"]
    list_filter = ["status"]
    list_select_related = ["client__user"]
    fields = ["source", "client", "status", "planned_for", "due_at", "assignment", "created_at", "sent_at",
              "answered_at", "cancelled_at"]  # fmt: skip
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
