"""Look into the outbox, send what is due now, or send a message again.

python manage.py outbox status [--days 7]
python manage.py outbox relay
python manage.py outbox resend KEY [KEY …]
"""

import json

from django.core.management.base import BaseCommand, CommandError

from notifications.models import Notification
from notifications.selectors import outbox_metrics
from notifications.services import relay, resend


class Command(BaseCommand):
    help = "Inspect the notification outbox, relay it now, or resend messages by key."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        status = sub.add_parser("status", help="Counts by kind and status, oldest pending, latency.")
        status.add_argument("--days", type=int, default=7)
        sub.add_parser("relay", help="Send every message that is due, now.")
        resend = sub.add_parser("resend", help="Queue messages again (sent or failed ones included).")
        resend.add_argument("keys", nargs="+")

    def handle(self, *args, action: str, **options):
        if action == "status":
            self.stdout.write(json.dumps(outbox_metrics(days=options["days"]), indent=2, default=str))
        elif action == "relay":
            self.stdout.write(f"Sent {relay()} message(s).")
        else:
            found = Notification.objects.filter(key__in=options["keys"])
            missing = set(options["keys"]) - set(found.values_list("key", flat=True))
            if missing:
                raise CommandError(f"No message with key {', '.join(sorted(missing))}.")
            count = resend(found)
            self.stdout.write(
                f"Queued {count} message(s) again; the relay sends them within a minute (or run 'outbox relay')."
            )
