"""A text as the detector reads it: canonical words with their source spans, sentences, and the
context readers every layer shares (whose thought it is, a denial, an exclusion's reach).

The families (``detector``), the wide net (``net``) and the learned layer (``model``) all read a
``Canonical`` text and return ``Finding``s, so each grades and explains what it finds the same way.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from assignments.risk import cues, normalise


@dataclass(frozen=True)
class Finding:
    """One thing found in one text: by a family, a combination, the wide net or the learned layer."""

    category: str
    level: str
    family: str
    spans: tuple[tuple[int, int], ...]  # in the original text: the client's own words to highlight
    why: tuple[str, ...]  # how it was read: repairs, escalation, history, a denial overridden


@dataclass(frozen=True)
class Canonical:
    text: str
    words: list[normalise.Word]
    starts: list[int]  # canonical offset of each word
    sentence_of: list[int]  # sentence number of each word
    sentences: list[tuple[int, int]]  # canonical (start, end) of each sentence
    sentence_at: dict[int, int]  # canonical offset of a word -> its sentence number


def canonical(text: str) -> Canonical:
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
    return Canonical(
        " ".join(parts),
        words,
        starts,
        sentence_of,
        sentences,
        dict(zip(starts, sentence_of, strict=True)),
    )


def word_range(doc: Canonical, start: int, end: int) -> range:
    first = bisect.bisect_right(doc.starts, start) - 1
    last = bisect.bisect_left(doc.starts, end)
    return range(max(first, 0), max(last, first + 1))


def spans_of(doc: Canonical, indices) -> tuple[tuple[int, int], ...]:
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


def sentence_text(doc: Canonical, number: int) -> str:
    start, end = doc.sentences[min(number, len(doc.sentences) - 1)]
    return doc.text[start:end]


def about_someone_else(doc: Canonical, first_word: int) -> bool:
    """Whether the nearest subject before a match, within its sentence, is another person."""
    sentence = doc.sentence_of[first_word]
    if cues.ASKING_FOR_ME.search(sentence_text(doc, sentence) + " " + sentence_text(doc, sentence + 1)):
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
            if i > 0 and doc.words[i - 1].text in _BEFORE_A_VERB:
                continue  # "does not show", "to film": a verb here, not another person
            return True
    return False


# Words after which "show", "film", "host" or "book" is a verb, not a person or a thing someone made.
_BEFORE_A_VERB = frozenset(
    {"to", "not", "never", "does", "do", "did", "will", "would", "can", "could", "should", "might", "may", "must"}
)


# Before "without": a stretch of time got through, so what follows is what the writer struggles with.
_STRETCH = frozenset(
    {"through", "whole", "day", "days", "week", "weeks", "night", "nights", "hour", "hours", "managed"}
)


def denied(doc: Canonical, first_word: int, last_word: int) -> str | None:
    """ "denial" or "resolved" when a negation just before the match governs it, else None."""
    sentence = doc.sentence_of[first_word]
    i = first_word - 1
    steps = 0
    while i >= 0 and steps < 9 and doc.sentence_of[i] == sentence:
        word = doc.words[i].text
        if word in cues.NEGATORS:
            if "if" in (w.text for w in doc.words[max(i - 3, 0) : i]):
                return None  # "if I don't, I'll stab him": a condition, not a denial
            if word == "without" and _STRETCH.intersection(w.text for w in doc.words[max(i - 4, 0) : i]):
                return None  # "get through a whole week without thinking about killing myself": the thoughts are real
            if "why" in (w.text for w in doc.words[max(i - 2, 0) : i]):
                return None  # "why couldn't I have been the one who died": a question that wishes it, not a denial
            after = sentence_text(doc, sentence)[doc.starts[last_word] - doc.sentences[sentence][0] :]
            before_negation = doc.text[doc.sentences[sentence][0] : doc.starts[i]]
            if (word == "no" and before_negation.endswith("no ")) or cues.NO_LONGER.search(_own_clause(after[:80])):
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


def _own_clause(after: str) -> str:
    """The words after a match up to the end of its clause, and the next clause when it only says "not anymore"
    ("I don't cut, not anymore"): "…harming myself, please don't worry, I'm only lonely these days" is no history."""
    clauses = after.split(" , ")
    if len(clauses) > 1 and cues.NO_LONGER.match(clauses[1]):
        return clauses[0] + " , " + clauses[1]
    return clauses[0]


def ambivalent(doc: Canonical, last_word: int) -> bool:
    """After a denial: does the rest of the sentence, or a short one after it, pull the other way?"""
    sentence = doc.sentence_of[last_word]
    if cues.AMBIVALENCE.search(doc.text[doc.starts[last_word] : doc.sentences[sentence][1]]):
        return True
    following = sentence_text(doc, sentence + 1) if sentence + 1 < len(doc.sentences) else ""
    return bool(cues.TAKEN_BACK.search(following))


def answered_no(doc: Canonical, last_word: int) -> bool:
    """The match is in a question the writer asks and answers "no" ("Have I thought about it? No.")."""
    sentence = doc.sentence_of[last_word]
    start, end = doc.sentences[sentence]
    if not doc.text[start:end].endswith("?") or sentence + 1 >= len(doc.sentences):
        return False
    following = sentence_text(doc, sentence + 1)
    return bool(cues.ANSWERED_NO.search(following)) and not cues.AMBIVALENCE.search(following)


Exclusions = list[tuple[int, int, frozenset[str]]]


def excluded(spans: Exclusions, start: int, end: int, category: str) -> bool:
    """Whether an exclusion that applies to ``category`` overlaps these words."""
    return any(s < end and start < e and (not only or category in only) for s, e, only in spans)
