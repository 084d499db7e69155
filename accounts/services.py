"""Writes for accounts: inviting people and accepting invitations."""

import logging
import math
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, User, has_set_password, normalize_email
from config.exceptions import ServiceError
from config.queue import enqueue_on_commit
from practices.models import Practice

logger = logging.getLogger(__name__)

# How long one worker may hold an invitation email before another may retry it.
SEND_CLAIM_TIMEOUT = timedelta(minutes=5)


def user_invite(*, email: str, display_name: str, role: str, practice: Practice | None, invited_by: User) -> Invitation:
    """Create an account that cannot sign in yet, and the invitation that opens it.

    ``practice`` is the inviter's, which is None only for an operator's account: the account's own
    check (``user_in_practice_unless_staff``, run by ``full_clean``) then refuses it with a
    ValidationError, and nothing is written.
    """
    email = normalize_email(email)
    # A practice may know who its own members are; whether the address has an account in another practice
    # it may not, so that case is answered exactly as a new address (see address_signs_in_elsewhere).
    if practice is not None and User.objects.filter(email__iexact=email, practice=practice).exists():
        raise ValidationError(
            {"email": "Someone in your practice already has this email address. Ask your practice admin about it."}
        )
    invitation_rate_check(invited_by=invited_by)
    user = User(email=email, display_name=display_name.strip(), role=role, practice=practice)
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
    return _invitation_create(user=user, invited_by=invited_by)


@transaction.atomic
def invitation_resend(*, user: User, invited_by: User) -> Invitation:
    """Withdraw any pending link for ``user`` and send a fresh one."""
    if user.has_usable_password():
        raise ValidationError("This person has already set a password and can sign in.")
    invitation_rate_check(invited_by=invited_by)
    Invitation.objects.filter(user=user, accepted_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    return _invitation_create(user=user, invited_by=invited_by)


def _invitation_create(*, user: User, invited_by: User) -> Invitation:
    invitation = Invitation.objects.create(user=user, invited_by=invited_by)
    from accounts.tasks import send_invitation_email

    enqueue_on_commit(send_invitation_email, str(invitation.pk))
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, email: str, password: str) -> User:
    """Set the invited person's password and mark their email verified, once."""
    invitation = Invitation.objects.select_for_update().select_related("user").get(pk=invitation.pk)
    status = invitation.status
    if status == Invitation.Status.ACCEPTED:
        raise ValidationError("This invitation has already been used. Sign in with your email and password instead.")
    if status == Invitation.Status.REVOKED:
        raise ValidationError("This invitation was replaced by a newer one. Use the link in the most recent email.")
    if status == Invitation.Status.EXPIRED:
        raise ValidationError("This invitation has expired. Ask whoever invited you to send a new one.")
    user = invitation.user
    if normalize_email(email) != user.email:
        raise ValidationError({"email": "This is not the email address the invitation was sent to."})
    if not user.is_active:
        raise ValidationError("This account has been deactivated.")
    validate_password(password, user=user)

    if address_signs_in_elsewhere(user):
        raise ValidationError(ALREADY_HAS_AN_ACCOUNT)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save(update_fields=["password"])
    except IntegrityError:  # another practice's invitation to this address was accepted a moment ago
        raise ValidationError(ALREADY_HAS_AN_ACCOUNT) from None
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True, primary=True)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


ALREADY_HAS_AN_ACCOUNT = (
    "This email address already has an account, with another practice, and an account belongs to one practice. "
    "Sign in with it as usual, or ask whoever invited you to use a different address."
)


def address_signs_in_elsewhere(user: User) -> bool:
    """Whether another account, one that signs in, holds ``user``'s address (an invitation cannot be accepted)."""
    return User.objects.filter(has_set_password(""), email__iexact=user.email).exclude(pk=user.pk).exists()


class InvitationsThrottled(ServiceError, ValidationError):
    """Too many invitations from one person in the last hour: 429, with when the next may go."""

    status = 429

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        minutes = max(1, math.ceil(retry_after / 60))
        message = (
            f"You have sent {settings.INVITATIONS_PER_HOUR} invitations in the last hour, the most we send for one "
            f"person. Try again in {minutes} minute{'s' if minutes != 1 else ''}."
        )
        ValidationError.__init__(self, message, code="throttled")
        Exception.__init__(self, message)

    def headers(self) -> dict:
        return {"Retry-After": str(self.retry_after)}


def invitation_rate_check(*, invited_by: User) -> None:
    """Refuse an invitation past ``INVITATIONS_PER_HOUR`` from one person (new ones and resends alike).

    Counted from the invitations themselves, so it holds across web and API, processes and restarts.
    """
    limit = settings.INVITATIONS_PER_HOUR
    window = timedelta(hours=1)
    now = timezone.now()
    recent = list(
        Invitation.objects.filter(invited_by=invited_by, created_at__gt=now - window)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    if len(recent) >= limit:
        frees_at = recent[limit - 1] + window
        raise InvitationsThrottled(retry_after=max(1, math.ceil((frees_at - now).total_seconds())))


def invitation_send(*, invitation_id) -> bool:
    """Email the invitation link, unless it was sent or is no longer pending.

    A conditional update claims the row, so two workers (or the task and the
    sweep) never both send; a claim left by a worker that died expires after
    SEND_CLAIM_TIMEOUT, so the email is retried rather than lost.
    """
    now = timezone.now()
    claimed = (
        Invitation.objects.sendable(now)
        .filter(pk=invitation_id)
        .filter(Q(send_claimed_at__isnull=True) | Q(send_claimed_at__lt=now - SEND_CLAIM_TIMEOUT))
        .update(send_claimed_at=now)
    )
    if not claimed:
        return False
    invitation = Invitation.objects.select_related("user", "user__practice", "invited_by").get(pk=invitation_id)
    try:
        _send_invitation_message(invitation)
    except Exception:
        Invitation.objects.filter(pk=invitation_id).update(send_claimed_at=None)
        raise
    Invitation.objects.filter(pk=invitation_id).update(sent_at=timezone.now())
    return True


def _send_invitation_message(invitation: Invitation) -> None:
    """The invitation, or, when the address already signs in with another practice, a note that says so.

    The note goes only to the address's owner, who may know; the inviting practice sees an invitation
    that has not been accepted, as for anyone who has not answered yet.
    """
    user = invitation.user
    name = "invitation_existing" if address_signs_in_elsewhere(user) else "invitation"
    context = {
        "invitation": invitation,
        "user": user,
        "practice": user.practice,
        "inviter": invitation.invited_by,
        "link": settings.SITE_URL + reverse("invitation_accept", args=[invitation.pk, invitation.token]),
        "expires_at": invitation.expires_at,
    }
    subject = render_to_string("emails/invitation_subject.txt", context).strip()
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=render_to_string(f"emails/{name}.txt", context),
        to=[user.email],
    )
    message.attach_alternative(render_to_string(f"emails/{name}.html", context), "text/html")
    message.send()
