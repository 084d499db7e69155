"""Weekly summaries, and the clinician's own settings (their time zone, emails, and when the summary comes)."""

from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from clinicians.forms import ClinicianSettingsForm
from clinicians.selectors.summary_pages import summaries_for, summary_page_for
from clinicians.services import clinician_preferences_update
from clinicians.views.common import clinician_page

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
