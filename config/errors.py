"""Error pages: JSON under /api/ (an API client never gets an HTML page), the templates elsewhere."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.views.defaults import bad_request, page_not_found, server_error


def bad_request_or_too_large(request, exception=None):
    """A request Django refused before any view (a body over the upload limit, a suspicious header): JSON under
    /api/, and 413 rather than 400 when the body was too large."""
    too_large = isinstance(exception, RequestDataTooBig)
    if request.path.startswith("/api/"):
        if too_large:
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
            return JsonResponse({"detail": f"The request body is over the {limit} KB limit."}, status=413)
        return JsonResponse({"detail": "The request could not be read."}, status=400)
    response = bad_request(request, exception)
    if too_large:
        response.status_code = 413
    return response


def not_found(request, exception=None):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


def server_failure(request):
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": "Something went wrong on our side. Nothing you sent was half-saved."}, status=500
        )
    return server_error(request)
