from django.conf import settings
from django.db import models

from practices.timezones import validate_time_zone


class ClinicianQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ClinicianQuerySet":
        """Clinicians the user may see: their practice's (staff) or their own care team (clients)."""
        if not user.is_authenticated or not user.is_active or user.practice_id is None:
            return self.none()
        in_practice = self.filter(user__practice_id=user.practice_id)
        if user.role in ("clinician", "admin"):
            return in_practice
        if user.role == "client":
            return in_practice.filter(
                care_team__client__user=user, care_team__ended_on__isnull=True, user__is_active=True
            ).distinct()
        return self.none()


class Clinician(models.Model):
    """A clinician's profile: the person who gives homework and reviews it."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clinician_profile")
    time_zone = models.CharField(max_length=64, default="Europe/London", validators=[validate_time_zone])
    email_notifications = models.BooleanField(
        default=True, help_text="Email me risk alerts and the weekly progress summary."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClinicianQuerySet.as_manager()

    def __str__(self) -> str:
        return str(self.user)


class SessionHeld(models.Model):
    """A therapy session the clinician marked as held: session prep shows what changed since the last one."""

    clinician = models.ForeignKey(Clinician, on_delete=models.CASCADE, related_name="sessions_held")
    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="sessions_held")
    held_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_at", "-pk"]
        indexes = [models.Index(fields=["client", "held_at"], name="session_held_client_time")]

    def __str__(self) -> str:
        return f"Session with {self.client_id} on {self.held_at:%Y-%m-%d}"
