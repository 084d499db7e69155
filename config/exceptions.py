"""What a service raises when it refuses: one base, so the web and the API answer every refusal the same way.

A service error means nothing was written. Each kind says how the API answers
it (``status`` and ``body()``); web views catch the same exceptions and show
their message. The API's exception handler (``config.api``) knows only this
base, never the apps' own exceptions, so ``config`` depends on no app.
"""

from django.core.exceptions import ValidationError


class ServiceError(Exception):
    """A refusal by a service: nothing was written."""

    status = 400

    def body(self) -> dict:
        return {"detail": str(self)}

    def headers(self) -> dict[str, str]:
        """Headers the API answer carries besides (Retry-After on a throttle)."""
        return {}


class Conflict(ServiceError):
    """The request crossed with another change (an old version, a status that moved on): 409."""

    status = 409


class InvalidInput(ServiceError, ValidationError):
    """Input that breaks a rule, with messages per field (or per linkId): 400. Also a Django ValidationError,
    so forms and views that catch those show it."""

    status = 400

    def __init__(self, message: str, *, errors: dict[str, list[str]], code: str):
        ValidationError.__init__(self, message, code=code)
        self.errors = errors

    def body(self) -> dict:
        return {"errors": self.errors}
