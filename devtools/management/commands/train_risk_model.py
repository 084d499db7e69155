"""Train the risk detector's learned layer on the tuning corpus and write assignments/risk/risk_model.joblib.

The threshold is chosen by five-fold cross-validation on the tuning corpus
alone (the held-out parts are never read here): the lowest one at which the
model alone keeps a cross-validated precision of at least ``PRECISION_FLOOR``,
so that it flags as much as it can while most of what it adds is worth a
clinician's time (the product's precision target is 0.85; the margin is for
text unlike the corpus).
"""

from django.core.management.base import BaseCommand

from assignments.risk import model
from devtools import risk_corpus

PRECISION_FLOOR = 0.90


def choose_threshold(rows: list[dict], *, folds: int = 5, seed: int = 7) -> tuple[float, dict]:
    from sklearn.model_selection import StratifiedKFold

    labels = [risk_corpus.label(row) for row in rows]
    risky = [row["risky"] for row in rows]
    out_of_fold = [0.0] * len(rows)
    split = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in split.split(rows, labels):
        fitted = risk_corpus.fit([rows[i] for i in train], threshold=1.0, figures={}, digest="")
        texts = [risk_corpus.canonical_text(rows[i]["text"]) for i in test]
        for i, reading in zip(test, fitted.read(texts), strict=True):
            out_of_fold[i] = reading.confidence
    chosen = None
    for step in range(20, 96):
        threshold = step / 100
        tp = sum(1 for p, r in zip(out_of_fold, risky, strict=True) if r and p >= threshold)
        fp = sum(1 for p, r in zip(out_of_fold, risky, strict=True) if not r and p >= threshold)
        fn = sum(1 for p, r in zip(out_of_fold, risky, strict=True) if r and p < threshold)
        recall, precision = tp / max(tp + fn, 1), tp / max(tp + fp, 1)
        if precision >= PRECISION_FLOOR:
            chosen = (threshold, {"cv_recall": round(recall, 3), "cv_precision": round(precision, 3)})
            break
    if chosen is None:
        raise RuntimeError(f"No threshold reaches a cross-validated precision of {PRECISION_FLOOR}.")
    threshold, figures = chosen
    return threshold, figures | {"sentences": len(rows), "folds": folds}


class Command(BaseCommand):
    help = "Train the risk detector's learned layer on the tuning corpus (never the held-out parts)."

    def handle(self, *args, **options):
        rows = risk_corpus.rows("tuning")
        threshold, figures = choose_threshold(rows)
        trained = risk_corpus.fit(rows, threshold=threshold, figures=figures, digest=risk_corpus.corpus_digest())
        risk_corpus.save(trained)
        self.stdout.write(
            f"Trained on {len(rows)} tuning sentences; threshold {threshold:.2f} "
            f"(cross-validated recall {figures['cv_recall']:.3f}, precision {figures['cv_precision']:.3f}) "
            f"-> {model.MODEL_PATH}"
        )
