"""The free-text risk detector: what it flags and at what level, what it leaves alone, and that it never fails."""

from collections import Counter

import pytest

from assignments.risk import (
    BURDEN_HOPELESS,
    CATEGORIES,
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
    combinations,
    detector,
    find_risk_language,
    level_rank,
    lexicon,
    plan,
)
from tests.assignments.risk_helpers import categories, corpus, flagged, levels, rules_alone, scores, tuning

# --- Honest evaluation ----------------------------------------------------------------


def test_the_corpus_is_large_enough_balanced_and_labelled_with_known_categories() -> None:
    heldout, tuned = corpus("heldout"), tuning()
    risky_labels = {"plan_intent", "suicidal_thoughts", "self_harm", "harm_to_others", "passive_wish"}
    risky_labels |= {"burden_hopeless", "history"}
    safe_labels = {"idiom", "ordinary", "denial", "topic", "other_person", "distress"}

    assert len(heldout) + len(tuned) >= 400
    for rows in (heldout, tuned):
        counts = Counter(row["risky"] for row in rows)
        assert 0.4 <= counts[True] / len(rows) <= 0.6
        assert all(row["category"] in (risky_labels if row["risky"] else safe_labels) for row in rows)
    assert not {row["text"] for row in heldout} & {row["text"] for row in tuned}


# The rule layer alone (families, combinations, the wide net): measured 0.938 on the held-out part
# (docs/SAFETY.md), rounded down to 0.01; raised as the rules improve, never lowered. The target of 0.95
# is met by the whole detector (next test), not yet by the rules alone.
RULES_HELD_OUT_RECALL_FLOOR = 0.93


def test_on_the_held_out_corpus_the_detector_meets_the_targets() -> None:
    # Neither the rules nor the model are ever adjusted against these sentences (see risk_corpus/README.md).
    recall, precision = scores(corpus("heldout"))

    assert recall >= 0.95, f"held-out recall {recall:.3f}"  # measured 0.975 (docs/SAFETY.md)
    assert precision >= 0.85, f"held-out precision {precision:.3f}"


def test_on_the_held_out_corpus_the_rules_alone_stay_at_their_floor() -> None:
    recall, precision = scores(corpus("heldout"), learned=False)

    assert recall >= RULES_HELD_OUT_RECALL_FLOOR, f"held-out recall, rules alone {recall:.3f}"
    assert precision >= 0.90, f"held-out precision, rules alone {precision:.3f}"


def test_on_the_tuning_corpus_the_rules_still_do_what_they_were_tuned_to_do() -> None:
    # The rules alone: the model is trained on these sentences, so with it the figures would say nothing. The floor
    # stays below what is measured (0.967 and 0.967 over 10,027 sentences, the safe halves of the latest batches
    # the most tempting yet) so that a new batch, committed before the rules are tuned to it, does not fail.
    recall, precision = scores(tuning(), learned=False)

    assert recall >= 0.93, f"tuning recall {recall:.3f}"  # 0.936 with the metaphor and message batches
    assert precision >= 0.96, f"tuning precision {precision:.3f}"


def test_trying_only_the_families_whose_trigger_words_occur_finds_exactly_what_trying_all_of_them_finds() -> None:
    # The triggers are what keep the detector fast; they must never cost a finding. (Only tuning
    # sentences: a failure prints the sentence, and held-out sentences are never read.)
    texts = [row["text"] for row in tuning()]
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
    assert rules_alone(example) == []


@pytest.mark.parametrize(
    "example",
    [example for exclusion in lexicon.EXCLUSIONS for example in exclusion.examples],
)
def test_an_exclusion_never_hides_a_risky_clause_elsewhere_in_the_same_text(example) -> None:
    assert flagged(f"{example} But honestly I want to kill myself.")
    assert flagged(f"I want to kill myself. {example}")


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
    assert category in categories(text)


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
    assert rules_alone(text) == []


@pytest.mark.parametrize("text", _REFUSED_IN_FAMILY)
def test_a_refusal_inside_a_family_never_hides_a_risky_clause_elsewhere(text: str) -> None:
    assert flagged(f"{text} But honestly I want to kill myself.")
    assert flagged(f"I want to kill myself. {text}")


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
    assert category in categories(text)


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
    assert level_rank(min(levels(text), key=level_rank)) == level_rank(level)


def test_an_answer_to_a_have_you_ever_question_is_history_unless_it_says_it_is_happening_now() -> None:
    question = "Have you ever had thoughts of ending your life?"

    assert set(_levels_for("Yes, I thought about killing myself at university.", question)) == {HISTORY}
    assert HISTORY not in _levels_for("Yes, and I still think about killing myself every day.", question)


def test_a_have_you_ever_question_asked_in_the_answer_itself_is_read_the_same_way() -> None:
    assert set(levels("Have I ever thought about suicide? Yes, years ago, not now.")) == {HISTORY}
    assert set(levels("have you ever harmed yourself? yeah a few years ago. not since therapy")) == {HISTORY}
    assert HISTORY not in levels("Have I ever thought about suicide? Yes, every day.")


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
        # a reason to live after the denial is no qualification of it
        "I'd never hurt myself, I've got too much I still want to see.",
        "I'm not suicidal. I'm heartbroken, but I want to be here.",
        # "these days" in a later clause says nothing about the denied thought
        "I am not having any thoughts of harming myself, please don't worry, I am only feeling lonely these days.",
    ],
)
def test_a_plain_settled_denial_is_not_flagged(text: str) -> None:
    assert rules_alone(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I would never do it, but sometimes I think about killing myself.",
        "I don't want to die, but part of me wishes I wouldn't wake up.",
        "I'm not suicidal but I want to disappear.",
    ],
)
def test_a_denial_that_is_qualified_is_still_flagged(text: str) -> None:
    assert flagged(text)


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
    assert rules_alone(text) == []


def test_asking_whether_others_feel_it_too_is_still_about_the_writer() -> None:
    assert flagged("Does everyone think about suicide after being dumped, or is it just me?")
