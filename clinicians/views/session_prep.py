"""Session prep: what happened since the last session, and marking a session as held."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from clients.selectors import client_for
from clinicians.selectors.session_prep import session_prep_for
from clinicians.services import session_mark
from clinicians.views.common import clinician_page, errors_to_messages


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
        errors_to_messages(request, error)
    else:
        messages.success(request, "Session marked as held today. Prep now counts from here.")
    return redirect("clinicians:session_prep", pk=client.pk)
