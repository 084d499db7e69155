from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.core.exceptions import ValidationError

from accounts import throttling

# The errors allauth raises when a rate limit, not the person's input, refused the attempt.
THROTTLE_ERRORS = frozenset({"too_many_login_attempts", "rate_limited"})


class AccountAdapter(DefaultAccountAdapter):
    """No open sign-up: people join through an invitation only; throttled attempts are marked for a 429."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def pre_authenticate(self, request, **credentials) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            # Marked with the account's key, so Retry-After counts the per-account limit too.
            throttling.mark(request, key=self._get_login_attempts_cache_key(request, **credentials))
            raise

    def send_password_reset_mail(self, user, email, context) -> None:
        # An account still waiting for its invitation has no password to reset: it is opened by the
        # invitation's link. Several such accounts may share an address with one real one, in other
        # practices, and a reset must never give any of them a password (accounts/models.py).
        if user.has_usable_password():
            super().send_password_reset_mail(user, email, context)

    def validation_error(self, code, *args) -> ValidationError:
        if code in THROTTLE_ERRORS and getattr(context.request, "throttled_by", None) is None:
            throttling.mark()
        return super().validation_error(code, *args)
