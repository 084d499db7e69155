"""Who may do what to an assignment, checked by every write in this package; and the row lock they take."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from accounts.models import User
from assignments.models import Assignment


def locked(assignment: Assignment) -> Assignment:
    """Re-read the assignment under a row lock, so saves to one assignment queue up.

    Only the assignment's row is locked (``of``): its template version, client and user are read with it but
    stay free, so clients answering the same questionnaire, or one client answering two, never wait for each
    other. Its response comes with it: every write to a response takes this lock first.
    """
    return (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("template_version", "client__user", "response")
        .get(pk=assignment.pk)
    )


def require_own(assignment: Assignment, user: User) -> None:
    if not (user.is_authenticated and user.is_client and assignment.client.user_id == user.pk):
        raise PermissionDenied("Only the client can answer their own assignment.")


def _require_in_session(assignment: Assignment, user: User) -> None:
    """A clinician on the client's current care team, filling the assignment in with the client in the room."""
    if not (user.is_authenticated and user.is_active and user.is_clinician):
        raise PermissionDenied("Only a clinician caring for this client can fill this in with them.")
    if not Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists():
        raise PermissionDenied("Only a clinician caring for this client can fill this in with them.")


def require_answerer(assignment: Assignment, user: User, *, in_session: bool) -> None:
    """Who may write answers: the client, or (in session) one of their current clinicians."""
    if in_session:
        _require_in_session(assignment, user)
    else:
        require_own(assignment, user)


def require_clinician_of(assignment: Assignment, user: User) -> None:
    if not (user.is_authenticated and Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists()):
        raise PermissionDenied("Only the client's clinicians can do this.")
    if not user.is_clinician:
        raise PermissionDenied("Only the client's clinicians can do this.")


def require_party(assignment: Assignment, user: User) -> None:
    if not Assignment.objects.visible_to(user).filter(pk=assignment.pk).exists():
        raise PermissionDenied("Only the client and their clinicians can do this.")
