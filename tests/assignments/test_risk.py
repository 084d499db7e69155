"""The free-text risk detector: what it flags and at what level, what it leaves alone, and that it never fails."""

import json
import random
import statistics
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assignments.risk import (
    BURDEN_HOPELESS,
    CATEGORIES,
    EXCERPT_MAX_CHARS,
    EXPOSURE,
    HARM_TO_OTHERS,
    HIGH,
    HISTORY,
    IMMINENT,
    LEVELS,
    MODERATE,
    PASSIVE_WISH,
    PLAN_INTENT,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
    RiskMatch,
    combinations,
    detector,
    find_risk_language,
    level_rank,
    lexicon,
    normalise,
    plan,
)
from devtools.risk_corpus import sample_answers

CORPUS = Path(__file__).parent / "risk_corpus"
TUNING_FILES = tuple(path.stem for path in sorted(CORPUS.glob("tuning*.jsonl")))


def _corpus(name: str) -> list[dict]:
    path = CORPUS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tuning() -> list[dict]:
    return [row for name in TUNING_FILES if (CORPUS / f"{name}.jsonl").exists() for row in _corpus(name)]


def _flagged(text: str, *, learned: bool = True) -> bool:
    return bool(find_risk_language(text, learned=learned))


def _rules_alone(text: str) -> list[RiskMatch]:
    """The rules' own promise (families, combinations, the wide net), without the trained model."""
    return find_risk_language(text, learned=False)


def _scores(rows: list[dict], *, learned: bool = True) -> tuple[float, float]:
    tp = sum(1 for r in rows if r["risky"] and _flagged(r["text"], learned=learned))
    fn = sum(1 for r in rows if r["risky"]) - tp
    fp = sum(1 for r in rows if not r["risky"] and _flagged(r["text"], learned=learned))
    return tp / (tp + fn), tp / (tp + fp)


def _categories(text: str) -> set[str]:
    return {m.category for m in find_risk_language(text)}


def _rule_categories(text: str) -> set[str]:
    return {m.category for m in _rules_alone(text)}


def _levels(text: str) -> list[str]:
    return [m.level for m in find_risk_language(text)]


# --- Honest evaluation ----------------------------------------------------------------


def test_the_corpus_is_large_enough_balanced_and_labelled_with_known_categories() -> None:
    heldout, tuning = _corpus("heldout"), _tuning()
    risky_labels = {"plan_intent", "suicidal_thoughts", "self_harm", "harm_to_others", "passive_wish"}
    risky_labels |= {"burden_hopeless", "history"}
    safe_labels = {"idiom", "ordinary", "denial", "topic", "other_person", "distress"}

    assert len(heldout) + len(tuning) >= 400
    for rows in (heldout, tuning):
        counts = Counter(row["risky"] for row in rows)
        assert 0.4 <= counts[True] / len(rows) <= 0.6
        assert all(row["category"] in (risky_labels if row["risky"] else safe_labels) for row in rows)
    assert not {row["text"] for row in heldout} & {row["text"] for row in tuning}


# The rule layer alone (families, combinations, the wide net): measured 0.938 on the held-out part
# (docs/SAFETY.md), rounded down to 0.01; raised as the rules improve, never lowered. The target of 0.95
# is met by the whole detector (next test), not yet by the rules alone.
RULES_HELD_OUT_RECALL_FLOOR = 0.93


def test_on_the_held_out_corpus_the_detector_meets_the_targets() -> None:
    # Neither the rules nor the model are ever adjusted against these sentences (see risk_corpus/README.md).
    recall, precision = _scores(_corpus("heldout"))

    assert recall >= 0.95, f"held-out recall {recall:.3f}"  # measured 0.975 (docs/SAFETY.md)
    assert precision >= 0.85, f"held-out precision {precision:.3f}"


def test_on_the_held_out_corpus_the_rules_alone_stay_at_their_floor() -> None:
    recall, precision = _scores(_corpus("heldout"), learned=False)

    assert recall >= RULES_HELD_OUT_RECALL_FLOOR, f"held-out recall, rules alone {recall:.3f}"
    assert precision >= 0.90, f"held-out precision, rules alone {precision:.3f}"


def test_on_the_tuning_corpus_the_rules_still_do_what_they_were_tuned_to_do() -> None:
    # The rules alone: the model is trained on these sentences, so with it the figures would say nothing. The floor
    # stays below what is measured (0.959 and 0.970 over 8,447 sentences, the safe halves of the latest batches
    # the most tempting yet) so that a new batch, committed before the rules are tuned to it, does not fail.
    recall, precision = _scores(_tuning(), learned=False)

    assert recall >= 0.94, f"tuning recall {recall:.3f}"
    assert precision >= 0.96, f"tuning precision {precision:.3f}"


def test_trying_only_the_families_whose_trigger_words_occur_finds_exactly_what_trying_all_of_them_finds() -> None:
    # The triggers are what keep the detector fast; they must never cost a finding. (Only tuning
    # sentences: a failure prints the sentence, and held-out sentences are never read.)
    texts = [row["text"] for row in _tuning()]
    texts += [example for family in lexicon.FAMILIES for example in family.examples]

    lost = [text for text in texts if detector.find(text) != detector.find(text, every_family=True)]

    assert lost == []


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\bi (?:have )?(?:know|picked) it", {"i ": {"have ", "know ", "picked "}}),
        (r"\b(?:i|i am) going", {"i ": {"going ", "am "}}),
        (r"\b(?:i )?deserve to", {"i ": {"deserve "}, "deserve ": {"to "}}),
        (r"\b(?:fantasi[sz]e|want to) hurt", {"want ": {"to "}, "fantasi": None}),  # a stem alone: any second word
        (r"\bcut(?:s|ting)? my", None),  # the first word is not a whole word: it alone says where to try
    ],
)
def test_the_second_word_an_alternative_is_tried_at_is_read_off_its_pattern(regex: str, expected) -> None:
    # The two-word index (plan.Candidates) rests on this; the test above checks it never costs a finding.
    found = plan.second_stems(regex)

    assert found == (
        None if expected is None else {k: None if v is None else frozenset(v) for k, v in expected.items()}
    )


# --- The families, the combinations and the exclusions ----------------------------


@pytest.mark.parametrize(
    ("family", "example"),
    [(family, example) for family in lexicon.FAMILIES for example in family.examples],
    ids=lambda value: value.name if isinstance(value, lexicon.Family) else value[:40],
)
def test_every_family_matches_each_of_its_own_examples(family, example) -> None:
    assert family.name in {m.phrase for m in find_risk_language(example)}


@pytest.mark.parametrize(
    ("combo", "example"),
    [(combo, example) for combo in combinations.COMBINATIONS for example in combo.examples],
    ids=lambda value: value.name if isinstance(value, combinations.Combination) else value[:40],
)
def test_every_combination_of_signs_matches_each_of_its_own_examples(combo, example) -> None:
    assert combo.name in {m.phrase for m in find_risk_language(example)}


@pytest.mark.parametrize(
    "example",
    [example for exclusion in lexicon.EXCLUSIONS for example in exclusion.examples],
)
def test_every_exclusion_leaves_its_idiom_or_ordinary_sense_unflagged(example) -> None:
    assert _rules_alone(example) == []


@pytest.mark.parametrize(
    "example",
    [example for exclusion in lexicon.EXCLUSIONS for example in exclusion.examples],
)
def test_an_exclusion_never_hides_a_risky_clause_elsewhere_in_the_same_text(example) -> None:
    assert _flagged(f"{example} But honestly I want to kill myself.")
    assert _flagged(f"I want to kill myself. {example}")


# Exclusions narrowed so they no longer swallow the risky sense of the same words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("wanna dieeeee fr not even joking", PASSIVE_WISH),  # "to die for" is an idiom; "want to die for real" is not
        ("Why it hurts: because I'd rather be dead than watch him be happy with her.", PASSIVE_WISH),
        ("I'm dead weight to everyone at home.", BURDEN_HOPELESS),  # "dead weight" lifts are at the gym
        ("The story I tell myself: suicide is the only way out of this.", SUICIDAL_THOUGHTS),  # a homework prompt
        ("I keep banging my head against the wall when I'm alone.", SELF_HARM),  # the idiom is when talking to someone
    ],
)
def test_a_narrowed_exclusion_no_longer_hides_the_risky_sense(text: str, category: str) -> None:
    assert category in _categories(text)


# Ordinary senses that the newer families refuse in their own wording; each is tested like an exclusion.
_REFUSED_IN_FAMILY = (
    "What I want out of life is a family and a garden.",
    "Please put me out of my misery and tell me the score.",
    "The old sofa is taking up space in the flat.",
    "The thought of dying scares me, I don't want that.",
    "The pharmacist went through how many paracetamol are safe in a day.",
    "I hope I don't survive the week without coffee lol.",
    "Found the rope for the tent in the garage.",
    "I'd be relieved if my heart stopped racing before the interview.",
    "Ten days clean from vaping and I broke it at the pub.",
    "My friend said she hopes she doesn't wake up, so I called her mum.",
    "Her death seemed peaceful in the end, the nurses were lovely.",
    "I picked the spot for our picnic in the park.",
    "I'll grab the kitchen knife and chop the onions if he's late again.",
    "I want everything to go dark for a bit so I can sleep.",
    "There's no point in living in London on my salary.",
    "I gave my old bike to my nephew.",
    "I wish the ground would swallow me up, I was so embarrassed.",
    "Hoping for a crash course in French before the trip.",
    "He had a cold and was bringing everyone down with it.",
    "Ordered a helium tank for the birthday balloons.",
    "I'm ready to go whenever you are.",
    "I built her a shed with my bare hands.",
    "I wrote my will after buying the house.",
    "I put my hay fever tablets in my bag so they're ready for the trip.",
    "I'm ruining the surprise by being here early.",
    "We ran out of road on the hike and had to turn back.",
)


@pytest.mark.parametrize("text", _REFUSED_IN_FAMILY)
def test_an_ordinary_sense_refused_inside_a_family_is_left_unflagged(text: str) -> None:
    assert _rules_alone(text) == []


@pytest.mark.parametrize("text", _REFUSED_IN_FAMILY)
def test_a_refusal_inside_a_family_never_hides_a_risky_clause_elsewhere(text: str) -> None:
    assert _flagged(f"{text} But honestly I want to kill myself.")
    assert _flagged(f"I want to kill myself. {text}")


def test_every_category_has_families_and_every_family_a_known_category_and_a_unique_name() -> None:
    names = [family.name for family in lexicon.FAMILIES] + [combo.name for combo in combinations.COMBINATIONS]

    assert len(names) == len(set(names))
    assert {family.category for family in lexicon.FAMILIES} == set(CATEGORIES)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # suicidal thoughts, direct and indirect
        ("Sometimes I think about killing myself.", SUICIDAL_THOUGHTS),
        ("I've been feeling really suicidal since the breakup.", SUICIDAL_THOUGHTS),
        ("the thoughts about ending it are back", SUICIDAL_THOUGHTS),
        ("honestly i just wanna unalive", SUICIDAL_THOUGHTS),
        # passive wish to be dead
        ("I wish I could go to sleep and never wake up.", PASSIVE_WISH),
        ("I just want to stop existing.", PASSIVE_WISH),
        ("I hope a bus hits me on the way home.", PASSIVE_WISH),
        # burden and hopelessness
        ("Everyone would be better off without me.", BURDEN_HOPELESS),
        ("I'm such a burden to my family.", BURDEN_HOPELESS),
        ("There's no reason to live now she's gone.", BURDEN_HOPELESS),
        # self-harm as an act on the body, with instruments, relapse
        ("I cut my thighs again last night.", SELF_HARM),
        ("burned my wrist with a lighter on purpose", SELF_HARM),
        ("I relapsed after four months clean.", SELF_HARM),
        ("scratched my arm with a safety pin until it bled", SELF_HARM),
        # plans, means, timing, rehearsal, goodbyes
        ("I've been saving up my sleeping pills.", PLAN_INTENT),
        ("I looked up how many paracetamol it would take.", PLAN_INTENT),
        ("I've written goodbye letters to my family.", PLAN_INTENT),
        ("stood on the edge of the bridge for an hour last night", PLAN_INTENT),
        # harm to others, its own category
        ("I want to stab him for what he did.", HARM_TO_OTHERS),
        ("I bought a knife to use on her new boyfriend.", HARM_TO_OTHERS),
        # someone close died by suicide
        ("My brother took his own life two years ago.", EXPOSURE),
    ],
)
def test_each_category_is_found_in_ordinary_wording(text: str, category: str) -> None:
    assert category in _categories(text)


# --- Levels: severity triage ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I'm going to kill myself tonight.", IMMINENT),
        ("I've got the tablets lined up for Friday.", IMMINENT),
        ("I think about killing myself a lot.", HIGH),
        ("I cut myself yesterday.", HIGH),
        ("I want to hurt him badly.", HIGH),
        ("I wish I was dead.", MODERATE),
        ("I'm a burden to everyone.", MODERATE),
        ("I used to cut myself when I was fifteen.", HISTORY),
        ("I tried to overdose years ago, it's behind me now.", HISTORY),
        ("I'm not suicidal anymore.", HISTORY),
    ],
)
def test_each_finding_has_the_level_its_wording_calls_for(text: str, level: str) -> None:
    assert level_rank(min(_levels(text), key=level_rank)) == level_rank(level)


def test_an_answer_to_a_have_you_ever_question_is_history_unless_it_says_it_is_happening_now() -> None:
    question = "Have you ever had thoughts of ending your life?"

    assert set(_levels_for("Yes, I thought about killing myself at university.", question)) == {HISTORY}
    assert HISTORY not in _levels_for("Yes, and I still think about killing myself every day.", question)


def test_a_have_you_ever_question_asked_in_the_answer_itself_is_read_the_same_way() -> None:
    assert set(_levels("Have I ever thought about suicide? Yes, years ago, not now.")) == {HISTORY}
    assert set(_levels("have you ever harmed yourself? yeah a few years ago. not since therapy")) == {HISTORY}
    assert HISTORY not in _levels("Have I ever thought about suicide? Yes, every day.")


def _levels_for(text: str, question: str) -> list[str]:
    return [m.level for m in find_risk_language(text, question=question)]


def test_levels_run_from_the_most_urgent_and_unknown_levels_sort_last() -> None:
    assert LEVELS == (IMMINENT, HIGH, MODERATE, HISTORY)
    assert sorted(["history", "high", "imminent", "moderate", "?"], key=level_rank) == [*LEVELS, "?"]


# --- Denials, other people, the writer's own past ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I would never hurt myself, I have my kids to think of.",
        "I'm not suicidal, just really sad.",
        "No thoughts of self-harm or suicide. Just tired.",
        "Have I thought about ending my life? No. Not once.",
        "Zero urges to hurt myself or anyone else.",
    ],
)
def test_a_plain_settled_denial_is_not_flagged(text: str) -> None:
    assert _rules_alone(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I would never do it, but sometimes I think about killing myself.",
        "I don't want to die, but part of me wishes I wouldn't wake up.",
    ],
)
def test_a_denial_that_is_qualified_is_still_flagged(text: str) -> None:
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "My friend told me she wants to kill herself and I called her mum.",
        "A girl in my class said she wants to kms, I told the teacher.",
        "My little brother told me he's been cutting.",
        "We watched a documentary about suicide prevention.",
    ],
)
def test_someone_elses_struggle_or_suicide_as_a_topic_is_not_the_writers_risk(text: str) -> None:
    assert _rules_alone(text) == []


def test_asking_whether_others_feel_it_too_is_still_about_the_writer() -> None:
    assert _flagged("Does everyone think about suicide after being dumped, or is it just me?")


# --- What people really type ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I WANT TO KILL MYSELF",
        "i want to kil myslef",
        "i want to kiiiiill myselfffff",
        "i want 2 k1ll mys3lf",
        "i want to k*ll myself",
        "i want to k i l l m y s e l f",
        "i want to kill\u200bmyself",
        "ＩＷＡＮＴ ＴＯ ＫＩＬＬ ＭＹＳＥＬＦ".replace("ＩＷＡＮＴ", "ＩＷＡＮＴ "),
        "honestly i wanna kms",
        "#killmyself",
    ],
)
def test_case_typing_slips_stretching_leet_masking_spacing_and_shorthand_are_all_read(text: str) -> None:
    assert SUICIDAL_THOUGHTS in _categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("been having sucidal thoughts all week", SUICIDAL_THOUGHTS),
        ("thinking about sewerslide again", SUICIDAL_THOUGHTS),
        ("s.h urges are bad tonight", SELF_HARM),
        ("i dont wanna wake up tmrw", PASSIVE_WISH),
        ("everyone would be better off w/o me", BURDEN_HOPELESS),
        ("\U0001f48a\U0001f48a\U0001f48a + \U0001f377 tonight", PLAN_INTENT),
    ],
)
def test_misspellings_slang_text_speak_and_emoji_are_read(text: str, category: str) -> None:
    assert category in _categories(text)


def test_a_real_word_is_never_corrected_into_a_risk_word() -> None:
    assert _rules_alone("I paid all my bills and took the tablets out of the bin bag.") == []
    assert _rules_alone("We are so alike, me and my sister.") == []


@pytest.mark.parametrize("word", ["texted", "dmed", "vaped", "rewatched", "unfollowed"])
def test_words_of_phones_and_dating_are_read_as_typed_not_repaired_into_risk_words(word: str) -> None:
    # The word list predates them: "texted" was read as "tested" (a rope "tested"), "dmed" as "died".
    assert [w.text for w in normalise.words(f"she {word} me")] == ["she", word, "me"]


def test_an_injury_the_sentence_calls_an_accident_is_still_self_harm_when_the_next_sentence_says_it_was_meant() -> None:
    assert _rule_categories("Pressed a hot spoon on my thigh after cooking. Did it twice.") == {SELF_HARM}
    assert _rule_categories("Burnt my arm on the oven while cooking. Aloe helped.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "I held my hand on the hob ring after she texted. Told A&E it was an accident.",
        "the cat scratch excuse is getting old, three new ones on my arm and it wasn't the cat",
    ],
)
def test_an_accident_given_as_a_cover_story_does_not_hide_self_harm(text: str) -> None:
    assert SELF_HARM in _rule_categories(text)


def test_a_question_followed_by_no_one_or_no_point_is_not_a_question_answered_no() -> None:
    assert _rule_categories("Why do I keep wanting to die? No one knows.") == {PASSIVE_WISH}
    assert _rule_categories("Should I just kill myself? No point pretending I haven't thought about it.") == {
        SUICIDAL_THOUGHTS
    }
    assert _rule_categories("Have I thought about killing myself? No.") == set()


def test_a_risky_sentence_in_the_middle_of_a_long_ordinary_entry_is_found_with_its_own_words_highlighted() -> None:
    before = "Today I went to work, had lunch with Sam and walked home the long way through the park. " * 8
    risky = "Honestly I just want to die."
    text = before + risky + " Then I made pasta and watched a film with my flatmate." * 6

    [match] = find_risk_language(text)
    start = text.index(risky)

    assert match.category == PASSIVE_WISH
    assert all(start <= s < e <= start + len(risky) for s, e in match.spans)
    assert "want to die" in " ".join(text[s:e] for s, e in match.spans)
    assert len(match.excerpt) <= EXCERPT_MAX_CHARS and "want to die" in match.excerpt


def test_the_spans_point_at_the_words_the_client_typed_even_when_they_were_repaired() -> None:
    text = "ok so… i wanna kms tbh"

    [match] = find_risk_language(text)

    assert [text[s:e] for s, e in match.spans] == ["kms"]
    assert any("“kms”" in reason for reason in match.why)


# --- Robustness and speed -------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 42, 3.5, b"I want to kill myself", ["I want to die"], {"a": 1}, object()])
def test_anything_that_is_not_a_string_gives_no_matches(value) -> None:
    assert find_risk_language(value) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_a_list_of_matches_and_never_raises(text: str) -> None:
    found = find_risk_language(text)

    assert all(isinstance(m, RiskMatch) and m.level in LEVELS and m.category in CATEGORIES for m in found)
    assert all(len(m.excerpt) <= EXCERPT_MAX_CHARS for m in found)
    assert all(0 <= s < e <= len(text) for m in found for s, e in m.spans)


_WORDS = ["kill", "myself", "my", "self", "want", "to", "die", "cut", "not", "wake", "up", "pills", "all", "him"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", "’", "'", ".", "-", "*", "\u200b", "?"])),
        max_size=60,
    )
)
def test_any_jumble_of_risk_words_and_separators_never_raises(parts: list[str]) -> None:
    text = "".join(parts)

    assert all(0 <= s < e <= len(text) for m in find_risk_language(text) for s, e in m.spans)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_a_risky_sentence_is_found_whatever_surrounds_it(before: str, after: str) -> None:
    assert _flagged(f"{before}\n I want to kill myself. \n{after}")


def _answers(size: int, count: int) -> list[str]:
    """Answers of ``size`` characters: ordinary corpus sentences with one risky sentence in the middle."""
    rows = _tuning()
    safe = [r["text"] for r in rows if not r["risky"]]
    return sample_answers(safe, [r["text"] for r in rows if r["risky"]], size=size, count=count)


# The target is 5 ms on one core (docs/SAFETY.md, manage.py benchmark_risk: 5.9 ms CPU median for such answers
# with the learned layer and 4.0 ms for the rules alone, on a quiet machine); this guard is about three times
# that, room for a loaded CI machine running tests in parallel.
SPEED_MEDIAN_FLOOR_SECONDS = 0.018


def test_a_2000_character_answer_is_read_in_a_few_milliseconds() -> None:
    answers = _answers(2000, 60)
    find_risk_language(answers[0])
    timings = []
    for answer in answers:
        started = time.perf_counter()
        find_risk_language(answer)
        timings.append(time.perf_counter() - started)

    assert statistics.median(timings) < SPEED_MEDIAN_FLOOR_SECONDS


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(" ".join(_answers(2000, 100))[:200_000], id="journal"),
        pytest.param("a" * 200_000, id="one-letter"),
        pytest.param(("myself " * 30_000)[:200_000], id="dense-word"),
        pytest.param(("i don't want to " * 13_000)[:200_000], id="dense-near-miss"),
        pytest.param("k i l l " * 25_000, id="spelled-out"),
        pytest.param("s.h." * 50_000, id="dotted-letters"),
        pytest.param("\n" * 200_000, id="newlines"),
        pytest.param("".join(chr(random.Random(7).randrange(0x20, 0x3000)) for _ in range(200_000)), id="unicode"),
        pytest.param("\U0001f52a" * 50_000, id="emoji"),
    ],
)
def test_a_200_kb_text_is_read_in_bounded_time_whatever_it_holds(text: str) -> None:
    started = time.perf_counter()
    find_risk_language(text)

    assert time.perf_counter() - started < 5
