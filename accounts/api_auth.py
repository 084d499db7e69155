from allauth.headless.contrib.rest_framework.authentication import XSessionTokenAuthentication
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.exceptions import AuthenticationFailed

from accounts import sessions


class SessionTokenAuthentication(XSessionTokenAuthentication):
    """allauth's app session token, answering 401 (not 403) when it is missing, and ended like a web session
    once it is past its idle or absolute limit (accounts/sessions.py)."""

    def authenticate(self, request):
        found = super().authenticate(request)
        if found is None:
            return None
        user, session = found
        if sessions.ended_by(session, user) is not None:
            session.flush()
            raise AuthenticationFailed("This session has ended. Sign in again.")
        if session.modified:
            session.save()
        return found

    def authenticate_header(self, request) -> str:
        return "X-Session-Token"


class SessionTokenScheme(OpenApiAuthenticationExtension):
    """Describes the token in the OpenAPI schema."""

    target_class = SessionTokenAuthentication
    name = "sessionToken"

    def get_security_definition(self, auto_schema) -> dict:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "X-Session-Token",
            "description": "meta.session_token from POST /_allauth/app/v1/auth/login",
        }
