"""Words: the shorthand people type, the words the families look for, and an English word list.

The English word list is pyspellchecker's frequency dictionary, loaded from
the installed package (no network), once per process. It is used only to
*not* repair a real word: "bills" is never read as "pills", "alike" never as
"alive". Repairs are aimed only at ``RISK_WORDS``, so an unknown word is
never turned into anything the families do not look for.
"""

from __future__ import annotations

import re
from functools import cache

from assignments.risk import languages
from assignments.risk.spelling import american_spelling

# A word the English list has seen at least this often is a real word, corrected only when far rarer
# than the risk word it is one slip away from.
_KNOWN_FREQUENCY = 100
_RARER = 80
# Everyday words among RISK_WORDS: a rare real word next to them is itself ("batter" is not "better").
_NEVER_A_SLIP_FOR = frozenset(
    {
        *("better", "want", "wanted", "never", "again", "people", "really", "because", "going", "being", "something"),
        *(
            "nothing",
            "everything",
            "anyone",
            "someone",
            "everybody",
            "everyone",
            "nobody",
            "which",
            "exactly",
            "whether",
        ),
        *("tonight", "tomorrow", "point", "reason", "worth", "life", "live", "living", "without", "thinking"),
        *("thoughts", "trying", "house", "weight", "body", "sleep", "sleeping", "wake", "end", "ending", "note"),
    }
)

# What people type -> the canonical words. Contractions without apostrophes,
# text-speak, and slang for suicide and self-harm. Keys are lower case.
SHORTHAND: dict[str, tuple[str, ...]] = {
    # contractions typed without the apostrophe
    **{k: ("do", "not") for k in ("dont", "dnt")},
    **{k: ("can", "not") for k in ("cant", "cannot", "cnat", "cnt", "cnt'")},
    "didnt": ("did", "not"),
    "doesnt": ("does", "not"),
    "isnt": ("is", "not"),
    "wasnt": ("was", "not"),
    "arent": ("are", "not"),
    "werent": ("were", "not"),
    "wont": ("will", "not"),
    "wouldnt": ("would", "not"),
    "couldnt": ("could", "not"),
    "shouldnt": ("should", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "aint": ("am", "not"),
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "id": ("i", "would"),
    "youre": ("you", "are"),
    "theyre": ("they", "are"),
    "thats": ("that", "is"),
    "whats": ("what", "is"),
    "theres": ("there", "is"),
    "hes": ("he", "is"),
    "shes": ("she", "is"),
    "itll": ("it", "will"),
    "theyll": ("they", "will"),
    "youll": ("you", "will"),
    "theyd": ("they", "would"),
    "youd": ("you", "would"),
    **{k: (k[:-2], "have") for k in ("wouldve", "couldve", "shouldve", "mightve", "mustve")},
    "ull": ("you", "will"),
    "idve": ("i", "would", "have"),
    **{k: ("would",) for k in ("wud", "wld", "wuld", "woud")},
    "cud": ("could",),
    **{k: ("should",) for k in ("shud", "shld")},
    **{k: ("years",) for k in ("yrs", "yeras", "yeards")},
    "yr": ("year",),
    **{k: ("months",) for k in ("mths", "mnths", "mos")},
    **{k: ("weeks",) for k in ("wks", "wkz")},
    "wk": ("week",),
    **{k: ("weekend",) for k in ("wkend", "wknd", "wkd", "wkn")},
    "hrs": ("hours",),
    # dialect: Scots, Irish, Jamaican, Nigerian pidgin (as written by clients)
    **{k: ("can", "not") for k in ("cannae", "canna", "cyaan", "kyaan", "caan")},
    **{k: ("do", "not") for k in ("dinnae", "dinna")},
    "didnae": ("did", "not"),
    "doesnae": ("does", "not"),
    **{k: ("is", "not") for k in ("isnae", "isna")},
    **{k: ("was", "not") for k in ("wasnae", "wisnae")},
    "wouldnae": ("would", "not"),
    "couldnae": ("could", "not"),
    "shouldnae": ("should", "not"),
    **{k: ("will", "not") for k in ("willnae", "wilnae")},
    "tae": ("to",),
    "aboot": ("about",),
    "doon": ("down",),
    "oot": ("out",),
    "nicht": ("night",),
    "naebody": ("nobody",),
    "naewan": ("no", "one"),
    "gonnae": ("going", "to"),
    "anymair": ("anymore",),
    "aff": ("off",),
    "wi": ("with",),
    "hame": ("home",),
    "masel": ("myself",),
    "ma": ("my",),
    "mi": ("i",),
    "tek": ("take",),
    "fi": ("to",),
    "nuh": ("not",),
    "dem": ("them",),
    "di": ("the",),
    "wid": ("would",),
    "las": ("last",),
    "inna": ("in",),
    "pon": ("on",),
    "wan": ("want",),
    **{k: ("could", "have") for k in ("coulda", "couldve")},
    **{k: ("would", "have") for k in ("woulda",)},
    **{k: ("should", "have") for k in ("shoulda",)},
    **{k: ("message",) for k in ("msg", "mssg")},
    "msgs": ("messages",),
    "txt": ("text",),
    "addy": ("address",),
    "gc": ("group", "chat"),
    "enuff": ("enough",),
    "bout": ("about",),
    # text-speak
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "b": ("be",),
    "y": ("why",),
    "b4": ("before",),
    **{k: ("because",) for k in ("bc", "bcs", "bcoz", "bcuz", "cuz", "coz", "cos", "cus", "bcause")},
    "rn": ("right", "now"),
    "atm": ("at", "the", "moment"),
    "idk": ("i", "do", "not", "know"),
    "idc": ("i", "do", "not", "care"),
    "idek": ("i", "do", "not", "even", "know"),
    "ngl": ("not", "going", "to", "lie"),
    "tbh": ("to", "be", "honest"),
    "tbf": ("to", "be", "fair"),
    "fr": ("for", "real"),
    "ppl": ("people",),
    **{k: ("everyone",) for k in ("every1", "evry1", "evryone", "everyon")},
    **{k: ("no", "one") for k in ("no1", "noone", "nobdy")},
    "any1": ("anyone",),
    **{k: ("someone",) for k in ("some1", "sum1")},
    **{k: ("what",) for k in ("wat", "wut", "wot")},
    "wen": ("when",),
    "tho": ("though",),
    "thru": ("through",),
    **{k: ("going", "to") for k in ("gonna", "gunna", "finna", "gna", "gon")},
    **{k: ("want", "to") for k in ("wanna", "wana", "wantto", "wan2", "want2")},
    "wnt": ("want",),
    "gotta": ("got", "to"),
    "tryna": ("trying", "to"),
    **{k: ("i", "am", "going", "to") for k in ("imma", "ima")},
    "iam": ("i", "am"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "dunno": ("do", "not", "know"),
    "outta": ("out", "of"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "prolly": ("probably",),
    "smth": ("something",),
    "abt": ("about",),
    "til": ("until",),
    "till": ("until",),
    **{
        k: ("tomorrow",) for k in ("tmrw", "tmr", "tmrow", "tmoro", "tomoz", "tmoz", "2moro", "2morrow", "2mrw", "tomo")
    },
    **{k: ("tonight",) for k in ("tonite", "2nite", "2night", "tnite", "tn")},
    "2day": ("today",),
    "4ever": ("forever",),
    "evr": ("ever",),
    "nvr": ("never",),
    "anymor": ("anymore",),
    "lyf": ("life",),
    "bf": ("boyfriend",),
    "gf": ("girlfriend",),
    "mom": ("mum",),
    "mam": ("mum",),
    "mommy": ("mum",),
    "mummy": ("mum",),
    # slang and shorthand for suicide, self-harm and overdose (kept explainable: the
    # alert shows what was typed beside how it was read)
    "w/o": ("without",),
    "sh'd": ("did", "sh"),
    "exs": ("ex",),
    **{k: ("yourself",) for k in ("urself", "yourslef", "urslf", "yaself")},
    "kms": ("kill", "myself"),
    "kmys": ("kill", "myself"),
    "kys": ("kill", "yourself"),
    "kmsl": ("killing", "myself", "laughing"),
    "sewerslide": ("suicide",),
    "sewerslid": ("suicide",),
    "suicid": ("suicide",),
    "sui": ("suicide",),
    "suicidey": ("suicidal",),
    "suicidality": ("suicidal",),
    "unalive": ("unalive",),
    "selfharm": ("self", "harm"),
    "selfharming": ("self", "harming"),
    "selfharmed": ("self", "harmed"),
    "selfinjury": ("self", "injury"),
    "od": ("overdose",),
    "od'd": ("overdosed",),
    "od'ed": ("overdosed",),
    "oded": ("overdosed",),
    "odd": ("odd",),
    "ded": ("dead",),
    "kil": ("kill",),
    "kll": ("kill",),
    "killl": ("kill",),
    "myslf": ("myself",),
    "meself": ("myself",),
    "mysef": ("myself",),
    "myselfe": ("myself",),
    "slef": ("self",),
    "sef": ("self",),
}
# Single words of other languages, read as their English canonical words (see ``languages``).
SHORTHAND.update({word: canonical for word, canonical in languages.WORDS.items() if word not in SHORTHAND})

# Words of other languages the families look for, kept as typed (never "corrected" into English).
for _word in ("magising", "magpakamatay", "nagpakamatay", "pabigat", "papatayin", "patayin", "naglaslas", "mamatay"):
    SHORTHAND[_word] = (_word,)

# After an apostrophe: the words a contraction stands for (the stem comes first).
CONTRACTION_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("n't", ("not",)),
    ("'ll", ("will",)),
    ("'re", ("are",)),
    ("'ve", ("have",)),
    ("'m", ("am",)),
    ("'d", ("would",)),
    ("'s", ("is",)),  # possessives are dropped below
    ("s'", ()),
    ("'", ()),
)
# "'s" means "is" only after these; elsewhere it is a possessive ("dad's gun" -> "dad gun").
IS_CONTRACTED_AFTER = frozenset(
    {"it", "he", "she", "that", "what", "there", "who", "here", "where", "life", "everything", "tonight", "today"}
    | {"tomorrow", "this", "now", "nobody", "everyone", "everybody", "no one", "noone", "one", "friday", "saturday"}
    | {"sunday", "monday", "tuesday", "wednesday", "thursday", "tonite", "tomorrow"}
)

# Words the families look for: the only words repairs aim at. Order matters
# for ties (the first is preferred).
RISK_WORDS: tuple[str, ...] = (
    *("suicide", "suicidal", "myself", "kill", "killing", "killed", "die", "dying", "died", "dead", "death"),
    *("self", "harm", "harming", "harmed", "hurt", "hurting", "injury", "cut", "cutting", "cuts", "overdose"),
    *("overdosed", "overdosing", "pills", "tablets", "medication", "paracetamol", "painkillers", "sleeping"),
    *("wrist", "wrists", "thigh", "thighs", "razor", "blade", "blades", "noose", "rope", "hang", "hanging"),
    *("jump", "jumping", "bridge", "alive", "live", "living", "exist", "existing", "anymore", "wake", "sleep"),
    *("burden", "better", "without", "unalive", "unaliving", "disappear", "forever", "burn", "burning", "burned"),
    *("bleed", "bleeding", "scars", "relapse", "relapsed", "murder", "strangle", "stab", "knife", "poison"),
    *("shoot", "gun", "everyone", "everything", "nobody", "goodbye", "want", "wanted", "never", "again"),
    *("tonight", "tomorrow", "point", "reason", "worth", "ending", "life", "suffocate", "drown", "lighter"),
    *("scissors", "thinking", "thoughts", "ideation", "yourself", "himself", "herself", "attempt", "attempted"),
    *("deserve", "punish", "starve", "because", "people", "really", "anyone", "someone", "hopeless"),
    *("going", "being", "house", "stomach", "arms", "legs", "skin", "scratching", "scratched", "burnt"),
    *("body", "which", "exactly", "planning", "anybody", "knowing", "thinking", "wanting", "trying"),
    *("something", "everybody", "wouldn't", "bottle", "packet", "handful", "overdosing", "strangling"),
    *("stabbing", "hurting", "killing", "miserable", "worthless", "useless", "nothing", "funeral"),
    *("boyfriend", "girlfriend", "weight", "carry", "permanently", "swerves", "swerve", "disappointed"),
    *("evenings", "exactly", "whether", "tonight", "railing", "painless", "everything", "engagement"),
    *("especially", "literally", "fighting", "forearm", "colleagues", "bruise", "bruises", "tomorrow"),
    *("fantasising", "fantasizing", "imagining", "picturing", "stabbing", "setting", "following", "waiting"),
    *("scalded", "scalding", "lecture", "different", "hoping", "happier", "around", "awareness", "carpark"),
)
_RISK_WORD_SET = frozenset(RISK_WORDS)
# The words the families and cues spell out, added by ``extend_repair_targets`` once they are compiled, so a typing
# slip in any word a pattern needs ("anymroe", "tonihgt") can be repaired, not only in the core list above.
_PATTERN_WORDS: set[str] = set()


def extend_repair_targets(patterns) -> None:
    """Let repairs aim at every plain word (five letters or more) the given regular expressions spell."""
    for pattern in patterns:
        for word in re.findall(r"(?<![\\?(])\b[a-z]{5,}\b", pattern.pattern):
            if word not in _RISK_WORD_SET:
                _PATTERN_WORDS.add(word)
    _delete_index.cache_clear()
    correct.cache_clear()


# Masked words: the profanities first, so "sh*t" is never read as "shot".
_PROFANITY = (
    *("shit", "shite", "fuck", "fucking", "fucked", "fucker", "damn", "hell", "bitch", "ass", "arse", "crap"),
    *("piss", "pissed", "dick", "cock", "cunt", "bastard", "bloody", "bullshit", "wanker", "twat", "prick"),
    *("slut", "whore", "motherfucker"),
)
_MASKABLE = (
    *("suicide", "suicidal", "kill", "killing", "killed", "myself", "self", "harm", "harming", "die", "dead"),
    *("death", "cut", "cutting", "unalive", "overdose", "hang", "noose", "murder", "blood", "bleed", "wrists"),
    *("razor", "dying", "hurt"),
)

# Words that may be joined without spaces ("killmyself", "iwanttodie", "#selfharm").
_SEGMENT_WORDS = frozenset(
    {
        *RISK_WORDS,
        *("i", "to", "my", "me", "it", "all", "be", "not", "no", "so", "just", "wish", "was", "am", "end"),
        *("hate", "one", "cares", "off", "sad", "need", "going", "gonna", "wanna", "of", "do", "a", "im"),
        *("kms", "care", "would", "should", "go", "here", "am", "want", "to", "feel", "like", "dont"),
    }
)


# Everyday words of phones and dating the word list is too old to hold: known, so never "repaired" into a risk
# word one letter away ("texted" is not "tested", "dmed" not "died", "vaped" not "taped").
_MODERN_WORDS = frozenset(
    {
        *("texted", "texting", "texter", "dmed", "dming", "dms", "vaped", "vaping", "vaper", "rewatched", "rewatching"),
        *("unfollowed", "unfollowing", "unfriended", "unmatched", "facetimed", "facetiming", "snapchatted"),
        *("screenshotted", "screenshotting", "googled", "googling", "whatsapped", "doomscrolled", "doomscrolling"),
        *("breadcrumbed", "breadcrumbing", "lovebombed", "lovebombing", "benched", "orbiting", "situationship"),
        *("livestreamed", "streamed", "subtweeted", "retweeted", "reposted", "unsubscribed", "swiped", "rizz"),
    }
)


# The words of the phrases in other languages: known as typed, never "repaired" into an English word ("nicht" is
# not "night", "maar" not "matar").
_OTHER_LANGUAGE_WORDS = frozenset(
    word for phrases in languages.PHRASES.values() for phrase in phrases for word in phrase.split() if len(word) > 2
)
_KEEP_AS_TYPED = _MODERN_WORDS | _OTHER_LANGUAGE_WORDS


@cache
def _english() -> dict[str, int]:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


def is_known(word: str) -> bool:
    """A real English word (or one the families use): never repaired into something else.

    The word list is American; a British spelling ("realise", "colour", "centre", "apologised") is known when
    its American form is, so it is never "corrected" into a risk word ("realise" is not "relapse").
    """
    return (
        word in _RISK_WORD_SET
        or word in _KEEP_AS_TYPED
        or _english().get(word, 0) >= _KNOWN_FREQUENCY
        or known_as_american(word)
    )


def in_word_list(word: str) -> bool:
    """The English list has seen the word at all, however rarely."""
    return word in _english()


def known_as_american(word: str) -> bool:
    """A word the list lacks whose American form it has ("realise": "realize")."""
    american = american_spelling(word)
    return american != word and _english().get(american, 0) >= _KNOWN_FREQUENCY


def is_risk_word(word: str) -> bool:
    """A word the families look for: the core list, and the plain words their patterns spell."""
    return word in _RISK_WORD_SET or word in _PATTERN_WORDS


def unmask(word: str) -> str | None:
    """A word with letters hidden by "*" ("k*ll", "s**cide"): a profanity, a risk word, or None."""
    pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in word))
    for candidate in _PROFANITY:
        if pattern.fullmatch(candidate):
            return candidate
    # "**" may hide one letter or two: try a looser reading for the risk words only.
    loose = re.compile("".join("[a-z]{1,2}" if c == "*" else re.escape(c) for c in re.sub(r"\*+", "*", word)))
    for candidate in _MASKABLE:
        if pattern.fullmatch(candidate) or loose.fullmatch(candidate):
            return candidate
    return None


def segment(word: str) -> tuple[str, ...] | None:
    """``word`` split into at most five segment words ("wanttodie" -> want, to, die), fewest pieces first."""
    if not word.isalpha() or len(word) > 40:
        return None
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 12), end):
            head = best[start]
            piece = word[start:end]
            if head is None or piece not in _SEGMENT_WORDS or (len(piece) == 1 and piece not in ("i", "a")):
                continue
            if len(head) < 5 and (best[end] is None or len(head) + 1 < len(best[end])):
                best[end] = (*head, piece)
    found = best[len(word)]
    return found if found and len(found) > 1 else None


def _rank(word: str) -> int:
    """Ties between repairs go to the core risk words, in their listed order."""
    return RISK_WORDS.index(word) if word in _RISK_WORD_SET else len(RISK_WORDS)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _delete_index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each risk word: its one-letter deletions, and (for long words) its two-letter ones."""
    one: dict[str, set[str]] = {}
    two: dict[str, set[str]] = {}
    for word in (*RISK_WORDS, *sorted(_PATTERN_WORDS)):
        if len(word) < 4:
            continue
        for variant in {word} | _deletes(word):
            one.setdefault(variant, set()).add(word)
        if len(word) >= 7:
            for first in _deletes(word):
                for variant in _deletes(first):
                    two.setdefault(variant, set()).add(word)
    return one, two


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours."""
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[-1]


@cache
def correct(word: str) -> str | None:
    """The risk word an unknown (or very rare) word is a typing slip of, if one is close enough.

    A real word is "corrected" only when it is at least ``_RARER`` times rarer
    than the risk word one slip away and starts with the same letter ("cary"
    is read as "carry"; "bills" is never read as "pills", nor "love" as "live").
    """
    if len(word) < 4 or not word.isalpha() or word in _KEEP_AS_TYPED:
        return None
    frequency = _english().get(word, 0) or _english().get(american_spelling(word), 0)
    if frequency:
        one, _ = _delete_index()
        near = {w for variant in {word} | _deletes(word) for w in one.get(variant, ())}
        rare_slips = sorted(
            (_rank(w), w)
            for w in near
            if w[0] == word[0]
            and w in _RISK_WORD_SET
            and w not in _NEVER_A_SLIP_FOR
            and _distance(word, w) == 1
            and _english().get(w, 0) >= _RARER * frequency
        )
        return rare_slips[0][1] if rare_slips else None
    one, two = _delete_index()
    candidates: set[str] = set(one.get(word, ())) | {w for variant in _deletes(word) for w in one.get(variant, ())}
    close = sorted(
        (d, _rank(w), w) for w in candidates if abs(len(w) - len(word)) <= 1 and (d := _distance(word, w)) <= 1
    )
    if close:
        return close[0][2]
    if len(word) < 6:
        return None
    variants = {word} | _deletes(word) | {v for d in _deletes(word) for v in _deletes(d)}
    far = {w for variant in variants for w in two.get(variant, ())} | {w for v in variants for w in one.get(v, ())}
    close = sorted((d, _rank(w), w) for w in far if len(w) >= 7 and (d := _distance(word, w)) <= 2)
    return close[0][2] if close else None
