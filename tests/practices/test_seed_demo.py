import pytest
from django.core.management import call_command

from accounts.models import User
from clients.models import CareTeamMember, Client

pytestmark = pytest.mark.django_db


def counts():
    return User.objects.count(), Client.objects.count(), CareTeamMember.objects.count()


def test_seed_demo_creates_the_demo_practice_and_is_idempotent(client, capsys, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-pass")
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")

    assert counts() == first == (9, 6, 6)
    clinician = User.objects.get(email="clinician@demo.test")
    assert set(Client.objects.visible_to(clinician).values_list("user__email", flat=True)) == {
        "client@demo.test", "sam@demo.test", "jordan@demo.test", "priya@demo.test", "mateo@demo.test",
    }  # fmt: skip
    clinician2 = User.objects.get(email="clinician2@demo.test")
    assert list(Client.objects.visible_to(clinician2).values_list("user__email", flat=True)) == ["client2@demo.test"]
    assert User.objects.get(email="admin@demo.test").role == "admin"
    assert not clinician.practice.require_mfa
    out = capsys.readouterr().out
    assert "clinician@demo.test" in out and "http://" in out

    response = client.post("/accounts/login/", {"login": "clinician@demo.test", "password": "another-demo-pass"})
    assert response.status_code == 302
    assert client.get("/clinician/").status_code == 200
