"""Reads of clinical records, recorded in one place (see ``audit.reads``)."""

from __future__ import annotations

import logging

from allauth.account.adapter import get_adapter as get_account_adapter
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.urls import Resolver404, resolve

from audit import context, reads
from audit.services import audit_record

logger = logging.getLogger(__name__)


def client_address(request) -> str | None:
    """The caller's address as allauth's rate limits count it (the trusted proxy count applied), so the audit
    trail and the limits agree on who is who."""
    try:
        return get_account_adapter().get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):
        # No address, or fewer forwarded entries than proxies configured: record none rather than a guess.
        return None


class AuditMiddleware:
    """Makes the request known to ``audit_record`` and records each successful read of a listed route."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = context.set_current(context.Here(request, client_address(request), reads.channel_of(request.path_info)))
        try:
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                self._record_read(request)
            return response
        finally:
            context.reset(token)

    def _record_read(self, request) -> None:
        match = getattr(request, "resolver_match", None)
        if match is None:
            try:
                match = resolve(request.path_info)
            except Resolver404:
                return
        read = reads.READS.get(match.view_name)
        if read is None:
            return
        subject = read.subject(request, match.kwargs)
        if subject is None:
            return
        client_id, practice_id = subject
        audit_record(
            action="read",
            what=read.what,
            object_id=match.kwargs.get(read.object_kwarg, "") if read.object_kwarg else client_id,
            client_id=client_id,
            practice_id=practice_id,
        )
