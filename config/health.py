"""Liveness and readiness probes for load balancers and orchestrators."""

import time

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config.celery import app as celery_app
from notifications import heartbeat


@never_cache
@require_GET
def healthz(request):
    """The process is up and serving requests."""
    return JsonResponse({"status": "ok"})


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_broker() -> None:
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


CHECKS = {"database": _check_database, "broker": _check_broker}


@never_cache
@require_GET
def readyz(request):
    """The database and the broker can be reached: 200 when both can, 503 otherwise."""
    results = {}
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            results[name] = {"ok": False, "error": type(error).__name__}
        else:
            results[name] = {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}
    ready = all(result["ok"] for result in results.values())
    body = {"status": "ready" if ready else "not ready", "checks": results, "background": _background()}
    return JsonResponse(body, status=200 if ready else 503)


def _background() -> dict:
    """Worker and beat liveness, for operators: informative only, since the web serves without them
    (the outbox keeps every message until a worker is back)."""
    beat = heartbeat.last()
    return {"last_heartbeat": beat["at"].isoformat() if beat["at"] else None, "alive": beat["alive"]}
