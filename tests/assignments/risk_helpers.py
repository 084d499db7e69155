"""What the risk detector's tests share: the labelled corpus and small ways of asking the detector."""

import json
from pathlib import Path

from assignments.risk import RiskMatch, find_risk_language

CORPUS = Path(__file__).parent / "risk_corpus"
TUNING_FILES = tuple(path.stem for path in sorted(CORPUS.glob("tuning*.jsonl")))


def corpus(name: str) -> list[dict]:
    path = CORPUS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tuning() -> list[dict]:
    return [row for name in TUNING_FILES if (CORPUS / f"{name}.jsonl").exists() for row in corpus(name)]


def flagged(text: str, *, learned: bool = True) -> bool:
    return bool(find_risk_language(text, learned=learned))


def rules_alone(text: str) -> list[RiskMatch]:
    """The rules' own promise (families, combinations, the wide net), without the trained model."""
    return find_risk_language(text, learned=False)


def scores(rows: list[dict], *, learned: bool = True) -> tuple[float, float]:
    tp = sum(1 for r in rows if r["risky"] and flagged(r["text"], learned=learned))
    fn = sum(1 for r in rows if r["risky"]) - tp
    fp = sum(1 for r in rows if not r["risky"] and flagged(r["text"], learned=learned))
    return tp / (tp + fn), tp / (tp + fp)


def categories(text: str) -> set[str]:
    return {m.category for m in find_risk_language(text)}


def rule_categories(text: str) -> set[str]:
    return {m.category for m in rules_alone(text)}


def levels(text: str) -> list[str]:
    return [m.level for m in find_risk_language(text)]
