"""Measure the risk detector: speed per answer, and recall and precision on the labelled corpus.

    python manage.py benchmark_risk                 # speed, and the corpus figures per category
    python manage.py benchmark_risk --answers 500   # more answers per mix

Speed is the time to read one answer of ``--size`` characters (2,000 by
default), on one core (the process is pinned to one CPU where the system
allows), after a warm-up, for three kinds of answer built from the corpus:
ordinary rejection-recovery writing with one risky sentence in the middle;
tempting writing (idioms and ordinary uses of the same words) with one risky
sentence; and nothing but risky sentences, the worst case.

The corpus figures are what docs/SAFETY.md reports: recall per risky
category and the share of each safe category left unflagged, for the tuning
part, the held-out part and the design check (``tests/assignments/risk_corpus/``),
for the whole detector and for the rules alone (without the trained model).
"""

import os
import statistics
import time
from collections import defaultdict

from django.core.management.base import BaseCommand

from assignments.risk import find_risk_language
from devtools.risk_corpus import CORPUS, rows, sample_answers


class Command(BaseCommand):
    help = "Time the risk detector on 2,000-character answers and report recall and precision on the corpus."

    def add_arguments(self, parser):
        parser.add_argument("--answers", type=int, default=200, help="answers per mix (default 200)")
        parser.add_argument("--size", type=int, default=2000, help="characters per answer (default 2000)")

    def handle(self, *args, answers: int, size: int, **options):
        if not CORPUS.exists():
            self.stderr.write(f"The corpus is not here: {CORPUS}. Run this from a checkout of the repository.")
            return
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        tuning, heldout = rows("tuning"), rows("heldout")
        self._speed(tuning, answers, size)
        self._scores("Tuning", tuning)
        self._scores("Held out", heldout)
        self._scores("Held out, rules alone", heldout, learned=False)
        design = rows("design_check")
        self._scores("Design check", design)
        self._scores("Design check, rules alone", design, learned=False)

    def _speed(self, tuning: list[dict], count: int, size: int) -> None:
        risky = [r["text"] for r in tuning if r["risky"]]
        mixes = {
            "ordinary writing, one risky sentence": [r["text"] for r in tuning if r["category"] == "distress"],
            "tempting writing (idioms, ordinary senses), one risky sentence": [
                r["text"] for r in tuning if not r["risky"]
            ],
            "only risky sentences (worst case)": risky,
        }
        self.stdout.write(f"\nSpeed: one answer of {size:,} characters, one core\n")
        # CPU time of this thread is what one core spends on the answer; wall time also counts waiting for the
        # core when other work shares the machine.
        self.stdout.write(
            "| answers made of | CPU median | CPU 90th percentile | wall median | wall 90th percentile |\n"
            "| --- | --- | --- | --- | --- |"
        )
        runs = [
            (learned, seed, label, pool)
            for learned in (True, False)
            for seed, (label, pool) in enumerate(mixes.items(), start=2026)
        ]
        for learned, seed, label, pool in runs:
            texts = sample_answers(pool, risky, size=size, count=count, seed=seed)
            for text in texts[:20]:  # warm-up: word caches, compiled patterns
                find_risk_language(text, learned=learned)
            timings, cpu = [], []
            for text in texts:
                started, started_cpu = time.perf_counter(), time.thread_time()
                find_risk_language(text, learned=learned)
                cpu.append((time.thread_time() - started_cpu) * 1000)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            cpu.sort()
            p90 = int(len(timings) * 0.9) - 1
            self.stdout.write(
                f"| {label}{'' if learned else ', rules alone'} | {statistics.median(cpu):.1f} ms | {cpu[p90]:.1f} ms"
                f" | {statistics.median(timings):.1f} ms | {timings[p90]:.1f} ms |"
            )

    def _scores(self, title: str, rows: list[dict], *, learned: bool = True) -> None:
        by_category: dict[tuple[bool, str], list[int]] = defaultdict(lambda: [0, 0])
        tp = fp = fn = 0
        for row in rows:
            flagged = bool(find_risk_language(row["text"], learned=learned))
            tally = by_category[(row["risky"], row["category"])]
            tally[0 if flagged == row["risky"] else 1] += 1
            tp += row["risky"] and flagged
            fn += row["risky"] and not flagged
            fp += not row["risky"] and flagged
        recall, precision = tp / (tp + fn), tp / (tp + fp)
        self.stdout.write(f"\n{title}: {len(rows)} sentences, recall {recall:.3f}, precision {precision:.3f}\n")
        self.stdout.write("| category | sentences | flagged as they should be |\n| --- | --- | --- |")
        for (risky, category), (right, wrong) in sorted(by_category.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
            kind = "risky" if risky else "safe"
            share = right / (right + wrong)
            self.stdout.write(f"| {kind}: {category} | {right + wrong} | {share:.3f} |")
