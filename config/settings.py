"""Settings for every environment, read from the environment (12-factor).

Production behaviour is switched on by variables, not by another module:
with ``DEBUG`` off (the default) a ``SECRET_KEY`` must be given and every
transport-security setting is on. Unset ``DATABASE_URL`` and ``REDIS_URL``
fall back to an embedded set-up that needs no server (SQLite and kombu's
filesystem transport under ``var/``), which is what ``make run`` uses.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").exists():
    env.read_env(BASE_DIR / ".env")
VAR_DIR = Path(env.str("VAR_DIR", default=str(BASE_DIR / "var")))

DEBUG = env.bool("DEBUG", default=False)

# Production requires its secret; only a debug run may use the built-in one.
if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="insecure-development-key-never-use-in-production-0123456789")
else:
    SECRET_KEY = env.str("SECRET_KEY")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Third party
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.headless",
    "allauth.usersessions",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "phonenumber_field",
    "csp",
    # Ours
    "accounts",
    "practices",
    "clinicians",
    "clients",
    "assignments",
    "notifications",
    "audit",
]
# The demo data and the benchmark (known passwords, a practice without two-factor, a million rows written
# wherever DATABASE_URL points) are for development only: production has no such commands at all.
if DEBUG:
    INSTALLED_APPS.append("devtools")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.security.NoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.sessions.SessionLimitsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.throttling.ThrottleMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "accounts.middleware.RequireTwoFactorMiddleware",
    "audit.middleware.AuditMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "practices.context_processors.practice",
                "clients.context_processors.safety_plan",
            ],
        },
    },
]

# --- Content-Security-Policy (django-csp) ----------------------------------
# Scripts and styles come from our own origin, or are inline with this response's nonce; no inline
# style attributes, no eval, no plugins, no <base>, never framed. Every violation is reported to
# /csp-report/ (config.security.csp_report), which logs it.
from csp.constants import NONCE, NONE, SELF  # noqa: E402

CSP_REPORT_PATH = "/csp-report/"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "worker-src": [SELF],
        "form-action": [SELF],
        "frame-src": [NONE],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "base-uri": [NONE],
        "report-uri": CSP_REPORT_PATH,
    },
}

# --- Database -------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's own psycopg 3 pool: one per process, so no persistent
    # connections on top of it (Django refuses both at once).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN", default=1),
        "max_size": env.int("DATABASE_POOL_MAX", default=10),
        "timeout": 10,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web process and the worker share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, broker ----------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.str("CACHE_URL", default=REDIS_URL),
            "KEY_PREFIX": "rr",
        }
    }
else:
    # A file cache is shared by every process on the machine (web workers,
    # Celery), which allauth's rate limits and TOTP code-reuse checks need.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# The API schema depends on the code alone: each process builds it once and keeps it (config/urls.py).
CACHES["schema"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "api-schema"}

# --- Auth -------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ModelBackend",
    "accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"

ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_FORMS = {
    "change_password": "accounts.forms.ChangePasswordForm",
    "set_password": "accounts.forms.SetPasswordForm",
    "reset_password": "accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
    "reauthenticate": "accounts.forms.ReauthenticateForm",
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
# No "Remember me": every session ends after its idle limit and SESSION_ABSOLUTE_HOURS (accounts/sessions.py).
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Rejection Recovery] "
# allauth's defaults, written out because they are part of what we promise:
# failed logins are limited per address and per account.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_PREVENT_ENUMERATION = True
# Sign-up is closed, so a password reset asked for an address we do not know sends nothing at all (allauth's
# default would invite the person to sign up); the page answers exactly as for a known address.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# Behind a reverse proxy the address that counts (rate limits, the audit trail) is the one the proxies saw:
# the Nth entry from the right of X-Forwarded-For, where N is the number of proxies we run. Entries further
# left are whatever the caller wrote, so they are never trusted. 0 (no proxy): the socket's own address.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int(
    "TRUSTED_PROXY_COUNT", default=1 if env.bool("BEHIND_PROXY", default=False) else 0
)

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_FORMS = {
    "authenticate": "accounts.forms.MFAAuthenticateForm",
    "reauthenticate": "accounts.forms.MFAReauthenticateForm",
    "activate_totp": "accounts.forms.ActivateTOTPForm",
}
MFA_TOTP_ISSUER = env.str("MFA_TOTP_ISSUER", default="Rejection Recovery")
MFA_RECOVERY_CODE_COUNT = 10

# People see where they are signed in and end the other sessions (/accounts/sessions/). A session's row is
# made when it signs in; its last activity is read from the session itself (accounts/sessions.py), so no
# request writes a row just to say it happened.
USERSESSIONS_TRACK_ACTIVITY = False

HEADLESS_CLIENTS = ("app",)
HEADLESS_ONLY = False
HEADLESS_SERVE_SPECIFICATION = False

# Free text is encrypted at rest with these Fernet keys (config/encryption.py): the first encrypts, all
# decrypt; put a new one first, run `manage.py reencrypt`, then drop the old. Unset: one key derived from
# SECRET_KEY, for the embedded default (the deploy check warns).
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[])

INVITATION_TTL_HOURS = env.int("INVITATION_TTL_HOURS", default=72)
# Invitations (new and resent) one person may send in an hour: enough for a clinic's intake day, too few
# to probe which addresses have accounts or to mail-bomb someone through us.
INVITATIONS_PER_HOUR = env.int("INVITATIONS_PER_HOUR", default=30)
# User.email is unique among accounts that sign in (a conditional constraint), not as a plain column,
# because invitations to an address may be pending in several practices (accounts/models.py); the
# manager's get_by_natural_key returns the one account that signs in.
SILENCED_SYSTEM_CHECKS = ["auth.W004"]

# --- Sessions and transport security -----------------------------------------
# Every session ends this many hours after signing in, however active (accounts/sessions.py, which also
# applies each practice's idle limits); the cookie lasts no longer.
SESSION_ABSOLUTE_HOURS = env.float("SESSION_ABSOLUTE_HOURS", default=12)
SESSION_COOKIE_AGE = int(SESSION_ABSOLUTE_HOURS * 3600)
# Sessions are read from the cache (Redis, or the shared file cache) and written through to the database,
# so a signed-in request costs no session query and a lost cache loses no session. Ending a session
# (signing out, "sign out everywhere", closing an account) deletes it from both.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("BEHIND_PROXY", default=False) else None
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_FAILURE_VIEW = "config.errors.csrf_failure"
if SESSION_COOKIE_SECURE:
    # __Host- cookies are refused by browsers unless sent over HTTPS, for the whole site (Path=/) and without
    # a Domain, so no other host under the same domain can set or overwrite them (Django sends neither a
    # Domain nor another path by default).
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# --- Email ----------------------------------------------------------------
if "EMAIL_URL" in env:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Rejection Recovery <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation ------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# Phone numbers typed without a country code (07700 900123) are read as numbers in this region.
PHONENUMBER_DEFAULT_REGION = env.str("PHONE_REGION", default="GB")

# --- Static files ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "config.storage.ManifestStaticFilesStorage"},
}

# --- REST framework -------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_PARSER_CLASSES": ["config.parsers.BoundedJSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.api_auth.SessionTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["accounts.permissions.IsAuthenticatedWithRequiredMFA"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "config.api.exception_handler",
    "DEFAULT_PAGINATION_CLASS": "config.api.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": env.str("API_USER_RATE", default="600/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Rejection Recovery API",
    "DESCRIPTION": "Therapist–client homework for rejection recovery.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Celery ---------------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "filesystem://localhost//"
REDIS_BROKER_OPTIONS = {
    # Longer than the longest task, so a slow task is not delivered twice.
    "visibility_timeout": 60 * 60,
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
    # Publishing gives up fast when Redis is down (the outbox and the sweeps
    # keep the work); the worker's own reconnect loop is unaffected.
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
}
if REDIS_URL:
    CELERY_BROKER_TRANSPORT_OPTIONS = REDIS_BROKER_OPTIONS
else:
    # The embedded broker: message files in one folder that every process shares.
    _queue = VAR_DIR / "celery" / "queue"
    for _folder in (_queue, VAR_DIR / "celery" / "control"):
        _folder.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue),
        "data_folder_out": str(_queue),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
        # How often an idle worker looks for new files: a task given in a demo starts within a quarter of a
        # second, and Ctrl-C stops the worker as soon (kombu's default, 1 s, kept it waiting several).
        "polling_interval": 0.25,
    }
CELERY_BROKER_CONNECTION_TIMEOUT = 2
# The longest a request waits for the broker to take a message (config/queue.py): past it the request
# goes on and the periodic sweep that owns the work sends it.
CELERY_PUBLISH_TIMEOUT = env.float("CELERY_PUBLISH_TIMEOUT", default=0.5)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 5 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 4 * 60
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celery" / "beat-schedule")
# The one place that says what runs periodically.
CELERY_TASK_ROUTES = {"notifications.tasks.relay_priority": {"queue": "priority"}}
CELERY_BEAT_SCHEDULE = {
    "erase-closed-records": {"task": "clients.tasks.erasure_sweep", "schedule": 60 * 60.0},
    "relay-outbox": {"task": "notifications.tasks.relay_outbox", "schedule": 60.0},
    "sweep-reminders": {"task": "notifications.tasks.sweep_reminders", "schedule": 5 * 60.0},
    "sweep-follow-ups": {"task": "assignments.tasks.sweep_follow_ups", "schedule": 5 * 60.0},
    "sweep-unacknowledged-alerts": {"task": "notifications.tasks.sweep_unacknowledged_alerts", "schedule": 15 * 60.0},
    "sweep-weekly-summaries": {"task": "clinicians.tasks.sweep_weekly_summaries", "schedule": 15 * 60.0},
    "flag-disengaged": {"task": "notifications.tasks.flag_disengaged", "schedule": 60 * 60.0},
    "heartbeat": {"task": "notifications.tasks.heartbeat", "schedule": 30.0},
    "resend-unsent-invitations": {
        "task": "accounts.tasks.resend_unsent_invitations",
        "schedule": 60.0,
    },
    "clear-expired-sessions": {
        "task": "accounts.tasks.clear_expired_sessions",
        "schedule": 60.0 * 60 * 6,
    },
}

# --- Logging ------------------------------------------------------------------
# Every line goes through one handler whose filter takes one-time secrets (invitation tokens, reset keys)
# out of paths and query strings (config/redaction.py); gunicorn's access log has its own (Procfile).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "config.redaction.RedactSecretsFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Never DEBUG, whatever LOG_LEVEL says: at DEBUG these print SQL with its parameters and whole
        # template contexts, which hold answers, reset keys and invitation tokens.
        "django.db.backends": {"level": "WARNING"},
        "django.template": {"level": "INFO"},
        # runserver's request lines, which Django otherwise sends to a handler of its own.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

ADMIN_URL = env.str("ADMIN_URL", default="django-admin/")
