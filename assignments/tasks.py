from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from assignments.models import RiskAlert


@shared_task(autoretry_for=(OSError,), retry_backoff=True, retry_backoff_max=300, max_retries=10)
def notify_risk_alert(alert_id: int) -> bool:
    """Email the clinician that an alert is waiting, once. The email holds no clinical detail."""
    claimed = RiskAlert.objects.filter(pk=alert_id, notified_at__isnull=True).update(notified_at=timezone.now())
    if not claimed:
        return False
    alert = RiskAlert.objects.select_related("clinician__user").get(pk=alert_id)
    user = alert.clinician.user
    if not (user.is_active and alert.clinician.email_notifications):
        return False
    context = {"clinician": user, "link": f"{settings.SITE_URL}/clinician/"}
    try:
        send_mail(
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + "A client may need your attention",
            message=render_to_string("emails/risk_alert.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )
    except Exception:
        RiskAlert.objects.filter(pk=alert_id).update(notified_at=None)  # let the retry claim it again
        raise
    return True
