from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import IsAuthenticated

from accounts.access import missing_required_two_factor


class MFARequired(PermissionDenied):
    default_detail = "Your practice requires two-factor authentication. Set up an authenticator app first."
    default_code = "mfa_required"


class IsAuthenticatedWithRequiredMFA(IsAuthenticated):
    """Authenticated, active, and with two-factor set up where the practice requires it."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view) or not request.user.is_active:
            return False
        if missing_required_two_factor(request.user):
            raise MFARequired
        return True


class HasRole(IsAuthenticatedWithRequiredMFA):
    roles: tuple[str, ...] = ()

    def has_permission(self, request, view) -> bool:
        return super().has_permission(request, view) and request.user.role in self.roles


class IsClinician(HasRole):
    roles = ("clinician",)


class IsClient(HasRole):
    roles = ("client",)


class IsClinicianOrAdmin(HasRole):
    roles = ("clinician", "admin")


class IsPracticeAdmin(HasRole):
    roles = ("admin",)
