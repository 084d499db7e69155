"""Find the families in a text, drop idioms and denials, and grade each finding by level.

Order of work, for one text:

1. ``normalise.words`` turns it into canonical words with source spans.
2. Each family whose trigger words occur is matched on the canonical text.
3. A match is dropped when an exclusion (an idiom, an ordinary sense)
   overlaps its words, when it is about someone else ("my friend wants to
   die"), or when it is plainly denied ("I would never hurt myself") with
   nothing pulling the other way ("…but sometimes I think about it").
4. Its level comes from its category (``CATEGORY_LEVEL``), raised to
   *imminent* when the same or next sentence gives timing, a plan or intent,
   and lowered to *history* when its sentence places it in the past and
   resolved ("when I was 15", "clean for two years"), or the question asked
   "have you ever…", unless the sentence also says it is happening now.
"""

from __future__ import annotations

import re

from assignments.risk import combinations, cues, lexicon, model, net, plan, vocabulary
from assignments.risk.lexicon import CATEGORY_LEVEL, HISTORY, IMMINENT, LEVELS
from assignments.risk.text import (
    Canonical,
    Exclusions,
    Finding,
    about_someone_else,
    ambivalent,
    answered_no,
    canonical,
    denied,
    excluded,
    sentence_text,
    spans_of,
    word_range,
)

__all__ = ["Finding", "canonical", "find", "highest_level"]


def _sentence_words(doc: Canonical) -> list[set[str]]:
    words: list[set[str]] = [set() for _ in doc.sentences]
    for word, sentence in zip(doc.words, doc.sentence_of, strict=True):
        words[sentence].add(word.text)
    return words


def _runs(doc: Canonical, sentences) -> list[tuple[int, int]]:
    """Canonical (start, end) stretches covering these sentences, neighbours joined into one."""
    runs: list[tuple[int, int]] = []
    previous = -2
    for number in sentences:
        start, end = doc.sentences[number]
        if number == previous + 1 and runs:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        previous = number
    return runs


def _where_to_look(
    doc: Canonical, words_of: list[set[str]], index: dict[str, tuple[int, ...]], count: int, everywhere: bool
):
    """For each of ``count`` patterns, the numbers of the sentences holding one of its trigger words."""
    if everywhere:
        return [list(range(len(doc.sentences)))] * count
    sentences: list[list[int]] = [[] for _ in range(count)]
    get = index.get
    for number, words in enumerate(words_of):
        for word in words:
            for position in get(word, ()):
                numbers = sentences[position]
                if not numbers or numbers[-1] != number:
                    numbers.append(number)
    return sentences


def _matches(
    doc: Canonical,
    alternatives,
    sentences: list[int],
    candidates: plan.Candidates | None,
    everywhere: bool,
):
    """The leftmost non-overlapping matches of a family's alternatives in these sentences, as one regex would give.

    An alternative whose first words are known is tried only at the words ``candidates`` found for it
    (``everywhere``: every alternative at every position of these sentences).
    """
    found: list[tuple[int, int, re.Match[str]]] = []
    allowed_set: set[int] | None = None
    text = doc.text
    if everywhere:
        tried = range(len(alternatives))
    else:
        tried = candidates.present(alternatives)
        if _ALWAYS_TRIED_IN.get(id(alternatives)):
            tried = sorted(set(tried) | _ALWAYS_TRIED_IN[id(alternatives)])
    for order in tried:
        alternative = alternatives[order]
        if everywhere or alternative.stems is None:
            for start, end in _runs(doc, sentences):
                found.extend((m.start(), order, m) for m in alternative.pattern.finditer(text, start, end))
            continue
        positions = candidates.at(alternative)
        if not positions:
            continue
        if allowed_set is None:
            allowed_set = set(sentences) if len(sentences) < len(doc.sentences) else None
            if allowed_set is None:
                allowed_set = _EVERY_SENTENCE
        after = -1
        match_at = alternative.pattern.match
        if allowed_set is _EVERY_SENTENCE:
            for position in positions:
                if position >= after:
                    match = match_at(text, position)
                    if match is not None:
                        end = match.end()
                        if end > position:
                            found.append((position, order, match))
                            after = end
            continue
        sentence_at = doc.sentence_at
        for position in positions:
            if position < after or sentence_at[position] not in allowed_set:
                continue
            match = match_at(text, position)
            if match is not None and match.end() > position:
                found.append((position, order, match))
                after = match.end()
    found.sort(key=lambda item: (item[0], item[1]))
    kept: list[re.Match[str]] = []
    for _, _, match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def find(text: str, *, question: str = "", every_family: bool = False, learned: bool = True) -> list[Finding]:
    """Every family found in ``text``, in order of appearance. ``every_family`` skips every shortcut (tests).

    A family is tried only in the sentences holding one of its trigger words,
    and each of its alternatives (and each exclusion's) only where its first two words could start (see
    ``plan``); a match starts in such a sentence (a few wordings read on into
    the next one: "woke up again. gutted").
    """
    doc = canonical(text)
    if not doc.words:
        return []
    words_of = _sentence_words(doc)
    candidates = None if every_family else plan.Candidates([w.text for w in doc.words], doc.starts, _CANDIDATE_INDEX)
    exclusion_spans = [
        (m.start(), m.end(), exclusion.only)
        for exclusion, alternatives, numbers in zip(
            lexicon.EXCLUSIONS,
            _EXCLUSION_ALTERNATIVES,
            _where_to_look(doc, words_of, _EXCLUSION_INDEX, len(lexicon.EXCLUSIONS), every_family),
            strict=True,
        )
        if numbers
        for m in _matches(doc, alternatives, numbers, candidates, every_family)
    ]
    asked_ever = bool(question and cues.EVER_QUESTION.search(question))
    memo: dict = {}
    found: list[tuple[int, int, Finding]] = []
    sentences_of = _where_to_look(doc, words_of, _FAMILY_INDEX, len(lexicon.FAMILIES), every_family)
    for order, (family, numbers) in enumerate(zip(lexicon.FAMILIES, sentences_of, strict=True)):
        if not numbers:
            continue
        if candidates is not None and not _ALWAYS_TRIED[order] and not candidates.present(_ALTERNATIVES[order]):
            continue
        for match in _matches(doc, _ALTERNATIVES[order], numbers, candidates, every_family):
            finding = _assess(doc, family, match, exclusion_spans, asked_ever, memo)
            if finding is not None:
                found.append((match.start(), order, finding))
    for order, combo in enumerate(combinations.COMBINATIONS):
        result = _combination(doc, order, combo, exclusion_spans, candidates, every_family)
        if result is not None:
            found.append((result[0], len(lexicon.FAMILIES) + order, result[1]))
    already = {finding.category for _, _, finding in found}
    everything = list(range(len(doc.sentences)))
    found.extend(
        net.findings(
            doc,
            exclusion_spans,
            already,
            asked_ever,
            lambda concept: _matches(doc, _CONCEPT_ALTERNATIVES[concept.label], everything, candidates, every_family),
        )
    )
    already |= {finding.category for _, _, finding in found}
    if learned:
        found.extend(model.findings(doc, exclusion_spans, already, asked_ever))
    found.sort(key=lambda item: (item[0], item[1]))
    return [finding for _, _, finding in found]


def _combination(
    doc: Canonical,
    order: int,
    combo: combinations.Combination,
    exclusions: Exclusions,
    candidates: plan.Candidates | None,
    every_family: bool,
) -> tuple[int, Finding] | None:
    """The first place where enough different signs of ``combo`` occur close together."""
    seen: list[tuple[int, str, int, int]] = []  # sentence, label, start, end
    labels: set[str] = set()
    everything = list(range(len(doc.sentences)))
    for position, (cue, alternatives) in enumerate(zip(combo.cues, _CUE_ALTERNATIVES[order], strict=True)):
        # Required signs are listed first; stop as soon as the combination can no longer be met.
        if len(labels) + len(combo.cues) - position < combo.need:
            return None
        before = len(seen)
        for match in _matches(doc, alternatives, everything, candidates, every_family):
            if not excluded(exclusions, match.start(), match.end(), combo.category):
                sentence = doc.sentence_of[word_range(doc, match.start(), match.end())[0]]
                seen.append((sentence, cue.label, match.start(), match.end()))
        if len(seen) > before:
            labels.add(cue.label)
        elif cue.label in combo.required:
            return None
    if len(labels) < combo.need:
        return None
    seen.sort()
    for anchor, _, _, _ in seen:
        reach = len(doc.sentences) if combo.window is None else combo.window
        near = [item for item in seen if abs(item[0] - anchor) <= reach]
        near_labels = {label for _, label, _, _ in near}
        if len(near_labels) < combo.need or not combo.required <= near_labels:
            continue
        first_of = {}
        for item in near:
            first_of.setdefault(item[1], item)
        chosen = sorted(first_of.values(), key=lambda item: item[2])
        sentences = {sentence_text(doc, item[0]) for item in chosen}
        accidental = any(cues.ACCIDENT.search(t) for t in sentences)
        if combo.accident_sensitive and accidental and not any(cues.DELIBERATE.search(t) for t in sentences):
            continue
        indices = sorted({i for item in chosen for i in word_range(doc, item[2], item[3])})
        spans = spans_of(doc, indices)
        level = CATEGORY_LEVEL[combo.category]
        why = ["signs together: " + ", ".join(label for label in dict.fromkeys(item[1] for item in chosen))]
        if all(cues.HISTORY.search(t) and not cues.CURRENT.search(t) for t in sentences):
            level = HISTORY
            why.append("in the past")
        return chosen[0][2], Finding(combo.category, level, combo.name, spans, tuple(why))
    return None


def _trigger_index(patterns) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for position, pattern in enumerate(patterns):
        for word in pattern.triggers:
            index.setdefault(word, []).append(position)
    return {word: tuple(positions) for word, positions in index.items()}


_FAMILY_INDEX = _trigger_index(lexicon.FAMILIES)
_ALTERNATIVES = tuple(plan.alternatives(family.pattern) for family in lexicon.FAMILIES)
# A combination's required signs first, so it can stop early.
_CUE_ALTERNATIVES = tuple(
    tuple(plan.alternatives(cue.pattern) for cue in combo.cues) for combo in combinations.COMBINATIONS
)


_ALWAYS_TRIED = tuple({i for i, alt in enumerate(alts) if alt.stems is None} for alts in _ALTERNATIVES)
_EXCLUSION_ALTERNATIVES = tuple(plan.alternatives(exclusion.pattern) for exclusion in lexicon.EXCLUSIONS)
# The wide net's concepts, searched the same way (each once per text, whichever rules share it).
_CONCEPT_ALTERNATIVES = {
    concept.label: plan.alternatives(concept.pattern) for rule in net.RULES for concept in rule.concepts
}
_PLANNED = (
    _ALTERNATIVES
    + _EXCLUSION_ALTERNATIVES
    + tuple(alts for combo in _CUE_ALTERNATIVES for alts in combo)
    + tuple(_CONCEPT_ALTERNATIVES.values())
)
_CANDIDATE_INDEX = plan.CandidateIndex(_PLANNED)
# Alternatives whose first word cannot be read off are tried everywhere their family is (none at present).
_ALWAYS_TRIED_IN = {
    id(alts): {i for i, alt in enumerate(alts) if alt.stems is None}
    for alts in _PLANNED
    if any(alt.stems is None for alt in alts)
}
_EVERY_SENTENCE: set[int] = set()  # a marker: no sentence is ruled out
vocabulary.extend_repair_targets(
    [family.pattern for family in lexicon.FAMILIES]
    + [cue.pattern for combo in combinations.COMBINATIONS for cue in combo.cues]
)
_EXCLUSION_INDEX = _trigger_index(lexicon.EXCLUSIONS)


def _search(memo: dict, pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``, remembered for the rest of one call (sentences hold several matches)."""
    key = (pattern, text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = pattern.search(text) is not None
    return found


def _assess(
    doc: Canonical,
    family: lexicon.Family,
    match: re.Match[str],
    exclusions: Exclusions,
    asked_ever: bool,
    memo: dict,
) -> Finding | None:
    """The finding for one match, or None when it is an idiom, someone else's, a denial or an accident."""
    if match.end() == match.start() or excluded(exclusions, match.start(), match.end(), family.category):
        return None
    words = word_range(doc, match.start(), match.end())
    # Wording that names the writer ("my stomach") is about them whoever else is in the sentence.
    sentence = sentence_text(doc, doc.sentence_of[words[0]])
    names_writer = cues.NAMES_WRITER.search(match.group()) or (
        # "the thought of killing myself": a first-person reflexive is the writer's, unless it is reported speech
        cues.MYSELF.search(match.group())
        and not cues.REPORTED.search(doc.text, doc.sentences[doc.sentence_of[words[0]]][0], match.start())
    )
    if family.about_self and not names_writer and about_someone_else(doc, words[0]):
        return None
    if (
        family.accident_sensitive
        and _search(memo, cues.ACCIDENT, sentence)
        and not _search(memo, cues.DELIBERATE, sentence)
        # "…on my thigh after cooking. Did it twice.": the next sentence may say it was meant
        and not _search(memo, cues.DELIBERATE, sentence_text(doc, doc.sentence_of[words[0]] + 1))
    ):
        return None
    why: list[str] = []
    level = CATEGORY_LEVEL[family.category]
    negation = denied(doc, words[0], words[-1]) if family.deniable else None
    if negation == "denial" and _search(memo, cues.LYING_IF, sentence):
        negation = None
    if negation == "denial":
        if not ambivalent(doc, words[-1]):
            return None
        why.append("denied, then qualified")
    elif family.deniable and answered_no(doc, words[-1]):
        return None
    # Asked "have you ever…" in the text itself ("Have I ever wanted to die? Yes, at uni."): read like an answer
    # to such a question, with the answer's own sentence telling whether it is happening now ("Every day.").
    asked_here = level != IMMINENT and _ASKED_EVER_IN_TEXT.search(sentence) is not None
    answer = " " + sentence_text(doc, doc.sentence_of[words[0]] + 1) if asked_here else ""
    # Cheapest first: the past is looked for only when nothing says it is happening now.
    if negation == "resolved" or (
        not cues.CURRENT.search(_strip_match(sentence, match.group()) + answer)
        and (_search(memo, cues.HISTORY, sentence) or asked_here or (asked_ever and level != IMMINENT))
        and not _search(memo, cues.RECENT, sentence + answer)
    ):
        level = HISTORY
        why.append("said to be over" if negation == "resolved" else "in the past")
    if level != HISTORY and family.category in (
        lexicon.SUICIDAL_THOUGHTS,
        lexicon.PASSIVE_WISH,
        lexicon.HARM_TO_OTHERS,
    ):
        nearby = sentence + " " + sentence_text(doc, doc.sentence_of[words[0]] + 1)
        if cues.ESCALATION.search(_strip_match(nearby, match.group())):
            level = IMMINENT
            why.append("with timing, a plan or intent")
    repaired = sorted({f"“{doc.words[i].read_from}”" for i in words if doc.words[i].read_from})
    if repaired:
        why.append("read from " + ", ".join(repaired))
    return Finding(family.category, level, family.name, spans_of(doc, words), tuple(why))


_ASKED_EVER_IN_TEXT = re.compile(r"have (?:i|you) ever\b")


def _strip_match(sentence: str, matched: str) -> str:
    """The sentence without the matched words, so a family's own words ("want", "am") are not read as cues."""
    return sentence.replace(matched, " ", 1)


def highest_level(findings: list[Finding]) -> str | None:
    levels = {f.level for f in findings}
    return next((level for level in LEVELS if level in levels), None)
