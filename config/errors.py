"""Error pages: JSON under /api/ (an API client never gets an HTML page), the templates elsewhere."""

from django.http import JsonResponse
from django.views.defaults import page_not_found, server_error


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
