"""Template content management: drafts, publishing, copies, and the built-in library (with its example answers)."""

import json
from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from assignments.models import Template, TemplateVersion
from assignments.questionnaire import StructureError, index, validate_version
from practices.models import Practice

LIBRARY_DIR = Path(__file__).resolve().parent / "library"
CONTENT_FIELDS = ("title", "description", "introduction", "items", "scoring", "risk_rules")
WORDING_KEYS = ("text", "helpText", "placeholder")


def _validate_content(content: dict) -> None:
    try:
        validate_version(content["items"], content.get("scoring"), content.get("risk_rules"))
    except StructureError as error:
        raise ValidationError({"items": error.errors}) from error
    for field in ("title", "description", "introduction"):
        if not str(content.get(field) or "").strip():
            raise ValidationError({field: "This field is required."})


def _fixed(content) -> dict:
    """A measure's fixed content, with the empty forms of scoring and risk rules made alike.

    A standard measure is only valid as published: its scores, bands and risk rules mean what
    they should only if every item, option and rule stays the same. Its title, description (for
    clinicians) and introduction only frame it for a practice, and may change.
    """
    get = content.get if isinstance(content, dict) else lambda field: getattr(content, field)
    return {"items": get("items"), "scoring": get("scoring") or None, "risk_rules": get("risk_rules") or []}


def measure_changes(before: dict, after: dict) -> list[str]:
    """In words, what ``after`` changes in a measure's fixed content (both already well formed)."""
    changes: list[str] = []
    old, new = index(before["items"]), index(after["items"])
    removed, added = [i for i in old if i not in new], [i for i in new if i not in old]
    if removed:
        changes.append("removes " + ", ".join(f"“{i}”" for i in removed))
    if added:
        changes.append("adds " + ", ".join(f"“{i}”" for i in added))
    for link_id in (i for i in old if i in new):
        was, now = old[link_id], new[link_id]
        if any(was.get(key) != now.get(key) for key in WORDING_KEYS):
            changes.append(f"the wording of “{link_id}”")
        was_options, now_options = was.get("answerOption") or [], now.get("answerOption") or []
        if [(o["code"], o["display"]) for o in was_options] != [(o["code"], o["display"]) for o in now_options]:
            changes.append(f"the options of “{link_id}”")
        elif [o.get("score") for o in was_options] != [o.get("score") for o in now_options]:
            changes.append(f"the scores of the options of “{link_id}”")
        settings = (set(was) | set(now)) - {*WORDING_KEYS, "answerOption", "item"}
        if any(was.get(key) != now.get(key) for key in settings):
            changes.append(f"the settings of “{link_id}”")
    if not changes and list(old) != list(new):
        changes.append("the order of the items")
    if before["scoring"] != after["scoring"]:
        changes.append("the scoring")
    if before["risk_rules"] != after["risk_rules"]:
        changes.append("the risk rules")
    return changes


def _check_measure_unchanged(template: Template, content: dict) -> None:
    """A practice's copy of a measure keeps the measure's wording, options, scoring and risk rules.

    The content may equal the copy's published version, or the library version it was copied
    from (so that a practice can take up a correction to the library's measure).
    """
    if template.kind != Template.Kind.MEASURE or template.practice_id is None:
        return
    # Read afresh: the caller's instance may predate a version published since.
    template = Template.objects.select_related("current_version", "copied_from__current_version").get(pk=template.pk)
    published = template.current_version
    if published is None:  # the copy's first version, made from the library's by template_copy
        return
    proposed = _fixed(content)
    references = [published]
    source = template.copied_from
    if source is not None and source.practice_id is None and source.current_version is not None:
        references.append(source.current_version)
    if any(proposed == _fixed(reference) for reference in references):
        return
    changes = measure_changes(_fixed(published), proposed) or ["its content"]
    raise ValidationError(
        f"{published.title} is a standard measure: its wording, options, scoring and risk rules stay as "
        f"published, so that its scores mean what they should. This draft changes {'; '.join(changes)}. "
        "Its title, description and introduction may change.",
        code="measure_changed",
    )


def template_draft_check(*, template: Template, content: dict) -> None:
    """Raise ValidationError if ``content`` (every content field) may not be a draft of ``template``."""
    _validate_content(content)
    _check_measure_unchanged(template, content)


def _may_edit(template: Template, user: User | None) -> None:
    if user is None:  # the library loader
        return
    if template.is_builtin or template.practice_id is None:
        raise PermissionDenied("Built-in library templates change only by copying them into your practice.")
    if not (user.role in ("admin", "clinician") and user.practice_id == template.practice_id):
        raise PermissionDenied("Only this practice's staff can edit its templates.")


@transaction.atomic
def template_draft_save(*, template: Template, by: User | None, **content) -> TemplateVersion:
    """Create or update the template's draft version; published versions are never touched."""
    _may_edit(template, by)
    unknown = set(content) - set(CONTENT_FIELDS)
    if unknown:
        raise ValueError(f"Not template content: {', '.join(sorted(unknown))}")
    Template.objects.select_for_update().get(pk=template.pk)
    draft = template.versions.filter(status=TemplateVersion.Status.DRAFT).first()
    if draft is None:
        base = template.current_version
        merged = {field: getattr(base, field) for field in CONTENT_FIELDS} if base else {}
        merged.update(content)
        template_draft_check(template=template, content=merged)
        number = (template.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        return TemplateVersion.objects.create(template=template, number=number, created_by=by, **merged)
    merged = {field: getattr(draft, field) for field in CONTENT_FIELDS} | content
    template_draft_check(template=template, content=merged)
    for field, value in content.items():
        setattr(draft, field, value)
    draft.save(update_fields=list(content))
    return draft


@transaction.atomic
def template_version_publish(*, version: TemplateVersion, by: User | None) -> TemplateVersion:
    """Freeze a draft and make it the version new assignments get."""
    _may_edit(version.template, by)
    version = TemplateVersion.objects.select_for_update().select_related("template").get(pk=version.pk)
    if version.is_published:
        raise ValidationError("This version is already published; edit the template to make a new draft.")
    # Checked again here: a draft may have been written by other means (the operators' admin).
    template_draft_check(template=version.template, content={f: getattr(version, f) for f in CONTENT_FIELDS})
    version.status = TemplateVersion.Status.PUBLISHED
    version.published_at = timezone.now()
    version.save(update_fields=["status", "published_at"])
    template = version.template
    template.current_version = version
    template.save(update_fields=["current_version"])
    return version


@transaction.atomic
def template_copy(*, template: Template, practice: Practice, by: User, slug: str = "") -> Template:
    """Copy a template (usually from the library) into a practice, published and ready to edit."""
    if not (by.role in ("admin", "clinician") and by.practice_id == practice.pk):
        raise PermissionDenied("You can copy templates into your own practice only.")
    source = template.current_version
    if source is None:
        raise ValidationError("This template has no published version to copy.")
    slug = slugify(slug or f"{template.slug}-{practice.slug}")[:80]
    if Template.objects.filter(slug=slug).filter(practice__isnull=True).exists() or (
        Template.objects.filter(practice=practice, slug=slug).exists()
    ):
        raise ValidationError({"slug": f"A template called “{slug}” already exists; choose another name."})
    copy = Template.objects.create(practice=practice, slug=slug, kind=template.kind, copied_from=template)
    version = TemplateVersion.objects.create(
        template=copy,
        number=1,
        created_by=by,
        **{field: getattr(source, field) for field in CONTENT_FIELDS},
    )
    template_version_publish(version=version, by=by)
    copy.refresh_from_db()
    return copy


@transaction.atomic
def template_archive(*, template: Template, by: User) -> Template:
    """Hide a practice template from new assignments; existing ones keep their pinned version."""
    _may_edit(template, by)
    template.archived_at = timezone.now()
    template.save(update_fields=["archived_at"])
    return template


def library_definitions() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(LIBRARY_DIR.glob("*.json"))]


# Each built-in template's complete example answer, by slug, written in the template's own file beside its
# items. It is not template content (never published, never shown to a client): the demo data and the tests
# answer with it, and a test holds every one to the full submission check of the template it answers.
EXAMPLES: dict[str, dict] = {definition["slug"]: definition["example"] for definition in library_definitions()}


@transaction.atomic
def library_sync(definitions: list[dict] | None = None) -> dict[str, str]:
    """Publish the built-in library: a new version wherever the content changed, nothing otherwise.

    Returns {slug: "created" | "updated" | "unchanged"}. Safe to run on every release.
    """
    outcome = {}
    for definition in definitions if definitions is not None else library_definitions():
        content = {field: definition.get(field) for field in CONTENT_FIELDS}
        content["risk_rules"] = content["risk_rules"] or []
        _validate_content(content)
        template, created = Template.objects.get_or_create(
            practice=None, slug=definition["slug"], defaults={"kind": definition["kind"], "is_builtin": True}
        )
        current = template.current_version
        if current is not None and all(getattr(current, f) == content[f] for f in CONTENT_FIELDS):
            outcome[template.slug] = "unchanged"
            continue
        template.versions.filter(status=TemplateVersion.Status.DRAFT).delete()
        draft = template_draft_save(template=template, by=None, **content)
        template_version_publish(version=draft, by=None)
        outcome[template.slug] = "created" if created else "updated"
    return outcome
