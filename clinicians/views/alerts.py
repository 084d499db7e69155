"""Risk alerts: the open ones, and acknowledging one with a note of what was done."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.forms import add_service_errors
from assignments.services import risk_alert_acknowledge as acknowledge
from clinicians import alerts as alert_reads
from clinicians.forms import AcknowledgeForm
from clinicians.views.common import clinician_page


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
