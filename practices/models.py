import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from practices.timezones import validate_time_zone

DEFAULT_CRISIS_RESOURCES = """If you might act on thoughts of harming yourself, or you are in danger now, call your local emergency number (112 in Europe, 999 in the UK, 911 in North America) or go to the nearest emergency department.
Samaritans (UK and Ireland): call 116 123, any time, free.
988 Suicide & Crisis Lifeline (US): call or text 988.
If you are elsewhere, your practice can tell you the crisis line where you live."""


# The alert reminder delays (Practice fields), most urgent level first: none may be longer than the next.
REMINDER_DELAY_FIELDS = (
    "remind_imminent_after_minutes",
    "remind_high_after_minutes",
    "remind_moderate_after_minutes",
    "remind_history_after_minutes",
)


class Practice(models.Model):
    """A clinic: owns its clinicians, clients, templates and settings."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=60, unique=True)
    time_zone = models.CharField(max_length=64, default="Europe/London", validators=[validate_time_zone])
    require_mfa = models.BooleanField(
        "require two-factor authentication",
        default=True,
        help_text="Clinicians and practice admins must set up an authenticator app before they can open any page.",
    )
    crisis_resources = models.TextField(
        default=DEFAULT_CRISIS_RESOURCES,
        help_text="Shown to clients on every page and at once when their answers suggest risk. One resource per line.",
    )

    class SummaryEmailDetail(models.TextChoices):
        LINK_ONLY = "link_only", "Only a link: every figure stays behind sign-in"
        COUNTS = "counts", "Caseload counts, no client names or scores"
        INITIALS = "initials", "Per client by initials, with adherence and score bands"

    summary_email_detail = models.CharField(
        "weekly summary emails show",
        max_length=16,
        choices=SummaryEmailDetail.choices,
        default=SummaryEmailDetail.COUNTS,
        help_text="The full summary is always in the dashboard; this is how much of it the email may carry.",
    )
    # How long an alert may wait unacknowledged before its clinician is reminded, by level.
    remind_imminent_after_minutes = models.PositiveIntegerField(
        "remind about an imminent-risk alert after (minutes)", default=30, validators=[MinValueValidator(5)]
    )
    remind_high_after_minutes = models.PositiveIntegerField(
        "remind about a high-risk alert after (minutes)", default=120, validators=[MinValueValidator(5)]
    )
    remind_moderate_after_minutes = models.PositiveIntegerField(
        "remind about a moderate-risk alert after (minutes)", default=480, validators=[MinValueValidator(5)]
    )
    remind_history_after_minutes = models.PositiveIntegerField(
        "remind about a history alert after (minutes)", default=1440, validators=[MinValueValidator(5)]
    )
    # Signed-in sessions end after this long without a request (accounts/sessions.py), and in any case
    # after SESSION_ABSOLUTE_HOURS. Staff see every client's record, so their default is shorter.
    staff_idle_minutes = models.PositiveIntegerField(
        "sign clinicians and admins out after (minutes without activity)",
        default=15,
        validators=[MinValueValidator(5), MaxValueValidator(240)],
    )
    client_idle_minutes = models.PositiveIntegerField(
        "sign clients out after (minutes without activity)",
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(720)],
        help_text="The portal warns two minutes before, and anything typed is kept.",
    )
    erasure_retention_days = models.PositiveIntegerField(
        "keep a closed client's record for (days)",
        default=30,
        validators=[MaxValueValidator(3650)],
        help_text="When you close a client's account at their request, they cannot sign in from that moment; what "
        "they wrote is erased this many days later. Set it to what your practice must keep records for.",
    )
    clinicians_write_templates = models.BooleanField(
        "clinicians may write and publish exercises",
        default=False,
        help_text="Practice admins always may. Built-in measures (PHQ-9, GAD-7) can never be changed.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # A more urgent level is never reminded later than a less urgent one.
            models.CheckConstraint(
                condition=models.Q(remind_imminent_after_minutes__lte=models.F("remind_high_after_minutes"))
                & models.Q(remind_high_after_minutes__lte=models.F("remind_moderate_after_minutes"))
                & models.Q(remind_moderate_after_minutes__lte=models.F("remind_history_after_minutes")),
                name="practice_reminders_by_urgency",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def crisis_lines(self) -> list[str]:
        return [line.strip() for line in self.crisis_resources.splitlines() if line.strip()]

    def alert_reminder_delay(self, level: str) -> datetime.timedelta:
        """How long an alert of ``level`` waits unacknowledged before a reminder."""
        minutes = {
            "imminent": self.remind_imminent_after_minutes,
            "high": self.remind_high_after_minutes,
            "moderate": self.remind_moderate_after_minutes,
        }.get(level, self.remind_history_after_minutes)
        return datetime.timedelta(minutes=minutes)
