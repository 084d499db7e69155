"""gunicorn's access log without one-time secrets (see config.redaction); named in the Procfile."""

from gunicorn.glogging import Logger

from config.redaction import redact

# Request headers gunicorn offers its access-log format as atoms ("{cookie}i" and so on): never logged.
SECRET_HEADERS = ("cookie", "authorization", "x-session-token", "x-csrftoken", "proxy-authorization")


class RedactingLogger(Logger):
    """gunicorn's logger, with the request line, path, query string and Referer of each access-log line
    redacted, and secret-bearing request headers unavailable to the log format."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in ("r", "U", "f"):
            if isinstance(atoms.get(name), str):
                atoms[name] = redact(atoms[name])
        if atoms.get("q"):
            atoms["q"] = redact("?" + atoms["q"])[1:]
        for header in SECRET_HEADERS:
            if f"{{{header}}}i" in atoms:
                atoms[f"{{{header}}}i"] = "-"
        return atoms
