import datetime

from django.conf import settings
from django.db import models

from config.encryption import EncryptedJSONField
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

    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    summary_weekday = models.PositiveSmallIntegerField(
        "weekly summary day", choices=Weekday.choices, default=Weekday.MONDAY
    )
    summary_time = models.TimeField(
        "weekly summary time", default=datetime.time(8, 0), help_text="In your own time zone."
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


class WeeklySummary(models.Model):
    """One clinician's weekly progress summary, built once per week and kept to read again.

    ``data`` holds the figures as built (per client and for the caseload), so a
    summary reads the same later even as the records it came from change.
    """

    clinician = models.ForeignKey(Clinician, on_delete=models.CASCADE, related_name="weekly_summaries")
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    week_of = models.DateField(help_text="The local date the summary was due: one summary per clinician per week.")
    data = EncryptedJSONField()
    build_ms = models.PositiveIntegerField(default=0, help_text="How long building it took, in milliseconds.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period_end", "-pk"]
        constraints = [models.UniqueConstraint(fields=["clinician", "week_of"], name="weekly_summary_once_a_week")]

    def __str__(self) -> str:
        return f"Weekly summary for {self.clinician} ({self.week_of:%Y-%m-%d})"
