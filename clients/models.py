import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from phonenumber_field.modelfields import PhoneNumberField

from practices.timezones import validate_time_zone


class ClientQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ClientQuerySet":
        """The one rule for who may see a client record.

        A clinician: clients they currently care for, in their own practice.
        A practice admin: every client of the practice (to manage care teams).
        A client: themself. Anyone else: nobody.
        """
        if not user.is_authenticated or not user.is_active or user.practice_id is None:
            return self.none()
        in_practice = self.filter(user__practice_id=user.practice_id)
        if user.role == "clinician":
            current_care = CareTeamMember.objects.filter(
                client=OuterRef("pk"), clinician__user=user, ended_on__isnull=True
            )
            return in_practice.filter(Exists(current_care))
        if user.role == "admin":
            return in_practice
        if user.role == "client":
            return in_practice.filter(user=user)
        return self.none()


class Client(models.Model):
    """A client's profile: preferences that shape reminders and the portal."""

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="client_profile")
    time_zone = models.CharField(max_length=64, default="Europe/London", validators=[validate_time_zone])
    quiet_hours_start = models.TimeField(default=datetime.time(21, 0), help_text="No reminders from this time…")
    quiet_hours_end = models.TimeField(default=datetime.time(8, 0), help_text="…until this time, in your time zone.")
    reminders_opt_out = models.BooleanField("turn off reminders", default=False)
    reminder_channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.EMAIL)
    daily_prompt_time = models.TimeField(
        default=datetime.time(19, 0), help_text="When to be reminded about daily exercises."
    )
    disengaged_since = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when reminders went unanswered for a week: reminders slow down and the clinician is told. "
        "Cleared as soon as the client saves anything.",
    )
    # How the care team reaches the client, or someone close to them, when they are worried about their
    # safety. Shown only to the client and their current care team, never in an email or the API.
    phone = PhoneNumberField("your phone number", blank=True)
    emergency_contact_name = models.CharField(
        "emergency contact", max_length=120, blank=True, help_text="Someone we may call if we are worried about you."
    )
    emergency_contact_phone = PhoneNumberField("their phone number", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClientQuerySet.as_manager()

    def __str__(self) -> str:
        return str(self.user)

    def clean(self) -> None:
        super().clean()
        if self.emergency_contact_name.strip() and not self.emergency_contact_phone:
            raise ValidationError({"emergency_contact_phone": "Add a number for your emergency contact."})
        if self.emergency_contact_phone and not self.emergency_contact_name.strip():
            raise ValidationError({"emergency_contact_name": "Add who this number belongs to."})

    def in_quiet_hours(self, local_time: datetime.time) -> bool:
        start, end = self.quiet_hours_start, self.quiet_hours_end
        if start == end:
            return False
        if start < end:
            return start <= local_time < end
        return local_time >= start or local_time < end


class CareTeamMember(models.Model):
    """A clinician caring for a client, for a period.

    Ending care sets ``ended_on`` instead of deleting the row, so a hand-over
    keeps the history of who cared for the client and when.
    """

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="care_team")
    clinician = models.ForeignKey("clinicians.Clinician", on_delete=models.PROTECT, related_name="care_team")
    is_primary = models.BooleanField(default=False)
    started_on = models.DateField(default=datetime.date.today)
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-is_primary", "started_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["client", "clinician"],
                condition=models.Q(ended_on__isnull=True),
                name="care_team_one_current_membership",
            ),
            models.UniqueConstraint(
                fields=["client"],
                condition=models.Q(is_primary=True, ended_on__isnull=True),
                name="care_team_one_current_primary",
            ),
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True) | models.Q(ended_on__gte=models.F("started_on")),
                name="care_team_ends_after_start",
            ),
        ]
        indexes = [
            models.Index(
                fields=["clinician", "client"], name="care_team_current_idx", condition=models.Q(ended_on__isnull=True)
            )
        ]

    def __str__(self) -> str:
        role = "primary" if self.is_primary else "member"
        return f"{self.clinician} → {self.client} ({role})"

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class ErasureRequest(models.Model):
    """A practice admin closed a client's account; their record is erased once ``erase_after`` has passed.

    See clients/erasure.py. One per client: the account is closed when it is made, the rest follows.
    """

    client = models.OneToOneField(Client, on_delete=models.PROTECT, related_name="erasure")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField()
    erase_after = models.DateTimeField(help_text="The end of the practice's retention period for this record.")
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["erase_after"], name="erasure_due", condition=models.Q(completed_at__isnull=True))
        ]

    def __str__(self) -> str:
        return f"Erasure of client {self.client_id}"
