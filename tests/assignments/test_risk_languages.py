"""Risk wording in other languages (``assignments.risk.languages``): every phrase is found as it is typed."""

import pytest

from assignments.risk import find_risk_language, languages
from assignments.risk.lexicon import EXPOSURE, HARM_TO_OTHERS, PASSIVE_WISH, SELF_HARM, SUICIDAL_THOUGHTS
from tests.assignments.risk_helpers import rule_categories


@pytest.mark.parametrize(
    ("category", "phrase"),
    [(category, phrase) for category, phrases in languages.PHRASES.items() for phrase in phrases],
    ids=lambda value: value[:40],
)
def test_every_phrase_survives_the_normaliser_and_is_found_in_its_category(category: str, phrase: str) -> None:
    # Written in canonical words: a phrase the normaliser would "repair" into something else would never match.
    found = {m.category for m in find_risk_language(f"{phrase}.", learned=False)}
    assert category in found


@pytest.mark.parametrize(("word", "read_as"), list(languages.WORDS.items()))
def test_every_single_word_is_read_as_its_english_words(word: str, read_as: tuple[str, ...]) -> None:
    from assignments.risk import normalise

    assert [w.text for w in normalise.words(word)] == list(read_as)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Pienso en el suicidio cada noche desde que se fue.", SUICIDAL_THOUGHTS),
        ("Ya no quiero vivir así.", SUICIDAL_THOUGHTS),
        ("Às vezes penso em me matar.", SUICIDAL_THOUGHTS),
        ("Il m'arrive de vouloir me foutre en l'air.", SUICIDAL_THOUGHTS),
        ("Ich will nicht mehr leben.", SUICIDAL_THOUGHTS),
        ("Myślę o samobójstwie.", SUICIDAL_THOUGHTS),
        ("Quisiera desaparecer para siempre.", PASSIVE_WISH),
        ("J'aimerais être morte, honnêtement.", PASSIVE_WISH),
        ("Wolałbym nie żyć.", PASSIVE_WISH),
        ("Je me suis coupée hier soir.", SELF_HARM),
        ("Me corté otra vez, en el brazo.", SELF_HARM),
        ("Il mio capo, lo ammazzo.", HARM_TO_OTHERS),
        ("Mi tío se suicidó cuando yo tenía diez años.", EXPOSURE),
        ("Mój brat popełnił samobójstwo.", EXPOSURE),
    ],
)
def test_accents_and_elisions_are_typed_as_a_client_would(text: str, category: str) -> None:
    assert category in rule_categories(text)


def test_an_english_entry_with_one_line_in_another_language_is_flagged_for_that_line() -> None:
    text = "Did the worksheet on the breakup. Went for a walk with my sister. Sou um peso pra todo mundo. Bed early."
    matches = find_risk_language(text, learned=False)
    assert [text[start:end] for m in matches for start, end in m.spans] == ["Sou um peso"]


@pytest.mark.parametrize(
    "text",
    [
        "We watched a Spanish film about la vida loca.",
        "My Polish class: dzień dobry, jak się masz?",
        "Mi casa es su casa, said the host.",
        "Je ne regrette rien, as the song goes.",
    ],
)
def test_ordinary_lines_in_other_languages_are_not_flagged(text: str) -> None:
    assert rule_categories(text) == set()


# --- Exit and finishing said in a figure (the second round for tuning batches zb and zc) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Keep thinking about finishing the job we started at work.",
        "One step forward and it goes wrong again with him.",
        "I ordered it weeks ago and nothing is coming.",
        "My ex is having a better time without me, by the look of her photos.",
        "I want to make him disappear from my life: blocked everywhere.",
        "Take my umbrella, you'll need it more than me.",
        "The lesson plan is in my head already.",
        "I felt better after I tried.",
        "We visited grandad's grave, thinking about it still makes me cry.",
        "The sea keeps calling me back to Cornwall every summer.",
        "I threw myself off the high board at the pool and loved it.",
        "My attempt to apologise went badly.",
        "I threw myself into work after the breakup.",
        "Checked out the new cafe, it was great.",
        "It's my countdown to the holidays: nine days.",
        "Looked up how long the life insurance runs for the mortgage.",
    ],
)
def test_the_ordinary_sense_of_an_exit_figure_is_not_flagged(text: str) -> None:
    assert rule_categories(text) == set()


def test_not_going_to_pretend_i_have_not_is_an_admission_but_not_going_to_lie_keeps_a_denial() -> None:
    assert SUICIDAL_THOUGHTS in rule_categories("I'm not going to pretend I haven't thought about doing myself in.")
    assert rule_categories("Not going to lie, I have never thought about killing myself.") == set()


def test_a_have_you_ever_question_answered_yes_in_the_text_is_history() -> None:
    matches = find_risk_language("Q: Have you ever hurt yourself on purpose? A: Yes, as a teenager.", learned=False)
    assert [(m.category, m.level) for m in matches] == [(SELF_HARM, "history")]
