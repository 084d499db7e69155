from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import role_required
from accounts.forms import InviteForm, add_service_errors
from accounts.services import invitation_resend
from clients.selectors import caseload_for, client_for
from clients.services import client_invite


@role_required("clinician")
def caseload(request):
    return render(request, "clinicians/caseload.html", {"clients": caseload_for(user=request.user)})


@role_required("clinician")
def client_detail(request, pk: int):
    return render(request, "clinicians/client_detail.html", {"client": client_for(user=request.user, pk=pk)})


@role_required("clinician")
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


@role_required("clinician")
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
