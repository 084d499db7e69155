"""The clinician dashboard: caseload, review queue, assignments, alerts, client pages and session prep.

Every page works without JavaScript (plain links and form posts); htmx only
refreshes the assignment preview as the form changes. Reads go through
``clinicians.selectors`` (scoped to the caller: someone else's client is a
404), writes through services.
"""

from functools import wraps
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import role_required
from accounts.forms import InviteForm, add_service_errors
from accounts.services import invitation_resend
from assignments.models import PathwayProposal
from assignments.pathway import pathway_proposal_confirm, pathway_proposal_dismiss
from assignments.selectors import assignment_for
from assignments.services import (
    StaleVersion,
    assignment_cancel,
    assignment_create,
    assignment_review,
    comment_add,
)
from assignments.services import risk_alert_acknowledge as acknowledge
from clients import portal
from clients.answers.build import build
from clients.answers.paths import repeat_exists
from clients.forms import ClientContactForm
from clients.safety_plan import safety_plan_for
from clients.selectors import client_for
from clients.services import client_contact_update, client_invite
from clinicians import alerts as alert_reads
from clinicians import charts
from clinicians.forms import (
    AcknowledgeForm,
    AssignForm,
    CaseloadFilterForm,
    ClinicianSettingsForm,
    CommentForm,
    ProposalSendForm,
    ReviewForm,
    SessionStartForm,
)
from clinicians.selectors.assign import assignable_templates_for, client_on_pathway
from clinicians.selectors.assignment_page import assignment_page_for, open_assignment_for
from clinicians.selectors.caseload import FILTERS, SORTS, caseload_table
from clinicians.selectors.client_page import client_page_for, proposal_for
from clinicians.selectors.header import clinician_header_for
from clinicians.selectors.in_session import first_name, in_session_page_for
from clinicians.selectors.progress_report import progress_report_for
from clinicians.selectors.review_queue import review_queue_entries, review_queue_for
from clinicians.selectors.session_prep import session_prep_for
from clinicians.selectors.summary_pages import summaries_for, summary_page_for
from clinicians.services import clinician_preferences_update, homework_give, series_review, session_mark


def clinician_page(view):
    """Clinicians only (403 for other roles), with times shown in the clinician's own time zone."""

    @role_required("clinician")
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.clinician_header = header = clinician_header_for(user=request.user)
        zone = header.time_zone if header else request.user.practice.time_zone
        with timezone.override(zone):
            return view(request, *args, **kwargs)

    return wrapper


def _errors_to_messages(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


# --- Caseload ---------------------------------------------------------------------------


@clinician_page
def caseload(request):
    form = CaseloadFilterForm(request.GET or None, filters=FILTERS, sorts=SORTS)
    chosen = form.cleaned_data if form.is_valid() else {}
    table = caseload_table(user=request.user, filter=chosen.get("show", ""), sort=chosen.get("sort", ""))
    context = {"table": table, "clients": table.rows, "form": form, "filters": FILTERS}
    return render(request, "clinicians/caseload.html", context)


# --- Review queue and one assignment --------------------------------------------------


@clinician_page
def review_queue(request):
    return render(request, "clinicians/review_queue.html", {"queue": review_queue_entries(user=request.user)})


@require_POST
@clinician_page
def review_series(request, series_pk: int):
    waiting = list(review_queue_for(user=request.user).filter(series_id=series_pk))
    if not waiting:
        raise Http404("Nothing of this series is waiting for your review.")
    count = series_review(clinician_user=request.user, assignments=waiting)
    title = waiting[0].template_version.title
    messages.success(request, f"{count} × {title} from {waiting[0].client.user.display_name} marked reviewed.")
    return redirect("clinicians:review_queue")


def _assignment_page(request, pk: int, *, comment_form=None, review_form=None, status: int = 200):
    page = assignment_page_for(user=request.user, pk=pk)
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
    assignment = open_assignment_for(user=request.user, pk=pk)
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
    assignment = open_assignment_for(user=request.user, pk=pk)
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
    assignment = open_assignment_for(user=request.user, pk=pk)
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
    open_alerts = alert_reads.open_alert_cards_for(user=request.user)
    for alert in open_alerts:
        alert.form = form if alert.pk == failed_pk else AcknowledgeForm(prefix=f"alert-{alert.pk}")
    context = {"alerts": open_alerts, "recent": alert_reads.recent_acknowledged_alerts_for(user=request.user)}
    return render(request, "clinicians/alerts.html", context, status=status)


@require_POST
@clinician_page
def alert_acknowledge(request, pk: int):
    alert = alert_reads.open_alert_for(user=request.user, pk=pk)
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
    context = {
        "page": page,
        "client": client,
        "charts": charts.progress_charts(page.progress),
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
        _errors_to_messages(request, error)
    except PermissionDenied:
        messages.error(request, "Only a clinician caring for this client can send it.")
    return redirect(reverse("clinicians:client_detail", args=[pk]) + "#next-steps")


# --- Session prep ---------------------------------------------------------------------------


@clinician_page
def session_prep(request, pk: int):
    prep = session_prep_for(user=request.user, pk=pk)
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


# --- In session: filling an assignment in together -----------------------------------------
#
# The client portal's form (clients/answers/, its templates and static/js/portal-form.js)
# on a shared screen, saved and sent by the clinician with ``in_session=True``. Without
# JavaScript every button posts to ``in_session``, as in the portal.

SESSION_DONE_KEY = "session:submitted:{pk}"


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
    assignment = assignment_for(user=request.user, pk=pk)
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


def _their_time(assignment) -> str:
    """A due time as the client reads it, in their own time zone."""
    zone = portal.local_zone(assignment.client)
    local = assignment.due_at.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M} their time ({zone.key.replace('_', ' ')})"


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


# --- Progress as a PDF ----------------------------------------------------------------------


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


# --- Weekly summaries and the clinician's own settings --------------------------------------------------------


SUMMARIES_PER_PAGE = 26


@clinician_page
def summaries(request):
    page_obj = Paginator(summaries_for(user=request.user), SUMMARIES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "clinicians/summaries.html", {"page_obj": page_obj, "clinician": request.user.clinician_profile}
    )


@clinician_page
def summary_detail(request, pk: int):
    page = summary_page_for(user=request.user, pk=pk)
    zone = ZoneInfo(page.summary.data["period"]["time_zone"])
    # Shown in the time zone the summary was built for, whatever the clinician's is today.
    start, end = (
        moment.astimezone(zone).replace(tzinfo=None) for moment in (page.summary.period_start, page.summary.period_end)
    )
    return render(request, "clinicians/summary.html", {"page": page, "start": start, "end": end})


@clinician_page
def settings_view(request):
    clinician = request.user.clinician_profile
    form = ClinicianSettingsForm(request.POST or None, instance=clinician)
    if request.method == "POST" and form.is_valid():
        clinician_preferences_update(
            clinician=clinician, **{name: form.cleaned_data[name] for name in form.Meta.fields}
        )
        messages.success(request, "Your settings are saved.")
        return redirect("clinicians:settings")
    return render(request, "clinicians/settings.html", {"form": form})
