"""The sign-in backends, loading the signed-in person's practice with them.

Every signed-in request needs the practice (its session limits, two-factor rule, time zone and crisis lines),
so the user and the practice come in one query rather than two. Both backends Django and allauth offer are
kept, each with this one change: a session records which backend signed it in.
"""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend


class _WithPractice:
    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("practice")
        try:
            user = users.get(pk=user_id)
        except users.model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


class ModelBackend(_WithPractice, DjangoModelBackend):
    """Django's backend (the operators' admin signs in through it)."""


class AuthenticationBackend(_WithPractice, AllauthBackend):
    """allauth's backend (sign-in by email, on the web and through the app API)."""
