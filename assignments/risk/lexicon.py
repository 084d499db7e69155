"""The phrase families: the ways people say each risky thing, written once in canonical words.

Patterns read the canonical text made by ``normalise.words``: lower-case
words joined by single spaces, contractions spelled out ("do not", "i am",
"i would"), possessive "'s" dropped, and clause boundaries as the words "."
(sentence end, line break) and "," (comma, colon, dash). So a pattern never
lists spellings, apostrophes or text-speak, and a gap of words (``gap(n)``)
never runs across a boundary.

Each family says what it means (``name``, shown to the clinician), how
serious it is (its category: see ``CATEGORY_LEVEL``), and:

* ``triggers``: words one of which every match contains. A family is only
  tried on a text holding one of them; this is what keeps the detector fast.
  A test checks, on every sentence of the corpus and every example, that
  trying every family everywhere finds nothing more.
* ``about_self``: the pattern does not say whose thought it is ("want to
  die", "suicidal"), so the nearest subject before it must not be someone
  else ("my friend wants to die" is the friend's).
* ``deniable``: a negation just before it ("I would never …", "I have no
  thoughts of …") is a denial, not a risk statement (see ``detector``).
* ``examples``: sentences it must match; a test checks each.

Exclusions (``EXCLUSIONS``) are idioms and ordinary senses. An exclusion only
cancels a match whose words it overlaps, so "I killed it at work today but I
want to kill myself" is still flagged: an idiom never hides a risky clause
elsewhere in the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assignments.risk import languages
from assignments.risk.plan import _group_end
from assignments.risk.vocabulary import SHORTHAND

PLAN_INTENT = "plan_intent"
SUICIDAL_THOUGHTS = "suicidal_thoughts"
SELF_HARM = "self_harm"
HARM_TO_OTHERS = "harm_to_others"
PASSIVE_WISH = "passive_wish"
BURDEN_HOPELESS = "burden_hopeless"
EXPOSURE = "exposure"  # someone close died by suicide

CATEGORIES: tuple[str, ...] = (
    PLAN_INTENT,
    SUICIDAL_THOUGHTS,
    SELF_HARM,
    HARM_TO_OTHERS,
    PASSIVE_WISH,
    BURDEN_HOPELESS,
    EXPOSURE,
)

IMMINENT, HIGH, MODERATE, HISTORY = "imminent", "high", "moderate", "history"
LEVELS: tuple[str, ...] = (IMMINENT, HIGH, MODERATE, HISTORY)  # most urgent first

CATEGORY_LEVEL = {
    PLAN_INTENT: IMMINENT,
    SUICIDAL_THOUGHTS: HIGH,
    SELF_HARM: HIGH,
    HARM_TO_OTHERS: HIGH,
    PASSIVE_WISH: MODERATE,
    BURDEN_HOPELESS: MODERATE,
    EXPOSURE: HISTORY,
}

CATEGORY_LABELS = {
    PLAN_INTENT: "Plan, means, timing or intent",
    SUICIDAL_THOUGHTS: "Suicidal thoughts",
    SELF_HARM: "Self-harm",
    HARM_TO_OTHERS: "Harm to others",
    PASSIVE_WISH: "Wish to be dead",
    BURDEN_HOPELESS: "Burden or hopelessness",
    EXPOSURE: "Someone close died by suicide",
}


@dataclass(frozen=True)
class Family:
    category: str
    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]
    examples: tuple[str, ...]
    about_self: bool = False
    deniable: bool = True
    accident_sensitive: bool = False  # dropped when its sentence says it was an accident


@dataclass(frozen=True)
class Exclusion:
    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]
    examples: tuple[str, ...] = field(default=())
    only: frozenset[str] = frozenset()  # the categories it cancels; empty: every category


def gap(most: int) -> str:
    """Up to ``most`` words, never across a clause boundary."""
    return rf"(?:[a-z0-9']+ ){{0,{most}}}"


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


END = r"(?= [.,?]|$)"  # the clause ends here
MYSELF = r"(?:myself|my self|me self|my own self|my body)"
KILL = r"kill(?:s|ed|ing|in)?"
DIE = r"(?:die|died|dies|dying|be dead|drop dead|go|pass away)"
WANTING = alt(
    "want", "wants", "wanted", "wanting", "need", "needed", "ready", "deserve", "deserves", "deserved",
    "longing", "long", "like", "love", "rather", "prefer", "wish", "wishing", "wished", "tempted", "going",
)  # fmt: skip
PILLS = alt(
    "pills?", "tablets?", "meds", "medication", "medications", "medicine", "paracetamol", "acetaminophen",
    "tylenol", "ibuprofen", "aspirin", "painkillers", "pain killers", "sleeping pills", "sleeping tablets",
    "antidepressants", "insulin", "sertraline", "fluoxetine", "citalopram", "codeine", "oxy", "oxycodone",
    "xanax", "diazepam", "valium", "benzos", "opioids", "prescription", "lithium", "amitriptyline",
    "quetiapine", "zopiclone", "co codamol", "cocodamol", "panadol", "nurofen", "morphine", "tramadol", "methadone",
)  # fmt: skip
BODY = alt(
    "arms?", "wrists?", "forearms?", "legs?", "thighs?", "hips?", "stomach", "belly", "tummy", "chest", "skin",
    "hands?", "palms?", "ankles?", "calf", "calves", "face", "fists?", "knuckles", "shoulders?", "sides?",
    "ribs", "neck", "fingers?", "feet", "foot", "body", "flesh", "veins?", "upper arms?", "inner thighs?",
    "inner arms?", "head", "scalp", "lip", "lips", "cheeks?", "breasts?", "thy", "thi", "shins?", "forehead",
    "jaw",
)  # fmt: skip
INSTRUMENT = alt(
    "razors?", "razor blades?", "blades?", "sharpeners?", "sharpener blades?", "box cutter", "stanley knife",
    "scissors", "compass", "glass", "broken glass", "lighter", "cigarettes?", "knife", "knives", "pins?",
    "needles?", "safety pins?", "paper clip", "nails", "fingernails", "belt", "lighters?", "hot spoon",
    "iron", "kitchen knife", "pencil sharpener", "divider", "straighteners", "straightners", "hair straighteners",
)  # fmt: skip
HEIGHT = alt(
    "bridge", "building", "roof", "rooftop", "cliff", "balcony", "tower", "ledge", "overpass", "flyover",
    "car park", "parking garage", "parking structure", "window", "skyscraper", "block of flats", "top floor",
    "multi storey", "multistorey", "platform", "viaduct", "dam", "quarry", "pier", "edge", "terrace", "headland",
    "cliffs", "cliff top", "clifftop", "cliff path", "cliff edge", "footbridge", "fire escape", "stairwell", "crane",
    "scaffolding", "parapet", "tower block", "waterfall", "gorge", "rooftops", "terrace roof",
)  # fmt: skip
VEHICLE = alt("trains?", "tube", "bus", "buses", "lorry", "lorries", "trucks?", "cars?", "traffic", "tram", "van")
PEOPLE_CLOSE = alt(
    "friend", "best friend", "brother", "sister", "mum", "dad", "father", "mother", "cousin", "uncle", "aunt",
    "auntie", "son", "daughter", "partner", "ex", "husband", "wife", "boyfriend", "girlfriend", "classmate",
    "coworker", "colleague", "grandad", "granddad", "grandma", "grandfather", "grandmother", "nan", "nephew",
    "niece", "flatmate", "roommate", "teammate", "stepdad", "stepmum", "fiance", "fiancee", "mate",
    "childhood friend", "old friend", "friends", "parent", "twin", "godfather", "neighbour", "neighbor",
)  # fmt: skip
TARGET = alt(
    "him", "her", "them", "you", "my ex", "the ex", "his (?:new )?(?:girlfriend|wife|partner|boyfriend|fiancee)",
    "her (?:new )?(?:boyfriend|husband|partner|girlfriend|fiance)", "their (?:new )?partner",
    "the new (?:girlfriend|boyfriend|partner|guy|girl|woman|man|wife|husband)",
    "that (?:guy|girl|woman|man|bitch|bastard|prick|cow|idiot|person|lad|dude)",
    "my (?:boss|manager|ex|former friend|old friend|friend|coworker|colleague|sister|brother|mum|dad|husband"
    "|wife|partner|ex husband|ex wife|ex boyfriend|ex girlfriend|housemate|flatmate|landlord|stepdad|supervisor"
    "|team leader|neighbour|neighbor|teacher|bully|bullies|replacement)",
    "someone", "somebody", "people", "everyone", "everybody", "them all", "all of them", "his family",
    "her family", "the lot of them", "both of them", "the pair of them", "those people", "the guy", "the girl",
    "the woman", "the man", "the person", "the bitch", "the bastard", "his new", "her new",
    "the (?:bloke|guy|fella|lad|man|woman|girl|chick|dude|prick|twat)(?: (?:she|he) left me for)?",
    "the (?:girls|boys|people|lads|ones|guys|women|men) who", "my (?:old |former |ex )?(?:best )?(?:friend|mate)",
)  # fmt: skip
VIOLENCE = alt(
    KILL, "murder(?:ed|ing)?", "stab(?:bed|bing)?", "shoot(?:ing)?", "shot", "strangl(?:e|ed|ing)",
    "chok(?:e|ed|ing)", "beat (?:up|the shit out of|the crap out of)", "beat", "beating", "punch(?:ed|ing)?",
    "hurt(?:ing)?", "harm(?:ed|ing)?", "attack(?:ed|ing)?", "poison(?:ed|ing)?", "run over", "batter",
    "smash(?:ed)?", "bash(?:ed)?", "throttle", "suffocate", "drown", "torture", "maim", "knife", "glass",
    "acid", "slit", "burn",
)  # fmt: skip
INTENT = alt(
    "want to", "wanted to", "wanting to", "going to", "am going to", "will", "ill", "would", "could",
    "fantasi[sz](?:e|ed|ing) about", "fantasy about", "daydream(?:ed|ing)? about", "dream(?:ed|ing)? about",
    "imagin(?:e|ed|ing)", "think(?:ing)? about", "thought about", "thoughts about", "thoughts of",
    "plan(?:ned|ning)? to", "plans to", "urges? to", "tempted to", "need to", "should", "about to",
    "wish i could", "wish i had", "ready to", "swear i will", "am gonna", "intend to", "desire to",
    "have to", "might", "really want to", "so close to", "came close to", "almost", "pictur(?:e|ed|ing)",
    "thoughts to", "having thoughts to", "thought of",
    "keep picturing", "visualis(?:e|ing)", "can see myself", "keep imagining", "wants to", "part of me wants to",
)  # fmt: skip


def _whole_words(regex: str) -> str:
    """Close every ``(?! (?:a|b|…))`` with ``\\b``, so a refused word never refuses a longer one ("a" and "all")."""
    out, i = [], 0
    while (at := regex.find("(?! (?:", i)) != -1:
        end = _group_end(regex, at + 3)  # just after the "(?:…)" the refusal holds
        out.append(regex[i:end])
        if not regex.startswith("\\b", end):
            out.append("\\b")
        i = end
    out.append(regex[i:])
    return "".join(out)


# After "I'll kill him": a trivial reason makes it a figure of speech ("…if he's late again", "…, she used my shampoo").
TRIVIAL = (
    r"(?!(?: ,)? (?:if (?:he|she|they) (?:is|are|was|does|do|eats|forgets|touches my (?:food|stuff|phone)|uses|takes|leaves|left|finishes"
    r"|borrows|keeps|cancels|texts|is late|are late|says|plays|wakes|snores|spoils|posts|tags|puts|does that)|(?:she|he|they) (?:used|ate|took|borrowed|sent|posted|told|showed|invited|spilled|broke"
    r"|finished|forgot|drank|nicked|stole my (?:food|lunch|charger|shampoo|chips|snacks|seat)|left the|spoiled|spoilt)|for (?:using|eating"
    r"|taking|forgetting|borrowing|finishing|spoiling|being late))\b)"
)


def family(
    category: str,
    name: str,
    regex: str,
    triggers: str,
    *examples: str,
    about_self: bool = False,
    deniable: bool = True,
    accident_sensitive: bool = False,
) -> Family:
    if category not in CATEGORIES:
        raise ValueError(f"Unknown category {category!r} for {name!r}")
    if not examples:
        raise ValueError(f"Give {name!r} at least one example")
    return Family(
        category,
        name,
        re.compile(_whole_words(regex)),
        frozenset(triggers.split()),
        examples,
        about_self,
        deniable,
        accident_sensitive,
    )


def exclusion(name: str, regex: str, triggers: str, *examples: str, only: tuple[str, ...] = ()) -> Exclusion:
    if not set(only) <= set(CATEGORIES):
        raise ValueError(f"Unknown category in {name!r}")
    return Exclusion(name, re.compile(_whole_words(regex)), frozenset(triggers.split()), examples, frozenset(only))


_KILL_WORDS = "kill kills killed killing killin"
_DIE_WORDS = "die died dies dying dead death"
_SELF_WORDS = "myself self body"
_PILL_WORDS = (
    "pill pills tablet tablets meds medication medications medicine paracetamol acetaminophen tylenol ibuprofen "
    "aspirin painkillers pain sleeping antidepressants insulin sertraline fluoxetine citalopram codeine oxy "
    "oxycodone xanax diazepam valium benzos opioids prescription lithium amitriptyline quetiapine zopiclone co "
    "cocodamol panadol nurofen"
)

FAMILIES: tuple[Family, ...] = (
    # === plan_intent: methods, means, timing, preparation, rehearsal, attempts ======================
    family(
        PLAN_INTENT,
        "pills: taking a quantity",
        rf"\b(?:take|takes|taking|took|taken|swallow(?:s|ed|ing)?|down(?:ed|ing)?|neck(?:ed|ing)?|chug(?:ged)?|pop(?:ped)?)"
        rf" (?:all|every|every single|every one of|the (?:whole|entire|rest of the) (?:bottle|box|packet|pack|strip|tub|lot)"
        rf"|an? (?:whole |full )?(?:handful|bottle|box|packet|pack|load|bunch|lot|fistful|pile|strip|blister pack)|handfuls|loads|lots|enough|about \d\d+|around \d\d+|like \d\d+|over \d\d+|about (?:twenty|thirty|forty|fifty)|around (?:twenty|thirty|forty|fifty)"
        rf"|a month|a month worth|a few boxes|several boxes|\d\d+|twenty|thirty|forty|fifty|a hundred|too many"
        rf"|as many|double|triple|half (?:a|the|my) (?:box|bottle|packet|pack|strip|tub)|(?:two|three|four|several|a few|some) (?:boxes|bottles|packets|packs|strips)) (?:of )?(?:(?:my|the|those|these|his|her|mum|dad|nan|them)\s)?(?:[a-z]+ ){{0,2}}{PILLS}\b",
        _PILL_WORDS,
        "I could just take all my pills tonight.",
        "took a handful of my sleeping tablets",
        "I'm going to swallow the whole packet of paracetamol.",
    ),
    family(
        PLAN_INTENT,
        "pills: taking them all at once",
        rf"\b{PILLS}\b[^.?]{{0,60}}\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|neck|necking) (?:them|the lot|those|these|it)(?: all)? (?:all|at once|in one go|together|tonight|tomorrow|today|now)\b"
        rf"|\b{PILLS}\b[^.?]{{0,60}}\b(?:take|taking|took|swallow|swallowing|swallowed) all of (?:them|it|those)\b"
        rf"|\b(?:saved|saving|kept|keeping|hoarded|hidden|hid) (?:up )?(?:all )?(?:my|the|some|all my|enough) (?:[a-z]+ )?{PILLS}\b(?= (?:and|so|for|to|because|until|since)\b)",
        _PILL_WORDS + " saved saving kept keeping hoarded hidden hid",
        "I've saved my pills and I'm taking them all tonight.",
    ),
    family(
        PLAN_INTENT,
        "pills: everything in the medicine cabinet",
        r"\b(?:take|takes|taking|took|swallow(?:s|ed|ing)?|down(?:ed)?|neck(?:ed)?) (?:everything|every pill|all the pills|all the tablets|the lot|whatever is)(?: that is| that we have| that i have)? (?:in|from) (?:the|my|our|mum|dad|his|her) (?:[a-z]+ )?(?:medicine|first aid|bathroom|pill|meds|drugs)? ?(?:box|cabinet|cupboard|drawer|tin|bag|kit|stash)\b",
        "everything pill pills tablets lot whatever",
        "then I take everything in the medicine box.",
    ),
    family(
        PLAN_INTENT,
        "overdose",
        r"\b(?:overdose|overdosed|overdoses|overdosing)\b"
        r"(?! (?:on|of) (?:caffeine|coffee|sugar|chocolate|netflix|tv|carbs|sun|sunshine|vitamin|kindness|cake|love|junk|energy|sweets|social media|fresh air|cuteness|nostalgia|emotion|emotions|drama)\b)",
        "overdose overdosed overdoses overdosing",
        "I keep thinking about an overdose.",
        "i od'd on my meds last night",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "pills: stockpiling or lined up",
        rf"\b(?:stockpil\w*|hoard\w*|sav(?:e|es|ed|ing) up|stash(?:ed|ing)?) (?:up )?(?:on )?(?:(?:my|the|some|all my|all the|enough|loads of|a lot of|extra|two months of|months of)\s)*(?:[a-z]+ )?{PILLS}\b"
        rf"|\b(?:saving|saved|collect(?:s|ed|ing)?"
        rf"|stor(?:e|ed|ing)|gather(?:ed|ing)?|bought|buying|buy|hidden|hid|hiding|kept|keeping|count(?:ed|ing)?"
        rf"|got|have|line(?:d)? up|lining up|laid out) (?:up )?(?:(?:my|the|some|all my|all the|enough|loads of|a lot of|extra|two months of|months of)\s)*"
        rf"(?:(?!taking |take |takes |took |prescribed )[a-z]+ ){{0,3}}{PILLS}(?: pens?| doses| injections| needles| packets| boxes)?\b(?= (?:up|out|ready|lined up|since|now|already|until|for months|for weeks|from|in (?:my|a|the) (?:drawer|room|bag|wardrobe|box|cupboard|sock|shoebox)"
        rf"|for (?:when|the (?:end|day|night|right)|a (?:rainy|bad|last)|it|this|that|if|tonight|later|one day)|just in case|in case|so (?:i|that)|to (?:do|end|take|use|have))|{END})",
        _PILL_WORDS,
        "I've been stockpiling my sleeping pills.",
        "I've got the tablets lined up.",
        "I've saved up enough pills for when I need them.",
    ),
    family(
        PLAN_INTENT,
        "pills: lined up or counted",
        rf"\b{PILLS} (?:are |is )?(?:all )?(?:lined up|laid out|counted out|ready|in a pile|on the (?:table|desk|bed|counter)|in my hand)\b",
        _PILL_WORDS,
        "The tablets are lined up on my desk.",
    ),
    family(
        PLAN_INTENT,
        "researching a method or dose",
        rf"\b(?:painless|quick|quickest|easy|easiest|best|surest|fastest|least painful|peaceful|simplest|cleanest)"
        rf" (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill (?:myself|yourself|oneself)|end it|go|end my life|do it|check out)\b"
        rf"|\b(?:which|what|the) (?:ways|methods|way) (?:are|is|would be) (?:the )?(?:least painful|least painfull|painless|quickest|easiest|most reliable|surest|less painful)\b|\bnarrowed it down to\b(?= [^.?]{{0,40}}\b(?:ways|methods|options|two|first|one)\b)"
        rf"|\bhow (?:many|much) {gap(1)}{PILLS} (?:would|will|does|do|it (?:would |will )?takes?|to|are|is|before|until|till|until it|does it take)"
        rf"(?! (?:i|you) (?:need to|should|can|have to) take (?:for|a day|daily|with))(?! (?:safe|okay|ok|fine|allowed|recommended|the (?:max|maximum|limit))\b)(?! (?:are|is) (?:safe|okay|ok|fine|allowed|recommended|the (?:max|maximum|limit)))(?! (?:you|i) (?:can|should|are allowed to|may) (?:safely )?take)\b"
        rf"|\bhow (?:to|do you|do i|can i|would i|would you|could i) (?:die|kill (?:myself|yourself)|end my life|commit suicide"
        rf"|end it|hang (?:myself|yourself)|overdose|od|slit|tie a noose|get a gun)\b"
        rf"|\b(?:lethal|fatal|deadly|toxic|killing) (?:dose|amount|dosage)\b"
        rf"|\bhow (?:much|many) (?:it )?(?:would|will|it would take to|it takes to|does it take to|would it take to|to) (?:do it|kill me|finish me|be enough|be lethal|be fatal|end it|stop my heart)\b"
        rf"|\bhow (?:high|far) (?:do|does|would|you|i|it) {gap(3)}(?:jump|fall|drop)\b"
        rf"|\b(?:googl(?:e|ed|ing)|search(?:ed|ing)?|look(?:ed|ing)? up|research(?:ed|ing)?|read(?:ing)? about|checking|checked)"
        rf" {gap(4)}(?:methods|ways to die|how to die|how many|lethal|fatal|overdose|suicide|painless|how long it takes to die"
        rf"|how much it would take|bridges|tall buildings|nooses?)\b",
        "painless quickest easiest surest fastest peaceful simplest cleanest way ways method methods die dying "
        "kill end hang overdose od slit noose nooses gun many much lethal fatal deadly toxic dose amount dosage "
        "high far suicide long bridges buildings narrowed which what the",
        "I googled the most painless way to die.",
        "I looked up how many paracetamol it would take.",
        "searched how long it takes to die",
    ),
    family(
        PLAN_INTENT,
        "jumping from a height",
        rf"\b(?:jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|throw(?:s|ing)? {MYSELF}|threw {MYSELF}|fling {MYSELF}|flung {MYSELF}"
        rf"|step(?:ped|ping)?|fall(?:ing)?|drop(?:ped|ping)?|launch {MYSELF}|yeet {MYSELF}|hurl {MYSELF}) (?:off|from|out of|over)"
        rf" (?:(?:a|an|the|this|that|my|our|some|his|her|their|one of the)\s)?(?:[a-z]+ )?{HEIGHT}s?\b"
        rf"(?! (?:with (?:my )?(?:mates|friends|cousins|the kids|family|the lads|the girls)|for a (?:swim|dip|laugh|photo)|into the (?:sea|water|river|lake|pool|harbour)))",
        "jump jumps jumped jumping leap leaps leapt leaped leaping throw throwing threw fling flung step stepped "
        "stepping fall falling drop dropped dropping launch yeet hurl",
        "I stood there thinking I could jump off the bridge.",
        "i want to yeet myself off a building",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "trains, traffic or crashing a car",
        rf"\b(?:jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|throw(?:s|ing)? {MYSELF}|threw {MYSELF}|step(?:s|ped|ping)?"
        rf"|walk(?:s|ed|ing)?|lie down|lay down|lying|fall|fell|run|ran|stand|stood) (?:out )?(?:in front of|under|onto)"
        rf" (?:(?:a|an|the|some|oncoming|moving|speeding|passing|next)\s)+(?:[a-z]+ )?{VEHICLE}\b"
        rf"|\b(?:walk|walked|walking|step|stepped|stepping|run|ran|running|wander|wandered) (?:out )?into (?:the )?(?:oncoming |busy |moving )?(?:traffic|road)\b(?! (?:to|and (?:cross|get)))"
        rf"|\b(?:drive|drives|drove|driving|crash(?:es|ed|ing)?|steer(?:s|ed|ing)?|swerv(?:e|ed|ing)|veer(?:ed)?|wrap)"
        rf" (?:my car |the car |myself )?(?:into|off|in front of|around) (?:(?:a|an|the|oncoming)\s)(?:[a-z]+ )?"
        rf"(?:wall|tree|bridge|cliff|river|lake|lorry|truck|pillar|road|oncoming|traffic|motorway|barrier|lamp post|post|sea|canal)\b"
        rf"|\bcrash(?:ed|ing)? (?:my|the) car on purpose\b|\bdeliberately crash\b"
        rf"|\b(?:step|steps|stepped|stepping|stand|standing|stood|walk|walking|walked|lie|lying|lay|laid|sit|sitting|sat|wait|waiting|waited) (?:out )?(?:onto|on|on to|out onto|down on|across) (?:the|a) (?:train |railway |rail |tube |tram )?(?:tracks|track|rails|railway line|line|level crossing)\b"
        rf"|\b(?:will not|wo not|won't|might not|may not) step back\b"
        rf"|\b(?:hope|hoping|hoped|wish|wishing|pray|praying|want|wanted) (?:that )?(?:a|the|some) {VEHICLE} (?:would |will |might )?(?:just )?(?:hit|hits|kill|kills|run|runs|wipes|swerves|swerve|swerved|crashes|ploughs|plows|slams|ran|mows|takes|goes) (?:into |over )?me\b"
        rf"|\b(?:hope|hoping|hoped|wish|wishing|pray|praying) (?:that )?(?:a|the|some) {VEHICLE} (?:would not|will not|does not|did not|wont|doesnt|wouldnt) (?:stop|see me|brake)\b",
        "train trains tube bus buses lorry lorries truck trucks car cars traffic tram van road wall tree bridge "
        "cliff river lake pillar motorway barrier post sea canal purpose crash tracks track rails railway line "
        "crossing back",
        "I thought about stepping in front of a train.",
        "On the motorway I wanted to drive into a wall.",
        "been stepping onto the tracks at the level crossing",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "hanging",
        rf"\b(?:hang|hangs|hanged|hanging|hung) {MYSELF}\b(?! (?:up|out|upside|off|on|around|round|with))"
        rf"|\bnooses?\b(?! (?:neck|necklace|knot|knots|hitch)\b)(?<!the noose knot)"
        rf"|\b(?:rope|belt|cord|ligature|scarf|cable|lead|tie) (?:around|round|to) my neck\b"
        rf"|\b(?:tie|tied|tying|bought|buy|buying|test|tested|testing) (?:a |the |some |my )?(?:strong )?(?:rope|ligature)"
        rf"(?! (?:course|swing|bridge|light|lights|for (?:the|my|a|an) (?:new )?(?:[a-z]+ )?(?:tent|boat|climbing|washing|clothes|garden|camping|gym|skipping|tow|hammock|dog|swing|line|rigging)))\b"
        rf"|\b(?:roping|rope {MYSELF}|get the rope)\b(?! (?:course|swing|bridge|light|lights|in|off))",
        "hang hangs hanged hanging hung noose nooses rope belt cord ligature scarf cable lead tie roping",
        "I keep thinking about hanging myself.",
        "I looked up how to tie a noose.",
        "bought a rope today and i know what for",
    ),
    family(
        PLAN_INTENT,
        "cutting to kill: wrists, throat, veins",
        r"\b(?:slit|slits|slitting|slash|slashed|slashing|slice|sliced|slicing|open|opened|opening|cut|cutting)"
        r" (?:open |into |across |up |down )?(?:my|both my|both|both of my) (?:own )?(?:wrists?|throat|veins?|arteries|artery|jugular)\b"
        r"|\b(?:i|i will|ill|i would|to|gonna|going to|want to|wanted to|need to|next time|i should|i could|i might) (?:just )?cut (?:deep|deeper|deep enough|too deep|vertically|down the road|the long way|along the vein)\b(?! (?:into (?:the|my) (?:budget|savings|time)))",
        "wrist wrists throat vein veins arteries artery jugular deep deeper vertically road way",
        "I want to slit my wrists.",
        "next time i'll cut deeper",
    ),
    family(
        PLAN_INTENT,
        "guns and weapons against oneself",
        rf"\b(?:shoot|shoots|shooting|shot) {MYSELF}\b(?! (?:in the foot|a look|a message|a text|an email|an? (?:text|email|message)))"
        rf"|\b(?:gun|pistol|rifle|shotgun|barrel|knife|blade) (?:to|in|into|against|at) my (?:own )?(?:head|mouth|temple|throat|chest|heart|neck|wrist|wrists)\b"
        rf"(?<!like a gun to my head)"
        rf"|\bblow(?:ing)? my (?:own )?brains out\b|\beat (?:a|my) (?:gun|bullet)\b|\bpull(?:ing|ed)? the trigger\b(?! on)"
        rf"|\b(?:gun|guns|shotgun|rifle|pistol|firearm)\b[^.?]{{0,60}}\b(?:know|knows|found|find|knew|i no) where (?:he|she|they|dad|mum|my dad|my mum|[a-z]+) (?:keeps?|kept|hides?|hid|puts?) (?:the|his|her|their) (?:key|keys|ammo|bullets|cartridges|shells)\b"
        rf"|\b(?:know|knows|found|find|knew|i no) where (?:my )?(?:[a-z]+ ){{0,2}}(?:keeps?|kept|hides?|hid) (?:the|his|her|their|a) (?:gun|guns|rifle|shotgun|pistol|pills|tablets|key to the gun)"
        rf"|\b(?:buy|bought|buying|get|getting|got) (?:myself )?(?:a |the )?(?:gun|firearm|pistol|rifle|shotgun|bullets)\b(?! (?:licence|license|course|range|game))",
        "shoot shoots shooting shot gun guns firearm pistol rifle shotgun barrel knife blade brains bullet "
        "bullets trigger pills tablets key",
        "My dad has a gun and I think about shooting myself.",
        "i know where dad keeps the gun",
    ),
    family(
        PLAN_INTENT,
        "drowning, poison, gas or suffocation",
        rf"\b(?:drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|gas(?:sed|sing)?|suffocat(?:e|es|ed|ing)|electrocut(?:e|es|ed|ing)|smother(?:s|ed|ing)?"
        rf"|starv(?:e|ed|ing)) {MYSELF} (?:to death|dead)\b"
        rf"|\b(?:drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|gas(?:sed|sing)?|suffocat(?:e|es|ed|ing)|electrocut(?:e|es|ed|ing)|smother(?:s|ed|ing)?)"
        rf" {MYSELF}\b(?! (?:in|with|into|under) (?:work|wine|booze|alcohol|tv|netflix|music|books?|coffee|tea|chocolate|food|gin|beer|vodka|sorrow|tears|self pity|studying|projects?|the gym|exercise|busyness|distraction|tasks|overtime|blankets|duvet|perfume|fake tan|emails?)\b)"
        rf"|\b(?:walk|walked|walking|swim|swam|swimming|wade|waded|wading) (?:out )?into the (?:sea|river|lake|ocean|water|canal|waves)\b(?! (?:to cool|for a swim|with|on holiday))"
        rf"|\b(?:drink|drank|drinking|swallow|swallowed|swallowing|down|downed) (?:the |some |a bottle of |a cup of )?(?:bleach|antifreeze|poison|weed killer|rat poison|drain cleaner)\b"
        rf"|\b(?:car exhaust|exhaust fumes|hosepipe|hose pipe|carbon monoxide|charcoal|helium tank|plastic bag over my head|bag over my head)\b(?<!helium tank)"
        rf"|\bhelium tank\b(?![^.?]{{0,40}}\b(?:balloons?|party|birthday|wedding)\b)"
        rf"|\b(?:sat|sitting|sit|sat there) in (?:the|my) garage\b[^.?,]{{0,30}}\bwith the (?:engine|motor) (?:running|on)\b"
        rf"|\b(?:sat|sitting|sit) in (?:the|my) (?:car|van) in (?:the|my) (?:closed |locked |shut )?garage with the (?:engine|motor) (?:running|on)\b"
        rf"|\b(?:hose|hosepipe|tube|pipe) (?:is )?(?:still )?in (?:the|my) (?:boot|trunk|car|garage)\b(?= (?:for|ready|just|,|\.|\?)|$)",
        "drown drowns drowned drowning poison poisons poisoned poisoning gas gassed gassing suffocate suffocates "
        "suffocated suffocating electrocute electrocutes electrocuted electrocuting smother smothers smothered "
        "smothering starve starved starving walk walked walking swim swam swimming wade waded wading drink drank "
        "drinking swallow swallowed swallowing down downed car exhaust hosepipe hose carbon charcoal helium plastic bag "
        "sat sitting sit tube pipe",
        "I thought about walking into the sea and drowning myself.",
        "i could drink the bleach under the sink",
    ),
    family(
        PLAN_INTENT,
        "a plan, a date or a decision to die",
        rf"\b(?:i|i have|i have got|i got|i made|made|have made|i worked out|worked out|i figured out|figured out|i came up with|came up with"
        rf"|i have come up with|i know|know|i have decided|have decided|decided|i have chosen|i chose|chosen|picked|set|i set|i picked)"
        rf" (?:a |the |my |an |exactly |on )?(?:plan|method|date|day|time|way|how|when|where)"
        rf"(?= (?:to|for|of) (?:die|dying|kill (?:myself|me)|end (?:it|my life|everything|things)|do it|going|take my (?:own )?life|unalive|suicide|overdose|jump|hang|go through with it)|{END})"
        rf"(?<!set a date)(?<!set the date)(?<!picked a date)(?<!the date)(?<!a time)(?<!a day)(?<!the day)(?<!the time)(?<!my time)(?<!i know how)(?<!know how)(?<!know when)(?<!know where)(?<!i know when)(?<!i know where)(?<!i have a plan)(?<!have a plan)"
        rf"|\b(?:plan|plans|planning|planned|decided|decide|deciding|made up my mind|made my mind up|ready|preparing|prepared|getting ready|intend|intending|promised myself)"
        rf" to (?:die|kill myself|end (?:it all|it|my life|everything|things for good)|take my (?:own )?life|unalive myself|commit suicide|overdose|hang myself|check out|go through with it|off myself)\b"
        rf"|\b(?:i have|i have got|i got|i made|made|have made|there is|i came up with|i have come up with) (?:a |the |my )?(?:plan|method) (?:to|for|of) (?:die|dying|kill (?:myself|me)|end (?:it|my life|everything)|do it|take my (?:own )?life|unalive|suicide|go)\b"
        rf"|\b(?:tonight|today|tomorrow|this weekend|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|next week) (?:is|will be|would be) (?:the night|the day|when|it|the end|the last)\b"
        rf"|\b(?:do|doing|done|go through with) it (?:tonight|today|tomorrow|this weekend|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|next week|after (?:my|the|work|school|everyone|dinner|they)|when (?:everyone|they|he|she|mum|dad|my) )"
        rf"|\b(?:i|i have|i had|have|had) (?:a |the )?plan (?:once|before|back then|last (?:time|year))\b"
        rf"|\b(?:which|what) (?:day|tablets|pills|bridge|method|rope)\b[^.?]{{0,40}}\b(?:which|what|where) (?:day|tablets|pills|bridge|method|i would go|i would do it)\b"
        rf"|\bso (?:that )?(?:the kids|my kids|my family|my mum|my mom|my dad|my parents|they|no one|nobody|my partner|my husband|my wife|[a-z]+) (?:do not|does not|will not|would not|wo not|never|can not) (?:have to )?find (?:me|my body)\b|\bfind my body\b",
        "plan plans planning planned method methods date decided decide deciding chosen chose picked figured "
        "worked ready preparing prepared intend intending promised mind kill die dying end suicide overdose hang "
        "unalive check take commit off through tonight today tomorrow weekend week monday tuesday wednesday "
        "thursday friday saturday sunday soon after when which find body",
        "I've made a plan to end my life.",
        "I have decided to kill myself.",
        "i'm going to do it tonight when everyone's asleep",
    ),
    family(
        PLAN_INTENT,
        "an attempt",
        rf"\b(?:tried|try|trying|attempt(?:ed|ing)?|tries) (?:to )?(?:kill {MYSELF}|end (?:my life|it all|it|things)|take my (?:own )?life"
        rf"|overdose|od|hang {MYSELF}|jump|drown {MYSELF}|unalive {MYSELF}|suicide|commit suicide|slit my wrists?|cut my wrists?|gas {MYSELF}|shoot {MYSELF}|die)\b"
        rf"(?<!try to die)(?<!trying to die)(?! (?:of|from|laughing|on the|at (?:the|work)|with|in the (?:gym|interview)|for|trying))"
        rf"|\battempted\b(?= (?:when|at|in|last|after|before|again|twice|once|three|two|\d+|a few|several|years|months|[.,?])|{END})"
        rf"|\b(?:suicide|suicidal) attempts?\b|\b(?:my|an|a|the|last|first|second|third|one|two|three|several|a few|multiple|previous|past) attempts?\b(?= (?:on my life|at (?:suicide|ending|killing|taking)|[.,?])|{END})"
        rf"|\b(?:survived|after) (?:my |an |the |a )?(?:attempt|overdose|od)\b",
        "kill end take overdose od hang jump drown unalive suicide commit slit cut gas shoot die attempted "
        "attempt attempts",
        "I tried to kill myself last month.",
        "i attempted when i was 16",
        "I tried to overdose on Saturday.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "rehearsal: standing on the edge, holding the means",
        rf"\b(?:stood|standing|stand|climbed|climbing|sat|sitting|leant|leaning|hung|hanging) (?:on|at|over|off|up on|out of) (?:the |a |my |our )?(?:edge|ledge|railing|railings|bridge|platform edge|roof|rooftop|cliff|balcony|window ledge|edge of the (?:platform|bridge|roof|cliff|building))\b"
        rf"(?! (?:of my seat|of tears|with my (?:friends|mates)|taking photos|of something (?:new|great|big)|of a breakthrough|of a new|of success))"
        rf"|\b(?:held|holding|pressed|pressing|put|putting|had) (?:the |a |my )?(?:knife|blade|razor|gun|pills|tablets|rope|noose) (?:to|against|on|in|around) (?:my )?(?:throat|wrist|wrists|head|neck|chest|mouth|hand|hands|skin)\b"
        rf"|\b(?:tied|tested|tying|testing|practised|practiced|practicing|practising|rehearsed|rehearsing) (?:the |a |my )?(?:rope|noose|knot|ligature|it)\b(?= (?:to|on|around|round|from|in|tonight|again|[.,?])|{END})"
        rf"|\b(?:a |did a |doing a )?(?:dry run|practice run|test run)\b"
        rf"|\b(?:practis|practic|rehears|test)(?:e|es|ed|ing) (?:with|using) (?:the |a |my )?(?:belt|rope|cord|ligature|noose|scarf|cable|pills|tablets|blade)\b"
        rf"|\b(?:belt|rope|cord|ligature|scarf|cable|dressing gown cord) (?:on|around|round|over|to|from) (?:the |a |my )?(?:door handle|door|banister|bannister|beam|hook|rafters?|pipe|curtain rail|wardrobe rail|loft hatch|tree|branch|ceiling)\b"
        rf"|\b(?:rope|cord|ligature|noose|belt|cable)\b[^.?]{{0,80}}\b(?:loft|attic|beam|rafters|hook|banister|bannister|door frame|stepladder|step ladder|stool)\b"
        rf"|\b(?:loft|attic|beam|rafters|hook|banister|bannister|stepladder|step ladder|stool)\b[^.?]{{0,80}}\b(?:rope|cord|ligature|noose|length of)\b"
        rf"|\bwork(?:ing)? up (?:the |my )?(?:courage|nerve|guts)? ?to (?:it|do it|jump|go through with it)\b"
        rf"|\bi know (?:which|what) (?:bridge|building|tablets|pills|method|way|rope|tree|cliff|train|day|car park|one)\b",
        "edge ledge railing railings bridge platform roof rooftop cliff balcony knife blade razor gun pills "
        "tablets rope noose knot ligature tied tested tying testing practised practiced practicing practising "
        "rehearsed rehearsing run belt cord scarf cable loft attic beam rafters hook banister bannister "
        "stepladder stool work working which",
        "Last night I stood on the edge of the bridge for an hour.",
        "I held the blade against my wrist.",
    ),
    family(
        PLAN_INTENT,
        "goodbyes, notes and putting affairs in order",
        rf"\b(?:good ?bye|goodbye|farewell|suicide|final|last) (?:letters?|notes?|videos?|messages?|texts?|posts?|emails?)\b"
        rf"(?! (?:(?:to|for) (?:him|her|them|my ex|the ex|the relationship|our relationship|my relationship|the marriage|our marriage|my marriage|that relationship|that version|the old me|my old self|my ex husband|my ex wife|my ex boyfriend|my ex girlfriend|the friendship|our friendship|the job|my job|my old job)\b|exercise|homework|task|assignment|prompt|template|from (?:him|her|them|my ex)|we did|i did|we wrote|we made|from (?:the|our|last) session))"
        rf"(?![ ,]+(?:therapy |session )?(?:exercise|homework|task|assignment|prompt))"
        rf"(?<!last texts)(?<!last text)(?<!last message)(?<!last messages)(?<!last email)(?<!last emails)(?<!last post)(?<!last posts)(?<!final notes)(?<!last notes)(?<!last note)"
        rf"|\b(?:writ(?:e|ing|ten)|wrote|left|leaving|leave|made|recorded|recording) (?:a |my |the |some )?(?:notes?|letters?|videos?|messages?) (?:to|for) (?:my )?(?:family|mum|dad|parents|kids|children|sister|brother|everyone|friends|partner|husband|wife|son|daughter|whoever finds me|the people i love|my loved ones|loved ones)\b"
        rf"(?= (?:explaining|to explain|so they|for (?:when|after|them to find)|when i am gone|after i am gone|before i|in case|saying goodbye|to say goodbye|to find|[.,?])|{END})"
        rf"|\b(?:giv(?:e|es|ing)|gave|given) away (?:all |most |all of |some of )?(?:of )?my (?:[a-z]+ )?(?:things|stuff|belongings|possessions|pets?|cat|dog|plants|guitar|stuff|savings|jewellery|jewelry|games|console|prized|treasures)\b"
        rf"(?! (?:to (?:charity|the charity shop|a charity|goodwill|the food bank|oxfam)|that (?:remind|reminded)|from (?:him|her|the relationship)|he gave|she gave|they gave))"
        rf"|\b(?:put(?:s|ting)?|get(?:s|ting)?|got|sort(?:s|ed|ing)?|have) my (?:affairs|things|finances|paperwork) in order\b(?! (?:for (?:the|my) (?:move|new|tax|divorce|mortgage)))"
        rf"|\b(?:wrote|writing|write|updated|updating|made|making|sorted) (?:a |my )?will\b(?= (?:and|so|just in case|for when|before|[.,?])|{END})"
        rf"|\bthis (?:is|will be|might be|may be) (?:my )?(?:goodbye|the end|my last (?:entry|message|post|homework|time|check in|session|one|answer))\b"
        rf"|\b(?:my )?last (?:entry|homework|check in|answer) (?:ever|here)\b"
        rf"|\bby the time (?:you|anyone|someone|they|he|she) (?:read|reads|see|sees|find|finds|get|gets) (?:this|these|it)\b"
        rf"|\b(?:take|look|taking|looking) care of (?:my |the )?(?:[a-z]+ )?(?:when|after|once) i am (?:gone|dead|not here|not around)\b"
        rf"|\b(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|everybody|my family|my friends|my mum|my dad|my kids|my parents|my cat|my dog|the world|you all|all of you|you)\b(?! (?:at the (?:party|airport|station)|before (?:the|my) (?:trip|move|flight|holiday)))"
        rf"|\b(?:will not|am not going to|wo not|not going to|not gonna) be (?:here|around|alive) (?:much longer|for (?:much )?longer|for long|next week|by (?:the weekend|friday|tomorrow|monday|next)|tomorrow|after (?:tonight|this week|the weekend))\b"
        rf"|\b(?:you|they|he|she|no one|nobody) (?:will not|wo not|would not) (?:have to )?(?:hear from|see|deal with|worry about) me (?:again|ever again|anymore|any more|after (?:tonight|today))\b"
        rf"|\bfor when i am (?:gone|dead|not here)\b"
        rf"|\b(?:will not|wo not) have to (?:hurt|suffer|feel this|feel like this|struggle|be sad|cry|put up with (?:me|this)) (?:much longer|for (?:much )?longer|for long|anymore|any more|after (?:tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this week))\b"
        rf"|\b(?:do not|dont) (?:try (?:and |to )?)?(?:talk|stop) me (?:out of it|from doing it)\b|\b(?:nobody|no one|you) (?:can|will|could) (?:not )?(?:talk|stop) me (?:out of it|now|this time)\b"
        rf"|\bgoing to the (?:railway|railway line|tracks|bridge|cliffs?|roof|river|sea|reservoir|train line|motorway bridge) (?:tonight|today|tomorrow|now|later|this weekend|after)\b"
        rf"|\bhow to (?:finish|end|kill|hurt|harm|get rid of|destroy|poison|get back at) (?:him|her|them|that [a-z]+|this [a-z]+|my [a-z]+)\b(?! (?:off|essay|project|work|book|list))"
        rf"|\b(?:will not|wo not|not going to|not gonna|not planning on|not planning to) (?:be )?(?:around|here|alive|needing|need|be needing|be coming back|coming back|be back|being here|being around) (?:to use|for (?:christmas|my birthday|the|next|much|long)|after|by|next|a return|weekends|them|it|anymore|any more)\b"
        rf"|\b(?:there )?(?:probably )?(?:will not|wo not|won't) be (?:one|a next (?:one|session|time)|another (?:one|session))\b"
        rf"|\b(?:it is|its) happening (?:tonight|this weekend|tomorrow|soon|on|this week|friday|saturday|sunday)\b|\bi have (?:got )?everything i need\b(?= [^.?]{{0,40}}\b(?:happening|tonight|weekend|ready|soon)\b)"
        rf"|\b(?:tonight|today|tomorrow|this weekend|sunday|saturday|friday|monday|tuesday|wednesday|thursday) (?:is )?the (?:day|night)\b"
        rf"|\b(?:everything|it all|all) (?:is )?(?:arranged|sorted|in order|squared away|ready)\b(?= [^.?]{{0,60}}\b(?:calm|letter|note|rent|paid|neighbour|goodbye|go|gone|tonight)\b)"
        rf"|\b(?:so )?sorry to whoever (?:reads|finds|sees)\b|\blove (?:you|u|yous|ya) all\b(?= [^.?]{{0,20}}\b(?:goodbye|bye|sorry|tonight)\b)|\bgoodbye love (?:you|u)\b"
        rf"|\b(?:just )?wanted (?:someone|somebody|you) to know\b(?<=[a-z ]{{0,0}}wanted someone to know)"
        rf"|\b(?:square|squared|settled|sorted|in order|paid off) before i go\b|\bbefore i go\b(?= [.,?]|$)"
        rf"|\bnothing (?:left )?here that needs (?:feeding|me|looking after)\b|\b(?:calm|peaceful|at peace) for the first time in (?:weeks|months|ages|years)\b(?= [^.?]{{0,0}})"
        rf"|\b(?:i know|i have worked out|i have figured out|knows?) (?:exactly )?what would (?:work|do it|be enough|kill me)\b|\b(?:bringing|taking|bring|take|stealing|pocketing) (?:a little|some|a few|bits) home (?:after|from) (?:each |every )?(?:shift|work)\b"
        rf"|\b(?:enough|sufficient) to (?:not wake up|never wake up|kill me|die|end it|do it|stop my heart)\b|\bhow many (?:units|mg|milligrams|tablets|pills) (?:would|will) be enough\b"
        rf"|\b(?:drink|drank|drinking|take|took) (?:the )?(?:sniper|paraquat|gramoxone|insecticide|pesticide|weedkiller|weed killer|rat poison|antifreeze)\b|\bi go drink am\b"
        rf"|\bpills(?: pills)* (?:and |plus )?(?:wine|drink|vodka|alcohol|beer|gin|whisky)\b|\bbed then coffin\b|\bknife (?:and |then )?(?:a )?bath\b|\b(?:blade|knife|razor) and a bath\b|\bbath (?:is )?ready\b(?= [^.?]{{0,40}}\b(?:blade|knife|razor|pills|waiting)\b)"
        rf"|\b(?:blade|knife|razor|pills|tablets|rope|gun) (?:is |are )?(?:ready|laid out|sorted)\b(?= [^.?]{{0,40}}\b(?:waiting|tonight|when|thursday|friday|saturday|sunday|monday|tuesday|wednesday|empty)\b)"
        rf"|\bwaiting (?:until|til|till|for) the (?:house|flat|place) (?:is|to be|gets) empty\b|\bwhen the (?:flat|flats|house) (?:is )?empty\b"
        rf"|\b(?:i am|im) doing it (?:tonight|today|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this weekend|after)\b|\bdecide already\b|\b(?:i am|am) decided\b"
        rf"|\b(?:go|going|will go) to the roof\b|\b(?:door|way) to (?:the )?roof (?:is|was) (?:not lock|not locked|unlocked|open)\b"
        rf"|\b(?:written|wrote|writing) (?:the |a |my )?eulogy for my (?:own )?funeral\b|\bmy own funeral\b|\b(?:picked|chosen|chose) the songs\b"
        rf"|\bone way ticket\b|\b(?:will not|wo not) be needing a return\b|\bwill not be coming back\b"
        rf"|\b(?:after|once|when) i am (?:gone|dead|no longer here|not here any ?more)\b(?! (?:from (?:the|this|my)|to (?:the|work|uni|college|school)|on (?:holiday|leave)|for the (?:weekend|week|day))\b)"
        rf"|\b(?:wrote|written|writing|write|left|finished|leave|leaving) (?:the|my|a|some) (?:goodbye |last )?(?:note|letters?)\b(?= (?:it is|its|is|are|they are) (?:under|in|on|with)| for (?:everyone|my family|them|mum|the kids)| and (?:i am|im) (?:doing|going)|[^.?]{{0,60}}\b(?:tonight|drawer|pillow)\b)"
        rf"|\b(?:letters?|notes?) (?:to|for) (?:each of )?(?:my |the )?(?:kids|children|family|parents|mum|dad|husband|wife|partner|sister|brother|friends)\b(?= [^.?]{{0,40}}\b(?:drawer|pillow|left them|to find|when|after|explaining|goodbye|last)\b)"
        rf"|\bmy goodbye (?:post|message|video|email) (?:goes|is going|will go|will be|is|gets)\b|\bmy goodbye (?:goes|is going|will go) (?:up|out|live)\b|\bscheduled (?:a )?(?:post|message|email)\b[^.?]{{0,40}}\b(?:goodbye|gone|after i)\b"
        rf"|\b(?:last|final) (?:memory|memories|good memory|nice memory|time (?:she|he|they|you|anyone) (?:will )?(?:see|sees|saw) me)\b"
        rf"|\b(?:gave|give|giving|given) (?:away )?my (?!old )(?:[a-z]+ )?(?:guitar|dog|cat|pets?|things|stuff|belongings|possessions|jewellery|jewelry|games|console|books|records|car|bike|savings|plants)\b(?= (?:to|away))(?! to (?:charity|the charity shop|a charity|goodwill|oxfam|the tip)\b)"
        rf"|\b(?:will not|wo not|won't) (?:be )?(?:needing|need) (?:it|them|either|either of them|any of (?:it|them)|anything|my [a-z]+) (?:after|by|much longer|any ?more|where i am going|soon)\b"
        rf"|\b(?:nobody|no one|noone|my family|they|my kids|my parents|mum|my partner) (?:is |are |will be |would be |gets |get )?(?:left|stuck) with my (?:debts|bills|mess|stuff|things)\b",
        "goodbye goodbyes farewell suicide final last letter letters note notes video videos message messages "
        "text texts post posts email emails away order wrote writing written write updated updating sorted made "
        "making end time gone dead here hear see deal worry longer long week weekend friday tomorrow monday "
        "tonight scheduled gave give giving given needing need debts bills mess around alive coming back being "
        "probably one happening everything day night arranged ready sorry love wanted square squared settled "
        "before nothing calm peaceful peace exactly bringing taking bring take stealing pocketing enough "
        "sufficient units drink drank drinking took sniper paraquat gramoxone insecticide pesticide weedkiller "
        "weed rat antifreeze am pills coffin knife bath blade razor tablets rope gun waiting empty doing decide "
        "decided roof door eulogy funeral songs picked chosen chose ticket have dont do talk stop nobody no you "
        "can going how hurt suffer struggle",
        "I've written a goodbye note to my family.",
        "I've started giving away my things.",
        "this will be my last entry",
    ),
    family(
        PLAN_INTENT,
        "intent: going to do it",
        rf"\b(?:i am|i will|ill|i would|i might|i may|i must|i should|going to|gonna|will|am going to|i am gonna|i think i will|i think i am going to"
        rf"|i swear i will|i am definitely|i am really going to|i really will|i am about to|about to|i will just|i am just going to)"
        rf" (?:just |finally |actually |really |definitely |honestly |seriously |probably |go and |literally )?"
        rf"(?:kill {MYSELF}|end it all|end my life|end it|take my (?:own )?life|commit suicide|unalive {MYSELF}|off {MYSELF}|top {MYSELF}|do {MYSELF} in|hang {MYSELF}|shoot {MYSELF}|overdose|jump)\b"
        rf"(?! (?:with (?:him|her|them)|between us|in (?:the|a) (?:pool|lake|sea|water)|on the (?:bed|trampoline|train|bus)|off the (?:sofa|bed|bus|train|wall|deep end)|at the chance|ship|for joy|in|into (?:work|the|a|bed)|up|over|out|ahead|back|rope|through|to conclusions|around|the queue|on (?:it|him|her|them|that)|the gun))"
        rf"(?<!end it)(?<!jump)"
        rf"|\b(?:i am|i will|ill|going to|gonna|am going to) (?:just |finally |actually |really |definitely )?(?:end it|jump)\b(?= (?:tonight|today|tomorrow|this weekend|soon|all|now|for good|once and for all|[.,?])|{END})"
        rf"(?<!i am end it)(?<!i am jump)",
        "kill end take commit unalive off top do hang shoot overdose jump",
        "I'm going to kill myself.",
        "i will end it tonight",
        "If he doesn't come back I'll kill myself.",
    ),
    family(
        PLAN_INTENT,
        "suicide slang for acting: ctb, game end",
        r"\b(?:ctb|catching the bus|catch the bus|game end|game ending|alt f4|log off (?:permanently|for good|forever)|exit bag|final exit|an hero|rope fuel|roping)\b"
        r"(?<!catch the bus)(?<!catching the bus)",
        "ctb catching catch game alt log exit final an rope roping",
        "i think im gonna ctb this weekend",
        "ready to game end honestly",
    ),
    # === suicidal_thoughts: active thoughts, no plan or timing =====================================
    family(
        SUICIDAL_THOUGHTS,
        "kill myself",
        # Only "killing myself to finish this", "killed myself at the gym" are overwork; "I want to kill myself to
        # be honest" is not.
        rf"\b(?:kill|kills|killin) {MYSELF}\b(?! (?:laughing|with laughter))"
        rf"|\b(?:killing|killed) {MYSELF}\b(?! (?:laughing|with laughter|over (?:it|nothing)|trying|to (?:get|finish|make|please|keep|meet|impress|prove|do|hit|catch|win|pay|save)|at (?:work|the gym|uni|school|college|training|my job|this job)|working|for (?:this|that|him|her|them|a|the|work|nothing|no reason)|studying|revising|on (?:this|that) (?:project|essay|course|assignment)|doing|running|cleaning|with (?:work|overtime|exercise|revision|stress)))",
        _KILL_WORDS,
        "Sometimes I think about killing myself.",
        "honestly i want to kms",
        "KILL MYSELF. That's all I can think about.",
        about_self=True,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "suicide, suicidal",
        r"\b(?:suicide|suicidal|suicidally|ideation|suicidal ideation)\b"
        r"(?! (?:squad|bomb\w*|doors?|mission|prevention|awareness|risk factors?|rates?|statistics|stats|figures|research|training|course"
        r"|podcast|documentary|episode|film|movie|song|songs|lyrics|book|novel|charity|walk|run|fundraiser|first aid|scene|scenes|storyline|plot|theme|themes|content|warning|warnings|cases|risk|link|links|bombers?|helpline|hotline number|clusters?|survivors|loss charity"
        r"|safe talk|module|workshop|talk|lecture|study|studies|data|risk assessment|policy|in (?:the|young|teens|men|women|students|veterans|the uk|the us|ireland|australia|canada)\b|among|is (?:a|the) (?:single )?(?:leading|major|big|biggest|largest|main|most common|second|third|top))\b)"
        r"(?<!career suicide)(?<!social suicide)(?<!political suicide)(?<!commercial suicide)(?<!financial suicide)(?<!fashion suicide)(?<!professional suicide)(?<!relationship suicide)",
        "suicide suicidal suicidally ideation",
        "I've been feeling suicidal since he left.",
        "i keep having sucidal thoughts",
        "thinking about sewerslide again",
        about_self=True,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "end my life, take my own life",
        r"\b(?:end|ends|ended|ending|take|takes|took|taking|taken|finish|finishing|stop) my (?:own )?life\b"
        r"(?! (?:back|savings|in(?:to)? my (?:own )?hands|seriously|one (?:day|step)|as i know it|off hold|back from|to the next level|for granted|more seriously|in a new direction|in stride|and (?:start|move)|story))",
        "life",
        "I have thought about taking my own life.",
        "i want to end my life",
    ),
    family(
        SUICIDAL_THOUGHTS,
        "end it all, end everything",
        rf"\b(?:end|ends|ended|ending|finish|finishing) (?:it all|everything|things for good|it for good|it once and for all|it forever|it permanently|my existence|the pain for good|all of it)\b"
        rf"(?! (?:with (?:him|her|them|my ex)|between us|in (?:the relationship|our relationship)|at work|on a (?:good|high) note))"
        rf"|\b(?:should|could|might|want to|wanted to|wanna|need to|just|i will|to|ready to|thinking about|thought about|think about|tempted to|urge to|going to|gonna) (?:just )?(?:end|ending) it\b"
        rf"(?= (?:now|tonight|today|all|here|already|then|before|because|so|[.,?])|{END})"
        rf"(?<!end it with)",
        "end ends ended ending finish finishing",
        "I just want to end it all.",
        "sometimes i think i should just end it.",
        about_self=True,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "slang: unalive, off myself, top myself, delete myself",
        rf"\bun ?alive(?:d|s|ing)? ?{MYSELF}?\b|\bunaliving\b"
        rf"|\btop(?:s|ped|ping)? {MYSELF}\b(?! up)"
        rf"|\b(?:to|going to|will|ill|might|could|would|should|just|want to|wanna|thinking about|about) off {MYSELF}\b|\boff(?:ed|ing) {MYSELF}\b"
        rf"|\b(?:do|does|doing|did|done) {MYSELF} in\b"
        rf"|\b(?:delete|deleting|deleted|erase|erasing) {MYSELF}\b(?! (?:from|off) (?:the|his|her|their|all|every|social|instagram|facebook|twitter|tiktok|the group|the chat|the app|dating|apps|online))"
        rf"|\bself (?:delete|deletion|deleting|destruct (?:for good|permanently))\b"
        rf"|\b(?:end|ending|ended|finish|finishing) {MYSELF}\b"
        rf"|\bkill (?:me|myself) off\b|\bthoughts? (?:of|about) (?:killing|ending|hurting) (?:myself|it|my life)\b"
        rf"|\bsewer ?slide\b"
        rf"|\b(?:about|of) (?:just )?(?:ending|end) (?:it|things|everything|it all|myself)\b(?! (?:with|between|in (?:the|our|my) relationship))"
        rf"|\b(?:take|taking|took) myself out of the picture\b|\bremov(?:e|ing) myself (?:permanently|for good|from the (?:equation|picture|world)|from this world)\b"
        rf"|\b(?:go|going|jump|jumping|throw myself|lean|leaning) over the (?:side|edge|railing|railings|barrier)\b"
        rf"|\b(?:do|doing|did) away with (?:myself|me)\b|\b(?:off|offing|offed) (?:yourself|urself)\b"
        rf"|\b(?:the )?(?:easy|coward|cowards|quick|permanent) way out\b(?! (?:of (?:the|this) (?:meeting|conversation|argument|exam|job)|and (?:ordered|got|left|bought|said)))"
        rf"|\bthinking (?:about|of) (?:ways|a way) out\b(?! of)|\bways out\b(?= [^.?]{{0,20}}\b(?:not|out out)\b)"
        rf"|\b(?:catch|catching) the bus\b(?= (?:u know|you know|which bus|for good|forever|permanently|for real|,? the one)|[^.?]{{0,30}}\bwhich bus\b)"
        rf"|\bthoughts? (?:of|about) (?:killing|ending|hurting|harming|cutting) (?:yourself|your life|your own life)\b"
        rf"|\b(?:my brain|my head|my mind|a voice|the voice|the voices|voices|my thoughts|something|it) (?:keeps? |kept |is |are |just )?(?:saying|telling me|tells me|says|said|whispering|whispers|screaming|screams|shouting|shouts)\b[^.?]{{0,30}}\b(?:kill yourself|end your life|end it|just die|you should die|die|jump|do it|you would be better off dead|nobody would miss you)\b",
        "unalive unalived unalives unaliving un top tops topped topping off offed offing myself self thought "
        "thoughts sewer sewerslide saying telling tells says said whispering whispers screaming screams shouting "
        "shouts kill about of remove removing go going jump jumping throw lean leaning away yourself urself easy "
        "coward cowards quick permanent way ways catch catching",
        "I keep thinking about unaliving myself.",
        "I'm going to top myself.",
        "wanna delete myself tbh",
        about_self=True,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "kill yourself, said to oneself",
        r"\b(?:i|just|should|go|need to|want to|wanna) kill yourself\b|\bkys\b(?= (?:lol|lmao|honestly|tbh|fr|,|\.)|$)",
        "kill yourself kys",
        "i tell myself i should kill yourself",
    ),
    # === self_harm ================================================================================
    family(
        SELF_HARM,
        "self-harm",
        r"\bself (?:harm(?:s|ed|ing|er)?|injur(?:y|ies|e|ed|ing|ious)|mutilat\w*|destruct(?:ed|ing)? (?:by|with) (?:cutting|burning))\b"
        r"(?! (?:awareness|training|course|module|charity|research|statistics|stats|policy|rates?|podcast|documentary|among|amongst|in (?:teens|young|schools|adolescents|adolesents|teenagers|students|children|kids|pupils|young people)))"
        r"|\bnssi\b|\bsh (?:urges?|scars?|again|relapse|marks|wounds|cuts|tonight|today|last night|yesterday|this week|kit|box|tools?|blades?|stuff|habit)\b"
        r"|\b(?:did|doing|do|relapsed on|relapse(?:d)? (?:into|with|to)|urge to|urges to|urges of|scars from|been|stop|stopped|quit|clean from|clean of|back to|into|started|with|the) sh\b(?! (?:it|up|out|off|what|and|the|that|a|is|was|as))",
        "self nssi sh",
        "I relapsed and self-harmed last night.",
        "sh urges have been bad all week",
        "i did sh again",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "hurt or harm myself",
        rf"\b(?:hurt(?:s|ing)?|harm(?:s|ed|ing)?|injur(?:e|es|ed|ing)|mutilat(?:e|es|ed|ing)|abus(?:e|ed|ing)|damag(?:e|ed|ing)|wound(?:ed|ing)?) {MYSELF}\b"
        rf"(?! (?:at (?:the gym|football|rugby|work|training|netball|the park|practice)|playing|lifting|running|falling|skiing|cycling|training|on the|while|in a fall|when i (?:fell|slipped|tripped)|slipping|tripping|by accident|accidentally|doing|dancing|climbing|skating|boxing|moving|carrying|picking|emotionally|by (?:checking|replaying|texting|stalking|looking|reading|going|thinking|comparing|scrolling|waiting|overthinking|watching)|more (?:by|than)|with (?:the|his|her|these|those|my) (?:thoughts|texts|messages|words|photos|memories|pictures|posts)))",
        "hurt hurts hurting harm harms harmed harming injure injures injured injuring mutilate mutilates mutilated "
        "mutilating abuse abused abusing damage damaged damaging wound wounded wounding",
        "I want to hurt myself.",
        "i harmed myself again",
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "an act on the body: cutting, burning, scratching, hitting",
        rf"\b(?:cut(?:s|ting|ted)?|slic(?:e|ed|ing)|slash(?:ed|ing)?|carv(?:e|ed|ing)|scratch(?:ed|es|ing)?|scrap(?:e|ed|ing)|burn(?:s|ed|t|ing)?"
        rf"|scald(?:ed|ing)?|hit(?:s|ting)?|strik(?:e|es|ing)|struck|twist(?:ed|ing)?|punch(?:ed|es|ing)?|bang(?:ed|ing)?|smash(?:ed|ing)?|slam(?:med|ming)?|bit|bite|bites|biting|pick(?:ed|ing)?|stab(?:bed|bing)?"
        rf"|pinch(?:ed|ing)?|bruis(?:e|ed|ing)|slap(?:ped|ping)?|claw(?:ed|ing)?|gouge(?:d)?|tear|tore|tearing|rip(?:ped)?|dig|digging|dug|press(?:ed|ing)?|pull(?:ed|ing)? out|yank(?:ed)?|scor(?:e|ed|ing)|mark(?:ed|ing)?|etch(?:ed)?|whip(?:ped)?|starv(?:e|ed|ing)|choke|choked|choking|strangl(?:e|ed|ing))"
        rf" (?:{MYSELF}|into {MYSELF}|(?:into |at |up |open )?(?:my|both my|both of my|my own) (?:own )?(?:left |right |upper |inner |lower |top of my )?{BODY})\b"
        rf"(?! (?:out|off|some slack|a break|a slice|a piece|loose|free|short|in line|a deal|up (?:about|over)|over (?:him|her|it|this|that|what)|for (?:him|her|them|nothing|it)|up for|down to size|a new|a fringe|a haircut|a drink|to the chase|as a child|back|with (?:a|the) (?:door|car|ball|racket)|on (?:the|a) (?:corner|door|table|oven|stove|cupboard|shelf|car|desk|tree|fence|pan|iron|kettle|edge|wall|branch|step|bar|bed|counter|cabinet)))",
        "cut cuts cutting cutted slice sliced slicing slash slashed slashing carve carved carving scratch "
        "scratched scratches scratching scrape scraped scraping burn burns burned burnt burning scald scalded "
        "scalding hit hits hitting punch punched punches punching bang banged banging smash smashed smashing slam "
        "slammed slamming bit bite bites biting pick picked picking stab stabbed stabbing pinch pinched pinching "
        "bruise bruised bruising slap slapped slapping claw clawed clawing gouge gouged tear tore tearing rip "
        "ripped dig digging dug press pressed pressing pull pulled pulling yank yanked score scored scoring mark "
        "marked marking etch etched whip whipped starve starved starving choke choked choking strangle strangled "
        "strangling strike strikes striking struck twist twisted twisting",
        "I cut myself again.",
        "I've been cutting my thighs where nobody can see.",
        "burned my arm with a lighter on purpose",
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "an act on the body with something",
        rf"\b(?:cut(?:s|ting)?|slic(?:e|ed|ing)|carv(?:e|ed|ing)|scratch(?:ed|es|ing)?|scrap(?:e|ed|ing)|burn(?:s|ed|t|ing)?|dragg?(?:ed|ing)?|drag|ran|run|running|press(?:ed|ing)?|held|hold|holding|stub(?:bed)?|put|etch(?:ed)?|scor(?:e|ed|ing)|dig|dug|digging|jab(?:bed)?|stab(?:bed|bing)?|pour(?:ed|ing)?|twist(?:ed|ing)?|pinch(?:ed|ing)?)"
        rf" (?:(?:a|the|my|his|her|their|an|some|it|them|this|that|those|these|hot|sharp|lit)\s)?(?:[a-z]+ ){{0,3}}(?:into|on|onto|across|over|along|against|in|down|up|through) (?:my|both my|both of my) (?:own )?(?:left |right |upper |inner |lower )?{BODY}\b",
        "cut cuts cutting slice sliced slicing carve carved carving scratch scratched scratches scratching scrape "
        "scraped scraping burn burns burned burnt burning drag dragged dragging ran run running press pressed "
        "pressing held hold holding stub stubbed put etch etched score scored scoring dig dug digging jab jabbed "
        "stab stabbed stabbing pour poured pouring twist twisted twisting pinch pinched pinching",
        "carved his initial into my thigh",
        "dragged the blade across my arm",
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "an instrument used on oneself",
        rf"\b(?:with|using|used|use|took|take|grabbed|got out|pulled out|broke|broken|snapped|took apart|taking apart|dismantled) (?:a |the |my |an |some )?(?:old )?{INSTRUMENT}\b"
        rf" {gap(6)}(?:on|to|into|across|over|against|at) (?:my )?(?:own )?(?:left |right |upper |inner )?(?:{BODY}|myself)\b"
        rf"|\b(?:blade|blades|razor) (?:out of|from) (?:a |my |the )?(?:sharpener|razor|shaver|pencil sharpener)\b"
        rf"|\b(?:broke|broken|snapped|took apart|taking apart|dismantled|dismantling) (?:apart )?(?:a |my |the |another )?(?:razor|sharpener|pencil sharpener|shaver)\b"
        rf"|\b(?:my |the )?(?:{INSTRUMENT}) (?:again|is calling|keeps calling|was calling|hidden in my (?:room|drawer|bag))\b(?<!iron again)(?<!glass again)(?<!nails again)",
        "razor razors blade blades sharpener sharpeners cutter knife knives scissors compass glass lighter "
        "lighters cigarette cigarettes pin pins needle needles clip nails fingernails belt spoon iron shaver "
        "divider straighteners tongs curling",
        "I used a razor on my thigh.",
        "broke apart a pencil sharpener for the blade",
    ),
    family(
        SELF_HARM,
        "urges to cut, burn or hurt",
        rf"\b(?:urges?|urged|tempted|craving|craved|crave|itching|itch|wanting|want(?:s|ed)?|need(?:ed)?|desperate|dying|fighting the urge|fought the urge|resisting the urge|resisted the urge|so close) to (?:cut|burn|hurt|harm|scratch|hit|sh|bleed|punish myself|feel pain|see blood)\b"
        rf"(?! (?:ties|back|down|off|out|up|in\b|loose|contact|corners|costs|him|her|them|it|that|this|the|my hair|my losses|class|school|work|carbs|sugar|caffeine|alcohol|drinking|my fringe|his|their|people|anyone|someone|bread|the cake|the grass|a|an|some|calories|meat|dairy|gluten|spending|screen time|through|across|short|the line|me|us|you))"
        rf"(?<!want to hurt)(?<!wanted to hurt)(?<!want to harm)(?<!wanted to harm)(?<!need to hurt)"
        rf"|\b(?:craving|crave|crave the|miss|missing|want|need) (?:the )?(?:blade|razor|pain|sting|blood|feeling of (?:the blade|cutting|bleeding|pain))\b(?! (?:to stop|of (?:losing|missing|rejection|heartbreak|it)|went|is over|he caused|she caused))"
        rf"|\b(?:i )?deserve (?:to )?(?:the )?(?:pain|to hurt|to bleed|to be hurt|to suffer|to feel pain|to be punished|scars|cuts|to cut)\b"
        rf"|\b(?:punish|punished|punishing) {MYSELF} (?:by|with|through) (?:cutting|burning|hitting|scratching|starving|not eating|bleeding|hurting|the (?:blade|razor|lighter))\b"
        rf"|\b(?:punish|punished|punishing) {MYSELF} (?:the old way|physically|like i used to|again)\b",
        "cut burn hurt harm scratch hit sh bleed punish punished punishing feel see blade razor pain sting blood "
        "feeling deserve",
        "I've been fighting the urge to cut all day.",
        "i deserve the pain honestly",
    ),
    family(
        SELF_HARM,
        "cutting again, relapse, fresh cuts",
        rf"\b(?:cutting|burning|scratching|sh|self harming|harming|hurting myself) again\b"
        rf"|\b(?:start(?:s|ed|ing)?|been|back to|relaps(?:e|ed|ing) (?:into|and)|went back to|gone back to|keep|kept|began|begun) (?:cutting|burning myself|scratching myself)\b"
        rf"(?= (?:again|for|since|regularly|every|on|my|myself|last|this|when|at|because|and|to|in secret|where|[.,?])|{END})"
        rf"|\b(?:fresh|new|open|deep|bleeding|more) (?:cuts?|scars?|wounds?|burns?|marks)\b(?= (?:on|across|along|up|down|in|from|under|that|again|[.,?])|{END})(?<!new marks)"
        rf"|\b(?:cuts?|scars?|wounds?|burns?|marks) (?:on|across|along|up) my (?:{BODY})\b"
        rf"|\b(?:relaps(?:e|ed|ing)|slipped up|slip up|broke my (?:streak|clean streak)|lost my (?:streak|clean streak)|reset my (?:counter|streak|clean days))\b"
        rf"(?= (?:on|with|into|and|again|last|after|tonight|today|[.,?])|{END})"
        rf"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (?:days?|weeks?|months?) clean(?: from (?:cutting|sh|self harm|harming|hurting myself|burning))?\b(?! (?:from|off|of) (?:alcohol|drink|drinking|booze|smoking|cigarettes|weed|vaping|sugar|gambling|caffeine|porn)\b)"
        rf"|\bclean (?:from|of) (?:cutting|sh|self harm|harming|self injury|hurting myself)\b"
        rf"|\b(?:sh|self harm|cutting|harm|cut) free\b|\bfree (?:from|of) (?:sh|self harm|cutting|self injury)\b"
        rf"|\bused to (?:cut|self harm|sh|burn myself|hurt myself|harm myself|scratch myself|hit myself|cut myself)\b"
        rf"|\b(?:did not|have not|had not|never) (?:cut|sh|self harm|burn myself|hurt myself|harm myself) (?:today|tonight|this week|for (?:\d+|a|two|three|a few|several) (?:days|weeks|months|years))\b"
        rf"|\b(?:blade|blades|razor|razors|lighter) (?:is |are )?(?:still |back )?(?:in|under|hidden in) (?:my |the )?(?:drawer|bag|room|pillow|box|pencil case|wallet|wardrobe|bedside)\b"
        rf"|\b(?:until|till) (?:it|they) (?:scar|scars|scarred|bleed|bled|bleeds|bruises|bruised)\b"
        rf"|\b(?:i|ill|i will|and|to|then|just) cut (?:so |too |really )?(?:again|deep|deeper|last night|tonight|yesterday|this morning|myself|again last night)\b"
        rf"|\b(?:go home|went home|go upstairs|went upstairs|go to the bathroom|went to the bathroom|lock myself in) and (?:cut|burn|hurt myself|sh)\b"
        rf"|\b(?:days?|day) (?:\d+|one|two|three|four|five|six|seven) (?:without|of no|no) (?:cutting|sh|self harm|hurting myself|harming)\b|\b(?:\d+|a few|two|three) days? without (?:cutting|sh|self harm|hurting myself)\b"
        rf"|\brelapse (?:count|counter|number|tally)\b"
        rf"|\b(?:plasters|bandages|band aids|steri strips|butterfly stitches|gauze|antiseptic wipes|dressings) (?:are |were )?(?:for|on) my (?:own )?(?:arms|wrists|thighs|legs|stomach|hips|arm|wrist|thigh)\b"
        rf"|\b(?:kit|box|tin|stash|bag|pencil case)\b[^.?]{{0,60}}\b(?:with|of|full of|and) (?:the )?(?:blades|razors|razor blades)\b"
        rf"|\b(?:blades|razors) and (?:antiseptic|plasters|wipes|bandages|gauze)\b"
        rf"|\b(?:long sleeves|hoodies?|jumpers?|sleeves down)\b(?![^.?]{{0,100}}\b(?:eczema|psoriasis|rash|allergy|allergic|sunburn|skin condition|tattoos?|cold|aircon|air con|freezing|religious|modesty|uniform|sun cream)\b)[^.?]{{0,80}}\b(?:\d\d degrees|degrees|heat|summer|boiling|roasting|hot|sunny|warm)\b"
        rf"|\b(?:not letting|do not let|will not let|never let|can not let) (?:anyone|anybody|people|them|him|her) see my (?:arms|wrists|legs|thighs|stomach|skin)\b"
        rf"|\b(?:said|told [a-z]+|pretended|lied and said|lying and saying)(?: that)? (?:it was|i) (?:the cat|an accident|came off my bike|fell|the dog|cooking|a burn from|caught it on)\b[^.?]{{0,20}}(?:\.|,)? (?:i|it) (?:did not|didnt|was not|wasnt)\b"
        rf"|\b(?:lied|lie|lying) and said it was (?:the cat|the dog|an accident|cooking)\b"
        rf"|\b(?:all|covered in) (?:lines|scars|cuts|marks)\b|\bsome old, some new\b|\bsome old some new\b"
        rf"|\b(?:do not |did not |never )?deserve(?:d)? (?:the|every one of the|all the)? ?(?:razor|blade|blades|cuts|scars|marks|lighter|pain)\b"
        rf"|\b(?:went|go|going) at my (?:{BODY}) with\b|\b(?:flog|flogged|flogging|whip|whipped|whipping|lash|lashed|lashing|beat|beating|thrash|thrashing|strike|striking|struck) (?:myself|my own (?:{BODY}))\b"
        rf"|\bit (?:bled|was bleeding|started bleeding|bleeds)\b(?= [^.?]{{0,40}}\b(?:again|then|blade|scissors|razor|on purpose|wanted|deserved)\b)"
        rf"|(?<![a-z] )\bcut (?:so |too |really )?(?:again|deep|deeper|last night|again last night)\b"
        rf"|\b(?:knife|blade|razor|knife knife|blade blade) then (?:my )?(?:leg|legs|arm|arms|wrist|wrists|thigh|thighs)\b"
        rf"|\bnew ones are from\b|\b(?:hit|hitting|bang|banging|banged|smash|smashing) my (?:own )?(?:head|face) (?:on|against) (?:the|a) (?:wall|floor|door|desk|mirror)\b[^.?]{{0,30}}\b(?:many times|over and over|again|until|repeatedly|hard)\b"
        rf"|\b(?:cover(?:ing|ed|s)?|hid(?:e|ing|den)?|hiding) (?:up )?my (?:cuts|scars|marks|wounds|burns|bruises)\b|\bcover the bruises\b"
        rf"|\b(?:made|make|making|makes|let|watched|watch|watching) (?:{MYSELF}|it|my (?:{BODY})) bleed\b"
        rf"|\buntil (?:it|i|they|my (?:{BODY})) (?:bled|bleed|bleeds|bruised|blistered|was raw|went raw|were raw|split)\b"
        rf"|\b(?:punched|punch|punching|hit|hitting|smashed|bashed|kicked) (?:the |a )?walls? {gap(4)}(?:until|till|and|so) (?:my )?(?:hand|hands|knuckles|fist|fists) (?:bled|broke|split|bleed|bleeding|were bleeding|was bleeding|swelled|are)\b",
        "again cutting burning scratching cut cuts scar scars wound wounds burn burns marks relapse relapsed "
        "relapsing slipped slip streak counter clean free used today tonight week days weeks months years blade "
        "blades razor razors lighter until till bleed wall walls i ill and to then just go went lock day without "
        "plasters bandages band steri butterfly gauze antiseptic dressings kit box tin stash bag pencil long "
        "hoodie hoodies jumper jumpers sleeves letting let said told pretended lied lie lying all covered some "
        "deserve deserved flog flogged flogging whip whipped whipping lash lashed lashing beat beating thrash "
        "thrashing strike striking struck it new hit hitting bang banging banged smash smashing",
        "I've started cutting again.",
        "i relapsed last night after 3 months clean",
        "punched the wall until my knuckles bled",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "starving oneself on purpose",
        rf"\b(?:starv(?:e|es|ed|ing)) {MYSELF}\b(?! (?:of (?:attention|affection|sleep|fun|love|sunlight)|for (?:the|a) (?:day|dinner|meal)))"
        rf"|\b(?:not eating|stopped eating|refusing to eat|refuse to eat|won't eat|do not deserve to eat|do not deserve food) (?:to|as) (?:punish|a punishment)\b",
        "starve starves starved starving not stopped refusing refuse do",
        "I've been starving myself to punish myself.",
    ),
    # === harm_to_others ===========================================================================
    family(
        HARM_TO_OTHERS,
        "harming another person",
        rf"{INTENT} (?:just |really |actually |seriously |literally |honestly |physically |go and |go over there and |find (?:him|her|them) and )?"
        rf"{VIOLENCE} {TARGET}\b{TRIVIAL}"
        rf"(?! (?:off|with kindness|up (?:on|to)|out of (?:my|the) (?:head|mind|life)|at (?:his|her|their) own game|a (?:text|message|dm|call|look)|with (?:my|a) (?:text|message|look|success|glow up|comeback)|in the (?:interview|game|match|race)|in my (?:head|mind|dreams))|{gap(2)}(?:for (?:forgetting|leaving|eating|being|not|that|this|making|taking|using|telling|ghosting|doing|saying|the|it|cheating|lying|ruining|wasting|stealing|breaking)))"
        rf"|\b(?:i|ill|i will|i am going to|i am gonna) {VIOLENCE} (?:him|her|them|my ex|that (?:guy|girl|woman|man|bitch|bastard))\b{TRIVIAL}(?= (?:if|when|the next|next time|tonight|tomorrow|i swear|one day|for what|[.,?])|{END})"
        rf"|\b(?:fantasi[sz](?:e|ed|ing)|daydream(?:ed|ing)?|dream(?:ed|ing)?|imagin(?:e|ed|ing)|pictur(?:e|ed|ing)|think(?:ing)? about|thought about|planning|plan) {gap(8)}(?:{VIOLENCE} (?:{TARGET})|run(?:ning)? (?:{TARGET}) over|put(?:ting)? (?:something|poison|bleach|stuff) in (?:{TARGET}))\b(?! (?:with kindness|off|feelings|essay|chances|career|reputation|pride|ego|business|name|image|phone|plans|project|work|confidence|vibe|brand|game|score|record|in (?:the|a) (?:game|match|race|interview)))"
        rf"|\b(?:{INTENT}) {gap(3)}(?:go in and|go round and|go over and|go up and|find (?:him|her|them) and|wait for (?:him|her|them) and) {VIOLENCE} (?:{TARGET})\b"
        rf"|\b(?:{INTENT}|i|ill|i will) (?:cut|glass|bottle|klap|deck|floor|smack|thump|wallop|kick|jump|knock out|chin|lamp|shank|bang) (?:him|her|them|that (?:guy|girl|woman|man|bitch|bastard)|his (?:new )?[a-z]+|her (?:new )?[a-z]+)\b(?! (?:off|out|in|loose|some slack|a break|short|down|up|loose|dead|to (?:size|the chase)))"
        rf"|\b(?:break|breaking|broke|smash|smashing) (?:his|her|their) (?:bones|legs|neck|jaw|nose|face|arms|knees|skull|head)\b|\brearrange (?:his|her|their) face\b|\bmess (?:his|her|their) face up\b"
        rf"|\b(?:push|pushing|shove|shoving) (?:him|her|them) (?:down the stairs|off (?:the|a)|in front of|under (?:a|the))\b"
        rf"|\buntil (?:he|she|they) (?:does not|doesnt|can not|cannot|will not) (?:get up|walk|breathe|move|wake up)\b|\bmake sure (?:he|she|they|neither of them|none of them) (?:can not|cannot|never|does not|do not|will not|wo not|makes?) (?:walk|talk|see|breathe|get up|work|it to)\b"
        rf"|\b(?:he|she|they|neither of them) (?:will not|wo not|is not going to|are not going to) (?:live to see|make it to|walk away from|be walking away from|be getting up from|be walking after)\b"
        rf"|\b(?:brakes|brake lines?) (?:fail|to fail|cut)\b|\bcut (?:his|her|their) brakes\b|\btamper(?:ing)? with (?:his|her|their) (?:car|brakes)\b"
        rf"|\b(?:take|taking|took) (?:them|the kids|my kids|my children|the children|him|her|everyone) with me\b"
        rf"|\bput(?:ting)? (?:{TARGET}|that [a-z]+) in (?:hospital|the hospital|a coma|the ground|a wheelchair|an early grave|intensive care|a body bag)\b"
        rf"|\b(?:use|used|using) it on (?:him|her|them)\b|\b(?:could|can|will|gonna|going to|should) end (?:him|her|them)\b"
        rf"|\b(?:give|giving|slip|slipping) (?:something|it|some|them something) to (?:the woman|the man|her|him|the girl|the guy)\b(?= [^.?]{{0,30}}\b(?:left me|took|stole|he|she|meds|pills)\b)"
        rf"|\b(?:{INTENT}) (?:run|running|ran|knock|knocking|mow|mowing) (?:{TARGET}) (?:over|down)\b"
        rf"|\b(?:put|putting|slip|slipping|spike|spiking|lace|lacing) (?:something|poison|bleach|stuff|pills|drugs|rat poison|antifreeze|laxatives) (?:in|into) (?:his|her|their|my [a-z]+|the [a-z]+) (?:[a-z]+ )?(?:coffee|tea|drink|food|dinner|lunch|water|meal|pint|wine)\b"
        rf"|\bput (?:{TARGET}) in (?:hospital|the hospital|a coma|the ground|a wheelchair|an early grave|intensive care|a body bag)\b"
        rf"|\b(?:burn|burned|burnt|burning|torch|torched|torching|set(?:ting)? fire to|set(?:ting)? light to) (?:his|her|their|my ex) (?:house|flat|place|home|car)(?: down)? with (?:him|her|them|the pair of them|both of them|them both|everyone|the kids) (?:in it|inside|in there|still inside)\b"
        rf"|\b(?:looked up|looking up|googled|googling|searched|researched|researching) (?:how|what|which|whether) [^.?]{{0,40}}\b(?:fire spreads|house fire|brakes fail|brakes to fail|untraceable|get away with|accelerant|poison (?:someone|him|her))\b"
        rf"|\bi mean (?:his|her|their) (?:house|car|place|flat)\b"
        rf"|\b(?:i would|i will|i) (?:like|love|want) to be the one (?:driving|doing it|who does it|behind the wheel|to do it)\b"
        rf"|\b(?:its|it is|this is|that is) for (?:his|her|their) (?:new )?(?:[a-z]+ )?(?:face|head|skull|legs|knees)\b",
        "kill kills killed killing killin murder murdered murdering stab stabbed stabbing shoot shooting shot "
        "strangle strangled strangling choke choked choking beat beating punch punched punching hurt hurting harm "
        "harmed harming attack attacked attacking poison poisoned poisoning run running ran batter smash smashed "
        "bash bashed throttle suffocate drown torture maim knife glass acid slit burn knock knocking mow mowing "
        "over down put putting slip slipping spike spiking lace lacing torch torched set cut bottle klap deck "
        "floor smack thump wallop kick jump chin lamp shank bang break breaking broke rearrange mess push pushing "
        "shove shoving until sure live make brakes brake tamper tampering take taking took use used using end "
        "give giving go round up find wait lesson walk its it is this that like love mean looked looking googled "
        "googling searched researched researching burned burnt burning torching setting light smashing driving "
        "doing one want wanna",
        "I want to kill him for what he did.",
        "i keep fantasising about hurting her new girlfriend",
        "If I see him again I'll stab him.",
    ),
    family(
        HARM_TO_OTHERS,
        "wanting another person dead or hurt",
        rf"\b(?:want|wanted|wanting|wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying) (?:that )?(?:he|she|they|him|her|them|my ex|the ex|his new (?:girlfriend|partner|wife)|her new (?:boyfriend|partner|husband)|my boss|my manager|that (?:guy|girl|woman|man|bitch|bastard)) "
        rf"(?:both |all |each )?(?:would |will |could |to |just )?(?:die|dies|died|was dead|were dead|be dead|dead|hurt|in pain|scared and hurt|gets hurt|got hurt|get hurt|suffers|suffer|to suffer|to die|to hurt|to bleed|gets killed|get killed|got killed|drops dead|drop dead|rots|burns|gets cancer|has an accident|crashes|dies in a fire|gets hit by a (?:car|bus|train))\b"
        rf"|\b(?:want|wanted|wish) (?:my |the |that |his |her |their )?(?:[a-z]+ )?dead\b(?<!want it dead)(?<!want this dead)"
        rf"|\b(?:the kids|my kids|my children|the children|my son|my daughter|my baby|my boys|my girls) (?:would|will) be better off dead\b"
        rf"|\b(?:would not|wouldnt|would not be) (?:be )?(?:sad|upset|sorry|bothered) if (?:he|she|they|him|her|his [a-z]+|her (?:new )?[a-z]+) (?:got|get|was|were|died|dies) (?:hit|killed|hurt|run over|dead)?\b[^.?]{{0,40}}\b(?:like to be|be the one|do it myself)\b"
        rf"|\b(?:he|she|they|my ex|his new (?:girlfriend|partner)|her new (?:boyfriend|partner)) (?:deserves?|deserve) to (?:die|suffer|be hurt|bleed|be dead|be killed|be beaten)\b"
        rf"|\b(?:make|making) (?:him|her|them|my ex|his new|her new) (?:pay|suffer|bleed|hurt) (?:for (?:what|this|that|it|leaving|cheating|the)|physically|in blood|like i did|so (?:bad|badly))\b"
        rf"|\b(?:make|making|made) (?:{TARGET}) (?:suffer|bleed)\b"
        rf"|\b(?:gun|knife|bat|weapon|rifle|shotgun) (?:into|to) (?:work|school|the office|his (?:house|flat|work|place)|her (?:house|flat|work|place)|their (?:house|place))\b[^.?]{{0,60}}\b(?:pay|hurt|kill|suffer|shoot|sorry)\b"
        rf"|\b(?:taking|take|took|bring|bringing) (?:my |a |the )?(?:[a-z]+ )?(?:gun|rifle|shotgun|knife) (?:into|to) (?:work|school|the office)\b",
        "die dies died dead hurt suffers suffer bleed killed drops drop rots burns cancer accident crashes fire "
        "hit deserve deserves pay gun knife bat weapon rifle shotgun kids children son daughter baby boys girls "
        "sad upset sorry bothered",
        "I hope she dies.",
        "honestly he deserves to suffer and bleed",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "weapons, stalking or revenge against another person",
        rf"\b(?:bought|buy|buying|got|get|getting|have|carry|carrying|brought|bring|took|take|sharpened|sharpening|hid|hidden|keep|kept) (?:a |the |my |some )?(?:knife|knives|gun|bat|baseball bat|hammer|axe|acid|crowbar|machete|weapon|petrol) {gap(5)}(?:for|to use on|to hurt|to scare|to get|to deal with|when i see|in case i see|to take to|to his|to her|to their|at his|at her|outside his|outside her) (?:him|her|them|my ex|his|her|their|the new|that (?:guy|girl))\b"
        rf"|\b(?:slash|slashed|slashing|key|keyed|keying|smash|smashed|smashing|burn|burned|burnt|burning|torch|torched) (?:his|her|their|my ex) (?:tyres|tires|car|face|house|flat|place|windows|stuff) (?:down|up|in)?\b"
        rf"|\b(?:throw|threw|throwing) acid\b|\bacid (?:on|in|at) (?:his|her|their) face\b"
        rf"|\b(?:wait|waiting|waited|follow|following|followed|turn up|turning up|go round|going round|lurk|lurking) (?:for )?(?:{TARGET})\b[^.?]{{0,60}}\bwith (?:a|my|the|his|dad) (?:baseball )?(?:bat|knife|hammer|crowbar|machete|axe|gun|brick|bottle)\b"
        rf"|\bburn (?:his|her|their) (?:house|hous|flat|place|home) down\b"
        rf"|\b(?:get|getting|got|take|taking|have) (?:my |our )?revenge {gap(3)}(?:on|against) (?:him|her|them|my ex|his|her|the new)\b(?= .*\b(?:hurt|kill|pay|suffer|bleed|knife|gun|physically|beat|attack|violence|violent)\b)",
        "knife knives gun bat hammer axe acid crowbar machete weapon petrol slash slashed slashing key keyed "
        "keying smash smashed smashing burn burned burnt burning torch torched revenge brick bottle",
        "I bought a knife to use on him.",
        "i want to slash her tyres and smash her face in",
    ),
    # === passive_wish: wishing to be dead, not wake up, not exist ===================================
    family(
        PASSIVE_WISH,
        "want to die",
        rf"\b(?:{WANTING}|wanna|hop(?:e|ed|ing)|pray(?:ed|ing)?|would like|would love|would rather|can not wait|cannot wait|look(?:ing)? forward|so ready|kind of want|part of me wants|i just want)"
        rf" (?:to |that i |i |i would |i could |i will |i can )?(?:just |simply |finally |really |honestly |actually |kind of |literally |quietly |peacefully |all |to )?(?:die|dying|be dead|drop dead|stop breathing|have died|die already|die in my sleep|pass away)\b"
        rf"(?! (?:alone|laughing|of (?:embarrassment|laughter|laughing|boredom|cringe|cuteness|shame|old age|happiness|excitement|joy|curiosity)|from (?:embarrassment|cringe|laughing|boredom)|for (?:my|a|the|this|that|it|them|him|her|love|something|someone|what|justice|freedom|my country|a cause)|on (?:this hill|that hill)|with (?:my|him|her|them|someone|you)|than|happy|old|in (?:peace (?:at|when) (?:\d|an old|old)|my bed at|his arms|her arms)|at (?:\d|an old|a ripe)|a hero|a legend|before (?:i|meeting|seeing|going)|trying|inside))"
        rf"(?<!going to die)(?<!going to dying)(?<!going to be dead)(?<!rather die)(?<!love to die)(?<!like to die)",
        "die dying dead breathing died pass",
        "I just want to die.",
        "i wanna dieeee",
        "i hope i die in my sleep",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "wish I was dead, better off dead",
        rf"\b(?:wish|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:i|me) (?:was|were|had|would|could|would have|had been|could be|just|was just|might|will|would just|could just|were just|did)? ?(?:just |simply |already |)?(?:be |been |have )?(?:dead|died|gone|never (?:been )?born|not (?:been )?born|not alive|not here|not around|not exist|did not exist|never existed|not wake up|not be here)\b"
        rf"|\bbetter off dead\b|\b(?:rather|sooner|prefer to|should|might as well|may as well|deserve to|want to) be dead\b(?! than (?!(?:keep|go on|carry on|feel|feeling|live|living|be like this|face|deal with|spend|wake up|go through|watch|see|have to)))"
        rf"|\b(?:should|could|would|might) have died\b(?= (?:when|in|instead|back|that|as a|at birth|[.,?])|{END})"
        rf"|\bi (?:deserve|deserved) to die\b|\blet me die\b|\bjust let me (?:die|go|rot)\b(?<!let me go)"
        rf"|\b(?:death|dying|being dead) (?:would be|will be|is|seems|sounds|feels) (?:a |like a |so )?(?:relief|release|peaceful|peace|nice|better|easier|welcome|good|the only way|the answer|the way out|a mercy)\b"
        rf"|\b(?:welcome|welcoming|craving|crave|long for|longing for|pray for|praying for|hope for|hoping for|wish for|wishing for|want|need|looking forward to) (?:my )?(?:own )?death\b(?! (?:metal|stranding|note \(the|of (?:the|a|my) (?:relationship|marriage|friendship)))"
        rf"|\bno (?:fear|problem|issue|worries) (?:of|with|about) (?:dying|death)\b(?= (?:anymore|any more|now|these days|[.,?])|{END})"
        rf"|\b(?:would not|wouldnt|do not|would never|will not) (?:mind|care) (?:if|whether) (?:i|a (?:car|bus|truck|train|lorry)|something|the plane|this plane|my plane) (?:died|die|dies|were to die|hit me|hits me|killed me|kills me|crashed|crashes|did not wake|never woke|got hit|get hit|got killed|get killed|dropped dead|drop dead|was dead|were dead|was gone|went down)\b"
        rf"|\b(?:would not|do not|would never|would honestly not|honestly would not|would really not) (?:really |honestly |even )?mind\b {gap(7)}(?:terminal|cancer|died|die|dying|dead|the end|not waking up|never woke up|woke up dead|hit me|killed me|crashed|went down|stopped|gave out|gave way|collapsed|fell|that was that|it was over|it all ended|i was gone|took me|an accident|a crash|an illness|illness|dying|death|being dead)\b"
        rf"|\b(?:would|will|would honestly|would actually) be (?:fine|okay|ok|happy|glad|relieved|grateful|at peace) if (?:a|the) (?:car|bus|truck|train|lorry|plane) {gap(2)}(?:hit|hits|killed|kills|crashed|went down) me\b"
        rf"|\b(?:let|hope|hoping|pray|praying|wish) (?:that )?(?:the|my|this) (?:plane|flight|train|bus|car) (?:would |will |just )?(?:go down|goes down|crash|crashes|falls|fall|goes off the road)\b"
        rf"|\b(?:do not|did not|does not|would not|no longer) (?:really |even )?(?:care|mind|matter) (?:if|whether) i (?:live|lived|living) or (?:die|died|dye|not)\b"
        rf"|\bif (?:i|a car|a bus|something) (?:got|get|was|were|am) (?:hit|killed|run over|to die) {gap(4)}(?:i would|would i|i will|i|would) (?:not|never|honestly not|really not) (?:care|mind|be sad|be upset|fight it|complain)\b"
        rf"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:something|someone|a (?:car|bus|truck|train|lorry|tumour|illness|disease|heart attack)|cancer|the plane|my plane|this plane|the flight|god) (?:would |will |just )?(?:kill|kills|takes?|hits?|crash(?:es)?|finish(?:es)? me|end me|goes down)\b(?! (?:off|out|home|to|away|up|for|down)\b)"
        rf"|\b(?:want|wanted|wish|wanna|need|just want|would be nice|be nice|nice|lovely|good) to (?:just )?not (?:be alive|exist|be here|be around|live|wake up|be|feel anything)\b(?= [.,?]|$| (?:anymore|any more|at all|ever|forever|for a bit|tbh|honestly|like|for good))"
        rf"|\blet me (?:just )?(?:not wake up|die|sleep forever|not be|go to sleep forever)\b"
        rf"|\b(?:finish|finally finish|finishes|finished|kill|kills) me off\b|\b(?:get|got) lucky and\b[^.?]{{0,40}}\b(?:die|dies|kills me|finish(?:es)? me|takes me|take me)\b"
        rf"|\b(?:be|being) the one who (?:does not|doesnt|did not|will not|wont) make it\b"
        rf"|\b(?:god|the lord|lord|jesus|allah|heaven|the universe|bhagwan|bhagavan|the almighty|waheguru|krishna) (?:would |will |to |could |should |just )?(?:call|calls|called|take|takes|took|bring|brings|gather) me (?:home|away|early|now|soon|tonight|up|back)\b"
        rf"|\bbe with (?:my )?(?:late |dead )?(?:mum|dad|mother|father|nan|gran|grandad|grandma|brother|sister|son|daughter|husband|wife) again\b(?= (?:[^.?]{{0,30}}\b(?:heaven|soon|dead|died|gone|passed|wherever)\b|[.,?])|$)"
        rf"|\b(?:go|pass|slip|drift) (?:off |away )?peacefully in (?:my )?sleep\b|\b(?:fade|slip|drift) (?:out of|away from) (?:life|existence|this world|the world)\b"
        rf"|\b(?:rather|prefer to|want to) (?:just )?be (?:gone|dead|not here)\b"
        rf"|\b(?:would not|wouldnt|would not be|not be) (?:be )?(?:too )?(?:fussed|bothered|upset|sad|care|mind|fight it) if i (?:died|carked it|kicked the bucket|was gone|did not wake up|never woke up|croaked|got hit|snuffed it|dropped dead|popped my clogs)\b"
        rf"|\bif (?:a|the) (?:car|bus|lorry|truck|train|van) (?:hit|hits|ran over|runs over|killed|kills) me\b[^.?]{{0,40}}\b(?:would not|wouldnt|will not|wont|not) (?:even |really |honestly )?(?:fight|mind|care|move|complain|be upset|be sad)\b"
        rf"|\b(?:disappointed|sad|upset|annoyed|gutted|angry|frustrated|pissed off) (?:that )?i (?:woke|woke up|am still alive|was still alive|am still here|survived|made it through)\b"
        rf"|\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|would get|will get) (?:struck by lightning|hit by (?:a )?(?:car|bus|train|lorry|truck)|run over|killed|a terminal|cancer|terminal)\b"
        rf"|\b(?:hope|hoping|wish|wished|pray|praying) (?:it|the plane|we|this plane|the flight) (?:would |will )?(?:just )?(?:go down|crash|crashes|goes down|fall out of the sky|falls)\b"
        rf"|\b(?:want|wanted|wish|like|need) to (?:just )?sleep (?:forever|for ever|and never (?:wake|stop)|for a (?:really |very )?(?:long|long long) time(?! (?:tonight|this weekend|tomorrow|after)))\b"
        rf"|\b(?:stop|stopped|stopping|quit) being alive\b|\bwant (?:it|this|everything|it all) (?:to be )?over\b(?= [.,?]|$| (?:already|now|for good|tbh))"
        rf"|\b(?:think|thinking|thought|fantasi[sz](?:e|ing|ed)|daydream(?:ing)?|dream(?:ing)?|obsess(?:ing|ed)?) (?:a lot |constantly |all the time |so much )?(?:about|of) (?:dying|death|my death|being dead|my own death|my funeral|not being alive|not existing|not being here|not being around|how i would die|being gone)\b"
        rf"(?! (?:of (?:the|a|my) (?:relationship|marriage|friendship|career)|in (?:a|the) (?:film|book|game|show)|(?:scares|frightens|terrifies|petrifies|horrifies|upsets) me|makes me (?:panic|anxious|scared|afraid)))",
        "dead died die dying death gone born alive here around exist existed wake rot mind hit hits killed kills "
        "crashed crash crashes plane flight live lived living kill take takes finish end goes funeral existing "
        "nice lovely good finally finishes finished lucky one god lord jesus allah heaven universe late "
        "peacefully fade slip drift fussed bothered upset sad car bus lorry truck train van disappointed annoyed "
        "gutted angry frustrated struck sleep stop stopped stopping quit over again want wanted wish wanna need",
        "I wish I was dead.",
        "I'd be better off dead.",
        "honestly death would be a relief",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "not wake up",
        rf"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed)?|pray(?:s|ed|ing)?|rather|would like|would love|prefer|go to sleep|fall asleep|sleep|bed|close my eyes) {gap(4)}"
        rf"(?:not|never|do not|did not|will not|would not|can not|no longer) (?:to )?(?:ever |even )?(?:wake up|wake|open my eyes)\b"
        rf"(?! (?:early|late|too|before|at|on time|in time|until|till|with|to (?:my|the|a|find|see|go|make|do|an)|for|the|my (?:flatmate|roommate|partner|kids|parents|mum|dad|husband|wife|sister|brother|housemate|neighbours|baby|son|daughter)|him|her|them|you|us|everyone|anyone|everybody|anybody|feeling|hungover|sad|tired|grumpy|in a|alone|next to|and (?:check|see|text|look|scroll)|thinking about (?:him|her|them|it)|crying|anxious))"
        rf"|\b(?:do not|did not|never) (?:even )?(?:want|wanna|wish|feel like|care) to (?:ever )?wake up\b(?= (?:again|tomorrow|anymore|any more|ever|in the morning|some days|most days|tbh|honestly|,|\.)|$)"
        rf"|\b(?:sleep|asleep|bed) and (?:just )?(?:never|not) (?:ever )?(?:wake up|wake|open my eyes)\b|\bnever wake up again\b|\bsleep forever\b|\bnot wake up (?:tomorrow|again|ever)\b"
        rf"|\bwish (?:i|that i) (?:would not|could not|did not|could just not|would just not|could just never|would never) wake up\b",
        "wake eyes forever",
        "I hope I don't wake up tomorrow.",
        "I wish I could go to sleep and never wake up.",
        "i dont even want to wake up anymore",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "not want to live, be alive or exist",
        r"\b(?:do not|did not|does not|no longer|never|not|hardly|barely) (?:really |even |truly |actually |particularly )?(?:want|wanna|wish|feel like|care|have the will|have any will|have the energy|have the strength|see the point) (?:to )?"
        r"(?:be alive|live|exist|be here|be around|go on living|keep living|carry on living|keep going|carry on|go on|stay alive|keep existing|be in this world|be on this earth|do life|continue living|continue|survive|live my life)\b"
        r"(?! (?:with (?:him|her|them|my|our|a|the|someone|people|roommates|flatmates|parents|family)|in (?:this|that|a|the|london|my|our|his|her|their|fear|the past|denial|his shadow|her shadow)|at (?:home|my|his|her|their|the)|there|near|alone|together|abroad|on (?:my|our|his|her|the|campus|benefits|a)|by (?:myself|his|her|their|the|my)|next (?:door|to)|close to|somewhere|anywhere|nearby|like (?:this|that|a|my|him|her)|without (?:him|her|them|my|a)|with(?:out)? (?:that|this)|for (?:him|her|them|my|others|someone|other people)|a lie|the (?:dream|same|rest|lie)|through (?:this|that|it|another)|his life|her life|their life|up to|according|half|two lives|out of a|on campus|any less|apart|under (?:his|her|their)|doing|at this (?:party|event|job|place|school|office)|for (?:this|that|the) (?:party|job|event|meeting|conversation)|right now for|to see|to watch|to hear|in the same|to be (?:seen|noticed|with)|near (?:him|her|them)|the way|this way|that way|as a|as (?:his|her)|the life|another day in|with the|after (?:the|this)))",
        "do did does no never not hardly barely",
        "Honestly I don't want to live anymore",
        "i dont want to be alive",
        "I don't want to exist.",
        about_self=True,
        deniable=False,
    ),
    family(
        PASSIVE_WISH,
        "stop existing, disappear for good, never born",
        r"\b(?:disappear(?:ed|ing)?|vanish(?:ed|ing)?|fade away|fade out|be gone|go away|sink into the ground) (?:without a trace |completely |for good |)(?:forever|permanently|for good|for ever|and never come back|and not come back|off the face of the earth|off the planet|completely and forever|from existence|from this world|from the world)\b"
        r"|\b(?:want|wanted|wanna|wish|need|needed|just want|really want) (?:to |i could )?(?:just )?(?:disappear|vanish|not be|cease|stop|be gone|be erased|evaporate|dissolve|fade away|go away)\b(?= [.,?]|$| (?:forever|from|and never|completely|entirely|altogether|now|right now|already|tbh|honestly|lol|anymore|any more))"
        r"(?<!want to stop)(?<!wanted to stop)(?<!wanna stop)(?<!need to stop)(?<!needed to stop)(?<!just want to stop)(?<!wish i could stop)(?<!go away)"
        r"|\b(?:cease|ceases|ceased|ceasing|stop|stopped|stopping) (?:to )?exist(?:ing)?\b(?<!stop exist)"
        r"|\b(?:want|wanted|wanna|wish|need|just want) (?:to )?(?:just )?be gone\b|\bwish i was gone\b|\blike i was never (?:here|born|alive)\b"
        r"|\b(?:want|wanted|wish|need|just want) (?:it all|everything|all of it|it|life|my life|the world|the pain|this) to (?:just )?(?:end|stop|be over)\b(?= (?:me included|including me|and me with it|forever|for good|permanently|now|already|for ever|,|\.|\?)|$)(?<!want it to stop)(?<!want this to stop)(?<!want the pain to stop)(?<!wanted the pain to stop)(?<!want it to end)(?<!want this to end)"
        r"|\b(?:want|wanted|wish|need|just want) the pain to (?:stop|end) (?:forever|for good|permanently|for ever|and me with it)\b"
        r"|\bwish(?:ed|ing)? (?:that )?i (?:could |would |just )?(?:just )?(?:did not|didnt|could not|would not|not|never|no longer) (?:exist|existed|be|been|here)\b(?= [.,?]|$| (?:anymore|any more|at all|tbh|honestly|lol|sometimes|some days|because|so))"
        r"|\b(?:wish(?:ed|ing)? (?:that )?i (?:had|would|was)|should have|should of|shouldve) never (?:been born|existed|born|been here)\b|\bnever (?:asked to be|should have been) born\b|\bwish i was never born\b"
        r"|\b(?:hate|hating|sick of|tired of|so over|completely over|done with|exhausted by|exhausted from|fed up with|fed up of|weary of) (?:being alive|living|existing|life|my life|breathing|waking up|being here|this life|everything and everyone|being me)\b"
        r"(?! (?:in|with|at|near|like (?:this|that)|on|here|there|out of|paycheck|pay ?check|so far|without|by|under|in (?:this|the|a)|alone|together|month|week|day to day|the dream))",
        "disappear disappeared disappearing vanish vanished vanishing fade gone sink cease ceases ceased ceasing "
        "erased evaporate dissolve be exist existed existing born here hate hating sick tired done exhausted fed "
        "weary never stop end over",
        "I want to disappear forever.",
        "Sometimes I wish I'd never been born.",
        "i'm so tired of being alive",
        about_self=True,
    ),
    # === burden_hopeless: burden, better off without me, no reason to live ==========================
    family(
        BURDEN_HOPELESS,
        "I am a burden",
        r"\b(?:i am|i feel|i feel like|i have become|i was|am|being|i am just|i am only|i am nothing but|i am such|i always feel like|i have always been|i have been|i will only be|i would only be|i will always be|i am always|feel like|felt like|i felt like|just|always)"
        r" (?:a |an |such a |just a |only a |nothing but a |the |one big |a massive |a huge |a total |such an |a complete |a useless |a constant |a |)?(?:[a-z]+ )?burden\b"
        r"(?! of (?:proof|responsibility|care|the|guilt|shame|expectations|debt|tax))"
        r"|\bburden (?:to|on|for) (?:everyone|everybody|my family|my friends|the people|all of them|them|people|my kids|my children|my parents|my mum|my dad|my partner|my husband|my wife|others|the world|those around me|society|anyone|my sister|my brother)\b"
        r"|\b(?:everyone|they|my family|my friends|my kids|people) (?:would|will) (?:not )?(?:have (?:one|a) less burden|be free of me|be relieved (?:if|when) i (?:was|were|am) (?:gone|dead))\b"
        r"|\b(?:you are|youre) (?:just |such |nothing but |only |always )?an? (?:[a-z]+ )?burden\b"
        r"|\b(?:i )?(?:just |only |always )?(?:drag|dragging|pull|pulling|bring|bringing) (?:them|everyone|everybody|people|my (?:whole )?[a-z]+|all of them|the whole family) down\b(?! (?:to|the|with (?:a|the|my|this|that|flu|covid|cold|colds|moaning)))"
        r"|\b(?:i )?(?:just |only |always )?make (?:things|everything|it|life|their lives|everyone lives|everyone life|everyones lives) (?:worse|harder|miserable) for (?:everyone|everybody|people|them|my [a-z]+|all of them|the people)\b"
        r"|\b(?:i am|am|me be|na me be|i am just|i am only|i am the only) (?:the |a |only )?(?:only )?(?:problem|headache|burden|nuisance|drain|curse) (?:for|to|in|on) (?:this|my|the) (?:family|parents|house|home|kids|everyone)\b"
        r"|\bwhat (?:use|good) am i (?:to anyone|to anybody|to them|to my [a-z]+)\b|\bi am (?:no|not any) (?:use|good) to (?:anyone|anybody)\b"
        r"|\b(?:weight|millstone|albatross|drain|dead weight|anchor|burden) (?:round|around|on|for|to) (?:all )?(?:everyone|everyones|everybody|my family|their|his|her|them|people|my friends|my partner|my kids)(?: necks?| lives)?\b(?<!drain on my)",
        "burden burdens weight millstone albatross drain anchor you youre drag dragging pull pulling bring "
        "bringing make problem headache nuisance curse use good waste space im relieved free less",
        "I'm such a burden to everyone.",
        "i feel like a massive burden on my family",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "better off without me",
        r"\b(?:better|happier|easier|lighter|freer|calmer|better place) (?:off |of )?(?:without me|with me gone|with me dead|if i (?:was|were|had|would|am|just|had just|did)? ?(?:not |never |no longer )?(?:gone|dead|here|around|alive|died|disappeared|not here|not around|never (?:been )?born|did not exist|was not here|were not here|was not around|were not around|was not alive|left for good|was gone|were gone|disappeared forever|stopped existing|never existed|not in it|was not in it))\b"
        r"(?! (?:at (?:the|this) (?:party|meeting|event|dinner)|on (?:the|this) (?:trip|team|project)))"
        r"|\b(?:world|everyone|everybody|everyone lives|everyones lives|they|my family|my friends|my kids|people|he|she|the world) (?:would|will|is|are|might) be (?:a )?(?:better|happier|easier|better place|lekker|sweet|fine|great|okay) (?:off )?without me\b"
        r"|\b(?:easier|better|happier|calmer|simpler) (?:life|lives|time|days) if i (?:was not|were not|was no longer|were no longer|was never|had never been|did not exist) (?:here|around|alive|born)?\b"
        r"|\b(?:better|easier|simpler|happier) for (?:them|everyone|everybody|all of them|my [a-z]+) if i (?:am|was|were) (?:not|no longer|never) (?:here|around|alive|there|born)\b"
        r"|\b(?:would|will|might) (?:all )?be (?:so |so much |a lot |much )?(?:better|easier|simpler|happier|calmer|lighter|more peaceful|less stressful) (?:off )?(?:for (?:everyone|them|everybody|my [a-z]+) )?"
        r"(?:if (?:i|you) (?:was|were|am) (?:not|never|no longer) (?:here|around|in (?:it|them|their lives|the picture|the way)|born|alive|there)|without (?:me|you)|if (?:i|you) (?:died|disappeared|was gone|were gone|left for good|did not exist|just stopped|stopped existing|was dead|were dead))\b"
        r"|\bif i (?:was not|were not|was never|was no longer) in (?:the picture|their lives|it|them)\b"
        r"|\b(?:they|everyone|everybody|my family|my kids|people|he|she|you|we) (?:would|will) (?:all )?be better off\b(?= [.,?]|$| (?:tbh|honestly|really|anyway|then|lol|without me|if i|no me|without me|without us|without you))"
        r"|\bwithout me (?:they|everyone|my family|people|he|she) (?:would|will|could|might) (?:get|have|be|finally) (?:some )?(?:peace|rest|happier|better|free|relieved|happy)\b"
        r"|\bnobody (?:would|will) be (?:any )?worse off (?:if|when|without)\b"
        r"|\b(?:easier|better|happier|simpler|lighter|freer|peace)\b[^.?]{0,80}\bif i (?:just )?(?:was not|were not|was no longer) (?:there|here|around|alive)\b(?! (?:to|for|at|when|on time))"
        r"|\bif i no (?:dey|de|dey here|de here)\b"
        r"|\bif i (?:just )?(?:was not|were not|was no longer) (?:there|here|around) for (?:her|him|them|everyone|anyone) to worry about\b"
        r"|\b(?:would|will|might) (?:all )?(?:be|feel) (?:so )?(?:relieved|glad|happier|better off|lighter|free|freer) (?:if|when|once) i (?:was not|were not|was no longer|am not|am no longer|was|were|am) (?:around|here|alive|gone|dead|not here)\b",
        "without gone dead here around alive died disappeared born exist existed left stopped simpler if nobody "
        "peace you we better off",
        "Everyone would be better off without me.",
        "the world would be a better place without me",
        about_self=True,
        deniable=False,
    ),
    family(
        BURDEN_HOPELESS,
        "no one would miss me",
        r"\b(?:no one|nobody|noone|not a single person|not one person|none of them|not even my (?:family|mum|dad|friends)) (?:would|will|is going to|going to|is gonna|gonna|would even|will even|would really|will really|would actually) (?:even |really |actually |ever )?"
        r"(?:miss me|notice (?:if|when) i (?:was|were|am|died|disappeared|left|vanished|went)|care (?:if|when|that) i (?:died|was gone|were gone|am gone|disappeared|was dead|were dead|killed|left|was not here|vanished|stopped)|notice i am gone|notice i was gone|come to my funeral|cry (?:if|when) i)\b",
        "miss notice care funeral cry",
        "No one would even notice if I was gone.",
        "nobody would miss me",
    ),
    family(
        BURDEN_HOPELESS,
        "no reason to live, life not worth living",
        r"\b(?:do not|can not|cannot|could not) (?:really |even )?(?:see|find|have|think of|come up with) (?:a|any|one) (?:reason|point|purpose) (?:to|in|for) (?:keep living|keep going|living|live|go on|going on|be alive|being alive|carry on|carrying on|stay|staying|stay alive|exist|existing)\b"
        r"|\bwhat(?: is|s)? (?:even |really |actually |honestly )?the point (?:anymore|any more|of anything|in anything|of it all|of any of it|of me)\b"
        r"|\bwhy (?:do|should|would) i (?:even )?(?:keep going|bother living|bother|carry on|go on|stay alive|keep living|keep trying|get up)\b(?= [^.?]{0,40}\b(?:nothing|never|no one|nobody|point|better|alone|anymore)\b)"
        r"|\bno (?:reason|point|purpose|will|meaning|desire|hope|motivation|want) (?:left )?(?:for me )?(?:(?:in|to|for|of) )?(?:living|live|life|being alive|existing|exist|go on|going on|carry on|carrying on|keep going|keep living|staying alive|be alive|being here|stay|staying|continue|continuing|wake up|waking up)\b"
        r"(?! (?:here|there|in (?:this|that|london|the city|my flat)|with (?:him|her|them|my)|at (?:home|my|his|her)|together))"
        r"|\bnothing (?:left )?(?:to live for|worth living for|to keep me (?:here|going|alive)|keeping me (?:here|going|alive))\b"
        r"|\bwhat(?: is|s)? (?:even |really |actually |honestly )?the (?:actual )?point (?:of|in) (?:even )?(?:living|life|being alive|being here|existing|going on|carrying on|me being here|me carrying on|me going on|me living|me staying|me existing|me trying|even being alive|anything anymore|waking up|trying anymore|any of it anymore|my life|staying alive|being here|it all anymore)\b"
        r"|\b(?:life|my life|living|existence|being alive) (?:is|is just|is not|feels|has been|seems|is no longer|has become|just feels|really is not)? ?(?:not |no longer )?(?:worth (?:living|it|anything|the pain|the effort|the struggle)|pointless|meaningless|hopeless|not worth it|over|a waste)\b"
        r"(?<!life is over)(?<!life feels over)(?<!life is a waste)(?<!life has been a waste)(?! (?:without|as i know it|for (?:me )?now|(?:until|till)|(?:in|at) (?:this|that|work|school)|because of (?:this|that)|if (?:i|he|she) (?:cannot|can not|does not|do not|did not) (?:get|find|have|win)))"
        r"|\bnot worth (?:living|being alive|existing|saving|the air i breathe|the oxygen)\b"
        r"|\b(?:can not|cannot|do not|could not) (?:really )?(?:see|imagine|picture) (?:a|any) (?:future|way forward|way out)\b(?! (?:with (?:him|her|them)|in (?:this|that|the) (?:job|role|company|relationship)|for (?:us|the relationship)))"
        r"|\b(?:no|not a|never a) (?:version of (?:the|my) )?future (?:with me in it|for me|that i can (?:see|picture|imagine))\b"
        r"|\b(?:nothing|it|things|life) (?:is )?(?:ever )?(?:going to|gonna|will) (?:ever )?get better\b(?<!it is going to get better)(?<!it will get better)(?<!things will get better)(?<!life will get better)(?<!things are going to get better)(?<!it is gonna get better)"
        r"|\b(?:it|things|life) (?:is|are)? ?never (?:going to|gonna) get better\b|\b(?:it|things|life) will never get better\b"
        r"|\bwhat(?: is|s)? (?:even )?left for me\b(?= (?:now|anymore|any more|honestly|at this point|here|,|\.|\?)|$)"
        r"|\b(?:there is |i have |i see |i can see |i can not see |can not see )?(?:no|not a|not any) (?:future|way out|light|hope|way forward|point) (?:for me|for someone like me|for people like me|for a person like me|left for me|left|anymore|any more|at all|ahead|out of this|in sight)\b(?<!no point left)(?! (?:for (?:us|the relationship|me and (?:him|her))|with (?:him|her|them|my)|in (?:this|that|the|dating|the job|our)|and (?:that|it) is|so i))",
        "reason point purpose meaning desire hope motivation nothing worth pointless meaningless hopeless over "
        "waste future way light will want why better left",
        "There's no reason to live now that she's gone.",
        "Life isn't worth living without him.",
        "there is no future for me",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "can't go on, giving up on life",
        rf"\b(?:can not|can not|could not|can no longer|do not think i can|do not know if i can|do not know how (?:much )?(?:longer )?i can|not sure i can|do not see how i can|unable to) (?:go on|carry on|keep going|keep living|keep doing this|do this anymore|do this any more|do life|live like this|keep fighting|survive this|take (?:it|this|much more|any more|anymore))\b"
        rf"(?= (?:living|anymore|any more|any longer|much longer|like this|for much longer|another day|one more day|without (?:her|him|them)|on my own|alone|with life|tbh|honestly|i just|[.,?])|{END})"
        rf"(?! (?:dates?|a date|holiday|holidays|the trip|with (?:the|this) (?:plan|job|project|course|relationship|friendship|diet)|at (?:work|school|this job)|in (?:this|that) (?:job|role|house|flat|relationship)|pretending|with him|with her|with them|like this with))"
        rf"|\b(?:give|giving|gave|given) up on (?:life|living|everything|myself|being alive|the world|existing|it all)\b"
        rf"|\b(?:i am|am) (?:so |just |completely |totally )?(?:done|finished) (?:with (?:life|living|everything|it all|this life|being alive|existing|this world|the world|trying|fighting)|here)\b(?! (?:for (?:today|tonight|the (?:day|week|night))|with (?:dating|apps|men|women|him|her|them)))"
        rf"|\b(?:ready|want|wanted|need|needing) to (?:give up|let go) (?:on )?(?:everything|life|living|for good|completely|it all)\b"
        rf"|\b(?:done|finished) (?:trying|fighting)\b(?= [.,?]|$| (?:with (?:everything|life|it all|all of it)|at (?:everything|life)|anymore|any more|now))"
        rf"|\b(?:i am|i will be|am) (?:properly |finally |totally |completely |so )?finished with (?:all of )?(?:this|it all|everything|life)\b(?! (?:job|course|relationship|drama|nonsense|dating|app))"
        rf"|\b(?:completely|totally|utterly|feel|feeling|felt|so) hopeless\b(?= (?:about (?:everything|life|the future|living|me|myself)|and (?:want|wanted|wish|do not want|suicidal|worthless)|now|anymore|any more|all the time|every day|these days|[.,?])|{END})"
        rf"|\bno (?:hope|will to live|fight) left\b|\blost (?:all |the )?(?:hope|will to live|will to carry on|will to go on|reason to live|desire to live|motivation to live)\b(?! (?:for|in|of|that (?:he|she|they|we)|about (?:him|her|them|us|dating|finding|getting|ever)))"
        rf"|\b(?:trapped|stuck) (?:and|with) no (?:way|exit|escape|way out)\b|\b(?:there is|i see|see|with) no (?:way|escape|exit) (?:out|from this|other than)\b",
        "not unable longer give giving gave given done finished let hopeless hope fight trapped stuck way escape "
        "exit trying fighting",
        "I can't go on anymore.",
        "i give up on life honestly",
        "I feel completely hopeless about everything.",
    ),
    # === exposure: someone close died by suicide ===================================================
    family(
        EXPOSURE,
        "someone close died by suicide",
        rf"\b{PEOPLE_CLOSE}(?: , [a-z' ]{{1,40}} ,)? {gap(4)}(?:kill(?:ed|s)? (?:himself|herself|themselves|themself)|t(?:ook|ake|akes) (?:his|her|their) (?:own )?(?:life|lives)|died by suicide|died of suicide|died from suicide|died through suicide|committed suicide|completed suicide|ended (?:his|her|their) (?:own )?(?:life|lives)|hanged (?:himself|herself|themselves)|hung (?:himself|herself|themselves)|overdosed and died|shot (?:himself|herself|themselves))"
        rf"|\b{PEOPLE_CLOSE} (?:(?!and |i |we )[a-z']+ ){{0,4}}jumped (?:off|from|in front of) (?:a|the)\b(?! [a-z' ]{{0,40}}(?:into the (?:sea|water|river|lake|pool|harbour)|like we did))"
        rf"|\b(?:lost|losing|lose) (?:my |a |our |his |her )?(?:[a-z]+ ){{0,2}}to suicide\b|\bsuicide (?:of|loss of) (?:my|our)\b",
        "kill kills killed take takes took died committed completed ended hanged hung overdosed shot jumped lost losing lose "
        "suicide",
        "My brother took his own life two years ago.",
        "lost my best mate to suicide last year",
        deniable=False,
    ),
)


# === Indirect wording ============================================================================
#
# What a phrase list misses: euphemism, understatement, arrangements, traces,
# dialect, and a few words in other languages clients mix in. Each family is as
# explainable as the ones above: its name is what the clinician reads.

_WEAPON = (
    r"(?:knife|knives|hunting knife|boning knife|bat|baseball bat|hurl|hurley|tyre iron|tire iron|iron rods?|crowbar|hammer|gun|guns"
    r"|revolver|service revolver|pistol|rifle|shotgun|firearm|nail gun|machete|panga|cutlass|axe|acid|petrol|weapon|brick|bottle)"
)

FAMILIES = (
    *FAMILIES,
    family(
        SELF_HARM,
        "self-harm counted: a streak, a relapse, how often",
        r"\b(?:go|going|get through|got through|went|made it|manage|managed|last|lasted|to go) (?:a |one |two |three |four |five |\d+ )?(?:full |whole |single )?"
        r"(?:day|days|week|weeks|month|months|fortnight) without (?:cutting|self harming|harming myself|hurting myself|burning myself|scratching myself|sh)\b"
        r"|\bi cut (?:twice|again|once|three times|\d+ times|last night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|morning)|yesterday)\b"
        r"|\bi (?:used to )?cut\b(?= [.,?]|$)",
        "go going get got went made manage managed last lasted to i",
        "My goal this month is to go two weeks without cutting.",
        "I cut again on Friday after the wedding photos went up.",
    ),
    family(
        HARM_TO_OTHERS,
        "a weapon got, and not for its use",
        r"\b(?:bought|got|ordered|have|found) (?:a|an|myself a|me a) (?:[a-z]+ )?(?:bat|baseball bat|crowbar|machete|knife|hammer|gun|knuckle duster|knuckledusters|taser|axe|hatchet)\b"
        r"(?: [a-z']+){0,3}(?: [.,])? (?:and )?not for (?:baseball|cricket|rounders|cooking|camping|fishing|the garden|gardening|work|diy|hunting|the kitchen|wood|chopping)\b",
        "bought got ordered have found",
        "Got myself a crowbar, and not for DIY.",
    ),
    family(
        PLAN_INTENT,
        "medication gathered from several places or held back",
        rf"\b(?:second|third|fourth|another|extra) (?:box|boxes|packet|packets|bottle|bottles|pack|packs|strip|strips) of (?:[a-z]+ )?{PILLS}\b"
        r"|\b(?:different|other|several|two|three) (?:chemists?|pharmacies|pharmacy|shops|supermarkets)\b[^.?]{0,40}\b(?:so|questions|clocks|notices|notice|ask)\b"
        r"|\bso (?:nobody|no one|they) (?:clocks it|notices|asks|would not ask|does not ask)\b"
        rf"|\b(?:put|putting|set|setting|kept|keeping|keep|held|holding|been saving|saving|stashing|slipping|pocketing) (?:back |aside |away |by )?(?:my |the |some |a few |the odd |a month of |months of )?(?:[a-z]+ )?(?:{PILLS}|strips?|pens|vials|ampoules|doses)(?: aside| away| back| by| instead of taking (?:it|them))?\b"
        r"(?= [^.?]{0,60}\b(?:since|instead|telling the doctor|for when|for months|for weeks|months?|worth|sock|drawer|under the bed|exit|plan|enough|the lot|nobody|no one|count|pocket|box)\b|[.,?]|$)"
        r"(?<!keep my pills)(?<!keep my meds)(?<!keep my tablets)"
        r"|\b(?:a|one|two|three) months? (?:worth|supply)\b(?= [^.?]{0,40}\b(?:sock|drawer|saved|kept|hidden|back|aside|box|bed)\b)"
        r"|\b(?:there is|there are|i have|got|have got|i have got) (?:enough|plenty|more than enough) (?:now|saved|put aside|stashed)\b|\bi am close now\b"
        r"|\b(?:know|knows|worked out|figured out) (?:roughly |exactly )?(?:what|how much|how many) (?:amount |dose )?(?:would be enough|would do it|would work|would kill me|it would take)\b"
        r"|\b(?:my own|worked out my) dose\b|\bdose per kilo\b|\bknow what (?:they|it|that|those) (?:would|will|could) do to me\b",
        "second third fourth another extra different other several two three so put putting set setting kept keeping keep "
        "held holding saving stashing slipping pocketing a one there got have i know knows worked figured my dose",
        "Bought a second box of paracetamol at a different chemist so they wouldn't ask questions.",
        "I've been putting my sleeping tablets aside since Christmas.",
    ),
    family(
        PLAN_INTENT,
        "a method with a time or a last arrangement",
        r"\bwithout (?:my |a )?seat ?belt\b|\baim(?:ing)? (?:the car |for |at )(?:the |a )?(?:wall|tree|bridge|pillar|lorry|barrier|oncoming)\b"
        r"|\b(?:hose|hosepipe|tube) for the exhaust\b|\bexhaust hose\b|\bthe hose and a quiet spot\b"
        r"|\b(?:bought|buy|got|have|brought|kept|hid|hidden|keep) (?:the |some |a bottle of |a drum of |the old |already bought (?:the )?)?(?:insecticide|pesticide|weedkiller|weed killer|paraquat|gramoxone|sniper|rat poison|antifreeze|poison|cyanide)\b"
        r"|\b(?:weedkiller|insecticide|pesticide|paraquat|poison|sniper)\b[^.?]{0,60}\b(?:handy|drink it|had enough|for when|under my bed|hid it)\b"
        r"|\b(?:rope|noose|belt|cord) (?:is |are )?(?:still )?(?:in|under|up in) the (?:garage|loft|attic|shed|wardrobe|cupboard)\b"
        r"|\b(?:going|go|jump|jumping|throw myself|throwing myself) off the top of\b|\b(?:long|one way|last) swim (?:off|out|to)\b"
        r"|\bhow long (?:until|til|till|before) (?:they|someone|anyone|i|somebody) (?:would be|would|be|is|get|got) found\b"
        r"|\b(?:worked out|planned|picked|chosen|chose) the (?:route|spot|place|night|date|day|time)\b(?= [^.?]{0,30}\b(?:and|which|night|when|date)\b)"
        r"|\bi (?:am|was) rehearsing\b|\bi suppose i am rehearsing\b|\b(?:practised|practiced) the knot\b"
        r"|\b(?:grave|coffin) soon\b|\bdecided it will be\b|\bit will be after the\b(?= [^.?]{0,40}\b(?:empty|gone|last|saturday|sunday|friday)\b)"
        r"|\b(?:take|taking) the (?:shotgun|gun|rifle) (?:up|out) to\b|\b(?:selfish|kinder|fair|better) to do it\b|\bsettle on a date\b"
        r"|\b(?:log|logging|logged|sign|signing|signed) off (?:permanently|for good|forever|for ever)\b|\b(?:it is|its) (?:hers|his|yours|theirs) now\b"
        r"|\b(?:go|going|head|heading|walk|walking|drive|driving) (?:down |up |out )?to the (?:river|bridge|cliffs?|sea|railway|tracks|reservoir|lake|canal|roof|car park|quarry|viaduct|pier|dam|forest|woods)\b[^.?]{0,30}\b(?:and that will be it|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this weekend)\b",
        "without aim aiming hose hosepipe tube exhaust bought buy got have brought kept hid hidden keep weedkiller "
        "insecticide pesticide paraquat poison sniper rope noose belt cord going go jump jumping throw throwing long one "
        "last how worked planned picked chosen chose i practised practiced grave coffin decided it take taking selfish "
        "kinder fair better settle log logging logged sign signing signed its head heading walk walking drive driving",
        "taking the car out without my seatbelt and aiming for the wall",
        "Brought the weedkiller up to the house so it's handy for when I've had enough.",
    ),
    family(
        PLAN_INTENT,
        "saying it will be over soon",
        r"\b(?:and )?that will be (?:it|the end of me)\b(?= [.,?]|$)|\bfor when i am ready\b|\bwhen i have had enough\b"
        r"|\b(?:never|not) have to wake up (?:to this )?again\b|\bonly (?:\d+|one|two|three|four|five|a few) more (?:days|sleeps|nights|weeks)\b(?= (?:and|until|till|left)\b)"
        r"|\b(?:no|not) walking back\b|\b(?:will not|wo not) be (?:walking|coming) back\b|\bwill not be needing (?:a|the|my|any) [a-z]+\b"
        r"|\b(?:after that )?i am free to go\b|\b(?:my )?arrangements are (?:made|in place)\b|\bmy exit plan\b|\bthat is my exit\b"
        r"|\bsaid (?:bye|goodbye) to [^.?]{0,30}without them knowing\b|\bwithout them knowing it was (?:bye|goodbye|the last)\b"
        r"|\bit will all be grand after\b|\bwhere the current (?:runs|is) strongest\b|\bnot an accident\b(?= [^.?]{0,40}\b(?:pills|tablets|take more|next time)\b|[.,?]|$)"
        r"|\b(?:i will|ill) take more next time\b|\b(?:if you|if u) know what i mean\b(?<=trip if you know what i mean)"
        r"|\bone way (?:trip|ticket)\b(?= [^.?]{0,30}\b(?:know what i mean|no return|needing a return|not coming back|last)\b)"
        r"|\b(?:got|have) everything ready\b(?= [^.?]{0,40}\b(?:date|tonight|weekend|when|christmas)\b)|\bgot everything i need saved\b"
        r"|\bwhen i am (?:no more|gone for good)\b|\bgo home to (?:him|god|the lord|jesus) by my own hand\b|\bby my own hand\b"
        r"|\bmight as well go out on\b|\b(?:the )?last (?:message|msg|post) to (?:the|my) (?:squad|group|gc|friends|family)\b"
        r"|\b(?:tell|let) (?:my )?[a-z]+ (?:he|she) can have (?:the|my) [a-z]+\b|\bwho can have my [a-z]+\b",
        "that for when never not only no will after arrangements my exit said without it where take ill if one got have "
        "go by might last tell let who",
        "only three more days and you never have to wake up to this again",
        "Tell my brother he can have the bike.",
    ),
    family(
        SUICIDAL_THOUGHTS,
        "euphemisms for ending one's life",
        r"\b(?:check|checking|checked) out (?:early|permanently|for good|for ever|forever)\b|\btoaster bath\b|\byeet(?:ing)? myself (?:off|out of|into)\b|\brage ?quit(?:ting)? (?:life|this life|irl|for real)\b|\b(?:the )?off switch\b"
        r"|\bhand(?:ing)? (?:mine|my life|it all|my ticket) back\b|\bturn(?:ing)? (?:my own |my )?lights out\b|\blights out (?:tonight|for good|permanently|forever|fr)\b"
        r"|\bhelping (?:him|god|it) along\b|\bend (?:this|my) (?:life|existence)\b|\b(?:use|using|used) (?:it|that|the [a-z]+) on myself\b"
        r"|\b(?:gun|rifle|pistol|barrel|shotgun)\b[^.?]{0,60}\bturn it (?:round|around)\b|\bjust turn it (?:round|around)\b"
        r"|\b(?:think|thinking|thought) about (?:killing|ending|hurting) yourself\b|\bjust finish it\b"
        r"|\b(?:could|should|might) just end it and\b|\bending it (?:aw|all)\b|\bending things\b(?= [.,?]|$| (?:myself|for good|properly|me))"
        r"|\bsuicide is the (?:only )?(?:way out|answer|option)\b|\b(?:way|ways) out\b(?= [.,?]|$| (?:not (?:moving|of)|out out))",
        "check checking checked rage quit quitting off hand handing turn turning lights helping end use using used gun toaster yeet yeeting "
        "rifle pistol barrel shotgun just think thinking thought could should might ending suicide way ways",
        "maybe I should just check out early",
        "thinking about rage quitting life tbh",
    ),
    family(
        SELF_HARM,
        "what was done to the body, and its traces",
        rf"\bwhat i (?:have )?(?:done|do|did) to (?:myself|my (?:own )?{BODY})\b|\bclose up what i did\b"
        r"|\b(?:snapped|took|popped|broke|got|pulled) the blades? out\b|\bnot for shaving\b"
        r"|\b(?:wrists?|arms?|thighs?|legs?) (?:look|looks|looking) like a barcode\b|\bbarcode (?:wrists|arms)\b"
        r"|\bpick(?:ing|ed|in)? (?:the |my )?scabs\b(?: [a-z ]{0,20})? (?:open|off)\b|\bopen (?:them|it|the scars|the cuts|the wounds|my scars) (?:back )?up\b"
        r"|\b(?:slip|slipped|relapse) with the (?:blade|razor|lighter)\b|\bcut anyway\b|\b(?:twice|three times|again) on my (?:thigh|arm|wrist|leg|stomach)\b"
        r"|\b(?:i am going to|i will|ill|gonna|going to) cut\b(?= [.,?]|$| (?:i know|again|tonight|myself))"
        r"|\b(?:bang|banged|banging) my head (?:off|on|against) (?:the )?(?:[a-z]+ )?(?:tiles|wall|walls|floor|door)\b(?= [^.?]{0,40}\b(?:till|until|stars|felt better|when i|has become|again|on purpose|so)\b)"
        r"|\b(?:punched|punch|punching|hit|hitting|kicked) (?:the|a) (?:brick )?walls? (?:on purpose|deliberately|so (?:my|it)|until|till|to feel)\b"
        r"|\b(?:gave|give|giving) myself (?:[a-z]+ ){0,3}(?:belts|slaps|smacks|whacks|hits|thumps|cuts|burns|bruises|a beating|a hiding)\b"
        r"|\b(?:held|hold|holding|pressed|pressing|put|kept) my (?:palm|hand|hands|arm|wrist|fingers|thigh) (?:on|against|under|in) (?:the |a )?(?:hot )?(?:kettle|iron|hob|stove|oven|pan|radiator|flame|candle|lighter|boiling water|hot water|tap)\b(?= [^.?]{0,40}\b(?:until|till|to feel|on purpose|so)\b)"
        r"|\b(?:stop|you promised|promised you|you did it|again)\b[^.?]{0,25}\b(?:burning|cutting|scratching|hurting|hitting|harming|scratch|burn|cut|hurt) yourself\b"
        r"|\b(?:scratch|scratching|scratched|pick|picking) (?:myself|yourself|my skin|your skin) (?:raw|until (?:it|i) bleed)\b"
        r"|\b(?:so|in case) (?:nobody|no one|they|people|anyone) (?:at [a-z]+ )?(?:sees?|notices?|can see) (?:the |my )?(?:new )?(?:lines|marks|cuts|scars|burns|bruises)\b"
        r"|\b(?:said|told [a-z]+) it was from (?:cricket|football|netball|the cat|the dog|sport|rugby|the gym|a fall|the garden|work)\b"
        r"|\b(?:divider|compass) (?:from )?(?:[a-z]+ ){0,4}on my (?:arm|wrist|leg|thigh)\b",
        "what close snapped took popped broke got pulled not wrists wrist arms arm thighs thigh legs leg barcode pick picking "
        "picked pickin open slip slipped relapse cut twice three again i ill gonna going bang banged banging punched punch "
        "punching hit hitting kicked gave give giving held hold holding pressed pressing put kept stop you promised "
        "scratch scratching scratched so in said told divider compass",
        "i keep picking the scabs open on purpose so it hurts again",
        "my wrists look like a barcode now",
    ),
    family(
        HARM_TO_OTHERS,
        "threats, weapons taken along, and harm planned for someone",
        rf"\b(?:going|go|gonna|heading|head|went) round (?:there|to (?:his|her|their)(?: place| house| flat)?) with (?:a|the|my) {_WEAPON}\b"
        rf"|\b(?:take|taking|took|bring|bringing|carry|carrying) (?:my |a |the |his |dad |my old |the old )?(?:old )?(?:service )?{_WEAPON} (?:round (?:there|to)|to (?:the|her|his|their|work|school|class|the lecture)|into (?:work|school|the office|the lecture))\b"
        rf"|\b(?:take|taking|took) (?:a|the|my) (?:[a-z]+ )?(?:iron|bat|hammer|crowbar|knife|machete|axe|club|hurl) to (?:his|her|their) (?:head|face|knees|legs|skull|car)\b"
        r"|\bput (?:something|poison|stuff|bleach|laxatives) in (?:his|her|their) (?:food|drink|coffee|tea|dinner|meal|pint)\b|\bwhat i could put in (?:his|her|their) (?:food|drink|coffee|tea)\b"
        r"|\bpillow over (?:his|her|their|dad|mum|[a-z]+) face\b|\b(?:ruin|wreck|mess up|destroy|scar|acid) (?:his|her|their) face\b"
        r"|\b(?:shove|push) (?:him|her|them) (?:under|in front of) (?:one|it|a [a-z]+|the [a-z]+)\b|\bnobody would know it (?:was not|wasnt) an accident\b"
        r"|\bhow long (?:would|will|do) (?:you|i|people|someone) (?:actually )?get (?:for|if)\b[^.?]{0,40}\b(?:hurt|kill|stab|hit|beat|attack|break|breaking|legs|murder)"
        r"|\b(?:break|breaking|broke) (?:someone|somebody|his|her|their) (?:legs|bones|neck|jaw|face|arms|knees)\b"
        r"|\b(?:better )?watch (?:his|her|your|their) back\b(?= [^.?]{0,40}\b(?:knife|know where|know|route|i will|ill)\b)"
        r"|\b(?:i know|i found out|found his addy|found her addy) where (?:you|u) (?:live|park|work|sleep)\b"
        r"|\b(?:sharpened|sharpening|sharpen) (?:my|the|a) (?:cutlass|machete|knife|panga|axe|blade)\b"
        r"|\b(?:make|want) (?:them all|all of them|every one of them|each of them|everyone|every one of them in that office) (?:to )?(?:pay|suffer|feel what i feel|bleed)\b"
        r"|\b(?:i will|ill|going to|gonna|want to|wanna|need to|actually|really|just) (?:finish|end|sort out) (?:that|this) (?:fellow|guy|man|boy|girl|woman|bastard|prick|idiot|oke|lad)\b"
        r"|\b(?:want to|wanna|need to|i will|ill|i am going to|gonna|actually|really) end (?:him|her|them)\b"
        r"|\bswing for (?:him|her|them)\b|\b(?:till|until) (?:he|she|they) (?:stopped|stops|stop) (?:moving|breathing)\b"
        r"|\b(?:not|no|never) be getting (?:back )?up\b|\b(?:see|wait till you see|wait until you see) what i (?:do|will do|am going to do) to (?:your|him|her|his|their)\b"
        r"|\b(?:give|gave|giving) (?:him|her|them) (?:the|a) (?:push|shove)\b|\bsomething (?:bad )?(?:is going to|will|is gonna) happen to (?:him|her|them|that [a-z]+)\b"
        r"|\bnobody else (?:gets to|can|will) have (?:her|him)\b|\b(?:the one who makes it happen|me being the one who)\b"
        r"|\b(?:him|her|girlfriend|boyfriend|ex|wife|husband|new [a-z]+) in a (?:ditch|coffin|grave|body bag)\b|\bsix feet under\b(?= [^.?]{0,20}\b(?:him|her|he|she)\b)"
        r"|\b(?:post|share|send|give out) (?:her|his|their) address\b|\bsort (?:her|him|them) out (?:properly|proper)\b"
        r"|\bmake (?:him|her|them) (?:dead|die)\b|\b(?:pay|paying|get|getting|arrange|arranged|told) (?:someone|some boys|the lads|my cousins|people|boys) to (?:have a word with|sort out|deal with|hurt|beat|batter|break|bring)\b"
        r"|\b(?:baseball bat|bat) and (?:his|her) knees\b|\bmake sure (?:he|she|they) (?:is not|isnt|are not|will not be|wont be) (?:alive|around|breathing)\b"
        r"|\bcave (?:his|her|their) (?:skull|head|face) in\b|\bgut (?:him|her|them|his [a-z]+|her [a-z]+)\b|\b(?:buss|bust) (?:a shot |a bullet )?(?:inna |in |into )?(?:his|him|her) head\b"
        r"|\b(?:his|her|their) car brakes\b|\bget away alive\b|\b(?:that|this) (?:oke|guy|man|boy|bastard|prick|fellow) is (?:finished|dead|done for)\b"
        r"|\baccidents happen\b(?= [^.?]{0,40}\b(?:gun|rifle|shotgun|grass|loaded|ladder|machinery)\b)|\b(?:do it|kill him|get rid of him) quietly\b"
        r"|\binstrument of (?:it|vengeance|his|god)\b",
        "going go gonna heading head went take taking took bring bringing carry carrying put what pillow ruin wreck mess "
        "destroy scar acid shove push nobody how break breaking broke better watch i found sharpened sharpening sharpen "
        "make want will ill need actually really just swing till until not no never see wait give gave giving something "
        "him her girlfriend boyfriend ex wife husband new six post share send sort pay paying get getting arrange arranged "
        "told baseball bat cave gut buss bust his their that this accidents do kill instrument",
        "im going round there with a knife and then he'll see",
        "I'd give her the push myself.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "hoping for death by illness, accident or sleep",
        r"\b(?:hope|hopes|hoping|wish|wishing) (?:the )?(?:scan|biopsy|test|tests|results|doctor) (?:finds?|comes? back|show|shows|says?) (?:something )?(?:terminal|bad|cancer|positive|serious)\b"
        r"|\b(?:wish|wishes|wished) i (?:had|would have) (?:caught|taken|stopped) (?:one|a bullet|a round)\b"
        r"|\b(?:blew|blow|burn|burned|crash|crashed|collapse|collapsed|fall|fell|went down)\b[^.?]{0,30}\bwith me (?:in it|inside|on it|on board)\b"
        r"|\b(?:drift|slip|fade|float) (?:off|away|out) and never (?:come back|wake up|return)\b|\bjust fade out\b|\blet me (?:just )?fade (?:out|away)\b"
        r"|\b(?:envy|envying|jealous of) (?:the )?(?:patients|people|ones) (?:we lose|who die|who died|in the obituaries|who do not make it)\b"
        r"|\b(?:hope|hoping|wish|wishing) (?:that )?(?:the|a|some) [a-z]+ (?:would |will )?(?:just )?(?:tips?|falls?|rolls?|collapses?|lands?|crash(?:es)?|comes? down) on (?:top of )?me\b"
        r"|\b(?:gather|gathers|gathered) me (?:home|up)\b|\blet me come home (?:early|soon)\b|\b(?:god|the lord|lord) (?:to )?take me (?:in my sleep|in the night|while i am asleep)\b"
        r"|\b(?:would not|wouldnt) be the worst thing if\b|\b(?:go|went|pass|passed|die|died|slip away) in my sleep\b"
        r"|\bswallowed me (?:permanently|for good|forever|whole)\b(?! (?:from|with) embarrassment)|\b(?:wish|hope|pray) death (?:would|will) (?:come|take me|find me)\b|\bdeath (?:to )?(?:come|comes) for me\b"
        r"|\b(?:fine|okay|ok|happy|at peace) with not (?:being alive|being here|waking up|existing)\b|\bget (?:ill|sick|cancer) and die\b"
        r"|\b(?:pop|popped) my clogs\b|\bkick the bucket\b|\bcark it\b|\bcarked it\b|\bsnuff it\b|\b(?:better|easier) to (?:be dead|die|not exist|not be here|not be alive)\b"
        r"|\b(?:wish|wishing) (?:to )?be die\b|\btired of being (?:a person|me|human|alive)\b|\b(?:sleep|fall asleep|go to sleep|drift off) (?:forever|for ever|permanently)\b"
        r"|\bgo to sleep for a (?:very |really )?long time\b(?= [^.?]{0,30}\b(?:permanently|forever|not wake|never)\b|[.,?]|$)"
        r"|\b(?:would not|wouldnt|would not be|not) (?:be )?(?:too )?(?:care|mind|fussed|bothered) if i (?:did not|didnt) make it (?:through|thru) (?:the night|tonight)\b"
        r"|\b(?:bus|car|lorry|train|truck|taxi|cab)\b,? do me a favour\b|\b(?:hope|hoping|wish) (?:that )?(?:a|the) (?:car|bus|lorry|truck|train|van|taxi|cab)\b[^.?]{0,30}\b(?:hit|hits|take|takes|run|runs|wipe|wipes|kill|kills) me\b"
        r"|\bground (?:would |to )?(?:open up and )?swallow me\b[^.?]{0,40}\b(?:not|do not mean) (?:from|out of|with) embarrassment\b"
        r"|\b(?:could have|coulda|would have) just (?:dead|died|gone)\b|\bwant to (?:just )?(?:not|no) be (?:here|alive|around)\b",
        "hope hopes hoping wish wishes wished blew blow burn burned crash crashed collapse collapsed fall fell went drift "
        "slip fade float just let envy envying jealous gather gathers gathered god lord would wouldnt go pass passed die "
        "died swallowed pray death fine okay ok happy at get pop popped kick cark carked snuff better easier tired sleep "
        "fall asleep not bus car lorry train truck taxi cab ground could coulda want",
        "Is it bad that I hope the scan finds something terminal?",
        "I'd be fine with not being alive anymore.",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "others better off or relieved, in other words",
        r"\bwould (?:anyone|anybody|people) (?:even |actually |really )?(?:notice|care|miss me)\b"
        r"|\b(?:i )?cost (?:everyone|everybody|them|my family|people|my parents) (?:too much|so much|a fortune)\b"
        r"|\b(?:they|everyone|everybody|my family|my kids|people) (?:would|will) (?:all )?be relieved\b(?= [.,?]|$| (?:if|when|honestly|tbh))"
        r"|\bnot (?:to )?be in the picture\b|\bout of the picture (?:for good|permanently|at all)\b|\bif i (?:was|were) out of the picture\b|\bwith me out of the (?:picture|way)\b"
        r"|\b(?:save|saving) (?:a fortune|money|so much|thousands|on the fees)\b[^.?]{0,40}\bif i (?:was not|were not|was gone|was no longer)\b"
        r"|\b(?:get|have|find) (?:some )?(?:rest|peace|relief|a break|sleep)\b[^.?]{0,20}\bif i (?:was not|were not|was gone|was no longer)\b"
        r"|\b(?:breathe|sleep|live|rest) (?:easier|better) without (?:me|you)\b|\b(?:have|get) [^.?]{0,30}\bback if i (?:was not|were not)\b"
        r"|\b(?:i am|you are|i have become) (?:just |nothing but |only )?(?:a |the )?(?:dead weight|waste of (?:space|oxygen|air|skin)|drain on everyone|liability|useless lump)\b"
        r"|\b(?:better served|better off|better|happier|fine|sweet as|sweet|okay|ok|good) without (?:me|you|a [a-z]+ like me|someone like me|people like me)(?: around)?\b"
        r"|\bbetter off with (?:anyone|someone|a proper [a-z]+) (?:else )?(?:instead of|than) (?:me|a [a-z ]+ like me)\b"
        r"|\b(?:peace|rest|happy|happier|better) when i am (?:no more|gone|dead)\b|\b(?:can not|cannot|could not) find (?:one|a|any|a single) reason to\b"
        r"|\b(?:only|just|nothing but) (?:trouble|a problem|a burden|a headache|a disappointment|a drag) to (?:everyone|everybody|them|my [a-z]+|people|all)\b"
        r"|\b(?:less|fewer|no more) (?:tension|stress|worry|problems|trouble|drama|arguments|pain)\b[^.?]{0,20}\bif i (?:am|was|were) (?:not|no longer|gone|dead)\b"
        r"|\bif i (?:were not|was not) around\b[^.?]{0,60}\b(?:would not have to|free|easier|better|relief|peace)\b"
        r"|\b(?:run out of|ran out of|no more|out of) reasons? to (?:stay alive|live|keep going|go on|be here)\b"
        r"|\b(?:do not|can not) see how i (?:am meant to|can|could|am supposed to) (?:keep on living|keep living|go on|carry on|keep going)\b"
        r"|\bwhy (?:should|would) i (?:stay alive|keep living|go on living|bother living|be alive)\b|\bnot having any reason (?:for|to) (?:living|live)\b"
        r"|\b(?:can not|cannot) (?:do|face|take|survive) (?:another|forty|\d+|many more) (?:years|decades) of (?:this|it|life)\b"
        r"|\blife insurance\b(?= [^.?]{0,30}\b(?:clear|better off|pay|collect|would)\b)|\b(?:collecting|collect|cash in) the life insurance\b"
        r"|\b(?:my existence|me being here|me being alive) (?:is|does) (?:a )?(?:net negative|more harm than good|bad for everyone)\b"
        r"|\bdrag on (?:everyone|everybody|them|my family)\b|\bnaebody would miss me\b|\bbetter aff\b",
        "would cost they everyone everybody my people not out if with save saving get have find breathe sleep live rest "
        "i you better happier fine sweet okay ok good peace can cannot could only just nothing less fewer no run ran why "
        "life collecting collect cash drag naebody",
        "Would anyone actually notice if I was gone?",
        "They'd all breathe easier without you around.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "how much it would take, and deciding when",
        rf"\bhow many (?:of )?(?:my |the |[a-z]+ ){{0,4}}{PILLS} (?:it )?(?:would|will|does) (?:it )?(?:actually |really )?take\b"
        rf"|\b(?:which|what) (?:stuff|pills|meds|tablets|drugs|medicines)\b[^.?]{{0,40}}\b(?:would|will) (?:actually |really )?(?:work|do it|be enough|kill)\b"
        rf"|\b(?:need|want|needed|wanted) to know (?:it|that|they|if it) (?:would|will|is going to) be enough\b|\bwhat happens if (?:someone|you|i|somebody) (?:takes?|took|swallows?) too many\b"
        rf"|\b(?:which|what) (?:drugs|pills|meds|tablets) (?:you )?(?:can not|cannot) come back from\b|\bhow much (?:you would|i would|someone would) need\b"
        rf"|\b(?:could|can|would|will|to) (?:actually |really |finally )?go through with it\b|\bi know how i am (?:going to|gonna) do it\b"
        rf"|\b(?:i am|im) (?:not joking|serious) this time\b|\bwhen i get home i am (?:going to|gonna) do it\b|\b(?:going to|gonna) do it\b(?= [^.?]{{0,20}}\b(?:tonight|not joking|this time|when)\b)"
        rf"|\b(?:i have |have )?(?:picked|chosen|chose|set|decided on) (?:a |the )?(?:date|day)\b(?= [.,?]|$| (?:the \d+|for the (?:bridge|roof|cliff|river|train|railway)|that is when|thats when|its our|one year|anniversary|it makes sense))(?<!we have set a date)(?<!we set a date)(?<!we picked a date)"
        rf"|\b(?:picked|chosen|chose|set) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight)(?: night| morning)? for (?:the|it)\b"
        rf"|\bwoke up in (?:a and e|a e|a&e|hospital|the hospital|icu|resus|intensive care)\b|\ba (?:whole|full) (?:strip|blister pack|sheet) of\b"
        rf"|\b(?:did not|didnt) know (?:that is|that was|it was|thats) (?:what it was|goodbye|the last time)\b",
        "how which what need want needed wanted could can would will to i im when going gonna have picked chosen chose "
        "set decided woke a did didnt",
        "Looked up how many of my mums heart tablets it would take.",
        "set a date. the 14th. its our anniversary",
    ),
    family(
        SELF_HARM,
        "cutting, burning or pulling again, and counting the days",
        rf"\b(?:to|i|will|ill|and) cut (?:tonight|today)\b|\b(?:pull|pulled|pulling) out (?:so much |my |some )?hair\b[^.?]{{0,40}}\b(?:on purpose|so it hurts|to hurt|bald)\b"
        rf"|\bcovered in (?:new |fresh |old and new )?(?:cuts|scars|burns|bruises|marks)\b|\b(?:back to )?day (?:0|zero|1|one) again+\b|\bi was on \d+ days\b"
        rf"|\b(?:did|done|do) (?:a bit of |some )?damage to (?:my|me) (?:{BODY})\b|\bday \d+ (?:of not|without|no) (?:self harming|cutting|sh|self harm|harming|hurting myself)\b"
        rf"|\b(?:smash|smashing|smashed|break|breaking) (?:a )?(?:bottle|glass|brick|chair) (?:over|on|into) (?:his|her|their) (?:head|face)\b",
        "to i will ill and pull pulled pulling covered back day did done do smash smashing smashed break breaking",
        "pulled out so much hair last night, i do it on purpose so it hurts",
        "Day 0 again. I was on 41 days.",
    ),
    family(
        HARM_TO_OTHERS,
        "revenge spelled out",
        r"\b(?:make|making) (?:him|her|them) pay\b[^.?]{0,30}\b(?:do not mean money|not money|not in court|physically)\b|\b(?:would not|wouldnt) brake\b|\b(?:i would|id|ill|i will) (?:probably )?speed up\b"
        r"|\bcome back and (?:hurt|kill|shoot|stab) (?:people|everyone|them|him|her)\b|\bdeserves? to get (?:his|her|their) (?:head|face|skull) (?:smashed|kicked|caved|bashed|stoved) in\b"
        r"|\b(?:i would|id|i will|ill) (?:happily |gladly )?be the one to do it\b|\b(?:put|putting|stick|sticking) (?:a )?knife (?:in|into) (?:him|her|them)\b"
        r"|\b(?:got|have|found) (?:his|her|their) (?:new )?address\b(?= [^.?]{0,40}\b(?:pay|hurt|going|round|see)\b|[.,?]|$)",
        "make making would wouldnt i id ill come deserves deserve put putting stick sticking got have found",
        "I'm going to make him pay and I don't mean money.",
        "if she stepped out in front of my car I wouldn't brake.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "hoping to fall ill or for something to happen",
        r"\b(?:hope|hoping|hopeing|wish|wishing|pray|praying) (?:that )?(?:i will |i would |i |to )?(?:get|got|have|catch) (?:something terminal|cancer|a terminal [a-z]+|an illness|sick and die|something fatal)\b"
        r"|\b(?:hope|hoping|wish|wishing) (?:that )?something (?:bad )?(?:happens|will happen|would happen) to me\b|\b(?:take|takes|took) me in my sleep\b"
        r"|\b(?:wish|wishing|hope|hoping) my heart (?:would|will) (?:just )?stop\b|\b(?:god|the lord|lord) (?:should|must|could|would|will) (?:just )?take me\b",
        "hope hoping hopeing wish wishing pray praying take takes took god lord",
        "I keep hoping I'll get something terminal so I have a proper excuse to go.",
        "I hope something happens to me on the drive home.",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "saving others the bother",
        r"\bsave (?:them|everyone|my family|people) the (?:bother|trouble|hassle|pain|cost) of (?:having )?me\b|\bbetter off with (?:the )?(?:life insurance|insurance|the money)\b"
        r"|\b(?:telling|told|tell) me to kill (?:yourself|myself)\b[^.?]{0,60}\b(?:think about it|considering it|might|maybe they are right|starting to)\b",
        "save better telling told tell",
        "Might as well save them the bother of having me around.",
    ),
    family(
        PASSIVE_WISH,
        "would rather not be here, death no longer frightening",
        r"\b(?:would rather|rather|prefer to) not (?:be here|be alive|exist|wake up|be around|be anywhere)\b"
        r"|\bwish (?:it|that it) (?:was|were|had been) me (?:who|that|instead) (?:died|was killed|went)\b"
        r"|\b(?:death|dying) (?:does not|doesnt|no longer|does not really) (?:scare|frighten|bother|worry) me\b"
        r"|\b(?:easier|simpler|better|kinder) if i (?:was|were|had) (?:dead|died|just died|not alive)\b"
        r"|\b(?:hope|hoping|wish) i (?:do not|dont|will not|wont|never) make it (?:to|through|past)\b"
        r"|\b(?:want|wanted|wish) (?:it all|everything|all of this) to (?:just )?go away\b(?= [.,?]|$| (?:forever|for good|permanently|me included))"
        r"|\b(?:wants|wanted) to (?:just )?not (?:be alive|exist|be here|be around|live|wake up)\b",
        "would rather prefer wish death dying easier simpler better kinder hope hoping want wanted wants",
        "I'd rather not be here anymore.",
        "Death doesn't scare me anymore.",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "not deserving to live, in everyone's way",
        r"\b(?:do not|dont|did not|never) (?:really )?deserve to (?:live|be alive|be here|exist|be happy and alive|have a life)\b"
        r"|\b(?:no one|nobody|noone) (?:would|will) (?:even |really )?(?:care|notice)\b(?= [.,?]|$| (?:honestly|tbh|anyway|if i))"
        r"|\bin (?:everyone|everybody|the whole family) way\b|\b(?:deserve|deserves) better than me\b"
        r"|\b(?:bring|bringing|cause|causing) (?:nothing but |only )?(?:pain|misery|trouble|problems|grief|hurt) to (?:everyone|the people i love|my family|people|everybody|those i love)\b"
        r"|\bno place for me (?:in this world|here|anywhere|on this earth)\b|\b(?:everything|life|it all) is (?:so )?hopeless\b"
        r"|\bi (?:just )?(?:can not|cannot) (?:do this )?any ?more\b(?= [.,?]|$)",
        "do dont did never no nobody noone in deserve deserves bring bringing cause causing everything life it i",
        "I don't deserve to live.",
        "My family deserves better than me.",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "hitting, choking, watching someone suffer",
        r"\b(?:want to|wanna|going to|gonna|i will|ill|i would|could|would love to|dream of) (?:just )?(?:hit|smack|slap|kick|thump|headbutt|deck) (?:him|her|them|that [a-z]+|my ex)\b(?! (?:up|back|with (?:the|a|that) (?:news|question|text|message|truth)|me up))"
        r"|\b(?:wrap|put|get) my hands (?:around|round) (?:his|her|their) (?:neck|throat)\b"
        r"|\b(?:see|watch|watching) (?:him|her|them) (?:suffer|bleed|die|burn|in pain|beg)\b"
        r"|\b(?:he|she|they) (?:will not|wo not) know what hit (?:him|her|them)\b"
        r"|\bif i see (?:him|her|them)\b[^.?]{0,30}\b(?:do not|dont) know what i (?:will|would|might) do\b|\bwhat i (?:will|would|might) do to (?:him|her|them)\b",
        "want wanna going gonna i ill could would dream wrap put get see watch watching he she they if what",
        "If I see her I don't know what I'll do.",
        "I'd love to see him suffer.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "knowing how, looking at the means",
        r"\b(?:know|knows|i know) (?:exactly |already )?how i (?:would|will|am going to|could|am gonna|d) do it\b"
        r"|\b(?:thinking|thought|think) (?:about|of) how i (?:would|could|will|might) do it\b"
        r"|\b(?:stood|standing|stand|got up) on (?:a|the) (?:chair|stool|stepladder) with (?:the|a|my) (?:belt|rope|cord|scarf)\b"
        r"|\b(?:keep|kept|have|got) (?:a|the|my) (?:blade|razor|razors|blades) (?:in|under|hidden|for)\b"
        r"|\b(?:did|done) something to my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|skin)\b"
        r"|\b(?:looking|staring|stare|looked|stared) (?:at|down at) the (?:train )?(?:tracks|rails|railway|drop|water|river|bridge|edge)\b(?= [^.?]{0,40}\b(?:thinking|wondering|again|every|how|long|want)\b)"
        r"|\bbeen (?:suicidal|self harming|there|that low) before\b",
        "know knows i thinking thought think stood standing stand got keep kept have did done looking staring stare looked stared been",
        "I know exactly how I'd do it.",
        "I've been thinking about how I would do it.",
    ),
    family(
        PLAN_INTENT,
        "acting soon, or an attempt that failed",
        rf"\b(?:most|half|nearly all) of (?:a|the|my) (?:box|bottle|packet|pack|strip|tub) of\b|\b(?:a )?stash of (?:my |the |[a-z]+ ){{0,3}}{PILLS}\b"
        r"|\b(?:i am|im) doing it\b(?= (?:tonight|tomorrow|then|at|by|if|after|this|on|when|before))|\bby midnight (?:i am|im) doing it\b|\beverything is ready\b(?= [.,?]|$)"
        r"|\b(?:i am|im) ending it\b(?! (?:with|between|things with))|\b(?:might|may) as well have (?:them|it) now\b"
        r"|\b(?:bought|picked up|got|buying|getting) (?:a |some )?(?:length of )?rope and (?:some )?(?:cable ties|tape|duct tape)\b|\ba (?:jar|bag|box|tin) of (?:them|pills|tablets)\b(?= [^.?]{0,40}\b(?:now|looked up|big amounts|enough)\b)"
        r"|\b(?:timed|timing) the (?:trains|express|trains that)\b|\bi know which one now\b"
        r"|\b(?:put|drive|crash|wrap|plough) (?:the|my) (?:car|ute|van|truck|bike|motorbike) (?:into|off|round) (?:a|the) (?:tree|wall|bridge|pillar|barrier|cliff|river|lorry)\b"
        r"|\bmake it look like an accident\b|\b(?:sorry|shame|pity) it (?:did not|didnt) work\b|\battempted on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)\b"
        r"|\bcountdown\b[^.?]{0,60}\b(?:not being here|days left|until i|me not)\b|\bme not being here (?:anymore|any more)\b",
        "most half nearly stash a i im everything timed timing put drive crash wrap plough make sorry shame pity "
        "attempted countdown me might may bought picked getting buying ending jar bag box tin by",
        "took most of a box of paracetamol saturday nite",
        "if she doesnt reply by midnight im doing it.",
    ),
    family(
        SELF_HARM,
        "tools taken out, hair pulled, bands snapped",
        r"\b(?:close to|about to|nearly|almost) (?:getting|get|got|taking) the (?:blade|razor|blades|lighter) out\b"
        r"|\b(?:pull|pulled|pulling) (?:my )?hair out\b[^.?]{0,50}\b(?:punish|patches|in patches|on purpose|so it hurts|bald)\b"
        r"|\b(?:my )?(?:arms|wrists|legs|thighs|stomach) (?:are|is) (?:a mess|cut up|covered in cuts|scarred|all cut)\b"
        r"|\b(?:snapped|snapping|flicked|flicking|pinged) (?:a |my |the )?(?:hair tie|hair band|hair bobble|bobble|rubber band|elastic band|band) (?:against|on) my wrist\b[^.?]{0,50}\b(?:bruised|bled|so hard|over and over|until|times)\b"
        r"|\btaking it out on (?:myself|my body) (?:again|with)\b",
        "close about nearly almost pull pulled pulling my arms wrists legs thighs stomach snapped snapping flicked flicking pinged taking",
        "soooo close to getting the blade out rn",
        "snapped a hair tie against my wrist so hard it bruised",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "harm imagined, wished or prepared for a particular person",
        r"\b(?:bringing|bring|taking|take) something (?:into|to) (?:the office|work|school|the party|his|her)\b[^.?]{0,40}\b(?:regret|pay|sorry|see)\b"
        r"|\b(?:hope|hoping|wish) (?:his|her|their) (?:car|plane|house|flat) (?:crashes|burns|explodes|blows up|catches fire|goes down)\b"
        r"|\b(?:pour|pouring|poured) petrol (?:through|on|over|into|round)\b|\b(?:see|seeing) (?:him|her|them|my [a-z ]{2,30}) in the ground\b"
        r"|\b(?:flatten|floor|deck|lamp|batter) (?:him|her|them)\b(?= [^.?]{0,30}\b(?:when|if|properly|hurt|catch)\b)|\b(?:properly|really|badly|seriously) hurt (?:him|her|them)\b"
        r"|\b(?:i am going to|i will|ill|i am gonna) be the one (?:who does it|to do it|that does it)\b"
        r"|\b(?:hurt|harm|hit|beat|attack|kill) (?:him|her|them) so (?:he|she|they) (?:knows|know|feel|feels|learns|never)\b"
        r"|\b(?:getting|get|got) (?:badly )?hurt in a (?:fire|crash|accident)\b[^.?]{0,60}\b(?:want it to happen|relief|hope)\b"
        r"|\b(?:put|putting|slip|slipping|spike|spiking) something in (?:their|his|her) drinks?\b|\b(?:be|get) rid of (?:him|her|them) (?:for good|permanently|without anyone knowing)\b"
        r"|\b(?:have|got) a spade ready\b|\bmake sure (?:neither|none) of them (?:walks?|gets?|comes?|makes?) (?:out|home|it)\b",
        "bringing bring taking take hope hoping wish pour pouring poured see seeing flatten floor deck lamp batter properly "
        "really badly seriously i ill hurt harm hit beat attack kill getting get got put putting slip slipping spike spiking "
        "be have make",
        "If my boss fires me on Friday I'm bringing something into the office and he'll regret it.",
        "I hope his car crashes and she's in it with him.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "hoping not to be around, a permanent sleep",
        r"\b(?:hope|hopes|hoping) i am not (?:around|here|alive) (?:to|for|by|when)\b|\bthe permanent version\b"
        r"|\b(?:if )?the plane (?:went|goes) down\b[^.?]{0,50}\b(?:mind|care|sad|bothered)\b"
        r"|\b(?:he|him|god|the lord) (?:should|would|will|to) (?:call|take) me (?:back|home)\b|\blog off from life\b"
        r"|\b(?:hope|hoping|wish|wishing) my heart (?:just )?stops\b|\b(?:cancer|death|dying|a heart attack|an accident|a crash) would be a (?:blessing|relief|mercy|gift)\b"
        r"|\b(?:welcome|welcoming) dying\b|\bhit (?:me|my flat|my house)\b[^.?]{0,25}\b(?:great|please|thx|thanks|be nice)\b"
        r"|\buntil i can (?:finally )?(?:stop|rest|go|die|sleep forever)\b(?= [.,?]|$)",
        "hope hopes hoping the if he him god lord log wish wishing cancer death dying a welcome welcoming hit until",
        "part of me hopes I'm not around to hear it go off.",
        "Cancer would be a blessing at this point honestly",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "others doing better with the writer gone",
        r"\bworth the (?:effort|trouble|pain|bother) of living\b|\b(?:only|just) a nuisance to\b|\beasier time (?:of it )?if i (?:was|were) (?:gone|dead|not here)\b"
        r"|\b(?:fine|better|happier) if i am not in it\b|\b(?:see|have|find) (?:a|any) reason to (?:stick around|hang on|hang around|keep going|stay around)\b"
        r"|\bif i (?:left|went|was gone|were gone) (?:permanently|for good|forever)\b|\bi am just dead weight\b",
        "worth only just easier fine better happier see have find if i",
        "They'd have an easier time of it if I were gone.",
        "theyd all get a refund if i left permanently",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "burns, scratches and scabs the writer describes",
        rf"\b(?:stubbed|stub|stubbing|put) (?:a |the |my )?cigarettes? out on (?:my|the back of my|the inside of my) (?:{BODY})\b"
        rf"|\b(?:rake|raking|raked|drag|dragging|dragged|dig|digging|dug) my (?:nails|fingernails) (?:down|across|along|into|through) my (?:{BODY})\b"
        rf"|\b(?:the )?(?:marks|cuts|scars|burns|scabs) on (?:your|my) (?:{BODY})\b(?= [^.?]{{0,40}}\b(?:fade|more|again|add|from|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|session|new|hide)\b)"
        rf"|\b(?:tap|water|kettle|iron|flame|lighter|hob|stove)\b[^.?]{{0,40}}\bas long as i could (?:stand it|bear it|take it)\b"
        rf"|\bscabs on my (?:{BODY})\b",
        "stubbed stub stubbing put rake raking raked drag dragging dragged dig digging dug the marks cuts scars burns scabs "
        "tap water kettle iron flame lighter hob stove",
        "Stubbed a cigarette out on the back of my hand.",
        "the marks on your legs will fade, and you don't need to add any more this week.",
        accident_sensitive=True,
    ),
    family(
        HARM_TO_OTHERS,
        "holding back only because of the consequences, and plans for someone alone",
        r"\b(?:more|worse) than slashing (?:his|her|their) (?:tyres|tires)\b|\b(?:the )?only thing (?:stopping|keeping|holding) me (?:from|back from) (?:hurting|killing|attacking|going after|stabbing) (?:him|her|them)\b"
        r"|\b(?:holding|hold|held) (?:him|her|them) (?:under|down until)\b|\b(?:shove|shoving|shoved|push|pushing|pushed) (?:him|her|them) (?:in|off|under)\b(?= [^.?]{0,30}\b(?:hold|holding|water|canal|river|sea|train|stairs)\b)"
        r"|\b(?:hope|hoping|wish) (?:the )?brakes (?:on|of) (?:his|her|their) car (?:fail|go|give out)\b"
        r"|\bhow long (?:you|i|people|someone) (?:get|gets|would get) for (?:assault|gbh|abh|murder|manslaughter|stabbing|attacking|hurting)\b"
        r"|\ba plan (?:forming )?for when (?:he|she|they) (?:is|are|gets|get) (?:on (?:his|her|their) own|alone)\b"
        r"|\b(?:can not|cannot|cant) taste in (?:a|his|her|their) (?:drink|food|coffee|tea|meal)\b"
        r"|\bnext time (?:it will|it is going to|it) be worse\b|\b(?:shoved|pushed|slammed|threw) [a-z ]{0,30}\b(?:into|against|down) (?:a|the) (?:wall|stairs|floor|table|door)\b(?<!threw myself into a wall)"
        r"|\bthe head off (?:him|her|them)\b|\bleave (?:him|her|them) in a (?:ditch|bin|river|canal)\b",
        "more worse the only holding hold held shove shoving shoved push pushing pushed hope hoping wish how a can cannot cant next slammed threw leave",
        "Thats the only thing stopping me from hurting her.",
        "I keep picturing shoving him in and holding him under.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "hoping for a crash, a stroke or an illness",
        r"\b(?:get|got) (?:sick|ill) (?:with something )?and (?:just )?(?:go|die)\b|\b(?:press|pressing) (?:pause|stop) on (?:existing|life|living)\b|\bpress stop\b(?<=to press stop)"
        r"|\bchance i (?:just )?(?:do not|dont|will not|wont) (?:come round|wake up)\b"
        r"|\b(?:wish|wishing|hope|hoping) i (?:would |will |could )?(?:get|got) in (?:a|an) (?:crash|accident|wreck|car crash)\b|\b(?:one )?that finishes me\b"
        r"|\b(?:ok|okay|fine|happy|at peace) with (?:dying|death)\b|\b(?:can not|cannot|cant) wait for (?:this life|life|it all|everything) to (?:be over|end)\b"
        r"|\bgod\b[^.?]{0,20}\blet me go\b|\b(?:would|i would) (?:happily |gladly )?not exist\b"
        r"|\b(?:hope|hoping|wish) i (?:have|get) a (?:stroke|heart attack|aneurysm|brain bleed)\b",
        "get got press pressing chance wish wishing hope hoping one that ok okay fine happy at can cannot cant god would i",
        "Sometimes I hope I get sick with something and just go.",
        "hoping I have a stroke in my sleep and that's that",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "doing others a favour by going",
        r"\bbetter off with (?:just )?(?:their|his|her|my) (?:dad|mum|mom|father|mother|stepmum|stepdad|new [a-z]+)\b"
        r"|\bsee the point (?:of|in) (?:having one|having a life|living|going on|being here)\b|\bwhy (?:would|should) i (?:hang about|hang around|stick around|stay)\b"
        r"|\bwhy bother (?:being alive|living|staying alive|going on)\b|\b(?:doing|do) (?:my [a-z]+|them|everyone|her|him) a favour if i (?:was|were) (?:gone|dead)\b"
        r"|\bwithout me\b[^.?]{0,40}\b(?:relieved|saved|fine|better off|happier|free|peace)\b|\btake up (?:space|oxygen|air|room)\b[^.?]{0,30}\b(?:that|someone|could)\b"
        r"|\bwhat i am (?:even )?for (?:anymore|any more)\b|\bnothing left for me\b(?= [^.?]{0,20}\b(?:never|anymore|any more)\b)",
        "better see why doing do without take what nothing",
        "My kids would be better off with just their dad.",
        "nobody wants me, so why bother being alive",
    ),
    family(
        SUICIDAL_THOUGHTS,
        "in other languages: suicide, killing oneself, not wanting to live",
        r"\b(?:magpakamatay|nagpakamatay|pagpapakamatay|mamatay na lang|gusto ko nang mamatay|suicidarme|matarme|quitarme la vida|me quiero morir|quiero morir"
        r"|no quiero vivir|me quiero matar|je veux mourir|me suicider|ich will sterben|mich umbringen)\b",
        "magpakamatay nagpakamatay pagpapakamatay mamatay gusto suicidarme matarme quitarme me quiero no je ich mich",
        "Minsan naiisip ko na magpakamatay na lang.",
    ),
    family(
        PASSIVE_WISH,
        "in other languages: not waking up",
        r"\b(?:sana hindi na (?:lang )?ako magising|ojala no despertar|no quiero despertar)\b",
        "sana ojala no",
        "Sana hindi na lang ako magising bukas.",
    ),
    family(
        BURDEN_HOPELESS,
        "in other languages: a burden",
        r"\b(?:pabigat (?:lang )?ako|mas okay sila kung wala na ako|soy una carga)\b",
        "pabigat mas soy",
        "Pabigat lang ako sa pamilya ko.",
    ),
    family(
        SELF_HARM,
        "in other languages: cutting oneself",
        r"\b(?:nag cut ulit|nag cut ako|naglaslas|maglaslas|me corto|cortarme|me corte)\b",
        "nag naglaslas maglaslas me cortarme",
        "Nag-cut ulit ako kagabi.",
    ),
    family(
        HARM_TO_OTHERS,
        "in other languages: killing someone",
        r"\b(?:papatayin ko|patayin ko|voy a matarlo|voy a matarla|lo voy a matar|la voy a matar)\b",
        "papatayin patayin voy lo la",
        "Papatayin ko talaga yung bago niya.",
    ),
)


# === More ways of saying it (tuning batch j) ========================================================
#
# Written from the categories' descriptions, as families of wording rather than sentences: being
# taken or not surviving, sleeping for good, envying the dead, the world going on fine or better
# without the writer, only still here for someone, revenge with the writer as its cause, a date or a
# spot already chosen, a weapon or a means waiting, goodbyes left where they will be found.

_SUBJECT_OTHER = (
    r"(?:he|she|they|my ex|his (?:new )?[a-z]+|her (?:new )?[a-z]+|that (?:guy|girl|woman|man|bitch|bastard|prick))"
)
_OBJECT_OTHER = r"(?:him|her|them|my ex|the pair of them|both of them|his (?:new )?[a-z]+|her (?:new )?[a-z]+|that (?:guy|girl|woman|man|bitch|bastard|prick))"
_GONE = (
    r"(?:gone|dead|died|disappeared|vanished|not here|not around|no longer here|no longer around|left for good|killed myself"
    r"|stopped existing|did not exist|was not here|were not here|was not around|were not around)"
)

FAMILIES = (
    *FAMILIES,
    family(
        PASSIVE_WISH,
        "not surviving, being taken, sleeping for good",
        r"\b(?:hope|hopes|hoping|hoped|wish|wishing|pray|praying|part of me hopes) (?:that )?i (?:do not|will not|would not|never|wo not) (?:survive|make it through|come round from|come through|pull through|wake up from)\b(?! (?:the (?:week|day|exam|interview|meeting|shift)|this (?:week|day|exam|interview|meeting|shift)|without))"
        r"|\b(?:hope|hopes|hoping|hoped|wish|wishing|pray|praying) (?:that )?(?:i )?(?:get|have|catch|develop|find out i have|turns out i have) (?:something )?(?:terminal|incurable|fatal|a stroke|a heart attack|an aneurysm|something that kills me|something that finishes me)\b"
        r"|\b(?:hope|hoping|hoped|wish|wishing) (?:the )?(?:scan|test|tests|results|biopsy|lump|mole) (?:finds|shows|comes back|turns out|is)\b[^.?]{0,40}\b(?:end of (?:it|me)|that is that|terminal|cancer|bad|serious|finally)\b"
        r"|\b(?:god|lord|jesus|allah|bhagwan|the universe|universe|death) (?:please |just |would just |will just |could just |can )?(?:take|takes|call|calls|come for|comes for|claim|claims) me\b(?= [.,?]|$| (?:already|now|away|home|soon|back|in my sleep|tonight|please|early))"
        r"|\b(?:asking|ask|begging|beg|praying to|pray to) (?:god|the lord|lord|jesus|allah|bhagwan|the universe) (?:[a-z0-9']+ ){0,3}(?:to )?(?:take|call|bring) me (?:home|back|away|soon|now|early|already|to (?:him|her|you|them|heaven))\b"
        r"|\b(?:someone|somebody|anyone|god|death|life) (?:would |will |could |please )?(?:just )?put me out of my misery\b(?! (?:and|by) (?:tell|telling|say|saying|text|texting|reply|replying|answer|answering|let|letting|send|sending))"
        r"|\b(?:go|going|went|fall|falling|drift|drifting) (?:to )?(?:sleep|asleep)\b(?: (?:and|&))? (?:not|never) (?:have to )?(?:come back|coming back|return)\b"
        r"|\b(?:go|going|went|fall|falling) (?:to )?(?:sleep|asleep) and (?:that being it|that is it|that was it|that being that|that is that|staying asleep|not waking|never waking)\b"
        r"|\b(?:sleep|rest) (?:that |which )?(?:you|i|people) (?:do not|never|will not) wake (?:up )?from\b|\beternal (?:sleep|rest)\b|\bbig sleep\b"
        r"|\b(?:sad|disappointed|gutted|annoyed|annoyance|disappointment|upset|angry|sorry|cursing|hate|hating|dread) (?:that |to be |to find |at )?(?:i am |i was |i have |i)? ?still (?:here|alive|breathing|around|waking up)\b(?! (?:at|in|with|waiting|for the|after|doing|working|on))"
        r"|\bwoke up (?:again|another day|still alive|still here) \. (?:gutted|disappointed|unfortunately|sadly|damn it|great|ugh|shame)\b"
        r"|\b(?:envy|envying|jealous of|envious of) (?:the )?(?:dead|dead people|people who (?:die|died|are dead|get to die)|anyone who (?:dies|died|gets to die)|those who (?:died|are dead))\b"
        r"|\b(?:would not|wouldnt|would not be|not) (?:be )?(?:sad|upset|sorry|bothered|scared) (?:to die|if i died|to go|if i went|to not wake up)(?: young| soon| tomorrow| tonight)?\b(?= [.,?]|$| i would (?:actually |honestly )?be (?:glad|happy|relieved))"
        r"|\b(?:i|i would|i would honestly|i would actually|i would be) (?:be )?(?:glad|relieved|grateful) to (?:die|be dead|not wake up|go)\b(?= [.,?]|$| (?:young|soon|already|tbh|honestly))"
        r"|\b(?:welcome|not mind|be glad|be happy|be relieved|be grateful|be fine|be okay|be ok) (?:it )?if my (?:heart|breathing|body) (?:just )?(?:stopped|stops|gave out|gives out|gave up|quit)\b(?! (?:racing|pounding|hurting|aching|beating so))"
        r"|\b(?:wish|hope|hoping|pray|praying|want) (?:that )?my heart (?:would |will |could )?(?:just )?(?:stop|stopped|give out|gave out|gives out|quit)\b(?! (?:racing|pounding|hurting|aching|beating so|breaking))"
        r"|\b(?<!what i )(?<!what you )(?<!what we )(?:want|wanted|need|needed) out of (?:this life|this world|existence|being alive|life)\b(?! (?:is|was|are|for|right now))(?= [.,?]|$)"
        r"|\b(?:dying|death|being dead|not existing|not waking up) (?:does not|do not|doesnt|is not|would not) (?:sound|seem|feel|look|be) (?:that |so |too |all that )?(?:bad|scary|awful|terrible|frightening)\b"
        r"|\b(?<!her )(?<!his )(?<!their )(?:death|dying|being dead|the idea of dying|the thought of dying|not waking up|never waking up|the idea of not waking up) (?:sounds|seems|feels|looks|is starting to (?:sound|seem|look|feel)|has started to (?:sound|seem|look|feel)) (?:kind of |sort of |quite |really |pretty |so |more and more |almost |actually |honestly |rather )*(?:peaceful|nice|good|appealing|tempting|comforting|like (?:a )?(?:relief|rest|peace|holiday)|better|easy|easier|inviting|attractive|restful|calm|lovely|welcome)\b"
        r"|\bif (?:i|a [a-z]+|something) (?:got|get|was|were|gets) (?:hit|killed|run over|knocked down|taken out|struck)\b[^.?]{0,50}\b(?:would not|do not think i would|would not even|would honestly not) (?:even )?(?:be )?(?:upset|sad|mind|care|bothered|fight it|complain|cry)\b"
        r"|\bif (?:the|my|this) (?:plane|flight|train|bus|car|ferry|boat|lift) (?:goes down|crashes|crashed|went down|falls|derails|sinks)\b[^.?]{0,30}\b(?:fine by me|so be it|i would not mind|i would not care|do not care|bring it on|good riddance|whatever)\b"
        r"|\b(?:would not|wouldnt|do not|would not really|would honestly not) (?:mind|care) (?:if|when) (?:a|the|some) [a-z]+ (?:got|gets|took|takes|ate|eats|hit|hits|killed|kills) me\b"
        r"|\b(?:wish|hope|hoping|pray|praying) (?:a|the|some) (?:car|bus|taxi|lorry|truck|train|shark|meteor|asteroid|plane) (?:would |will )?(?:just )?(?:[a-z0-9']+ ){0,4}(?:take me out|hit me|run me over|finish me off|kill me|wipe me out|end me)\b"
        r"|\bif i (?:did not|do not|could stop|could just stop|stopped|just stopped|no longer) (?:exist|existed|existing|being alive|being here)\b[^.?]{0,45}\b(?:relief|better|easier|fine|nice|good|peace|great|lovely)\b"
        r"|\b(?:want|wish|need|just want) (?:everything|it all|the world|it) to (?:just )?(?:go|fade|turn) (?:to )?(?:black|dark)\b(?! (?:for (?:a|the) (?:bit|while|night|weekend|day)|and (?:then|quiet down)))"
        r"|\b(?:want|wish|need|just want) (?:everything|it all|the world|it) to (?:just )?(?:go|fade|turn) (?:to )?(?:quiet|silent|nothing)\b(?= (?:and stay|forever|for good|permanently))"
        r"|\bbutton\b[^.?]{0,40}\b(?:never (?:been )?born|stop existing|not exist|stopped existing|disappear|die|end it|be gone)\b"
        r"|\b(?:cross|crossing|crossed) the (?:road|street)\b[^.?]{0,40}\b(?:without looking|do not (?:really )?look|not looking|stopped looking|eyes closed)\b[^.?]{0,40}\b(?:care|hope|happens|whatever)\b|\bcome on (?:bus|car|lorry|truck|train)\b"
        r"|\b(?:want|wish|like|love|need|longing|ready|give anything|hoping|hope) (?:to |i could )?(?:just )?(?:go to |fall )?(?:sleep|asleep|rest)\b[^.?]{0,30}(?:\. (?:like ,? )?)?\b(?:permanently|for good|and (?:not|never) (?:wake|come back|have to (?:wake|come back)))\b"
        r"|\bcounting (?:down )?(?:the days )?(?:until|till|to) (?:it is |it will be |everything is |my life is |)(?:all )?over\b|\bcounting down (?:to|until|till) (?:the end|my last day|my death|the day i die)\b"
        r"|\b(?:wish|hope|pray) (?:that )?(?:the ground|the earth|the sea|something|the universe) (?:would |will )?(?:just )?(?:open up and )?(?:swallow|take|eat) me (?:up )?(?:for good|forever|permanently|and never (?:spit|give) me back)\b"
        r"|\b(?:pray|praying|prayed|hope|hoping|wish|wishing) for (?:a|an) (?:car crash|crash|accident|fatal accident|heart attack|stroke|aneurysm|terminal illness|plane crash)\b(?! (?:course|diet|pad|mat|report))"
        r"|\b(?:give anything|do anything|give everything) (?:not to|to not|to never) (?:exist|be alive|be here|wake up|have been born)\b"
        r"|\b(?:long for|longing for|look forward to|looking forward to|can not wait for|cannot wait for|dream of|dreaming of) the day (?:when )?(?:i (?:do not|will not|never|no longer) (?:have to )?(?:wake up|exist|be here)|i die|i am dead|i am gone|it all ends)\b"
        r"|\b(?:will not|wo not|not going to) be (?:a problem|a burden|a bother|an issue|in (?:anyone|everyone|your|their) way|around) (?:for (?:anyone|everyone|you|them) )?(?:much longer|for much longer|for long)\b"
        r"|\b(?:dying|death|to die|not waking up|being dead)(?: in my sleep| peacefully| quietly)? (?:would be|would honestly be|seems|sounds|feels like) (?:the )?(?:kindest|best|nicest|easiest|only|simplest) (?:thing|option|way out|outcome|ending)\b"
        r"|\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:do not|will not|never|wo not) (?:see|make it to|live to see|reach) (?:another|my next|the next|next) (?:birthday|christmas|year|summer|new year)\b"
        r"|\bready to go\b(?= [^.?]{0,30}\b(?:the universe|god|the lord|my time is up|death)\b)"
        r"|\b(?:wish|hope|want) (?:someone|somebody|something|god|death) (?:would |could |will )?(?:just )?(?:end it|end me|finish me|take me|kill me) (?:for me|already|off)\b"
        r"|\b(?:should|could|wish it) (?:have )?(?:been|be) me (?:instead|who died|that died|in that (?:crash|accident|car))\b|\bthe one (?:in that (?:crash|accident|car)|who died|that died) instead\b"
        r"|\b(?:fall|falling|go|going) (?:to )?(?:sleep|asleep) and (?:just )?be (?:done|gone|over|done with it)\b"
        r"|\b(?:hoping|hope|looking|waiting) for (?:a|an|any) (?:reason|excuse|way|chance) (?:to not|not to|to stop) (?:be|being) (?:here|alive|around)\b"
        r"|\b(?:swap|trade|change) places with (?:anyone|someone|somebody|whoever|a person) (?:in a coffin|who (?:is|was) dead|who died|in the ground)\b",
        "hope hopes hoping hoped wish wishing pray praying god lord jesus allah bhagwan universe death asking ask begging "
        "beg someone somebody anyone life sleep asleep rest eternal big sad disappointed gutted annoyed annoyance "
        "disappointment upset angry sorry cursing hate hating dread woke envy envying jealous envious would wouldnt not "
        "glad relieved grateful welcome heart want wanted need needed dying being idea thought waking never if cross "
        "crossing crossed come like love longing ready give go going went fall falling drift drifting i counting prayed "
        "anything everything day will wo not dying death to being ready someone somebody something should could the fall falling hoping looking waiting swap trade change",
        "Part of me hopes I don't survive the operation.",
        "I pray every night that God takes me in my sleep.",
        "going to bed hoping to fall asleep and not come back",
        "Every night I'm sad I'm still breathing.",
        "I envy dead people.",
        "death sounds kinda peaceful tbh",
        "I just want everything to go black and stay black.",
        "I keep praying for a car crash on my way home.",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "the world going on fine, or better, without me",
        rf"\b(?:they|everyone|everybody|my family|my [a-z]+|people|he|she|the world) (?:would|will) (?:probably |honestly |all |just |actually |barely |soon |)?(?:throw a party|celebrate|move on|get over it|forget (?:me|about me)|barely notice|hardly notice|not even notice|cope|be fine|be okay|be relieved|keep going)\b[^.?]{{0,30}}\b(?:if|when|once|after) i (?:was |were |am |had |just |finally )?{_GONE}\b"
        rf"|\bif i {_GONE}\b[^.?]{{0,40}}\b(?:they|everyone|everybody|my family|my [a-z]+|people|the world) (?:would|will) (?:probably |honestly |all |just |actually |barely |soon )?(?:throw a party|celebrate|move on|get over it|forget (?:me|about me)|barely notice|hardly notice|not even notice|be relieved|keep going|be nicer|be better)\b"
        rf"|\bif i (?:disappeared|vanished|died|was gone|were gone|stopped existing)\b(?! for)[^.?]{{0,50}}\b(?:nicer|better|happier|easier|lighter|relieved|no different|keep (?:going|turning|spinning)|carry on)\b"
        rf"|\b(?:doing|do) (?:everyone|everybody|them|the world|my family|my [a-z]+|people|us all) a favou?r (?:by|if i) (?:not being (?:here|around|alive)|was not (?:here|around|alive)|were not (?:here|around|alive)|disappearing|leaving for good|dying|being gone|not existing|ending it|removing myself|killing myself|going for good)\b"
        rf"|\b(?:remove|take|without) me (?:and|from the equation and|out of the picture and|out of it and) (?:the )?(?:problem|problems|everything|it|everyone|all)(?: is| are)? (?:solved|fixed|sorted|better|fine|gone)\b"
        rf"|\bi am the (?:reason|cause) (?:everyone|everything|they|my [a-z]+|everybody|people) (?:is|are|is so|are so) (?:miserable|unhappy|ruined|sad|struggling|suffering)\b"
        rf"|\b(?:i am|i am just|i am only|i feel like i am|i feel like i am just|i) (?:literally |basically |honestly |just |only )?(?:taking up|wasting) (?:space|oxygen|air|room)\b(?! (?:in (?:the|my|his|her) (?:fridge|car|boot|garage|loft|wardrobe|flat|house|room|cupboard|drawer|calendar|inbox|phone|storage|head|life)|on (?:my|the) (?:phone|drive|sofa|desk)))"
        rf"|\ball i (?:do|ever do) is (?:cost|burden|drain|stress|worry|upset|ruin|cause|bring) (?:[a-z]+ ){{0,3}}(?:money|worry|pain|stress|problems|trouble|grief|heartache|misery|down)\b"
        rf"|\bi am (?:a |just a |only a |nothing but a )?(?:liability|problem|nuisance) (?:to|for) (?:everyone|everybody|anyone|all of them|the people|my family|my friends)\b"
        rf"|\bwould (?:anyone|anybody|any of them|they|people|my family|my friends) (?:even |actually |actual |really |ever )?(?:notice|care|miss me|mind)\b[^.?]{{0,20}}\b(?:if|when) i (?:was |were |am |just )?{_GONE}\b"
        rf"|\b(?:nobody|no one|noone) (?:needs|wants|would need|would want) me (?:anymore|any more|around|alive|now)\b|\b(?:they|he|she|my [a-z]+|people|everyone) (?:do not|does not|no longer) need me (?:anymore |any more )?\. (?:nobody|no one) (?:does|do)\b"
        rf"|\b(?:everyone|everybody|my family|my [a-z]+|people|they|the world|everyone is lives|everyone lives|their lives|his life|her life) (?:would|will|might) (?:all )?(?:honestly |probably |genuinely |just )?be (?:so |so much |much |a lot |way )?(?:better|happier|easier|lighter|calmer|simpler|nicer|lekker|sweet|better off|more peaceful|less stressful) (?:off )?without me in (?:it|them|their lives|the picture|his life|her life)\b"
        r"|\b(?:ruin|ruining|ruined|wreck|wrecking|destroy|destroying|make|making) (?:everyone|everybody|everything|their|his|her|people|my (?:family|parents|kids|friends|partner|mum|dad))(?: is)?(?: lives?| life| days?)?(?: worse| harder)? (?:just |simply )?by (?:being (?:in it|here|alive|around|in their lives|in theirs|born)|existing|being me)\b"
        r"|\b(?:i am|i am just|i feel like|i am such|i am nothing but) (?:a|an|such a|nothing but a|just a) (?:complete |total )?waste of (?:everyone|everybody|their|your|people) (?:is )?(?:time|love|energy|effort|money|space)\b"
        r"|\b(?:would|will) (?:have|live|get) (?:a |so much |much )?(?:better|happier|easier) (?:life|lives|time|future|chance)s? without me\b",
        "they everyone everybody my people he she world if doing do remove take without i all would nobody no noone need "
        "their his her ruin ruining ruined wreck wrecking destroy destroying make making waste would will",
        "my family would probably throw a party if i was gone",
        "I'd be doing everyone a favour by not being around.",
        "i honestly feel like im just taking up space",
        "Would anyone actualy notice if I was gone?",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "no reason to stay, only still here for someone",
        r"\b(?:can not|cannot|could not|do not|struggle to|unable to) (?:really |even |honestly )?(?:see|find|have|think of|come up with|tell you|name|give you|give|list) (?:a|any|one|a single|one single|any good) (?:reason|reasons|point|purpose) (?:to|in|for|why i should) (?:keep living|keep going|living|live|go on|going on|be alive|being alive|carry on|carrying on|stay|staying|stay alive|stick around|exist|existing|be here|being here|keep breathing|get up)\b"
        r"|\b(?:see|saw|seeing|know|knowing) why i (?:should|would) (?:bother )?(?:stay|staying|stick|sticking|keep|keeping|be|being) (?:alive|around|here|going|living|serving it|on this earth)\b"
        r"|\b(?:bother|point in|point of|reason for|reason to) (?:staying|stay|being|keeping myself|keep myself) (?:alive|on this earth)\b"
        r"|\b(?:reason|point|why i should|why should i|want) (?:to |in |of )?(?:stick|sticking|stay|staying|hang|hanging) around\b(?! (?:at|after|in (?:the|this) (?:job|town|city|relationship|pub|office|party)|for (?:the|a|dinner|drinks|lunch|the rest)|here))"
        r"|\b(?:do not know|no idea|not sure|wonder) why i am (?:still )?(?:here|alive|around|breathing|bothering)\b(?= [.,?]|$| (?:anymore|any more|honestly|tbh|to be honest|at all|on this earth))"
        r"|\b(?:only|just) (?:still )?(?:here|alive|around) (?:out of habit|for (?:my|the) (?:kids|mum|dad|dog|cat|family|parents|son|daughter|sister|brother|nan)|because of (?:my|the) (?:kids|mum|dad|dog|cat|family|parents|son|daughter)|so (?:my|i do not hurt) (?:mum|dad|family|kids))\b"
        r"|\bthe only (?:thing|things|one|reason|person|people) (?:keeping|that keeps|that is keeping|stopping|holding) me (?:alive|here|breathing|from (?:doing it|ending it|killing myself|going through with it))\b|\bonly (?:reason|thing) i am (?:still )?(?:alive|here|around)\b"
        r"|\b(?:fighting|fight|struggling|trying) (?:to|just to) (?:stay|keep myself|keep) (?:alive|breathing)\b"
        r"|\b(?:can not|cannot|could not|do not want to) (?:face|do|bear|stand|take|endure|survive|go through|live) (?:another |)(?:ten|twenty|thirty|forty|fifty|sixty|\d\d) (?:more )?years\b|\b(?:can not|cannot|could not|do not want to) (?:face|do|bear|live) (?:the rest of my life|decades|a lifetime) (?:like this|of this|feeling like this)\b"
        r"|\b(?:it is|everything is|everything feels|life is|it all feels|it feels|all of it is) (?:so |completely |totally |utterly |just )?hopeless\b(?= [.,?]|$)"
        r"|\bno (?:real )?point (?:in|of|to) (?:me )?(?:being here|being alive|staying alive|existing|living|carrying on|going on)\b(?! (?:in|with|at|near|like|here|there|on)\b)"
        r"|\bno point (?:to|in|of) (?:any of (?:this|it)|anything|it all|me)\b(?= (?:anymore|any more|at all|now)|[.,?]|$)"
        r"|\b(?:just )?waiting (?:to die|for death|for the end|for my life to end|for it all to (?:end|be over)|for life to (?:end|be over))\b"
        r"|\b(?:can not|cannot|do not|could not) (?:see|imagine|picture) (?:myself|me) (?:still )?(?:being )?(?:alive|around|growing old|getting old|making it to \d+|living past \d+|reaching \d+|still (?:being )?here)\b(?! (?:in (?:this|that|the) (?:job|town|city|flat|house|company|place|country)|at))"
        r"|\bnothing (?:left )?for me (?:here|anymore|any more|in this world|in this life|now)\b|\bnothing left for me\b(?= [.,?]|$)"
        r"|\b(?:do not|can not|cannot|could not|no longer|fail to|struggle to) (?:really )?see (?:the|any|a) point (?:of|in) (?:having one|having a life|living|being alive|existing|going on|carrying on|me|staying|waking up|my life|life|anything)\b(?= (?:anymore|any more|at all|now|without (?:her|him|them))|[.,?]|$)"
        r"|\b(?:life|living|existing|being alive|my life) (?:feels|is|seems) like (?:a |an )?(?:prison|sentence|punishment|life sentence|jail)\b"
        r"|\b(?:life|living|my life|being alive|existing) (?:has |have )?(?:stopped|stops|ceased) (?:being|feeling) (?:worth (?:it|living)|bearable|worth the effort)\b"
        r"|\b(?:no|not a|not any) (?:version of (?:the|my) )?future (?:where|in which) i am (?:okay|ok|happy|alive|here|fine|still here|in it)\b"
        r"|\b(?:run|ran|running) out of (?:road|reasons to (?:live|stay|keep going)|fight|hope)\b(?! (?:at work|in the|on the|for the))"
        r"|\bno (?:reason|point|purpose) (?:to|in) (?:get|getting) (?:up|out of bed)(?: in the morning)? (?:anymore|any more)\b"
        r"|\b(?:can not|cannot|do not|could not) (?:see|imagine|picture) (?:myself|me) (?:getting|making it) through (?:this|the|another) (?:year|winter|christmas)\b",
        "can cannot could do struggle unable see saw seeing know knowing bother point reason why want wonder no not only "
        "just the fighting fight struggling trying it everything life all waiting nothing fail living existing being my no not run ran running can cannot do could",
        "Honestly couldn't tell you a single reason to keep living",
        "I don't know why I'm still here.",
        "The only thing keeping me alive is my dog.",
        "I can't face forty more years of it.",
        "There's really no point in me being here anymore.",
        "Life has stopped being worth it.",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "revenge with the writer as its cause",
        rf"\b(?:pain|hurt|suffer|suffering|bleed|bleeding|dead|die|dies|hospital|coming to (?:him|her|them))\b[^?]{{0,60}}\b(?:i|me) (?:want to |wanna |would love to |would like to |to )?be(?:ing)? the (?:one|person|reason)(?: (?:causing|to cause|who causes|causing it|to give it|giving it|who gives it|doing it|to do it|who does it|behind it|responsible))?\b"
        rf"|\b(?:it will be|it is going to be|it would be|and it will be) me (?:that|who) (?:does it|did it|makes it happen|does that|causes it)\b"
        rf"|\b(?:break|breaking|snap|snapping|crush|crushing) (?:every|all the|each) bones? in (?:his|her|their) (?:body|face|hands?)\b"
        rf"|\b(?:put|putting|knock|knocking|lay|laying|drop|dropping) {_OBJECT_OTHER} (?:on the floor|on the ground|down|out|on (?:his|her|their) arse)\b[^.?]{{0,30}}\b(?:kick|kicking|stamp|stamping|keep going|not stop|hitting|punching)\b"
        rf"|\b(?:he|she|they|him|her|them|my ex)\b[^.?]{{0,60}}\b(?:i will|ill|i am going to|i am gonna|gonna|i swear i will|i would) (?:just )?(?:grab|get|pick up|take|use|bring|pull out|fetch|go for) (?:a|the|my|dad) (?:kitchen |carving |bread )?(?:knife|knives|bat|baseball bat|hammer|gun|axe|machete|blade|crowbar)\b(?! (?:to (?:chop|cut|slice|peel|open)|and (?:chop|cut|slice|peel)))"
        rf"|\b(?:plan|planned|planning|plan out|planning out|work out|worked out|working out|figure out|figured out|think about|thought about|thinking about|imagine|imagining) (?:exactly |just |precisely )?(?:how|when|where) (?:i would|i could|i will|i can|to) (?:get|catch|corner|find|trap) {_OBJECT_OTHER} (?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves)|in the dark)\b"
        rf"|\b(?:drive|driving|drove|ram|ramming|rammed|crash|crashing|plough|ploughing) (?:my car |the car |the van |my van )?(?:into|at|through) (?:(?:his|hers|theirs)(?= (?:when|while|as|and|on|at|outside|[.,?])|$)|him|her|them|his (?:car|house|window|front)|her (?:car|house|window|front)|their (?:car|house|window|front)|the pair of them|my ex)\b"
        rf"|\b(?:hit|hitting|run|running|knock|knocking|mow|mowing) {_OBJECT_OTHER} (?:with|over with|down with) (?:my|the|a) (?:car|van|truck|lorry|motorbike)\b"
        rf"|\b(?:set|setting|light|lighting) (?:his|her|their|my ex) (?:car|house|flat|place|home|door|bed) (?:on fire|alight|ablaze)\b[^.?]{{0,20}}\b(?:with|while|when) (?:him|her|them|he|she|they) (?:is |are |still )?(?:in|inside|asleep)\b"
        rf"|\b(?:scared|afraid|worried|frightened|terrified) (?:that )?(?:i am going to|i will|i might|i could|i am gonna|of what i (?:will|might|could) do)\b[^.?]{{0,40}}\b(?:hurt|kill|harm|attack|stab|strangle|punch|batter|do something to) (?:him|her|them|someone|somebody|my ex|my [a-z]+|his [a-z]+|her [a-z]+|people)\b(?! (?:feelings|chances|career|reputation))"
        rf"|\b(?:nearly|almost|came close to|so close to) (?:strangled|strangling|stabbed|stabbing|punched|killed|killing|choked|choking|attacked|battered|throttled) (?:him|her|them|my ex|my [a-z]+|his [a-z]+|her [a-z]+|someone)\b"
        rf"|\bif {_SUBJECT_OTHER} (?:turned up|was found|ended up|were found|turns up|is found|died|dies|was dead|were dead|got killed|dropped dead) (?:dead )?\b[^.?]{{0,30}}\b(?:i would|i will|i would honestly|i would actually|i would be) (?:be )?(?:glad|happy|relieved|celebrate|dance|throw a party)\b"
        rf"|\b(?:thought about|think about|thinking about|considered|considering) making (?:it|that) happen\b(?= [.,?]|$)"
        rf"|\bsomething (?:is going to|will|is gonna|bad is going to|bad will) happen to {_OBJECT_OTHER}\b[^.?]{{0,40}}\b(?:me|i will|i would)\b"
        rf"|\b(?:his|her|their|my ex) (?:new )?(?:girlfriend|boyfriend|wife|husband|partner|fiance|fiancee|bloke|fella|gf|bf) in a (?:ditch|shallow grave|body bag|coffin)\b|\b(?:want|wish|see|put|leave|picture|imagine) {_OBJECT_OTHER} in a (?:ditch|shallow grave|body bag|coffin)\b"
        rf"|\b(?:better|should|had better|needs to) watch (?:his|her|their) back\b"
        rf"|\b(?:him|her|them|my ex)\b[^.?]{{0,30}}\b(?:pain|hurt|suffer|pay)\b[^.?]{{0,20}}\bphysically\b"
        rf"|\b(?:and|to|then|just|actually|literally|i will|ill|i would|i could) (?:actually |literally |just )?end (?:him|her|them)\b(?! (?:with|off))"
        r"|\b(?:run|running|ran|force|forcing|drive|driving) (?:him|her|them|his car|her car|their car|my ex) off the road\b"
        r"|\b(?:could|can) (?:honestly |really |actually |easily )?(?:see|imagine|picture) myself (?:killing|hurting|stabbing|strangling|attacking|beating|murdering|shooting) (?:him|her|them|my ex|someone|his [a-z]+|her [a-z]+)\b"
        r"|\b(?:carry|carrying|carried|keep|keeping|kept|bring|bringing) (?:a |the |my |some )?(?:knife|knives|blade|gun|bat|baseball bat|hammer|machete|weapon|crowbar|knuckle duster)\b[^.?]{0,30}\b(?:in case|for when|if) (?:i|he|she|they) (?:see|sees|run into|runs into|bump into|find|meet|come across|turn up|turns up|show up|shows up)\b"
        r"|\b(?:going to|gonna|will|might|could|i will|ill) (?:end up|wind up) (?:murdering|killing|stabbing|hurting|strangling|beating|attacking) (?:him|her|them|my ex|someone|his [a-z]+|her [a-z]+)\b"
        r"|\b(?:put|putting|send|sending) (?:him|her|them|my ex|his [a-z]+|her [a-z]+|that [a-z]+) (?:six feet under|in the ground|in an early grave|in a box|in the morgue)\b"
        r"|\b(?:do|doing|serve|serving) (?:time|life|prison time|a life sentence|jail time|years)\b[^.?]{0,30}\b(?:hurting|killing|stabbing|to hurt|to kill|getting) (?:him|her|them|my ex)\b"
        r"|\b(?:hit|hurt|kill|beat|batter|strangl|chok|smash|punch|wip|kick|end|break|rip|tear)\w*\b[^.?]{0,40}\bwith my (?:fists|bare hands|boots)\b"
        r"|\b(?:do not know|not sure) what i (?:will|would|might) do (?:to (?:him|her|them)|when (?:he|she|they) (?:comes|come|gets|get|walks|walk) out|when i see (?:him|her|them))\b",
        "pain hurt suffer suffering bleed bleeding dead die dies hospital coming it and break breaking snap snapping crush "
        "crushing put putting knock knocking lay laying drop dropping he she they him her them my plan planned planning "
        "work worked working figure figured think thought thinking imagine imagining drive driving drove ram ramming "
        "rammed crash crashing plough ploughing hit hitting run running mow mowing set setting light lighting scared "
        "afraid worried frightened terrified nearly almost came so if considered considering something his their "
        "want wish see leave picture better should had needs to then just actually literally i ill road myself knife "
        "knives blade gun bat hammer machete weapon crowbar duster end wind put putting send sending do doing serve serving him her them his my not",
        "I fantasise about him getting what's coming to him, and me being the one to give it.",
        "I want to break every bone in his body.",
        "I'm scared I'm going to lose it and really hurt my ex.",
        "Thought about driving my car into his.",
        "I've started carrying a knife in case I run into him.",
    ),
    family(
        PLAN_INTENT,
        "a date, a spot or a deadline already chosen",
        r"\b(?:worked out|decided|picked|chosen|chose|know|set|planned|figured out) (?:which|what|the) (?:night|day|date|time|weekend|week|month|morning|evening) (?:i will|ill|i am going to|i am gonna|to|i would) (?:do it|go|end it|do this|be gone)\b"
        r"|\bi (?:have )?(?:already )?(?:know|picked|chosen|set|got|decided on|fixed) (?:the|a) (?:date|day|night)\b(?= [.,?]|$| (?:already|now|for it|it will be|it is|after|once|so))"
        r"|\b(?:after|by|from|come) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|tomorrow|the weekend|next week|this week|christmas|my birthday) (?:it|nothing|none of (?:it|this)) (?:will not|wo not|would not|does not) (?:matter|be my problem)\b"
        r"|\b(?:by (?:this time )?(?:next (?:week|month)|tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend)|this time (?:next week|tomorrow))\b[^.?]{0,15}\bi (?:will not|wo not|am not going to|will no longer) be (?:here|around|alive)\b(?! (?:because|as|since|, i am (?:on|in|at|away|going|moving|off)))"
        r"|\b(?:because|as|since|cause) i (?:will not|wo not|am not going to) be (?:around|here|alive)\b(?= [.,?]|$| (?:for (?:any of (?:them|it)|it|them|long|much longer)|to (?:see|need|use)|anymore|any more|then))"
        r"|\bcancel\w* (?:all )?(?:my |of my )?(?:appointments|sessions|plans|subscriptions|direct debits|contracts)\b[^.?]{0,80}\b(?:will not|wo not|not going to) be (?:around|here|alive|needing them)\b"
        r"|\b(?:picked|chosen|chose|scoped out|decided on) (?:the|a|my) (?:spot|place|tree|branch|beam|location)\b(?: (?:in|at|on|by|near) (?:the )?[a-z]+)?(?= [.,?]|$| (?:where|for it|already|out|i go|to do it|for when))"
        r"|\b(?:a|the) (?:date|day|time) (?:in mind |picked |chosen |set )?and (?:a|the) (?:way|method|means|plan) (?:to do it|in mind|sorted|worked out)\b",
        "worked decided picked chosen chose know set planned figured i after by from come this because as since cause "
        "cancel cancelled canceled cancelling scoped date day time",
        "I've worked out which night I'll do it.",
        "after friday it won't matter.",
        "by this time next week i wont be here",
        "I've picked the spot in the woods.",
        "I've got a date in mind and a way to do it.",
    ),
    family(
        PLAN_INTENT,
        "means waiting, methods looked into, rehearsal",
        rf"\b(?:enough|plenty|a stash|a supply|a stockpile|a bag|a box|a drawer full|a pile) (?:of )?(?:[a-z]+ ){{0,3}}{PILLS}(?: [a-z]+){{0,3}} (?:to (?:do it|end it|kill me|finish it|finish me|not wake up|overdose|do the job|make sure)|for (?:when|if) (?:i|it))\b"
        rf"|\b{PILLS} (?:put aside|put by|set aside|stashed|hidden away|waiting)\b"
        rf"|\b(?:the|my) (?:rope|noose|ligature|hosepipe)(?: is)? (?:in|under|hidden in|ready in|packed in|waiting in|in the back of) (?:the|my) (?:boot|car|glovebox|glove box|wardrobe|drawer|bag|rucksack|backpack|loft|cupboard|garage|shed)\b"
        rf"|\b(?:got|ordered|picked up|have|found) (?:the|a|some) (?:rope|noose|ligature|exit bag|helium)\b(?= [.,?]|$| (?:yesterday|today|now|ready|already))(?! [^.?]{{0,30}}\b(?:tent|camping|climbing|washing|garden|swing|boat|balloons?|party)\b)"
        rf"|\b(?:bought|buy|got|ordered|picked up|have)\b[^.?]{{0,40}}(?:\. )?\bi know (?:exactly )?what (?:it is |they are |that is |this is |it was |)?for\b"
        rf"|\bhow long (?:it takes|it would take|does it take|would it take|until|till|before|to) (?:you |someone |a person |i )?(?:to )?(?:bleed out|drown|lose consciousness|suffocate|stop breathing)\b|\bbleed(?:ing)? out\b"
        rf"|\b(?:googl\w*|search\w*|look\w* up|research\w*|reading up on|read up on|reading about|read about)\b[^.?]{{0,60}}\bhow (?:many|much)\b[^.?]{{0,20}}\b(?:would need|you need|i need|it takes|it would take|to take|would do it|would work)\b(?=[^.?]{{0,40}}\b(?:meds|pills|tablets|paracetamol|liver|lethal|overdose|dose|medicine|medication|insulin)\b|)"
        rf"|\b(?:googl\w*|search\w*|look\w* up|research\w*|reading up on|read up on|reading about)\b[^.?]{{0,40}}\b(?:medicine cabinet|meds|pills|tablets|drugs)\b[^.?]{{0,30}}\b(?:would (?:actually )?work|work together|would kill|would do it|stop (?:my|your) heart|shut down|wreck|fatal|lethal)\b"
        rf"|\b(?:which|what|the) (?:bridge|building|car park|multi storey|cliff|tower|roof|station|platform|crossing)s? (?:[a-z]+ ){{0,4}}(?:does not have|do not have|has no|have no|without) (?:the )?(?:new |any |a )?(?:barriers?|fences?|fencing|nets?|railings?|cameras|staff|guards)\b"
        rf"|\b(?:practis\w*|practic\w*|rehears\w*) (?:tying|tie|the) (?:the |a )?(?:knot|noose)\b"
        rf"|\b(?:rope|cord|belt|cable|scarf|ligature|noose) (?:to|round|around|over|from) (?:the|a) (?:beam|banister|bannister|loft hatch|hook|branch|rail|ceiling)\b"
        rf"|\b(?:been|went|go|going|gone|drove|walked) (?:up )?to the (?:top|roof|edge) of (?:the|a) (?:[a-z]+ )?{HEIGHT}s?\b[^.?]{{0,40}}\b(?:to look down|look down|looking down|looked down|look over|how high|how far|stare down|staring down|\d+ times|(?:two|three|four|five|several) times|every (?:night|day)|alone|on my own)\b"
        rf"|\b(?:told|asked) (?:him|her|them|my [a-z]+) to (?:look after|take care of|keep) (?:it|them|my [a-z]+|him|her) (?:forever|for good|for me after|when i am gone|after i am gone|always)\b"
        rf"|\b(?:made|making|chose|chosen|picked|planned|planning|wrote|writing|written|sorted|arranged|arranging) (?:a |the |my )?(?:playlist|songs|music|readings|outfit|hymns|speech|plans?|arrangements) for my (?:own )?funeral\b"
        rf"|\b(?:written|wrote|writing|finished|drafted|left|leaving|hid|hidden|typed|printed) (?:my|the) (?:suicide )?note\b(?= [.,?]|$| (?:for|to) (?:my (?:family|mum|dad|parents|kids|children|son|daughter|partner|wife|husband|sister|brother|friends)|mum|dad|everyone|them|the kids|whoever)| (?:and|it is|which)| on my)"
        r"|\bhelium\b(?![^.?]{0,40}\b(?:balloons?|party|birthday|voice|wedding)\b)[^.?]{0,40}\b(?:where to (?:get|buy)|how much|bag|tank|enough|ordered|bought|mask|hood)\b|\b(?:exit bag|suicide bag|inert gas)\b"
        r"|\b(?:wrote|writing|written|made|making|did|sorted|updated|finished) (?:out )?my (?:own )?will\b(?=[^.?]{0,40}\b(?:even though|only \d+|i am \d+|last night|tonight|this week|just in case|so (?:they|everyone|my))\b)"
        r"|\b(?:know|knows|worked out|figured out|calculated|counted|checked) (?:roughly |exactly )?(?:how much|how many) (?:of )?(?:my |the |those )?(?:[a-z]+ ){0,2}(?:pills?|tablets?|meds|insulin|insulin pens|pens|doses|paracetamol|painkillers) (?:it would take|would do it|would be enough|i would need|would kill me)\b"
        r"|\b(?:pills?|tablets?|meds|medication|painkillers|paracetamol)\b[^.?]{0,30}\bso (?:they are|it is|everything is|i am) ready\b(?= [.,?]|$| (?:for (?:tonight|later|when|it)|now|tonight))",
        "enough plenty a pill pills tablet tablets meds medication medications medicine paracetamol painkillers the my "
        "got ordered picked have found bought buy how bleed bleeding googled googling google search searched searching "
        "looked looking look research researched researching reading read which what practised practising practised "
        "practicing practiced rehearsed rehearsing rope cord belt cable scarf ligature noose been went go going gone "
        "drove walked told asked made making chose chosen planned planning wrote writing written sorted arranged "
        "arranging finished drafted left leaving hid hidden typed printed helium exit suicide inert wrote writing written made making did sorted updated finished know knows worked figured calculated counted checked pill pills tablet tablets meds medication painkillers paracetamol "
        + _PILL_WORDS,
        "I have enough of my mum's morphine saved up to do it properly.",
        "The rope's in the boot of the car.",
        "I've been researching how long it takes to bleed out.",
        "I practised tying the knot last night.",
        "I've written my note, it's on my laptop desktop",
    ),
    family(
        SELF_HARM,
        "marks made on the body, heat held to the skin, hair pulled out",
        rf"\b(?:carv|etch|engrav|scor)\w* (?:[a-z]+ ){{1,3}}(?:into|in|on|onto) (?:my|me) (?:[a-z]+ )?{BODY}\b|\b(?:cut|cutting|scratch|scratched|scratching|slic\w+) (?:[a-z]+ ){{1,3}}into (?:my|me) (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:press|pressed|pressing|hold|held|holding|put|putting|stub\w*|push\w*) (?:the |a |my )?(?:hot |lit |burning )?(?:[a-z]+ )?(?:straighteners|straightners|iron|lighter|cigarette|cigarettes|ciggie|ciggies|cig|cigs|spoon|match|matches|knife|blade|razor|tongs|poker) (?:out )?(?:to|on|onto|into|against) (?:my|me) (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:pull|pulled|pulling|rip|ripped|ripping|tear|tore|tearing|yank|yanked) (?:out )?(?:a chunk of |chunks of |clumps of |a clump of |handfuls of |a handful of )?(?:my|the) (?:own )?(?:hair|eyelashes|eyebrows)(?: out)?\b(?=[^.?]{{0,60}}\b(?:feel|punish|punishment|deserve|because|until|on purpose|deliberately|again|urge|bleed|bled|stop|no one can see|nobody can see|no one sees|nobody sees|bare patch|bare patches|bald patch|bald patches)\b)"
        rf"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?) (?:clean|free|sh free|self harm free)\b(?! from (?:alcohol|drink|drinking|booze|smoking|cigarettes|weed|vaping|sugar|gambling))[^.?]{{0,40}}\b(?:blew it|ruined it|broke it|lost it|relapsed|slipped|messed it up|back to (?:zero|day one|square one)|reset)\b",
        "carve carved carving carves etch etched etching engrave engraved engraving score scored scoring scores cut "
        "cutting scratch scratched scratching slice sliced slicing press pressed pressing hold held holding put putting "
        "stub stubbed stubbing stubs push pushed pushing pull pulled pulling rip ripped ripping tear tore tearing yank "
        "yanked clean free",
        "Carved his initials into me leg with a compass last night.",
        "Been pressing the hot straightners to my wrist.",
        "Three months clean and I blew it last night.",
        about_self=True,
        accident_sensitive=True,
    ),
    # --- practical preparation, said without the word suicide ----------------------------------------------
    family(
        PLAN_INTENT,
        "things arranged for after the writer has gone",
        r"\b(?:sort\w*|organi[sz]\w*|arrang\w*|put (?:\w+ )?aside|putting (?:\w+ )?aside|set aside|setting aside|sav(?:ed|ing)|left|leaving|written|writing|wrote|updat\w+|label\w*|cancel\w*|given|giving|gave|moved|moving|transferr\w+|instructions|passwords|paperwork|will)\b"
        r"[^.?]{0,100}\b(?:after|when|once|for when|by the time) i (?:have |am |have been )?(?:gone|dead|not here any ?more|no longer here|not around any ?more|not here|not around)\b"
        r"(?! (?:on|for|to|away|abroad|at|in|out|over|off|back|home|during|while|all day|travelling|traveling|shopping|working|at work|tomorrow|next|this|from))",
        "sort sorted sorting sorts organised organized organising organizing arranged arranging arrange arrangements put putting "
        "set setting saved saving left leaving written writing wrote updated updating labelled labeled labelling labeling "
        "labels cancelled canceled cancelling given giving gave moved moving transferred instructions passwords paperwork will",
        "I've updated the will and sorted the paperwork so it's easy for them after I've gone.",
        "Been putting money aside so my son is looked after when I'm not here any more.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "letters left to be opened afterwards",
        r"\b(?:letters?|notes?|envelopes?|cards?|messages?)\b[^.?]{0,80}\bto be (?:opened|read|found|given out|handed out)(?: (?:afterwards|after|later|when|once|by))?\b"
        r"|\b(?:envelopes?|letters?|notes?|box)\b[^.?]{0,60}\b(?:open|read) (?:it|them|this) (?:only )?(?:[^a-z0-9 ]+ )?(?:if|when) (?:anything|something) (?:happens|should happen|ever happens)\b"
        r"|\b(?:letters?|notes?) (?:for|to) (?:[a-z]+ ){0,4}(?:for after|for afterwards|for when i am gone)\b|\bthe ones for after\b",
        "letter letters note notes envelope envelopes card cards message messages box ones",
        "The letters are in my desk, to be opened afterwards.",
        "I gave her an envelope and said open it if anything happens.",
        "I've already written the other letters, the ones for after.",
    ),
    family(
        PLAN_INTENT,
        "a lethal amount looked up",
        r"\b(?:fatal|lethal|deadly) (?:dose|doses|amount|amounts|quantity|quantities|level|levels)\b"
        r"|\b(?:what|how much|how many|which) (?:[a-z]+ ){0,8}(?:would|will|could) (?:be (?:fatal|lethal|deadly)|do in (?:quantity|bulk|large (?:amounts|doses|numbers)|a large dose)|kill (?:me|you|a person|someone))\b",
        "fatal lethal deadly what how which",
        "I've been reading up on what quantity of my tablets would be fatal.",
        "looked up the lethal dose of my meds",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "an attempt made",
        r"\bmade (?:an|another|a second|a third|a serious|a real|a proper|my first|my) attempt\b(?! (?:at|to (?:make|fix|get|be|talk|reach|reconnect|apologi[sz]e|contact|eat|sleep|go|start|study|learn|run|call|speak|patch|win|write|explain|understand|meet|see|join|cook|clean|tidy|date|flirt|say|ask|repair|mend|improve|change|stop)))"
        r"|\b(?:attempt|attempts|attempted) on my (?:own )?life\b",
        "made attempt attempts attempted",
        "I made an attempt last weekend and nobody knows.",
        "I made a serious attempt on my life when I was twenty.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "a ligature or a place got ready",
        r"\b(?:put|fixed|screwed|hung|tied) (?:a|the) (?:hook|bracket|rope|belt|cord|strap|tow strap|ratchet strap) (?:in|into|on|to|from|round|around|over) (?:the |a )?(?:beam|rafter|joist|ceiling|loft|branch|tree|bannister|banister|door|hatch)\b"
        r"|\b(?:found|picked|chose|chosen|tested) (?:a|the) (?:branch|beam|rafter|tree) (?:that|which) (?:would|will|could) (?:hold|take)\b"
        r"|\b(?:sealed|taped up|blocked) (?:the )?(?:garage|car|windows|vents|gaps)\b[^.?]{0,80}\b(?:car|exhaust|engine|hose|charcoal|barbecue|bbq)\b"
        r"|\b(?:stood|standing|climbed|climbing) (?:on|onto|over onto) (?:the|a) (?:stepladder|ladder|chair|stool|ledge|railing|rail|parapet)\b[^.?]{0,60}\b(?:under it|just to see|to see|more than once|for a while|again)\b",
        "put fixed screwed hung tied found picked chose chosen tested sealed taped blocked stood standing climbed climbing",
        "I've put a hook in the beam in the loft.",
        "I sealed the garage up and kept the old car with a full tank.",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "heat or an object on the body, by the writer's hand",
        r"\b(?:burnt|burned|burn|burning|burns|scald\w*|struck|strike|striking|hit|hitting|hammered|smashed|smashing|bashed|bashing|gouged|gouging|gouge|scored|scoring|sliced|slicing|slashed|slashing|stabbed|stabbing|jabbed|jabbing|rubbed|rubbing|rub|snap|snapped|snapping|flicked|flicking|dug|digging)"
        rf" (?:(?:at|into|on) )?(?:[a-z]+ ){{0,4}}(?:(?:the|my) (?:backs?|insides?|palms?|sides?|tops?|undersides?|outsides?) of )?my (?:[a-z]+ )?{BODY}\b"
        r"(?=[^.?]{0,80}\b(?:meant to|meant it|on purpose|deliberately|deliberate|not by accident|not an accident|as long as i could|until (?:it|they|i|the skin|my)|to feel|to punish|punish|wanted to|again|so hard|welts|till the skin|leaves? (?:a )?(?:mark|marks|welts|bruise|bruises)|not enough|it helps|felt better)\b)",
        "burnt burned burn burning burns scald scalded scalding struck strike striking hit hitting hammered smashed smashing "
        "bashed bashing gouged gouging gouge scored scoring sliced slicing slashed slashing stabbed stabbing jabbed jabbing "
        "rubbed rubbing rub snap snapped snapping flicked flicking dug digging",
        "I burnt the inside of my arm with the lighter and I meant to.",
        "I snap an elastic band on my wrist until it leaves welts.",
        about_self=True,
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "the body held to heat, an object pressed or brought down on it",
        rf"\b(?:held|hold|holding|pressed|press|pressing|put|putting|kept|keep|keeping) my (?:[a-z]+ )?{BODY} (?:against|on|onto|under|over|in|into) (?:the |a )?(?:[a-z]+ ){{0,2}}(?:ring|hob|hotplate|hot plate|iron|flame|flames|candle|lighter|kettle|radiator|oven|grill|element|boiling water|hot water|hot tap|steam|fire)\b"
        rf"|\b(?:press|pressed|pressing|hold|held|holding|put|putting|stub\w*|push\w*) (?:the |a |my )?(?:hot |lit |burning |heated )?(?:[a-z]+ )?(?:straighteners|iron|lighter|cigarette|cigarettes|cig|spoon|match|knife|blade|razor|tongs|poker|soldering iron|it) (?:out )?(?:to|on|onto|into|against) (?:the |my )(?:backs?|insides?|palms?|sides?|tops?|undersides?|outsides?) of my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:heat|heated|heating|heats) (?:a|the|my) (?:spoon|knife|blade|coin|key|needle|pin|lighter)\b[^.?]{{0,60}}\b(?:press|pressed|pressing|put|putting|hold|held|on my|against my)\b"
        rf"|\bbr(?:ought|ing|inging|ings) (?:a|the|my) (?:[a-z]+ )?(?:hammer|mallet|brick|book|fist|bat|pan|stick|rock|stone|spanner|wrench) down (?:hard )?on my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:pulled|pull|pulling|tied|tie|tying|wrapped|wrap|wrapping|tightened|tighten|tightening) (?:a|the) (?:cable tie|zip tie|hair tie|band|elastic band|elastic|cord|string|wire|tourniquet|belt|strap) (?:tight |tightly |really tight )?(?:round|around) my (?:wrist|wrists|arm|arms|finger|fingers|leg|legs|thigh|ankle)\b",
        "held hold holding pressed press pressing put putting kept keep keeping stub stubbed stubbing push pushed pushing "
        "heat heated heating heats brought bring bringing brings pulled pull pulling tied tie tying wrapped wrap wrapping "
        "tightened tighten tightening",
        "I held my hand against the hob ring for as long as I could stand it.",
        "I pressed a cigarette into the back of my hand.",
        "I heat a spoon on the cooker and press it on my thigh.",
        about_self=True,
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "cut lines, and what cut them",
        rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|some|loads of|lots of) (?:fresh |new |deep |shallow )?(?:lines|cuts|slashes|marks) (?:on|in|into|across|down) my (?:[a-z]+ )?{BODY}\b"
        rf"|\bused (?:a|the|my) (?:broken )?(?:bit|piece|shard) of (?:broken )?(?:mirror|glass|plate|blade|razor|tin|can) on my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:scored|sliced|slashed|carved|opened up) my (?:[a-z]+ )?(?:arm|arms|forearm|forearms|wrist|wrists|thigh|thighs|leg|legs|stomach|hip|hips|chest|calf|upper arm) (?:with|using) (?:a|the|my) (?:[a-z]+ )?(?:knife|blade|razor|glass|scissors|compass|sharpener|pin|needle)\b",
        "two three four five six seven eight nine ten eleven twelve few several some loads lots used scored sliced slashed "
        "carved opened 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
        "last night it was like 9 lines on my thigh",
        "used a bit of broken glass on my leg",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "a pet given a home for good, things cleared so nobody else must",
        r"\b(?:arranged|arranging|asked|found|finding|sorted) (?:for )?(?:[a-z]+ ){0,4}to (?:take|have|keep|look after|adopt) (?:the|my|our) (?:dog|dogs|cat|cats|rats|rat|rabbit|rabbits|budgie|parrot|horse|pony|tortoise|hamster|guinea pigs?|pets?)\b[^.?]{0,40}\b(?:permanently|for good|forever|for ever|afterwards)\b"
        r"|\brehom\w+ (?:my|the|our) (?:[a-z]+ )?(?:dog|dogs|cat|cats|rats|rat|rabbit|rabbits|budgie|parrot|pets?)\b[^.?]{0,60}\b(?:told (?:her|him|them)|going travelling|not going|why|for good|permanently)\b"
        r"|\b(?:no sense|no point|not fair|do not want to|do not want|rather not) (?:in )?leav(?:e|ing) (?:it|everything|things|all this|it all|stuff|my things)(?: all)? for (?:someone|somebody|anyone|them|my [a-z]+|the kids|others) to (?:clear|sort|deal with|go through)\b"
        r"|\b(?:read out|played|sung) at my (?:own )?(?:service|funeral|memorial|cremation)\b|\bplanning my (?:own )?funeral\b|\bwho should be told first\b",
        "arranged arranging asked found finding sorted rehomed rehoming rehome sense point fair want rather read played sung planning who",
        "I've arranged for my sister to take the cat permanently.",
        "There's no sense leaving it all for someone to clear.",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "thoughts of hurting a named person, turning into plans",
        r"\b(?:thoughts?|thinking|thought|imagin\w+|fantasi\w+|picturing|urges?|dreaming|dream) (?:of |about )?(?:[a-z]+ ){0,2}(?:hurting|harming|killing|attacking|hitting|stabbing|strangling|beating|injuring|burning|poisoning|running over|setting fire to|burning down)"
        r" (?:him|her|them|my|his|their|the|that|those)\b"
        r"|\b(?:hurting|harming|killing|attacking|hitting|stabbing|strangling|beating|injuring|burning down|setting fire to|poisoning) (?:[a-z]+ ){0,4}(?:badly|properly|for real)?[^.?]{0,60}\b(?:turning into (?:a )?plans?|more like a plan|becoming (?:a )?plans?|think it through|thought it through|practicalities|without getting caught|rehearsed|rehearsing)\b"
        r"|\b(?:burn|burning|burnt|set fire to|torch|torching) (?:down )?(?:his|her|their) (?:[a-z]+ )?(?:flat|house|home|car|place)\b[^.?]{0,30}\b(?:with (?:him|her|them) in it|while (?:he|she|they) (?:sleep|sleeps|are asleep|is asleep))"
        r"|\b(?:ways|how) to (?:actually )?(?:do it|hurt (?:them|him|her)|get (?:them|him|her)) without (?:getting caught|anyone knowing|being caught)\b"
        r"|\b(?:hoping|hope|wish|wishing) (?:someone|somebody|a car|his car|her car) (?:jumps|attacks|beats|batters|stabs|runs|hits|kills|would leave the road|leaves the road)\b"
        r"|\b(?:thought|thinking|think|thoughts|considered|considering) (?:about |of )?tak(?:e|ing) (?:the |my )?(?:family|kids|children|wife|husband|partner|them|her|him|the kids|everyone) with me(?= [.,?]|$)"
        r"|\bmess (?:him|her|them|[a-z]+) up (?:properly|badly|good|bad|for real|proper)\b"
        r"|\b(?:going|go|went|coming) (?:round|over|to (?:his|her|their) (?:house|flat|place)) (?:[a-z]+ ){0,4}to (?:mess (?:him|her|them) up|batter (?:him|her|them)|beat (?:him|her|them) up|do (?:him|her|them) in|sort (?:him|her|them) out|hurt (?:him|her|them)|smash (?:his|her|their) face)\b"
        r"|\bif (?:[a-z]+ ){1,5}(?:says|does|touches|looks at|comes near|messages|texts|calls|starts)\b[^.?]{0,60}\b(?:bringing|bring|take|taking|using|use|get|getting) (?:my |a |the |his |her )?(?:[a-z]+ )?(?:knife|blade|gun|bat|hammer|crowbar|machete)\b"
        r"|\b(?:took|take|taking|brought|bring|had) (?:the |a |my )?(?:crowbar|bat|baseball bat|hammer|knife|machete|golf club|iron bar|wrench)\b[^?]{0,100}\b(?:wanted|want|waiting for|hoping) (?:him|her|them) to (?:come out|show|open the door|start something|try something)\b",
        "thought thoughts thinking imagine imagined imagining imaginings fantasise fantasising fantasize fantasizing "
        "fantasies fantasy picturing urge urges dreaming dream hurting harming killing attacking hitting stabbing "
        "strangling beating injuring burning poisoning burn burnt set torch torching ways how hoping hope wish wishing considered considering mess going go went coming if took take brought bring had",
        "I keep having thoughts of hurting my ex's new partner.",
        "I've been fantasising about setting fire to her car and it's turning into a plan.",
        "honestly hoping someone jumps him on his way home",
        deniable=True,
    ),
    # === Careful adults and phone-typing teenagers (tuning batches x and y) =========================
    #
    # Written as shapes, not sentences: medication put aside rather than taken; knowing what a means is
    # "for"; arranging who finds the writer and what is ready "for after"; a covert goodbye; a date or
    # an occasion; the body pressed, banged or scored with whatever is to hand; the mind going to a
    # means; hoping an illness or an accident comes; disappointment at waking or at good news; being a
    # job or a weight for others; nothing left to stay for; second-language and gaming wording.
    family(
        PLAN_INTENT,
        "medication put aside, kept back or collected instead of taken",
        rf"\b(?:put(?:ting)?|set(?:ting)?|keep(?:ing)?|kept|held|holding|squirrel(?:led|ing)?|tuck(?:ed|ing)?|stash(?:ed|ing)?) (?:aside|back|away)"
        rf" (?:a few |some |one or two |a couple |half |most |a little )?(?:of )?(?:(?:my|the|mum|dad|her|his|those|these)\s)?(?:[a-z]+ ){{0,2}}{PILLS}\b"
        rf"|\b{PILLS}\b[^.?]{{0,80}}\b(?:instead of taking them|rather than taking them|not throwing them away|not throwing it away|i am collecting|i have been collecting|been saving them|saving them up)\b"
        rf"|\b(?:medicine|medicines|pills|tablets|meds|insulin|cabinet|prescriptions?)\b[^?]{{0,160}}\b(?:kept|keeping|held|put) (?:some|a few|a bit|a little|them) (?:back|aside)\b"
        rf"|\b(?:repeat|extra|more|another|early) (?:of )?(?:(?:the|my)\s)?(?:[a-z]+ ){{0,2}}(?:{PILLS}|prescriptions?|scripts?|supply|supplies|refills?)\b[^.?]{{0,60}}\b(?:excuses?|lied|lying|pretended|made up|different (?:chemists?|pharmacies|doctors|gps|surgeries))\b"
        rf"|\b(?:weeks?|months?) (?:worth|supply)\b[^.?]{{0,40}}\b(?:shoebox|drawer|box|bag|tin|sock|wardrobe|cupboard|hidden|stashed|saved|kept)\b",
        _PILL_WORDS + " aside back away instead rather throwing collecting saving kept keeping held put repeat extra "
        "more another early worth supply medicine medicines cabinet prescription prescriptions",
        "I've been putting aside a couple of my tablets every night instead of taking them.",
        "There's about three months' worth in the shoebox under the bed now.",
        "Got a repeat prescription early again with a made up excuse.",
    ),
    family(
        PLAN_INTENT,
        "a means at hand, and knowing what it is for",
        r"\b(?:pills|tablets|meds|insulin|gun|revolver|rifle|shotgun|pistol|rope|blade|blades|razor|knife|ligature|cord|charcoal|bleach|stuff)\b"
        r"[^?]{0,140}\bi know (?:exactly )?what (?:i am doing(?: with (?:it|them|that))?|i am going to do|it is (?:there )?for|they are (?:there )?for|that is (?:there )?for|for|i will do with (?:it|them))(?= [.,?]|$)"
        r"|\b(?:gun|revolver|rifle|shotgun|pistol)\b[^.?]{0,40}\bloaded\b(?=[^.?]{0,60}\b(?:bedside|drawer|under my|pillow|not the safe|out of the safe|by the bed|in the car)\b)"
        r"|\bloaded (?:gun|revolver|rifle|shotgun|pistol)\b(?=[^.?]{0,60}\b(?:bedside|drawer|under my|pillow|by the bed)\b)",
        "know loaded pills tablets meds insulin gun revolver rifle shotgun pistol rope blade blades razor knife ligature "
        "cord charcoal bleach stuff",
        "The tablets are in my bag and I know what they're for.",
        "Dad's old pistol is loaded in the bedside drawer now.",
    ),
    family(
        PLAN_INTENT,
        "arranging who will find them, and what is ready for after",
        r"\b(?:will not|would not|do not|does not|never) (?:be|have to be) the ones? (?:who|that|to) finds? me\b"
        r"|\bwhoever (?:comes in|finds me|gets here|walks in|opens the door|comes round)(?: first)?\b"
        r"|\b(?:passwords?|pins?|paperwork|accounts|will|instructions|arrangements?|joint names|bank details|deeds)\b[^?]{0,120}\bfor (?:after|afterwards)(?= [.,?]|$)"
        r"|\b(?:left|leave|leaving|written|wrote|writing) (?:instructions|a list|the details|everything|a folder)\b[^.?]{0,40}\bfor (?:whoever|when i|after|the person who)\b"
        r"|\b(?:booked|book|booking) (?:a |the )?(?:hotel|room|b and b|airbnb|cabin|caravan)\b[^.?]{0,60}\b(?:find me|finds me|found|nobody knows|no one knows|nobody would know)\b"
        r"|\b(?:needed|need it|need them|use it|used) (?:a lot |much )?sooner than (?:they|anyone|she|he|you|people) (?:think|expect|know)\b"
        r"|\b(?:there is )?nothing (?:left |else )?to (?:arrange|sort out|organise|organize|settle|tidy up)(?= [.,?]|$)"
        r"|\b(?:suicide|self harm|exclusion) clause\b|\b(?:policy|insurance|life cover)\b[^.?]{0,80}\bpays? out (?:regardless|anyway|either way|whatever happens|even if)\b",
        "will would do does never whoever passwords password pins paperwork accounts instructions arrangements "
        "arrangement joint bank deeds left leave leaving written wrote writing booked book booking needed need use "
        "used nothing clause policy insurance cover",
        "I've written all the passwords down for my brother, for after.",
        "I'll go somewhere so my parents won't be the ones who find me.",
        "The will is signed and there's nothing left to arrange.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "a goodbye nobody knows is one",
        r"\b(?:do not|does not|did not|doesnt|dont|will not) know (?:it is|it was|that it is|that it was|this is|this was) (?:forever|for good|for ever|the last (?:time|one)|goodbye|a goodbye)\b"
        r"|\b(?:said|say|saying) (?:good ?bye|goodbye) to (?:[a-z]+ ){0,7}without (?:her|him|them|anyone|anybody) knowing\b"
        r"|\b(?:told|said|telling)\b[^?]{0,80}\b(?:that is|it is|it was|this is) not (?:really )?what it (?:was|is)(?= [.,?]|$)"
        r"|\b(?:written|wrote|writing|left|leaving) (?:a |one )?(?:notes?|letters?) (?:for|to) (?:[a-z]+ ){1,6}(?:and )?(?:one|another) (?:for|to)\b"
        r"|\b(?:saying|say|said|telling (?:them|him|her|everyone)) (?:that )?i (?:will not|would not) be (?:back|coming back)(?= [.,?]|$)",
        "know said say saying written wrote writing left leaving telling told",
        "Told my brother I loved him on the phone. He doesn't know it was goodbye.",
        "I've written a note for Mum and one for Dad.",
    ),
    family(
        PLAN_INTENT,
        "a date, an occasion or a condition set for it",
        r"\b(?:do not|does not|not) (?:intend|plan|expect|mean|want) to (?:see|be here for|make it to|live to see|be around for|last (?:until|till)) (?:christmas|new year|my birthday|the new year|spring|summer|the summer|next year|another (?:christmas|birthday|year|winter))\b"
        r"|\bend it (?:on|this|next|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|weekend|week|month)\b(?! with)"
        r"|\b(?:finish|end) (?:things|it all|everything|myself|my life) (?:that|the same|on that|on the|on his|on her) (?:night|day|week|weekend|birthday|anniversary)\b"
        r"|\bthat is it\b[^?]{0,40}\b(?:i will (?:finish|end|do it|go)|i (?:have )?(?:already )?got everything ready|i have got what i need|everything is ready)\b"
        r"|\b(?:doing it|do it|going to do it|gonna do it) on (?:his|her|their|my|our|the) (?:birthday|anniversary|wedding day|wedding anniversary)\b"
        r"|\bmy plan is (?:after|when) (?:[a-z]+ ){1,3}(?:finish|finishes|end|ends|is over|are over)(?= [.,?]|$)"
        r"|\b(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow) (?:night )?is when(?= [.,?]|$)"
        r"|\b(?:go|going|meet|meeting|be with) (?:to )?(?:the lord|god|my maker|jesus|allah) on my own terms\b|\bmake my peace and (?:go|leave|be gone)\b"
        r"|\b(?:after|on|from) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|this week|next week) (?:it is|is|all is|everything is) (?:finish|finished|over|the end)\b"
        r"|\b(?:go|going) (?:there|to the [a-z]+) and (?:i )?(?:will not|never|do not) come back\b",
        "intend plan expect mean want end finish that doing do going gonna my friday saturday sunday monday "
        "tuesday wednesday thursday tonight tomorrow go meet meeting be make after on from",
        "I don't intend to see another Christmas.",
        "If the results are bad, that's it, I've already got everything ready.",
        "I'm going to the Lord on my own terms.",
    ),
    family(
        PLAN_INTENT,
        "a method named as the plan, a dose, a recent attempt survived",
        rf"\b(?:the |my )?(?:real |actual )?plan is (?:the )?(?:[a-z]+ ){{0,2}}(?:bridge|pills|tablets|rope|train|tracks|railway|cliff|cliffs|river|sea|woods|car park|roof|reservoir|motorway|overdose|gun)\b"
        rf"|\b(?:which|what) (?:medicine|pills?|tablets?|drug|drugs|poison|method|way) (?:is |are |would be )?(?:more |most |the most )?(?:strong |stronger |strongest |best |quick |quickest |sure |surest )?(?:for|to) (?:to )?(?:die|dying|death|kill me|kill myself)\b"
        rf"|\b(?:\d\d+|twenty|thirty|forty|fifty|sixty|a hundred|a whole (?:box|bottle|packet) of|all my|all the) {PILLS} and (?:a |the )?(?:bottle|bottles|litre|half) of (?:vodka|whisky|whiskey|gin|wine|rum|tequila|alcohol|booze)\b"
        rf"|\boverdid it with (?:the |my )?(?:[a-z]+ )?{PILLS}\b|\b{PILLS}\b[^?]{{0,80}}\b(?:found me|came round early)\b",
        _PILL_WORDS + " plan which what overdid found came",
        "The real plan is the bridge near work.",
        "forty tablets and a bottle of vodka, that's my weekend",
        "Overdid it with the tablets on Friday and my flatmate found me.",
    ),
    family(
        SELF_HARM,
        "the body banged, pressed or taken to with whatever is to hand",
        rf"\b(?:bang|banged|banging|bangs|smash|smashed|smashing|slam|slammed|slamming|knock|knocked|knocking|thump|thumped|thumping|hit|hitting) my (?:own )?(?:head|fists?|hands?|forehead|face)"
        rf" (?:on|against|into|off) (?:the |a |my )?(?:[a-z]+ ){{0,2}}(?:wall|walls|steering wheel|wheel|door|doors|floor|desk|table|mirror|headboard|window|radiator|sink|dashboard)\b"
        rf"(?=[^?]{{0,80}}\b(?:hard enough|until|till|when i am|whenever|every time|on purpose|again|bruise|bruises|bruised|bled|to feel|to stop|punish|can not stop|cannot stop)\b)"
        rf"|\b(?:took|take|taking|takes|put|putting) (?:the |a |my |some )?(?:[a-z]+ ){{0,2}}(?:straighteners|razor|blade|blades|knife|scissors|lighter|iron|something sharp|anything sharp|glass|compass|sharpener|pin|needle|cigarette|belt|buckle|chisel) to my (?:[a-z]+ )?(?:{BODY}|skin)\b"
        rf"|\b(?:press|pressed|pressing|held|hold|holding|put|putting) (?:the )?(?:tip|end|edge|point|blade|side) of (?:the |a |my )?(?:[a-z]+ ){{0,2}}(?:iron|knife|blade|razor|lighter|compass|scissors|pin|needle|cigarette|poker|screwdriver|chisel) (?:against|on|onto|into|to) my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:the |a |my )(?:chisel|knife|blade|razor|scalpel|stanley knife|craft knife|box cutter|scissors|compass|glass|screwdriver) (?:against|into|across) my (?:[a-z]+ )?(?:arm|arms|forearm|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hip|hips|chest)\b"
        rf"|\b(?:press|pressed|pressing|put|putting|held|hold) (?:a |the )?(?:hot|heated|lit|burning|boiling) (?:[a-z]+ ){{0,2}}(?:on|onto|against|to|into) my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:snap|snapped|snapping|flick|flicked|flicking) (?:it|the band|the elastic|a band|an elastic band|a hair tie) (?:until|till|so hard|hard enough)\b"
        rf"|\bused (?:a|the|my|some) (?:broken |smashed )?(?:glass|mirror|blade|razor|shard|compass|scissors|knife)\b[^?]{{0,60}}\b(?:forearm|wrist|thigh|thighs|upper arm|stomach|hip|skin)\b"
        rf"|\b(?:\d+|two|three|four|five|six|some|a few|more) (?:new|fresh) ones on my (?:[a-z]+ )?{BODY}\b"
        rf"|\bmy (?:coping|coping strategy|coping mechanism|way of coping|release|outlet) (?:is|was|has been) (?:cutting|burning|scratching|hitting myself|self harm|self harming|hurting myself)\b"
        rf"|\b(?:it is|i do it|i did it) to (?:hurt|punish)(?: me| myself)?(?= [.,?]|$)"
        rf"|\b(?:over|clean|cleaned|cleaning|hide|hid|hiding|cover|covered|covering|bandaged|bandaging) (?:the |my )(?:fresh |new |old )?cuts\b(?=[^?]{{0,80}}\b(?:again|nobody|no one|so they|hear|see|secret|this (?:week|month))\b)",
        "bang banged banging bangs smash smashed smashing slam slammed slamming knock knocked knocking thump thumped "
        "thumping hit hitting took take taking takes put putting press pressed pressing held hold holding the a my it i "
        "snap snapped snapping flick flicked flicking used two three four five six some few more 1 2 3 4 5 6 7 8 9 over "
        "clean cleaned cleaning hide hid hiding cover covered covering bandaged bandaging",
        "I bang my head against the wall until it hurts.",
        "took the hair straighteners to my arm",
        "Pressed the tip of a hot knife against my thigh.",
        "Had the chisel against my arm in the shed last night.",
        about_self=True,
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "the mind going to the blade",
        r"\b(?:thoughts?|mind|head|hands?) (?:go|goes|went|keeps? going|keep going|turns?|turned|drift|drifts|drifted) (?:straight )?(?:back )?to (?:the |my )?(?:razor|razors|blade|blades|cutting|scissors|lighter)\b"
        r"|\b(?:want|wanted|wanting|need|needed|urge) to take something sharp to\b",
        "thought thoughts mind head hand hands want wanted wanting need needed urge",
        "Every evening my thoughts go to the razor.",
    ),
    family(
        SUICIDAL_THOUGHTS,
        "ending oneself, in other words",
        r"\b(?:put|putting) an end to (?:myself|me|my existence)\b"
        r"|\bfinish (?:myself|yourself|me self|my self) off\b|\b(?:make|making) myself dead\b"
        r"|\b(?:idea|ideas|thought|thoughts) (?:to|of|about|for) (?:kill|killing) me\b"
        r"|\bthinking (?:to|for to|of to) (?:make myself dead|finish my life|end my life|kill me|die)\b|\bfinish(?:ing)? my (?:own )?life\b(?! (?:work|story|goals?|degree))"
        r"|\b(?:thought|thinking|think|thoughts) (?:about|of) (?:stopping|ending|finishing) (?:it|things|everything|my life) myself\b"
        r"|\b(?:in a|the) (?:doing something about it|doing it|actually doing it) (?:way|sense|kind of way)\b"
        r"|\bi (?:finally |now |really |completely |totally |can )?(?:understand|get|see) why (?:people|men|women|someone|anyone|men my age|women my age|people like me|people my age) (?:end it|kill themselves|do it|take their own lives|jump|give up on life)\b"
        rf"|\b(?:looked|staring|stared|looking|look) at (?:the |my |a )?(?:(?:bottle|box|packet|blister pack|strip) of )?(?:[a-z]+ )?{PILLS}\b[^?]{{0,60}}\b(?:thought about it|thinking about it|for a long time|did not count|wondering if|wondered if)\b"
        r"|\b(?:thinking|thought|think) (?:about|of) jumping\b(?! (?:in|into|on|at|ship|the gun|for joy|out of a plane|back|to conclusions|up|around|off the sofa))"
        r"|\bkill yourself\b[^?]{0,100}\b(?:i |and i |now i )?(?:actually |really |seriously )(?:think|thinking|thought) about (?:doing it|it|doing that)\b"
        r"|\btake myself out (?:of (?:the game|the picture|the equation|it all|this world|life)|permanently|for good)\b(?=[^?]{0,30}\b(?:irl|real life|for real|permanently|for good|not in game|world|life)\b)",
        _PILL_WORDS + " put putting finish make making idea ideas thought thoughts thinking think in the i looked "
        "staring stared looking look kill take",
        "Part of me wants to put an end to myself.",
        "I have idea to kill me every day.",
        "I can see why people like me end it.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "hoping an illness, an accident or death comes; sorry to wake",
        r"\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying)(?: that)? (?:the |my |a |some )?(?:cancer|tumour|tumor|illness|disease|heart attack|stroke|plane|ceiling|ceiling fan|fan|roof|tree|lightning|virus|heart)"
        r" (?:would |will |might |could )?(?:just )?(?:come back|return|crash|crashes|crashed|fall|falls|fell|falls on me|hit me|hits me|take me|takes me|get me|gets me|kill me|kills me|finish me|finishes me|stop|stops|give out|gives out)\b"
        r"|\bif (?:the |a |my )?(?:plane|car|bus|train|something|anything|it) (?:crashed|crashes|hit me|hits me|got me|gets me|took me|takes me)\b[^.?]{0,40}\b(?:so be it|fine with it|chill with it|would not mind|would not care|okay with it|ok with it|fine by me|be relieved|relief)\b"
        r"|\bstopped (?:being careful|looking|checking|bothering to look) (?:when )?(?:crossing|i cross|at) (?:the )?(?:road|roads|crossing)\b"
        r"|\blet (?:it|death) (?:come|take me)\b"
        r"|\bready (?:to go |to meet (?:my maker|god|him|the lord) )?whenever (?:he|god|the lord|the good lord|my maker|he) is\b|\b(?:told|asked|begged|beg|ask) (?:god|the lord|him) to (?:take me|let me go|call me home)\b"
        r"|\benvy (?:my |the |our )?(?:[a-z]+ ){0,2}(?:in the (?:churchyard|cemetery|graveyard|grave|ground)|the dead|people who (?:have )?died|dead people)\b"
        r"|\b(?:sorry|disappointed|gutted|annoyed|upset|angry) (?:to|that i|when i) (?:wake|woke|see the (?:ceiling|morning|light|sun|day)|open(?:ed)? my eyes|am still here|still (?:be )?here|survived|made it)\b"
        r"|\b(?:scan|test|tests|results|biopsy|x ray|bloods) (?:was|were|came back) (?:clear|fine|normal|negative)\b[^.?]{0,30}\b(?:disappointed|gutted|let down)\b"
        r"|\bnot be (?:anywhere|anything|anyone) (?:any more|anymore|at all|ever again)\b"
        r"|\b(?:uninstall|delete|unsubscribe|log off|log out|alt f4) (?:myself|my life|from life|irl)\b|\b(?:wanna|want to|wish i could|wish i was|like to) be a ghost\b",
        "wish wished wishing hope hoped hoping pray prayed praying if stopped let ready told asked begged beg ask "
        "envy sorry disappointed gutted annoyed upset angry scan test tests results biopsy ray bloods not uninstall "
        "delete unsubscribe log alt wanna want like",
        "Some nights I hope the heart attack just takes me.",
        "I was sorry to wake up again this morning.",
        "I envy my nan in the churchyard.",
        "wish i could uninstall myself",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "a job, a weight or a drain for others; nothing left to stay for",
        r"\bi (?:have become|am becoming|am|became|feel like) (?:just |only |nothing but )?(?:a |an )?(?:job|chore|task|project|weight|millstone|drain|liability|obligation|duty|dead weight) (?:for|to|on|round|around) (?:people|everyone|them|my [a-z]+|the [a-z]+|others|her|him|my [a-z]+ neck)\b"
        r"|\b(?:a |the )?(?:weight|millstone) (?:round|around) (?:my |their |his |her )?(?:[a-z]+ )?necks?\b"
        r"|\b(?:what is|what) (?:even )?(?:left|there) (?:to|for me to) (?:stick around|stay|live|hang on|carry on|keep going|get up) for\b|\bnothing (?:works|helps|is working|is helping)\b[^?]{0,40}\bwhat is (?:even )?left(?= [.,?]|$)"
        r"|\bno (?:reason|point) (?:to|in) (?:stick(?:ing)? around|hang(?:ing)? around|hang(?:ing)? on|keep(?:ing)? going)(?= [.,?]|$)"
        r"|\bnothing (?:left )?(?:that is |is )?worth (?:getting up|waking up|living|staying|sticking around|going on|carrying on) for\b"
        r"|\b(?:no|any|a|the) point (?:to|in|of) (?:the )?(?:years|days|time) (?:i have |i have got |i am )?(?:got )?left\b"
        r"|\b(?:i have |i )lived (?:long )?enough(?= [.,?]|$)"
        r"|\b(?:living|life) like this (?:is not|is no|is not really) (?:living|a life|life)\b"
        r"|\b(?:do not|does not|would not|will not) need (?:me|a (?:[a-z]+ ){0,3}(?:man|woman|mother|father|mum|dad|person|old [a-z]+)) (?:hanging about|hanging around|around any more|around anymore)\b"
        r"|\b(?:insurance|life insurance|payout|death in service|pension) (?:would|will|could) (?:do|be worth|give them|mean) more\b"
        r"|\b(?:life|lives|world|house|family|home|new life|future) (?:is|are|would be|will be) (?:better|easier|happier|lighter|simpler) for not having me\b"
        r"|\breasons? (?:for|to keep) living\b[^?]{0,90}\b(?:could not|can not|cannot|did not|unable to) (?:write|think of|find|name|come up with) (?:one|any|a single|anything)\b"
        r"|\bfor what (?:i|do i|to) (?:live|living)\b|\blife (?:has|have|is) (?:no|not) (?:sense|meaning|point|purpose)(?: for me| anymore| any more| now)?(?= [.,?]|$)"
        r"|\b(?:not|do not|can not|cannot|am not) see (?:any|a|no) future for me\b",
        "i weight millstone what no nothing point lived living life do does would will insurance payout death "
        "pension lives world house family home future reasons reason for not",
        "I've become a chore for everyone who loves me.",
        "What's left to stick around for?",
        "Living like this is not living.",
        "The insurance would do more for them than I do.",
        about_self=True,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "a past thought or attempt, asked and answered in the text",
        r"\bhave (?:i|you) ever (?:felt like|thought about|considered|tried) (?:ending it|ending my life|ending your life|killing (?:myself|yourself)|suicide|taking (?:my|your) (?:own )?life) \? (?:yes|yeah|yep|yea|i have)\b"
        r"|\b(?:yes|yeah|yep) (?:, )?i (?:have )?(?:tried|attempted)(?: it)? (?:once|twice|before|a few times|in (?:19|20)\d\d)\b",
        "have yes yeah yep",
        "Have I ever thought about suicide? Yes, years ago.",
    ),
    family(
        SELF_HARM,
        "past self-harm, asked and answered in the text",
        r"\bhave you ever (?:tried to )?(?:harmed|harm|hurt|cut|burned|burnt|injured) yourself(?: on purpose)? \? (?:yes|yeah|yep|yea|i have|once|twice|a few times|a couple of times)\b",
        "have",
        "have you ever harmed yourself? yeah, a few years ago",
    ),
    # === Risk written into the homework, and voices rarely heard (tuning batches z and za) ============
    #
    # Shapes again, not sentences: the wish said through illness, weather, driving, sleep and a fall;
    # being a cost; the knife kept in hand; a threat through the homework's own prompts; the body hurt
    # with the tools of a trade and logged like any other habit; "SI" in a mood log; knowing how much
    # it would take; a note "written" and "found"; a date that "is decided".
    family(
        PASSIVE_WISH,
        "the wish said through illness, weather, driving, sleep or a fall",
        r"\bif (?:i|it|the [a-z]+|a [a-z]+|something|the next one) (?:[a-z']+ ){0,6}(?:nodded off|came off|fell off|fell|slipped|crashed|did not come round|did not wake|did not make it|takes me|took me|got me|hits me|hit me|came down on me|died)\b[^.?]{0,40}\b(?:(?:that|it) would be (?:alright|all right|fine|okay|ok|a relief)|fine|would not mind|would not care|so be it|it takes me|let it|good)\b"
        r"|\bthought ,? let it(?= [.,?]|$)|\bit takes me(?= [.,?]|$)"
        r"|\b(?:hope|hopes|hoping|wish|wishing|pray|praying) (?:that )?(?:a|the|some|this|my) (?:[a-z]+ ){1,2}(?:comes down on me|come down on me|falls on me|fall on me|lands on me|takes me|kills me|finishes me)\b"
        r"|\b(?:skip|skipped|skipping) waking up\b|\bhappy with forever\b|\bhope (?:it is|this is|that is) my last\b"
        r"|\b(?:hoping|hope) i (?:will not|do not|would not) have to do (?:another|it again|this again)\b"
        r"|\blike to not (?:exist|be here|wake up|be alive)\b|\blook forward to not being (?:here|alive|around)\b"
        r"|\b(?:like|want|wish) to slip away\b|\bi wish i (?:was not|were not)(?= [.,?']|$)|\b(?:i would like|i want|i wish) (?:it|my life|life|everything) to be over\b"
        r"|\b(?:this|it|the [a-z]+) (?:will|would|could|might) just take me\b|\bwish (?:it|the plane|the car|the bus|the train|the flight) had crashed\b"
        r"|\bheart attack in my sleep\b|\b(?:caught|catch|get|got) (?:pneumonia|sepsis|covid|cancer|an infection) and (?:that was that|died|that would be it)\b",
        "if thought it hope hopes hoping wish wishing pray praying skip skipped skipping happy like look want i "
        "this the heart caught catch get got",
        "If I nodded off at the wheel and didn't come round, that would be alright.",
        "Part of me hopes the old oak comes down on me in the storm.",
        "I'd like to not exist.",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "a cost to others; they would manage better minus the writer",
        r"\bminus me\b|\b(?:come|comes|coming) out ahead without me\b"
        r"|\b(?:kinder|better|easier|simpler) (?:to|for) (?:her|him|them|everyone|my [a-z]+) if i (?:was not|were not|was gone|were gone)\b"
        r"|\bworth (?:what it takes|the cost|the money|the effort) (?:to keep me|of keeping me)\b|\bthe point of keeping (?:me|an old [a-z]+|a [a-z]+ like me) (?:going|alive)\b"
        r"|\bi am (?:just |only )?(?:a cost|a bad investment|the weak link|the thing they have to cope with)\b|\bi cost (?:people|everyone|them|the nhs|my family)\b"
        r"|\b(?:do not|can not) see (?:why|the point|the reason) (?:i would|i should|to|of) (?:carry on|keep (?:showing up|going)|go on|stay)\b"
        r"|\b(?:no one|nobody) (?:who )?(?:would|will) (?:notice|care|mind) if i (?:stopped|went|was gone|disappeared|died)\b"
        r"|\bnothing (?:left )?(?:that is |is )?worth (?:staying alive|being alive|living) for\b"
        r"|\bwould be better (?:brought up|raised|looked after) (?:by|with) (?:my|their|his|her) [a-z]+\b"
        r"|\bwhat is the point of (?:a life|keeping|living|me)\b",
        "minus come comes coming kinder better easier simpler worth the i do can no nobody nothing would what",
        "They'd all cope better minus me.",
        "I'm just a cost now.",
        "It would be kinder to my mum if I weren't here.",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "a weapon or a poison for someone, a threat through the homework",
        r"\b(?:put|puts|putting) (?:the |my )?(?:shotgun|gun|rifle|knife|blade) (?:to|on|in) (?:him|her|them)\b|\bput (?:your|his|her|their) head through\b"
        r"|\b(?:picture|imagine|fantasi\w+|fantasy of|thinking about|think about|rehears\w*) (?:[a-z]+ ){0,4}(?:strangling|chaining|setting (?:it|them|him|her|the [a-z]+) alight|poisoning|stabbing|dropping (?:one|it|something) on|putting something in)\b"
        r"|\bwhat i (?:will|am going to|would) do to (?:[a-z]+ ){0,2}(?:when|if) i (?:catch|get|find|see)\b"
        r"|\b(?:see|seeing|watch) (?:you|him|her|them) hurt\b[^?]{0,40}\b(?:bleeding|not with words|physically)\b"
        r"|\b(?:morphine|insulin|pills|tablets|antifreeze|weedkiller|weed killer|rat poison|bleach)\b[^.?]{0,40}\b(?:in|into) (?:his|her|their) (?:tea|coffee|drink|food|line|drip|dinner|lunch)\b"
        r"|\bput (?:in )?(?:his|her|their) (?:line|drip)\b[^.?]{0,30}\b(?:nobody|no one) would (?:question|notice|know)\b|\bputting something in the (?:bake sale|cake|food|drinks|punch)\b"
        r"|\bwait(?:ing)? for (?:[a-z]+ ){1,3}with (?:the |a |my )?(?:tyre iron|crowbar|bat|baseball bat|hammer|knife|machete|wrench|shotgun|gun)\b"
        r"|\bdropping (?:one|it|something|a [a-z]+) on (?:him|her|them|my ex|my [a-z]+ new [a-z]+)\b"
        r"|\b(?:knife|blade|gun|hammer)\b[^?]{0,120}\b(?:do not know (?:that|if) i will|not sure i will|might not) (?:next time|again)\b"
        r"|\bmake (?:them|him|her) pay\b[^?]{0,40}\bnot (?:mean )?(?:with )?words\b",
        "put puts putting picture imagine fantasise fantasize fantasising fantasizing fantasy thinking think rehearse "
        "rehearsing rehearsed what see seeing watch morphine insulin pills tablets antifreeze weedkiller weed rat "
        "bleach wait waiting dropping knife blade gun hammer make",
        "If he comes on my land again I'll put the shotgun to him.",
        "I picture chaining the doors and setting the hall alight.",
        "I keep thinking about the insulin in his tea.",
        deniable=True,
    ),
    family(
        SELF_HARM,
        "the body hurt with what is to hand, logged or admitted",
        rf"\b(?:the |my )?(?:lines|cuts|marks|burns|scratches) on my (?:[a-z]+ ){{0,2}}{BODY}\b(?=[^?]{{0,100}}\b(?:i made|made the|made one|did it|one for every|one for each|myself)\b)"
        rf"|\bhurt (?:my own body|my body)\b"
        rf"|\b(?:took|take|taking|takes|put|putting) (?:the |a |my |some )?(?:[a-z]+ ){{0,2}}(?:secateurs|straighteners|razor|blade|blades|knife|scissors|lighter|iron|glass|compass|sharpener|pin|needle|cigarette|chisel|stanley knife|sharps) to the (?:backs?|insides?|palms?|tops?|sides?|underside) of my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:burn|burns|burnt|burned|cut|cuts|bruise|bruises|blister|scald|scalds|wound|wounds|shock|shocks)\b[^?]{{0,60}}\b(?:not an accident|was not an accident|did it on purpose)\b"
        rf"|\b(?:held|pressed|put|kept) my (?:[a-z]+ )?{BODY} (?:against|on|to) (?:the |a )?(?:[a-z]+ ){{0,2}}(?:manifold|exhaust|engine|hotplate|flat top|griddle|grill|radiator|heater|fence|wire|element)\b"
        rf"|\b(?:wear|wearing|wore|keep|kept|tie|tied) (?:a |the )?(?:wire|cord|string|band|zip tie|cable tie|chain) (?:tight |tightly )?(?:round|around) my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:hit|hitting|banged|banging|dropped|dropping|slammed|slamming|pressed|pressing|punched|punching|kicked|kicking) (?:[a-z]+ ){{0,4}}(?:my|myself|the joint|the scar)\b[^.?]{{0,30}}\b(?:on purpose|deliberately|harder)\b"
        rf"|\bdeliberately (?:dropping|hitting|banging|burning|cutting|scratching|punching|slamming|hurting|starving) (?:[a-z]+ ){{0,4}}(?:on my|my|myself)\b"
        rf"|\b(?:press|pressed|pressing|dig|dug|digging|pick|picked|picking) (?:on |at |into )?(?:the |my )?(?:[a-z]+ )?(?:scar|scars|wound|wounds|scab|scabs|stitches|bruise|bruises)\b[^.?]{{0,30}}\b(?:until|till|so it|to feel|agony|bleeds|bled|on purpose)\b"
        rf"|\bskip(?:ped|ping)? my (?:meds|medication|tablets|insulin|pills) on purpose\b|\bon purpose so (?:i|it) (?:feel|feels|hurts) worse\b"
        rf"|\bhit(?:ting)? my (?:own )?(?:back|legs|thighs|arms|stomach|chest|head) with (?:a|the|my) (?:belt|stick|brush|hairbrush|ruler|cable|rope|hammer|book|shoe)\b"
        rf"|\bhit my head (?:on|against) the (?:wall|floor|door|desk) \d+ times\b"
        rf"|\b(?:match|lighter|iron|cigarette|candle|spoon|knife|blade|razor)\b[^.?]{{0,40}}\b(?:held|put|pressed) it (?:to|on|against|into) my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:urges?|urge to (?:cut|self harm|hurt myself|harm myself|burn))\b[^?]{{0,40}}\bacted on (?:it|them|the urge) ,? yes\b"
        rf"|\b(?:knife|razor|blade|glass|compass|scissors) , (?:shallow|deep|deeper|not deep)\b"
        rf"|\b(?:scor|carv|cut|slic)(?:e|es|ed|ing)? (?:[a-z]+ ){{0,2}}(?:lines|marks|cuts|words|letters) (?:into|on|in|across) my (?:[a-z]+ )?{BODY}\b",
        "the my lines cuts marks burns scratches hurt took take taking takes put putting burn burnt burned cut bruise "
        "bruises blister scald scalds wound wounds shock shocks held pressed kept wear wearing wore keep tie tied hit "
        "hitting banged banging dropped dropping slammed slamming punched punching kicked kicking deliberately press "
        "pressing dig dug digging pick picked picking skip skipped skipping on match lighter iron cigarette candle "
        "spoon knife blade razor urge urges glass compass scissors scor score scored scoring carve carved carving "
        "slice sliced slicing",
        "took the secateurs to the backs of my hands",
        "Flat-top burn tonight. Not an accident.",
        "I hit the joint that hurts on purpose, harder.",
        "Urge log: Tuesday yes. Acted on it: yes.",
        about_self=True,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "ending it, said through a thought, a log or a part of the self",
        r"\b(?:or|then) i end it\b(?! with)|\bfinish (?:this|it|things|it all) myself\b"
        r"|\b(?:thought|thoughts|thinking) of ending (?:things|it all|everything|my life)\b|\bswitch myself off\b"
        r"|\b(?:thought|voice|voices|head)\b[^?]{0,60}\bkill yourself\b|\bkill yourself\b[^?]{0,40}\b(?:repeats|in my head|over and over)\b"
        r"|\bself murder\b|\bthe part of me that wants (?:out|to die|to end it|to go)\b"
        r"|\b(?:had |some |passive |active |bad |strong )?si (?:after|when|today|again|all|most|since|lasted|thoughts|urges)\b"
        r"|\b(?:thinking|thought) about getting rid of (?:me|myself)\b",
        "or then finish thought thoughts thinking switch voice voices head kill self the had some passive active bad "
        "strong si",
        "Either she comes back or I end it.",
        "Mood log: SI after he blocked me, most of the evening.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "knowing how much it would take; a note written to be found; a date decided",
        r"\bi know how much (?:it will|it would|it is going to|i would have to|i would need to|i need to) (?:take|drink|swallow|use)?\b"
        r"|\bby the time (?:the |my )?(?:[a-z]+ ){1,3}(?:opens|breaks (?:down|in)|finds|gets (?:in|here)|reads)\b"
        r"|\b(?:which|what) way (?:is|would be) (?:the )?(?:fastest|quickest|least painful|easiest|surest|best)\b|\bwhich way hurts (?:least|less|the least)\b|\bhurts? to go that way\b"
        r"|\b(?:i will|i am going to) be gone by\b|\bwritten (?:down )?how\b|\bexclusion period\b|\bstomach pumped\b"
        r"|\bstop(?:ping|ped)? (?:taking )?my (?:insulin|dialysis|heart (?:tablets|pills|meds)|medication|meds|tablets) (?:on purpose|deliberately)\b|\bso i (?:can not|cannot|could not|will not) change my mind\b"
        r"|\b(?:the |my )?(?:note|letter|letters|notes) (?:is |are )?(?:written|done|sealed|ready)\b(?= [.,?]|$| and)"
        r"|\btold (?:them|her|him|everyone) i am (?:moving|going travelling|going away|emigrating)\b[^?]{0,20}\bi am not\b"
        r"|\bwho gets (?:which|what) (?:of my|of) (?:things|stuff|belongings)\b"
        rf"|\b{PILLS}\b[^?]{{0,80}}\b(?:keeping|kept|saving|saved|hiding|hid) the rest\b|\b(?:keeping|kept|saving|storing) them in a (?:jar|box|sock|drawer|tin|bag)\b"
        r"|\b(?:hose|hosepipe|tube|pipe) to fit the (?:car|exhaust)\b"
        r"|\bcounted (?:them|the [a-z]+) out on (?:the|my) (?:bed|bedspread|table|desk|floor|duvet)\b"
        r"|\b(?:next session|next appointment) ,? (?:i )?(?:will not|wo not) need (?:one|it)\b"
        r"|\bso they (?:will|would) be found\b|\b(?:she|he|they|you) (?:will|would) find (?:it |them )?after\b"
        r"|\b(?:will not|wo not) make it to (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|my birthday|spring|summer|next [a-z]+)\b|\bthat (?:part )?is decided\b"
        r"|\bthat is when it (?:will|would) (?:be over|end|happen)\b|\bso (?:he|she|they|nobody|no one) (?:is|are) not left with (?:a mess|the mess)\b"
        r"|\b(?:it|that) did not work\b[^?]{0,30}\b(?:hospital|a and e|a e|ward)\b|\bafter that (?:it|nothing) (?:will not|wo not) matter\b"
        r"|\btest(?:ed|ing)? (?:the )?(?:beam|rafters?|hook|railing|banister|bannister|loft hatch)\b|\b(?:beam|rafter|rafters|hook|branch|railing|banister|bannister)\b[^.?]{0,40}\btakes? my weight\b(?= [^.?]{0,30}\b(?:sorted|ready|done)\b)"
        r"|\b(?:will not|wo not) be (?:there|here|around) to (?:hear|see|read)\b|\b(?:the )?(?:spot|place) where i (?:will|am going to|want to) do it\b|\bwhere i am going to do it\b",
        _PILL_WORDS
        + " i by which what hurt hurts written exclusion stomach stop stopping stopped so the my note letter "
        "letters notes told who keeping kept saving storing hose hosepipe tube pipe counted next they she he you will "
        "wo that it after test tested testing beam rafter rafters hook branch railing banister bannister spot place where",
        "I know how much it would take.",
        "The note's written and it's in the drawer.",
        "I won't make it to June. That part's decided.",
        about_self=True,
    ),
    family(
        EXPOSURE,
        "someone close attempted or died by suicide, said in other words",
        rf"\b(?:my|our) (?:[a-z]+ )?{PEOPLE_CLOSE}\b[^.?]{{0,20}}\battempted suicide\b"
        r"|\b(?:my|our) (?:youth leader|teacher|coach|pastor|vicar|priest|imam|rabbi|tutor|boss|manager|carer|therapist) (?:killed (?:himself|herself|themselves)|took (?:his|her|their) own life|died by suicide)\b",
        "attempted killed took died",
        "My mum attempted suicide when I was little.",
        "Our youth leader killed himself when I was fourteen.",
        deniable=False,
    ),
    # === Metaphor, messages and other languages (tuning batches zb and zc) ============================
    family(
        PLAN_INTENT,
        "other languages: killing oneself, ending it, tonight, goodbye",
        r"\b(?:me voy a matar|voy a matarme|me quiero matar|quiero matarme|me mato|vou me matar|vou-me matar|quero me matar|je vais me tuer|je vais en finir|je vais me suicider|zabije sie|zabic sie|chce sie zabic|sab khatam|khud ko khatam kar|khudkushi kar|magpapakamatay|magpakamatay na|handa na ako)\b"
        r"|\bpaalam\b(?= [^?]{0,40}\b(?:mamaya|ngayong gabi|tonight|bukas)\b)|\bmamayang gabi\b[^?]{0,20}\bpaalam\b",
        "me voy vou quero quiero je zabije zabic chce sab khud khudkushi magpapakamatay magpakamatay handa paalam mamayang",
        "Me voy a matar este fin de semana.",
        "Je vais en finir ce soir.",
        "Vou me matar amanhã.",
        deniable=False,
    ),
    family(
        PASSIVE_WISH,
        "other languages: wishing not to wake, to disappear, to be taken",
        r"\b(?:queria|quero|quisiera|quiero) (?:nao|no) (?:acordar|despertar)\b|\bquero morrer\b|\bquiero morir(?:me)?\b|\bme quiero morir\b"
        r"|\b(?:j aimerais|je voudrais|je veux) ne plus (?:exister|me reveiller|vivre)\b|\bje veux mourir\b"
        r"|\b(?:chce|chcialbym|chcialabym) (?:po prostu )?(?:zniknac|umrzec)\b|\bkaash main so jaun\b|\bkabhi na uthun\b|\bmar jaana chahta\b|\bmar jaana chahti\b"
        r"|\bmawala na lang ako\b|\bgusto ko (?:nang )?mamatay\b|\bya rab khodni\b",
        "queria quero quisiera quiero me j je chce chcialbym chcialabym kaash kabhi mar mawala gusto ya",
        "Queria não acordar amanhã.",
        "Chciałbym po prostu zniknąć na zawsze.",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "other languages: cutting or hurting oneself again",
        r"\b(?:pocielam|pocialem) sie\b|\bje me suis (?:encore )?(?:scarifie|scarifiee|coupe|coupee|fait du mal)\b|\bme (?:machuquei|cortei) de proposito\b|\bme (?:corte|lastime) (?:otra vez|de nuevo|a proposito)\b"
        r"|\bkhud ko chot pahunchayi\b|\bsinaktan ko (?:ulit )?ang sarili ko\b",
        "pocielam pocialem je me khud sinaktan",
        "Pocięłam się wczoraj.",
        "Je me suis encore scarifiée hier.",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "other languages: killing someone; a weapon and a person",
        r"\b(?:voy a matar|lo voy a matar|la voy a matar|quiero matar) (?:a |al |la |lo )?(?:ese|esa|mi|el|la|lo|a)?\b|\bj ai envie de (?:le|la|les) tuer\b|\bje vais (?:le|la|les) tuer\b"
        r"|\bzabije (?:go|ja|ich)\b|\b(?:uska|uski) khoon karna\b|\bvou (?:mata lo|mata la|matar ele|matar ela)\b"
        r"|^(?:knife|hammer|gun) (?:\+ )?(?:his|her|their|my [a-z]+|the [a-z]+) (?:[a-z]+ ){0,2}(?:head|girlfriend|boyfriend|wife|husband|face|new [a-z]+)\b",
        "voy lo la quiero j je zabije uska uski vou knife hammer gun",
        "Voy a matar a ese cabrón.",
        "Zabiję go.",
        deniable=False,
    ),
    family(
        PLAN_INTENT,
        "going for good, said in metaphor or a message",
        r"\b(?:clocking off|clock off|signing off|logging off|checking out|check out|bowing out|tapping out) (?:for good|permanently|for ever|forever)\b"
        r"|\b(?:game over|final whistle|curtains|lights out) (?:by|on|is on|after|this) (?:the weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|payday)\b"
        r"|\bthe long sleep\b|\bdirt nap\b|\bworked out the exit\b|\bthe exit\b(?= [^?]{0,40}\b(?:waiting|date|planned|worked out|the \d+)\b)"
        r"|\bwrite myself out of the (?:script|story|picture)\b|\bghost the (?:planet|world|earth)\b|\b(?:someone|somebody) to switch me off\b|\bbe unplugged\b"
        r"|\blights went out for good\b|\bcollected early\b|\bdeleted from the (?:universe|world|planet)\b|\bfade out like\b"
        r"|\b(?:will not|wo not) (?:be )?(?:around|pick up|answer)\b[^?]{0,10}\bever\b|\blast message (?:you will|you ll|you) (?:get|receive|have)\b"
        r"|\bmade other arrangements\b|\b(?:will not|wo not) need the (?:follow up|next session|appointment)\b|\bcancel my sessions\b[^?]{0,30}\b(?:will not|wo not) be around\b"
        r"|\bby then the story is (?:finished|over)\b|\bforever this time\b|\bmy last homework\b|\bonly i am not coming back\b|\bthe permanent kind\b"
        r"|\bit is my countdown\b(?= [.,?]|$)|\b(?:swallowed|took) what was in the (?:bathroom )?cabinet\b|\bthe dose where it stops (?:your|my|ur) heart\b"
        r"|\b(?:hight|height) of the (?:multi story|multi storey|car park|bridge|building|tower)\b|\bbrought the hose\b|\bdid not work obviously\b"
        r"|\b(?:if i do not|if i dont) text you by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b|\bi would be gone by\b",
        "clocking clock signing logging checking check bowing tapping game final curtains lights the dirt worked write ghost "
        "someone somebody be collected deleted fade will wo last made cancel by forever my only it swallowed took hight "
        "height brought did if i",
        "Clocking off for good after payday.",
        "Game over by the weekend.",
        "please don't ring me tomorrow, I won't pick up. ever",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "the skin marked again, said without the word",
        rf"\b(?:been )?carving again\b|\bmy old friend the (?:blade|razor)\b|\burge to open up my skin\b|\b(?:out on|to) my skin again\b|\bwithout touching my skin\b"
        rf"|\b(?:rows|lines) of red on my (?:[a-z]+ )?{BODY}\b|\bits own mark on my (?:[a-z]+ )?{BODY}\b|\bbite the inside of my (?:[a-z]+ )?{BODY}\b"
        rf"|\b(?:the )?bruises i gave myself\b|\b(?:took|take|taking) a (?:cheese )?grater to my (?:[a-z]+ )?{BODY}\b|\bso i make it sting\b"
        rf"|\bswitched to something sharper\b|\bthe lighter thing\b|\bhow do i clean cuts\b[^?]{{0,40}}\bme\b|\byes i did it again , the (?:left|right) (?:leg|arm|wrist|thigh)\b",
        "been carving my urge out to without rows lines its bite the bruises took take taking so switched how yes",
        "Mate, I've been carving again.",
        "Little rows of red on my hip this week.",
        about_self=True,
    ),
)


# === Exit, finishing and going under, said in a figure (tuning batches zb and zc, second round) ======
# Shapes, not sentences: an ending verb on one's own life or story; doing it "on purpose"; the road, the platform
# and the water as a way out; a famous death taken as a model; a threat reported in a message; a means said only
# by what it is for. Each is written so the ordinary sense does not match ("check out the shop", "end the game").
_FAMOUS = alt(
    "robin williams", "kurt cobain", "cobain", "hemingway", "sylvia plath", "plath", "virginia woolf",
    "anthony bourdain", "bourdain", "chester bennington", "chris cornell", "avicii", "alan turing", "van gogh",
    "caroline flack", "kate spade", "marilyn monroe", "ian curtis", "david foster wallace", "mark fisher",
)  # fmt: skip
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week|payday|christmas|the \d+(?:st|nd|rd|th)?)"

FAMILIES = (
    *FAMILIES,
    family(
        SUICIDAL_THOUGHTS,
        "ending one's own life or story, said as a figure",
        r"\b(?:end|ending|ended|finish|finishing|close|closing|quit|quitting|exit|exiting|sign out of|signing out of|log off|logging off|log out of|opt out of|opting out of|bow out of|check out of|checking out of) (?:my own |this |the whole )?(?:life|existence)\b(?! insurance| admin| story)"
        r"|\b(?:end|ending|finish|finishing|close|closing) my own (?:story|show|chapter|book|movie|film)\b|\b(?:could|should|might|just) (?:just )?end the (?:show|story|whole thing)\b(?= [.,?]|$)"
        r"|\bpull(?:ing|ed)? the plug on (?:myself|me|my life)\b|\bcall(?:ing)? time on (?:the whole thing|it all|everything|my life|things) myself\b"
        r"|\b(?:leave|leaving|left) the building (?:permanently|for good|for ever|forever)\b|\bsign(?:ing)? out of (?:life|the world|existence)\b|\blog(?:ging)? off (?:from )?(?:life|the world)\b"
        r"|\b(?:idea|thought|thoughts|urge|tempted|tempting) (?:of |to |about )?(?:just )?(?:checking|check) out\b(?= [.,?]|$| has| is| keeps| again| for good| permanently| early)"
        r"|\b(?:stop breathing|stopped breathing|not survive|not surviving|not wake up|not waking up|drown|drowning|walk into traffic|walking into traffic|crash the car|crashing the car|crash my car|fall|falling|jump|jumping|step|stepping) (?:[a-z]+ ){0,4}on purpose\b"
        r"|\bthe exit (?:door )?\b(?:[a-z]+ ){0,6}(?:only|last) (?:door|way out|option|way)\b|\bfinish(?:ing)? the job (?:the|that|my|his|her) (?:divorce|breakup|break up|rejection|pills|overdose|attempt|depression|illness|cancer) started\b"
        r"|\btake myself out\b(?= [.,?]|$| if| of the picture| for good| permanently)|(?:^|\. |then )(?:grave|coffin|headstone)(?: me)?(?: ,)? (?:thoughts|thinking about it)\b"
        r"|\b(?:the )?(?:sea|river|water|bridge|tracks|edge|drop) (?:keeps|kept|is|was) (?:calling|pulling) me (?:in|under|down|to it)\b"
        r"|\b(?:flick|jerk|turn|yank) of the (?:steering )?wheel\b|\bwhat if i (?:just )?did not brake\b|\b(?:tempted|wanted|thought about|think about|thinking about) not braking\b"
        r"|\bone step (?:forward|off|in front)\b(?:[a-z ]{0,30})(?:and )?(?:the )?(?:ache|pain|hurt|noise|everything) (?:stops|is over|ends)\b"
        r"|\b(?:throw|throwing|threw|fling|flinging) myself (?:(?:off|from) (?:the|a) (?:bridge|building|roof|cliff|balcony|ferry|boat|ship|car park|multi storey|tower|platform|train|edge|ledge|pier|flyover|overpass)|(?:in front of|under) (?:the|a) (?:train|car|lorry|truck|tube|tram|traffic|van))\b"
        r"|\bwonder(?:ing)? about (?:just )?not coming (?:back )?up\b|\b(?:go|going|gone|went) the way (?:that )?"
        + _FAMOUS
        + r" (?:did|went)\b|\bwhy "
        + _FAMOUS
        + r" did it\b",
        "end ending ended finish finishing close closing quit quitting exit exiting sign signing log logging opt opting bow check checking plug call calling building purpose take grave coffin headstone pulling wheel brake braking step throw throwing threw fling flinging coming way why",
        "Part of me wants to pull the plug on myself.",
        "The idea of checking out has been following me around.",
        "Had the thought again on the motorway, just a flick of the wheel.",
        about_self=True,
    ),
    family(
        EXPOSURE,
        "someone close went the way a famous suicide went",
        r"\b(?:he|she|they|dad|mum|mom|father|mother|brother|sister|uncle|aunt|friend|mate|cousin|son|daughter) (?:went|had gone) the way (?:that )?"
        + _FAMOUS
        + r" (?:did|went)\b"
        r"|\blost (?:my )?(?:best )?(?:[a-z]+ ){0,2}to the (?:river|bridge|tracks|rope|sea)\b(?:[^?]{0,60})\b(?:nobody|no one) (?:calls|called|says|said) (?:it )?what it (?:was|is)\b",
        "way lost",
        "My dad went the way Hemingway did.",
        deniable=False,
    ),
    family(
        PASSIVE_WISH,
        "an illness, an accident or a crash wished for",
        r"\bif (?:a|the) (?:bus|car|train|lorry|truck|van|tram|taxi) (?:took|takes|hit|hits|ran|runs|knocked|knocks) me\b(?:[^.?]{0,50})\b(?:favour|favor|fine|relief|mind|blessing|bonus|gift|grateful|thankful|okay|ok|good)\b"
        r"|\bhop(?:e|ing|ed) (?:the|this|my) (?:cough|lump|pain|headache|illness|scan|test|tests|results?|chest pain|fever|flu) (?:(?!not |no |never )[a-z]+ ){0,3}(?:something serious|serious|cancer|terminal|the end|bad news|fatal)\b"
        r"|\bswap places with (?:anyone|someone|somebody|anybody|them) (?:in a hospice|who is dying|dying|terminal|on their deathbed|in the cancer ward)\b"
        r"|\bcrossing (?:the )?roads? without looking\b|\b(?:grand|nice|lovely|fine|great|good|okay|ok|easier|better|a relief|bliss) if i (?:just )?(?:did not|never|would not) (?:wake|woke) up\b"
        r"|\b(?:calm|relieved|peaceful|at peace)\b[^.?]{0,40}\bthis is (?:fine|it) , let it\b",
        "took takes hit hits ran runs knocked knocks hop hope hoping hoped swap crossing wake woke let",
        "If a bus took me out I'd consider it a favour.",
        "Hoping the cough turns into something serious, tbh.",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "nothing to live for, a future without the writer, one less problem",
        r"\bone less (?:problem|burden|mouth to feed|worry|thing to worry about)\b(?:[^.?]{0,30})\bi am the (?:problem|burden)\b"
        r"|\blife (?:is )?(?:just )?not worth (?:the [a-z]+|this [a-z]+|finishing|continuing|the effort|the bother|the hassle|it)\b"
        r"|\breasons? to (?:live|stay|keep going)\b[^?]{0,160}\b(?:could not|can not|did not) (?:fill in|think of|name|find|write|come up with) (?:one|a single one|any|anything)\b"
        r"|\bwhat i am living for\b[^?]{0,20}\bblank\b|\b(?:a|the) future (?:nobody|no one) wants me in\b"
        r"|\b(?:bounce back|recover|cope better|be better|get over it) (?:quicker |faster |sooner )?(?:from|after) losing me\b"
        r"|\bif i (?:stopped|stop) being (?:their|a|his|her|the|everyone) (?:problem|project|burden|worry|weight|drain)\b"
        r"|\bwhat is the point of staying\b|\bwhy bother (?:turning up|showing up|staying|carrying on|going on)\b(?= [.,?]|$)"
        r"|\bno point renewing (?:anything|the [a-z]+)\b(?:[^.?]{0,30})\bno point\b|\bwhat is the future even for\b"
        r"|\b(?:they|kids|children|family|he|she) (?:deserve|deserves) a better (?:mum|mom|dad|father|mother|parent|son|daughter) than me\b"
        r"|\b(?:would|will) (?:have|be having) an? (?:easier|better) (?:[a-z]+ )?without me\b",
        "less worth reasons reason living future losing stopped stop staying bother renewing deserve deserves without",
        "Don't see the point of a future nobody wants me in.",
        "Life's not worth the rent anymore.",
        about_self=True,
    ),
    family(
        HARM_TO_OTHERS,
        "a threat to someone, said as a hint, a plan or a message",
        r"\bi know where (?:he|she|they|the [a-z]+(?: [a-z]+)?|that [a-z]+(?: [a-z]+)?|my [a-z]+|his [a-z]+|her [a-z]+|that guy|that lad|this guy) (?:lives|live|works|sleeps|parks)\b(?= [.,]? ?(?:just saying|tonight|i could|going|and i|he is|she is)|[^?]{0,40}\b(?:drive there|go there|tonight|regret|pay|wait)\b)"
        r"|\bget what is coming\b[^?]{0,40}\bi (?:will|am going to|would) be the one\b|\b(?:sort|sorting) (?:him|her|them) out for good\b"
        r"|\bmake (?:my [a-z]+ )?(?:[a-z]+ ){0,3}(?:him|her|them|boyfriend|girlfriend|ex|husband|wife) disappear\b(?! from)"
        r"|\bsharpen(?:ing|ed)? (?:the|my|a) (?:[a-z]+ )?knife\b[^.?]{0,40}\bthinking (?:about|of) (?:her|him|them|my [a-z]+)\b"
        r"|\b(?:i will|i would|i am going to|my fists)\b[^.?]{0,80}\b(?:he|she|they) (?:would|will|wo) not (?:get up|walk again|be walking again|wake up again)\b"
        r"|\bfind (?:his|her|their|him|her) (?:office|house|home|flat|work|car|address|irl)\b[^.?]{0,40}\b(?:regret|walk again|pay|sorry)\b"
        r"|\b(?:thinking about|planning|worked out|working out) how to (?:make (?:him|her|them) (?:pay|regret it|regret|suffer|hurt)|hurt (?:him|her|them))\b"
        r"|\bwait (?:for|outside) (?:[a-z]+ ){1,5}(?:and )?(?:make (?:him|her|them) (?:feel what i feel|pay|suffer|hurt|regret)|sort (?:him|her|them) out)\b"
        r"|\bi (?:will|would|am going to) put (?:[a-z]+ ){1,2}in the ground\b|\b(?:want|wanting|going) to hurt (?:[a-z]+ ){0,4}(?:kids|children|son|daughter|family)\b",
        "know coming sort sorting disappear sharpen sharpening sharpened get walk walking wake find how wait ground hurt",
        "I know where the hiring manager lives. Just saying.",
        "Been sharpening the kitchen knife and thinking about her.",
        deniable=False,
    ),
    family(
        PLAN_INTENT,
        "a date, a means or an arrangement said only by what it is for",
        r"\blife insurance\b[^?]{0,80}\b(?:pay out|pays out|payout|suicide clause|how long (?:you have to wait|before|until))\b"
        r"|\b(?:that is|it is|that will be|it will be) the (?:day|night|date) i (?:stop|go|do it|end it|finish it|check out)\b(?= [.,?]|$)"
        r"|\b(?:timetable|train times|bridge|tracks|platform|the line)\b[^?]{0,40}\bnot for (?:travelling|traveling|travel|a trip|the journey|going anywhere)\b"
        r"|\b(?:my will|the will|my note|a note)\b[^?]{0,60}\b(?:nobody|no one) (?:needs|will need|has|will have) to (?:go )?(?:searching|search|look|looking)\b"
        r"|\b(?:going to|i will|decided to|gonna|plan to|planning to) (?:quietly |just )?(?:finish|end) things\b(?= [.,?]|$)|\bquietly (?:finish|end) (?:things|it)\b(?= [.,?]|$)"
        r"|\b(?:he|she|they|you) (?:will|would) need (?:it|them) more than me (?:soon|after|by|when)\b|\b(?:after|from) "
        + _DAY
        + r"\b[^?]{0,20}\b(?:will|would) need it more than me\b|\bcount(?:ed|ing)? (?:them|the pills|the tablets|my pills|it all) (?:out )?into (?:little )?piles\b"
        r"|\b(?:till|until|to) "
        + _DAY
        + r" (?:, )?then nothing\b|\bkeep (?:going|swimming|walking) (?:out )?(?:till|until) i (?:can not|cannot|could not|do not) (?:see|feel|touch|stand)\b"
        r"|\b(?:wrote|written|writing|left) (?:the|my) notes\b[^?]{0,30}\bone for\b|\byou are the (?:man|woman) of the house now\b"
        r"|\b(?:ordered|bought|got|found) (?:something|some|a [a-z]+)\b[^.?]{0,40}\bmake it (?:quick|painless)\b"
        r"|\b(?:will not|wo not|do not) have to (?:deal with|put up with|worry about|see|hear from) me (?:after|from|past|by) "
        + _DAY
        + r"\b"
        r"|\b(?:its|it is|this is|that is) (?:my )?countdown\b(?= [.,?]|$)"
        r"|\byou will be fine\b[^?]{0,40}\bdeleted (?:all )?my\b|\bpills (?:pills )+(?:[a-z]+ ){0,3}(?:goodbye|bye|tonight)\b",
        "insurance day night date timetable train bridge tracks platform line will note searching search look looking things quietly need piles nothing till until notes house quick painless deal put worry see hear countdown deleted pills",
        "Checked the train timetable this morning. Not for travelling.",
        "Told my ex you won't have to deal with me after Friday.",
        about_self=True,
        deniable=False,
    ),
    family(
        SELF_HARM,
        "a cover story, a substitute that failed, hurt given to oneself",
        r"\bgave myself (?:something|a reason) (?:else )?to (?:hurt|bleed|feel|ache) (?:about|for|over)?\b"
        r"|\bthe (?:marks|scars|cuts|burns|scratches)\b[^?]{0,30}\bit is not the (?:cat|dog)\b|\bit is (?:just )?the cat\b[^?]{0,30}\babout the (?:marks|scars|cuts|scratches)\b"
        r"|\blook what you made me do\b[^.?]{0,40}\b(?:burns|cuts|scars|marks|arm|wrist|wrists)\b"
        r"|\b(?:ice|elastic band|rubber band|red pen|marker)\b[^?]{0,50}\b(?:so|then) (?:i )?did the (?:other|old|real) thing\b"
        rf"|\b(?:{BODY})\b[^?]{{0,40}}\bdid something (?:stupid|bad|dumb|silly|awful) to (?:them|it|my (?:[a-z]+ )?(?:{BODY}))\b",
        "gave cat made thing stupid bad dumb silly awful",
        "Wanted to feel something else, so I gave myself something else to hurt about.",
        "My hands are wrapped up, I did something stupid to them.",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "have you ever hurt yourself, answered yes in the text",
        r"\bhave you ever (?:[a-z]+ ){0,3}(?:hurt|harm|harmed|cut|self harmed|burned|burnt)\b(?: [a-z]+){0,4}(?: [?,.])*(?: a ,)? yes\b",
        "ever",
        "Q: Have you ever hurt yourself on purpose? A: Yes, as a teenager.",
    ),
    family(
        SUICIDAL_THOUGHTS,
        "an attempt or overdose of one's own, mentioned",
        r"\b(?:have you ever|did you ever) (?:[a-z]+ ){0,3}(?:kill|killing|end|ending|attempted|suicide|die|overdose|overdosed)\b(?: [a-z]+){0,4}(?: [?,.])+(?: a ,)? yes\b"
        r"|\bmy (?:overdose|od|suicide attempt)\b|\b(?:sectioned|hospital|ward|a and e|ambulance|icu|intensive care)\b[^.?]{0,40}\bafter i (?:tried|attempted)\b(?= [.,?]|$| to check out| to end it)",
        "ever overdose od attempt tried attempted",
        "I was sectioned in 2012 after I tried.",
        "I told her about my overdose when I was nineteen.",
        about_self=True,
    ),
)


# === Everyday shapes (tuning batches zd and ze) =======================================================
# What plain writers say most often and the families above spelled too narrowly: a decided method with any
# place; "not … want to live" with the words people put between; a lethal means taken out or kept ready; the
# body hurt in the ways people describe (the head against things, the skin of a part, made sick as punishment,
# a clean streak reset); someone put in hospital; a weapon brought to work; an illness or accident welcomed;
# others spared money or grief "if I was dead".
_DECIDED = (
    r"(?:i (?:have |had )?(?:decided|decide|chose|chosen|made up my mind)(?: that)?(?: i will| i am going to| to)?"
    r"|i (?:will|am going to|am gonna|plan to|am planning to|intend to|am ready to)|ill|my plan is to|i am)"
)
_GUNS_ROPE = alt(
    "guns?", "rifles?", "shotguns?", "pistol", "revolver", "handgun", "firearm", "rope", "noose", "hose", "hosepipe",
    "charcoal", "tow strap", "ligature", "cord", "dog lead", "belt",
)  # fmt: skip
_HIDING_PLACE = (
    r"(?:under (?:my|the) (?:bed|pillow|mattress|seat|car seat)|in (?:my|the) (?:bedside drawer|drawer|car|ute|truck"
    r"|van|boot|glovebox|glove box|bag|backpack|rucksack|pocket|wardrobe|locker|phone case|bedroom|room)"
    r"|out of (?:the|his|her|my|our)(?: dad| dads| mum| grandad| father| the)? (?:gun )?(?:safe|cabinet|locker|cupboard))"
)
FAMILIES = (
    *FAMILIES,
    family(
        PLAN_INTENT,
        "a decided method, in plain words",
        rf"\b{_DECIDED} (?:just |finally |actually |going )?(?:to )?(?:go )?(?:jump|leap|step|go|going|walk|drive|throw myself)"
        rf" (?:off|from|onto|on to|on|in front of|into|under) (?:(?:the|a|an|my|our|that|this)\s)?(?:[a-z]+ ){{0,2}}"
        rf"(?:rails|tracks|railway|railway line|train|trains|{HEIGHT}|motorway|traffic|sea|river|lake|canal|reservoir|headland)\b"
        rf"(?! (?:to (?:the|a) (?:beach|shops?|station|pub|park|cafe)|for (?:a|the) (?:walk|swim|day|view|photo|picnic)))",
        "jump leap step go going walk drive throw",
        "I have decided I will jump from the terrace after the wedding.",
        "I decide to go on the rails near my station tomorrow morning.",
        "if she hasn't come back by the 30th I'm going off the cliff path",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "not want to live, with words between",
        r"\b(?:not|no) (?:anymore|any more|more|longer) (?:want|wanna|wish) to (?:live|be alive|exist|be here)\b"
        r"|\b(?:do not|did not|no longer|not) (?:think|know if|know whether|feel like|believe|even know if|care if|care whether) i (?:really |even |still )?(?:want|wanna|wish) to (?:live|be alive|exist|stay alive|go on living|keep living)\b"
        r"(?! (?:with|in|at|there|near|alone|together|abroad|on|by|like|without|for|here|nearby|somewhere))",
        "not no",
        "I am not anymore want to live.",
        "i dont think i want to live anymore tbh",
        about_self=True,
        deniable=False,
    ),
    family(
        PLAN_INTENT,
        "a lethal means taken out, kept ready or hidden",
        rf"(?:\bi |^|(?<=[.,] ))(?:have |had |just |already |now )*(?:took|taken|take|got|get|moved|put|hid|hidden|keep|kept|brought|left|bought|ordered)"
        rf" (?:(?:my|the|a|his|her|our|dad|dads|my dad|grandad|grandads|the old)\s){{0,2}}(?:[a-z]+ )?{_GUNS_ROPE}\b(?: (?:off|from) [a-z]+(?: [a-z]+)?)?(?: ,)?(?: and)?(?: it is| it has been| they are| its)?(?: now| sitting| hidden| ready)?"
        rf" {_HIDING_PLACE}\b"
        rf"|\b(?:the|my|dad|dads|his) (?:[a-z]+ )?(?:guns?|rifles?|shotguns?|pistol|rope|noose|hose|charcoal) (?:is|are|has been|have been|sits|sitting|is sitting|stays|lives) (?:now |still |already )?{_HIDING_PLACE}\b"
        rf"(?= [.,?]|$| (?:now|since|ready|for|until|till|just in case|in case|right now|again))",
        "gun guns rifle rifles shotgun shotguns pistol revolver handgun firearm rope noose hose hosepipe charcoal "
        "strap ligature cord lead belt",
        "I've taken Dad's rifle out of the safe and it's sitting in the ute.",
        "got the rope off amazon, its under my bed rn",
        "I took the gun out of my dad's cabinet and it's under my bed now.",
        about_self=True,
        deniable=False,
    ),
    family(
        SELF_HARM,
        "a blade kept close",
        r"\bi (?:always |still |now )?(?:keep|kept|carry|carried|have) (?:a|the|my|some|spare) (?:razor blades?|razors?|blades?|sharpener blades?) (?:in|under|inside|behind) (?:my|the) [a-z]+(?: [a-z]+)?\b"
        r"(?! (?:for (?:shaving|work|the garden|crafts|the box|boxes|cardboard|scraping)|drawer (?:for|with) (?:shaving|work)))",
        "razor razors blade blades",
        "i keep a razor blade in my phone case. just knowing its there helps",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "the head against things, or the skin of a part",
        r"\b(?:bash|bashed|bashing|bang|banged|banging|hit|hitting|smash|smashed|smashing|slam|slammed|slamming|knock|knocked|knocking) my head (?:on|against|into|off) (?:the |a |my )?[a-z]+(?: [a-z]+)?"
        r" (?:like |about |maybe |around )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|several|a dozen|so many|multiple|many) times\b"
        r"|\bhead ?bang(?:ing|ed|s)? (?:against|into|on) (?:the |a |my )?(?:wall|walls|door|wardrobe|wardrobe door|floor|desk|table|radiator|headboard|mirror|bathroom door|window)\b"
        r"|\b(?:pinch|pinched|pinching|scratch|scratched|scratching|scrub|scrubbed|scrubbing|dig|dug|digging|claw|clawed|clawing|bite|bit|biting) (?:at )?(?:the )?(?:insides?|inside|backs?|tops?|undersides?|skin|palms?|sides?) of (?:my|both my) (?:[a-z]+ )?(?:arms?|wrists?|legs?|thighs?|hands?|fingers?|stomach|hips?|elbows?|knees?)\b"
        r"(?=[^.?]{0,60}\b(?:bruise|bruises|bruised|bleed|bleeds|bled|raw|marks|hurt|hurts|punish|until|till|on purpose|again)\b)"
        r"|\b(?:pull|pulled|pulling|rip|ripped|tear|tore) (?:a |another )?(?:patch|patches|chunk|chunks|clump|clumps|handful|handfuls|bits) of (?:my )?(?:hair|eyelashes|eyebrows) out\b"
        r"|\bmade myself (?:throw up|be sick|sick|vomit|puke|purge)\b(?=[^.?]{0,60}\b(?:punish\w*|deserve\w*|penance)\b)"
        r"|\b(?:self harm|sh|cutting|burning|clean) (?:free )?(?:streak|count|counter|tracker|days?)\b(?: [a-z]+){0,2}(?: ,)? (?:0|zero|reset|back to (?:0|zero|day one|day 1)|broken|broke|ended|is over|gone)\b"
        r"|\breset (?:my |the )?(?:self harm |sh |cutting |clean )(?:streak|counter|count|tracker|days)\b",
        "bash bashed bashing bang banged banging hit hitting smash smashed smashing slam slammed slamming knock "
        "knocked knocking headbang headbanging headbanged head pinch pinched pinching scratch scratched scratching "
        "scrub scrubbed scrubbing dig dug digging claw clawed clawing bite bit biting pull pulled pulling rip ripped "
        "tear tore made self sh cutting burning clean reset",
        "bashed my head on the desk like 10 times after the rejection call",
        "started headbanging against the wardrobe door again",
        "i keep pinching the insides of my arms till they bruise",
        "I pulled a patch of hair out of my scalp last night.",
        "I made myself throw up after dinner as a punishment.",
        "Habits today: self-harm-free streak: 0 days.",
        about_self=True,
        accident_sensitive=True,
    ),
    family(
        HARM_TO_OTHERS,
        "someone put in hospital, a weapon brought in",
        r"\b(?:make sure|making sure|by the time i am (?:done|finished|through)|when i am (?:done|finished|through))[^.?]{0,40}\b(?:ends? up|end up|is|be|goes|wakes up) in (?:hospital|a hospital|the hospital|a wheelchair|a coffin|the morgue|intensive care|a and e|the ground)\b"
        r"|\b(?:he|she|they) (?:is|are) (?:going to|gonna) end up in (?:hospital|a wheelchair|a coffin|the morgue|intensive care)\b"
        r"|\b(?:i (?:will|am going to|am gonna|could|want to|would)|ill) (?:put|send) (?:him|her|them|that [a-z]+|the [a-z]+) (?:in|to) (?:hospital|a wheelchair|a coffin|the ground|an early grave|intensive care|the morgue)\b"
        r"|\b(?:bring|bringing|brought|take|taking) (?:a gun|a knife|a weapon|weapons|a blade|a bat|my (?:dad |dads )?(?:gun|rifle|shotgun)|(?:the|a) (?:rifle|shotgun)) (?:in|into|to) (?:work|school|the office|class|college|uni|the (?:office|school|building|shop|meeting|party|site))\b"
        r"|\bbring something in\b(?= (?:and|to) [^.?]{0,40}\b(?:pay|regret|sorry|see)\b)"
        r"|\bi am (?:glassing|bottling|stabbing|shanking|knifing|shooting|battering|strangling|murdering) (?:him|her|them|that [a-z]+|the [a-z]+)\b",
        "sure time when end put send bring bringing brought take taking glassing bottling stabbing shanking knifing "
        "shooting battering strangling murdering",
        "gonna make sure he regrets it. make sure he ends up in hospital",
        "i swear if they fire me ill bring something in and make the whole office pay",
        "if i see that bloke at the pub im glassing him",
        "I'll put him in hospital if he comes near me.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "an illness or accident welcomed",
        r"\bif (?:i (?:got|get|had|have|was given)|some|an|a) (?:[a-z]+ )?(?:cancer|illness|disease|accident|heart attack|stroke|crash|tumour|tumor|diagnosis)\b[^.?]{0,60}\b"
        r"(?:let it happen|let it take me|let it run its course|not fight it|would not fight|not bother (?:with|getting) (?:treatment|it treated)|not get it treated|not treat it|refuse (?:the )?treatment"
        r"|(?:it is|that is|that would be|it would be|would be|is) (?:also |honestly |quite |kind of |just )?(?:okay|ok|fine|alright|a relief|welcome|a blessing|a mercy))\b"
        r"|\b(?:be|am|feel|would be) (?:fine|okay|ok|happy|glad|relieved|at peace) (?:with|if) (?:just )?(?:having|getting|i (?:had|got|have|get)) (?:a |an |some )?(?:heart attack|stroke|accident|crash|cancer|car crash|fatal [a-z]+|terminal [a-z]+)\b",
        "cancer illness disease accident heart stroke crash tumour tumor diagnosis fatal terminal",
        "if i got cancer i think id just let it happen tbh",
        "Some days I feel if some accident happens to me on the highway it is also okay.",
        "part of me would be fine with just having a heart attack tonight",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "others spared if I was dead",
        r"\b(?:would|could|will)\b[^.?]{0,60}\bif i (?:was|were|am) (?:dead|gone(?! for)|not here(?! for)|not around(?! for)|no longer (?:here|around|alive))\b"
        r"|\b(?:would|could|will)\b[^.?]{0,60}\bif i (?:died|had died|was to die)\b",
        "dead gone here around alive died die",
        "my parents would save so much money and stress if i was dead",
        about_self=True,
    ),
    family(
        SELF_HARM,
        "a blade used on the wrists, or again on the body",
        r"\b(?:use|using|used) (?:it|them|one|the [a-z]+|a [a-z]+) on (?:my|both my) (?:wrists?|veins?|throat|neck)\b"
        rf"|\b(?:knife|knives|blade|blades|razor|razors|lighter|scissors|compass|glass)\b[^?]{{0,80}}\b(?:use|using|used) (?:it|them|one) on (?:myself|my (?:[a-z]+ )?{BODY})\b"
        r"|\b(?:scars|cuts|burns)\b[^?]{0,80}\b(?:new ones|fresh ones|more of them|making new|new cuts|fresh cuts)\b",
        "use using used knife knives blade blades razor razors lighter scissors compass glass scars cuts burns",
        "Once everyone's asleep tonight I'm using it on my wrists and that's it.",
        "the scars were fading and i was proud. now theres new ones across them",
        about_self=True,
        accident_sensitive=True,
    ),
    family(
        SELF_HARM,
        "told to others, done by me: like I did",
        r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|starve|starving|hit|hitting|scratch|scratching) (?:themselves|yourself|himself|herself|themself)\b[^.?]{0,60}\blike i (?:did|do|have|had)\b",
        "cut cutting burn burning hurt hurting harm harming starve starving hit hitting scratch scratching",
        "Not to burn themselves with the hair straighteners like I did on Tuesday.",
        deniable=False,
        accident_sensitive=True,
    ),
    family(
        PLAN_INTENT,
        "a means beside the bath, the tracks waited at",
        r"\b(?:razor|razors|razor blades?|blades?|knife|pills|tablets)\b[^.?]{0,60}\b(?:run (?:the|a) bath|in the bath|get in the bath|fill the bath)\b"
        r"|\b(?:tracks|level crossing|railway|rails|bridge|edge|roof|cliff|ledge|platform|pills|tablets|rope|noose|blade|gun)\b[^.?]{0,80}\b(?:brave enough|the courage|the nerve|the guts|working up to it)\b"
        r"|\b(?:brave enough|the courage|the nerve|the guts) to (?:do it|go through with it|jump|step off|step out|end it|use it|take them)\b",
        "razor razors blade blades knife pills tablets tracks crossing railway rails bridge edge roof cliff ledge "
        "platform rope noose gun brave courage nerve guts",
        "i have the razor blades and ill run the bath when my flatmate goes home",
        "i keep going to sit by the tracks at the level crossing waiting to get brave enough",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "not planning on being around",
        r"\b(?:not|no longer) (?:planning|plan|going|intending|expecting) (?:on|to) (?:be|being) (?:around|here|alive)\b(?! (?:for|at|in|on|this|next|tomorrow|today|till|until|because|as|when) )"
        r"|\b(?:will not|am not going to|not going to) be (?:around|here|alive) (?:anymore|any more|much longer|for much longer|by then)\b",
        "not no will",
        "They don't know I'm not planning on being around to collect him.",
        about_self=True,
        deniable=False,
    ),
    family(
        SUICIDAL_THOUGHTS,
        "someone else's words, asking for me",
        r"\b(?:kill|killing|end|ending|hurt|hurting|harm|harming|take|taking) (?:themselves|themself|yourself|their lives|their life|their own lives|your life|their own life)\b"
        r"(?=[^.]{0,80}\basking for (?:me|myself|a friend who is me|a friend and the friend is me)\b)"
        r"|\b(?:suicidal|suicide|unalive|kms)\b(?=[^.]{0,80}\basking for (?:me|myself)\b)",
        "kill killing end ending hurt hurting harm harming take taking suicidal suicide unalive kms",
        "do ppl who think about ending their lives every day actually get better?? asking for me",
        "how do people stop wanting to kill themselves? Asking for me.",
    ),
    family(
        PASSIVE_WISH,
        "not minding whether I live, wake or make it",
        r"\b(?:would not mind|would be (?:fine|okay|ok|happy|glad|relieved|at peace)|would not care|not fussed|not bothered|do not care|do not mind|did not care|cared|care)"
        r" (?:if|whether) i (?:just )?(?:did not (?:have to be here|wake up|make it(?: home| through| back)?|exist|come back|survive|get up)|do not (?:wake up|make it|survive|exist)|never (?:woke up|wake up|made it|make it|came back)"
        r"|live or die|lived or died|woke up(?: tomorrow| again)?|wake up(?: tomorrow| again)?|make it(?: home| through| to [a-z]+)?|made it(?: home| through)?|died|was gone|was dead|was not here(?: anymore| any more)?|stopped (?:breathing|existing|being here))\b"
        r"(?<!make it to work)(?<!make it to school)(?<!make it to class)",
        "mind fine okay ok happy glad relieved peace care fussed bothered cared",
        "I caught myself thinking I wouldn't mind if I just didn't have to be here any more.",
        "told my friend i'd be fine if i just didn't make it home",
        "honestly not fussed if i live or die at this point",
        "I'd be lying if I said I cared whether I woke up tomorrow.",
        about_self=True,
        deniable=False,
    ),
    family(
        PASSIVE_WISH,
        "hoping for the crash, the illness, the bad news",
        r"\b(?:hoping|hope|hoped|praying|pray|prayed|wishing) (?:that )?(?:the|this|my|a|it|something|some) (?:(?!not |never |does |do |will not |would not )[a-z]+ ){0,3}(?:would |will |might |just )?"
        r"(?:derail|derails|derailed|crash|crashes|crashed|caves? in(?: on me)?|collapses?(?: on me)?|falls? on me|goes? down|sinks?|hits? me|takes? me|kills? me|comes? across(?: the [a-z]+)?(?: and take [a-z ]+ from me)?)\b(?! (?:into|with|and (?:i|we) (?:get|got|can)|so (?:i|we) (?:get|can|could)|the party))"
        r"|\bhoping (?:this|the|my) (?:cough|cold|lump|pain|chest pain|flu|infection|fever|headache) (?:turns|will turn|would turn|becomes|is) (?:into )?(?:something|something serious|serious|cancer|pneumonia)\b"
        r"|\bcaught myself (?:hoping|wishing|praying)\b(?= [.,]|$| (?:it|that it|the [a-z]+) (?:would|will|might) (?:crash|derail|hit|go down|take|sink))",
        "hoping hope hoped praying pray prayed wishing caught",
        "on the train i caught myself hoping it would derail",
        "me praying the roof caves in on me lmao",
        "kinda hoping this cough turns into something lol",
        "plane hit turbulence and i caught myself hoping. then it smoothed out",
        "I sometimes hope a lorry will come across the lanes and take the decision away from me.",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "bad health news welcomed, danger no longer avoided",
        r"\b(?:dangerous\w*|serious|cancer|lump|tumour|tumor|heart|blood pressure|diagnosis|scan|results?)\b[^?]{0,60}\b(?:i (?:just )?thought|i was like|my first thought was|i felt)(?: ,)? (?:good|great|finally|thank god|fine by me|relief|relieved)(?= [.,]|$)"
        r"|\b(?:disappointed|gutted|let down)\b[^.?]{0,40}\b(?:biopsy|scan|test|tests|results?|mammogram|bloods)\b[^.?]{0,30}\b(?:clear|fine|negative|normal|benign|all clear)\b"
        r"|\b(?:do not|did not|stopped|no longer|never) (?:look|looking|bother looking|bothering to look|check|checking) (?:both ways|left and right|for cars|before (?:i )?cross(?:ing)?)\b"
        r"|\b(?:through|ran|run|running|jumped) (?:the |a )?(?:red light|red lights|reds)\b[^.?]{0,20}\bon purpose\b"
        r"|\bif (?:it|something|a car|a bus|a lorry|that) (?:kills|hits|gets|takes) me(?: ,)? (?:it|then it|so be it|then so be it|fine|whatever|good)\b",
        "dangerous dangerously serious cancer lump tumour tumor heart pressure diagnosis scan result results "
        "disappointed gutted let look looking check checking through ran run running jumped if",
        "gp said my blood pressure was dangerously high. i just thought, good",
        "Is it normal to feel disappointed when the biopsy comes back clear?",
        "I realised I don't look both ways crossing any more.",
        "cycling home i went through the reds on purpose. if something hits me it hits me",
        about_self=True,
        deniable=False,
    ),
    family(
        PASSIVE_WISH,
        "asking to be deleted, or to just not be",
        r"\b(?:universe|god|lord|someone|somebody|life|the world) (?:can |could |would |please |just |pls |plz |kindly )*(?:just )?(?:delete|erase|take|end|unplug|uninstall|remove|switch off|turn off|smite|strike down|call) me\b(?! (?:back|home to|to (?:the|a|his|her)|out|up|in|off the list))"
        r"|\b(?:nice|good|easy|easier|a relief|peaceful|better|lovely|bliss|a mercy)\b(?: it would be| would it be| to be able)?(?: ,)? (?:to )?(?:just )?(?:not be here|not be around|not exist|not wake up|not be alive|not have to be here|stop existing|fade out|just stop)\b(?: anymore| any more| forever| permanently)?(?! (?:for|at|on|in|this|next|when|tonight|tomorrow|today|until|till))"
        r"|\b(?:goal|wish|hope|plan|want) (?:is |was )?for (?:it all|everything|all of it|my life|me|the whole thing) to (?:end|stop|be over)\b",
        "universe god lord someone somebody life world nice good easy easier relief peaceful better lovely bliss "
        "mercy goal wish hope plan want",
        "ghosted again. can the universe just delete me pls",
        "I've been thinking about how nice it would be to just not be here anymore, in a quiet way.",
        "no goals for this week. goal is for it all to end. me i mean",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "others better off, with just the others",
        r"\bbetter off (?:with |w )?(?:just|only) (?:their|his|her|my|our) (?:dad|mum|mom|father|mother|new [a-z]+|[a-z]+ and [a-z]+)\b"
        r"|\b(?:get|gets|getting|would get|will get|collect) (?:the|my) (?:life )?insurance\b(?=[^?]{0,80}\b(?:better off|fresh start|move on|without me|when i am gone|if i)\b)"
        r"|\b(?:(?:she|he|they|everyone|everybody|the kids|my (?:wife|husband|kids|children|family|partner|parents)) (?:would|will)|shed|hed|theyd) (?:all )?be better off(?= [.,]|$)"
        r"|\b(?:they|everyone|everybody|people|she|he|you|my [a-z]+) (?:would|will|could) (?:all )?(?:be )?(?:better|happier|fine|freer|lighter|warm up|thrive|relax|breathe|flourish|be free|move on|manage fine) without me\b"
        r"|\bthe best thing i (?:could|can) do for (?:them|everyone|everybody|my [a-z]+|her|him|the [a-z]+)(?= [.,]|$)",
        "better insurance would will best shed hed theyd",
        "the kids would be better off w just their dad",
        "my wife would get the insurance and a fresh start",
        "shed be better off, we both know it",
        "I'm the wet blanket on everyone's life. They'd warm up without me.",
        "then they could move on. honestly the best thing i could do for them",
    ),
    family(
        BURDEN_HOPELESS,
        "no reason to still be here, no future",
        r"\b(?:no|not (?:a|one|any|a single)|could not think of (?:a|one|any|a single)|can not think of (?:a|one|any|a single)|can not find (?:a|one|any)|single|not one) (?:good )?reasons? (?:to|for|why i should) (?:still )?(?:be here|being here|be alive|live|living|stay|stay alive|keep going|go on|carry on|get up)\b"
        r"|\b(?:point|reason) (?:of|in|to) (?:still |even |just )(?:being here|being alive|existing|living|staying|going on|carrying on|be here|be alive)\b"
        r"|\b(?:do not|can not|no longer) see the point (?:of|in) having one\b"
        r"|\b(?:do not|can not|no longer) (?:think i |see myself |believe i )?(?:have|having) (?:a|any) future\b(?! (?:with|in|at|here|there|as|for (?:us|this|that)))"
        r"|(?:^|(?<=\. ))no future(?= [.,]|$)"
        r"|\bnothing (?:left )?to look forward to(?= [.,]|$| (?:anymore|any more|ever|at all|in life))"
        r"|\bnothing (?:out there |left )?(?:for me|here for me) (?:anymore|any more|now)\b"
        r"|\b(?:life|living|it) (?:does not|did not|is not|has not|no longer) (?:feel|seem|seems|feels)? ?worth living\b",
        "no not could can single one point reason future nothing life living it",
        "I couldn't think of a single reason to still be here. Not one.",
        "whats the point of still being here when even my own mum doesnt want me",
        "If she's not in my life I don't see the point of having one.",
        "I don't think I have a future past this year, honestly.",
        "no future. im 23 and ive already peaked",
        "nothing to look forward to. literally nothing.",
        "theres nothing out there for me anymore.",
        "Life doesn't feel worth living at the minute",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "fine with it if I did not wake, slipping away",
        r"\bif i (?:did not|do not|never|could not) (?:wake up|woke up|make it|come back)\b[^.?]{0,40}\b(?:grand|fine|okay|ok|happy|glad|relieved|at peace|not mind|alright|a relief)\b"
        r"|\bif i (?:went to sleep|go to sleep|fell asleep|closed my eyes)\b[^.?]{0,40}\b(?:that was it|never woke|did not wake|did not come back|never came back)\b"
        r"|\bif (?:it all|everything|life|all of it|the whole thing) (?:just )?(?:stopped|ended|stops|ends)\b[^.?]{0,40}\b(?:relieved|relief|fine|okay|ok|glad|happy|grand|at peace)\b"
        r"|\b(?:would not|wouldnae|would nae|would not really|would not even) (?:be (?:too |that |at all )?)?(?:bother|bothered|fussed|mind|care)(?: me)? if i (?:got |get |was |were )?(?:knocked down|hit|run over|killed|struck|never woke up|did not wake up|died|was gone|did not make it)\b"
        r"|\b(?:with|w) (?:just )?(?:getting|being) (?:hit|struck|knocked down|run over) by (?:lightning|a car|a bus|a train|a lorry|a truck)\b"
        r"|\b(?:just |could |would |to |and )slip away\b(?! (?:from|to|early|for|quietly|before|unnoticed|into|out|without))"
        r"|\b(?:drift|drifting|drifted|float|floating|go|going|slip|slipping) (?:off|away|under) and (?:never|not) (?:coming|come|waking|wake) (?:back|up)\b"
        r"|(?:^|(?<=[.,] ))let me (?:just )?go(?= [.,]|$)"
        r"|\b(?:hope|hoping|wish|praying|pray) (?:that )?(?:this|it) (?:[a-z]+ )?(?:is|will be|would be) (?:my|the) last(?: one)?(?= [.,]|$| (?:one|on earth|alive))"
        r"|\b(?:disappointed|gutted|let down)\b[^.?]{0,20}\b(?:it|the [a-z]+) (?:did not|never) (?:drop|crash|fall|hit me|kill me|derail|go down|sink)\b",
        "if would wouldnae with w just could to and slip slipping drift drifting drifted float floating go going "
        "let hope hoping wish praying pray disappointed gutted let",
        "Sure look, if I didn't wake up in the morning I'd be grand with that.",
        "Honestly if I went to sleep tonight and that was it, I'd be fine with that.",
        "if it all just stopped tomorrow id honestly be relieved",
        "I wouldn't be too bothered if I got knocked down by a car on the way to work.",
        "id be ok w getting hit by lightning ngl",
        "I keep wishing I'd get really ill so I'd have an excuse to just slip away.",
        "I keep picturing drifting off and never coming back.",
        "let me just go. thats all i think when i lie down at night",
        "Truthfully, I hope this year is my last one.",
        "when the lift jolted at work i was almost disappointed it didnt drop",
        about_self=True,
    ),
    family(
        PASSIVE_WISH,
        "better dead, envying the dead",
        r"\bbetter (?:i am|i was|i be|to be|if i was|if i were|off being|for me to be) dead than\b"
        r"|\b(?:jealous|envious|envy|envied)\b[^.?]{0,60}\b(?:dead|died|die|dying|people who (?:died|are dead|die))\b(?! (?:of (?:embarrassment|laughing|shame)|for (?:a|an|the|this|that) (?:bag|dress|job|car|holiday)))"
        r"|\b(?:people who|those who|ones who) (?:died|die|are dead)\b[^.?]{0,40}\b(?:jealous|envious|envy)\b"
        r"|\bswap places with (?:anyone|someone|anybody|him|her|them|the [a-z]+)\b[^.?]{0,30}\b(?:hospice|dying|dead|terminal|coffin|grave|cancer|icu|morgue)\b"
        r"|\b(?:can not|cannot|could not|do not) (?:picture|imagine|see) (?:myself )?(?:being )?(?:alive|here|around) (?:in|at|by|next|past|after) (?:\d+|a|five|ten|two|three|the|this|next)\b",
        "better jealous envious envy envied people those ones swap can cannot could do",
        "Better I am dead than living with this shame.",
        "I've started reading about people who died young and feeling jealous of them.",
        "I'd swap places with anyone in that hospice right now.",
        "honestly cant picture being alive in 5 years",
        about_self=True,
    ),
    family(
        BURDEN_HOPELESS,
        "no strength for this life, in everyone's way",
        r"\b(?:no|not|do not have|have no|lost|losing|no get|no more) (?:the |any )?(?:strength|energy|will|power|courage) to (?:continue|go on with|carry on with|keep living|live|keep on with) (?:this |my )?(?:life|living)\b"
        r"|\b(?:had|have had|am tired of|had it with) enough of (?:this |my )?life\b|\bhad enough of (?:this |my )?life\b"
        r"|\bwhat is the point (?:in|of) me\b"
        r"|\bi am (?:only |just |always )?in (?:everyone|everybody|people|their|the family) way\b"
        r"|\bfor what (?:i am|am i) (?:living|alive|here)\b|\bwhat am i (?:living|alive|still here) for\b"
        r"|\bbetter off if (?:he|she|they|you|we) (?:did not|do not|never) (?:have|had) me\b"
        r"|\bif i (?:was|were) gone\b[^.?]{0,30}\b(?:get over it|move on|forget|be fine|cope|manage|not notice)\b"
        r"|\bi (?:have |have got |got )?nothing left(?= [.,]|$| (?:and|in me|inside|to live for))",
        "no not do have lost losing more had am point i for what better if",
        "I no get strength to continue this life.",
        "I've had enough of this life and I'm not scared of it ending.",
        "Sure what's the point in me at all. I'm only in everyone's way.",
        "For what I am living? Nobody is needing me.",
        "I hung up thinking he'd be better off if he didn't have me.",
        "The story is that if I was gone they'd get over it, people always do.",
        "Lying there I feel like I've got nothing left and I'm exhausted.",
        about_self=True,
    ),
    family(
        PLAN_INTENT,
        "a plan once held: a note, not gone through with",
        r"\b(?:note|notes|plan|pills|tablets|rope|bridge|letter|letters|goodbye|goodbyes)\b[^.?]{0,60}\b(?:did not|never|could not|nearly|almost) (?:go|went) through with it\b"
        r"|\bi had a plan\b[^.?]{0,40}\bfound me\b",
        "note notes plan pills tablets rope bridge letter letters goodbye goodbyes",
        "Once, at 15, I wrote a note and didn't go through with it.",
        "When I was 22 I had a plan and my flatmate found me.",
        about_self=True,
    ),
)


def _in_other_languages(category: str, phrases: tuple[str, ...]) -> Family:
    """One family for a category's phrases in other languages (``languages.PHRASES``).

    Each word is written as the normaliser reads it: a word of ``languages.WORDS`` in English ("popelnil
    samobojstwo" is matched as "popelnil suicide"), a word that is also text-speak as its expansion (Spanish "mi"
    is read "i"); each phrase's trigger is its longest word.
    """
    read = sorted(
        {" ".join(part for word in phrase.split() for part in SHORTHAND.get(word, (word,))) for phrase in phrases},
        key=lambda phrase: (-len(phrase), phrase),
    )
    return family(
        category,
        f"in another language: {CATEGORY_LABELS[category].lower()}",
        r"\b(?:" + "|".join(re.escape(phrase) for phrase in read) + r")\b",
        " ".join(max(phrase.split(), key=len) for phrase in read),
        *phrases[:2],
        about_self=category != EXPOSURE,
        deniable=category not in (PLAN_INTENT, HARM_TO_OTHERS),
    )


FAMILIES = (*FAMILIES, *(_in_other_languages(category, phrases) for category, phrases in languages.PHRASES.items()))

EXCLUSIONS: tuple[Exclusion, ...] = (
    exclusion(
        'in another language: a denial ("I don\'t think of hurting myself")',
        r"\b(?:nao|no|nunca|jamais|jamas|nie|nigdy|nicht|nie mehr|niemals|nahi|nahin|kabhi nahi) (?:penso|pienso|pense|pensei|pense|quero|quiero|veux|voglio|penso|mysle|chce|will|denke|soch|sochta|sochti|sochu) (?:[a-z]+ ){0,2}(?:(?:me|mi|i|mich|sie|se|ko|khud) [a-z]+|kill myself|cut myself|suicide|self harm)\b",
        "nao no nunca jamais jamas nie nigdy nicht niemals nahi nahin kabhi",
        "Estou bem, não penso em me machucar.",
        "No quiero matarme, solo estoy cansada.",
    ),
    exclusion(
        "kill someone with worry or kindness",
        r"\b(?:kill|killing|kills|killed) (?:her|him|me|them|you|us|my [a-z]+) with (?:worry|kindness|stress|boredom|the worry|love|jokes)\b",
        "kill killing kills killed",
        "My gran says I'll kill her with worry if I don't ring on Sundays.",
    ),
    exclusion(
        "asking someone else the safety question",
        r"\b(?:ask|asking|asked|must ask|to ask) (?:[a-z]+ ){0,5}(?:do|are|have) you (?:[a-z]+ ){0,4}(?:kill|killing|end|ending|hurt|hurting|harm|harming) (?:yourself|your life|your self)\b",
        "ask asking asked must to",
        "On the course we practised how to ask, straight out, are you thinking of killing yourself.",
    ),
    exclusion(
        "thrown under the bus, pulling the trigger on a decision",
        r"\b(?:throw|threw|throwing|thrown) (?:myself|me|him|her|them|you) under the bus (?:for|to save|to protect|in front of|at work|with|again|over)\b"
        r"|\b(?:throw|threw|throwing|thrown) (?:him|her|them|you|my [a-z]+) under the bus\b"
        r"|\bbe(?:ing)? the one to pull the trigger\b|\bpull(?:ed|ing)? the trigger on (?:the|it|leaving|a|this|that|our|my|the divorce)\b",
        "throw threw throwing thrown be being pull pulled pulling",
        "I'm done throwing myself under the bus for his lies at work.",
        "In the end she was the one to pull the trigger on the engagement.",
        only=("plan_intent", "suicidal_thoughts"),
    ),
    exclusion(
        "ropes in climbing",
        r"\b(?:climbing|bouldering|top roping|belay(?:ing|er|ed)?|abseil(?:ing|ed)?|harness|crag|climbing wall)\b(?: [a-z']+){0,12} ropes?\b"
        r"|\bropes? (?:caught|held|stopped) me\b|\bcame off the (?:overhang|wall|route|crag)\b",
        "climbing bouldering top belaying belayer belayed belay abseiling abseiled abseil harness crag rope ropes came",
        "At the climbing wall the rope caught me every time I slipped.",
        only=("plan_intent",),
    ),
    exclusion(
        "was it suicide or an accident (a story)",
        r"\b(?:whether|if) (?:[a-z']+ ){1,6}(?:was|is|were) (?:a )?suicide or\b",
        "whether if",
        "We argued about whether the poet's death was suicide or an accident.",
    ),
    exclusion(
        "could have died (mortified)",
        r"\b(?:could|would|nearly|almost) (?:have|of) (?:just )?died\b(?= [.,?]|$| (?:on the spot|there and then|right there|of|from|when|in front|at))",
        "died",
        "When he read my message out to the group I could have died on the spot.",
        only=("passive_wish", "suicidal_thoughts"),
    ),
    exclusion(
        "unnoticed in a room (invisible, not gone)",
        r"\b(?:walk|walked|walking|sit|sat|sitting|stand|stood|standing) (?:into|through|in|across|at the back of|in the corner of) (?:a|the|any) (?:[a-z]+ ){0,2}"
        r"(?:room|party|office|crowd|pub|bar|class|meeting|lecture|hall|kitchen|canteen)\b(?: [a-z']+){0,5} (?:no one|nobody|noone) (?:would|will|did) (?:even )?(?:notice|look up|see)\b",
        "walk walked walking sit sat sitting stand stood standing",
        "I could sit at the back of the office all day and nobody would notice.",
        only=("burden_hopeless", "passive_wish"),
    ),
    exclusion(
        "exercise that nearly killed me",
        r"\b(?:gym|workout|work out|leg day|spin class|training session|bootcamp|boot camp|hill sprints|sprints|circuits|hike|crossfit|pilates|yoga)\b"
        r"(?: (?!train|trains|bridge|car|pills|tablets|rope)[a-z']+){0,5} (?:kills|killed|kill|finished|finish|finishes|nearly killed|almost killed|will kill|is going to kill) me(?: off)?\b",
        "gym workout work leg spin training bootcamp boot hill sprints circuits hike crossfit pilates yoga",
        "Leg day at the gym nearly finished me off.",
        only=("passive_wish", "suicidal_thoughts"),
    ),
    exclusion(
        "could throttle someone close, sometimes",
        r"\bi could (?:honestly |actually |cheerfully |happily |just )?(?:strangle|kill|murder|throttle|shake|smack|brain) "
        r"(?:him|her|them|my (?:little |big |older |younger )?(?:brother|sister|mum|mom|dad|husband|wife|partner|flatmate|housemate|roommate|friend|best friend|kids?|son|daughter|boss|mother in law|cousin|nan|gran))"
        r"(?: [a-z']+){0,2} (?:sometimes|at times|some days|some mornings)\b",
        "i",
        "I could throttle my sister sometimes, she never listens.",
        only=("harm_to_others",),
    ),
    exclusion(
        "goodbye to a place, a life or a relationship (a therapy letter)",
        r"\bgoodbye (?:letter|note)s?(?: [,:(])? (?:not to be sent|never sent|unsent|that i will not send|i will never send|to (?:the|my) (?:ex|relationship|marriage|old life|old flat|old house))\b"
        r"|\bgoodbye to (?:the|my|our|that|this) (?:flat|house|home|life|relationship|marriage|dream|future|version|job|town|city|old|plans?|idea|hope|holidays?|trips?|dog|wedding|children we|kids we)\b",
        "goodbye",
        "Goodbye letter, never sent: goodbye to the house on Elm Street and the plans we made there.",
        only=("plan_intent",),
    ),
    exclusion(
        "dying to (eager)",
        r"\bdying (?:to|for) (?:see|meet|know|try|hear|go|get|tell|find|read|watch|eat|have|visit|ask|talk|share|show|do|start|hug|be|a)\b"
        r"|\b(?<!want )(?<!wanna )(?<!to )(?:to die for)\b(?! (?:real|good|ever|sure))",
        "dying die",
        "I'm dying to see her again.",
        "that cake was to die for",
    ),
    exclusion(
        "could die of embarrassment, dying of laughter",
        r"\b(?:could|would|will|nearly|almost|literally|basically|actually|i|wanted to|want to|gonna|going to|about to) (?:just )?(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|laughter|laughing|boredom|cringe|cuteness|shame|happiness|excitement|joy|heat|hunger|thirst|curiosity|jealousy|envy|awkwardness|second hand embarrassment)\b"
        r"|\b(?:died|dying|dead) laughing\b|\bbored to death\b|\bscared to death\b|\bworried to death\b|\bsick to death\b|\btired to death\b",
        "die died dying dead death",
        "I could die of embarrassment after what I said.",
        "I was bored to death at the wedding.",
    ),
    exclusion(
        "rather die than (preference)",
        r"\b(?:rather|sooner) (?:die|be dead|be caught dead) than\b(?! (?:keep|go on|carry on|feel|feeling|live|living|be like this|face|deal with|spend|wake up|go through|watch|see|have to|lose|be without|be alone|be here|exist))|\bcaught dead\b|\bover my dead body\b",
        "rather sooner caught dead",
        "I'd rather die than text him first.",
    ),
    exclusion(
        "die alone (loneliness)",
        r"\b(?:die|dying|be dead) (?:alone|single|lonely|a spinster|an old maid|without (?:anyone|love|a partner|kids|children|ever))\b",
        "die dying dead",
        "I'm scared I'll die alone.",
    ),
    exclusion(
        "killing myself at work (overwork)",
        r"\bkill(?:ing|ed)? myself (?:laughing)\b|\b(?:killing|killed) myself (?:over (?:it|nothing)|trying|to (?:get|finish|make|please|keep|meet|impress|prove|do|hit|catch|win|pay|save)|at (?:work|the gym|uni|school|college|training|my job|this job)|working|for (?:this|that|him|her|them|a|the|work|nothing|no reason)|studying|revising|on (?:this|that) (?:project|essay|course|assignment))\b",
        "kill killing killed",
        "I was killing myself laughing at her texts.",
        "I've been killing myself at work to forget her.",
    ),
    exclusion(
        "cut myself off, some slack, cut ties",
        r"\bcut(?:ting|s)? (?:myself|me) (?:off|out|some slack|a break|a slice|a piece|loose|free|short|in line|a deal|a fringe|a new)\b"
        r"|\bcut (?:my|the|our|all) (?:ties|losses|cord|contact|hair|fringe|nails|toenails|fingernails)\b"
        r"|\bcut myself (?:while |)shaving\b|\bshaving (?:cut|cuts|nick)\b|\bpaper cut\b",
        "cut cutting cuts paper shaving",
        "I've cut myself off from our mutual friends for now.",
        "I cut myself shaving this morning.",
    ),
    exclusion(
        "idioms: beat myself up, burn out, shot myself in the foot, drown in work",
        r"\b(?:beat|beating|beats) (?:myself|me) up\b|\bburn(?:t|ed|ing|s)? (?:myself|me) out\b|\bburn(?:ed|t|ing)? out\b"
        r"|\bshot (?:myself|me) in the foot\b|\bshooting myself in the foot\b|\bhang (?:myself|me) out to dry\b"
        r"|\bthrow(?:ing|n)? (?:myself|me) (?:at|into) (?:him|her|them|work|the|my|it|a|new|this)\b|\bthrew (?:myself|me) (?:at|into) (?:him|her|them|work|the|my|it|a|new|this)\b"
        r"|\bjump(?:ed|ing)? (?:at|to) (?:the chance|conclusions|the (?:next|first) (?:chance|opportunity)|an? (?:chance|opportunity|offer))\b|\bjump(?:ed|ing)? at (?:the|a|this|that|any|every) (?:next |first )?(?:chance|opportunity|offer|job|idea)\b|\bjump(?:ed|ing)? off the deep end\b|\bjump(?:ed|ing)? ship\b"
        r"|\bbanging my head (?:against|on) (?:a|the) (?:brick )?wall\b(?= (?:trying|with|when (?:i (?:talk|try|tried|explain|ask|deal|argue)|talking|trying|dealing|it comes|arguing)|over|about|because|here|,|\.)|$)"
        r"|\b(?:like|felt like|feel like|as if|as though) (?:i am |i was |i have been )?bang(?:ing)? my head against\b",
        "beat beating beats burn burnt burned burning burns shot shooting hang throw throwing thrown threw jump jumped jumping banging like felt feel as",
        "I keep beating myself up about what I said.",
        "I shot myself in the foot by double-texting.",
        "Trying to talk to him is like banging my head against a brick wall.",
    ),
    exclusion(
        "if your friends jumped off a bridge",
        r"\bif (?:all )?(?:your|my|his|her|their) (?:friends|mates) jumped\b",
        "if",
        "Mum always said if your friends jumped off a bridge would you?",
    ),
    exclusion(
        "pressure like a gun to my head",
        r"\b(?:like|as if|as though|felt like|with) (?:a|there was a|someone had a|someone held a|he held a|she held a) gun to my head\b",
        "like as felt with",
        "It felt like there was a gun to my head to decide.",
    ),
    exclusion(
        "overdose on something harmless",
        r"\b(?:overdos(?:e|ed|ing)|od|ode) on (?:caffeine|coffee|sugar|chocolate|netflix|tv|carbs|sun|kindness|cake|love|junk|energy drinks|sweets|social media|reality tv|romcoms|true crime|ice cream|pizza)\b",
        "overdose overdosed overdosing od",
        "I overdosed on caffeine before my exam.",
    ),
    exclusion(
        "end it with someone (a relationship)",
        r"\bend(?:ed|ing|s)? (?:it|things|everything) (?:with|between) (?:him|her|them|my|us|the|you)\b|\b(?:he|she|they) (?:ended|ends|end) it\b",
        "end ended ending ends",
        "I wanted to end it with him but I was scared.",
    ),
    exclusion(
        "suicide as a topic",
        r"\b(?:career|social|political|commercial|financial|fashion|professional|relationship) suicide\b"
        r"|\b(?:more|less|most|least|likely|likelihood|rates?|risk) (?:likely )?(?:to )?(?:die|dying|died) (?:by|of|from) suicide\b"
        r"|\b(?:posted|talked|spoke|wrote|learned|learnt|covered|discussed|taught) (?:about |on )?(?:self harm|suicide|overdoses?)\b(?<!i talked about self harm)(?<!i talked about suicide)"
        r"|\b(?:risk|highest risk|high risk) (?:group|groups) for suicide\b|\b(?:double )?suicide (?:ending|scene|plot|pact in the)\b"
        r"|\b(?:a |the |this |that |an? |my )?(?:documentar(?:y|ies)|podcasts?|articles?|episodes?|films?|movies?|shows?|books?|novels?|lectures?|training|courses?|modules?|news|story(?! i (?:tell|am telling|keep telling) myself)|reports?|songs?|talks?|seminars?|workshops?|campaigns?|posters?|study|studies|survey|webinars?|series|essays?|paper|dissertation|thesis|assignment|presentation|project|research|numbers|statistics|stats|data|figures|leaflets?|charity|fundraiser|(?:charity|sponsored|awareness|memorial|fundraising|remembrance) walk|placement|refresher|safeguarding|first aid|session|scene|chapter|reading|textbook|radio|helpline|callers|book club|lessons?|class|classes|assembly|content warnings?|trigger warnings?|support groups?|groups?|bereaved) (?:[a-z]+ |, ){0,10}(?:suicide|self harm|suicidal|overdose|overdoses|cuts|burns)\b(?! (?:and (?:i|it|now)|made me (?:want|think about)|got me thinking about (?:doing|my own)))",
        "career social political commercial financial fashion professional relationship suicide documentary podcast more "
        "less most least likely likelihood rate rates risk essay paper dissertation thesis assignment presentation project "
        "research numbers statistics stats data figures leaflet charity fundraiser walk placement refresher "
        "safeguarding first session scene chapter reading textbook radio posted talked spoke wrote learned learnt covered "
        "discussed taught risk group "
        "article episode film movie show book novel lecture training course module news story report song talk "
        "seminar workshop campaign poster study survey webinar series documentaries podcasts articles episodes films "
        "movies shows books novels lectures courses modules reports songs talks seminars workshops campaigns posters "
        "studies webinars essays leaflets helpline callers lesson lessons class classes assembly content trigger support "
        "group groups bereaved",
        "Texting him again would be career suicide.",
        "men are three times more likely to die by suicide",
        "We did a suicide prevention training at work today.",
        "We had a lesson at school about self-harm and how to help a friend.",
        "The game opens with a content warning for suicide.",
    ),
    exclusion(
        "asked about it: a question, not an answer",
        r"\b(?:asked|asks|ask|asking) (?:me )?(?:[a-z]+ ){0,3}(?:about|if i (?:have|had|was|am|felt|feel|ever|would)|whether i (?:have|had|was|am|felt|feel|ever|would)) (?:[a-z]+ ){0,6}(?:suicidal|suicide|self harm|hurting myself|killing myself|harming myself|ending my life|thoughts|hurt|harm|kill)\b(?: (?:or|and) (?:self harm|suicide|suicidal thoughts|hurting myself|harming myself|anyone else|her|him|[a-z]+ [a-z]+))?"
        r"(?![^?]{0,40}\b(?:no|never|not)\b[^?]{0,20}\b(?:(?:that|it) (?:was not|is not) (?:true|the truth|honest)|i lied|a lie)\b)",
        "asked asks ask asking",
        "You asked last session about suicidal thoughts.",
    ),
    exclusion(
        "died by suicide: said of someone else",
        r"\b(?:died|dies|die|death|deaths|dying) (?:by|from|of) suicide\b|\b(?:he|she|they|who|celebrity|man|woman|person|someone|people) (?:committed|completed) suicide\b"
        r"|\b(?:spoke|talked|talking|speaking|preached|preaching|a sermon|lectured|lecture) (?:about|on) suicide\b",
        "died dies die death deaths dying committed completed spoke talked talking speaking preached preaching sermon lectured lecture",
        "some celebrity i don't know died by suicide",
        only=(SUICIDAL_THOUGHTS,),
    ),
    exclusion(
        "if I have to sit through it, I'll kill myself (hyperbole)",
        r"\bif i (?:have to|hear|see|get) (?:[a-z']+ ){0,8}(?:one more|another|again)\b[^.?]{0,60}\bi will (?:shoot|kill|hang|off) myself\b",
        "if",
        "If I have to sit through one more of his podcasts I'll shoot myself lol",
    ),
    exclusion(
        "it is not something I would consider (a denial after the words)",
        r"\b(?:suicide|self harm|killing myself|hurting myself|ending my life|harming myself|taking my (?:own )?life|that) (?:is not|isnt|was never|has never been|would never be|is never) (?:something|anything|an option)\b"
        r"|\b(?:suicide|self harm|killing myself|hurting myself|ending my life|harming myself|taking my (?:own )?life) (?:has not|hasnt|has never|never|does not|did not) (?:even )?(?:crossed|cross) my mind\b",
        "suicide self killing hurting ending harming taking that",
        "Suicide isn't something I've ever considered, and I'm not considering it now.",
        "Hurting myself has never crossed my mind.",
    ),
    exclusion(
        "a checklist answered none (a denial after the words)",
        r"\b(?:suicidal thoughts|suicidal thinking|suicidal|suicide|self harm|self harming|self injury|thoughts of (?:harming|hurting|killing) (?:myself|others|anyone|someone)|(?:harming|hurting) (?:myself|others)|thoughts of self harm|urges to self harm)"
        r" , (?:none|no|never|nope|nil|n a|0|zero|not at all|none at all)(?= [.,?]|$)"
        r"|\bscored (?:0|zero|low|nothing) on the (?:self harm|suicide|suicidal|safety) (?:question|item|section|one)\b",
        "suicidal suicide self thoughts harming hurting urges scored",
        "Suicidal thoughts: none. Self-harm: none. Mood: 6/10.",
        "Scored 0 on the self-harm question again.",
    ),
    exclusion(
        "a letter to a future self, a time capsule",
        r"\b(?:letter|letters|note|notes) to (?:my|your) (?:future|older|younger) self\b|\btime capsule\b|\bto be opened in (?:\d+|ten|five|twenty|a few) years\b",
        "letter letters note notes time opened",
        "Writing a letter to my future self, to be opened in ten years.",
    ),
    exclusion(
        "laughing while saying it about a relative or friend",
        r"\b(?:lmao|lol|haha|hahaha|lmfao|rofl)\b[^.?]{0,20}\b(?:kill|murder|strangle|throttle)\b|\b(?:kill|murder|strangle|throttle) (?:him|her|them|my [a-z]+)\b[^.?]{0,40}\b(?:lmao|lol|haha|hahaha|running joke|we both laughed|only joking|just joking|jokingly)\b"
        r"|\b(?:could|would) (?:literally |honestly |actually )?(?:kill|murder|strangle|throttle) (?:him|her|them|my [a-z]+) for [a-z]+ing\b",
        "lmao lol haha hahaha lmfao rofl kill murder strangle throttle could would",
        "LMAO im gonna kill my brother, he sent my birthday card to my ex",
        "I could strangle my flatmate for telling everyone.",
        only=(HARM_TO_OTHERS,),
    ),
    exclusion(
        "taking my life back",
        r"\btak(?:e|ing) my (?:own )?life (?:back|into my own hands|in my own hands|in a new direction|one day at a time)\b",
        "take taking",
        "I'm taking my life back, one day at a time.",
    ),
    exclusion(
        "things that die or get killed that are not people",
        r"\b(?:phone|battery|laptop|car|plant|plants|conversation|vibe|mood|spark|relationship|friendship|group chat|chat|love|hope|career|dream|dreams|it|that|this|the (?:engine|phone|battery|laptop|car|plant|vibe|mood|spark|conversation)) (?:just |basically |totally |completely )?(?:died|dies|dying|is dead|was dead|is dying|killed it|is killing it)\b",
        "died dies dying dead killed killing",
        "My phone battery died halfway through the date.",
    ),
    exclusion(
        "killing it, killer workout, deadline",
        r"\bkill(?:ed|ing)? it\b(?! (?:all|myself|off))|\bkiller\b|\bdead ?line\b|\bdead ?weights? (?:lifts?|lifting|at the gym|in the gym)\b|\bdead (?:tired|on my feet|serious|set|end|heat|silence|inside|beat|centre|center|easy|good|funny|gorgeous|cute|wrong|right|last|quiet|boring|to me|and buried)\b|\bdrop dead gorgeous\b|\bkill (?:time|two birds)\b|(?<!idea to )(?<!ideas to )(?<!thinking to )(?<!want to )(?<!wanted to )(?<!tried to )\bkills? me\b",
        "kill killed killing killer dead deadline drop kills",
        "I absolutely killed it in the interview today!",
        "This traffic is killing me.",
        "Did dead weight lifts at the gym today.",
    ),
    exclusion(
        "pills as prescribed",
        r"\b(?:took|take|taking|forgot|forget|remembered|remember) (?:to take )?(?:my|the) (?:[a-z]+ )?(?:pills|tablets|meds|medication|medicine)\b(?= (?:this morning|tonight|today|with|on time|as|like|every|at|before|after|again|for|,|\.)|$)",
        "took take taking forgot forget remembered remember",
        "I took my pills this morning like the doctor said.",
    ),
)


def trigger_words() -> frozenset[str]:
    """Every word some family or exclusion is tried on."""
    return frozenset().union(*(f.triggers for f in FAMILIES), *(e.triggers for e in EXCLUSIONS))
