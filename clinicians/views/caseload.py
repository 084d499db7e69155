"""The caseload, and inviting clients onto it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.forms import InviteForm, add_service_errors
from accounts.services import invitation_resend
from clients.selectors import client_for
from clients.services import client_invite
from clinicians.forms import CaseloadFilterForm
from clinicians.selectors.caseload import FILTERS, SORTS, caseload_table
from clinicians.views.common import clinician_page


@clinician_page
def caseload(request):
    form = CaseloadFilterForm(request.GET or None, filters=FILTERS, sorts=SORTS)
    chosen = form.cleaned_data if form.is_valid() else {}
    table = caseload_table(user=request.user, filter=chosen.get("show", ""), sort=chosen.get("sort", ""))
    context = {"table": table, "clients": table.rows, "form": form, "filters": FILTERS}
    return render(request, "clinicians/caseload.html", context)


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
