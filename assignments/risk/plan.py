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

When the first word is a whole word ("i", "my", "the") it says little: most
sentences hold one. Then the second word is read off too (``second_stems``):
``i (?:have )?(?:know|picked)`` is tried only where "i" is followed by a word
starting "have", "know" or "picked". One pass over the words of a text
(``Candidates``) gives every alternative the positions it is to be tried at.

A test checks, on every tuning sentence and every example, that this finds
exactly what trying every family everywhere finds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Alternative:
    pattern: re.Pattern[str]
    stems: frozenset[str] | None  # "kill" a prefix of the first word, "i " the whole first word; None: anywhere
    # For each first-word stem, the stems of the second word (None: any second word); None: first word alone.
    second: dict[str, frozenset[str] | None] | None = None


def split_alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b|c`` -> a, b, c)."""
    parts: list[str] = []
    current: list[str] = []
    for _, piece, depth, bare in _pieces(regex):
        if bare and piece == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(piece)
    parts.append("".join(current))
    return parts


def _pieces(regex: str, start: int = 0) -> Iterator[tuple[int, str, int, bool]]:
    """The regex from ``start`` as (index, piece, group depth after it, bare).

    An escape ("\\(") is one piece and never bare; neither is anything inside a character class, so only a
    bare "|", "(" or ")" is structure.
    """
    depth, in_class, i = 0, False, start
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            yield i, regex[i : i + 2], depth, False
            i += 2
            continue
        bare = not in_class
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield i, char, depth, bare
        i += 1


def _group_end(regex: str, start: int) -> int:
    """Index just after the group that opens at ``start`` (a "(")."""
    for i, piece, depth, bare in _pieces(regex, start):
        if bare and piece == ")" and depth == 0:
            return i + 1
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


_PLAIN_WORD = re.compile(r"[a-z0-9']+")
_QUANTIFIERS = ("?", "*", "+", "{")


def _leading_zero_width(regex: str) -> int:
    i = 0
    while True:
        if regex.startswith("\\b", i):
            i += 2
        elif regex.startswith(_LOOKAROUND, i):
            i = _group_end(regex, i)
        else:
            return i


def _flat_branches(group_body: str) -> list[str]:
    """The branches of a group, with a branch that is itself one whole group opened up: ``(?:a|b)|c`` -> a, b, c."""
    branches: list[str] = []
    for branch in split_alternatives(group_body):
        if branch.startswith("(?:") and _group_end(branch, 0) == len(branch):
            branches.extend(_flat_branches(branch[3:-1]))
        else:
            branches.append(branch)
    return branches


def second_stems(regex: str) -> dict[str, frozenset[str] | None] | None:
    """For each way the first word of a match may start, the stems of the second word (None: not known).

    ``i (?:have )?(?:know|picked) …`` -> {"i ": {"have ", "know ", "picked "}}; ``(?:i|i am|fantasi[sz]e) …`` ->
    {"i ": {…, "am "}, "fantasi": None}. None when the first word cannot be read off at all.
    """
    i = _leading_zero_width(regex)
    rest = regex[i:]
    word = _PLAIN_WORD.match(rest)
    if word and rest[word.end() : word.end() + 1] == " ":
        remainder = rest[word.end() + 1 :]
        if not remainder or remainder.startswith(_QUANTIFIERS):
            return None
        return {word.group() + " ": first_stems(remainder) or None}
    if not rest.startswith("(?:"):
        return None
    end = _group_end(regex, i)
    after = regex[end:]
    if after.startswith("?") and not after.startswith("??"):
        # An optional group: the match starts with one of its branches and what follows, or with what follows.
        tail = after[1:]
        readings = [second_stems(branch + tail) for branch in _flat_branches(regex[i + 3 : end - 1])]
        readings.append(second_stems(tail))
        if any(reading is None for reading in readings):
            return None
        merged: dict[str, frozenset[str] | None] = {}
        for reading in readings:
            for key, seconds in reading.items():
                so_far = merged.get(key, frozenset())
                merged[key] = None if so_far is None or seconds is None else so_far | seconds
        return merged
    if not after.startswith(" ") or after[1:2] in _QUANTIFIERS or len(after) < 2:
        return None
    remainder = after[1:]
    found: dict[str, frozenset[str] | None] = {}
    unknown: set[str] = set()
    for branch in _flat_branches(regex[i + 3 : end - 1]):
        head = _PLAIN_WORD.match(branch)
        if head and head.end() == len(branch):
            second = first_stems(remainder)
        elif (
            head
            and branch[head.end() : head.end() + 1] == " "
            and branch[head.end() + 1 : head.end() + 2] not in _QUANTIFIERS
        ):
            second = first_stems(branch[head.end() + 1 :] + " " + remainder)
        else:
            stems = first_stems(branch + " " + remainder)
            if not stems:
                return None
            unknown |= stems
            continue
        key = head.group() + " "
        if not second or found.get(key, frozenset()) is None:
            found[key] = None
        else:
            found[key] = found.get(key, frozenset()) | second
    for key in unknown:
        found[key] = None
    return found


def alternatives(pattern: re.Pattern[str]) -> tuple[Alternative, ...]:
    """Each alternative of a family, with the stems of its first word (and of its second, where they say more)."""
    found = []
    for source in split_alternatives(pattern.pattern):
        stems = first_stems(source)
        second = second_stems(source) if stems else None
        if second is not None and not set(second) <= stems:
            second = None  # the two readings disagree: keep to the first word alone
        found.append(Alternative(re.compile(source), stems, second))
    return tuple(found)


class Candidates:
    """Where each alternative is to be tried in one canonical text: one pass over its words.

    ``index`` (from ``candidate_index``) maps a first-word key, or a pair of first- and second-word keys, to the
    alternatives that start that way. ``at(alternative)`` is the sorted offsets of the words it may start at;
    ``present(owner)`` the alternatives of one family (or cue) that have any, in their order.
    """

    def __init__(self, words: list[str], starts: list[int], index: CandidateIndex):
        # One pass over the words, gathering where each distinct word (and each pair the index cares about)
        # occurs; then each distinct word is looked up once, however often it repeats.
        at_word: dict[str, list[int]] = {}
        at_pair: dict[tuple[str, str], list[int]] = {}
        pair_words = index.pair_words
        count = len(words)
        for number, (word, start) in enumerate(zip(words, starts, strict=True)):
            positions = at_word.get(word)
            if positions is None:
                at_word[word] = [start]
            else:
                positions.append(start)
            if word in pair_words and number + 1 < count:
                at_pair.setdefault((word, words[number + 1]), []).append(start)
        found: defaultdict[int, list[list[int]]] = defaultdict(list)
        first_cache, pair_cache = index._first, index._pair
        for word, positions in at_word.items():
            wanted = first_cache.get(word)
            if wanted is None:
                wanted = index.wanted_first(word)
            for alternative in wanted:
                found[alternative].append(positions)
        for (word, following), positions in at_pair.items():
            wanted = pair_cache.get((word, following))
            if wanted is None:
                wanted = index.wanted_pair(word, following)
            for alternative in wanted:
                found[alternative].append(positions)
        present: dict[int, list[int]] = {}
        owner_of = index.owner_of
        for alternative in found:
            owner, order = owner_of[alternative]
            orders = present.get(owner)
            if orders is None:
                present[owner] = [order]
            else:
                orders.append(order)
        for orders in present.values():
            orders.sort()
        self._found = found
        self._merged: dict[int, list[int]] = {}
        self._present = present

    def at(self, alternative: Alternative) -> list[int]:
        key = id(alternative)
        merged = self._merged.get(key)
        if merged is None:
            runs = self._found.get(key)
            if not runs:
                merged = []
            elif len(runs) == 1:
                merged = runs[0]
            else:
                merged = sorted(set().union(*runs))
            self._merged[key] = merged
        return merged

    def present(self, alternatives) -> list[int]:
        return self._present.get(id(alternatives), [])


class CandidateIndex:
    """The keys each alternative is found by, and for each word (or pair of words) the alternatives it may start."""

    def __init__(self, plans):
        by_key: dict[str, list[int]] = {}
        by_pair: dict[tuple[str, str], list[int]] = {}
        self.owner_of: dict[int, tuple[int, int]] = {}  # id of an alternative -> (id of its tuple, its order there)
        for alternatives_ in plans:
            for order, alt in enumerate(alternatives_):
                self.owner_of[id(alt)] = (id(alternatives_), order)
                if alt.stems is None:
                    continue
                if alt.second:
                    for first, seconds in alt.second.items():
                        if seconds is None:
                            by_key.setdefault(first, []).append(id(alt))
                            continue
                        for second in seconds:
                            by_pair.setdefault((first, second), []).append(id(alt))
                else:
                    for stem in alt.stems:
                        by_key.setdefault(stem, []).append(id(alt))
        self.by_key = {key: tuple(ids) for key, ids in by_key.items()}
        self.by_pair = {pair: tuple(ids) for pair, ids in by_pair.items()}
        self.pair_first = frozenset(first for first, _ in by_pair)
        self.pair_words = frozenset(first[:-1] for first in self.pair_first)  # the same, without the space
        self.stems, self.lengths = stem_index(plans)
        self.second = frozenset(key for _, key in by_pair if not key.endswith(" "))
        self.second_lengths = tuple(sorted({len(stem) for stem in self.second}))
        self._first: dict[str, tuple[int, ...]] = {}
        self._pair: dict[tuple[str, str], tuple[int, ...]] = {}

    def wanted_first(self, word: str) -> tuple[int, ...]:
        """The alternatives indexed by their first word that may start at ``word``."""
        wanted = self._first.get(word)
        if wanted is None:
            keys = _keys(word, self.stems, self.lengths)
            wanted = tuple(dict.fromkeys(i for key in keys for i in self.by_key.get(key, ())))
            if len(self._first) < 200_000:  # words repeat across texts; a bound keeps odd input from growing it
                self._first[word] = wanted
        return wanted

    def wanted_pair(self, word: str, following: str) -> tuple[int, ...]:
        """The alternatives indexed by their first two words that may start at ``word`` followed by ``following``."""
        first = word + " "
        if first not in self.pair_first:
            return ()
        wanted = self._pair.get((word, following))
        if wanted is None:
            keys = _keys(following, self.second, self.second_lengths)
            wanted = tuple(dict.fromkeys(i for key in keys for i in self.by_pair.get((first, key), ())))
            if len(self._pair) < 200_000:
                self._pair[(word, following)] = wanted
        return wanted


_KEYS: dict[tuple[str, int], tuple[str, ...]] = {}


def _keys(word: str, stems: frozenset[str], lengths: tuple[int, ...]) -> tuple[str, ...]:
    """The stems a word answers to: itself as a whole word, and those of its prefixes that are stems."""
    keys = _KEYS.get((word, id(stems)))
    if keys is None:
        keys = (word + " ", *(word[:n] for n in lengths if n <= len(word) and word[:n] in stems))
        if len(_KEYS) < 200_000:  # words repeat across texts; a bound keeps odd input from growing it forever
            _KEYS[(word, id(stems))] = keys
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
