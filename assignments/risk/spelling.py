"""British spellings read by their American form.

The word list the normaliser checks against is American. A British spelling
("realise", "colour", "centre", "cancelled") missing from it would otherwise
be taken for a typing slip and "corrected", sometimes into a risk word
("realise" into "relapse"). It is known by its American form instead.
"""

_BRITISH_ENDINGS = (
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ises", "izes"), ("ised", "ized"),
    ("ising", "izing"), ("iser", "izer"), ("isers", "izers"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
    ("ourites", "orites"), ("ourful", "orful"), ("tre", "ter"), ("tres", "ters"), ("ogue", "og"),
    ("ogues", "ogs"), ("ence", "ense"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"),
)  # fmt: skip


_LONGEST_FIRST = tuple(sorted(_BRITISH_ENDINGS, key=lambda pair: -len(pair[0])))


def american_spelling(word: str) -> str:
    """The American form of a British spelling, by its ending (the word itself when none applies)."""
    for british, american in _LONGEST_FIRST:
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[: -len(british)] + american
    return word
