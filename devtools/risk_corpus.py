"""The labelled risk corpus, read from a checkout (``tests/assignments/risk_corpus/``), and the training of the
detector's learned layer on its tuning part.

Production never reads the corpus: it loads the model file that ``manage.py train_risk_model`` writes from here
(``assignments/risk/model.py``). The corpus lives with the tests, so these tools work in a checkout only.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from django.conf import settings

from assignments.risk import model
from assignments.risk.text import canonical

CORPUS = Path(settings.BASE_DIR) / "tests" / "assignments" / "risk_corpus"


def tuning_files() -> list[Path]:
    return sorted(CORPUS.glob("tuning*.jsonl"))


def rows(part: str) -> list[dict]:
    """Every labelled row of a part: "tuning" (all its batches), "heldout" or "design_check"."""
    paths = tuning_files() if part == "tuning" else [CORPUS / f"{part}.jsonl"]
    return [json.loads(line) for path in paths for line in path.read_text("utf-8").splitlines() if line.strip()]


def corpus_digest(paths: list[Path] | None = None) -> str:
    """What the shipped model records it was trained on: a test compares it with the corpus as it is now."""
    digest = hashlib.sha256()
    for path in paths if paths is not None else tuning_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def label(row: dict) -> str:
    return row["category"] if row["risky"] else model.SAFE


def canonical_text(text: str) -> str:
    """The text as the model reads it (see ``text.canonical``)."""
    return canonical(text).text


def build(c: float = 4.0):
    """A fresh, untrained pipeline (the one ``train_risk_model`` fits)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
        LogisticRegression(C=c, class_weight="balanced", max_iter=3000),
    )


def fit(training: list[dict], *, threshold: float, figures: dict, digest: str) -> model.Model:
    pipeline = build()
    pipeline.fit([canonical_text(row["text"]) for row in training], [label(row) for row in training])
    return model.Model(pipeline, threshold, digest, figures)


def save(trained: model.Model, path: Path = model.MODEL_PATH) -> None:
    import joblib

    joblib.dump(
        {
            "pipeline": trained.pipeline,
            "threshold": trained.threshold,
            "digest": trained.digest,
            "figures": trained.figures,
        },
        path,
        compress=3,
    )


def sample_answers(pool: list[str], risky: list[str], *, size: int, count: int, seed: int = 2026) -> list[str]:
    """Answers of ``size`` characters made of sentences from ``pool``, with one risky sentence in the middle:
    what the speed benchmark and the speed test read."""
    rng = random.Random(seed)  # noqa: S311 - a repeatable sample, not a secret
    answers = []
    for _ in range(count):
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(pool))
        parts.insert(len(parts) // 2, rng.choice(risky))
        answers.append(" ".join(parts)[:size])
    return answers
