"""The client page, and what is done from it.

Correcting contact details, giving homework (with its preview), sending or
dismissing a proposed next step, starting an exercise to fill in together,
and the progress PDF.
"""

from csp.constants import SELF
from csp.decorators import csp_replace
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.forms import add_service_errors
from assignments.models import PathwayProposal
from assignments.pathway import pathway_already_open, pathway_proposal_confirm, pathway_proposal_dismiss
from assignments.services import assignment_create
from clients import portal
from clients.forms import ClientContactForm
from clients.safety_plan import safety_plan_for
from clients.selectors import client_for
from clients.services import client_contact_update
from clinicians import charts
from clinicians.forms import AssignForm, ProposalSendForm, SessionStartForm
from clinicians.selectors.assign import assignable_templates_for, client_on_pathway
from clinicians.selectors.client_page import client_page_for, proposal_for
from clinicians.selectors.progress_report import progress_report_for
from clinicians.services import homework_give
from clinicians.views.common import clinician_page, errors_to_messages


@clinician_page
def client_detail(request, pk: int):
    return _client_page(request, pk)


@require_POST
@clinician_page
def client_contact(request, pk: int):
    """The care team corrects how to reach a client or their emergency contact."""
    client = client_for(user=request.user, pk=pk)
    form = ClientContactForm(request.POST, instance=client)
    if form.is_valid():
        client_contact_update(client=client, **{name: form.cleaned_data[name] for name in form.Meta.fields})
        messages.success(request, "Contact details saved.")
        return redirect(reverse("clinicians:client_detail", args=[client.pk]) + "#contact")
    return _client_page(request, pk, contact_form=form, status=400)


def _client_page(request, pk: int, *, start_form=None, send_form=None, contact_form=None, status: int = 200):
    """The client page; a form sent back with errors (to start together, or to send a step) is shown in place."""
    weeks = None if request.GET.get("timeline") == "all" else 6
    page = client_page_for(user=request.user, pk=pk, weeks=weeks)
    client = page.client
    for proposal in page.proposals:
        failed = send_form is not None and send_form.prefix == f"proposal-{proposal.pk}"
        proposal.send_form = send_form if failed else _send_form(client, proposal)
    progress_charts = charts.progress_charts(page.progress)
    context = {
        "page": page,
        "client": client,
        "charts": progress_charts,
        "uncharted": [chart for chart in progress_charts.values() if chart.is_empty],
        # The start of care, not of the current clinician's part in it: the earliest day anyone was on the team.
        "care_started_on": min((member.started_on for member in client.team_history), default=None),
        "start_form": start_form or _start_form(request),
        "contact_form": contact_form or ClientContactForm(instance=client),
        "safety_plan": safety_plan_for(user=request.user, client_id=client.pk),
    }
    return render(request, "clinicians/client_detail.html", context, status=status)


def _send_form(client, proposal, data=None) -> ProposalSendForm:
    return ProposalSendForm(
        data, prefix=f"proposal-{proposal.pk}", client_time_zone=client.time_zone, proposed_at=proposal.due_at
    )


def _start_form(request, data=None) -> SessionStartForm:
    return SessionStartForm(data, templates=assignable_templates_for(user=request.user))


def _assign_form(request, client, data=None):
    page_templates = assignable_templates_for(user=request.user)
    return AssignForm(
        data,
        templates=page_templates,
        client_time_zone=client.time_zone,
        allow_pathway=not client_on_pathway(client=client),
        initial={"template": request.GET.get("template", "")},
    )


@csp_replace({"frame-src": [SELF]})  # the client's own form, framed in the preview
@clinician_page
def client_assign(request, pk: int):
    client = client_for(user=request.user, pk=pk)
    form = _assign_form(request, client, request.POST or None)
    previewing = request.POST.get("action") == "preview"
    if form.is_bound and form.is_valid() and not previewing:
        give = form.to_give()
        joining = pathway_already_open(client=client) if give["pathway"] else {}
        try:
            created = homework_give(clinician_user=request.user, client=client, **give)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _given_message(client, created, joining))
            return redirect("clinicians:client_detail", pk=client.pk)
    context = {"client": client, "form": form, "preview": _preview(form, client)}
    return render(
        request, "clinicians/client_assign.html", context, status=400 if form.errors and not previewing else 200
    )


def _preview(form, client) -> dict:
    """The form's preview, and for the pathway, the first steps the client already has open (which join it)."""
    preview = form.preview()
    if preview["pathway"]:
        preview["already_open"] = [rows[0] for rows in pathway_already_open(client=client).values()]
    return preview


def _given_message(client, created, joining) -> str:
    name = client.user.display_name
    if joining or (created and created[0].enrollment_id):
        sent = f"{len(created)} assignment{'s' if len(created) != 1 else ''} sent"
        joined = ", ".join(rows[0].template_version.title for rows in joining.values())
        kept = f"; already open, so not sent twice and now part of it: {joined}" if joined else ""
        return f"{name} is on the rejection-recovery pathway: {sent}{kept}."
    times = f", {len(created)} times" if len(created) > 1 else ""
    return f"{created[0].template_version.title} given to {name}{times}."


@clinician_page
def client_assign_preview(request, pk: int):
    """The preview alone, for htmx to swap in as the form changes (the full page does the same without JS)."""
    client = client_for(user=request.user, pk=pk)
    form = _assign_form(request, client, request.GET)
    form.is_valid()
    context = {"preview": _preview(form, client), "oob": True}
    return render(request, "clinicians/includes/assign_preview.html", context)


@require_POST
@clinician_page
def proposal_decide(request, pk: int, proposal_pk: int, decision: str):
    """Send a proposed step (as proposed, or at a time given in the client's zone), or dismiss it."""
    client = client_for(user=request.user, pk=pk)
    proposal = proposal_for(user=request.user, client=client, pk=proposal_pk)
    due_at = None
    waiting = proposal.status == PathwayProposal.Status.PROPOSED
    if decision == "confirm" and waiting and f"proposal-{proposal.pk}-due_date" in request.POST:
        form = _send_form(client, proposal, request.POST)
        if not form.is_valid():
            return _client_page(request, pk, send_form=form, status=400)
        due_at = form.cleaned_data["due_at"]
    try:
        if decision == "confirm":
            created = pathway_proposal_confirm(proposal=proposal, clinician_user=request.user, due_at=due_at)
            messages.success(request, f"Sent. It is on the client's list now, due {_their_time(created)}.")
        else:
            pathway_proposal_dismiss(proposal=proposal, clinician_user=request.user)
            messages.success(request, "Dismissed. Nothing was sent.")
    except ValidationError as error:
        errors_to_messages(request, error)
    except PermissionDenied:
        messages.error(request, "Only a clinician caring for this client can send it.")
    return redirect(reverse("clinicians:client_detail", args=[pk]) + "#next-steps")


def _their_time(assignment) -> str:
    """A due time as the client reads it, in their own time zone."""
    zone = portal.local_zone(assignment.client)
    local = assignment.due_at.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M} their time ({zone.key.replace('_', ' ')})"


@require_POST
@clinician_page
def in_session_start(request, pk: int):
    """Give an exercise due now and open it at once, to fill in together."""
    client = client_for(user=request.user, pk=pk)
    form = _start_form(request, request.POST)
    if form.is_valid():
        try:
            [assignment] = assignment_create(
                clinician_user=request.user,
                client=client,
                template=form.cleaned_data["template"],
                due_at=timezone.now(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("clinicians:in_session", pk=assignment.pk)
    return _client_page(request, pk, start_form=form, status=400)


@clinician_page
def client_progress_pdf(request, pk: int):
    """One A4 page of the client's progress, downloaded and never cached (it is health information)."""
    # reportlab is loaded only when someone asks for a PDF, not by every web process.
    from django.http import HttpResponse
    from django.utils.http import content_disposition_header

    from clinicians.progress_pdf import download_name, render_report

    now = timezone.now()
    report = progress_report_for(user=request.user, pk=pk, now=now)
    response = HttpResponse(render_report(report), "application/pdf")
    name = download_name(client_name=report.client_name, day=timezone.localdate(now))
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=name)
    response["Cache-Control"] = "no-store"
    return response
