"""Who may do what: the role checks every view, API endpoint and middleware uses."""

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


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


def role_required(*roles: str):
    """Signed-in users with one of ``roles``; others get 403 (anonymous: the login page)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if request.user.role not in roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
