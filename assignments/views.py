"""The library: every exercise and measure a clinician or practice admin may give, what each is for, how long it
takes, which versions are in use, and a preview exactly as the client sees it."""

from csp.constants import SELF
from csp.decorators import csp_replace
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_sameorigin

from accounts.access import role_required
from assignments import library, paper
from assignments.compare import compare, summary
from assignments.models import TemplateVersion
from assignments.outline import outline
from assignments.questionnaire import minutes_to_complete, question_count
from assignments.selectors import (
    LIBRARY_SHOWS,
    library_rows,
    library_template,
    template_versions,
)
from clients.answers.build import build


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
        "editing": library.editing_version(template) if template.practice_id else None,
        "may_copy": template.practice_id is None
        and template.kind == template.Kind.EXERCISE
        and library.may_write_templates(request.user),
    }
    return render(request, "assignments/library_detail.html", context)


@xframe_options_sameorigin
@csp_replace({"frame-ancestors": [SELF]})  # shown live beside the builder, in a frame of this site only
@role_required("clinician", "admin")
def library_preview(request, slug: str):
    """The version as a client's phone shows it: the portal's own form, with nothing saved. Without JavaScript,
    "Add another" comes back here with one more empty row."""
    template = library_template(user=request.user, slug=slug)
    version = _shown_version(request, template)
    kind, _, argument = request.GET.get("action", "").partition(":")
    form = build(version.items, {}, extra_rows=argument if kind == "add" else "")
    context = {"template": template, "version": version, "form": form, "framed": request.GET.get("frame") == "1"}
    return render(request, "assignments/library_preview.html", context)


@role_required("clinician", "admin")
def library_paper(request, slug: str):
    """A paper copy of the version (``?version=N``) to print and fill in by hand."""
    template = library_template(user=request.user, slug=slug)
    version = _shown_version(request, template)
    practice = request.user.practice
    body = paper.render(version, practice_name=practice.name, crisis_lines=practice.crisis_lines)
    response = HttpResponse(body, content_type="application/pdf")
    name = paper.download_name(title=version.title, number=version.number)
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


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


# --- Two versions side by side ---


@role_required("clinician", "admin")
def library_compare(request, slug: str):
    """Two versions side by side (``?from=N&to=M``); by default the version before the newest against it, the
    draft being the newest where there is one."""
    template = library_template(user=request.user, slug=slug)
    versions = template.versions.order_by("number")
    if template.practice_id is None:
        versions = versions.filter(status=TemplateVersion.Status.PUBLISHED)
    versions = list(versions)
    by_number = {version.number: version for version in versions}
    after = _chosen(request.GET.get("to", ""), by_number) or versions[-1]
    earlier = [version for version in versions if version.number < after.number]
    before = _chosen(request.GET.get("from", ""), by_number) or (earlier[-1] if earlier else after)
    rows = compare(before.items, after.items)
    context = {
        "template": template,
        "before": before,
        "after": after,
        "versions": versions,
        "rows": rows,
        "counts": summary(rows),
        "title": after.title,
    }
    return render(request, "assignments/library_compare.html", context)


def _chosen(number: str, by_number: dict) -> TemplateVersion | None:
    if number and not (number.isdigit() and int(number) in by_number):
        raise Http404("No such version.")
    return by_number[int(number)] if number else None
