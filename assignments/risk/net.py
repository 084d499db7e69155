"""The wide net: risk said in words no family foresaw, found by the kinds of words it is made of.

The families (``lexicon``) match phrasings; people keep finding new ones ("pray
I won't see the morning", "the universe can delete me", "I know where she
parks"). What those sentences share is not a phrase but a small set of
*concepts* in one sentence (or two neighbouring ones): a wish and the writer no
longer being there; another person, an act of violence and a want or an intent;
a means and a preparation. Each rule below names the concepts it needs (their words are in
``concepts``, reviewed like the phrase families); it fires
when every one of them occurs, outside any idiom or ordinary sense the lexicon
excludes, and is read with the same context rules as a family: someone else's
thought, a plain denial, an accident or the past change or cancel it.

Only categories the families did not already find in the text are added, so
the net never doubles a finding; what it adds says which concepts it saw, in the
client's words. It is deliberately wide ("when in doubt, flag it for a
clinician and say why"): its precision is measured with the rest
(``docs/SAFETY.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assignments.risk import combinations, cues, lexicon
from assignments.risk.concepts import (
    AFTER,
    ATTEMPT,
    BETTER_OFF,
    DOING_IT,
    END_IT,
    GOING_WITHOUT,
    GONE,
    GOODBYE,
    HARM_ACT,
    INTENT,
    JOKING,
    LAST_THINGS,
    MEANS,
    NO_REASON,
    NOT_A_WISH,
    NOT_VIOLENT,
    ON_PURPOSE,
    ORDINARY,
    OTHER,
    PREPARED,
    PUNISHMENT,
    SELF,
    STALKING,
    THINKING,
    VIOLENCE,
    WISH,
    WITHOUT_ME,
    Concept,
)
from assignments.risk.lexicon import (
    BURDEN_HOPELESS,
    CATEGORY_LEVEL,
    HARM_TO_OTHERS,
    HISTORY,
    IMMINENT,
    PASSIVE_WISH,
    PLAN_INTENT,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
)
from assignments.risk.text import (
    Canonical,
    Exclusions,
    Finding,
    about_someone_else,
    answered_no,
    denied,
    excluded,
    sentence_text,
    spans_of,
    word_range,
)


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    concepts: tuple[Concept, ...]
    examples: tuple[str, ...]  # each must be found, in this category (tested)
    window: int = 0  # neighbouring sentences that may hold the other concepts
    about_self: bool = True  # cancelled when the nearest subject of a wish or an act is someone else
    accident_sensitive: bool = False


RULES: tuple[Rule, ...] = (
    Rule(
        PLAN_INTENT,
        "a means and a preparation",
        (MEANS, PREPARED),
        (
            "I've been saving my tablets in a sock drawer, nearly enough now.",
            "Walked to the bridge again and counted the steps it would take.",
        ),
        window=1,
    ),
    Rule(
        PLAN_INTENT,
        "a goodbye for afterwards",
        (GOODBYE, AFTER),
        ("wrote letters to the kids and hid them where theyll find them after",),
        window=1,
    ),
    Rule(PLAN_INTENT, "an attempt", (ATTEMPT, SELF), ("i tried to end it on sunday but my flatmate came home",)),
    Rule(PLAN_INTENT, "last things", (LAST_THINGS,), ("This is my last weekend, I've made my peace with it.",)),
    Rule(
        SUICIDAL_THOUGHTS,
        "thoughts of ending it",
        (END_IT, THINKING),
        ("the thought of ending it all is in my head every single night",),
    ),
    Rule(
        SELF_HARM,
        "an act on the body, on purpose",
        (HARM_ACT, ON_PURPOSE),
        ("dug my nails into my arm till it bled on purpose", "pressed the hot iron on my leg to feel something"),
        window=1,
        accident_sensitive=True,
    ),
    Rule(
        SUICIDAL_THOUGHTS,
        "a means, and thinking of doing it",
        (MEANS, DOING_IT),
        ("i look at the train tracks and think about doing it",),
        window=0,
    ),
    Rule(
        SELF_HARM,
        "going without, as a punishment",
        (GOING_WITHOUT, PUNISHMENT),
        ("I skipped meals all weekend to punish myself for texting him.",),
        window=1,
    ),
    Rule(
        HARM_TO_OTHERS,
        "violence wanted on someone",
        (VIOLENCE, INTENT, OTHER),
        ("i keep picturing smashing his face into the wall", "I want to break every bone in that bloke's body."),
        about_self=False,
    ),
    Rule(
        HARM_TO_OTHERS,
        "knowing someone's movements",
        (STALKING,),
        ("I know what time she finishes her shift now.",),
        about_self=False,
    ),
    Rule(
        PASSIVE_WISH,
        "a wish not to be there",
        (GONE, WISH, SELF),
        (
            "honestly I'd be relieved if I just didn't wake up tomorrow",
            "i keep hoping the cancer comes back and takes me",
        ),
        window=1,
    ),
    Rule(
        BURDEN_HOPELESS,
        "others better off",
        (BETTER_OFF, WITHOUT_ME),
        ("my kids would have an easier life if I wasn't around",),
        window=1,
    ),
    Rule(BURDEN_HOPELESS, "nothing to live for", (NO_REASON,), ("there's honestly nothing left for me here anymore",)),
)


# --- Reading a text ----------------------------------------------------------------------


def findings(
    doc: Canonical,
    exclusions: Exclusions,
    already: set[str],
    asked_ever: bool,
    matches: Callable[[Concept], Iterable[re.Match[str]]] | None = None,
):
    """What the wide net (``RULES``) finds in the categories the families left empty: (start, order, Finding)s.

    ``matches`` gives a concept's leftmost non-overlapping matches in ``doc`` (the detector's planned search,
    which tries each concept only where its first word could start); without it, each is searched everywhere.
    """
    results = []
    done = set(already)
    hits: dict[str, list[list[tuple[int, int]]]] = {}  # concept label -> per sentence, its (start, end)s
    for rule in RULES:
        if rule.category in done:
            continue
        per_concept = []
        for item in rule.concepts:
            if item.label not in hits:
                by_sentence: list[list[tuple[int, int]]] = [[] for _ in doc.sentences]
                for match in item.pattern.finditer(doc.text) if matches is None else matches(item):
                    if match.end() > match.start():
                        by_sentence[doc.sentence_of[word_range(doc, match.start(), match.end())[0]]].append(
                            (match.start(), match.end())
                        )
                hits[item.label] = by_sentence
            kept = [
                [(s, e) for s, e in spans if not excluded(exclusions, s, e, rule.category)]
                for spans in hits[item.label]
            ]
            per_concept.append(kept)
            if not any(kept):
                break  # a concept missing from the whole text: the rule cannot fire, read no further concepts
        if len(per_concept) < len(rule.concepts) or not all(any(kept) for kept in per_concept):
            continue
        for anchor in range(len(doc.sentences)):
            near = range(max(anchor - rule.window, 0), min(anchor + rule.window + 1, len(doc.sentences)))
            chosen = []
            for spans in per_concept:
                found_in = next((spans[n][0] for n in near if spans[n]), None)
                if found_in is None:
                    break
                chosen.append(found_in)
            if len(chosen) < len(per_concept) or not per_concept[0][anchor]:
                continue
            finding = _assess(doc, rule, list(zip(chosen, rule.concepts, strict=True)), asked_ever)
            if finding is not None:
                first = min(start for start, _ in chosen)
                results.append((first, len(lexicon.FAMILIES) + len(combinations.COMBINATIONS), finding))
                done.add(rule.category)
                break
    return results


def _assess(doc: Canonical, rule: Rule, chosen: list, asked_ever: bool) -> Finding | None:
    """``chosen``: for each of the rule's concepts, where it was found ((start, end), concept)."""
    spans = sorted(chosen, key=lambda item: item[0])
    words = sorted({i for (s, e), _ in spans for i in word_range(doc, s, e)})
    first, last = words[0], words[-1]
    sentence = sentence_text(doc, doc.sentence_of[first])
    heads = [word_range(doc, start, start + 1)[0] for (start, _), item in spans if item.done_by_writer]
    if rule.about_self and any(about_someone_else(doc, i) for i in heads):
        return None  # "my brother says he wants to die": his wish, not the writer's
    if rule.accident_sensitive and cues.ACCIDENT.search(sentence) and not cues.DELIBERATE.search(sentence):
        return None
    if NOT_A_WISH.search(sentence) and rule.category == PASSIVE_WISH:
        return None
    if ORDINARY.search(sentence):
        return None
    if rule.category == HARM_TO_OTHERS and (JOKING.search(sentence) or NOT_VIOLENT.search(sentence)):
        return None
    negation = None
    for (start, _), _ in spans:
        negation = negation or denied(doc, word_range(doc, start, start + 1)[0], last)
    if negation == "denial":
        return None  # the net is wide: a denial of its own words stands (the families read "…but sometimes")
    if answered_no(doc, last):
        return None
    level = CATEGORY_LEVEL[rule.category]
    why = ["words of these kinds together: " + ", ".join(item.label for item in rule.concepts)]
    current = cues.CURRENT.search(sentence)
    if negation == "resolved" or (not current and (cues.HISTORY.search(sentence) or asked_ever) and level != IMMINENT):
        level = HISTORY
        why.append("in the past")
    return Finding(rule.category, level, f"wide net: {rule.name}", spans_of(doc, words), tuple(why))
