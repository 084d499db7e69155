"""The developers' risk-corpus tools: what the speed benchmark reads, and what the model is trained on."""

from devtools import risk_corpus


def test_sample_answers_are_the_size_asked_for_with_one_risky_sentence_in_the_middle() -> None:
    pool, risky = ["An ordinary day at work."], ["RISKY SENTENCE."]

    answers = risk_corpus.sample_answers(pool, risky, size=300, count=3)

    assert len(answers) == 3
    for answer in answers:
        assert len(answer) == 300
        assert answer.count("RISKY SENTENCE.") == 1
        assert 0.3 < answer.index("RISKY") / len(answer) < 0.7
    assert answers == risk_corpus.sample_answers(pool, risky, size=300, count=3)  # repeatable


def test_training_reads_the_tuning_batches_only_and_labels_safe_rows_safe() -> None:
    names = {path.name for path in risk_corpus.tuning_files()}

    assert names and all(name.startswith("tuning") for name in names)
    assert risk_corpus.label({"risky": False, "category": "idiom"}) == "safe"
    assert risk_corpus.label({"risky": True, "category": "self_harm"}) == "self_harm"
