"""Test settings: the base settings, tightened for speed and isolation."""

import os
import secrets

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")

from config.settings import *  # noqa: F403
from config.settings import CACHES as CACHES_BASE
from config.settings import REDIS_URL, env

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A fixed key of the tests' own (the rotation tests set others); a delivery test's worker reads the same.
FIELD_ENCRYPTION_KEYS = ["Zm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtb2Yta2V5ISE="]
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

# Tests may run in parallel (pytest-xdist): each xdist worker ("gw0", "gw1"…,
# "main" without xdist) has a test database of its own (pytest-django adds the
# worker's name to it), and here gets cache keys and Celery queues of its own
# too. A delivery test's Celery worker inherits this environment, so it works
# in the same lane as the test that started it, whatever its process id. The
# run token keeps two runs on one Redis apart.
TEST_RUN = os.environ.setdefault("RR_TEST_RUN", secrets.token_hex(4))
TEST_LANE = os.environ.get("PYTEST_XDIST_WORKER", "main")

# The cache holds allauth's rate-limit counters, DRF's throttle history and
# the worker heartbeat, which tests reset: on Redis it gets its own database
# (CACHE_URL), never the broker's, and a key prefix per run and lane, so that
# resetting one lane's keys never touches another's.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.str("CACHE_URL", default=REDIS_URL.rsplit("/", 1)[0] + "/15"),
            "KEY_PREFIX": f"rr-test-{TEST_RUN}-{TEST_LANE}",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CACHES["schema"] = CACHES_BASE["schema"]

# Delivery tests start a real worker: it must find its lane's test database
# and queues of its lane's own, away from other lanes and from any `make run`
# worker on the same machine.
CELERY_TASK_DEFAULT_QUEUE = f"rr-test-{TEST_LANE}"
CELERY_TASK_ROUTES = {"notifications.tasks.relay_priority": {"queue": f"rr-test-{TEST_LANE}-priority"}}
if not REDIS_URL:
    _broker = VAR_DIR / "test-celery" / TEST_LANE
    (_broker / "queue").mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker / "queue"),
        "data_folder_out": str(_broker / "queue"),
        "control_folder": str(_broker),
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
