"""In session: filling an assignment in together.

The client portal's form (clients/answers/, its templates and static/js/portal/)
on a shared screen, saved and sent by the clinician with ``in_session=True``. Without
JavaScript every button posts to ``in_session``, as in the portal. An exercise is
started together from the client page (``client_page.in_session_start``).
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from assignments.selectors import assignment_for
from assignments.services import StaleVersion
from clients import portal
from clients.answers.build import build
from clients.answers.paths import repeat_exists
from clinicians.selectors.in_session import first_name, in_session_page_for
from clinicians.views.common import clinician_page

SESSION_DONE_KEY = "session:submitted:{pk}"


@never_cache
@require_http_methods(["GET", "POST"])
@clinician_page
def in_session(request, pk: int):
    """The assignment to fill in with the client in the room; without JavaScript every button posts here."""
    if request.method == "GET":
        page = in_session_page_for(user=request.user, pk=pk)
        if not page.assignment.is_open:
            return _no_longer_open(request, page.assignment)
        answers, version = portal.latest_answers(page.assignment)
        return _render_session(request, page, answers, version, extra_rows=request.GET.get("add", ""))
    assignment = assignment_for(user=request.user, pk=pk)
    if not assignment.is_open:
        return _no_longer_open(request, assignment)
    kind, _, argument = request.POST.get("action", "save").partition(":")
    if kind == "submit":
        return _session_submit(request, assignment)
    remove = argument if kind == "remove" else ""
    posted = portal.save_posted(
        assignment=assignment, user=request.user, data=request.POST, remove=remove, in_session=True
    )
    problem = _session_problem(request, assignment, posted)
    if problem is not None:  # a conflict or answers that cannot be kept, already rendered
        return problem
    url = _session_url(assignment)
    if kind == "add" and repeat_exists(assignment.template_version.items, argument):
        return redirect(f"{url}?add={argument}#q:{argument}")
    if kind == "remove":
        return redirect(f"{url}#q:{argument.rsplit('/', 1)[0]}")
    messages.success(request, f"Draft saved at {timezone.localtime():%H:%M}.")
    return redirect(url)


@require_POST
@clinician_page
def in_session_autosave(request, pk: int):
    """The page's script saves the form here a few seconds after typing stops (JSON answer, as in the portal)."""
    assignment = assignment_for(user=request.user, pk=pk, discussion=False)
    result = portal.autosave(assignment=assignment, user=request.user, data=request.POST, in_session=True)

    def conflict_html(mine, stale) -> str:
        context = _conflict_context(assignment, mine, stale)
        return render_to_string("clients/includes/conflict.html", context, request)

    body = result.payload(saved_at=f"{timezone.localtime():%H:%M}", conflict_html=conflict_html)
    return JsonResponse(body, status=result.status)


@require_POST
@clinician_page
def in_session_resolve(request, pk: int):
    """After a conflict, the answers chosen item by item between this screen's and the ones saved elsewhere."""
    assignment = assignment_for(user=request.user, pk=pk)
    result = portal.resolve(assignment=assignment, user=request.user, data=request.POST, in_session=True)
    if result.stale is not None:
        return _render_session_conflict(request, assignment, result.mine, result.stale)
    if result.bad_choice:
        messages.error(request, "Something went wrong with that choice. The saved answers are shown below.")
    elif result.error:
        messages.error(request, result.error)
    else:
        messages.success(request, "Saved. Both versions are kept in the history, so nothing is lost.")
    return redirect(_session_url(assignment))


@never_cache
@clinician_page
def in_session_done(request, pk: int):
    assignment = assignment_for(user=request.user, pk=pk)
    if assignment.is_open:
        return redirect(_session_url(assignment))
    outcome = request.session.get(SESSION_DONE_KEY.format(pk=pk), {})
    context = {"assignment": assignment, "outcome": outcome, "first_name": first_name(assignment.client)}
    return render(request, "clinicians/in_session_done.html", context)


def _no_longer_open(request, assignment):
    messages.info(request, "This is no longer open, so there is nothing to fill in together.")
    return redirect("clinicians:assignment", pk=assignment.pk)


def _session_url(assignment) -> str:
    return reverse("clinicians:in_session", args=[assignment.pk])


def _session_problem(request, assignment, posted: portal.Posted):
    """The page for a conflict or answers to look at again, or None."""
    if posted.stale is not None:
        return _render_session_conflict(request, assignment, posted.answers, posted.stale)
    if posted.errors is not None:
        page = in_session_page_for(user=request.user, pk=assignment.pk)
        return _render_session(request, page, posted.answers, posted.version, errors=posted.errors, status=400)
    return None


def _session_submit(request, assignment):
    posted = portal.submit_posted(assignment=assignment, user=request.user, data=request.POST, in_session=True)
    problem = _session_problem(request, assignment, posted)
    if problem is not None:
        return problem
    if posted.refused is not None:
        messages.error(request, " ".join(posted.refused.messages))
        return redirect("clinicians:assignment", pk=assignment.pk)
    request.session[SESSION_DONE_KEY.format(pk=assignment.pk)] = {
        "raised_risk": posted.submission.raised_risk,
        "alerted": bool(posted.submission.alerts),
    }
    return redirect("clinicians:in_session_done", pk=assignment.pk)


def _render_session(request, page, answers, version, *, errors=None, extra_rows="", status=200):
    items = page.assignment.template_version.items
    context = {
        "page": page,
        "assignment": page.assignment,
        "form": build(items, answers, errors=errors, extra_rows=extra_rows),
        "version": version,
        "has_errors": bool(errors),
    }
    return render(request, "clinicians/in_session.html", context, status=status)


def _conflict_context(assignment, mine: dict, stale: StaleVersion) -> dict:
    context = portal.conflict_context(assignment, mine, stale, in_session=True)
    return context | {"first_name": first_name(assignment.client)}


def _render_session_conflict(request, assignment, mine: dict, stale: StaleVersion):
    context = _conflict_context(assignment, mine, stale)
    return render(request, "clinicians/in_session_conflict.html", context, status=409)
