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

import bisect
import re
from dataclasses import dataclass

from assignments.risk import combinations, cues, lexicon, model, net, normalise, plan, vocabulary
from assignments.risk.lexicon import CATEGORY_LEVEL, HISTORY, IMMINENT, LEVELS


@dataclass(frozen=True)
class Finding:
    """One family matched in one text."""

    category: str
    level: str
    family: str
    spans: tuple[tuple[int, int], ...]  # in the original text: the client's own words to highlight
    why: tuple[str, ...]  # how it was read: repairs, escalation, history, a denial overridden


@dataclass(frozen=True)
class _Canonical:
    text: str
    words: list[normalise.Word]
    starts: list[int]  # canonical offset of each word
    sentence_of: list[int]  # sentence number of each word
    sentences: list[tuple[int, int]]  # canonical (start, end) of each sentence
    sentence_at: dict[int, int]  # canonical offset of a word -> its sentence number


def canonical(text: str) -> _Canonical:
    words = normalise.words(text)
    parts = [word.text for word in words]
    starts: list[int] = []
    sentence_of: list[int] = []
    sentences: list[tuple[int, int]] = []
    offset, sentence, sentence_start = 0, 0, 0
    add_start, add_sentence = starts.append, sentence_of.append
    for part in parts:
        add_start(offset)
        add_sentence(sentence)
        offset += len(part) + 1
        if part in ".?":
            sentences.append((sentence_start, offset - 1))
            sentence += 1
            sentence_start = offset
    sentences.append((sentence_start, max(offset - 1, sentence_start)))
    return _Canonical(
        " ".join(parts),
        words,
        starts,
        sentence_of,
        sentences,
        dict(zip(starts, sentence_of, strict=True)),
    )


def _word_range(doc: _Canonical, start: int, end: int) -> range:
    first = bisect.bisect_right(doc.starts, start) - 1
    last = bisect.bisect_left(doc.starts, end)
    return range(max(first, 0), max(last, first + 1))


def _spans(doc: _Canonical, indices) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for i in indices:
        word = doc.words[i]
        if word.text in ".,":
            continue
        if spans and word.start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], word.end))
        else:
            spans.append((word.start, word.end))
    return tuple(spans)


def _sentence_text(doc: _Canonical, number: int) -> str:
    start, end = doc.sentences[min(number, len(doc.sentences) - 1)]
    return doc.text[start:end]


def _about_someone_else(doc: _Canonical, first_word: int) -> bool:
    """Whether the nearest subject before a match, within its sentence, is another person."""
    sentence = doc.sentence_of[first_word]
    if cues.ASKING_FOR_ME.search(_sentence_text(doc, sentence) + " " + _sentence_text(doc, sentence + 1)):
        return False  # "does everyone think about it, or is it just me?"
    for i in range(first_word - 1, max(first_word - 9, -1), -1):
        if doc.sentence_of[i] != sentence:
            return False
        word = doc.words[i].text
        if word == ",":
            return False  # a new clause: "mate, the ones about …" is not about the mate
        if word in cues.SELF:
            return False
        if word in cues.OTHERS or (word.endswith("s") and word[:-1] in cues.OTHERS):
            return True
    return False


def _denied(doc: _Canonical, first_word: int, last_word: int) -> str | None:
    """ "denial" or "resolved" when a negation just before the match governs it, else None."""
    sentence = doc.sentence_of[first_word]
    i = first_word - 1
    steps = 0
    while i >= 0 and steps < 7 and doc.sentence_of[i] == sentence:
        word = doc.words[i].text
        if word in cues.NEGATORS:
            if "if" in (w.text for w in doc.words[max(i - 3, 0) : i]):
                return None  # "if I don't, I'll stab him": a condition, not a denial
            if "why" in (w.text for w in doc.words[max(i - 2, 0) : i]):
                return None  # "why couldn't I have been the one who died": a question that wishes it, not a denial
            after = _sentence_text(doc, sentence)[doc.starts[last_word] - doc.sentences[sentence][0] :]
            before_negation = doc.text[doc.sentences[sentence][0] : doc.starts[i]]
            if (word == "no" and before_negation.endswith("no ")) or cues.NO_LONGER.search(after[:80]):
                return "resolved"
            if doc.text[doc.starts[i] :].startswith("no longer"):
                return "resolved"
            return "denial"
        if word == "longer" and i > 0 and doc.words[i - 1].text == "no":
            return "resolved"
        if word not in cues.FILLER:
            return None
        i -= 1
        steps += 1
    return None


def _ambivalent(doc: _Canonical, last_word: int) -> bool:
    """After a denial: does the rest of the sentence, or a short one after it, pull the other way?"""
    sentence = doc.sentence_of[last_word]
    if cues.AMBIVALENCE.search(doc.text[doc.starts[last_word] : doc.sentences[sentence][1]]):
        return True
    following = _sentence_text(doc, sentence + 1) if sentence + 1 < len(doc.sentences) else ""
    return bool(cues.TAKEN_BACK.search(following))


def _answered_no(doc: _Canonical, last_word: int) -> bool:
    """The match is in a question the writer asks and answers "no" ("Have I thought about it? No.")."""
    sentence = doc.sentence_of[last_word]
    start, end = doc.sentences[sentence]
    if not doc.text[start:end].endswith("?") or sentence + 1 >= len(doc.sentences):
        return False
    following = _sentence_text(doc, sentence + 1)
    return bool(cues.ANSWERED_NO.search(following)) and not cues.AMBIVALENCE.search(following)


_Exclusions = list[tuple[int, int, frozenset[str]]]


def _excluded(spans: _Exclusions, start: int, end: int, category: str) -> bool:
    """Whether an exclusion that applies to ``category`` overlaps these words."""
    return any(s < end and start < e and (not only or category in only) for s, e, only in spans)


def _sentence_words(doc: _Canonical) -> list[set[str]]:
    words: list[set[str]] = [set() for _ in doc.sentences]
    for word, sentence in zip(doc.words, doc.sentence_of, strict=True):
        words[sentence].add(word.text)
    return words


def _runs(doc: _Canonical, sentences) -> list[tuple[int, int]]:
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
    doc: _Canonical, words_of: list[set[str]], index: dict[str, tuple[int, ...]], count: int, everywhere: bool
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
    doc: _Canonical,
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
    found.extend(_net(doc, exclusion_spans, already, asked_ever))
    already |= {finding.category for _, _, finding in found}
    if learned:
        found.extend(_learned(doc, exclusion_spans, already, asked_ever))
    found.sort(key=lambda item: (item[0], item[1]))
    return [finding for _, _, finding in found]


def _net(doc: _Canonical, exclusions: _Exclusions, already: set[str], asked_ever: bool):
    """What the wide net (``net.RULES``) finds in the categories the families left empty."""
    results = []
    done = set(already)
    hits: dict[str, list[list[tuple[int, int]]]] = {}  # concept label -> per sentence, its (start, end)s
    for rule in net.RULES:
        if rule.category in done:
            continue
        per_concept = []
        for item in rule.concepts:
            if item.label not in hits:
                by_sentence: list[list[tuple[int, int]]] = [[] for _ in doc.sentences]
                for match in item.pattern.finditer(doc.text):
                    if match.end() > match.start():
                        by_sentence[doc.sentence_of[_word_range(doc, match.start(), match.end())[0]]].append(
                            (match.start(), match.end())
                        )
                hits[item.label] = by_sentence
            kept = [
                [(s, e) for s, e in spans if not _excluded(exclusions, s, e, rule.category)]
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
            finding = _net_assess(doc, rule, list(zip(chosen, rule.concepts, strict=True)), asked_ever)
            if finding is not None:
                first = min(start for start, _ in chosen)
                results.append((first, len(lexicon.FAMILIES) + len(combinations.COMBINATIONS), finding))
                done.add(rule.category)
                break
    return results


def _net_assess(doc: _Canonical, rule: net.Rule, chosen: list, asked_ever: bool) -> Finding | None:
    """``chosen``: for each of the rule's concepts, where it was found ((start, end), concept)."""
    spans = sorted(chosen, key=lambda item: item[0])
    words = sorted({i for (s, e), _ in spans for i in _word_range(doc, s, e)})
    first, last = words[0], words[-1]
    sentence = _sentence_text(doc, doc.sentence_of[first])
    heads = [_word_range(doc, start, start + 1)[0] for (start, _), item in spans if item.done_by_writer]
    if rule.about_self and any(_about_someone_else(doc, i) for i in heads):
        return None  # "my brother says he wants to die": his wish, not the writer's
    if rule.accident_sensitive and cues.ACCIDENT.search(sentence) and not cues.DELIBERATE.search(sentence):
        return None
    if net.NOT_A_WISH.search(sentence) and rule.category == lexicon.PASSIVE_WISH:
        return None
    if net.ORDINARY.search(sentence):
        return None
    if rule.category == lexicon.HARM_TO_OTHERS and (net.JOKING.search(sentence) or net.NOT_VIOLENT.search(sentence)):
        return None
    negation = None
    for (start, _), _ in spans:
        negation = negation or _denied(doc, _word_range(doc, start, start + 1)[0], last)
    if negation == "denial":
        return None  # the net is wide: a denial of its own words stands (the families read "…but sometimes")
    if _answered_no(doc, last):
        return None
    level = CATEGORY_LEVEL[rule.category]
    why = ["words of these kinds together: " + ", ".join(item.label for item in rule.concepts)]
    current = cues.CURRENT.search(sentence)
    if negation == "resolved" or (not current and (cues.HISTORY.search(sentence) or asked_ever) and level != IMMINENT):
        level = HISTORY
        why.append("in the past")
    return Finding(rule.category, level, f"wide net: {rule.name}", _spans(doc, words), tuple(why))


def _combination(
    doc: _Canonical,
    order: int,
    combo: combinations.Combination,
    exclusions: _Exclusions,
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
            if not _excluded(exclusions, match.start(), match.end(), combo.category):
                sentence = doc.sentence_of[_word_range(doc, match.start(), match.end())[0]]
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
        sentences = {_sentence_text(doc, item[0]) for item in chosen}
        accidental = any(cues.ACCIDENT.search(t) for t in sentences)
        if combo.accident_sensitive and accidental and not any(cues.DELIBERATE.search(t) for t in sentences):
            continue
        indices = sorted({i for item in chosen for i in _word_range(doc, item[2], item[3])})
        spans = _spans(doc, indices)
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
_CANDIDATE_INDEX = plan.CandidateIndex(
    _ALTERNATIVES + _EXCLUSION_ALTERNATIVES + tuple(alts for combo in _CUE_ALTERNATIVES for alts in combo)
)
# Alternatives whose first word cannot be read off are tried everywhere their family is (none at present).
_ALWAYS_TRIED_IN = {
    id(alts): {i for i, alt in enumerate(alts) if alt.stems is None}
    for alts in _ALTERNATIVES + _EXCLUSION_ALTERNATIVES + tuple(alts for combo in _CUE_ALTERNATIVES for alts in combo)
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
    doc: _Canonical,
    family: lexicon.Family,
    match: re.Match[str],
    exclusions: _Exclusions,
    asked_ever: bool,
    memo: dict,
) -> Finding | None:
    """The finding for one match, or None when it is an idiom, someone else's, a denial or an accident."""
    if match.end() == match.start() or _excluded(exclusions, match.start(), match.end(), family.category):
        return None
    words = _word_range(doc, match.start(), match.end())
    # Wording that names the writer ("my stomach") is about them whoever else is in the sentence.
    names_writer = cues.NAMES_WRITER.search(match.group())
    if family.about_self and not names_writer and _about_someone_else(doc, words[0]):
        return None
    sentence = _sentence_text(doc, doc.sentence_of[words[0]])
    if (
        family.accident_sensitive
        and _search(memo, cues.ACCIDENT, sentence)
        and not _search(memo, cues.DELIBERATE, sentence)
    ):
        return None
    why: list[str] = []
    level = CATEGORY_LEVEL[family.category]
    negation = _denied(doc, words[0], words[-1]) if family.deniable else None
    if negation == "denial" and _search(memo, cues.LYING_IF, sentence):
        negation = None
    if negation == "denial":
        if not _ambivalent(doc, words[-1]):
            return None
        why.append("denied, then qualified")
    elif family.deniable and _answered_no(doc, words[-1]):
        return None
    # Cheapest first: the past is looked for only when nothing says it is happening now.
    if negation == "resolved" or (
        not cues.CURRENT.search(_strip_match(sentence, match.group()))
        and (_search(memo, cues.HISTORY, sentence) or (asked_ever and level != IMMINENT))
        and not _search(memo, cues.RECENT, sentence)
    ):
        level = HISTORY
        why.append("said to be over" if negation == "resolved" else "in the past")
    if level != HISTORY and family.category in (
        lexicon.SUICIDAL_THOUGHTS,
        lexicon.PASSIVE_WISH,
        lexicon.HARM_TO_OTHERS,
    ):
        nearby = sentence + " " + _sentence_text(doc, doc.sentence_of[words[0]] + 1)
        if cues.ESCALATION.search(_strip_match(nearby, match.group())):
            level = IMMINENT
            why.append("with timing, a plan or intent")
    repaired = sorted({f"“{doc.words[i].read_from}”" for i in words if doc.words[i].read_from})
    if repaired:
        why.append("read from " + ", ".join(repaired))
    return Finding(family.category, level, family.name, _spans(doc, words), tuple(why))


def _strip_match(sentence: str, matched: str) -> str:
    """The sentence without the matched words, so a family's own words ("want", "am") are not read as cues."""
    return sentence.replace(matched, " ", 1)


def highest_level(findings: list[Finding]) -> str | None:
    levels = {f.level for f in findings}
    return next((level for level in LEVELS if level in levels), None)


def _learned(doc: _Canonical, exclusions: _Exclusions, already: set[str], asked_ever: bool):
    """What the learned layer (``model``) reads in categories the rules left empty, one finding per category.

    It reads the text with every idiom and ordinary sense the lexicon knows blanked out, and what it finds
    is dropped when the words that weighed most are all denied, answered "no", or someone else's.
    """
    reader = model.load()
    if reader is None:
        return []
    # Only text holding a word of risk can be raised (model.CORE), so only that text is read: same findings, less time.
    runs = [(s, e) for s, e in model.chunks(doc.sentences, doc.text) if model.CORE.search(doc.text, s, e)]
    results = []
    done = set(already)
    for (start, end), reading in zip(runs, reader.read([doc.text[s:e] for s, e in runs]), strict=True):
        if reading.confidence < reader.threshold:
            continue
        category, level = reading.category, None
        if category == "history":  # the corpus's label for resolved risk: graded history, filed as suicidal thoughts
            category, level = lexicon.SUICIDAL_THOUGHTS, HISTORY
        if category not in CATEGORY_LEVEL or category in done:
            continue
        if not reading.words:
            continue  # nothing but common words weighed: no reason a clinician could be shown
        occurrences = []
        for words in reading.words:
            for match in re.finditer(rf"(?<![a-z0-9']){re.escape(words)}(?![a-z0-9'])", doc.text[start:end]):
                occurrences.append((start + match.start(), start + match.end()))
        if all(
            _excluded(exclusions, s, e, category) or _read_away(doc, list(_word_range(doc, s, e)))
            for s, e in occurrences
        ):
            continue  # every telling word is an idiom, an ordinary sense, denied, or someone else's
        indices = sorted({i for s, e in occurrences for i in _word_range(doc, s, e)})
        text = doc.text[start:end]
        if level is None:
            level = CATEGORY_LEVEL[category]
            if level != IMMINENT and not cues.CURRENT.search(text) and (cues.HISTORY.search(text) or asked_ever):
                level = HISTORY
        why = [
            f"read by the trained model, not a rule ({reading.confidence:.0%} sure): please read the whole answer",
            "the words that weighed most: " + ", ".join(f"“{w}”" for w in reading.words),
        ]
        order = len(lexicon.FAMILIES) + len(combinations.COMBINATIONS) + 1
        results.append((start, order, Finding(category, level, "trained model", _spans(doc, indices), tuple(why))))
        done.add(category)
    return results


def _read_away(doc: _Canonical, words: list[int]) -> bool:
    """Words the context takes back: plainly denied, asked and answered "no", or said of someone else."""
    first, last = words[0], words[-1]
    negation = _denied(doc, first, last)
    if negation == "denial" and not _ambivalent(doc, last):
        return True
    return _answered_no(doc, last) or _about_someone_else(doc, first)
