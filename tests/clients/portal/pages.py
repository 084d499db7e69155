"""What the portal tests share: an exercise's addresses, form data as a browser posts it, and what was stored."""

from django.urls import reverse

VALIDITY_START = {"a:rejection_kind": "work", "a:reason_status": "stated", "a:reason_stated": "Not enough exampl"}


def url(name, assignment, **query):
    path = reverse(f"clients:{name}", args=[assignment.pk])
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def form_data(answers: dict, version: int, action: str = "save") -> dict:
    data = {"version": str(version), "action": action}
    for key, value in answers.items():
        if isinstance(value, list):
            data[f"a:{key}"] = [str(v) for v in value]
        else:
            data[f"a:{key}"] = "true" if value is True else "false" if value is False else str(value)
    return data


def stored(assignment):
    assignment.refresh_from_db()
    return assignment.response.answers, assignment.response.version
