from django.core.exceptions import PermissionDenied
from django.db import transaction

from accounts.models import User
from audit.services import audit_record
from config.models import model_update
from practices.models import REMINDER_DELAY_FIELDS, Practice

# What a practice admin may change (the settings page's fields, in its order).
SETTING_FIELDS = (
    "name",
    "time_zone",
    "require_mfa",
    "crisis_resources",
    *REMINDER_DELAY_FIELDS,
    "staff_idle_minutes",
    "client_idle_minutes",
    "erasure_retention_days",
    "summary_email_detail",
    "clinicians_write_templates",
)


@transaction.atomic
def practice_settings_update(*, practice: Practice, by: User, **settings) -> Practice:
    """A practice admin changes their own practice's settings."""
    if not (by.is_practice_admin and by.practice_id == practice.pk):
        raise PermissionDenied("Only this practice's admin can change its settings.")
    changed = model_update(practice, allowed=SETTING_FIELDS, what="a practice setting", changes=settings)
    if changed:
        audit_record(
            action="update",
            what="practice settings",
            object_id=practice.pk,
            practice_id=practice.pk,
            changed=changed,
            actor=by,
        )
    return practice
