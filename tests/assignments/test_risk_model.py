"""The learned layer (assignments/risk/model.py): what it adds to the rules, how it explains itself, what it leaves."""

import logging

import numpy as np
import pytest

from assignments.library import EXAMPLES
from assignments.risk import detector, find_risk_language, model
from devtools import risk_corpus

READER = model.load()


def _learned(text: str) -> list:
    return [m for m in find_risk_language(text) if m.phrase == "trained model"]


def test_the_shipped_model_was_trained_on_the_tuning_corpus_as_it_is_now():
    # Change a tuning file and this fails until `manage.py train_risk_model` is run and its file committed.
    assert READER is not None
    assert READER.digest == risk_corpus.corpus_digest()
    assert 0.5 <= READER.threshold < 1 and READER.figures["cv_precision"] >= 0.90


def test_the_held_out_parts_are_never_training_material():
    assert all(path.name.startswith("tuning") for path in risk_corpus.tuning_files())
    assert not {p.name for p in risk_corpus.tuning_files()} & {"heldout.jsonl", "design_check.jsonl"}


def test_the_fast_features_and_probabilities_are_the_pipelines_own():
    # The model reads its features by hand (faster than the vectorizer's transform); they must be the same numbers.
    vectorizer, classifier = READER.pipeline.steps[0][1], READER.pipeline.steps[1][1]
    texts = [risk_corpus.canonical_text(row["text"]) for row in risk_corpus.rows("tuning")[::7]] + [
        "",
        "zzz qqq",
        "i want to die",
    ]
    expected = vectorizer.transform(texts)

    readings = READER.read(texts)

    for row, reading in enumerate(readings):
        vector = expected.getrow(row)
        ours = dict(zip(reading.columns.tolist(), reading.values.tolist(), strict=True))
        assert ours.keys() == set(vector.indices.tolist())
        assert np.allclose([ours[c] for c in vector.indices], vector.data)
    probabilities = classifier.predict_proba(expected)
    safe = list(classifier.classes_).index(model.SAFE)
    assert np.allclose([r.confidence for r in readings], 1 - probabilities[:, safe])
    probabilities[:, safe] = -1
    assert [r.category for r in readings] == [str(classifier.classes_[i]) for i in probabilities.argmax(axis=1)]


@pytest.mark.parametrize(
    "text",
    [
        # Wordings written for this test, none of which any rule matches.
        "Part of me is counting down the days till I can stop all this, forever",
    ],
)
def test_the_model_reads_wordings_no_rule_foresaw_and_says_why(text):
    assert not find_risk_language(text, learned=False)  # the rules alone miss it

    [match] = _learned(text)

    assert "trained model" in match.why[0] and "%" in match.why[0]
    assert match.why[1].startswith("the words that weighed most: ")
    assert match.spans and all(0 <= s < e <= len(text) for s, e in match.spans)


@pytest.mark.parametrize("text", ["yes", "no", "not yet", "my sister", "a bit better", "Tuesday", "better"])
def test_short_everyday_answers_are_never_read_as_risk(text):
    assert find_risk_language(text) == []


def test_the_built_in_example_answers_are_almost_never_flagged():
    # Measured: none of the 175 answers in the library files (ordinary homework, never trained on) is
    # flagged. A guard against a model that flags ordinary life.
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, list | dict):
            for item in value.values() if isinstance(value, dict) else value:
                yield from strings(item)

    answers = [text for example in EXAMPLES.values() for text in strings(example)]
    flagged = [m for text in answers for m in find_risk_language(text)]

    assert len(answers) >= 150
    assert flagged == [], [m.excerpt for m in flagged]


@pytest.mark.parametrize(
    "text",
    ["Thanks again for your time. I'd value one pointer on what I could do better.", "I undersell what I've done"],
)
def test_a_text_with_no_word_of_risk_in_it_is_never_raised_by_the_model(text):
    # Both once read as risky on word pairs like "time i": the model may only raise what it can point to.
    doc = detector.canonical(text)

    assert model.findings(doc, [], set(), False) == []


def test_the_model_adds_only_categories_the_rules_left_empty():
    text = "I want to kill myself. Part of me is counting down the days till I can stop all this, forever."

    categories = [m.category for m in find_risk_language(text)]

    assert len(categories) == len(set(categories))


def test_a_denied_or_someone_elses_telling_word_is_read_away():
    for text in ("My brother keeps saying he wants to die.", "I would never hurt myself, I have my kids to think of."):
        assert _learned(text) == []


def test_without_its_file_the_detector_still_reads_with_the_rules(tmp_path, caplog, monkeypatch):
    missing = tmp_path / "nowhere.joblib"
    with caplog.at_level(logging.ERROR):
        assert model.load(missing) is None
    assert "missing" in caplog.text

    monkeypatch.setattr(model, "load", lambda: None)
    assert {m.category for m in find_risk_language("I want to kill myself")} == {"suicidal_thoughts"}
