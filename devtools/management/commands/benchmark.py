"""Seed a realistic data set and measure the hot paths: time and queries, at two sizes.

    python manage.py benchmark                       # 20,000 assignments, then 200,000
    python manage.py benchmark --sizes 100000 1000000 --report docs/PERFORMANCE.md

Each size is seeded in its own practice (bulk inserts, no services, so that a
million rows take minutes, not hours), measured, and left in place: run it on
a database you can throw away. It refuses any other (see ``not_scratch``)
unless given ``--force``:

    DEBUG=true DATABASE_URL=sqlite:///var/benchmark.sqlite3 python manage.py migrate
    DEBUG=true DATABASE_URL=sqlite:///var/benchmark.sqlite3 python manage.py benchmark

What it reports:

- the reminder sweep (the periodic job that finds what is due) against the
  same selection done as one raw SQL statement, its query count and the
  number of Celery messages it publishes (one relay per batch, never one per row);
- building a weekly summary for a clinician with 40 and with 400 clients;
- a clinician's caseload with 28-day adherence, last activity and open
  alerts, at 40 and at 400 clients;
- one assignment with its template, response and comments; the API's
  assignment list page.
"""

import datetime
import random
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from assignments.library import library_sync
from assignments.models import Assignment, Comment, Response, Template
from assignments.selectors import assignment_for, assignments_for
from clients.models import CareTeamMember, Client
from clients.selectors import caseload_for, with_activity
from clinicians.models import Clinician
from clinicians.summaries import WEEK, build_summary_data
from notifications import reminders
from notifications.models import Notification
from practices.models import Practice

BATCH = 10_000
DUE_SHARE = 0.01  # 1% of assignments fall due in the next day: 10,000 of a million
PREFIX = "bench-"  # every practice the benchmark seeds has a slug starting with this


def not_scratch() -> list[str]:
    """Why this database is not clearly a scratch one; empty when it is.

    A scratch database is one a developer set up for this: DEBUG on, and nothing in it but the built-in
    library and what earlier benchmark runs left (their practices and the users in them). A demo practice,
    a real one, or an operator's account means someone would miss it, or find a million rows beside it.
    """
    reasons = []
    if not settings.DEBUG:
        reasons.append("DEBUG is off")
    practices = list(Practice.objects.exclude(slug__startswith=PREFIX).order_by("slug").values_list("slug", flat=True))
    users = User.objects.filter(Q(practice__isnull=True) | ~Q(practice__slug__startswith=PREFIX)).count()
    if practices or users:
        named = f" ({', '.join(practices[:3])}{', …' if len(practices) > 3 else ''})" if practices else ""
        reasons.append(f"it holds {len(practices)} practice(s){named} and {users} user(s) that no benchmark wrote")
    return reasons


class Command(BaseCommand):
    help = "Seed a realistic data set at two sizes and measure the hot paths (time and queries)."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", nargs=2, type=int, default=[20_000, 200_000], metavar=("SMALL", "LARGE"))
        parser.add_argument("--report", help="Also write the results as Markdown to this file.")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Seed and measure even on a database that is not clearly a scratch one.",
        )

    def handle(self, *args, sizes, report, seed, force=False, **options):
        reasons = [] if force else not_scratch()
        if reasons:
            name = connection.settings_dict["NAME"]
            raise CommandError(
                f"benchmark writes {sum(sizes):,} assignments and their clients into the database DATABASE_URL points "
                f"at ({connection.vendor} {name}) and leaves them there, so it runs only on a scratch database: "
                f"DEBUG on, and nothing in it but the built-in library and earlier benchmark runs. Here "
                f"{' and '.join(reasons)}. Point DATABASE_URL at an empty database (for example "
                "DATABASE_URL=sqlite:///var/benchmark.sqlite3, then manage.py migrate), or pass --force."
            )
        random.seed(seed)
        library_sync()
        results = [self._measure(size) for size in sizes]
        lines = self._table(results)
        for line in lines:
            self.stdout.write(line)
        if report:
            self._write(report, lines, sizes)

    # --- Seeding ---------------------------------------------------------------------

    def _seed(self, size: int) -> dict:
        started = time.monotonic()
        tag = f"{PREFIX}{size}-{int(time.time())}"
        practice = Practice.objects.create(name=f"Benchmark {size:,}", slug=tag, require_mfa=False)
        client_count = max(400, size // 50)  # ~50 assignments per client over their time in care
        with transaction.atomic():
            users = User.objects.bulk_create(
                [
                    User(email=f"c{i}@{tag}.test", display_name=f"Clinician {i}", role="clinician", practice=practice)
                    for i in range(2)
                ]
                + [
                    User(email=f"p{i}@{tag}.test", display_name=f"Client {i}", role="client", practice=practice)
                    for i in range(client_count)
                ],
                batch_size=BATCH,
            )
            clinicians = Clinician.objects.bulk_create([Clinician(user=u) for u in users[:2]])
            # No quiet hours, so that what the sweep queues is sendable now, whatever the time of the run.
            clients = Client.objects.bulk_create(
                [
                    Client(user=u, quiet_hours_start=datetime.time(0), quiet_hours_end=datetime.time(0))
                    for u in users[2:]
                ],
                batch_size=BATCH,
            )
            # Clinician 0 cares for 400 clients; clinician 1 for 40 of them too.
            CareTeamMember.objects.bulk_create(
                [CareTeamMember(client=c, clinician=clinicians[0], is_primary=True) for c in clients[:400]]
                + [CareTeamMember(client=c, clinician=clinicians[1], is_primary=False) for c in clients[:40]],
                batch_size=BATCH,
            )
        versions = list(Template.objects.filter(practice__isnull=True).values_list("current_version_id", flat=True))
        now = timezone.now()
        due_count = int(size * DUE_SHARE)
        created = 0
        while created < size:
            rows = []
            for n in range(created, min(size, created + BATCH)):
                if n < due_count:  # due within the next day, still open
                    due = now + datetime.timedelta(minutes=random.randint(30, 24 * 60))
                    status = "assigned"
                else:  # history: done, reviewed, or cancelled
                    due = now - datetime.timedelta(days=random.randint(2, 720), minutes=random.randint(0, 1440))
                    status = random.choice(("reviewed", "reviewed", "submitted", "cancelled"))
                rows.append(
                    Assignment(
                        client=clients[n % len(clients)],
                        template_version_id=versions[n % len(versions)],
                        assigned_by=clinicians[0],
                        due_at=due,
                        status=status,
                        created_at=due - datetime.timedelta(days=3),
                    )
                )
            with transaction.atomic():
                made = Assignment.objects.bulk_create(rows, batch_size=BATCH)
                Response.objects.bulk_create(
                    [
                        Response(assignment=a, answers={"what_happened": "…"}, version=2, submitted_at=a.due_at)
                        for a in made
                        if a.status != "assigned"
                    ],
                    batch_size=BATCH,
                )
            created += len(rows)
        sample = Assignment.objects.filter(client=clients[0]).order_by("-due_at").first()
        Comment.objects.bulk_create(
            [Comment(assignment=sample, author=users[0], body=f"Comment {i}") for i in range(30)]
        )
        if connection.vendor == "postgresql":  # fresh statistics, as autovacuum would give a live database
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return {
            "practice": practice,
            "clinicians": clinicians,
            "clients": clients,
            "sample": sample,
            "due": due_count,
            "seconds": time.monotonic() - started,
        }

    # --- Measuring -------------------------------------------------------------------

    def _time(self, fn, repeat: int = 3) -> tuple[float, int, object]:
        """Median wall time in ms over ``repeat`` runs, and the queries of one run."""
        times, result, queries = [], None, 0
        for attempt in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                result = fn()
                times.append((time.perf_counter() - started) * 1000)
            queries = len(captured.captured_queries) if attempt == 0 else queries
        return statistics.median(times), queries, result

    def _measure(self, size: int) -> dict:
        self.stdout.write(f"Seeding {size:,} assignments…")
        data = self._seed(size)
        self.stdout.write(f"  seeded in {data['seconds']:.1f} s")
        big, small = (User.objects.get(pk=c.user_id) for c in data["clinicians"])

        def sweep():
            with transaction.atomic():
                queued = reminders.sweep()
                # What would be published on commit: one message per callback.
                messages = len(connection.run_on_commit)
                transaction.set_rollback(True)  # measure the same work each run
            return queued, messages

        def raw_selection():
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT a.id, a.due_at, a.client_id FROM assignments_assignment a "
                    "JOIN clients_client c ON c.id = a.client_id "
                    "WHERE a.status IN ('assigned', 'in_progress', 'revision_requested') "
                    "AND NOT c.reminders_opt_out AND a.due_at > %s AND a.due_at <= %s",
                    [timezone.now() - reminders.OVERDUE_WINDOW, timezone.now() + reminders.LOOKAHEAD],
                )
                return len(cursor.fetchall())

        sweep_ms, sweep_queries, (queued, messages) = self._time(sweep, repeat=1)
        raw_ms, _, selected = self._time(raw_selection)
        caseload = {}
        for label, user in (("40 clients", small), ("400 clients", big)):
            caseload[label] = self._time(lambda u=user: len(list(with_activity(caseload_for(user=u), user=u))))[:2]
        summary = {}
        now = timezone.now()
        for label, clinician in (("40 clients", data["clinicians"][1]), ("400 clients", data["clinicians"][0])):
            summary[label] = self._time(
                lambda c=clinician: build_summary_data(clinician=c, period_start=now - WEEK, period_end=now)
            )[:2]
        detail_ms, detail_queries, _ = self._time(
            lambda: [c.body for c in assignment_for(user=big, pk=data["sample"].pk).comment_list]
        )
        page_ms, page_queries, _ = self._time(lambda: list(assignments_for(user=big)[:50]))
        Notification.objects.filter(recipient__practice=data["practice"]).delete()
        return {
            "size": size,
            "due": data["due"],
            "seeded_s": data["seconds"],
            "sweep": (sweep_ms, sweep_queries, queued),
            "messages": messages,
            "summary": summary,
            "raw": (raw_ms, selected),
            "caseload": caseload,
            "detail": (detail_ms, detail_queries),
            "page": (page_ms, page_queries),
        }

    def _table(self, results: list[dict]) -> list[str]:
        small, large = results
        lines = [
            f"| measurement | {small['size']:,} assignments | {large['size']:,} assignments |",
            "| --- | --- | --- |",
            f"| rows due in the next day | {small['due']:,} | {large['due']:,} |",
            f"| seeding | {small['seeded_s']:.1f} s | {large['seeded_s']:.1f} s |",
        ]
        for r in results:
            r["sweep_line"] = f"{r['sweep'][0]:.0f} ms, {r['sweep'][1]} queries, {r['sweep'][2]:,} reminders queued"
            r["raw_line"] = f"{r['raw'][0]:.1f} ms ({r['raw'][1]:,} rows)"
            r["ratio"] = r["sweep"][0] / r["raw"][0] if r["raw"][0] else float("nan")
        lines += [
            f"| reminder sweep (selection, reminders written to the outbox) | {small['sweep_line']} | {large['sweep_line']} |",
            f"| the same selection as one raw SQL statement | {small['raw_line']} | {large['raw_line']} |",
            f"| sweep ÷ raw selection | {small['ratio']:.0f}× | {large['ratio']:.0f}× |",
            f"| Celery messages the sweep publishes | {small['messages']:,} | {large['messages']:,} |",
        ]
        for label in ("40 clients", "400 clients"):
            a, b = small["summary"][label], large["summary"][label]
            lines.append(
                f"| weekly summary build ({label}) | {a[0]:.1f} ms, {a[1]} queries | {b[0]:.1f} ms, {b[1]} queries |"
            )
        for label in ("40 clients", "400 clients"):
            a, b = small["caseload"][label], large["caseload"][label]
            lines.append(
                f"| caseload with adherence, activity, alerts ({label}) | {a[0]:.1f} ms, {a[1]} queries | {b[0]:.1f} ms, {b[1]} queries |"
            )
        lines += [
            f"| one assignment with template, response, 30 comments | {small['detail'][0]:.1f} ms, {small['detail'][1]} queries | {large['detail'][0]:.1f} ms, {large['detail'][1]} queries |",
            f"| first page (50) of a clinician's assignments | {small['page'][0]:.1f} ms, {small['page'][1]} queries | {large['page'][0]:.1f} ms, {large['page'][1]} queries |",
        ]
        return lines

    def _write(self, path: str, lines: list[str], sizes: list[int]) -> None:
        from pathlib import Path

        vendor = connection.vendor
        header = [
            "# Performance",
            "",
            f"Measured with `python manage.py benchmark --sizes {sizes[0]} {sizes[1]}` on {vendor}, on the",
            "2-core development machine. Times are medians of three runs (the sweep: one run,",
            "rolled back). Query counts are exact and are what the tests assert stays constant.",
            "",
        ]
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text("\n".join([*header, *lines, ""]), encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {path}"))
