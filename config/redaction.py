"""One-time secrets kept out of logs: invitation tokens, password-reset and email-confirmation keys.

These links carry their secret in the path, as the emails must, so every access-log line, every
"Not Found: …" warning and every Referer of an asset loaded from such a page would carry it too. Two
places rewrite them before anything is written: ``RedactSecretsFilter`` on the log handlers of Django
and Celery (settings.LOGGING), and ``config.gunicorn_logging.RedactingLogger`` for gunicorn's access log (Procfile).
Query parameters that name a secret (token, key, code, password, session) are blanked the same way.
"""

import logging
import re

REDACTED = "[redacted]"

_SECRET_IN_PATH = re.compile(
    r"(?P<keep>/invitations/[0-9a-fA-F-]{36}/"
    r"|/accounts/password/reset/key/"
    r"|/accounts/confirm-email/"
    r"|/_allauth/[a-z]+/v1/auth/(?:password/reset|email/verify)/)"
    r"(?P<secret>[^/?#\s\"']+)"
)
_SECRET_IN_QUERY = re.compile(
    r"(?P<keep>[?&](?:[\w-]*(?:token|key|code|password|session)[\w-]*)=)(?P<secret>[^&#\s\"']*)", re.IGNORECASE
)


def redact(text: str) -> str:
    """``text`` with every one-time secret in a path or query string replaced by [redacted]."""
    if not text or ("/" not in text and "=" not in text):
        return text
    text = _SECRET_IN_PATH.sub(lambda m: m["keep"] + REDACTED, text)
    return _SECRET_IN_QUERY.sub(lambda m: m["keep"] + (REDACTED if m["secret"] else ""), text)


class RedactSecretsFilter(logging.Filter):
    """Rewrites each record's message (with its arguments filled in) so no one-time secret reaches a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: left to the handler's own error handling
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        # Django's request loggers attach the request itself; its path is printed by some formatters.
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path") and redact(request.path) != request.path:
            record.request = None
        return True
