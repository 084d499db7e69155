"""The free-text risk-language detector: what it flags, what it leaves alone, and that it never fails."""

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assignments.risk import (
    CATEGORIES,
    EXCERPT_MAX_CHARS,
    HOPELESSNESS_WITH_INTENT,
    PLAN_OR_MEANS,
    RISK_PHRASES,
    SELF_HARM,
    SUICIDE,
    RiskMatch,
    find_risk_language,
)

# (what a client might write, the phrase that must be among the matches, its category)
TRUE_POSITIVES = [
    ("Since she left I sometimes want to kill myself.", "kill myself", SUICIDE),
    ("KILL MYSELF. That's all I can think about.", "kill myself", SUICIDE),
    ("i want to kill my self", "kill myself", SUICIDE),
    ("I'm going to kill meself, honestly.", "kill myself", SUICIDE),
    ("honestly i just wanna kms", "kms (kill myself)", SUICIDE),
    ("Some nights I think about unaliving myself.", "unalive or sewerslide", SUICIDE),
    ("I’ve been feeling really suicidal since the breakup.", "suicide or suicidal", SUICIDE),
    ("i keep having sucidal thoughts", "suicide or suicidal", SUICIDE),
    ("I just want to die.", "want to die", SUICIDE),
    ("i wanna die lol", "want to die", SUICIDE),
    ("I wish I was dead.", "wish I was dead", SUICIDE),
    ("I'd be better off dead.", "better off dead", SUICIDE),
    ("I'm going to end it all.", "end it all", SUICIDE),
    ("I've thought about taking my own life.", "end my life or take my own life", SUICIDE),
    ("I've been thinking about ending my life.", "end my life or take my own life", SUICIDE),
    ("If he doesn't call I'll top myself.", "top myself, off myself, do myself in (slang)", SUICIDE),
    ("I cut myself again last night.", "cut myself", SELF_HARM),
    ("I've been cutting my arms where nobody can see.", "cut my arms, legs or wrists", SELF_HARM),
    ("I've started cutting again.", "cutting again or urge to cut", SELF_HARM),
    ("I want to hurt myself.", "hurt or harm myself", SELF_HARM),
    ("I’ve been self-harming again.", "self-harm", SELF_HARM),
    ("I burnt myself with a lighter on purpose.", "burn myself", SELF_HARM),
    ("I could just take all my pills tonight.", "take all my pills", PLAN_OR_MEANS),
    ("I took a handful of my sleeping pills.", "take all my pills", PLAN_OR_MEANS),
    ("I've been stockpiling paracetamol.", "stockpile pills", PLAN_OR_MEANS),
    ("I keep thinking about an overdose.", "overdose", PLAN_OR_MEANS),
    ("Thinking about jumping off the bridge on my way home.", "jump off a bridge or building", PLAN_OR_MEANS),
    ("Part of me wants to step in front of a train.", "in front of a train or into traffic", PLAN_OR_MEANS),
    ("I keep thinking about hanging myself.", "hang myself or noose", PLAN_OR_MEANS),
    ("I want to slit my wrists.", "slit my wrists or throat", PLAN_OR_MEANS),
    ("I looked up how many tablets it would take.", "researching a method", PLAN_OR_MEANS),
    ("I wrote a goodbye letter to my mum and dad.", "goodbye or suicide note", PLAN_OR_MEANS),
    ("I've started giving away my things.", "giving things away or putting affairs in order", PLAN_OR_MEANS),
    ("I don’t want to be here anymore.", "don't want to be here anymore", HOPELESSNESS_WITH_INTENT),
    ("I don't want to be here.", "don't want to be here anymore", HOPELESSNESS_WITH_INTENT),
    ("Honestly I don't want to live anymore", "don't want to live or exist", HOPELESSNESS_WITH_INTENT),
    ("Everyone would be better off without me.", "better off without me", HOPELESSNESS_WITH_INTENT),
    ("There's no reason to live now that she's gone.", "no reason to live", HOPELESSNESS_WITH_INTENT),
    ("I hope I don't wake up tomorrow.", "not wake up", HOPELESSNESS_WITH_INTENT),
    ("I wish I could go to sleep and never wake up.", "not wake up", HOPELESSNESS_WITH_INTENT),
    ("I'm such a burden to everyone.", "I'm a burden", HOPELESSNESS_WITH_INTENT),
    ("Life isn't worth living without him.", "life isn't worth living", HOPELESSNESS_WITH_INTENT),
    ("I can't go on anymore.", "can't go on", HOPELESSNESS_WITH_INTENT),
    ("I can't go on…", "can't go on", HOPELESSNESS_WITH_INTENT),
    ("I'm so tired of living.", "tired of living", HOPELESSNESS_WITH_INTENT),
    ("I just want the pain to stop.", "want it all to end", HOPELESSNESS_WITH_INTENT),
    ("Nobody would even notice if I was gone.", "no one would miss me", HOPELESSNESS_WITH_INTENT),
    ("Sometimes I wish I’d never been born.", "disappear forever or stop existing", HOPELESSNESS_WITH_INTENT),
    ("I've been cutting for years and nobody knows.", "cutting again or urge to cut", SELF_HARM),
    ("I've been sh-ing again.", "self-harm", SELF_HARM),
    ("Last year I took 20 pills.", "take all my pills", PLAN_OR_MEANS),
    ("I keep thinking about driving my car off the road.", "drive into a wall", PLAN_OR_MEANS),
    ("I wish I could just not exist.", "disappear forever or stop existing", HOPELESSNESS_WITH_INTENT),
    # Wording about oneself that is plausibly literal is flagged even when often meant loosely.
    ("I'm so embarrassed I want to die.", "want to die", SUICIDE),
    ("I've been killing myself at work to forget her.", "kill myself", SUICIDE),
    ("He's better off without me.", "better off without me", HOPELESSNESS_WITH_INTENT),
    # Negated explicit wording is still flagged, on purpose (see the module docstring).
    ("I would never hurt myself, I just feel numb.", "hurt or harm myself", SELF_HARM),
    ("I'm not suicidal, but I think about dying a lot.", "suicide or suicidal", SUICIDE),
]

# Everyday wording, much of it from rejection-recovery journals, that must raise nothing.
TRUE_NEGATIVES = [
    "I absolutely killed it in the interview today!",
    "This traffic is killing me.",
    "My feet are killing me after that walk.",
    "The suspense of waiting for his reply is killing me.",
    "I'm dying to see her again.",
    "I was dead tired after work.",
    "I could die of embarrassment after what I said.",
    "I wanted to die of embarrassment when he saw my message.",
    "I was bored to death at the wedding.",
    "I need to cut the cord and stop checking his Instagram.",
    "I cut ties with him last week.",
    "I'm trying to cut back on coffee.",
    "I cut myself some slack today.",
    "I've cut myself off from our mutual friends for now.",
    "My phone battery died halfway through the date.",
    "That was a killer workout.",
    "She was drop-dead gorgeous.",
    "The deadline for the report is Friday.",
    "We watched Suicide Squad last night.",
    "I burned myself out at work this month.",
    "I shot myself in the foot by double-texting.",
    "I keep beating myself up about what I said.",
    "I'm drowning myself in work to avoid thinking about her.",
    "I'm taking my life back, one day at a time.",
    "I was killing myself laughing at her texts.",
    "kmsl that meme is so accurate",
    "I ran 5 kms this morning and felt better.",
    "I don't want to be here at this party, I thought.",
    "I don't want to live with my parents again.",
    "I'm scared I'll die alone.",
    "I don't want to die alone.",
    "I'd rather die than text him first.",
    "I hope I don't wake up my flatmate when I get in.",
    "I'm done with dating apps for a while.",
    "I took my pills this morning like the doctor said.",
    "How many tablets should I take for a migraine?",
    "I wrote a goodbye letter to my ex, like my therapist suggested.",
    "I can't go on like this with him.",
    "I want my life to be different next year.",
    "I overdosed on caffeine before my exam.",
    "He jumped off the bus at the wrong stop.",
    "I walked out of the building without looking back.",
    "I could kill him for ghosting me.",
    "Ugh, kill me now.",
    "I started cutting back on sugar.",
    "At the end of it all, I'm glad we met.",
    "I'm giving away my old clothes to charity.",
    "I need to take the pressure off myself.",
    "I was dead tired and the deadline was killing me.",
    "I hurt my back at the gym.",
    "Texting him again would be career suicide.",
    "I took 2 pills for my headache.",
    "I cut myself shaving this morning.",
    "We sat in the garden shed and talked.",
    "I'm going to die if he doesn't text back.",
    "I can't live without him.",
]


@pytest.mark.parametrize(("text", "phrase", "category"), TRUE_POSITIVES)
def test_risky_wording_is_flagged_with_its_phrase_and_category(text: str, phrase: str, category: str) -> None:
    assert (category, phrase) in {(m.category, m.phrase) for m in find_risk_language(text)}


@pytest.mark.parametrize("text", TRUE_NEGATIVES)
def test_everyday_idioms_and_journal_wording_are_not_flagged(text: str) -> None:
    assert find_risk_language(text) == []


@pytest.mark.parametrize("entry", RISK_PHRASES, ids=lambda entry: entry.name)
def test_every_phrase_in_the_list_matches_its_own_example(entry) -> None:
    found = find_risk_language(entry.example)

    assert (entry.category, entry.name) in {(m.category, m.phrase) for m in found}


def test_the_phrase_list_has_unique_names_known_categories_and_every_category_in_use() -> None:
    names = [entry.name for entry in RISK_PHRASES]

    assert len(names) == len(set(names))
    assert {entry.category for entry in RISK_PHRASES} == set(CATEGORIES)


def test_every_phrase_has_a_fast_search_plan() -> None:
    # Guards the speed of large inputs: a pattern with neither a plain opening
    # nor an anchor reads every position of the text, which is ~10x slower;
    # give each alternative of such a pattern a fixed word.
    from assignments.risk import _PLANS, _opens_with_literal, _sre_parser

    for entry, plan in zip(RISK_PHRASES, _PLANS, strict=True):
        opens_plainly = _opens_with_literal(_sre_parser.parse(plan.scanner.pattern).data)
        assert opens_plainly or (plan.anchors and 0 < plan.reach < 200), entry.name


def test_every_kind_of_whitespace_is_reduced_to_a_space_or_a_line_break() -> None:
    from assignments.risk import _CHARACTER_MAP

    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()]

    assert all(space in " \n" or _CHARACTER_MAP.get(space) in (" ", "\n") for space in spaces)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be here anymore",
        "I DON'T WANT TO BE HERE ANYMORE",
        "i dont want to be here anymore",
        "I don’t want to be here any more",
        "I don‘t want to be here anymore",
        "I don`t  want   to be\there\n anymore",
        "I do not want to be here anymore",
        "I don't wanna be here anymore",
        "I don\u00adt want to be\u00a0here anymore",
        "I don't want to be here anymore",
    ],
)
def test_case_apostrophe_spacing_and_contraction_variants_are_all_flagged(text: str) -> None:
    assert [m.phrase for m in find_risk_language(text)] == ["don't want to be here anymore"]


@pytest.mark.parametrize(
    "text",
    [
        "kill\u200bmyself",
        "ＫＩＬＬ ＭＹＳＥＬＦ",
        "𝓀𝒾𝓁𝓁 𝓂𝓎𝓈𝑒𝓁𝒻",
        "I want to kill myself",
        "kill\x00myself",
        "kill\r\nmyself",
    ],
)
def test_look_alike_letters_invisible_characters_and_control_characters_do_not_hide_the_words(text: str) -> None:
    assert "kill myself" in [m.phrase for m in find_risk_language(text)]


def test_the_excerpt_holds_the_matched_words_with_some_context_within_the_length_limit() -> None:
    before = "It was a normal Tuesday and I walked to the shop and back and made some tea. " * 5
    after = " Then I watched television until late and went to bed without eating much." * 5
    [match] = find_risk_language(before + "Honestly I just want to die, that's how it feels." + after)

    assert len(match.excerpt) <= EXCERPT_MAX_CHARS
    assert "I just want to die, that's how" in match.excerpt
    assert match.excerpt.startswith("…") and match.excerpt.endswith("…")
    assert "  " not in match.excerpt


def test_the_excerpt_is_one_printable_line_even_when_the_text_is_not() -> None:
    [match] = find_risk_language("line one\n\n\x07I want to\tkill myself\r\n\x1b[31mred\x00")

    assert match.excerpt.isprintable()
    assert "kill myself" in match.excerpt


def test_a_short_text_is_its_own_excerpt() -> None:
    assert find_risk_language("I cut myself.") == [RiskMatch(SELF_HARM, "cut myself", "I cut myself.")]


def test_an_excerpt_is_cut_to_the_limit_even_if_the_matched_words_alone_are_longer() -> None:
    # No phrase in the list can match 120 characters today; the limit must hold if one ever does.
    from assignments.risk import _excerpt

    excerpt = _excerpt("word " * 100, 0, 500)

    assert len(excerpt) == EXCERPT_MAX_CHARS and excerpt.endswith("…")


def test_each_phrase_is_reported_once_per_text_and_in_order_of_appearance() -> None:
    text = "I want to die. I WANT TO DIE. i want to die!!! I cut myself. I want to die."

    found = find_risk_language(text)

    assert [(m.category, m.phrase) for m in found] == [(SUICIDE, "want to die"), (SELF_HARM, "cut myself")]
    assert found[0].excerpt.startswith("I want to die.")


def test_several_phrases_of_one_category_are_each_reported() -> None:
    found = find_risk_language("I feel suicidal. I want to kill myself.")

    assert [m.phrase for m in found] == ["suicide or suicidal", "kill myself"]
    assert {m.category for m in found} == {SUICIDE}


@pytest.mark.parametrize(
    "value", [None, 42, 3.5, b"I want to kill myself", ["I want to kill myself"], {"a": 1}, object()]
)
def test_anything_that_is_not_a_string_gives_no_matches(value) -> None:
    assert find_risk_language(value) == []


def test_an_empty_or_blank_text_gives_no_matches() -> None:
    assert find_risk_language("") == []
    assert find_risk_language(" \n\t ") == []


def _journal(size: int) -> str:
    """Ordinary journal prose, many near-misses included, shuffled so it does not repeat exactly."""
    rng = random.Random(20240501)
    sentences = [*TRUE_NEGATIVES, "Today I went to the cafe where we used to go.", "My therapist says to notice it."]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(rng.choice(sentences))
    return " ".join(parts)[:size]


# Generous: the target is < 50 ms per 200 KB on the development machine; the
# limit leaves room for slow CI and parallel test runs while still catching
# catastrophic backtracking, which takes seconds to minutes.
SLOW = 0.5


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_journal(200_000), id="journal"),
        pytest.param(_journal(100_000) + " I want to kill myself. " + _journal(99_970), id="journal-with-risk"),
        pytest.param("a" * 200_000, id="one-letter"),
        pytest.param(("myself " * 30_000)[:200_000], id="dense-anchor"),
        pytest.param(("i don't want to " * 13_000)[:200_000], id="dense-near-miss"),
        pytest.param(("i hope i " * 23_000)[:200_000], id="bounded-gap"),
        pytest.param("\n" * 200_000, id="newlines"),
        pytest.param(" " * 200_000, id="spaces"),
        pytest.param("".join(chr(random.Random(7).randrange(0x20, 0x3000)) for _ in range(200_000)), id="unicode"),
        pytest.param("\U0001d4c0" * 50_000 + "\x00" * 50_000, id="fancy-letters-and-nulls"),
    ],
)
def test_a_200_kb_text_is_searched_quickly_whatever_it_holds(text: str) -> None:
    timings = []
    for _ in range(3):  # best of three: the machine, not the detector, makes the outliers
        started = time.perf_counter()
        find_risk_language(text)
        timings.append(time.perf_counter() - started)

    assert min(timings) < SLOW


def test_risk_wording_in_the_middle_of_a_huge_text_is_still_found() -> None:
    text = _journal(100_000) + "\n\nI want to kill myself.\n\n" + _journal(100_000)

    assert "kill myself" in [m.phrase for m in find_risk_language(text)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_a_list_of_matches_and_never_raises(text: str) -> None:
    found = find_risk_language(text)

    assert isinstance(found, list)
    assert all(isinstance(m, RiskMatch) for m in found)
    assert all(m.category in CATEGORIES and len(m.excerpt) <= EXCERPT_MAX_CHARS for m in found)


_WORDS = ["kill", "myself", "my", "self", "want", "to", "die", "cut", "not", "wake", "up", "pills", "all", "suicide"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", "’", "'", ".", "-", "\x00", "\u200b"])),
        max_size=60,
    )
)
def test_any_jumble_of_risk_words_and_separators_never_raises(parts: list[str]) -> None:
    found = find_risk_language("".join(parts))

    assert all(isinstance(m, RiskMatch) and len(m.excerpt) <= EXCERPT_MAX_CHARS for m in found)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_a_risky_sentence_is_found_whatever_surrounds_it(before: str, after: str) -> None:
    found = find_risk_language(f"{before}\n I want to kill myself. \n{after}")

    assert "kill myself" in [m.phrase for m in found]
