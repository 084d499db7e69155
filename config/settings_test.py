"""Test settings: the base settings, tightened for speed and isolation."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")

from config.settings import *  # noqa: F403
from config.settings import CACHES, REDIS_URL, env

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SITE_URL = "http://testserver"
# The tests seed the demo data and run the benchmark, whatever DEBUG says.
if "devtools" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]

# Unit tests run tasks in-process; the tests of delivery itself start a real
# worker against the real broker and switch this off.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True

# The cache holds allauth's rate-limit counters, which tests reset: on Redis
# it gets its own database (CACHE_URL), never the broker's, and a key prefix
# of its own, so test runs side by side do not wipe each other's counters.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.str("CACHE_URL", default=REDIS_URL.rsplit("/", 1)[0] + "/15"),
            "KEY_PREFIX": f"rr-test-{os.getpid()}",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Delivery tests start a real worker: it must find the test database and a
# queue of its own, away from any `make run` worker on the same machine.
CELERY_TASK_DEFAULT_QUEUE = "rr-test"
CELERY_TASK_ROUTES = {"notifications.tasks.relay_priority": {"queue": "rr-test-priority"}}
if not REDIS_URL:
    _queue = VAR_DIR / "test-celery" / "queue"
    _queue.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue),
        "data_folder_out": str(_queue),
        "control_folder": str(VAR_DIR / "test-celery"),
        "store_processed": False,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}

if env.bool("TEST_WORKER", default=False):
    # This process is the worker a delivery test started.
    CELERY_TASK_ALWAYS_EAGER = False
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env.str("TEST_EMAIL_DIR")

# WhiteNoise looks for collected files at start-up; tests do not collect them.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
