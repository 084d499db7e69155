"""What every clinician page shares: the role check with the clinician's own time zone, and errors as messages."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.access import role_required
from clinicians.selectors.header import clinician_header_for


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


def errors_to_messages(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))
