"""Demo data: a practice, its admin, two clinicians, their caseloads and weeks of history. Safe to run again."""

import os
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assignments.library import library_sync
from clients.models import CareTeamMember, Client
from clinicians.models import Clinician
from clinicians.summaries import weekly_summary_create
from devtools.demo import seed_history
from devtools.demo_accounts import DEMO_CLIENTS, DEMO_CLINICIANS, DEMO_CONTACT, report
from practices.models import Practice

REFUSAL = (
    "seed_demo makes accounts that share a known password, in a practice that does not require two-factor "
    "authentication, so it runs only with DEBUG=true (`make run` sets it). To seed this database anyway, "
    "run it again with --force."
)


class Command(BaseCommand):
    help = "Create or refresh the demo practice and its accounts (idempotent). Needs DEBUG=true, or --force."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Seed even with DEBUG off (a throw-away database you trust)."
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        if not (settings.DEBUG or force):
            raise CommandError(REFUSAL)
        password = os.environ.get("DEMO_PASSWORD", "demo-pass-2026")
        with transaction.atomic():
            practice, _ = Practice.objects.update_or_create(
                slug="demo",
                defaults={"name": "Demo Practice", "time_zone": "Europe/London", "require_mfa": False},
            )
            self._user("admin@demo.test", "Priti Shah (admin)", User.Role.ADMIN, practice, password)
            for email, name in DEMO_CLINICIANS:
                user = self._user(email, name, User.Role.CLINICIAN, practice, password)
                clinician, _ = Clinician.objects.get_or_create(user=user, defaults={"time_zone": "Europe/London"})
                for client_email, client_name, tz in DEMO_CLIENTS[email]:
                    client_user = self._user(client_email, client_name, User.Role.CLIENT, practice, password)
                    client, _ = Client.objects.get_or_create(
                        user=client_user, defaults={"time_zone": tz, **DEMO_CONTACT.get(client_email, {})}
                    )
                    CareTeamMember.objects.get_or_create(
                        client=client, clinician=clinician, ended_on=None, defaults={"is_primary": True}
                    )
        library = library_sync()
        history = seed_history()
        self._summaries(practice)
        self.stdout.write(
            f"Library: {len(library)} templates. "
            + ("Demo history created." if history else "Demo history already there; left as it is.")
        )
        report(self.stdout, self.style, password)

    def _summaries(self, practice: Practice) -> None:
        """A summary of the last seven days for each demo clinician, so the dashboard has one to read at once.

        It ends on the hour just gone, where the demo history is richest; after that the beat builds one on
        each clinician's chosen weekday and time as usual.
        """
        end = timezone.now().replace(minute=0, second=0, microsecond=0)
        for clinician in Clinician.objects.filter(user__practice=practice).select_related("user__practice"):
            week_of = end.astimezone(ZoneInfo(clinician.time_zone)).date()
            weekly_summary_create(clinician=clinician, week_of=week_of, period_end=end)

    def _user(self, email: str, name: str, role: str, practice: Practice, password: str) -> User:
        user, created = User.objects.get_or_create(
            email=email, defaults={"display_name": name, "role": role, "practice": practice}
        )
        if not created and (user.role, user.practice_id) != (role, practice.pk):
            user.role, user.practice = role, practice
            user.save(update_fields=["role", "practice"])
        if created or not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        return user
