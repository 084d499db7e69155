from allauth.headless.contrib.rest_framework.authentication import XSessionTokenAuthentication


class SessionTokenAuthentication(XSessionTokenAuthentication):
    """allauth's app session token, answering 401 (not 403) when it is missing."""

    def authenticate_header(self, request) -> str:
        return "X-Session-Token"
