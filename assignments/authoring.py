"""The library's writing pages: a new exercise, a copy, the draft's editing page (every change one POST, with
JavaScript or without, answering JSON to the page's script), archive and restore, importing a FHIR Questionnaire
file, and the draft's earlier saves. The changes to the item tree are assignments.builder's."""

from csp.constants import SELF
from csp.decorators import csp_replace
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import role_required
from assignments import builder, fhir_import, library
from assignments.forms import DetailsForm, ImportForm, ItemForm, NewExerciseForm
from assignments.models import TemplateVersion
from assignments.outline import for_clinicians, outline
from assignments.questionnaire import walk
from assignments.selectors import (
    DRAFT_SAVES_SHOWN,
    draft_saves,
    library_template,
)
from clients.answers.display import condition_words

# --- Writing: a new exercise, a copy, and the draft's editing page (every change one POST, JavaScript or not) ---


@role_required("clinician", "admin")
def library_new(request):
    if not library.may_write_templates(request.user):
        raise PermissionDenied(library.WRITERS_ONLY)
    form = NewExerciseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        first = {"linkId": "first", "type": "display", "text": "Write your first question below, then remove this."}
        template = library.template_create(
            practice=request.user.practice,
            by=request.user,
            title=form.cleaned_data["title"],
            description=form.cleaned_data["description"],
            items=[first],
        )
        return redirect("library:edit", slug=template.slug)
    return render(request, "assignments/library_new.html", {"form": form})


@require_POST
@role_required("clinician", "admin")
def library_copy(request, slug: str):
    """Copy a built-in exercise into the practice, to change it (a measure's content stays as it is)."""
    template = library_template(user=request.user, slug=slug)
    copy = library.template_copy(
        template=template,
        practice=request.user.practice,
        by=request.user,
        slug=library.free_slug(request.user.practice, f"{template.slug} {request.user.practice.slug}"),
    )
    messages.success(request, "Copied into your practice: change it here, then publish it as your own version.")
    return redirect("library:edit", slug=copy.slug)


@csp_replace({"frame-src": [SELF]})  # the live preview beside the editor
@role_required("clinician", "admin")
def library_edit(request, slug: str):
    template = _own_writable(request, slug)
    if request.method == "POST":
        return _edit_posted(request, template)
    return _render_edit(request, template)


def _own_writable(request, slug: str):
    template = library_template(user=request.user, slug=slug)
    if template.practice_id is None:
        raise PermissionDenied("Built-in library templates change only by copying them into your practice.")
    if not library.may_write_templates(request.user, template.practice_id):
        raise PermissionDenied(library.WRITERS_ONLY)
    return template


def _groups(items: list[dict]) -> list[dict]:
    return [item for item, _ in walk(items) if item.get("type") == "group"]


def _render_edit(
    request, template, *, details=None, item_form=None, changing=None, changing_id="", errors=None, status=200
):
    """The draft's editing page. ``changing`` is the item form open on the item ``changing_id`` (from
    ``?change=<linkId>``, or posted back with what was typed); ``item_form`` the form adding an item."""
    version = library.editing_version(template)
    revision = version.revision
    if _wants_json(request):
        return _json_answer(request, revision, status, errors, (details, item_form, changing))
    groups = _groups(version.items)
    link_id = changing_id or request.GET.get("change", "")
    if changing is None and link_id:
        try:
            initial = builder.item_form_data(version.items, link_id)
        except builder.Refused:
            link_id = ""
        else:
            changing = ItemForm(initial={**initial, "revision": revision}, fixed_kind=True)
    context = {
        "template": template,
        "version": version,
        "details": details or DetailsForm(initial={**library.draft_content(version), "revision": revision}),
        "item_form": item_form
        or ItemForm(initial={"revision": revision, "kind": "text", "low": 0, "high": 10}, groups=groups),
        "changing": changing,
        "changing_id": link_id,
        "items": _rows(version.items, errors or {}),
        "rules": _rule_rows(version),
        "rule_questions": [(q["linkId"], q.get("text", q["linkId"])) for q in builder.rule_questions(version.items)],
        "rule_operators": builder.RULE_OPERATORS,
        "risk_levels": [(level, RISK_LEVEL_WORDS[level]) for level in RISK_LEVEL_WORDS],
        "general_errors": (errors or {}).get("template", []),
        "revision": revision,
        "is_draft": version.status == TemplateVersion.Status.DRAFT,
    }
    return render(request, "assignments/library_edit.html", context, status=status)


def _wants_json(request) -> bool:
    """The builder's script (autosave, drag and keys) asks for JSON; without it every answer is a page."""
    return request.headers.get("Accept") == "application/json"


def _json_answer(request, revision: int, status: int, errors, forms) -> JsonResponse:
    """What the script needs after a change: the draft's revision now, and what went wrong, in words."""
    fields = {}
    for form in forms:
        if form is not None and form.is_bound and form.errors:
            fields.update({name: [str(e) for e in problems] for name, problems in form.errors.items()})
    said = [str(message) for message in messages.get_messages(request)]
    body = {"revision": revision, "errors": errors or {}, "fields": fields, "messages": said}
    return JsonResponse(body, status=status)


RISK_LEVEL_WORDS = {
    "moderate": "Moderate: look at it soon",
    "high": "High: contact the client today",
    "imminent": "Imminent: act now",
    "history": "History: for the record, no action",
}


def _rule_rows(version) -> list[dict]:
    questions = {item["linkId"]: item for item, _ in walk(version.items)}
    rows = []
    for position, rule in enumerate(version.risk_rules or []):
        question = questions.get(rule.get("question"))
        if question is None:
            continue
        if rule.get("operator") in ("=", "!=", "exists"):
            words = for_clinicians(condition_words(question, rule))
        else:
            words = f"the answer to “{question.get('text')}” {builder.RULE_OPERATORS.get(rule['operator'], '')} "
            words += str(rule.get("answer"))
        level = RISK_LEVEL_WORDS.get(rule.get("level", "high"), "").split(":")[0]
        rows.append({"position": position, "words": words, "reason": rule.get("reason", ""), "level": level})
    return rows


def _rows(items: list[dict], errors: dict[str, list[str]]) -> list[dict]:
    rows = outline(items)
    for row, (item, parents) in zip(rows, walk(items), strict=True):
        siblings = parents[-1]["item"] if parents else items
        place = next(n for n, sibling in enumerate(siblings) if sibling is item)
        row["linkId"], row["kind_key"] = item["linkId"], builder.kind_of(item)
        row["errors"] = errors.get(item["linkId"], [])
        row["first"], row["last"] = place == 0, place == len(siblings) - 1
        row["may_go_in"] = place > 0 and siblings[place - 1].get("type") == "group"
        row["in_group"] = bool(parents)
        row["conditions"] = [{"position": n, "words": words} for n, words in enumerate(_condition_list(items, item))]
        row["behavior"] = item.get("enableBehavior", "all")
        row["earlier"] = [
            (q["linkId"], q.get("text", q["linkId"])) for q in builder.askable_before(items, item["linkId"])
        ]
    return rows


def _condition_list(items: list[dict], item: dict) -> list[str]:
    known = {i["linkId"]: i for i, _ in walk(items)}
    return [
        for_clinicians(condition_words(known[c["question"]], c))
        for c in item.get("enableWhen") or []
        if c.get("question") in known
    ]


def _edit_posted(request, template):
    action, _, argument = request.POST.get("action", "").partition(":")
    version = library.editing_version(template)
    if action == "publish":
        return _publish_posted(request, template, version)
    if action == "details":
        form = DetailsForm(request.POST)
        if not form.is_valid():
            return _render_edit(request, template, details=form, status=400)
        data = dict(form.cleaned_data)
        return _save(request, template, data.pop("revision"), data, details=form)
    if action in ("add", "change"):
        return _item_posted(request, template, version, action, argument)
    revision = request.POST.get("revision", "")
    if not revision.isdigit():
        messages.error(request, "That change could not be read; nothing was saved.")
        return redirect("library:edit", slug=template.slug)
    try:
        content = _tree_change(version, action, argument, request.POST)
    except builder.Refused as refused:
        messages.error(request, str(refused))
        return _render_edit(request, template, status=400)
    return _save(request, template, int(revision), content)


def _tree_change(version, action: str, argument: str, data) -> dict:
    """The draft content one posted action makes, or Refused with why."""
    link_id, _, position = argument.partition(":")
    items = version.items
    if action in builder.MOVES:
        return {"items": builder.move(items, link_id, action)}
    if action == "drag":
        return {"items": builder.move_to(items, link_id, before=data.get("before", ""), into=data.get("into", ""))}
    if action == "when":
        return {"items": builder.add_condition(items, link_id, data)}
    if action == "unwhen":
        return {"items": builder.drop_condition(items, link_id, int(position) if position.isdigit() else None)}
    if action in ("any", "all"):
        return {"items": builder.set_behavior(items, link_id, action)}
    if action == "revert" and link_id.isdigit():
        # Back to an earlier save of this draft, as a new save (the later ones stay in the list).
        save = version.revisions.filter(number=int(link_id)).first() if version.status == "draft" else None
        if save is None:
            raise builder.Refused("That save is not one of this draft's.")
        return {field: save.content[field] for field in library.CONTENT_FIELDS if field in save.content}
    if action == "start-from" and link_id.isdigit():
        # A new draft from any published version: its content, saved over the draft (kept as a revision, so
        # nothing of the draft is lost).
        if version.status == TemplateVersion.Status.DRAFT:
            raise builder.Refused("There is a draft already: publish it first, then start another from any version.")
        source = version.template.versions.filter(status=TemplateVersion.Status.PUBLISHED, number=int(link_id)).first()
        if source is None:
            raise builder.Refused("There is no such published version.")
        return {field: getattr(source, field) for field in library.CONTENT_FIELDS}
    if action == "rule":
        return {"risk_rules": builder.add_rule(items, version.risk_rules or [], data)}
    if action == "unrule" and link_id.isdigit():
        rules = list(version.risk_rules or [])
        if int(link_id) >= len(rules):
            raise builder.Refused("That rule is no longer in the draft; here it is as it is now.")
        del rules[int(link_id)]
        return {"risk_rules": rules}
    raise builder.Refused("That change could not be read; nothing was saved.")


def _item_posted(request, template, version, action: str, link_id: str):
    if action == "add":
        form = ItemForm(request.POST, groups=_groups(version.items))
        keep: dict = {"item_form": form}
    else:
        form = ItemForm(request.POST, fixed_kind=True)
        keep = {"changing": form, "changing_id": link_id}
    if not form.is_valid():
        return _render_edit(request, template, status=400, **keep)
    data = form.cleaned_data
    try:
        if action == "add":
            item = builder.new_item(data, version.items)
            items = builder.add(version.items, item, into=data.get("into") or "")
            if data.get("other") and item["type"] == "choice":
                items = builder.with_other(items, item["linkId"])
        else:
            items = builder.change(version.items, link_id, data)
    except builder.Refused as refused:
        form.add_error(None, str(refused))
        return _render_edit(request, template, status=400, **keep)
    return _save(request, template, data["revision"], {"items": items}, **keep)


def _save(request, template, revision: int, content: dict, **forms_kept):
    try:
        draft = library.template_draft_save(template=template, by=request.user, revision=revision, **content)
    except library.DraftConflict:
        # Someone (or another tab) saved since this page was opened: nothing of this change was saved, and
        # what was typed stays in its form, to save again on top of the draft as it is now.
        messages.error(
            request,
            "This draft was saved elsewhere since you opened it (perhaps in another tab). Your change was not "
            "saved: the draft below is as it is now, and what you typed is still in the form.",
        )
        now = library.editing_version(template)
        kept = {key: _refreshed(kept, now) if key != "changing_id" else kept for key, kept in forms_kept.items()}
        return _render_edit(request, template, status=409, **kept)
    except ValidationError as error:
        return _render_edit(request, template, errors=library.errors_by_item(error), status=400, **forms_kept)
    if _wants_json(request):
        return JsonResponse({"revision": draft.revision, "errors": {}, "fields": {}, "messages": ["Saved."]})
    messages.success(request, "Saved.")
    return redirect("library:edit", slug=template.slug)


def _refreshed(form, version):
    """The same form, what was typed kept, naming the draft's current revision."""
    data = form.data.copy()
    data["revision"] = str(version.revision)
    if isinstance(form, ItemForm):
        return ItemForm(data, groups=() if form.fixed_kind else _groups(version.items), fixed_kind=form.fixed_kind)
    return type(form)(data)


def _publish_posted(request, template, version):
    if version.status != TemplateVersion.Status.DRAFT:
        messages.error(request, "There is nothing new to publish: change something first.")
        return redirect("library:edit", slug=template.slug)
    if str(version.revision) != request.POST.get("revision", ""):
        messages.error(request, "This draft was changed elsewhere since you opened it: read it again, then publish.")
        return redirect("library:edit", slug=template.slug)
    try:
        published = library.template_version_publish(version=version, by=request.user)
    except ValidationError as error:
        return _render_edit(request, template, errors=library.errors_by_item(error), status=400)
    messages.success(request, f"Published as version {published.number}. Homework already given keeps its version.")
    return redirect("library:detail", slug=template.slug)


@require_POST
@role_required("clinician", "admin")
def library_archive(request, slug: str):
    """Archive (``action=archive``) or restore (``action=restore``) one of the practice's own exercises."""
    template = _own_writable(request, slug)
    if request.POST.get("action") == "restore":
        library.template_restore(template=template, by=request.user)
        messages.success(request, "Restored: it can be given again.")
    else:
        library.template_archive(template=template, by=request.user)
        messages.success(request, "Archived: it is no longer offered for new homework. Homework given keeps it.")
    return redirect("library:detail", slug=template.slug)


@role_required("clinician", "admin")
def library_import(request):
    """A FHIR R4 Questionnaire file made into a new draft of the practice, with what was kept, converted and
    refused said on the draft's page."""
    if not library.may_write_templates(request.user):
        raise PermissionDenied(library.WRITERS_ONLY)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            template, report = fhir_import.template_import(
                practice=request.user.practice, by=request.user, document=form.cleaned_data["document"]
            )
        except fhir_import.NotAQuestionnaire as error:
            for place, problems in error.errors.items():
                for problem in problems:
                    form.add_error("file", f"{place}: {problem}" if place not in ("", "resourceType") else problem)
        except ValidationError as error:
            for problems in library.errors_by_item(error).values():
                for problem in problems:
                    form.add_error("file", problem)
        else:
            messages.success(request, "Imported as a draft: check it, then publish it.")
            for heading, key in (("Kept", "kept"), ("Changed to fit", "converted"), ("Left out", "refused")):
                for line in report.get(key, []):
                    (messages.warning if key == "refused" else messages.info)(request, f"{heading}: {line}")
            return redirect("library:edit", slug=template.slug)
    status = 400 if form.errors else 200
    return render(request, "assignments/library_import.html", {"form": form}, status=status)


@role_required("clinician", "admin")
def library_saves(request, slug: str):
    """The open draft's earlier saves, each with what it changed, to go back to one."""
    template = _own_writable(request, slug)
    version = library.editing_version(template)
    is_draft = version.status == TemplateVersion.Status.DRAFT
    context = {
        "template": template,
        "version": version,
        "saves": draft_saves(version=version) if is_draft else [],
        "is_draft": is_draft,
        "shown": DRAFT_SAVES_SHOWN,
    }
    return render(request, "assignments/library_saves.html", context)
