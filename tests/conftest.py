"""The usual cast, named as the style guide asks: one practice with two
clinicians and their clients, and a second practice beside it."""

import contextlib
import copy
import datetime
import socket
import threading

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.utils import timezone
from kombu import pools as kombu_pools

from accounts.models import User
from assignments.library import library_sync
from assignments.models import Template, TemplateVersion
from assignments.services import assignment_create
from config.celery import app as celery_app
from tests.factories import PASSWORD, ClinicianFactory, PracticeFactory, UserFactory, client_of


def _clear_cache() -> None:
    """Forget allauth's rate-limit counters, used TOTP codes, DRF's throttle history and the heartbeat, this lane's
    only. ``django.core.cache.cache`` is a proxy, never an instance of a backend class, so the backend itself is
    looked at: on a shared Redis, ``clear()`` would empty the whole database, every other lane's keys with it."""
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        client = cache._cache.get_client(write=True)
        for key in client.scan_iter(f"{cache.key_prefix}:*", count=500):
            client.delete(key)
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def _fresh_cache():
    _clear_cache()
    yield
    _clear_cache()


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def practice(db):
    return PracticeFactory(name="Harbour Practice")


@pytest.fixture
def clinician(practice):
    return ClinicianFactory(user__practice=practice, user__display_name="Dr Ana")


@pytest.fixture
def other_clinician(practice):
    return ClinicianFactory(user__practice=practice, user__display_name="Dr Ben")


@pytest.fixture
def client_profile(clinician):
    return client_of(clinician, display_name="Alex")


@pytest.fixture
def other_client_profile(other_clinician):
    return client_of(other_clinician, display_name="Robin")


@pytest.fixture
def practice_admin(practice):
    return UserFactory(practice=practice, role=User.Role.ADMIN, display_name="Priti")


@pytest.fixture
def foreign_practice(db):
    return PracticeFactory(name="Elsewhere Clinic")


@pytest.fixture
def foreign_clinician(foreign_practice):
    return ClinicianFactory(user__practice=foreign_practice)


@pytest.fixture
def foreign_client_profile(foreign_clinician):
    return client_of(foreign_clinician)


@pytest.fixture
def foreign_admin(foreign_practice):
    return UserFactory(practice=foreign_practice, role=User.Role.ADMIN)


@pytest.fixture
def cast(clinician, other_clinician, client_profile, other_client_profile, practice_admin, foreign_clinician):
    """Everyone an access matrix asks about, by the name the matrix uses."""
    return {
        "clinician": clinician.user,
        "other_clinician": other_clinician.user,
        "foreign_clinician": foreign_clinician.user,
        "client": client_profile.user,
        "other_client": other_client_profile.user,
        "admin": practice_admin,
    }


@pytest.fixture
def dead_broker():
    """Point the app at a Redis port where nothing listens (a real refused connection)."""
    with _broker_at("redis://127.0.0.1:1/0"):
        yield


@pytest.fixture
def hanging_broker():
    """Point the app at a server that accepts every connection, reads what it is sent and never answers.

    This is the broker failure that timeouts on connecting do not catch: the connection succeeds and
    the first command waits. Closing the server at the end frees whatever was still waiting on it.
    """
    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    with _broker_at(f"redis://127.0.0.1:{server.getsockname()[1]}/0"):
        try:
            yield accepted
        finally:
            # Closing the server frees the publishes still waiting on it, before the broker is switched back.
            stop.set()
            thread.join()
            for connection in accepted:
                connection.close()
            server.close()


@contextlib.contextmanager
def _broker_at(url: str):
    from django.conf import settings

    conf = celery_app.conf
    saved = conf.broker_url, conf.broker_write_url, conf.task_always_eager, conf.broker_transport_options
    _wait_for_publish_threads()
    conf.broker_url = conf.broker_write_url = url
    conf.broker_transport_options = settings.REDIS_BROKER_OPTIONS
    conf.task_always_eager = False
    _drop_broker_connections()
    try:
        yield
    finally:
        # A publish still running would otherwise finish setting up its connection pool after the switch,
        # under the old URL, and every later publish would use it.
        _wait_for_publish_threads()
        conf.broker_url, conf.broker_write_url, conf.task_always_eager, conf.broker_transport_options = saved
        _drop_broker_connections()


def _wait_for_publish_threads() -> None:
    """Let publishes still stuck on the closed server finish, so the next test starts with every thread free."""
    from config import queue

    taken = [queue._slots.acquire(timeout=15) for _ in range(queue.PUBLISH_THREADS)]
    assert all(taken), "a publish thread was still stuck 15 s after its broker went away"
    for _ in taken:
        queue._slots.release()


def _drop_broker_connections() -> None:
    """Forget pooled connections and any paused publishing, so the next publish tries the configured URL."""
    from config import queue

    kombu_pools.reset()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    queue.resume()


def _field_values(row, *, leave_out: set[str]) -> dict:
    return {
        field.attname: getattr(row, field.attname)
        for field in row._meta.concrete_fields
        if not field.primary_key and field.name not in leave_out
    }


@pytest.fixture(scope="session")
def _published_library(django_db_setup, django_db_blocker) -> list[tuple[dict, dict]]:
    """The built-in library as `library_sync` publishes it into an empty database: each template's fields and its
    one version's, read once per test database (and rolled back there), for the `library` fixture to write in."""
    with django_db_blocker.unblock(), transaction.atomic():
        library_sync()
        published = [
            (
                _field_values(template, leave_out={"current_version"}),
                _field_values(template.current_version, leave_out={"template"}),
            )
            for template in Template.objects.filter(practice__isnull=True).select_related("current_version")
        ]
        transaction.set_rollback(True)
    return published


@pytest.fixture
def library(db, _published_library):
    """The built-in library, published: the rows `library_sync` writes into an empty database, written in three
    queries instead of publishing each template again."""
    if Template.objects.filter(practice__isnull=True).exists():  # already there: publish what changed, as before
        library_sync()
        return
    now = timezone.now()
    rows = copy.deepcopy(_published_library)  # a test may change a version's items in place
    templates = Template.objects.bulk_create(Template(**fields) for fields, _ in rows)
    versions = TemplateVersion.objects.bulk_create(
        TemplateVersion(template=template, **(fields | {"published_at": now}))
        for template, (_, fields) in zip(templates, rows, strict=True)
    )
    for template, version in zip(templates, versions, strict=True):
        template.current_version = version
    Template.objects.bulk_update(templates, ["current_version"])


@pytest.fixture
def template(library):
    def get(slug: str) -> Template:
        return Template.objects.get(practice__isnull=True, slug=slug)

    return get


@pytest.fixture
def give(clinician, client_profile, template):
    """Give the usual client a built-in template, due tomorrow; returns the (first) assignment."""

    def make(slug: str, **options):
        options.setdefault("due_at", timezone.now() + datetime.timedelta(days=1))
        created = assignment_create(
            clinician_user=options.pop("by", clinician.user),
            client=options.pop("client", client_profile),
            template=template(slug),
            **options,
        )
        return created[0]

    return make


@pytest.fixture
def token_for(client):
    """Sign in through allauth's app API and return the session token."""

    def login(user) -> str:
        response = client.post(
            "/_allauth/app/v1/auth/login", {"email": user.email, "password": PASSWORD}, content_type="application/json"
        )
        assert response.status_code == 200, response.content
        return response.json()["meta"]["session_token"]

    return login


@pytest.fixture
def as_user(client, token_for):
    """An HTTP caller authenticated only by X-Session-Token, as an outside app would be."""

    def make(user):
        token = token_for(user)
        client.logout()

        def call(method: str, path: str, body=None):
            kwargs = {"HTTP_X_SESSION_TOKEN": token}
            if body is not None:
                kwargs |= {"data": body, "content_type": "application/json"}
            return getattr(client, method)(path, **kwargs)

        return call

    return make
