"""HTTP hardening that applies to every response: no caching of what Django serves, and the
Content-Security-Policy's violation reports.

The policy itself is django-csp's (``CONTENT_SECURITY_POLICY`` in the settings); this module only
receives what browsers report against it, and makes sure that nothing a signed-in person saw stays in
a browser's or a proxy's cache.
"""

import json
import logging
from urllib.parse import urlsplit

from django.http import HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("security.csp")

# A report is a few hundred bytes; anything much larger is not a report.
MAX_REPORT_BYTES = 16 * 1024
_REPORT_FIELDS = ("violated-directive", "effective-directive", "blocked-uri", "document-uri", "source-file")


class NoStoreMiddleware:
    """``Cache-Control: no-store`` on every response Django serves (pages, API, exports, FHIR, errors).

    Everything here is either behind a sign-in or a sign-in form, so nothing is worth a cached copy
    on a shared computer or in a proxy. Static files never reach Django (WhiteNoise serves them, with
    their own long cache lifetimes). A view whose response may be kept, and holds nothing personal,
    says so with ``response.cacheable = True``; that is honoured only for anonymous requests.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if "no-store" in response.get("Cache-Control", ""):
            return response  # the view already forbade storing it
        if signed_in or not getattr(response, "cacheable", False):
            # Replaces any caching a view asked for: a view cannot make a signed-in page cacheable.
            response.headers.pop("Cache-Control", None)
            add_never_cache_headers(response)
        return response


def _clean_uri(value) -> str:
    """A reported address without its query string or fragment, which may carry a token or a name."""
    if not isinstance(value, str):
        return ""
    if "://" not in value:
        return value[:40]  # keywords such as "inline", "eval", "self"
    parts = urlsplit(value)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"[:300]


def _reports(payload) -> list[dict]:
    """The reports in a body, in either shape browsers send: a legacy ``{"csp-report": {...}}``
    (report-uri) or a Reporting API list of ``{"type": "csp-violation", "body": {...}}`` (report-to)."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        return [payload["csp-report"]]
    if isinstance(payload, list):
        found = []
        for entry in payload:
            if isinstance(entry, dict) and isinstance(entry.get("body"), dict):
                body = entry["body"]
                # The Reporting API spells the fields in camelCase.
                found.append(
                    {
                        "violated-directive": body.get("effectiveDirective", ""),
                        "effective-directive": body.get("effectiveDirective", ""),
                        "blocked-uri": body.get("blockedURL", ""),
                        "document-uri": body.get("documentURL", ""),
                        "source-file": body.get("sourceFile", ""),
                    }
                )
        return found
    return []


@csrf_exempt  # browsers send reports without a CSRF token; the endpoint changes nothing
@require_POST
def csp_report(request):
    """Receives Content-Security-Policy violation reports and writes each as one warning log line.

    Only the directive and the addresses (without query strings) are kept: a report can quote page
    text in its sample, so ``script-sample`` is never logged.
    """
    if len(request.body) > MAX_REPORT_BYTES:
        return JsonResponse({"detail": "A violation report is at most 16 KB."}, status=413)
    try:
        payload = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return JsonResponse({"detail": "A violation report is a JSON document."}, status=400)
    reports = _reports(payload)
    if not reports:
        return JsonResponse({"detail": "No Content-Security-Policy violation report in the body."}, status=400)
    for report in reports[:10]:
        fields = {name: report.get(name, "") for name in _REPORT_FIELDS}
        logger.warning(
            "csp violation directive=%s blocked=%s document=%s source=%s",
            str(fields["effective-directive"] or fields["violated-directive"])[:60],
            _clean_uri(fields["blocked-uri"]),
            _clean_uri(fields["document-uri"]),
            _clean_uri(fields["source-file"]),
        )
    return HttpResponse(status=204)
