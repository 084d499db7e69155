from django.core.management.base import BaseCommand

from assignments.library import library_sync


class Command(BaseCommand):
    help = "Publish the built-in exercise library: a new version of each template whose content changed."

    def handle(self, *args, **options) -> None:
        outcome = library_sync()
        for slug, what in sorted(outcome.items()):
            if what != "unchanged" or options["verbosity"] > 1:
                self.stdout.write(f"  {slug}: {what}")
        changed = sum(what != "unchanged" for what in outcome.values())
        self.stdout.write(self.style.SUCCESS(f"Library: {len(outcome)} templates, {changed} published anew."))
