"""No one-time secret, password, code, session id or answer text in a log line, a task's arguments or an
email where it does not belong: a full homework cycle, an invitation, a sign-in with two-factor and a
password reset, every log line captured at DEBUG; gunicorn's access log checked on a real gunicorn."""

import datetime
import io
import logging
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
import time_machine
from celery.signals import task_prerun
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assignments.library import EXAMPLES
from assignments.models import Template
from assignments.services import assignment_create
from clients.models import Client
from config.redaction import REDACTED, RedactSecretsFilter, redact
from tests.accounts.test_two_factor import current_code, give_totp
from tests.config.test_celery_worker import database_url_of_the_test_database, wait_for
from tests.factories import PASSWORD

NEW_PASSWORD = "harbour lights at seven 81"
RESET_PASSWORD = "slow river under the bridge 17"
STORY = "Nobody at the interview wanted me and I am thinking about ending it all"
COMMENT = "Thank you for writing this down, Robin; let us talk about it on Tuesday"


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (
            '"GET /invitations/0b6f1c9e-4f7c-4c7a-9d2e-0a1b2c3d4e5f/9f8e7d6c5b4a39281706f5e4d3c2b1a0/ HTTP/1.1"',
            "9f8e7d6c5b4a",
        ),
        ("Not Found: /accounts/password/reset/key/3-cq4z9k-7c1e2b3a4d5e6f708192a3b4c5d6e7f8/", "cq4z9k-7c1e"),
        ("/accounts/confirm-email/MQ:1tZ9Xk:abcdefghijklmnop/", "abcdefghijklmnop"),
        ("/_allauth/app/v1/auth/password/reset/3-abc123def456", "abc123def456"),
        ("GET /accounts/login/?next=/portal/&token=s3cr3t-t0k3n&x=1", "s3cr3t-t0k3n"),
        ("/api/v1/me?session_key=deadbeefcafe", "deadbeefcafe"),
        ("https://example.org/invitations/0b6f1c9e-4f7c-4c7a-9d2e-0a1b2c3d4e5f/9f8e7d6c5b4a/", "9f8e7d6c5b4a"),
    ],
)
def test_redaction_takes_out_each_kind_of_secret_and_keeps_the_rest(line, secret):
    cleaned = redact(line)

    assert secret not in cleaned and REDACTED in cleaned
    # What comes before the secret's part of the path is kept, for reading the log.
    assert line.split(secret)[0].startswith(cleaned.split(REDACTED)[0]) and len(cleaned.split(REDACTED)[0]) > 5


def test_lines_without_secrets_are_left_alone():
    for line in ("GET /portal/assignments/12/ HTTP/1.1", "/invitations/", "GET /accounts/login/?next=/portal/", ""):
        assert redact(line) == line


def test_every_configured_handler_redacts():
    handlers = [
        handler for handler in logging.getLogger().handlers if not type(handler).__module__.startswith("_pytest")
    ]
    assert handlers and all(any(isinstance(f, RedactSecretsFilter) for f in handler.filters) for handler in handlers)
    server = [h for h in logging.getLogger("django.server").handlers if not type(h).__module__.startswith("_pytest")]
    assert not logging.getLogger("django.server").propagate
    assert server and all(any(isinstance(f, RedactSecretsFilter) for f in h.filters) for h in server)


@pytest.fixture
def every_log_line():
    """Every record of every logger at DEBUG (as with LOG_LEVEL=DEBUG), through the configured handler's filters."""
    [configured] = [
        h for h in logging.getLogger().handlers if any(isinstance(f, RedactSecretsFilter) for f in h.filters)
    ]
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.filters = list(configured.filters)
    root = logging.getLogger()
    saved = root.level
    root.setLevel(logging.DEBUG)  # as LOG_LEVEL=DEBUG would; loggers the settings pin keep their level
    root.addHandler(handler)
    yield buffer
    root.removeHandler(handler)
    root.setLevel(saved)


@pytest.fixture
def traveller():
    """A clock standing still inside one two-factor period (codes are valid for one), moved on by hand."""
    with time_machine.travel(datetime.datetime(2026, 12, 3, 9, 0, 5, tzinfo=datetime.UTC), tick=False) as clock:
        yield clock


@pytest.fixture
def task_arguments():
    seen: list[str] = []

    def record(sender=None, args=None, kwargs=None, **_):
        seen.append(f"{sender.name} {args!r} {kwargs!r}")

    task_prerun.connect(record, weak=False)
    yield seen
    task_prerun.disconnect(record)


@pytest.mark.django_db
def test_a_whole_cycle_writes_no_secret_or_answer_to_any_log_line_task_or_email(
    client, clinician, library, every_log_line, task_arguments, django_capture_on_commit_callbacks, traveller
):
    from django.test import Client as Browser

    secrets: dict[str, str] = {"password": PASSWORD, "new password": NEW_PASSWORD, "reset password": RESET_PASSWORD}
    clinic = Browser()
    totp = give_totp(clinician.user)
    clinician.user.practice.require_mfa = True
    clinician.user.practice.save(update_fields=["require_mfa"])

    # The clinician signs in with a password and a two-factor code.
    clinic.post("/accounts/login/", {"login": clinician.user.email, "password": PASSWORD})
    code = current_code(totp)
    secrets["two-factor code"] = code
    assert clinic.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    secrets["clinician session id"] = clinic.cookies[settings.SESSION_COOKIE_NAME].value

    # An invitation, accepted through its link.
    with django_capture_on_commit_callbacks(execute=True):
        clinic.post(reverse("clinicians:client_invite"), {"display_name": "Robin", "email": "robin@example.test"})
    link = re.search(r"https?://[^/\s]+(/invitations/[^\s]+/)", mail.outbox[-1].body)[1]
    secrets["invitation token"] = link.rstrip("/").rsplit("/", 1)[1]
    assert client.get(link).status_code == 200
    client.post(link, {"email": "robin@example.test", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.get(link)  # used again: answered, and logged, without the token
    # A link with its id mangled (a mail client cut it): a 404, which Django logs with the path.
    assert client.get(re.sub(r"/invitations/[0-9a-f-]{36}/", f"/invitations/{uuid.uuid4()}/", link)).status_code == 404
    client.logout()
    assert client.post("/accounts/login/", {"login": "robin@example.test", "password": NEW_PASSWORD}).status_code == 302
    secrets["client session id"] = client.cookies[settings.SESSION_COOKIE_NAME].value

    # Homework: given, typed a little at a time, submitted (a risky answer: an alert email), commented on.
    robin = Client.objects.get(user__email="robin@example.test")
    [assignment] = assignment_create(
        clinician_user=clinician.user,
        client=robin,
        template=Template.objects.get(practice__isnull=True, slug="validity-analysis"),
        due_at=timezone.now() + timezone.timedelta(days=2),
    )
    portal = reverse("clients:assignment", args=[assignment.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(portal + "autosave/", {"a:self_story": STORY[:30], "version": "0"})
        client.post(portal + "autosave/", {"a:self_story": STORY, "version": "1"})
    # …and sent from the phone app, with its own session token.
    app = Browser()
    client_token = app.post(
        "/_allauth/app/v1/auth/login",
        {"email": "robin@example.test", "password": NEW_PASSWORD},
        content_type="application/json",
    ).json()["meta"]["session_token"]
    secrets["client app token"] = client_token
    with django_capture_on_commit_callbacks(execute=True):
        submitted = app.post(
            f"/api/v1/assignments/{assignment.pk}/submit",
            {"answers": EXAMPLES["validity-analysis"] | {"self_story": STORY}, "version": 2},
            content_type="application/json",
            HTTP_X_SESSION_TOKEN=client_token,
        )
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["risk"] is True  # an alert email went to the clinician
    api_token = clinic.post(
        "/_allauth/app/v1/auth/login",
        {"email": clinician.user.email, "password": PASSWORD},
        content_type="application/json",
    ).json()["meta"]["session_token"]
    secrets["app session token"] = api_token
    traveller.shift(datetime.timedelta(seconds=30))  # a code is used once: the app signs in with the next one
    secrets["second two-factor code"] = current_code(totp)
    with django_capture_on_commit_callbacks(execute=True):
        clinic.post(
            "/_allauth/app/v1/auth/2fa/authenticate", {"code": current_code(totp)}, content_type="application/json",
            HTTP_X_SESSION_TOKEN=api_token,
        )  # fmt: skip
        clinic.get(f"/api/v1/assignments/{assignment.pk}", HTTP_X_SESSION_TOKEN=api_token)
        clinic.post(
            f"/api/v1/assignments/{assignment.pk}/comments", {"body": COMMENT}, content_type="application/json",
            HTTP_X_SESSION_TOKEN=api_token,
        )  # fmt: skip

    # A password reset, from the email's link to the new password.
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "robin@example.test"})
    reset = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/[^\s]+/)", mail.outbox[-1].body)[1]
    secrets["reset key"] = reset.rstrip("/").rsplit("/", 1)[1]
    set_password = client.get(reset)["Location"]
    client.post(set_password, {"password1": RESET_PASSWORD, "password2": RESET_PASSWORD})
    client.get(reset)  # a used key, logged without it
    client.get("/accounts/password/reset/key/9-not-a-real-key/")

    lines = every_log_line.getvalue()
    assert "Not Found: /invitations/" in lines and REDACTED in lines  # the 404 was logged, without the token
    for what, value in secrets.items() | {("answer", STORY), ("answer", STORY[:30]), ("comment", COMMENT)}:
        assert value not in lines, f"a log line carries the {what}"
        assert all(value not in arguments for arguments in task_arguments), f"a task's arguments carry the {what}"
    assert task_arguments, "no task ran: the task check is not working"
    for message in mail.outbox:
        everything = (
            message.subject + message.body + "".join(str(part[0]) for part in getattr(message, "alternatives", []))
        )
        for text in (STORY, STORY[:30], COMMENT, PASSWORD, NEW_PASSWORD, RESET_PASSWORD, code):
            assert text not in everything, f"the email {message.subject!r} carries {text!r}"


# --- gunicorn's access log, on a real gunicorn started as the Procfile starts it ----------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_gunicorns_access_log_carries_no_token_cookie_or_referer_secret(tmp_path, clinician):
    from clients.services import client_invite

    invitation = client_invite(
        clinician_user=clinician.user, email="wren@example.test", display_name="Wren"
    ).user.invitations.get()
    link = reverse("invitation_accept", args=[invitation.pk, invitation.token])
    reset = "/accounts/password/reset/key/3-cq4z9k-7c1e2b3a4d5e6f708192a3b4c5d6e7f8/"
    web = next(
        line for line in (Path(settings.BASE_DIR) / "Procfile").read_text().splitlines() if line.startswith("web:")
    )
    port = _free_port()
    log = tmp_path / "access.log"
    words = [w for w in shlex.split(web.split(":", 1)[1].replace("$PORT", str(port)))]
    words = words[: words.index("--access-logfile")] + words[words.index("--access-logfile") + 2 :]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "DATABASE_URL": database_url_of_the_test_database(),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", *words, "--workers", "1", "--access-logfile", str(log),
         "--access-logformat", '%(h)s "%(r)s" %(s)s "%(f)s" "%({cookie}i)s" "%({x-session-token}i)s" %(U)s %(q)s'],
        cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: _answers(base + "/healthz"), timeout=30)
        session_id = uuid.uuid4().hex
        for path in (link, reset, "/accounts/login/?token=opaque-token-value"):
            _answers(
                base + path,
                headers={
                    "Referer": base + link,
                    "Cookie": f"{settings.SESSION_COOKIE_NAME}={session_id}",
                    "X-Session-Token": "tok-" + session_id,
                },
            )
        wait_for(lambda: log.exists() and log.read_text().count("\n") >= 4, timeout=10)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=20)
    written = log.read_text()
    print(written, output)

    assert invitation.token not in written and "cq4z9k" not in written and "opaque-token-value" not in written
    assert session_id not in written
    assert written.count(REDACTED) >= 6  # the request line, the path and the Referer of each
    assert f"/invitations/{invitation.pk}/{REDACTED}/" in written


def _answers(url: str, headers: dict | None = None) -> bool:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        time.sleep(0.2)
        return False
