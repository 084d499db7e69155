"""The clinician dashboard: caseload, review queue, assignments, alerts, client pages and session prep.

Every page works without JavaScript (plain links and form posts); htmx only
refreshes the assignment preview as the form changes. Reads go through
``clinicians.selectors`` (scoped to the caller: someone else's client is a
404), writes through services.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.access import role_required
from accounts.forms import InviteForm, add_service_errors
from accounts.services import invitation_resend
from assignments.pathway import pathway_proposal_confirm, pathway_proposal_dismiss
from assignments.services import assignment_cancel, assignment_review, comment_add
from assignments.services import risk_alert_acknowledge as acknowledge
from clients.selectors import client_for
from clients.services import client_invite
from clinicians import charts, selectors
from clinicians.forms import (
    AcknowledgeForm,
    AssignForm,
    CaseloadFilterForm,
    CommentForm,
    ReviewForm,
)
from clinicians.services import homework_give, series_review, session_mark


def clinician_page(view):
    """Clinicians only (403 for other roles), with times shown in the clinician's own time zone."""

    @role_required("clinician")
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.clinician_header = header = selectors.clinician_header_for(user=request.user)
        zone = header.time_zone if header else request.user.practice.time_zone
        with timezone.override(zone):
            return view(request, *args, **kwargs)

    return wrapper


def _errors_to_messages(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


# --- Caseload ---------------------------------------------------------------------------


@clinician_page
def caseload(request):
    form = CaseloadFilterForm(request.GET or None, filters=selectors.FILTERS, sorts=selectors.SORTS)
    chosen = form.cleaned_data if form.is_valid() else {}
    table = selectors.caseload_table(user=request.user, filter=chosen.get("show", ""), sort=chosen.get("sort", ""))
    context = {"table": table, "clients": table.rows, "form": form, "filters": selectors.FILTERS}
    return render(request, "clinicians/caseload.html", context)


# --- Review queue and one assignment --------------------------------------------------


@clinician_page
def review_queue(request):
    return render(request, "clinicians/review_queue.html", {"queue": selectors.review_queue_entries(user=request.user)})


@require_POST
@clinician_page
def review_series(request, series_pk: int):
    waiting = list(selectors.review_queue_for(user=request.user).filter(series_id=series_pk))
    if not waiting:
        raise Http404("Nothing of this series is waiting for your review.")
    count = series_review(clinician_user=request.user, assignments=waiting)
    title = waiting[0].template_version.title
    messages.success(request, f"{count} × {title} from {waiting[0].client.user.display_name} marked reviewed.")
    return redirect("clinicians:review_queue")


def _assignment_page(request, pk: int, *, comment_form=None, review_form=None, status: int = 200):
    page = selectors.assignment_page_for(user=request.user, pk=pk)
    context = {
        "page": page,
        "assignment": page.assignment,
        "comment_form": comment_form or CommentForm(),
        "review_form": review_form or ReviewForm(),
    }
    return render(request, "clinicians/assignment.html", context, status=status)


@clinician_page
def assignment_detail(request, pk: int):
    return _assignment_page(request, pk)


@require_POST
@clinician_page
def assignment_comment(request, pk: int):
    assignment = selectors.open_assignment_for(user=request.user, pk=pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment = comment_add(assignment=assignment, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Comment added. The client sees it with the exercise.")
            anchor = f"#item-{comment.link_id}" if comment.link_id else "#comments"
            return redirect(reverse("clinicians:assignment", args=[pk]) + anchor)
    return _assignment_page(request, pk, comment_form=form, status=400)


@require_POST
@clinician_page
def assignment_review_view(request, pk: int):
    assignment = selectors.open_assignment_for(user=request.user, pk=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            assignment_review(assignment=assignment, clinician_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            done = "marked reviewed" if form.cleaned_data["decision"] == "reviewed" else "sent back for a revision"
            messages.success(request, f"{assignment.client.user.display_name}'s exercise is {done}.")
            return redirect("clinicians:assignment", pk=pk)
    return _assignment_page(request, pk, review_form=form, status=400)


@require_POST
@clinician_page
def assignment_cancel_view(request, pk: int):
    assignment = selectors.open_assignment_for(user=request.user, pk=pk)
    try:
        assignment_cancel(assignment=assignment, clinician_user=request.user)
    except ValidationError as error:
        _errors_to_messages(request, error)
    else:
        messages.success(request, "Cancelled. The client no longer sees it as due.")
    return redirect("clinicians:client_detail", pk=assignment.client_id)


# --- Alerts ------------------------------------------------------------------------------


@clinician_page
def alerts(request):
    return _alerts_page(request)


def _alerts_page(request, *, form=None, failed_pk=None, status=200):
    open_alerts = list(selectors.open_alerts_for(user=request.user))
    for alert in open_alerts:
        alert.triggers = selectors.alert_triggers(alert)
        alert.form = form if alert.pk == failed_pk else AcknowledgeForm(prefix=f"alert-{alert.pk}")
    context = {"alerts": open_alerts, "recent": selectors.recent_acknowledged_alerts_for(user=request.user)}
    return render(request, "clinicians/alerts.html", context, status=status)


@require_POST
@clinician_page
def alert_acknowledge(request, pk: int):
    alert = selectors.open_alert_for(user=request.user, pk=pk)
    form = AcknowledgeForm(request.POST, prefix=f"alert-{pk}")
    if form.is_valid():
        try:
            acknowledge(alert=alert, clinician_user=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Alert about {alert.client.user.display_name} acknowledged.")
            return redirect("clinicians:alerts")
    return _alerts_page(request, form=form, failed_pk=pk, status=400)


# --- The client page ---------------------------------------------------------------------


@clinician_page
def client_detail(request, pk: int):
    weeks = None if request.GET.get("timeline") == "all" else 6
    page = selectors.client_page_for(user=request.user, pk=pk, weeks=weeks)
    context = {"page": page, "client": page.client, "charts": charts.progress_charts(page.progress)}
    return render(request, "clinicians/client_detail.html", context)


def _assign_form(request, client, data=None):
    page_templates = selectors.assignable_templates_for(user=request.user)
    return AssignForm(
        data,
        templates=page_templates,
        client_time_zone=client.time_zone,
        allow_pathway=not selectors.client_on_pathway(client=client),
        initial={"template": request.GET.get("template", "")},
    )


@clinician_page
def client_assign(request, pk: int):
    client = client_for(user=request.user, pk=pk)
    form = _assign_form(request, client, request.POST or None)
    previewing = request.POST.get("action") == "preview"
    if form.is_bound and form.is_valid() and not previewing:
        try:
            created = homework_give(clinician_user=request.user, client=client, **form.to_give())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _given_message(client, created))
            return redirect("clinicians:client_detail", pk=client.pk)
    context = {"client": client, "form": form, "preview": form.preview()}
    return render(
        request, "clinicians/client_assign.html", context, status=400 if form.errors and not previewing else 200
    )


def _given_message(client, created) -> str:
    name = client.user.display_name
    if created[0].enrollment_id:
        return f"{name} is on the rejection-recovery pathway: {len(created)} assignments sent."
    times = f", {len(created)} times" if len(created) > 1 else ""
    return f"{created[0].template_version.title} given to {name}{times}."


@clinician_page
def client_assign_preview(request, pk: int):
    """The preview alone, for htmx to swap in as the form changes (the full page does the same without JS)."""
    client = client_for(user=request.user, pk=pk)
    form = _assign_form(request, client, request.GET)
    form.is_valid()
    context = {"preview": form.preview(), "oob": True}
    return render(request, "clinicians/includes/assign_preview.html", context)


@require_POST
@clinician_page
def proposal_decide(request, pk: int, proposal_pk: int, decision: str):
    client = client_for(user=request.user, pk=pk)
    proposal = selectors.proposal_for(user=request.user, client=client, pk=proposal_pk)
    try:
        if decision == "confirm":
            pathway_proposal_confirm(proposal=proposal, clinician_user=request.user)
            messages.success(request, "Sent. It is on the client's list now.")
        else:
            pathway_proposal_dismiss(proposal=proposal, clinician_user=request.user)
            messages.success(request, "Dismissed. Nothing was sent.")
    except ValidationError as error:
        _errors_to_messages(request, error)
    except PermissionDenied:
        messages.error(request, "Only a clinician caring for this client can send it.")
    return redirect(reverse("clinicians:client_detail", args=[pk]) + "#next-steps")


# --- Session prep ---------------------------------------------------------------------------


@clinician_page
def session_prep(request, pk: int):
    prep = selectors.session_prep_for(user=request.user, pk=pk)
    return render(request, "clinicians/session_prep.html", {"prep": prep, "client": prep.client})


@require_POST
@clinician_page
def session_mark_view(request, pk: int):
    client = client_for(user=request.user, pk=pk)
    try:
        session_mark(clinician_user=request.user, client=client)
    except ValidationError as error:
        _errors_to_messages(request, error)
    else:
        messages.success(request, "Session marked as held today. Prep now counts from here.")
    return redirect("clinicians:session_prep", pk=client.pk)


# --- Inviting clients (unchanged) ---------------------------------------------------------


@clinician_page
def client_invite_view(request):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            client = client_invite(clinician_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Invitation sent to {client.user.email}.")
            return redirect("clinicians:client_detail", pk=client.pk)
    return render(request, "clinicians/client_invite.html", {"form": form})


@clinician_page
def client_resend_invitation(request, pk: int):
    client = client_for(user=request.user, pk=pk)
    if request.method == "POST":
        try:
            invitation_resend(user=client.user, invited_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"A new invitation is on its way to {client.user.email}.")
    return redirect("clinicians:client_detail", pk=client.pk)
