"""The library: every exercise and measure a clinician or practice admin may give, what each is for, how long it
takes, which versions are in use, and a preview exactly as the client sees it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from accounts.access import role_required
from assignments import library
from assignments.forms import KINDS, DetailsForm, ItemForm, NewExerciseForm
from assignments.models import TemplateVersion
from assignments.questionnaire import minutes_to_complete, question_count, walk
from assignments.selectors import LIBRARY_SHOWS, library_rows, library_template, template_versions
from clients.answers.build import build
from clients.answers.display import condition_words


@role_required("clinician", "admin")
def library_index(request):
    show = request.GET.get("show", "all")
    show = show if show in LIBRARY_SHOWS else "all"
    search = request.GET.get("q", "")[:100]
    rows = library_rows(user=request.user, search=search, show=show)
    context = {
        "rows": rows,
        "show": show,
        "shows": LIBRARY_SHOWS,
        "search": search,
        "may_write": library.may_write_templates(request.user),
    }
    return render(request, "assignments/library.html", context)


@role_required("clinician", "admin")
def library_detail(request, slug: str):
    template = library_template(user=request.user, slug=slug)
    version = _shown_version(request, template)
    context = {
        "template": template,
        "version": version,
        "builtin": template.practice_id is None,
        "questions": question_count(version.items),
        "minutes": minutes_to_complete(version.items),
        "versions": template_versions(template=template),
        "outline": outline(version.items),
        "may_write": template.practice_id is not None and library.may_write_templates(request.user),
        "may_copy": template.practice_id is None
        and template.kind == template.Kind.EXERCISE
        and library.may_write_templates(request.user),
    }
    return render(request, "assignments/library_detail.html", context)


KIND_WORDS = {
    "display": "Text to read",
    "group": "A group of questions",
    "string": "A short answer",
    "text": "A longer answer",
    "choice": "A choice",
    "boolean": "Yes or no",
    "integer": "A whole number",
    "decimal": "A number",
    "date": "A date",
}


def outline(items: list[dict], depth: int = 0) -> list[dict]:
    """Each item in words for the clinician beside the preview: what it asks, what kind of answer, whether it is
    needed, and when it is shown ("Only needed if …"), never the raw logic."""
    index = {item["linkId"]: item for item, _ in walk(items)}
    rows = []
    for item, parents in walk(items):
        kind = KIND_WORDS.get(item.get("type"), "An answer")
        if item.get("repeats"):
            kind = "A list of answers" if item.get("type") != "group" else "A group filled in as often as needed"
        if item.get("type") == "choice":
            count = len(item.get("answerOption") or [])
            kind = f"{'Any' if item.get('repeats') else 'One'} of {count} options"
        bounded = item.get("type") == "integer" and "minValue" in item and "maxValue" in item
        if item.get("control") == "slider" or bounded:
            kind = f"A scale from {item.get('minValue')} to {item.get('maxValue')}"
        conditions = [
            _for_clinicians(condition_words(index[c["question"]], c))
            for c in item.get("enableWhen") or []
            if c["question"] in index
        ]
        joiner = " or " if item.get("enableBehavior") == "any" else " and "
        rows.append(
            {
                "text": item.get("text") or "",
                "kind": kind,
                "depth": len(parents),
                "required": bool(item.get("required")),
                "when": f"Shown only if {joiner.join(conditions)}." if conditions else "",
            }
        )
    return rows


def _for_clinicians(words: str) -> str:
    """A condition as the client reads it ("you answered …"), said of the client."""
    return "the client " + words[len("you ") :] if words.startswith("you ") else words


@role_required("clinician", "admin")
def library_preview(request, slug: str):
    """The version as a client's phone shows it: the portal's own form, with nothing saved. Without JavaScript,
    "Add another" comes back here with one more empty row."""
    template = library_template(user=request.user, slug=slug)
    version = _shown_version(request, template)
    kind, _, argument = request.GET.get("action", "").partition(":")
    form = build(version.items, {}, extra_rows=argument if kind == "add" else "")
    context = {"template": template, "version": version, "form": form}
    return render(request, "assignments/library_preview.html", context)


def _shown_version(request, template) -> TemplateVersion:
    """``?version=N`` (a published one; the draft too for the practice's own), else the current one (or the draft
    of one never published)."""
    versions = template.versions.all()
    if template.practice_id is None:
        versions = versions.filter(status=TemplateVersion.Status.PUBLISHED)
    number = request.GET.get("version", "")
    if number.isdigit() and len(number) < 6:
        found = versions.filter(number=int(number)).first()
        if found is None:
            raise Http404("No such version.")
        return found
    if template.current_version is not None:
        return template.current_version
    draft = versions.filter(status=TemplateVersion.Status.DRAFT).first()
    if draft is None:
        raise Http404("No Template matches the given query.")
    return draft


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


def _render_edit(request, template, *, details=None, item_form=None, errors=None, status=200):
    version = library.editing_version(template)
    revision = version.revision
    context = {
        "template": template,
        "version": version,
        "details": details or DetailsForm(initial={**library.draft_content(version), "revision": revision}),
        "item_form": item_form or ItemForm(initial={"revision": revision, "kind": "text", "low": 0, "high": 10}),
        "items": _rows(version.items, errors or {}),
        "general_errors": (errors or {}).get("template", []),
        "revision": revision,
        "is_draft": version.status == TemplateVersion.Status.DRAFT,
    }
    return render(request, "assignments/library_edit.html", context, status=status)


def _rows(items: list[dict], errors: dict[str, list[str]]) -> list[dict]:
    rows = outline(items)
    for row, (item, _parents) in zip(rows, walk(items), strict=True):
        row["linkId"] = item["linkId"]
        row["top"] = any(item is top for top in items)
        row["errors"] = errors.get(item["linkId"], [])
        row["has_condition"] = bool(item.get("enableWhen"))
        if row["top"]:
            position = next(n for n, top in enumerate(items) if top is item)
            row["earlier"] = [(q["linkId"], q.get("text", q["linkId"])) for q in _askable(items[:position])]
    return rows


def _edit_posted(request, template):
    action, _, link_id = request.POST.get("action", "").partition(":")
    version = library.editing_version(template)
    if action == "publish":
        return _publish_posted(request, template, version)
    if action == "details":
        form = DetailsForm(request.POST)
        if not form.is_valid():
            return _render_edit(request, template, details=form, status=400)
        data = dict(form.cleaned_data)
        return _save(request, template, data.pop("revision"), data, details=form)
    if action == "add":
        form = ItemForm(request.POST)
        if not form.is_valid():
            return _render_edit(request, template, item_form=form, status=400)
        items = [*version.items, _new_item(form.cleaned_data, version.items)]
        return _save(request, template, form.cleaned_data["revision"], {"items": items}, item_form=form)
    revision = request.POST.get("revision", "")
    if action in ("when", "unwhen") and revision.isdigit():
        items, problem = _with_condition(version.items, link_id, request.POST if action == "when" else None)
        if problem:
            messages.error(request, problem)
            return _render_edit(request, template, status=400)
        return _save(request, template, int(revision), {"items": items})
    if action in ("up", "down", "remove") and revision.isdigit():
        items = _moved(version.items, link_id, action)
        if items is None:
            messages.error(request, "That item is no longer in the draft; here it is as it is now.")
            return redirect("library:edit", slug=template.slug)
        return _save(request, template, int(revision), {"items": items})
    messages.error(request, "That change could not be read; nothing was saved.")
    return redirect("library:edit", slug=template.slug)


def _save(request, template, revision: int, content: dict, **forms_kept):
    try:
        library.template_draft_save(template=template, by=request.user, revision=revision, **content)
    except library.DraftConflict:
        # Someone (or another tab) saved since this page was opened: nothing of this change was saved, and
        # what was typed stays in its form, to save again on top of the draft as it is now.
        messages.error(
            request,
            "This draft was saved elsewhere since you opened it (perhaps in another tab). Your change was not "
            "saved: the draft below is as it is now, and what you typed is still in the form.",
        )
        kept = {key: _refreshed(form, library.editing_version(template).revision) for key, form in forms_kept.items()}
        return _render_edit(request, template, status=409, **kept)
    except ValidationError as error:
        return _render_edit(request, template, errors=library.errors_by_item(error), status=400, **forms_kept)
    messages.success(request, "Saved.")
    return redirect("library:edit", slug=template.slug)


def _refreshed(form, revision: int):
    """The same form, what was typed kept, naming the draft's current revision."""
    data = form.data.copy()
    data["revision"] = str(revision)
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


def _new_item(data: dict, items: list[dict]) -> dict:
    _label, shape = KINDS[data["kind"]]
    item: dict = {"linkId": _free_link_id(data["text"], items), **shape, "text": data["text"].strip()}
    if data.get("required") and item["type"] != "display":
        item["required"] = True
    if data.get("help_text") and item["type"] != "display":
        item["helpText"] = data["help_text"].strip()
    if item["type"] == "choice":
        item["answerOption"] = [
            {"code": _free_code(option, n), "display": option} for n, option in enumerate(data["option_list"])
        ]
    if data["kind"] == "scale":
        item["minValue"], item["maxValue"] = data["low"], data["high"]
    return item


def _free_link_id(text: str, items: list[dict]) -> str:
    taken = {item["linkId"] for item, _ in walk(items)}
    base = slugify(text).replace("-", "_")[:40].strip("_") or "item"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    return candidate


def _free_code(option: str, position: int) -> str:
    return (slugify(option)[:50] or "option") + f"-{position + 1}"


CONDITION_OPERATORS = {"=": "is", "!=": "is not", "exists": "has been answered"}


def _with_condition(items: list[dict], link_id: str, data) -> tuple[list[dict], str]:
    """The top-level items with ``link_id`` shown only when an earlier question's answer is (or is not) what the
    author typed, or has been answered; ``data`` None removes its condition. A problem, in words, instead."""
    where = next((n for n, item in enumerate(items) if item["linkId"] == link_id), None)
    if where is None:
        return items, "That item is no longer in the draft; here it is as it is now."
    item = dict(items[where])
    if data is None:
        item.pop("enableWhen", None)
        item.pop("enableBehavior", None)
        return [*items[:where], item, *items[where + 1 :]], ""
    earlier = {i["linkId"]: i for i in _askable(items[:where])}
    question = earlier.get(data.get("when_question", ""))
    operator = data.get("when_operator", "")
    if question is None:
        return items, "Choose a question asked before this item."
    if operator not in CONDITION_OPERATORS:
        return items, "Choose whether its answer is, is not, or has been given."
    if operator == "exists":
        condition = {"question": question["linkId"], "operator": "exists", "answer": True}
    else:
        answer, problem = _answer_from_words(question, data.get("when_answer", ""))
        if problem:
            return items, problem
        condition = {"question": question["linkId"], "operator": operator, "answer": answer}
    item["enableWhen"] = [condition]
    item["enableBehavior"] = "all"
    return [*items[:where], item, *items[where + 1 :]], ""


def _askable(items: list[dict]) -> list[dict]:
    """Questions a condition may depend on: answerable, at the top level, answered once."""
    return [i for i in items if i.get("type") not in ("display", "group") and not i.get("repeats")]


def _answer_from_words(question: dict, words: str) -> tuple[object, str]:
    typed = words.strip()
    asked = f"“{question.get('text', question['linkId'])}”"
    if question["type"] == "choice":
        options = question.get("answerOption") or []
        found = next((o for o in options if typed.casefold() in (o["display"].casefold(), o["code"].casefold())), None)
        if found is None:
            choices = ", ".join(f"“{o['display']}”" for o in options)
            return None, f"“{typed}” is not one of the options of {asked}: write one of {choices}."
        return found["code"], ""
    if question["type"] == "boolean":
        if typed.casefold() in ("yes", "y", "true"):
            return True, ""
        if typed.casefold() in ("no", "n", "false"):
            return False, ""
        return None, f"{asked} is answered yes or no: write “yes” or “no”."
    if question["type"] in ("integer", "decimal"):
        try:
            number = float(typed)
        except ValueError:
            return None, f"{asked} is answered with a number: write one."
        return (int(number) if question["type"] == "integer" and number.is_integer() else number), ""
    if not typed:
        return None, f"Write the answer to {asked} that shows this item."
    return typed, ""


def _moved(items: list[dict], link_id: str, action: str) -> list[dict] | None:
    """The top-level items with one moved up, moved down or removed; None when it is not there."""
    where = next((n for n, item in enumerate(items) if item["linkId"] == link_id), None)
    if where is None:
        return None
    items = list(items)
    if action == "remove":
        del items[where]
    elif action == "up" and where > 0:
        items[where - 1], items[where] = items[where], items[where - 1]
    elif action == "down" and where < len(items) - 1:
        items[where + 1], items[where] = items[where], items[where + 1]
    return items
