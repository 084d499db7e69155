"""A client's own copy of everything the platform holds about them: the API's GET me/export and the
portal's download, the same document (with the answers also as a FHIR R4 Bundle)."""

from django.utils import timezone

from accounts.models import User
from assignments import fhir
from assignments.api.serializers import score_of
from clients.selectors import export_for


def export_document(*, user: User) -> dict:
    """Everything held about the calling client, as JSON-ready data; 404 for anyone without a client record."""
    export = export_for(user=user)
    client = export.client
    account = client.user
    return {
        "exported_at": timezone.now(),
        "account": {
            "id": account.pk,
            "email": account.email,
            "display_name": account.display_name,
            "date_joined": account.date_joined,
        },
        "practice": account.practice.name,
        "preferences": {
            "time_zone": client.time_zone,
            "quiet_hours_start": client.quiet_hours_start,
            "quiet_hours_end": client.quiet_hours_end,
            "daily_prompt_time": client.daily_prompt_time,
            "reminders_opt_out": client.reminders_opt_out,
            "reminder_channel": client.reminder_channel,
        },
        "contact": {
            "phone": str(client.phone or ""),
            "emergency_contact_name": client.emergency_contact_name,
            "emergency_contact_phone": str(client.emergency_contact_phone or ""),
        },
        "assignments": [
            {
                "id": a.pk,
                "template": a.template_version.template.slug,
                "template_version": a.template_version.number,
                "title": a.template_version.title,
                "instructions": a.instructions,
                "status": a.status,
                "due_at": a.due_at,
                "submitted_at": a.submitted_at,
                "score": score_of(getattr(a, "response", None)),
                "revisions": export.revisions.get(a.pk, []),
            }
            for a in export.assignments
        ],
        "comments": [
            {
                "assignment": c.assignment_id,
                "author": c.author.display_name if c.author else None,
                "link_id": c.link_id,
                "body": c.body,
                "created_at": c.created_at,
            }
            for c in export.comments
        ],
        "discuss_next_session": export.discussion_flags,
        "risk_alerts": export.risk_alerts,
        "fhir": fhir.bundle(export.assignments),
    }
