"""Spot self-harm and suicide wording in a client's free text, so a clinician looks at once.

What this is, and what it is not
--------------------------------
A prompt for a human to look, never a diagnosis or a risk score. A match means
"a clinician should read this entry now"; no match means nothing at all about
the client's safety. The product shows crisis resources and alerts the care
team on any match (PRODUCT.md, "Safety").

The detector errs towards alerting. A false alarm costs a clinician a minute;
a miss can cost a life. So when a wording is about the writer and plausibly
literal, it is flagged even if it is often meant loosely: "I've been killing
myself at work", "I hurt myself at the gym", "I cut my arm on the fence", "I'm
so embarrassed I want to die", "he's better off without me", "I took all my
meds". Any mention of suicide is flagged, a friend's or a statistic too.

What is left out is wording that is almost never about harming oneself:
idioms aimed at something else ("I killed it in the interview", "this traffic
is killing me", "dying to see her", "dead tired", "I could die of
embarrassment", "bored to death", "cut the cord", "cut ties with him", "cut
back on coffee", "cut myself some slack", "the battery died", "a killer
workout", "drop-dead gorgeous", "the deadline", "Suicide Squad", "career
suicide", "shot myself in the foot", "burnt myself out", "drown myself in
work", "taking my life back", "killing myself laughing", "kmsl", "5 kms").
"X is killing me" is never flagged: it is about X. "Could die of ..." and "want
to die of embarrassment/laughing/boredom" are stock hyperbole; "want to die of
shame" is flagged, as shame is the heart of rejection pain.

Also deliberately not flagged on their own (too common in a rejection-recovery
journal to carry signal, and not about dying): "I can't do this anymore", "I
can't take it anymore", "I can't go on like this", "I can't live without him",
"I'm going to die alone", "I'd rather die than text him first", "I'm dying
inside", "beat myself up", "kill me now", "end things with him", and a goodbye
letter *to the ex or the relationship* (a common therapy exercise).

Negation is deliberately *not* used to suppress a match. "I would never hurt
myself", "I'm not suicidal" and "I don't want to die" are still flagged:
clients often introduce real thoughts that way, and a clinician wants to know
the subject came up. Idioms are excluded whether or not they are negated,
because they are not about self-harm at all.

Categories (``CATEGORIES``)
---------------------------
``suicide``
    Explicit suicidal wording or a wish to be dead: "kill myself", "kms",
    "unalive", "suicidal", "want to die", "end it all", "better off dead",
    "top myself".
``self_harm``
    Non-fatal self-injury: "self-harm", "cut myself", "hurt myself", "burn
    myself", "cutting again", "starve myself".
``plan_or_means``
    A method, the means to it, or preparation: "take all my pills",
    "overdose", "jump off a bridge", "hang myself", "noose", "goodbye note",
    "give away my things", "painless way to die". Clinically the most urgent.
``hopelessness_with_intent``
    Indirect or passive wording about not living: "I don't want to be here
    anymore", "everyone would be better off without me", "no reason to live",
    "I hope I don't wake up", "I'm a burden", "I can't go on".

How to add a phrase
-------------------
Add one ``_phrase(category, name, regex, example)`` entry to ``RISK_PHRASES``:

* ``name`` is what the clinician sees; keep it short and unique.
* ``regex`` is matched against the text after it is lower-cased, curly
  apostrophes turned into ``'``, dashes into ``-``, look-alike letters
  (fullwidth, "fancy fonts") into plain ones and every run of whitespace into
  one space or one line break. So write it in lower case (import fails
  otherwise), use ``'`` for apostrophes and ``'?`` where people drop them
  ("don'?t"), ``\\s+`` between words, ``\\b`` at the edges, and the fragments
  below (``_MYSELF``, ``_DONT``, ``_CANT``, ``_WANT``, ``_IM``,
  ``_CLAUSE_END``, ``_PILLS``) for the common variants.
* Keep it linear: no nested quantifiers such as ``(\\w+\\s*)*``; a gap
  between words must be bounded, e.g. ``[^.!?\\n]{0,25}?``.
* Exclude an idiom with a negative lookahead right after the words,
  ``(?!\\s+in\\s+the\\s+foot)``, and add it to the true-negative table in
  ``tests/assignments/test_risk.py``; add the risky wording to the
  true-positive table.
* ``example`` must be a sentence the phrase matches; a test checks it does.
* Speed is handled for you (see ``_scanner`` and ``_anchors``): a 200 KB text
  takes ~30-40 ms. A test fails if a new pattern defeats that, typically one
  with no fixed word in some alternative; give that alternative one.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

SUICIDE = "suicide"
SELF_HARM = "self_harm"
PLAN_OR_MEANS = "plan_or_means"
HOPELESSNESS_WITH_INTENT = "hopelessness_with_intent"
CATEGORIES: tuple[str, ...] = (SUICIDE, SELF_HARM, PLAN_OR_MEANS, HOPELESSNESS_WITH_INTENT)

EXCERPT_MAX_CHARS = 120


@dataclass(frozen=True)
class RiskMatch:
    """One phrase found in one text, for the clinician's alert."""

    category: str
    phrase: str  # the RiskPhrase's name
    excerpt: str  # the matched words with some context, at most EXCERPT_MAX_CHARS


@dataclass(frozen=True)
class RiskPhrase:
    """One reviewed entry of the phrase list."""

    category: str
    name: str
    pattern: re.Pattern[str]  # matched against normalised, lower-cased text (see _normalise)
    example: str  # a sentence the pattern matches; the tests check it does


def _phrase(category: str, name: str, regex: str, example: str) -> RiskPhrase:
    # Fail at import, not silently in production: an unknown category would
    # route nowhere, and an upper-case letter could never match lowered text.
    if category not in CATEGORIES:
        raise ValueError(f"Unknown risk category {category!r} for {name!r}")
    unescaped = re.sub(r"\\.", "", regex)
    if unescaped != unescaped.lower():
        raise ValueError(f"Write the pattern for {name!r} in lower case; text is lower-cased first")
    return RiskPhrase(category, name, re.compile(regex), example)


# Reusable fragments. Text is normalised before matching (see _normalise), so
# apostrophes are always "'" and may be missing ("dont", "im").
_MYSELF = r"m(?:y|e)\s*self"  # myself, my self, meself (UK/IE)
_DONT = r"(?:don'?t|do\s+not|didn'?t|did\s+not)"
_CANT = r"(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not)"
_WANT = r"(?:want(?:s|ed)?\s+to|wanna)"
_IM = r"(?:i'?m|i\s+am|i\s+was|i'?ve\s+become|i\s+feel\s+like)"
# The wording stops here: no further word follows on the same line (end of
# text, punctuation, an emoji or a line break come next). Used where the same
# words go on to something harmless ("I don't want to be here at this party",
# "I can't go on like this with him"). After _normalise a gap between words is
# exactly one " " or "\n".
_CLAUSE_END = r"(?! ?\w)"
_PILLS = (
    r"(?:pills|tablets|meds|medications?|medicine|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin"
    r"|painkillers|pain\s+killers|sleeping\s+pills|antidepressants|insulin)"
)

RISK_PHRASES: tuple[RiskPhrase, ...] = (
    # --- suicide: explicit wording -------------------------------------------------------------
    _phrase(
        SUICIDE,
        "suicide or suicidal",
        # Any mention, a friend's or a statistic too: exposure matters.
        # Tolerates common misspellings (sucide, suicde, suiside, sucidal).
        # Not the film, bombings, car doors, "a suicide mission" or "career
        # suicide" (the lookbehinds sit after the word to keep it fast).
        r"\bsu[ia]?[cs]i?d(?:e|es|al|ally|ality)\b(?!\s+(?:squad|bomb\w*|doors?|mission)\b|\s+for\s+my\s+career)"
        r"(?<!career\ssuicide)(?<!social\ssuicide)(?<!political\ssuicide)(?<!commercial\ssuicide)",
        "I've been feeling suicidal since he left.",
    ),
    _phrase(
        SUICIDE,
        "kill myself",
        # "killing myself at work" is flagged on purpose (about oneself and
        # plausibly literal); only "killing myself laughing" is excluded.
        rf"\bk[i1]ll?(?:s|ed|ing|in'?)?\s*{_MYSELF}\b(?!\s+laugh)",
        "Sometimes I think about killing myself.",
    ),
    _phrase(
        SUICIDE,
        "kms (kill myself)",
        # Not "kmsl" (killing myself laughing) and not kilometres ("ran 5 kms").
        r"(?<![\d.])(?<!\d\s)\bkms\b",
        "honestly i want to kms",
    ),
    _phrase(
        SUICIDE,
        "unalive or sewerslide",
        r"\bun[-\s]?aliv(?:e|ed|es|ing)\b|\bsewer\s*slides?\b",
        "I keep thinking about unaliving myself.",
    ),
    _phrase(
        SUICIDE,
        "want to die",
        # "don't want to die" stays flagged (negation policy); excluded are
        # the stock hyperboles "die of embarrassment/laughing/boredom" and the
        # rejection fear "die alone", which is about loneliness, not dying.
        r"\b(?:want(?:s|ed|ing)?\s+to|wanna|ready\s+to|deserve[sd]?\s+to|longing\s+to|going\s+to\s+let\s+myself"
        r"|wish(?:ed|ing)?\s+i(?:\s+could|\s+would|'?d|\s+might)|hop(?:e|ed|ing)\s+i)"
        r"\s+(?:just\s+|simply\s+|finally\s+)?die\b"
        r"(?!\s+(?:alone|laughing|of\s+(?:embarrassment|laughter|laughing|boredom|cringe|cuteness)))",
        "I just want to die.",
    ),
    _phrase(
        SUICIDE,
        "wish I was dead",
        r"\bwish(?:ed|ing)?\s+(?:that\s+)?i(?:\s+was|\s+were|'?d\s+been|\s+had\s+been|\s+could\s+be)\s+(?:just\s+)?dead\b"
        r"|\bwish(?:ed|ing)?\s+(?:that\s+)?i(?:\s+had|'?d)\s+died\b",
        "I wish I was dead.",
    ),
    _phrase(
        SUICIDE,
        "better off dead",
        r"\bbetter\s+off\s+dead\b|\b(?:rather|sooner)\s+be\s+dead\b(?!\s+than)",
        "I'd be better off dead.",
    ),
    _phrase(
        SUICIDE,
        "end my life or take my own life",
        # Not the self-help "take my life back" or "take my life into my own hands".
        r"\b(?:end|ends|ended|ending|take|takes|took|taken|taking)\s+my\s+(?:own\s+)?life\b"
        r"(?!\s+(?:back|savings|in(?:to)?\s+my\s+own\s+hands|seriously|one\s+(?:day|step)|as\s+i\s+know\s+it|off\s+hold))",
        "I have thought about taking my own life.",
    ),
    _phrase(
        SUICIDE,
        "end it all",
        r"\bend(?:s|ed|ing)?\s+it\s+all\b",
        "I just want to end it all.",
    ),
    _phrase(
        SUICIDE,
        "top myself, off myself, do myself in (slang)",
        # British "top myself"/"do myself in", American "off myself". "off
        # myself" needs a verb before it so "take the pressure off myself"
        # does not match; "top myself up" is topping up a phone or a drink.
        rf"\btop(?:s|ped|ping)?\s+{_MYSELF}\b(?!\s+up)"
        rf"|\b(?:to|gonna|wanna|will|'ll|might|could|would|should)\s+off\s+{_MYSELF}\b|\boff(?:ed|ing)\s+{_MYSELF}\b"
        rf"|\b(?:do|does|doing|did|done)\s+{_MYSELF}\s+in\b|\bend(?:s|ed|ing)?\s+{_MYSELF}\b",
        "I'm going to top myself.",
    ),
    # --- self_harm ------------------------------------------------------------------------------
    _phrase(
        SELF_HARM,
        "self-harm",
        # "sh-ing", "sh'd": young people's shorthand (not "shed", "she'd").
        r"\bself[-\s]?(?:harm(?:s|ed|ing)?|injur(?:y|ies|e|ed|ing)|mutilat\w*)\b|\bnssi\b|\bsh(?:-ing|'ing|ing|-ed|-d|'d)\b",
        "I relapsed and self-harmed last night.",
    ),
    _phrase(
        SELF_HARM,
        "cut myself",
        # Not "cut myself off" (withdrawing), "some slack", "a slice" or shaving.
        rf"\bcut(?:s|ting)?\s+{_MYSELF}\b"
        r"(?!\s+(?:off|out|short|free|loose|some\s+slack|a\s+(?:break|slice|piece|bit|deal)|(?:while\s+)?shaving))",
        "I cut myself again.",
    ),
    _phrase(
        SELF_HARM,
        "cut my arms, legs or wrists",
        r"\bcut(?:s|ting)?\s+(?:into\s+)?(?:my|both\s+my|both)\s+(?:own\s+)?"
        r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?)\b",
        "I've been cutting my arms.",
    ),
    _phrase(
        SELF_HARM,
        "cutting again or urge to cut",
        # "Started/stopped cutting" only where the wording stops there, so
        # "started cutting back on sugar" is not flagged; "urge to cut" unless
        # it goes on to ties, contact, corners, him...
        r"\bcutting\s+again\b"
        r"|\b(?:urges?|urged|tempted|craving|itching|wanting|want(?:s|ed)?)\s+to\s+cut\b"
        r"(?!\s+(?:ties|back|down|off|out|up|in\b|loose|contact|corners|costs|him|her|them|it|that|this|the|my\s+hair"
        r"|my\s+losses|class|school|work|carbs|sugar|caffeine|alcohol|drinking))"
        r"|\b(?:start(?:s|ed|ing)?|stop(?:s|ped|ping)?|quit|been|relaps(?:e|ed|ing)\s+(?:into|and)|back\s+to)\s+cutting"
        r"(?:\s+(?:for\s+(?:years|months|weeks|ages|a\s+while|a\s+long\s+time)|since|regularly|every)\b|"
        rf"{_CLAUSE_END})|\bused\s+to\s+cut(?:{_CLAUSE_END}|\s+(?:myself|my\s+(?:arms?|legs?|wrists?|thighs?)))",
        "I've been fighting the urge to cut all day.",
    ),
    _phrase(
        SELF_HARM,
        "hurt or harm myself",
        # "I would never hurt myself" is still flagged (negation policy);
        # accidental "hurt myself at the gym" too, as it is about oneself.
        rf"\b(?:hurt(?:s|ing)?|harm(?:s|ed|ing)?|injur(?:e|es|ed|ing)|mutilat(?:e|es|ed|ing))\s+{_MYSELF}\b",
        "I want to hurt myself.",
    ),
    _phrase(
        SELF_HARM,
        "burn myself",
        rf"\bburn(?:s|ed|t|ing)?\s+{_MYSELF}\b(?!\s+out)",  # "burnt myself out" is burnout
        "I burned myself with a lighter.",
    ),
    _phrase(
        SELF_HARM,
        "hit or punch myself",
        rf"\b(?:hit(?:s|ting)?|punch(?:es|ed|ing)?|bruis(?:e|es|ed|ing))\s+{_MYSELF}\b",
        "I hit myself until it hurt.",
    ),
    _phrase(
        SELF_HARM,
        "make myself bleed",
        rf"\b(?:mak(?:e|es|ing)|made)\s+{_MYSELF}\s+bleed\b"
        rf"|\b(?:scratch\w*|pick\w*|bit(?:e|es|ing)|claw\w*)\s+{_MYSELF}\b[^.!?\n]{{0,25}}?\b(?:bleed|bled|raw)\b",
        "I scratched myself until I bled.",
    ),
    _phrase(
        SELF_HARM,
        "starve myself",
        rf"\bstarv(?:e|es|ed|ing)\s+{_MYSELF}\b",
        "I've been starving myself to punish myself.",
    ),
    # --- plan_or_means: methods, means, preparation --------------------------------------------
    _phrase(
        PLAN_OR_MEANS,
        "take all my pills",
        # Needs a quantity ("all", "a handful", "the whole packet", 10 or more) so "I took
        # my pills this morning" is not flagged. "took all my meds" as
        # prescribed will be: wording about oneself, and cheap to check.
        r"\b(?:take|takes|taking|took|taken|swallow(?:s|ed|ing)?|down(?:ed|ing)?|neck(?:ed|ing)?)\s+"
        r"(?:all|every\s+one|the\s+(?:whole|entire)\s+(?:bottle|box|packet|pack|strip|tub)"
        r"|an?\s+(?:whole\s+)?(?:handful|bottle|box|packet|pack|load|bunch|lot)|handfuls|loads|lots|[1-9]\d+|a\s+dozen)\s+"
        rf"(?:of\s+)?(?:(?:my|the|those|these|his|her|mum's|mom's)\s+)?(?:\w+\s+)?{_PILLS}\b",
        "I could just take all my pills.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "stockpile pills",
        r"\b(?:stockpil\w*|stock\s+pil\w*|hoard\w*|sav(?:e|es|ed|ing)\s+up|collect(?:s|ed|ing)?|stash\w*)\s+"
        rf"(?:(?:my|the|some|all\s+my)\s+)?(?:\w+\s+)?{_PILLS}\b",
        "I've been stockpiling my sleeping pills.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "overdose",
        r"\boverdos(?:e|ed|es|ing)\b(?!\s+on\s+(?:caffeine|coffee|sugar|chocolate|netflix|tv|carbs|sun)\b)"
        rf"|\bo\.?d(?:'?d|'?ed|'?ing)?\s+on\s+(?:(?:my|the|some|all\s+(?:my|the))\s+)?(?:\w+\s+)?"
        rf"(?:{_PILLS}|heroin|drugs|fentanyl|opioids)\b",
        "I thought about an overdose.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "jump off a bridge or building",
        r"\b(?:jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|throw(?:s|ing)?\s+myself|threw\s+myself|fling\s+myself)\s+"
        r"(?:off|from|out\s+of)\s+(?:a|an|the|this|that|my|our|some)\s+(?:\w+\s+)?"
        r"(?:bridge|building|roof|rooftop|cliff|balcony|tower|ledge|overpass|flyover|car\s+park|multi-?\s?storey"
        r"|window|skyscraper|block\s+of\s+flats)s?\b",
        "I stood there thinking I could jump off the bridge.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "in front of a train or into traffic",
        r"\b(?:jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|throw(?:s|ing)?\s+myself|threw\s+myself|step(?:s|ped|ping)?"
        r"|walk(?:s|ed|ing)?|lie\s+down|lay\s+down|fall|fell)\s+(?:out\s+)?(?:in\s+front\s+of|under)\s+"
        r"(?:a|an|the|some|oncoming)\s+(?:\w+\s+)?(?:train|tube|bus|lorry|truck|car|traffic|tram|van)s?\b"
        r"|\b(?:walk|walked|walking|step|stepped|stepping|run|ran)\s+(?:out\s+)?into\s+(?:the\s+)?(?:oncoming\s+)?traffic\b",
        "I thought about stepping in front of a train.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "drive into a wall",
        r"\b(?:drive|drives|drove|driving|crash(?:es|ed|ing)?|steer(?:s|ed|ing)?|swerv(?:e|ed|ing))\s+"
        r"(?:my\s+car\s+|the\s+car\s+)?(?:into|off)\s+(?:a|an|the)\s+(?:\w+\s+)?"
        r"(?:wall|tree|bridge|cliff|river|lake|lorry|truck|pillar|oncoming|road)\b"
        r"|\bcrash(?:ed|ing)?\s+(?:my|the)\s+car\s+on\s+purpose\b",
        "On the motorway I wanted to drive into a wall.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "hang myself or noose",
        rf"\b(?:hang|hangs|hanged|hanging|hung)\s+{_MYSELF}\b(?!\s+(?:up|out|upside))|\bnooses?\b",
        "I looked up how to tie a noose.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "slit my wrists or throat",
        r"\b(?:slit|slits|slitting|slash|slashed|slashing|slice|sliced|slicing|open|opened|opening)\s+"
        r"(?:my|both\s+my|both)\s+(?:own\s+)?(?:wrists?|throat|veins?)\b",
        "I want to slit my wrists.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "shoot myself",
        rf"\b(?:shoot|shoots|shooting|shot)\s+{_MYSELF}\b(?!\s+in\s+the\s+foot)"
        r"|\bgun\s+to\s+my\s+(?:own\s+)?head\b|\bblow(?:ing)?\s+my\s+(?:own\s+)?brains\s+out\b",
        "My dad has a gun and I think about shooting myself.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "drown, poison or gas myself",
        # Not "drown myself in work/wine": that "in" is the idiom.
        rf"\b(?:drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|gas(?:sed|sing)?|suffocat(?:e|es|ed|ing)"
        rf"|electrocut(?:e|es|ed|ing)|smother(?:s|ed|ing)?)\s+{_MYSELF}\b(?!\s+in\b)",
        "I thought about walking into the sea and drowning myself.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "researching a method",
        r"\b(?:painless|quick|quickest|easy|easiest|best|surest)\s+ways?\s+to\s+(?:die|kill\s+(?:myself|yourself|oneself))\b"
        # Not a dosage question ("how many tablets should I take?").
        rf"|\bhow\s+many\s+(?:\w+\s+)?{_PILLS}\s+(?:(?:would|will|does|did)\s+it\s+take|it\s+(?:would\s+|will\s+)?takes?"
        r"|(?:would|will|does|do)\s+(?:it\s+take\s+to\s+)?(?:kill|die)|to\s+(?:kill|die|overdose|od)\b"
        r"|(?:are|is)\s+(?:lethal|fatal|deadly|too\s+many))"
        rf"|\bhow\s+to\s+(?:die|kill\s+{_MYSELF}|end\s+my\s+life|commit\s+suicide)\b|\b(?:lethal|fatal)\s+dose\b",
        "I googled the most painless way to die.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "goodbye or suicide note",
        # A goodbye letter *to the ex or the relationship* is a common
        # therapy exercise in rejection recovery, so that one is not flagged.
        r"\b(?:good\s*-?\s*bye|farewell|suicide)\s+(?:letters?|notes?|videos?)\b"
        r"(?!\s+(?:(?:to|for)\s+(?:him|her|them|my\s+ex|the\s+(?:relationship|marriage)|our\s+(?:relationship|marriage)"
        r"|my\s+(?:relationship|marriage)|that\s+relationship)\b|exercise|homework|task|assignment))",
        "I've written a goodbye note to my family.",
    ),
    _phrase(
        PLAN_OR_MEANS,
        "giving things away or putting affairs in order",
        r"\b(?:giv(?:e|es|ing)|gave|given)\s+away\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?"
        r"(?:things|stuff|belongings|possessions|pets?)\b"
        r"|\b(?:put(?:s|ting)?|get(?:s|ting)?|got|sort(?:s|ed|ing)?)\s+my\s+affairs\s+in\s+order\b"
        r"|\bby\s+the\s+time\s+(?:you|anyone|someone|they)\s+(?:read|reads|see|sees|find|finds)\s+this\b",
        "I've started giving away my things.",
    ),
    # --- hopelessness_with_intent: indirect and passive wording --------------------------------
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "don't want to be here anymore",
        # Only where it stops, or goes on to "anymore"/"on this earth", so
        # "I don't want to be here at this party" is not flagged.
        rf"\b(?:{_DONT}|no\s+longer|never)\s+(?:really\s+|even\s+)?{_WANT}\s+(?:be\s+)?(?:here|around)"
        rf"(?:\s+(?:any\s*more|any\s+longer|on\s+(?:this\s+)?earth|in\s+this\s+world)\b|{_CLAUSE_END})",
        "I don't want to be here anymore.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "don't want to live or exist",
        # Not "don't want to live with my parents / in London / here".
        rf"\b(?:{_DONT}|no\s+longer|never)\s+(?:really\s+|even\s+)?{_WANT}\s+"
        r"(?:be\s+alive|live|exist|go\s+on\s+living|keep\s+living|carry\s+on\s+living)\b"
        r"(?!\s+(?:with|in|at|near|there|here|alone|together|abroad|on|by|next|close|somewhere|anywhere|nearby)\b)",
        "I don't want to live anymore.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "not wake up",
        # "I hope I don't wake up" but not "I hope I don't wake up late" or
        # "...wake up my flatmate".
        r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed)?|pray(?:s|ed|ing)?|rather)\b[^.!?\n]{0,25}?"
        r"\b(?:not|never|don'?t|didn'?t|won'?t|wouldn'?t|do\s+not|will\s+not|would\s+not)\s+(?:ever\s+)?wake\s+up\b"
        r"(?!\s+(?:early|late|too|before|at|on\s+time|in\s+time|until|till|with|to|for|the|my|him|her|them|you|us"
        r"|everyone|anyone|everybody|anybody)\b)"
        rf"|\b{_DONT}\s+{_WANT}\s+(?:ever\s+)?wake\s+up(?:\s+(?:again|tomorrow|any\s*more|ever)\b|{_CLAUSE_END})"
        r"|\b(?:sleep|asleep|bed)\s+and\s+(?:just\s+)?(?:never|not)\s+wake\s+up\b|\bnever\s+wake\s+up\s+again\b"
        r"|\bsleep\s+forever\b",
        "I hope I don't wake up tomorrow.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "better off without me",
        # Perceived burdensomeness is a recognised risk factor, so this is
        # flagged even about one ex ("he's better off without me").
        r"\bbetter\s+off\s+without\s+me\b|\b(?:would|will|'d|'ll)\s+be\s+better\s+without\s+me\b"
        r"|\bbetter\s+off\s+if\s+i(?:\s+was|\s+were|\s+had|'?d)?\s+(?:dead|gone|died|disappeared"
        r"|never\s+(?:been\s+born|existed)|(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|born)"
        r"|didn'?t\s+exist|did\s+not\s+exist)\b",
        "Everyone would be better off without me.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "I'm a burden",
        rf"\b{_IM}\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+|always\s+)?an?\s+(?:\w+\s+)?burden\b"
        r"|\bburden\s+(?:to|on)\s+(?:everyone|everybody|my\s+family|my\s+friends|the\s+people|all\s+of\s+them)\b",
        "I'm such a burden to everyone.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "no reason to live",
        r"\bno\s+(?:reason|point|purpose|will)\s+(?:(?:in|to|for)\s+)?(?:living|live|life|being\s+alive|existing|exist)\b"
        r"|\bnothing\s+(?:left\s+)?to\s+live\s+for\b"
        r"|\bwhat(?:'?s|\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|life|being\s+alive|existing|me\s+being\s+here)\b",
        "There's no reason to live now.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "life isn't worth living",
        r"\blife(?:'?s|\s+is)?\s+(?:really\s+|just\s+)?(?:not|isn'?t|no\s+longer|ain'?t)\s+worth\s+(?:living|it)\b"
        r"|\bnot\s+worth\s+living\b",
        "Life isn't worth living without her.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "can't go on",
        # "I can't go on like this" and "can't keep going on dates" are not
        # flagged; "I can't go on." and "can't go on living" are.
        rf"\b{_CANT}\s+(?:go\s+on|carry\s+on|keep\s+going|keep\s+living)"
        rf"(?:\s+(?:living|any\s*more|any\s+longer)\b|{_CLAUSE_END})",
        "I can't go on anymore.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "tired of living",
        r"\b(?:tired|sick|weary|exhausted)\s+of\s+(?:living|being\s+alive|life|existing)\b"
        r"|\bdone\s+with\s+(?:life|living|being\s+alive|this\s+life)\b",
        "I'm so tired of living.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "want it all to end",
        r"\b(?:it\s+all|everything|all\s+of\s+(?:it|this)|the\s+pain|my\s+life)\s+to\s+"
        r"(?:just\s+)?(?:end|stop|be\s+over)\b(?!\s+(?:with|at|on|by|soon|so))"
        r"|\bwish\s+(?:it|everything)\s+would\s+(?:all\s+)?(?:just\s+)?(?:end|stop)\b",
        "I just want it all to end.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "disappear forever or stop existing",
        r"\b(?:disappear|vanish)\w*\s+(?:forever|permanently|for\s+good)\b"
        r"|\b(?:cease|ceases|ceased|ceasing)\s+to\s+exist\b|\bstop(?:ped)?\s+existing\b"
        r"|\bwish(?:ed|ing)?\s+i\s+(?:could\s+|would\s+)?(?:just\s+)?(?:didn'?t|did\s+not|could\s+not|couldn'?t|wouldn'?t|not"
        r"|never|no\s+longer)\s+exist(?:ed)?\b"
        r"|\b(?:wish(?:ed|ing)?\s+i(?:\s+had|'?d|\s+was)|should\s+have)\s+never\s+(?:been\s+born|existed)\b",
        "I want to disappear forever.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "no one would miss me",
        r"\b(?:no\s*-?\s*one|nobody)\s+(?:would|will|'d|'ll|is\s+going\s+to|is\s+gonna)\s+(?:even\s+)?"
        r"(?:miss\s+me|notice\s+if\s+i|care\s+if\s+i)\b",
        "No one would even notice if I was gone.",
    ),
    _phrase(
        HOPELESSNESS_WITH_INTENT,
        "won't be around much longer",
        r"\b(?:won'?t|will\s+not|not\s+going\s+to|not\s+gonna)\s+be\s+(?:here|around|alive)\s+"
        r"(?:much\s+longer|for\s+(?:much\s+)?longer|for\s+long|any\s*more|any\s+longer)\b",
        "Don't worry, I won't be around much longer.",
    ),
)


# Every Python whitespace character (what ``\\s`` matches) other than " " and
# "\\n"; a test checks this list against the Unicode database.
_LINE_BREAKS = "\r\x85\u2028\u2029"
_OTHER_SPACES = "\t\x0b\x0c\x1c\x1d\x1e\x1f\xa0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
# Typographic apostrophes and dashes to ASCII; invisible characters removed (so
# "kill\u200bmyself" is seen); control characters and odd spaces to plain
# ones; "İ" to "I" because it is the one character whose lower case is two
# characters long, and the excerpt relies on the lowered text lining up.
_CHARACTER_MAP: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
    **dict.fromkeys([*map(chr, range(0x00, 0x09)), *map(chr, range(0x0E, 0x1C)), *map(chr, range(0x7F, 0xA0))], " "),
    **dict.fromkeys(_OTHER_SPACES, " "),
    **dict.fromkeys(_LINE_BREAKS, "\n"),
    "\u0130": "I",
}
# Look-alike letters people paste or type on phones: fullwidth, circled,
# "fancy font" maths letters, ligatures, superscripts. NFKC folds them onto
# plain letters. Only these runs are folded: NFKC over a whole text of, say,
# CJK characters costs ~30 ms per 200 KB and changes nothing we look for.
_COMPATIBILITY_LETTERS = re.compile(
    "[\u00aa\u00b2\u00b3\u00b9\u00ba\u1d2c-\u1d6a\u2070-\u209c\u2100-\u214f\u2460-\u24ff"
    "\ufb00-\ufb06\uff01-\uff5e\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff]+"
)
_ODD_CHARACTER = re.compile("[" + "".join(map(re.escape, _CHARACTER_MAP)) + "]")
# After these, whitespace is single: one " " or one "\n" between words. So a
# pattern's "\\s+" is exactly one character, which lets _anchors use whole
# phrases ("better off dead") rather than single common words. Written so the
# engine can skip ahead to a literal: each takes well under a millisecond.
_SPACE_RUN = re.compile("   *")
_NEWLINE_RUN = re.compile("\n[ \n]*")
_SPACE_BEFORE_NEWLINE = re.compile(" \n")
_WHITESPACE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    if not text.isascii():  # near-free check; the character class costs ~5 ms per 200 KB
        text = _COMPATIBILITY_LETTERS.sub(lambda run: unicodedata.normalize("NFKC", run.group()), text)
    text = _ODD_CHARACTER.sub(lambda odd: _CHARACTER_MAP[odd.group()], text)
    text = _SPACE_RUN.sub(" ", text)
    text = _NEWLINE_RUN.sub("\n", text)
    return _SPACE_BEFORE_NEWLINE.sub("\n", text)


def _tidy(fragment: str) -> str:
    """One line of printable text: what an email or dashboard can show safely."""
    printable = "".join(ch if ch.isprintable() else " " for ch in fragment)
    return _WHITESPACE.sub(" ", printable)


def _excerpt(text: str, start: int, end: int) -> str:
    """The matched words with as much whole-word context as fits in EXCERPT_MAX_CHARS."""
    core = _tidy(text[start:end]).strip()
    if len(core) >= EXCERPT_MAX_CHARS:
        return core[: EXCERPT_MAX_CHARS - 1] + "…"
    room = (EXCERPT_MAX_CHARS - len(core) - 2) // 2  # 2: an ellipsis each side

    # Read generously (runs of whitespace collapse), then trim to whole words.
    window_start = max(0, start - 4 * room)
    before = _tidy(text[window_start:start])
    cut_before = window_start > 0 or len(before) > room
    if cut_before:
        before = before[-room:]
        before = before[before.index(" ") + 1 :] if " " in before else ""

    window_end = min(len(text), end + 4 * room)
    after = _tidy(text[end:window_end])
    cut_after = window_end < len(text) or len(after) > room
    if cut_after:
        after = after[:room]
        after = after[: after.rindex(" ")] if " " in after else ""

    excerpt = (before + core + after).strip()
    if cut_before and before.strip():
        excerpt = "…" + excerpt
    if cut_after and after.strip():
        excerpt += "…"
    return excerpt


# --- Finding phrases fast ------------------------------------------------------------------------
#
# Nothing below changes what matches, only how fast. CPython's regex engine
# tries a pattern that opens with "\b" or with a choice of words at every
# position of the text: ~8 ms per pattern per 200 KB here, ~400 ms for the
# whole list. So each pattern gets a search plan, read from the pattern itself
# so nobody has to keep a second list in step:
#
# * a scanner: the pattern without the "\b" opening each alternative, which
#   the engine can skip through quickly; the real pattern confirms each hit;
# * anchors: plain substrings one of which is in every match, found with
#   str.find (nearly free), so the scanner only reads the text around them;
# * reach: how far a match can stretch from its anchor.
#
# If a plan cannot be worked out, that pattern reads the whole text: slower,
# never wrong.

try:  # CPython's own regex parser, to read the patterns
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parser = None

_PARSER_ERRORS = (AttributeError, TypeError, ValueError, IndexError, re.error)

# How long a "\w+" in a pattern is assumed to run when sizing the reach;
# longer "words" are not language.
_LONGEST_WORD = 30


@dataclass(frozen=True)
class _SearchPlan:
    scanner: re.Pattern[str]
    anchors: tuple[str, ...] = ()  # () means: read the whole text
    reach: int = 0


def _plan(pattern: re.Pattern[str]) -> _SearchPlan:
    scanner = _scanner(pattern.pattern)
    if _sre_parser is None:  # pragma: no cover - another Python
        return _SearchPlan(scanner)
    try:
        # A scanner that opens with plain letters is already as fast as a
        # substring search, so it reads the whole text and needs no anchors.
        if _opens_with_literal(_sre_parser.parse(scanner.pattern).data):
            return _SearchPlan(scanner)
        items = _sre_parser.parse(pattern.pattern).data
        return _SearchPlan(scanner, _anchors(items), _longest(items))
    except _PARSER_ERRORS:
        return _SearchPlan(scanner)


def _scanner(regex: str) -> re.Pattern[str]:
    """``regex`` without the ``\\b`` that opens each top-level alternative.

    It matches wherever the real pattern does (and a little more), so the real
    pattern confirms each hit with match(): same results, about 5x faster.
    """
    kept: list[str] = []
    depth, in_class, at_alternative_start, i = 0, False, True, 0
    while i < len(regex):
        if at_alternative_start and regex.startswith("\\b", i):
            i += 2
            at_alternative_start = False
            continue
        char = regex[i]
        step = 2 if char == "\\" else 1
        kept.append(regex[i : i + step])
        i += step
        at_alternative_start = False
        if step == 2:
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
            at_alternative_start = True
    return re.compile("".join(kept))


def _opens_with_literal(items: Any) -> bool:
    while items and items[0][0] is _sre.SUBPATTERN:
        items = items[0][1][-1].data
    return bool(items) and items[0][0] is _sre.LITERAL


def _is_whitespace_run(op: Any, av: Any) -> bool:
    """Whether a parsed item is ``\\s+`` (or ``\\s*``): one character after _normalise."""
    return op is _sre.MAX_REPEAT and list(av[2].data) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]


def _anchors(items: Any) -> tuple[str, ...]:
    required = _required_literals(items)
    if not required:
        return ()
    # "take" already finds "taken"; looking for both would only repeat work.
    return tuple(sorted(a for a in required if not any(b != a and b in a for b in required)))


def _required_literals(items: Any) -> frozenset[str] | None:
    """For a parsed sequence: strings one of which every match contains, the rarest such set; None if none."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # the sentinel flushes the last run
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if _is_whitespace_run(op, av) and av[0] >= 1:
            run.append(" ")  # "\\s+" is exactly one space in the anchor text
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            found = _required_literals(av[-1].data)
        elif op is _sre.BRANCH:
            alternatives = [_required_literals(alternative.data) for alternative in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            found = _required_literals(av[2].data)
        if found:
            candidates.append(found)
    return min(candidates, key=lambda strings: sum(map(_expected_hits, strings)), default=None)


# Everyday words that would send a pattern to look almost everywhere in a
# journal; a pattern is anchored on something rarer when it can be.
_COMMON_WORDS = frozenset(
    {
        *("all", "alive", "around", "away", "back", "been", "best", "better", "can", "care", "day", "down"),
        *("easy", "end", "go", "going", "good", "head", "here", "how", "into", "just", "life", "live"),
        *("living", "many", "miss", "my", "never", "nothing", "off", "on", "over", "point", "quick", "rather"),
        *("reason", "start", "stop", "take", "taking", "the", "time", "to", "took", "top", "under", "want"),
        *("will", "wish", "without", "worth", "would"),
    }
)


def _expected_hits(anchor: str) -> float:
    """A rough guess at how often an anchor occurs in ordinary text: lower is better."""
    words = anchor.split()
    if not words:
        return 1.0
    # A phrase is at most as common as its rarest word, and usually far rarer.
    rarest = min(1.0 if len(word) < 3 else 0.02 if word in _COMMON_WORDS else 0.005 for word in words)
    return rarest * 0.1 ** (len(words) - 1)


def _longest(items: Any) -> int:
    """Characters a match (with its lookarounds) can span in normalised text."""
    total = 0
    for op, av in items:
        if op is _sre.SUBPATTERN:
            total += _longest(av[-1].data)
        elif op is _sre.BRANCH:
            total += max(_longest(alternative.data) for alternative in av[1])
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            total += _longest(av[1].data)  # lookarounds read text too
        elif _is_whitespace_run(op, av):
            total += 1
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            most = _LONGEST_WORD if av[1] is _sre.MAXREPEAT else av[1]
            total += most * _longest(av[2].data)
        elif op is not _sre.AT:
            total += 1
    return total


_PLANS: tuple[_SearchPlan, ...] = tuple(_plan(entry.pattern) for entry in RISK_PHRASES)

_WindowCache = dict[tuple[str, int], list[tuple[int, int]]]


def _anchor_windows(anchor_text: str, anchor: str, reach: int) -> list[tuple[int, int]]:
    """Merged (start, end) stretches within ``reach`` of every occurrence of ``anchor``.

    Jumps with rfind to the last occurrence still inside the current stretch,
    so text dense with an anchor ("myself myself ...") costs one step per
    ``reach`` characters rather than one per occurrence.
    """
    windows: list[tuple[int, int]] = []
    width = len(anchor)
    at = anchor_text.find(anchor)
    while at != -1:
        start, end = max(0, at - reach), at + width + reach
        while (later := anchor_text.rfind(anchor, at + 1, end + reach + width)) != -1:
            at, end = later, later + width + reach
        windows.append((start, min(end, len(anchor_text))))
        at = anchor_text.find(anchor, end + reach + 1)
    return windows


def _windows(anchor_text: str, plan: _SearchPlan, cache: _WindowCache) -> list[tuple[int, int]]:
    """Merged stretches of the text worth searching for one phrase."""
    if not plan.anchors or plan.reach >= len(anchor_text):
        return [(0, len(anchor_text))]
    stretches: list[tuple[int, int]] = []
    for anchor in plan.anchors:
        key = (anchor, plan.reach)
        if key not in cache:  # several phrases share anchors ("self", "pills")
            cache[key] = _anchor_windows(anchor_text, anchor, plan.reach)
        stretches.extend(cache[key])
    stretches.sort()
    merged: list[tuple[int, int]] = []
    for start, end in stretches:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _first_match(
    entry: RiskPhrase, plan: _SearchPlan, lowered: str, anchor_text: str, cache: _WindowCache
) -> re.Match[str] | None:
    for start, end in _windows(anchor_text, plan, cache):
        at = start
        while at <= end:
            candidate = plan.scanner.search(lowered, at, end)
            if candidate is None:
                break
            # The real pattern decides, on the whole text: the scanner is
            # looser, and a window's end looks like the end of the text to
            # "$" and to lookaheads.
            confirmed = entry.pattern.match(lowered, candidate.start())
            if confirmed is not None:
                return confirmed
            at = candidate.start() + 1
    return None


def find_risk_language(text: str) -> list[RiskMatch]:
    """Every phrase of RISK_PHRASES found in ``text``, once each, in order of appearance.

    A prompt for a clinician to read the entry, never a diagnosis. Returns []
    for anything that is not a string, and never raises: a crash here would
    lose the client's entry and the alert with it.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        normalised = _normalise(text)
        lowered = normalised.lower()
        anchor_text = lowered.replace("\n", " ")  # anchors spell "\\s+" as one space
        found: list[tuple[int, int, RiskMatch]] = []
        cache: _WindowCache = {}
        for index, (entry, plan) in enumerate(zip(RISK_PHRASES, _PLANS, strict=True)):
            match = _first_match(entry, plan, lowered, anchor_text, cache)
            if match is not None:
                excerpt = _excerpt(normalised, match.start(), match.end())
                found.append((match.start(), index, RiskMatch(entry.category, entry.name, excerpt)))
    except Exception:
        # Should be unreachable; logged loudly because an error here is a
        # missed alert, and returning [] keeps the client's entry saved.
        logger.exception("Risk-language detection failed on a text of %d characters", len(text))
        return []
    found.sort(key=lambda item: (item[0], item[1]))
    return [risk_match for _, _, risk_match in found]
