"""Turn what a client typed into plain canonical words, each remembering where it came from.

The phrase families (``lexicon.py``) are written once, in plain lower-case
English with contractions spelled out ("do not", "i am"). Everything people
actually type is brought to that form here, so a family never has to list
spellings:

* characters: look-alike letters (fullwidth, "fancy fonts"), accents, curly
  apostrophes, invisible and control characters;
* spacing and punctuation tricks: "k i l l", "s.u.i.c.i.d.e", "self-harm",
  "selfharm", "#wanttodie", "s/h";
* masking and leet: "k*ll", "su1c1de", "$uicide", "d!e";
* stretched letters: "dieeee", "killlll", "myselfff";
* typing slips and common misspellings: "sucide", "myslef", "wnat", checked
  against an English word list so that real words are never "corrected";
* contractions and text-speak: "dont", "im", "wanna", "u", "rn", "tmrw",
  and slang for suicide and self-harm ("kms", "sewerslide", "sh").

Each canonical word keeps the span of the original text it came from, so the
clinician sees the client's own words highlighted, and every repair is
recorded so the alert can say how a word was read ("'sucide' read as
'suicide'").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from functools import cache
from typing import NamedTuple

from assignments.risk import vocabulary
from assignments.risk.spelling import american_spelling


class Word(NamedTuple):
    """One canonical word, or a boundary ("." sentence, "?" question, "," clause), and its source span."""

    text: str
    start: int
    end: int
    read_from: str = ""  # the original spelling, when it was repaired or expanded


# --- Characters --------------------------------------------------------------------------------

# Emoji people use for the words themselves ("💊💊 + 🍷 tonight", "🔪➡️🦵"), read as those words.
EMOJI_WORDS = {
    "\U0001f52a": "knife", "\U0001f528": "hammer", "\U0001f6c1": "bath",
    "\U0001f48a": "pills", "\u26b0": "coffin", "\U0001faa6": "grave", "\U0001fa78": "blood",
    "\U0001f52b": "gun", "\U0001faa2": "rope", "\U0001f377": "wine", "\U0001f943": "drink", "\U0001f37a": "beer",
    "\U0001f37e": "drink", "\U0001f309": "bridge", "\U0001f686": "train", "\U0001f682": "train", "\U0001f684": "train",
    "\U0001f685": "train", "\U0001f68c": "bus", "\U0001f9b5": "leg", "\U0001f4aa": "arm", "\U0001f6cc": "bed",
    "\u27a1": "then", "\u2192": "then", "\U0001f6ab": "without", "\U0001f480": "skull", "\u2620": "skull",
    "\U0001f44b": "goodbye", "\U0001fa92": "razor", "\U0001fa79": "plaster", "\U0001f9f1": "burden",
}  # fmt: skip
_APOSTROPHES = "\u2018\u2019\u201a\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


# Letters that Unicode does not decompose into a plain letter and an accent ("pociełam", "zabić się" are Polish):
# without these a word was split at them.
_NO_DECOMPOSITION = {
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
}  # fmt: skip


@cache
def _fold_character(char: str) -> str:
    """One source character as plain lower-case text ("" for invisible ones)."""
    if char in _APOSTROPHES:
        return "'"
    if char in _INVISIBLE:
        return ""
    if char in EMOJI_WORDS:
        return f" {EMOJI_WORDS[char]} "
    if char == "\ufe0f":  # the emoji presentation selector after "➡"
        return ""
    if char in _NO_DECOMPOSITION:
        return _NO_DECOMPOSITION[char]
    folded = unicodedata.normalize("NFKD", char)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    if not folded:
        return ""
    if len(folded) == 1 and not folded.isprintable():
        return "\n" if folded in "\n\r\x85\u2028\u2029" else " "
    if len(folded) == 1 and folded.isspace():
        return " "
    return folded.lower()


def fold(text: str) -> tuple[str, list[int] | None]:
    """The text as plain lower-case characters, and for each the index of its source character (None: the same)."""
    if text.isascii():
        return text.lower(), None
    table = {}
    for char in set(text):
        if not char.isascii():
            table[ord(char)] = _fold_character(char)
    if all(len(folded) == 1 for folded in table.values()):
        folded = text.translate(table).lower()
        if len(folded) == len(text):
            return folded, None
    # Only the characters that fold to more or fewer than one character break the one-to-one mapping: copy the
    # stretches between them whole.
    uneven = re.compile("[" + re.escape("".join(chr(code) for code, folded in table.items() if len(folded) != 1)) + "]")
    out: list[str] = []
    sources: list[int] = []
    previous = 0
    for found in uneven.finditer(text):
        index = found.start()
        if index > previous:
            out.append(text[previous:index].translate(table).lower())
            sources.extend(range(previous, index))
        folded = table[ord(text[index])]
        out.append(folded)
        sources.extend([index] * len(folded))
        previous = index + 1
    if previous < len(text):
        out.append(text[previous:].translate(table).lower())
        sources.extend(range(previous, len(text)))
    return "".join(out), sources


# --- Tokens ------------------------------------------------------------------------------------

# A word may carry masking and leet symbols inside it ("k*ll", "su1c1de",
# "d!e", "$uicide", "self-h@rm") and apostrophes ("don't"). A "!" or "." at
# its end is punctuation, not part of it.
_TOKEN = re.compile(
    r"w/o|[a-z0-9$@][a-z0-9$@*!|']*[a-z0-9$@*]|[a-z0-9$@]"  # a word ("w/o" is "without")
    r"|[.!;]*\?[.!?;]*|[.!;]+|\n+|[,:()\u2014\u2013\"]|\s-\s|\s-$"  # boundaries
)
_SENTENCE_END = re.compile(r"[.!;]+|\n+")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i"}
)
_MASK = re.compile(r"[*]")
_RUN_OF_THREE = re.compile(r"(.)\1{2,}")
_RUN_OF_TWO = re.compile(r"(.)\1+")


def _raw_tokens(folded: str) -> list[tuple[str, int, int]]:
    return [(m.group(), *m.span()) for m in _TOKEN.finditer(folded)]


def _is_letter(token: tuple[str, int, int]) -> bool:
    return len(token[0]) == 1 and token[0].isalpha()


# Two single letters in a row ("k i", "s.h", "s/h"): only then is there anything to join.
_SPELLED = re.compile(r"(?<![a-z0-9'])[a-z][ ./_*-]{1,2}[a-z](?![a-z0-9'])")  # not "my": a separator between


def _merge_spelled_out(tokens: list[tuple[str, int, int]], folded: str) -> list[tuple[str, int, int]]:
    """Join letters typed one at a time ("k i l l", "s.u.i.c.i.d.e", "s/h") when they spell something we look for."""
    if not _SPELLED.search(folded):
        return tokens
    # A dot between two single letters, touching both, is spelling ("s.h"), not a full stop.
    tokens = [
        token
        for n, token in enumerate(tokens)
        if not (
            token[0] == "."
            and 0 < n < len(tokens) - 1
            and _is_letter(tokens[n - 1])
            and _is_letter(tokens[n + 1])
            and tokens[n - 1][2] == token[1]
            and token[2] == tokens[n + 1][1]
        )
    ]
    merged: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while (
            j + 1 < len(tokens)
            and len(tokens[j][0]) == 1
            and tokens[j][0].isalpha()
            and len(tokens[j + 1][0]) == 1
            and tokens[j + 1][0].isalpha()
            and tokens[j + 1][1] - tokens[j][2] <= 2
            and folded[tokens[j][2] : tokens[j + 1][1]].strip(" ./-_*") == ""
        ):
            j += 1
        if j - i > 40:  # not a word spelled out: leave the run as it is, in one step
            merged.extend(tokens[i : j + 1])
            i = j + 1
            continue
        if j > i:
            letters = "".join(token[0] for token in tokens[i : j + 1])
            pieces = vocabulary.segment(letters) or ((letters,) if vocabulary.is_risk_word(letters) else None)
            spelled_shorthand = letters in vocabulary.SHORTHAND and letters not in ("u", "r", "y")
            if letters == "sh" or spelled_shorthand or (pieces and any(vocabulary.is_risk_word(p) for p in pieces)):
                merged.append((letters, tokens[i][1], tokens[j][2]))
                i = j + 1
                continue
            merged.extend(tokens[i : j + 1])
            i = j + 1
            continue
        merged.append(tokens[i])
        i += 1
    return merged


@functools.lru_cache(maxsize=100_000)
def _repair(token: str) -> tuple[str, ...]:
    """The canonical word(s) for one typed token."""
    expanded = vocabulary.SHORTHAND.get(token)
    if expanded is not None:
        return expanded
    if "'" in token:
        return _contraction(token)
    return _spelling(token)


def _contraction(token: str) -> tuple[str, ...]:
    expanded = vocabulary.SHORTHAND.get(token.replace("'", ""))
    if expanded is not None and token.replace("'", "") not in ("ill", "well", "shell", "hell", "were", "id", "its"):
        return expanded
    for ending, replacement in vocabulary.CONTRACTION_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending):
            stem = _spelling(token[: -len(ending)].replace("'", ""))
            if ending == "'s" and stem[-1] not in vocabulary.IS_CONTRACTED_AFTER:
                replacement = ()  # a possessive: "dad's gun" -> "dad gun"
            return (*stem, *replacement)
    return tuple(part for part in _spelling(token.replace("'", "")) if part)


@cache
def _spelling(token: str) -> tuple[str, ...]:
    """A single word, with stretched letters, masking, leet and typing slips repaired where that finds a risk word."""
    dropped_g = token + "g"
    if (
        len(token) > 4
        and token.endswith("in")
        and vocabulary.is_risk_word(dropped_g)
        and not vocabulary.is_risk_word(token)
    ):
        return _spelling(dropped_g)  # dropped g, even where the list holds the rarer word: "takin" (an antelope)
    if vocabulary.is_known(token) and not any(c in token for c in "*$@!|"):
        if not vocabulary.is_risk_word(token) and vocabulary.known_as_american(token):
            return (american_spelling(token),)  # one spelling for the patterns: "realise" -> "realize"
        return (
            (vocabulary.correct(token) or token,)
            if len(token) >= 4 and not vocabulary.is_risk_word(token)
            else (token,)
        )
    candidates = [token]
    if any(c in token for c in "013457@$!|"):
        candidates.append(token.translate(_LEET))
    # Runs of three or more letters are stretching ("soooo", "dieeee"); a double
    # letter may be a slip ("diee") but is usually spelling ("yeet" is not "yet"),
    # so squeezing doubles may only find a risk word.
    doubles: set[str] = set()
    stretched: set[str] = set()
    for candidate in list(candidates):
        squeezed = _RUN_OF_TWO.sub(r"\1", candidate)
        to_two, to_one = _RUN_OF_THREE.sub(r"\1\1", candidate), _RUN_OF_THREE.sub(r"\1", candidate)
        doubles.add(squeezed)
        stretched |= {to_two, to_one} - {candidate}
        candidates += [to_two, to_one, squeezed]
    doubles -= stretched
    for candidate in candidates:
        if "*" in candidate:
            unmasked = vocabulary.unmask(candidate)
            if unmasked:
                return (unmasked,)
            continue
        expanded = vocabulary.SHORTHAND.get(candidate)
        if expanded is not None:
            return expanded
        if vocabulary.is_risk_word(candidate):
            return (candidate,)
        if candidate != token and candidate not in doubles and vocabulary.is_known(candidate):
            return (candidate,)
    if (
        token.endswith("in")
        and len(token) > 3
        and (vocabulary.is_known(token + "g") or vocabulary.is_risk_word(token + "g"))
    ):
        return _spelling(token + "g")  # dropped g: "thinkin", "cuttin", "standin"
    if token.isalpha() and len(token) >= 6:
        pieces = vocabulary.segment(token)  # "killmyself", "wanttodie", "selfharm"
        if pieces and any(vocabulary.is_risk_word(piece) for piece in pieces):
            return tuple(piece for part in pieces for piece in (vocabulary.SHORTHAND.get(part) or (part,)))
    # A word the English list holds, however rarely ("worksheet"), is repaired as itself only: squeezing its
    # double letters first would move it a slip further and "repair" it into something else ("workshop").
    for candidate in (token,) if vocabulary.in_word_list(token) else dict.fromkeys(candidates):
        if candidate.isalpha() and not vocabulary.is_known(candidate):
            corrected = vocabulary.correct(candidate)
            if corrected:
                return (corrected,)
    return (_RUN_OF_THREE.sub(r"\1\1", token.translate(_LEET)) if not token.isdigit() else token,)


def words(text: str) -> list[Word]:
    """The canonical words of ``text``; boundaries are the words "." (sentence), "?" (question) and "," (clause)."""
    folded, sources = fold(text)
    tokens = _merge_spelled_out(_raw_tokens(folded), folded)
    out: list[Word] = []
    append = out.append
    new = tuple.__new__  # a Word without the Python-level constructor: this loop runs once per token
    repair = _repair
    word_start = _WORD_START
    for token, start, end in tokens:
        if sources is not None:
            start, end = sources[start], sources[end - 1] + 1
        if token[0] not in word_start:
            append(Word("?" if "?" in token else "," if not _SENTENCE_END.fullmatch(token) else ".", start, end))
            continue
        canonical = repair(token)
        if len(canonical) == 1 and canonical[0] == token:
            append(new(Word, (token, start, end, "")))
            continue
        original = text[start:end]
        for part in canonical:
            append(new(Word, (part, start, end, original)))
    return out


# What a word token starts with (``_TOKEN`` on folded text); anything else is a boundary.
_WORD_START = frozenset("abcdefghijklmnopqrstuvwxyz0123456789$@")
