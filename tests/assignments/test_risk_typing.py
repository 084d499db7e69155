"""The risk detector reads what people really type: slips, slang, spacing, emoji, long entries."""

import pytest

from assignments.risk import (
    BURDEN_HOPELESS,
    EXCERPT_MAX_CHARS,
    PASSIVE_WISH,
    PLAN_INTENT,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
    find_risk_language,
    normalise,
)
from tests.assignments.risk_helpers import categories, rule_categories, rules_alone

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
    assert SUICIDAL_THOUGHTS in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("been having sucidal thoughts all week", SUICIDAL_THOUGHTS),
        ("thinking about sewerslide again", SUICIDAL_THOUGHTS),
        ("s.h urges are bad tonight", SELF_HARM),
        ("i dont wanna wake up tmrw", PASSIVE_WISH),
        ("everyone would be better off w/o me", BURDEN_HOPELESS),
        ("\U0001f48a\U0001f48a\U0001f48a + \U0001f377 tonight", PLAN_INTENT),
        ("im done. takin everything in the medicine cabnet tonite", PLAN_INTENT),  # "takin" is also an animal
    ],
)
def test_misspellings_slang_text_speak_and_emoji_are_read(text: str, category: str) -> None:
    assert category in categories(text)


def test_a_real_word_is_never_corrected_into_a_risk_word() -> None:
    assert rules_alone("I paid all my bills and took the tablets out of the bin bag.") == []
    assert rules_alone("We are so alike, me and my sister.") == []


@pytest.mark.parametrize("word", ["texted", "dmed", "vaped", "rewatched", "unfollowed"])
def test_words_of_phones_and_dating_are_read_as_typed_not_repaired_into_risk_words(word: str) -> None:
    # The word list predates them: "texted" was read as "tested" (a rope "tested"), "dmed" as "died".
    assert [w.text for w in normalise.words(f"she {word} me")] == ["she", word, "me"]


@pytest.mark.parametrize("word", ["worksheet", "worksheets", "feedback"])
def test_a_rare_word_of_the_list_is_not_squeezed_into_another_word(word: str) -> None:
    # "worksheet" is rare in the word list; its doubled "ee" squeezed to "workshet" was two slips from "workshop".
    assert [w.text for w in normalise.words(f"the {word} is done")] == ["the", word, "is", "done"]


def test_an_injury_the_sentence_calls_an_accident_is_still_self_harm_when_the_next_sentence_says_it_was_meant() -> None:
    assert rule_categories("Pressed a hot spoon on my thigh after cooking. Did it twice.") == {SELF_HARM}
    assert rule_categories("Burnt my arm on the oven while cooking. Aloe helped.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "I held my hand on the hob ring after she texted. Told A&E it was an accident.",
        "the cat scratch excuse is getting old, three new ones on my arm and it wasn't the cat",
    ],
)
def test_an_accident_given_as_a_cover_story_does_not_hide_self_harm(text: str) -> None:
    assert SELF_HARM in rule_categories(text)


def test_a_question_followed_by_no_one_or_no_point_is_not_a_question_answered_no() -> None:
    assert rule_categories("Why do I keep wanting to die? No one knows.") == {PASSIVE_WISH}
    assert rule_categories("Should I just kill myself? No point pretending I haven't thought about it.") == {
        SUICIDAL_THOUGHTS
    }
    assert rule_categories("Have I thought about killing myself? No.") == set()


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
