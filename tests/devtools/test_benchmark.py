"""benchmark seeds a very large data set wherever DATABASE_URL points: only into a clearly scratch database."""

import io

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from assignments.models import Assignment
from practices.models import Practice
from tests.factories import PracticeFactory, UserFactory

pytestmark = pytest.mark.django_db

SMALLEST = ["--sizes", "1", "2"]  # still 400 clients a size: what the caseload measurements need


def benchmark(*args) -> str:
    out = io.StringIO()
    call_command("benchmark", *SMALLEST, *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def debug(settings):
    settings.DEBUG = True


def test_it_refuses_without_debug_even_on_an_empty_database(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG is off") as refused:
        benchmark()

    assert "--force" in str(refused.value)
    assert not Practice.objects.exists() and not Assignment.objects.exists()


def test_it_refuses_a_database_that_holds_a_practice_no_benchmark_wrote(debug):
    UserFactory(practice=PracticeFactory(slug="demo"), email="clinician@demo.test", role="clinician")

    with pytest.raises(CommandError, match=r"1 practice\(s\) \(demo\) and 1 user\(s\) that no benchmark wrote"):
        benchmark()

    assert list(Practice.objects.values_list("slug", flat=True)) == ["demo"]
    assert not Assignment.objects.exists()


def test_an_operators_account_alone_is_enough_to_refuse(debug):
    User.objects.create_user(email="operator@example.test", display_name="Op", role="admin", is_staff=True)

    with pytest.raises(CommandError, match=r"0 practice\(s\) and 1 user\(s\) that no benchmark wrote"):
        benchmark()


def test_it_runs_on_a_database_holding_only_what_an_earlier_run_left(debug):
    UserFactory(practice=PracticeFactory(slug="bench-1-1700000000"), email="c0@bench-1-1700000000.test")

    out = benchmark()

    assert "| reminder sweep" in out and "| weekly summary build (400 clients)" in out
    assert Practice.objects.filter(slug__startswith="bench-").count() == 3
    assert Assignment.objects.count() == 3


def test_force_runs_it_anyway(settings):
    settings.DEBUG = False
    PracticeFactory(slug="demo")

    out = benchmark("--force")

    assert "| reminder sweep" in out
    assert Practice.objects.filter(slug__startswith="bench-").count() == 2
