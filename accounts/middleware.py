from django.shortcuts import redirect
from django.urls import reverse

from accounts.access import missing_required_two_factor

# Paths a user who still has to set up two-factor authentication may open:
# the account pages (to set it up, or sign out), the allauth API, the public
# API (its own permission answers 403 there), static files and health checks.
EXEMPT_PREFIXES = ("/accounts/", "/_allauth/", "/api/", "/static/", "/healthz", "/readyz", "/invitations/")


class RequireTwoFactorMiddleware:
    """Sends users whose practice requires two-factor authentication to set it up first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(EXEMPT_PREFIXES) and missing_required_two_factor(request.user):
            return redirect(f"{reverse('mfa_activate_totp')}?next={request.get_full_path()}")
        return self.get_response(request)
