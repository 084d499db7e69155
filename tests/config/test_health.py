import pytest


def test_healthz_answers_while_the_process_is_up(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_reports_the_database_and_broker_reachable(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] and body["checks"]["broker"]["ok"]


@pytest.mark.django_db
def test_readyz_reports_a_dead_broker_as_not_ready(client, dead_broker):
    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not ready"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["broker"]["ok"] is False


@pytest.mark.django_db
def test_readyz_reports_the_heartbeat_the_heartbeat_task_recorded(client):
    from notifications.tasks import heartbeat

    written = heartbeat()

    background = client.get("/readyz").json()["background"]
    assert background == {"last_heartbeat": written, "alive": True}


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["not a date", "2026-12-02T10:00:00"])
def test_readyz_reads_an_odd_heartbeat_without_failing(client, value):
    """A value the web cannot read is reported as no heartbeat; one without a time zone is read as UTC."""
    from django.core.cache import cache

    from notifications.heartbeat import KEY

    cache.set(KEY, value)

    response = client.get("/readyz")

    assert response.status_code == 200
    background = response.json()["background"]
    assert background["alive"] is False
    expected = None if value == "not a date" else "2026-12-02T10:00:00+00:00"
    assert background["last_heartbeat"] == expected
