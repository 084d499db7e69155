"""Combinations: risk that no single phrase carries, only several signs together.

People rarely announce a plan in one sentence. They write "found a new home
for the cat" and, later, "wrote my passwords down for my sister"; "the bat's
in my boot" after "I know what time she finishes"; "blade, bathroom, better
after". Each sign alone is ordinary. A combination fires when signs of
``need`` different kinds occur within ``window`` sentences of each other
(``None``: anywhere in the text), and the clinician is told which signs, in
the client's words.

Cues are matched on the same canonical text as the families (see
``lexicon``): lower case, contractions spelled out, boundaries as words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assignments.risk.lexicon import (
    HARM_TO_OTHERS,
    PASSIVE_WISH,
    PLAN_INTENT,
    SELF_HARM,
    _whole_words,
)


@dataclass(frozen=True)
class Cue:
    label: str  # what the clinician reads: "a pet rehomed", "a weapon"
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Combination:
    category: str
    name: str
    cues: tuple[Cue, ...]
    need: int  # distinct cue labels that must occur together
    window: int | None  # sentences either side; None for the whole text
    examples: tuple[str, ...]
    required: frozenset[str] = frozenset()  # labels that must be among them
    accident_sensitive: bool = False


def cue(label: str, regex: str) -> Cue:
    return Cue(label, re.compile(_whole_words(regex)))


def combination(
    category: str,
    name: str,
    cues: tuple[Cue, ...],
    *examples: str,
    need: int = 2,
    window: int | None = 1,
    required: tuple[str, ...] = (),
    accident_sensitive: bool = False,
) -> Combination:
    labels = {c.label for c in cues}
    if not set(required) <= labels or need > len(labels) or not examples:
        raise ValueError(f"Check the cues, need and examples of {name!r}")
    # Required signs are looked for first: without them nothing else needs reading.
    cues = tuple(sorted(cues, key=lambda c: c.label not in required))
    return Combination(category, name, cues, need, window, examples, frozenset(required), accident_sensitive)


_PETS = r"(?:cat|cats|dog|dogs|tortoise|rabbit|rabbits|hamster|hamsters|guinea pigs?|pets?|fish|bird|birds|parrot|budgie|snake|horse|kitten|puppy|plants|the rabbits|the cat|the dog)"
_PEOPLE = r"(?:he|she|they|him|her|them|his|their)"

COMBINATIONS: tuple[Combination, ...] = (
    combination(
        PLAN_INTENT,
        "putting affairs in order",
        (
            cue(
                "a pet or plants handed over",
                rf"\b(?:new home for|rehom\w*|look(?:ing)? after|tak(?:e|ing) care of|keep(?:ing)?|hav(?:e|ing)|tak(?:e|es|ing)|drop(?:ped|ping)?(?: off)?|giv(?:e|ing)|gave|with) (?:for )?(?:my |the |our |her |his )?{_PETS}\b"
                rf"|\b(?:my |the |our )?{_PETS} (?:is|are) (?:staying|going|living) with\b|\b{_PETS} with (?:the )?(?:neighbour|neighbor|next door|my (?:sister|brother|mum|dad|friend))\b"
                rf"|\bwho (?:gets|will get|should get|will have|takes|will take) (?:the|my) (?:dog|cat|car|flat|things|stuff|money|house|guitar|records|books)\b",
            ),
            cue(
                "passwords written down",
                r"\b(?:passwords?|pin numbers?|pin codes?|login details|bank details|phone code)\b",
            ),
            cue(
                "debts or rent paid ahead",
                r"\b(?:moved|moving|transferred|transferring|sorted) (?:all )?(?:my |the )?(?:savings|money)\b"
                r"|\b(?:paid|pay|paying|cleared|clearing|settled|settle|settling) (?:off )?(?:the |my |all my |all of my |up )?(?:credit cards?|debts?|loans?|car loan|overdraft|rent)\b"
                r"|\brent (?:is )?paid (?:up|ahead|in advance|up front|until|til|till)\b|\b(?:everything|it all|things) (?:square|squared|settled|paid)\b",
            ),
            cue(
                "accounts or contracts closed",
                r"\b(?:closed|closing|close|cancell?ed|cancell?ing|cancel|ended|ending) (?:the |my |our |all my )?(?:joint |bank |phone |gym )?(?:account|accounts|contract|contracts|membership|memberships|subscriptions?|phone contract)\b"
                r"|\b(?:deleted|delete|deleting|deactivated|deactivate|wiped) (?:all )?(?:my )?(?:socials|social media|accounts|instagram|facebook|profiles?|tiktok|twitter)\b",
            ),
            cue(
                "a will or a funeral arranged",
                r"\b(?:my|a|the) (?:will|eulogy|own funeral)\b(?! (?:power|be|not|have|never|always|probably|definitely|get|go|do|make|see|try))"
                r"|\bfuneral (?:songs|music|plans?|costs?|wishes|money)\b|\bfor (?:my|the) funeral\b|\bsort(?:ed|ing)? out the will\b|\bpicked the songs\b",
            ),
            cue(
                "keys, work or belongings handed back",
                r"\b(?:gave|give|handed|hand|returned|return|giving|dropped) (?:the |my |all my )?(?:keys|laptop|work laptop|badge|pass|stuff)(?: back)?\b(?= (?:back|to|early|in))"
                r"|\b(?:ended|ending|gave up|giving up) (?:the |my |our )?(?:lease|tenancy)\b|\bhandover (?:doc|document|notes)\b|\b(?:gave|handed in|given) (?:my )?notice\b|\b(?:cleaned|cleared) (?:the|my) (?:flat|room|house) (?:top to bottom|out)\b",
            ),
            cue(
                "a letter left",
                r"\b(?:the|a|my) (?:letter|letters|note|notes) (?:is|are) (?:on|in|under|by)\b"
                r"|\b(?:wrote|written|writing|left) (?:a |my |the )?(?:letters?|notes?) (?:to|for) (?:each|everyone|my|the|mum|dad)\b",
            ),
            cue(
                "saying it will not be needed",
                r"\b(?:will not|wo not|would not) (?:be )?(?:needing|need|using|be using|be around to use|be coming back|be back)\b"
                r"|\bnot (?:be )?(?:needing|need) (?:a return|weekends|it|them)\b|\bbefore i go\b(?! (?:to|on|out|home|back|in|into|away|for|and|abroad|travelling|to bed|under))"
                r"|\bno point (?:paying|keeping|renewing|buying) (?:for )?(?:stuff|anything|it|them)\b|\b(?:feel|feeling|felt) (?:weirdly |strangely |oddly |so )?calm\b"
                r"|\bfor good\b|\bshe (?:does not|doesnt) know\b|\b(?:will not|wo not) have to [a-z ]{0,30}\bafter\b|\b(?:everything|it all|all) (?:is )?(?:arranged|sorted|in order|ready|settled)\b",
            ),
        ),
        "Rehomed the rabbits and wrote down every password for my sister.",
        "Paid off the credit card this week. Also cancelled my phone contract.",
        window=None,
    ),
    combination(
        PLAN_INTENT,
        "a place to die, looked over",
        (
            cue(
                "a high or dangerous place",
                r"\b(?:cliffs?|cliff path|cliff edge|ledge|bridge|footbridge|viaduct|railing|railings|roof|rooftop|top floor|top deck|top lift|carpark|train station|station"
                r"|car park|multi storey|multistorey|scaffold|scaffolding|tower|crane|balcony|tracks|railway|railway line|level crossing|train|trains|express"
                r"|motorway|overpass|flyover|river|reservoir|canal|lake|sea|quarry|headland|lighthouse|pier|dam|platform)\b",
            ),
            cue(
                "looking it over",
                r"\b(?:high enough|how high|how far (?:down|up)|the drop|no (?:railing|railings|fence|barrier|barriers|cameras)|(?:there are|any|are there|wether there are|whether there are) cameras"
                r"|(?:is|was) not (?:lock|locked)|unlocked|the exact spot|exact spot|the spot|the one\b|that is where|where i would|where id|go off|go over (?:the|it)|over the (?:side|edge|railing)"
                r"|(?:go|went|walk|walked|step|stepped) in (?:with|and not|off|at night|there at night|with stones)\b|timetables? not to|does not stop|doesnt stop|comes (?:through|thru)|what time it comes|a plan for my future|it involves|working out (?:if|which|whether|how)"
                r"|work(?:ed|ing)? out (?:which|when|where)|scouting|check(?:ed)? it|to check|picking the|chose the (?:spot|place)|which night|nobody on site|very short|timing the|timed the|counted the seconds|counting the seconds|end of the platform|tide times|the tide|that do not stop|dont stop|high enough|how tall|which level|which floor|safety mesh|where the fence|fence is broke|where the cameras|cameras do not reach|counting the gaps|watching the (?:lorries|trains|traffic|cars))\b",
            ),
        ),
        "the multi storey has a top deck with no railing. went up at 2am to check it.",
        "I drove out to the bridge to see how high the railing is and whether there are cameras.",
        window=1,
    ),
    combination(
        PLAN_INTENT,
        "the means and a time alone",
        (
            cue(
                "a time alone",
                r"\bwhen (?:the )?(?:kids|children|house|flat|flats|mum|dad|everyone|my [a-z]+)\b[^.?]{0,30}\b(?:empty|away|out|asleep|gone|at (?:their|his|her) (?:dads|mums|dad|mum|nans?|sisters?|work))"
                r"|\b(?:kids|children) are at (?:their|his|her) (?:dad|dads|mum|mums|nans|grans)\b|\b(?:house|flat|place) to myself\b|\b(?:the )?house (?:will be|is|would be|to be) empty\b|\b(?:until|til|till) (?:the missus|my wife|my husband|my partner|mum|dad|the kids|everyone|they|my parents) (?:takes|goes|go|leaves|leave|is|are|travel|travels)\b|\b(?:nobody|no one) (?:is )?(?:home|around|on site|in)\b|\bwhen (?:the )?(?:house|flat|flats) (?:is )?empty\b|\bwhen mum goes\b"
                r"|\b(?:she|he|they|mum|dad|my (?:mum|dad|parents|wife|husband|partner|flatmates?|family)) (?:is|are|will be|goes|go|going) (?:away|out|on (?:their|her|his) trip)\b(?! (?:from|with) me)"
                r"|\bfor (?:my|the) (?:parents|mum|dad|family|house|flat|flatmates?) to (?:go|leave|be empty|be out)\b|\b(?:need|needs|want|wait for|waiting for) the (?:house|flat|place) (?:to be )?empty\b|\b(?:nobody|no one) (?:will|would|is going to|can) (?:walk in|come in|come round|find out|stop me|be (?:home|back|in))\b",
            ),
            cue(
                "the means",
                r"\b(?:knife|blade|blades|razor|pills|tablets|meds|rope|noose|gun|firearm|pistol|rifle|shotgun|revolver|hose|bleach|insulin|bath|charcoal|ligature)\b"
                r"|\b(?:bought|got|have|have got|already got) (?:the |all the |everything |what )?(?:stuff |things )?i need\b|\beverything (?:is )?ready\b",
            ),
            cue(
                "a decision or a time",
                r"\b(?:that is when|thats when|doing it|do it|soon|thought it (?:through|thru)|decided|this time|tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday"
                r"|i know what i am doing|i know what (?:it is|they are|that is) for|this weekend|the whole weekend|bought|ready)\b",
            ),
        ),
        "Knife. Bath. When the kids are at their dads. Soon.",
        "when mum goes to her sisters next week i will have the house to myself and thats when.",
        window=2,
        required=("a time alone",),
    ),
    combination(
        HARM_TO_OTHERS,
        "knowing where someone will be, with a weapon or a threat",
        (
            cue(
                "knowing where and when",
                rf"\b(?:know|knows|knew|found out|worked out|wrote down|written down|got|have|found)\b[^.?]{{0,30}}\b(?:(?:where|were) {_PEOPLE}|what time {_PEOPLE}|when {_PEOPLE} (?:is|are|finishes|leaves|gets|goes)"
                r"|which (?:car park|bus|pub|gym|route|train|way|shift|shifts|door|house|flat|street|school)|(?:her|his|their) (?:address|shift pattern|shifts|routine|gym times?|office timings|timings|timetable|schedule))\b"
                r"|\b(?:her|his|their) (?:address|shift pattern)\b|\b(?:drive|drove|driving|walk|walked|walking) (?:past|passed|by) (?:at night|(?:his|her|their) (?:house|flat|place|work))\b"
                r"|\b(?:walks|runs|goes|drives|cycles) [^.?]{0,30}\bevery (?:night|morning|day|evening)\b"
                r"|\bfollow(?:ed|ing)? (?:her|him|them|his [a-z]+|her [a-z]+|the (?:new )?[a-z]+) (?:home|to|from)\b|\b(?:parked|parking|sat|sit|sitting|waiting|wait) (?:in (?:my|the) car )?(?:across from|outside|near|opposite) (?:his|her|their|my ex|the ex)\b"
                r"|\bwhere (?:they will|he will|she will) be\b|\bknow where he parks\b|\bsame site as me\b|\bwhich pub he\b",
            ),
            cue(
                "a weapon",
                r"\b(?:bat|baseball bat|knife|knives|hunting knife|tyre iron|tire iron|crowbar|hammer|gun|guns|revolver|service revolver|pistol|rifle|shotgun|nail gun|machete|axe|acid|petrol|weapon|brick|meds)\b",
            ),
            cue(
                "a threat",
                r"\b(?:lesson (?:she|he|they) (?:will not|wont)|teach (?:him|her|them) a lesson|make sure (?:neither|none|he|she|they)|an accident (?:could|might|will|would) happen to"
                r"|(?:end|finish) (?:him|her|them)|mess (?:his|her|their) face up|break (?:his|her|their) (?:bones|legs|neck|jaw|nose|face|arms|knees)|push (?:him|her|them) (?:down|off|in front|under)"
                r"|use it on (?:him|her|them)|(?:be|being) the one driving|a plan forming|when (?:he|she) is (?:on (?:his|her) own|alone)|deserves? it|he will see|she will see|they will see|want it enough|thinking|i mean it|does not know why|dont really know why|do not really know why)\b",
            ),
        ),
        "I know what time she finishes her shift. The bat's in my boot.",
        "Her address. His shift pattern. Dad's gun. Thinking.",
        window=2,
        required=("knowing where and when",),
    ),
    combination(
        HARM_TO_OTHERS,
        "a weapon and a threat",
        (
            cue(
                "a weapon at hand",
                r"\b(?:got|have|bought|borrowed|took|grabbed|carry|carrying|keep|kept|is in|are in|in my) (?:[a-z]+ ){0,2}(?:bat|baseball bat|knife|knives|gun|guns|revolver|pistol|rifle|shotgun|machete|axe|hammer|crowbar|acid|petrol)\b"
                r"|\b(?:bat|knife|knives|gun|revolver|pistol|rifle|shotgun|machete|axe|hammer|crowbar|tyre iron|tire iron|nail gun) (?:is |are )?(?:in my|in the|under my|by the|ready)\b",
            ),
            cue(
                "a threat to someone",
                r"\b(?:he is|she is|they are|hes|shes|he will be|she will be) (?:getting it|going to get it|gonna get it|dead|finished|done for)\b"
                r"|\b(?:if|when|next time) (?:he|she|they) (?:turns? up|comes? near|come near|shows? up|goes near|touches?|looks at)\b"
                r"|\b(?:he|she|they) (?:will|is going to|are going to|is gonna) (?:regret|pay|be sorry|get what)\b|\b(?:on|for) (?:him|her|them)\b(?= [.,?]|$)",
            ),
        ),
        "Got my cousins gun. If he turns up at the kids school again hes getting it.",
        window=1,
    ),
    combination(
        SELF_HARM,
        "a blade or burn and the body, or its traces",
        (
            cue(
                "a blade, pin or flame",
                r"\b(?:blade|blades|razor|razors|razor blades?|sharpener|compass|safety pin|saftey pin|pins?|needle|scissors|broken glass|lighter|box cutter|stanley knife)\b",
            ),
            cue(
                "the writer's body",
                r"\bmy (?:own )?(?:left |right |upper |inner |lower )?(?:arm|arms|wrist|wrists|forearm|forearms|leg|legs|thigh|thighs|hip|hips|stomach|belly|skin|ankle|ankles|chest|side|calf|calves|shoulder|shoulders)\b"
                r"|\b(?:inside|inner|top|back) of my (?:arm|forearm|wrist|thigh|leg)\b",
            ),
            cue(
                "relief, secrecy or care of wounds",
                r"\b(?:better after|felt better|relief|release|calmer after|every night|most nights|nobody knows|no one knows|hide|hiding|hidden|long sleeves|sleeves"
                r"|plasters?|steri strips|bandages?|antiseptic|gauze|kit|bathroom|locked|used it|coping|pencil case|back in)\b",
            ),
        ),
        "Mine is a compass from my kid's maths set and the inside of my arm.",
        "Blade. Bathroom. Ten minutes. Better after.",
        window=1,
        required=("a blade, pin or flame",),
        accident_sensitive=True,
    ),
    combination(
        SELF_HARM,
        "wound care for one's own body, kept quiet",
        (
            cue(
                "wound dressings",
                r"\b(?:plasters|bandages?|band aids|steri strips|butterfly stitches|gauze|antiseptic(?: wipes| cream)?|dressings|wound dressings|burn gel|savlon)\b",
            ),
            cue("for the writer's own body", r"\bfor my (?:own )?(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin)\b"),
            cue(
                "kept quiet",
                r"\b(?:told (?:the|them|him|her|everyone|the pharmacist) (?:they were|it was|they are|it is) for|i know how (?:that|it) sounds|nobody knows|no one knows"
                r"|in bulk|third this week|another box|pretend(?:ed|ing)?|from work)\b",
            ),
        ),
        "Bought plasters in bulk and told the pharmacist they were for the kids. They're for my arms.",
        window=1,
        required=("wound dressings",),
    ),
    combination(
        PASSIVE_WISH,
        "relief at the thought of dying",
        (
            cue(
                "dying, imagined",
                r"\b(?:died|die|dying|death|dead|cancer|diagnosis|terminal|a month left|months left|weeks left|days left|did not wake up|never woke up|not wake up|knocked down|hit me|hits me|ran me over|run over|took me out|take me out|wreck|accident|lights out|copped|a bad one|crashed|crash|fell in on me|fell on me|came down on me|collapsed on me|derailed|mounts the kerb"
                r"|hit by (?:a )?(?:car|bus|lorry|train|truck)|went down|crashed|struck by lightning|gave way|took me)\b",
            ),
            cue(
                "relief",
                r"\b(?:relieved|relief|glad|grateful|at peace|would not (?:mind|care|fight it)|not fight it|be fine|be okay|lucky|nice|welcome|happy|easier|fine by me|not (?:exactly )?be upset|would not (?:exactly )?be upset)\b",
            ),
            cue("a wish or a what-if", r"\b(?:if i|if the|if a|if my|hope|hoping|wish|half hope|maybe i will)\b"),
        ),
        "If the doctor told me I had a month left I think I'd be relieved.",
        "ngl if i died tmrw i'd be so relieved",
        need=3,
        window=0,
    ),
)
