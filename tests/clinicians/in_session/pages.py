"""What the in-session tests share: the pages' addresses, form data as the shared screen posts it, and what was
stored and by whom."""

from django.urls import reverse

from assignments.models import Assignment, ResponseRevision

S = Assignment.Status
START = {"a:what_happened": "She said no on Sunday.", "a:intensity": "7"}


def url(name, assignment) -> str:
    return reverse(f"clinicians:{name}", args=[assignment.pk])


def form_data(answers: dict, version: int, action: str = "save") -> dict:
    data = {"version": str(version), "action": action}
    for key, value in answers.items():
        data[f"a:{key}"] = [str(v) for v in value] if isinstance(value, list) else str(value)
    return data


def stored(assignment):
    assignment.refresh_from_db()
    return assignment.response.answers, assignment.response.version


def authors(assignment) -> list[tuple[str, int]]:
    return list(
        ResponseRevision.objects.filter(response__assignment=assignment)
        .order_by("number")
        .values_list("kind", "author_id")
    )
