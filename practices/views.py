import datetime

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.views.decorators.http import require_POST

from accounts.access import role_required
from accounts.forms import InviteForm, add_service_errors
from clients.erasure import erasure_request
from clinicians.services import client_hand_over, clinician_deactivate, clinician_invite, clinician_reactivate
from config.localtime import zone_of
from practices import selectors
from practices.forms import HandOverForm, PracticeSettingsForm, TaskWindowForm
from practices.models import Practice
from practices.services import practice_settings_update


@role_required("admin")
def clinicians(request):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            clinician = clinician_invite(admin_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Invitation sent to {clinician.user.email}.")
            return redirect("practices:clinicians")
    rows = selectors.practice_clinicians_for(user=request.user)
    return render(request, "practices/clinicians.html", {"clinicians": rows, "form": form})


@role_required("admin")
def clinician_deactivate_view(request, pk: int):
    """GET: what deactivating would leave to hand over; POST: deactivate."""
    clinician = selectors.practice_clinician_for(user=request.user, pk=pk)
    if request.method == "POST":
        try:
            clients = clinician_deactivate(admin_user=request.user, clinician=clinician)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("practices:clinicians")
        to_hand_over = f" {len(clients)} client{' needs' if len(clients) == 1 else 's need'} a new primary clinician."
        messages.success(
            request, f"{clinician.user.display_name} can no longer sign in.{to_hand_over if clients else ''}"
        )
        return redirect("practices:clients" if clients else "practices:clinicians")
    handover = selectors.clinician_handover(clinician=clinician)
    return render(request, "practices/clinician_deactivate.html", {"clinician": clinician, "handover": handover})


@require_POST
@role_required("admin")
def clinician_reactivate_view(request, pk: int):
    clinician = selectors.practice_clinician_for(user=request.user, pk=pk)
    try:
        clinician_reactivate(admin_user=request.user, clinician=clinician)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{clinician.user.display_name} can sign in again.")
    return redirect("practices:clinicians")


@role_required("admin")
def clients(request):
    return render(request, "practices/clients.html", {"clients": selectors.practice_clients_for(user=request.user)})


@role_required("admin")
def client_hand_over_view(request, pk: int):
    client = selectors.practice_client_for(user=request.user, pk=pk)
    form = HandOverForm(request.POST or None, clinicians=selectors.active_clinicians_for(user=request.user))
    if request.method == "POST" and form.is_valid():
        try:
            client_hand_over(admin_user=request.user, client=client, clinician=form.cleaned_data["clinician"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            new = form.cleaned_data["clinician"].user.display_name
            messages.success(request, f"{new} is now {client.user.display_name}'s primary clinician.")
            return redirect("practices:clients")
    return render(request, "practices/client_handover.html", {"client": client, "form": form})


def _posting(request) -> bool:
    return request.method == "POST"


@role_required("admin")
@reauthentication_required(enabled=_posting)
def client_close_view(request, pk: int):
    """Close a client's account at their request: at once; their record is erased after the retention period."""
    client = selectors.practice_client_for(user=request.user, pk=pk)
    practice = request.user.practice
    if request.method == "POST":
        try:
            closing = erasure_request(client=client, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                f"{client.user.display_name}'s account is closed. Their record will be erased on "
                f"{formats.date_format(timezone.localtime(closing.erase_after, zone_of(practice)), 'j F Y')}.",
            )
        return redirect("practices:clients")
    erase_on = timezone.localtime(timezone.now(), zone_of(practice)) + datetime.timedelta(
        days=practice.erasure_retention_days
    )
    return render(request, "practices/client_close.html", {"client": client, "erase_on": erase_on})


# Changing these weakens or redirects the practice's safety net: only after the admin has entered their password
# (or a two-factor code) again within the last few minutes (allauth's reauthentication; the change itself is
# then saved as submitted and recorded in the audit trail).
SENSITIVE_SETTINGS = (
    "require_mfa",
    "crisis_resources",
    "staff_idle_minutes",
    "client_idle_minutes",
    "erasure_retention_days",
    "summary_email_detail",  # how much of a client's week reaches an inbox
)


def _changes_sensitive_settings(request) -> bool:
    if request.method != "POST" or not request.user.is_authenticated or request.user.practice is None:
        return False
    practice = request.user.practice
    form = PracticeSettingsForm(request.POST, instance=Practice.objects.get(pk=practice.pk))  # a copy to clean
    if not form.is_valid():
        return False  # shown with its errors; nothing is saved
    return any(form.cleaned_data.get(name) != getattr(practice, name) for name in SENSITIVE_SETTINGS)


@role_required("admin")
@reauthentication_required(enabled=_changes_sensitive_settings)
def settings_view(request):
    practice = request.user.practice
    form = PracticeSettingsForm(request.POST or None, instance=practice)
    if request.method == "POST" and form.is_valid():
        practice_settings_update(
            practice=practice, by=request.user, **{name: form.cleaned_data[name] for name in form.Meta.fields}
        )
        messages.success(request, "Practice settings saved.")
        return redirect("practices:settings")
    return render(request, "practices/settings.html", {"form": form})


@role_required("admin")
def tasks(request):
    """The practice's outbox (reminders, alerts, summaries) over a window, and whether the workers are alive."""
    form = TaskWindowForm(request.GET)
    report = selectors.task_report_for(user=request.user, days=form.days)
    return render(request, "practices/tasks.html", {"form": form, "window": form.chosen, "report": report})
