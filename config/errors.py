"""Error pages: JSON under /api/ (an API client never gets an HTML page), the templates elsewhere."""

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.defaults import page_not_found

from practices.models import DEFAULT_CRISIS_RESOURCES

logger = logging.getLogger(__name__)

PLAIN_500 = (
    "<!DOCTYPE html><html lang='en-GB'><title>Something went wrong</title>"
    "<h1>Something went wrong on our side</h1><p>Nothing you sent was half-saved. Please try again in a minute."
    " If you need help now, call your local emergency number.</p><p><a href='/'>Go to the start page</a></p></html>"
)


def bad_request_or_too_large(request, exception=None):
    """A request Django refused before any view (a body over the upload limit, a suspicious header): JSON under
    /api/, and 413 rather than 400 when the body was too large."""
    too_large = isinstance(exception, RequestDataTooBig)
    if request.path.startswith("/api/"):
        if too_large:
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
            return JsonResponse({"detail": f"The request body is over the {limit} KB limit."}, status=413)
        return JsonResponse({"detail": "The request could not be read."}, status=400)
    # Rendered without the request, as Django's own page is: a request refused this early (a host not allowed)
    # may break whatever the context processors ask of it.
    body = loader.get_template("400.html").render({"too_large": too_large})
    return HttpResponse(body, status=413 if too_large else 400)


def not_found(request, exception=None):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


def server_failure(request):
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": "Something went wrong on our side. Nothing you sent was half-saved."}, status=500
        )
    # Without the request, and so without the database: whatever failed may be what the context processors need.
    # The crisis lines are the default ones, since who asked is not known here.
    try:
        lines = [line.strip() for line in DEFAULT_CRISIS_RESOURCES.splitlines() if line.strip()]
        return HttpResponse(loader.get_template("500.html").render({"crisis_lines": lines}), status=500)
    except Exception:  # the error page itself must never fail
        logger.exception("The 500 page could not be rendered; a plain one was sent.")
        return HttpResponse(PLAIN_500, status=500)


def csrf_failure(request, reason: str = ""):
    """A form whose CSRF token no longer matches (open too long, or signed in or out in another tab). The API's
    views are exempt from Django's check and make DRF's own, which answers in JSON."""
    return render(request, "403_csrf.html", status=403)
