"""Writes for accounts: inviting people and accepting invitations."""

import logging
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, User, normalize_email
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
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {
                "email": (
                    "This email address already has an account. "
                    "Ask your practice admin if it should join this practice."
                )
            }
        )
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

    user.set_password(password)
    user.save(update_fields=["password"])
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True, primary=True)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


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
    user = invitation.user
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
        body=render_to_string("emails/invitation.txt", context),
        to=[user.email],
    )
    message.attach_alternative(render_to_string("emails/invitation.html", context), "text/html")
    message.send()
