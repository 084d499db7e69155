"""Who may do what: the role checks every view, API endpoint and middleware uses."""

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied


def two_factor_required(user) -> bool:
    """Clinicians and admins of a practice that requires it, and every operator."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    if user.role in ("clinician", "admin") and user.practice_id:
        return user.practice.require_mfa
    return False


def missing_required_two_factor(user) -> bool:
    """True when the user must set up two-factor authentication before going on."""
    if not two_factor_required(user):
        return False
    cached = getattr(user, "_has_totp", None)
    if cached is None:
        cached = user._has_totp = is_mfa_enabled(user, types=["totp"])
    return not cached


def _has_client_record(user) -> bool:
    from clients.models import Client

    return Client.objects.filter(user=user).exists()


def role_required(*roles: str):
    """Signed-in users with one of ``roles``; others get 403 (anonymous: the login page)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if request.user.role not in roles:
                raise PermissionDenied
            try:
                return view(request, *args, **kwargs)
            except ObjectDoesNotExist as missing:
                # A client account whose client record is gone (or was never made) has nothing to show:
                # a 403, not a crash. Caught here rather than checked first, which would cost a query.
                if request.user.role == "client" and not _has_client_record(request.user):
                    raise PermissionDenied from missing
                raise

        return wrapper

    return decorator
