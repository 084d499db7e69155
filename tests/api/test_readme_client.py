"""The README's Python client example runs, unchanged but for the address, against a live server."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_example() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    [example] = [b for b in blocks if "import httpx" in b]
    return example


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_readme_client_example_drives_a_whole_cycle(live_server, capsys):
    call_command("seed_demo", force=True, stdout=io.StringIO())
    code = readme_example().replace('BASE = "http://127.0.0.1:8000"', f'BASE = "{live_server.url}"')
    assert code != readme_example()

    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})

    printed = capsys.readouterr().out.splitlines()
    assert "acceptance" in printed[0]
    assert printed[1:] == ["submitted False", "QuestionnaireResponse"]
