import secrets
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import salted_hmac


def has_set_password(user_field: str = "user") -> models.Q:
    """Rows whose user has set a password: they accepted their invitation, or were given one.

    ``user_field=""`` asks it of users themselves."""
    prefix = f"{user_field}__" if user_field else ""
    return ~models.Q(**{f"{prefix}password__startswith": UNUSABLE_PASSWORD_PREFIX})


def normalize_email(email: str) -> str:
    """Emails are compared case-insensitively everywhere: store them lower-cased."""
    return (email or "").strip().lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalize_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "User":
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)

    def get_by_natural_key(self, email: str) -> "User":
        """The account that signs in with ``email``: at most one (see ``User.Meta``); pending invitations
        to the same address in other practices are not it."""
        return self.filter(has_set_password(""), email__iexact=normalize_email(email)).get()


class User(AbstractBaseUser, PermissionsMixin):
    """Anyone who signs in. Email is the login; the role decides the pages."""

    class Role(models.TextChoices):
        CLINICIAN = "clinician", "Clinician"
        CLIENT = "client", "Client"
        ADMIN = "admin", "Practice admin"

    # One account signs in with an address; invitations to it may be pending in other practices
    # besides (see the constraints), so that inviting an address answers alike whoever holds it.
    email = models.EmailField("email address", max_length=254)
    display_name = models.CharField(
        max_length=80, help_text="How the person is named in the product, e.g. on a caseload or in a comment."
    )
    role = models.CharField(max_length=16, choices=Role.choices)
    practice = models.ForeignKey(
        "practices.Practice", null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False, help_text="Can use the Django admin (operators only).")
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        constraints = [
            # At most one account that can sign in per address (any case); one account per address in a
            # practice. An address with an account in one practice may have invitations pending in others:
            # they cannot be accepted while that account exists (accounts.services.invitation_accept).
            models.UniqueConstraint(Lower("email"), condition=has_set_password(""), name="user_email_signs_in_once"),
            models.UniqueConstraint(Lower("email"), "practice", name="user_email_once_per_practice"),
            models.CheckConstraint(
                condition=models.Q(practice__isnull=False) | models.Q(is_staff=True),
                name="user_in_practice_unless_staff",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    @property
    def is_clinician(self) -> bool:
        return self.role == self.Role.CLINICIAN

    @property
    def is_client(self) -> bool:
        return self.role == self.Role.CLIENT

    @property
    def is_practice_admin(self) -> bool:
        return self.role == self.Role.ADMIN


def _new_nonce() -> str:
    return secrets.token_urlsafe(24)


def _default_expiry():
    return timezone.now() + timedelta(hours=settings.INVITATION_TTL_HOURS)


class InvitationQuerySet(models.QuerySet):
    def sendable(self, now: datetime | None = None):
        """Invitations whose email may still go: never sent, not accepted, not withdrawn, not expired."""
        return self.filter(
            sent_at__isnull=True,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=now or timezone.now(),
        )


class Invitation(models.Model):
    """A one-time link that lets an invited person set their password.

    The link's token is an HMAC of the id and a per-invitation nonce under
    SECRET_KEY, like Django's password-reset tokens: the database alone cannot
    produce a working link, and a task can rebuild the link from the id.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        EXPIRED = "expired", "Expired"
        REVOKED = "revoked", "Replaced or withdrawn"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="invitations_sent"
    )
    nonce = models.CharField(max_length=64, default=_new_nonce, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_default_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Email delivery: claimed by one worker at a time, then marked sent.
    send_claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["created_at"],
                name="invitation_unsent_idx",
                condition=models.Q(sent_at__isnull=True, accepted_at__isnull=True, revoked_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"Invitation for {self.user.email}"

    @property
    def token(self) -> str:
        return salted_hmac("accounts.Invitation", f"{self.pk}:{self.nonce}", algorithm="sha256").hexdigest()[:48]

    @property
    def status(self) -> str:
        if self.accepted_at:
            return self.Status.ACCEPTED
        if self.revoked_at:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
