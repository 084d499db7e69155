"""Which pages and API endpoints open a client's clinical record: the one place reads are declared.

``AuditMiddleware`` records a read for every successful GET of a route listed here; views never log reads
themselves. Each route names the kind of record and how to find whose it is from the URL. A test walks the
URL resolver and fails when a route that shows clinical content is neither listed here nor in
``NOT_CLINICAL``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

from audit import context


def _assignment_subject(request, kwargs) -> tuple[int, int] | None:
    from assignments.models import Assignment

    known = context.subject("assignment", kwargs["pk"])
    if known is not None:
        return known
    row = Assignment.objects.filter(pk=kwargs["pk"]).values_list("client_id", "client__user__practice_id").first()
    return row


def _client_subject(request, kwargs) -> tuple[int, int] | None:
    from clients.models import Client

    known = context.subject("client", kwargs["pk"])
    if known is not None:
        return known
    return Client.objects.filter(pk=kwargs["pk"]).values_list("pk", "user__practice_id").first()


def _own_subject(request, kwargs) -> tuple[int, int] | None:
    profile = getattr(request.user, "client_profile", None)
    return (profile.pk, request.user.practice_id) if profile is not None else None


def _summary_subject(request, kwargs) -> tuple[int, int] | None:
    from clinicians.models import WeeklySummary

    row = WeeklySummary.objects.filter(pk=kwargs["pk"]).values_list("clinician__user__practice_id").first()
    return (None, row[0]) if row else None  # a summary covers a caseload, not one client


@dataclass(frozen=True)
class Read:
    what: str
    subject: Callable
    object_kwarg: str | None = "pk"


_ASSIGNMENT = Read("assignment", _assignment_subject)
_CLIENT = Read("client", _client_subject)

READS: dict[str, Read] = {
    # clinician pages
    "clinicians:assignment": _ASSIGNMENT,
    "clinicians:in_session": _ASSIGNMENT,
    "clinicians:client_detail": _CLIENT,
    "clinicians:client_progress_pdf": Read("progress PDF", _client_subject),
    "clinicians:session_prep": Read("session preparation", _client_subject),
    "clinicians:summary": Read("weekly summary", _summary_subject),
    # the client's own pages
    "clients:assignment": _ASSIGNMENT,
    "clients:progress": Read("progress", _own_subject, None),
    "clients:safety_plan": Read("safety plan", _own_subject, None),
    "clients:my_data_everything": Read("export", _own_subject, None),
    "clients:my_data_fhir": Read("export (FHIR)", _own_subject, None),
    # the API
    "api:assignment": _ASSIGNMENT,
    "api:assignment-fhir": Read("assignment (FHIR)", _assignment_subject),
    "api:assignment-comments": Read("comments", _assignment_subject),
    "api:client-progress": Read("progress", _client_subject),
    "api:me-export": Read("export", _own_subject, None),
}


def _admin_subject(model_path: str, client_field: str) -> Callable:
    """Whose record an operators' admin change page shows: the client named by ``client_field``."""

    def subject(request, kwargs) -> tuple[int, int] | None:
        from django.apps import apps

        object_id = str(kwargs.get("object_id", ""))
        if not object_id.isdigit():
            return None
        rows = apps.get_model(model_path).objects.filter(pk=object_id)
        return rows.values_list(client_field, f"{client_field}__user__practice_id").first()

    return subject


# The operators' admin: the change page of each model that holds a client's clinical record.
_ADMIN = {"assignments.Assignment": "client", "assignments.RiskAlert": "client", "clients.Client": "pk"}


def _admin_read(model_path: str, client_field: str) -> Read:
    if client_field == "pk":
        return Read("client", lambda request, kwargs: _admin_client(kwargs), "object_id")
    return Read(model_path.split(".")[1].lower(), _admin_subject(model_path, client_field), "object_id")


def _admin_client(kwargs) -> tuple[int, int] | None:
    object_id = str(kwargs.get("object_id", ""))
    return _client_subject(None, {"pk": object_id}) if object_id.isdigit() else None


READS.update(
    {f"admin:{path.replace('.', '_').lower()}_change": _admin_read(path, field) for path, field in _ADMIN.items()}
)


def channel_of(path: str) -> str:
    if path.startswith("/api/") or path.startswith("/_allauth/"):
        return "api"
    if path.startswith("/" + settings.ADMIN_URL.lstrip("/")):
        return "admin"
    return "web"
