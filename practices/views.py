from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import role_required
from accounts.forms import InviteForm, add_service_errors
from accounts.models import has_set_password
from clinicians.models import Clinician
from clinicians.services import clinician_invite
from practices.forms import PracticeSettingsForm
from practices.services import practice_settings_update


@role_required("admin")
def clinicians(request):
    rows = (
        Clinician.objects.visible_to(request.user)
        .select_related("user")
        .annotate(has_joined=has_set_password())
        .order_by("user__display_name")
    )
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            clinician = clinician_invite(admin_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Invitation sent to {clinician.user.email}.")
            return redirect("practices:clinicians")
    return render(request, "practices/clinicians.html", {"clinicians": rows, "form": form})


@role_required("admin")
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
