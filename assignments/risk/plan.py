"""Where to look: each family split into its alternatives, each tried only where it could start.

Nothing here changes what matches, only how fast. A family is one regular
expression with many alternatives (``a|b|c``); Python's engine tries every
alternative at every position of the text. Here each alternative is compiled
on its own, with the *stems* its first word must start with ("cut" for
``cut(?:s|ting)?``, "i" and "going" for ``(?:i have|going to)``). An
alternative is tried only in sentences that hold a word starting with one of
its stems. When the first word cannot be read off (a gap of any words, a
character class, an optional group), the alternative is tried everywhere:
slower, never wrong.

A test checks, on every tuning sentence and every example, that this finds
exactly what trying every family everywhere finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Alternative:
    pattern: re.Pattern[str]
    stems: frozenset[str] | None  # "kill" a prefix of the first word, "i " the whole first word; None: anywhere


def split_alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b|c`` -> a, b, c)."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, i = 0, False, 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            current.append(regex[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def _group_end(regex: str, start: int) -> int:
    """Index just after the group that opens at ``start`` (a "(")."""
    depth, in_class, i = 0, False, start
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced group")


_LOOKAROUND = ("(?!", "(?<!", "(?=", "(?<=")


def first_stems(regex: str, word_ends_after: bool = True) -> frozenset[str] | None:
    """Prefixes one of which the first word of every match starts with; None if that cannot be read off.

    ``word_ends_after``: whether the end of ``regex`` is the end of a word (False for a branch of a group
    that more letters may follow, as in ``(?:practis|rehears)(?:ed|ing)``).
    """
    i = 0
    while True:  # what matches no text at the start: word boundaries and lookarounds
        if regex.startswith("\\b", i):
            i += 2
        elif regex.startswith(_LOOKAROUND, i):
            i = _group_end(regex, i)
        else:
            break
    rest = regex[i:]
    if not rest:
        return None
    if rest.startswith("\\d"):  # a number: any word starting with a digit
        return frozenset("0123456789")
    if rest.startswith("(?:"):
        end = _group_end(regex, i)
        stems: set[str] = set()
        following = regex[end:]
        ends_word = following.startswith((" ", "\\b", "(?=", "(?!")) or (not following and word_ends_after)
        for branch in split_alternatives(regex[i + 3 : end - 1]):
            found = first_stems(branch, ends_word)
            if not found:
                return None
            stems |= found
        if end < len(regex) and regex[end] == "?":  # an optional group: or the match starts after it
            after = first_stems(regex[end + 1 :])
            if not after:
                return None
            stems |= after
        elif end < len(regex) and regex[end] in "*{":
            return None
        return frozenset(stems)
    letters = re.match(r"[a-z0-9']+", rest)
    if not letters:
        return None
    word = letters.group()
    after = rest[len(word) : len(word) + 1]
    if after in ("?", "*", "{"):  # the last letter is optional ("cuts?"): a stem
        word = word[:-1]
        return frozenset({word}) if word else None
    following = rest[len(word) :]
    if following.startswith(" ?"):  # an optional space: "un ?alive" is "unalive" too
        return frozenset({word})
    if following.startswith((" ", "\\b", "(?=", "(?!")) or (not following and word_ends_after):
        return frozenset({word + " "})  # a whole word: "i " is "i", never "in" or "it"
    return frozenset({word})  # letters then more pattern ("cut(?:s|ting)?"): a stem


def _without_negative_lookarounds(regex: str) -> str:
    out, i = [], 0
    while i < len(regex):
        if regex.startswith(("(?!", "(?<!"), i):
            i = _group_end(regex, i)
            continue
        if regex[i] == "\\":
            out.append(regex[i : i + 2])
            i += 2
            continue
        out.append(regex[i])
        i += 1
    return "".join(out)


def spelled_words(regex: str) -> frozenset[str]:
    """Plain words a regular expression spells outside negative lookarounds, escapes and character classes."""
    text = _without_negative_lookarounds(regex)
    text = re.sub(r"\\.", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    return frozenset(re.findall(r"[a-z']+", text))


def alternatives(pattern: re.Pattern[str]) -> tuple[Alternative, ...]:
    """Each alternative of a family, with the stems of its first word."""
    return tuple(Alternative(re.compile(source), first_stems(source)) for source in split_alternatives(pattern.pattern))


class Starts:
    """Where the first words the alternatives look for begin, in one canonical text."""

    def __init__(self, words: list[str], starts: list[int], stems: frozenset[str], lengths: tuple[int, ...]):
        self.positions: dict[str, list[int]] = {}
        for word, start in zip(words, starts, strict=True):
            for key in _keys(word, stems, lengths):
                self.positions.setdefault(key, []).append(start)
        self._cache: dict[frozenset[str], list[int]] = {}

    def at(self, stems: frozenset[str]) -> list[int]:
        if stems not in self._cache:
            found: list[int] = []
            for stem in stems:
                found.extend(self.positions.get(stem, ()))
            self._cache[stems] = sorted(set(found)) if len(stems) > 1 else found
        return self._cache[stems]


_KEYS: dict[str, tuple[str, ...]] = {}


def _keys(word: str, stems: frozenset[str], lengths: tuple[int, ...]) -> tuple[str, ...]:
    """The stems a word answers to: itself as a whole word, and those of its prefixes that are stems."""
    keys = _KEYS.get(word)
    if keys is None:
        keys = (word + " ", *(word[:n] for n in lengths if n <= len(word) and word[:n] in stems))
        if len(_KEYS) < 200_000:  # words repeat across texts; a bound keeps odd input from growing it forever
            _KEYS[word] = keys
    return keys


def stem_index(plans) -> tuple[frozenset[str], tuple[int, ...]]:
    """All prefix stems in use, and their lengths."""
    stems = frozenset(
        stem
        for alternatives in plans
        for alt in alternatives
        if alt.stems
        for stem in alt.stems
        if not stem.endswith(" ")
    )
    return stems, tuple(sorted({len(stem) for stem in stems}))
