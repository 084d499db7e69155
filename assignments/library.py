"""Template content management: drafts, publishing, copies, and the built-in library (with its example answers)."""

import json
import re
from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from assignments.models import Template, TemplateDraftRevision, TemplateVersion
from assignments.questionnaire import StructureError, index, validate_version
from audit.services import audit_record
from config.exceptions import Conflict
from practices.models import Practice

LIBRARY_DIR = Path(__file__).resolve().parent / "library"
CONTENT_FIELDS = ("title", "description", "introduction", "items", "scoring", "risk_rules")
WORDING_KEYS = ("text", "helpText", "placeholder")


REQUIRED_TO_PUBLISH = {
    "title": "Give the exercise a title.",
    "description": "Say in a line what it is for, for the clinicians who choose it.",
    "introduction": "Write a short introduction for the client: what this is and why it helps.",
}


def _validate_content(content: dict, *, complete: bool = True) -> None:
    """Structural problems always refuse the content; a draft may still lack its description and introduction."""
    try:
        validate_version(content["items"], content.get("scoring"), content.get("risk_rules"))
    except StructureError as error:
        raise ValidationError({"items": error.errors}) from error
    missing = {
        field: message
        for field, message in REQUIRED_TO_PUBLISH.items()
        if (complete or field == "title") and not str(content.get(field) or "").strip()
    }
    if missing:
        raise ValidationError(missing)


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


def template_draft_check(*, template: Template, content: dict, complete: bool = True) -> None:
    """Raise ValidationError if ``content`` (every content field) may not be a draft of ``template``
    (``complete``: nor be published)."""
    _validate_content(content, complete=complete)
    _check_measure_unchanged(template, content)


class DraftConflict(Conflict):
    """A save made from an older revision of the draft than the one saved since (another tab, another author)."""

    def __init__(self, draft: TemplateVersion):
        super().__init__(
            "This draft has been saved since you opened it (perhaps in another tab). Nothing of yours was saved: "
            "here is the draft as it is now, to compare and save again."
        )
        self.draft = draft

    def body(self) -> dict:
        return {"detail": str(self), **draft_content(self.draft)}


def draft_content(version: TemplateVersion) -> dict:
    """What an author edits, and the revision a save must name."""
    return {field: getattr(version, field) for field in CONTENT_FIELDS} | {"revision": version.revision}


_LABELLED = re.compile(r"^(?P<label>.*?): (?P<message>.+)$", re.S)


def errors_by_item(error: ValidationError) -> dict[str, list[str]]:
    """A content ValidationError as messages per linkId (the item the message names) or "template"."""
    found: dict[str, list[str]] = {}
    for field, messages in error.message_dict.items() if hasattr(error, "error_dict") else [("", error.messages)]:
        for message in messages:
            key = "template"
            labelled = _LABELLED.match(message) if field == "items" else None
            if labelled is not None:
                named = re.findall(r"“([^”]+)”", labelled["label"])
                key = named[-1] if named else "template"
            found.setdefault(key, []).append(message)
    return found


WRITERS_ONLY = "Your practice lets its admins write exercises; ask one to allow clinicians too."


def may_write_templates(user: User | None, practice_id: int | None = None) -> bool:
    """Practice admins write their practice's exercises; clinicians too where the practice allows it."""
    if user is None or not user.is_authenticated or not user.is_active or user.practice_id is None:
        return False
    if practice_id is not None and practice_id != user.practice_id:
        return False
    if user.role == "admin":
        return True
    return user.role == "clinician" and user.practice.clinicians_write_templates


def _may_edit(template: Template, user: User | None) -> None:
    if user is None:  # the library loader
        return
    if template.is_builtin or template.practice_id is None:
        raise PermissionDenied("Built-in library templates change only by copying them into your practice.")
    if user.practice_id != template.practice_id:
        raise PermissionDenied("Only this practice's staff can edit its templates.")
    if not may_write_templates(user, template.practice_id):
        raise PermissionDenied(WRITERS_ONLY)


def editing_version(template: Template) -> TemplateVersion:
    """The version an author works on: the open draft, else the published version a first save starts from."""
    draft = template.versions.filter(status=TemplateVersion.Status.DRAFT).first()
    return draft or template.current_version


def _audit(action: str, template: Template, by: User, changed=()) -> None:
    audit_record(
        action=action,
        what="template",
        object_id=template.pk,
        practice_id=template.practice_id,
        changed=changed,
        actor=by,
    )


def _record_revision(draft: TemplateVersion, by: User | None) -> None:
    TemplateDraftRevision.objects.create(
        version=draft,
        number=draft.revision,
        content={field: getattr(draft, field) for field in CONTENT_FIELDS},
        saved_by=by,
    )


@transaction.atomic
def template_draft_save(
    *, template: Template, by: User | None, revision: int | None = None, **content
) -> TemplateVersion:
    """Create or update the template's draft version; published versions are never touched.

    ``revision`` is the revision the author's copy was made from (the draft's, or where there is no draft yet the
    published version's): a save from an older one raises DraftConflict and changes nothing. Without it (the
    library loader, the operators' admin) the save is unconditional. Every accepted save is kept as a revision.
    """
    _may_edit(template, by)
    unknown = set(content) - set(CONTENT_FIELDS)
    if unknown:
        raise ValueError(f"Not template content: {', '.join(sorted(unknown))}")
    template = Template.objects.select_for_update(of=("self",)).select_related("current_version").get(pk=template.pk)
    draft = template.versions.filter(status=TemplateVersion.Status.DRAFT).first()
    base = draft or template.current_version
    if revision is not None and base is not None and revision != base.revision:
        raise DraftConflict(base)
    if draft is None:
        merged = {field: getattr(base, field) for field in CONTENT_FIELDS} if base else {}
        merged.update(content)
        template_draft_check(template=template, content=merged, complete=False)
        number = (template.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        draft = TemplateVersion.objects.create(
            template=template,
            number=number,
            created_by=by,
            revision=(base.revision if base else 0) + 1,
            **merged,
        )
    else:
        merged = {field: getattr(draft, field) for field in CONTENT_FIELDS} | content
        template_draft_check(template=template, content=merged, complete=False)
        for field, value in content.items():
            setattr(draft, field, value)
        draft.revision += 1
        draft.save(update_fields=[*content, "revision"])
    _record_revision(draft, by)
    if by is not None:
        _audit("update", template, by, changed=content)
    return draft


@transaction.atomic
def template_create(
    *,
    practice: Practice,
    by: User,
    title: str,
    items: list,
    description: str = "",
    introduction: str = "",
    kind: str = Template.Kind.EXERCISE,
) -> Template:
    """A new exercise of the practice, as a first draft (publish it to give it)."""
    if by.practice_id != practice.pk or not may_write_templates(by, practice.pk):
        raise PermissionDenied(WRITERS_ONLY)
    content = {
        "title": title,
        "description": description,
        "introduction": introduction,
        "items": items,
        "scoring": None,
        "risk_rules": [],
    }
    _validate_content(content, complete=False)
    template = Template.objects.create(practice=practice, slug=free_slug(practice, title), kind=kind)
    draft = TemplateVersion.objects.create(template=template, number=1, created_by=by, revision=1, **content)
    _record_revision(draft, by)
    _audit("create", template, by)
    return template


RESERVED_SLUGS = {"import", "new"}  # the words the API and the library pages use after their prefix


def free_slug(practice: Practice, title: str) -> str:
    """A slug from the title that neither the library nor the practice uses yet ("letting-go", "letting-go-2")."""
    base = (slugify(title) or "exercise")[:72]
    taken = RESERVED_SLUGS | set(
        Template.objects.filter(Q(practice__isnull=True) | Q(practice=practice))
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


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
    version.published_by = by
    version.save(update_fields=["status", "published_at", "published_by"])
    template = version.template
    template.current_version = version
    template.save(update_fields=["current_version"])
    if by is not None:
        _audit("publish", template, by, changed=[f"version {version.number}"])
    return version


@transaction.atomic
def template_copy(*, template: Template, practice: Practice, by: User, slug: str = "") -> Template:
    """Copy a template (usually from the library) into a practice, published and ready to edit."""
    if not (by.role in ("admin", "clinician") and by.practice_id == practice.pk):
        raise PermissionDenied("You can copy templates into your own practice only.")
    if not may_write_templates(by, practice.pk):
        raise PermissionDenied(WRITERS_ONLY)
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
    _audit("archive", template, by)
    return template


@transaction.atomic
def template_restore(*, template: Template, by: User) -> Template:
    """Offer an archived template again."""
    _may_edit(template, by)
    template.archived_at = None
    template.save(update_fields=["archived_at"])
    _audit("restore", template, by)
    return template


def content_changes(before: TemplateVersion | None, after: TemplateVersion) -> list[str]:
    """In words, what ``after`` changed in the items, scoring and risk rules since ``before`` (the first: none)."""
    if before is None:
        return []
    return measure_changes(_fixed(before), _fixed(after))


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
