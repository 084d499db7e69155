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
from assignments.fhir_import import read_questionnaire
from assignments.models import Template, TemplateDraftRevision, TemplateVersion
from assignments.questionnaire import StructureError, index, validate_version, walk
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
        raise PermissionDenied("Your practice lets its admins write exercises; ask one to allow clinicians too.")


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
        audit_record(
            action="update",
            what="template",
            object_id=template.pk,
            practice_id=template.practice_id,
            changed=content,
            actor=by,
        )
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
        raise PermissionDenied("Your practice lets its admins write exercises; ask one to allow clinicians too.")
    content = {
        "title": title,
        "description": description,
        "introduction": introduction,
        "items": items,
        "scoring": None,
        "risk_rules": [],
    }
    _validate_content(content, complete=False)
    template = Template.objects.create(practice=practice, slug=_free_slug(practice, title), kind=kind)
    draft = TemplateVersion.objects.create(template=template, number=1, created_by=by, revision=1, **content)
    _record_revision(draft, by)
    audit_record(action="create", what="template", object_id=template.pk, practice_id=practice.pk, actor=by)
    return template


def template_import(*, practice: Practice, by: User, document) -> tuple[Template, dict[str, list[str]]]:
    """A FHIR R4 Questionnaire as a new draft of the practice, and the report of what was kept, converted and
    refused (``fhir_import``). NotAQuestionnaire when it is not one; ValidationError when what it asks does not
    hold together (a condition on a later item, say): nothing is saved either way."""
    imported = read_questionnaire(document)
    measure = _standard_measure(imported.items)
    if measure is not None:
        # A standard measure means what it means only with its scoring, bands and risk rules, which FHIR does not
        # carry: the same items become the practice's copy of the built-in measure, or are refused if changed.
        if not _same_questions(imported.items, measure.current_version.items):
            raise ValidationError(
                {
                    "template": f"These are the questions of {measure.current_version.title} with changes: a standard "
                    "measure cannot be changed, so that its scores and its risk rule mean what they should. Give "
                    "the built-in one from the library."
                }
            )
        copy = template_copy(template=measure, practice=practice, by=by, slug=_free_slug(practice, imported.title))
        imported.converted.append(
            f"Recognised as {measure.current_version.title}: it is your practice's copy of the built-in measure, "
            "published with its scoring, bands and risk rule."
        )
        return copy, imported.report
    imported.converted.append(
        "Scores and risk rules are not part of a FHIR Questionnaire, so this draft has none. Written answers are "
        "read for risk as always; add a risk rule to a choice whose answer should alert a clinician."
    )
    template = template_create(
        practice=practice, by=by, title=imported.title, description=imported.description, items=imported.items
    )
    return template, imported.report


def _answerable(items: list) -> list[str]:
    return [item["linkId"] for item, _ in walk(items) if item.get("type") not in ("display", "group")]


def _standard_measure(items: list) -> Template | None:
    """The built-in measure whose questions these are (by their linkIds), if any."""
    asked = set(_answerable(items))
    for measure in Template.objects.filter(
        practice__isnull=True, kind=Template.Kind.MEASURE, current_version__isnull=False
    ).select_related("current_version"):
        if asked and set(_answerable(measure.current_version.items)) == asked:
            return measure
    return None


def _same_questions(items: list, reference: list) -> bool:
    """The same wording, options, scores and settings as the measure (FHIR carries all of those)."""
    empty = {"scoring": None, "risk_rules": []}
    return not measure_changes({"items": reference, **empty}, {"items": items, **empty})


RESERVED_SLUGS = {"import", "new"}  # the words the API and the library pages use after their prefix


def _free_slug(practice: Practice, title: str) -> str:
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
        audit_record(
            action="publish",
            what="template",
            object_id=template.pk,
            practice_id=template.practice_id,
            changed=[f"version {version.number}"],
            actor=by,
        )
    return version


@transaction.atomic
def template_copy(*, template: Template, practice: Practice, by: User, slug: str = "") -> Template:
    """Copy a template (usually from the library) into a practice, published and ready to edit."""
    if not (by.role in ("admin", "clinician") and by.practice_id == practice.pk):
        raise PermissionDenied("You can copy templates into your own practice only.")
    if not may_write_templates(by, practice.pk):
        raise PermissionDenied("Your practice lets its admins write exercises; ask one to allow clinicians too.")
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
    audit_record(action="archive", what="template", object_id=template.pk, practice_id=template.practice_id, actor=by)
    return template


@transaction.atomic
def template_restore(*, template: Template, by: User) -> Template:
    """Offer an archived template again."""
    _may_edit(template, by)
    template.archived_at = None
    template.save(update_fields=["archived_at"])
    audit_record(action="restore", what="template", object_id=template.pk, practice_id=template.practice_id, actor=by)
    return template


# Roughly how long an answer takes, by item type (minutes): a text box is where people take their time.
_MINUTES = {"text": 2.0, "string": 0.5, "display": 0.3, "choice": 0.3, "boolean": 0.2, "integer": 0.3, "decimal": 0.3}


def question_count(items: list) -> int:
    """The items a client answers (not display text, not the groups that hold them)."""
    return sum(1 for item, _ in walk(items) if item.get("type") not in ("display", "group"))


def minutes_to_complete(items: list) -> int:
    """A fair estimate of the minutes a version takes to fill in, for the library and the chooser."""
    total = sum(
        _MINUTES.get(item.get("type"), 0.5) * (2 if item.get("repeats") else 1)
        for item, _ in walk(items)
        if item.get("type") != "group"
    )
    return max(1, round(total))


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
