from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from rest_framework.utils.encoders import JSONEncoder as ApiJSONEncoder

from accounts.access import role_required
from assignments.selectors import assignment_for
from assignments.services import (
    StaleVersion,
    comment_add,
    discussion_flag_set,
)
from clients import portal
from clients.answers.build import build
from clients.answers.display import shown
from clients.answers.paths import repeat_exists
from clients.export import export_document
from clients.forms import ClientPreferencesForm
from clients.safety_plan import own_safety_plan
from clients.selectors import progress_page_for
from clients.services import client_preferences_update
from config.localtime import local_today

DONE_KEY = "portal:submitted:{pk}"


@role_required("client")
def today(request):
    return render(request, "clients/today.html", {"today": portal.today_for(user=request.user)})


@role_required("client")
def safety_plan(request):
    """The client's safety plan on a page of its own, to keep open or print on one sheet."""
    return render(request, "clients/safety_plan.html", {"plan": own_safety_plan(user=request.user)})


@role_required("client")
def progress(request):
    """The client's own progress, in plain words: measures, mood, and the daily-habits streak."""
    from clinicians.charts import progress_charts

    page = progress_page_for(user=request.user)
    data = page.progress
    today = local_today(page.client)
    context = {
        "charts": progress_charts(data, today=today),
        "streak": portal.habit_streak([entry["date"] for entry in data["mood"]], today=today),
        "has_measures": any(data["measures"].values()),
        "has_mood": bool(data["mood"]),
        # Every prediction the client has put to the test, oldest first: after a rejection the mind tends to
        # expect the worst, and seeing expectation beside outcome is part of the work.
        "outcomes": page.outcomes,
    }
    return render(request, "clients/progress.html", context)


@role_required("client")
def preferences(request):
    client = portal.portal_client(user=request.user)
    form = ClientPreferencesForm(
        request.POST or None, instance=client, initial={"display_name": client.user.display_name}
    )
    if request.method == "POST" and form.is_valid():
        preferences = {name: form.cleaned_data[name] for name in form.Meta.fields}
        client_preferences_update(client=client, display_name=form.cleaned_data["display_name"], **preferences)
        messages.success(request, "Your preferences are saved.")
        return redirect("clients:preferences")
    return render(request, "clients/preferences.html", {"form": form})


@role_required("client")
def my_data(request):
    """What the client can download of their own record, and what each file holds."""
    portal.portal_client(user=request.user)
    return render(request, "clients/my_data.html")


@role_required("client")
def my_data_download(request, kind: str):
    """The client's export as a file: everything (JSON), or only the answers as a FHIR R4 Bundle."""
    client = portal.portal_client(user=request.user)
    document = export_document(user=request.user)
    if kind == "fhir":
        payload, content_type = document["fhir"], "application/fhir+json"
    else:
        payload, content_type = document, "application/json"
    response = JsonResponse(
        payload, encoder=ApiJSONEncoder, json_dumps_params={"indent": 2, "ensure_ascii": False}, safe=False
    )
    response["Content-Type"] = f"{content_type}; charset=utf-8"
    name = "answers.fhir" if kind == "fhir" else "everything"
    response["Content-Disposition"] = f'attachment; filename="rejection-recovery-{name}-{local_today(client)}.json"'
    return response


# --- One assignment ------------------------------------------------------------------


@never_cache
@role_required("client")
def assignment_detail(request, pk: int):
    """The assignment to fill in (or read, once sent); without JavaScript every button posts here."""
    assignment = assignment_for(user=request.user, pk=pk)
    if request.method == "GET":
        answers, version = portal.latest_answers(assignment)
        return _render_form(request, assignment, answers, version, extra_rows=request.GET.get("add", ""))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    kind, _, argument = request.POST.get("action", "save").partition(":")
    if kind == "submit" and assignment.is_open:
        return _submit(request, assignment)
    if assignment.is_open:
        problem = _save_posted(request, assignment, remove=argument if kind == "remove" else "")
        if problem is not None:  # a conflict or answers that cannot be kept, already rendered
            return problem
    anchor = _tool_action(request, assignment, kind, argument)
    if kind == "add" and repeat_exists(assignment.template_version.items, argument):
        return redirect(f"{_url(assignment)}?add={argument}#q:{argument}")
    if kind == "remove":
        anchor = f"#q:{argument.rsplit('/', 1)[0]}"
    if kind == "save" and assignment.is_open:
        messages.success(request, f"Draft saved at {timezone.localtime(timezone=_zone(assignment)):%H:%M}.")
    return redirect(f"{_url(assignment)}{anchor}")


def _save_posted(request, assignment, *, remove: str = ""):
    """Save the posted answers as a draft when they changed; a page to show instead when that went wrong."""
    posted = portal.save_posted(assignment=assignment, user=request.user, data=request.POST, remove=remove)
    return _problem(request, assignment, posted)


def _problem(request, assignment, posted: portal.Posted):
    """The page for a conflict or answers to look at again, or None."""
    if posted.stale is not None:
        return _render_conflict(request, assignment, posted.answers, posted.stale)
    if posted.errors is not None:
        return _render_form(request, assignment, posted.answers, posted.version, errors=posted.errors, status=400)
    return None


def _tool_action(request, assignment, kind: str, link_id: str) -> str:
    """A "discuss" mark or a comment sent with the form (without JavaScript); returns where to land."""
    try:
        if kind == "comment":
            body = request.POST.get(f"c:{link_id}", "")
            comment_add(assignment=assignment, author=request.user, body=body, link_id=link_id)
            messages.success(request, "Your comment is added.")
        elif kind in ("flag", "unflag"):
            discussion_flag_set(assignment=assignment, user=request.user, link_id=link_id, flagged=kind == "flag")
        else:
            return ""
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return f"#tools:{link_id}" if link_id else "#conversation"


def _submit(request, assignment):
    posted = portal.submit_posted(assignment=assignment, user=request.user, data=request.POST)
    problem = _problem(request, assignment, posted)
    if problem is not None:
        return problem
    if posted.refused is not None:
        messages.error(request, " ".join(posted.refused.messages))
        return redirect(_url(assignment))
    submission = posted.submission
    request.session[DONE_KEY.format(pk=assignment.pk)] = {
        "raised_risk": submission.raised_risk,
        "alerted": bool(submission.alerts),
        "pathway_note": submission.pathway_note,
    }
    return redirect("clients:assignment_done", pk=assignment.pk)


@require_POST
@role_required("client")
def assignment_autosave(request, pk: int):
    """The page's script saves the form here a few seconds after typing stops (JSON answer)."""
    assignment = assignment_for(user=request.user, pk=pk, discussion=False)
    result = portal.autosave(assignment=assignment, user=request.user, data=request.POST)

    def conflict_html(mine, stale) -> str:
        return render_to_string(
            "clients/includes/conflict.html", portal.conflict_context(assignment, mine, stale), request
        )

    body = result.payload(saved_at=_saved_at(assignment), conflict_html=conflict_html)
    return JsonResponse(body, status=result.status)


@require_POST
@role_required("client")
def assignment_resolve(request, pk: int):
    """The client chose, item by item, between this device's answers and the ones saved elsewhere."""
    assignment = assignment_for(user=request.user, pk=pk)
    result = portal.resolve(assignment=assignment, user=request.user, data=request.POST)
    if result.stale is not None:
        return _render_conflict(request, assignment, result.mine, result.stale)
    if result.bad_choice:
        messages.error(request, "Something went wrong with that choice. Your saved answers are shown below.")
    elif result.error:
        messages.error(request, result.error)
    else:
        messages.success(request, "Saved. Both versions are kept in your history, so nothing is lost.")
    return redirect(_url(assignment))


@never_cache
@role_required("client")
def assignment_done(request, pk: int):
    assignment = assignment_for(user=request.user, pk=pk)
    if assignment.is_open:
        return redirect(_url(assignment))
    outcome = request.session.get(DONE_KEY.format(pk=pk), {})
    return render(request, "clients/done.html", {"assignment": assignment, "outcome": outcome})


@require_POST
@role_required("client")
def assignment_comment(request, pk: int):
    """Add a comment (htmx answers with the updated thread; a plain post goes back to the page)."""
    assignment = assignment_for(user=request.user, pk=pk)
    link_id = request.POST.get("link_id", "")
    error = ""
    try:
        body = request.POST.get(f"c:{link_id}", "")
        comment_add(assignment=assignment, author=request.user, body=body, link_id=link_id)
    except ValidationError as invalid:
        error = " ".join(invalid.messages)
    return _tools_response(request, pk, link_id, error=error, announce="Your comment is added." if not error else "")


@require_POST
@role_required("client")
def assignment_flag(request, pk: int):
    """Mark or unmark an item to talk about in the next session."""
    assignment = assignment_for(user=request.user, pk=pk)
    link_id, flagged = request.POST.get("link_id", ""), request.POST.get("flagged") == "1"
    error = ""
    try:
        discussion_flag_set(assignment=assignment, user=request.user, link_id=link_id, flagged=flagged)
    except ValidationError as invalid:
        error = " ".join(invalid.messages)
    announce = "" if error else ("Marked to discuss in your next session." if flagged else "Mark removed.")
    return _tools_response(request, pk, link_id, error=error, announce=announce)


# --- Rendering helpers ------------------------------------------------------------------


def _url(assignment) -> str:
    return reverse("clients:assignment", args=[assignment.pk])


def _zone(assignment):
    return portal.local_zone(assignment.client)


def _saved_at(assignment) -> str:
    return f"{timezone.localtime(timezone=_zone(assignment)):%H:%M}"


def _render_form(request, assignment, answers, version, *, errors=None, extra_rows="", status=200):
    tools = portal.tools_of(assignment)
    form = build(assignment.template_version.items, answers, errors=errors, tools=tools, extra_rows=extra_rows)
    context = {
        "assignment": assignment,
        "form": form,
        "version": version,
        "tools": tools,
        "general": tools[""],
        "submitted": shown(assignment.template_version.items, answers),
        "has_errors": bool(errors),
    }
    return render(request, "clients/assignment.html", context, status=status)


def _render_conflict(request, assignment, mine: dict, stale: StaleVersion):
    context = portal.conflict_context(assignment, mine, stale)
    return render(request, "clients/conflict.html", context, status=409)


def _tools_response(request, pk: int, link_id: str, *, error: str, announce: str):
    assignment = assignment_for(user=request.user, pk=pk)  # again: with the new comment and mark
    tools = portal.tools_of(assignment)
    if not request.htmx:
        if error:
            messages.error(request, error)
        return redirect(f"{_url(assignment)}#{tools.get(link_id, tools['']).anchor}")
    context = {"assignment": assignment, "tools": tools.get(link_id, tools[""]), "error": error, "announce": announce}
    return render(request, "clients/includes/tools.html", context, status=400 if error else 200)
