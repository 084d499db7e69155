"""The wide net's kinds of words: the concepts its rules are made of, reviewed like the phrase families.

Each concept is a set of words or short phrases of one kind (a wish, the writer no longer being there, a
means, a preparation, another person, an act of violence…), matched on the canonical text (``lexicon``).
The rules that combine them, and how a text is read with them, are in ``net``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assignments.risk.lexicon import TRIVIAL


@dataclass(frozen=True)
class Concept:
    label: str  # what the clinician reads: "a wish", "not waking up"
    pattern: re.Pattern[str]
    done_by_writer: bool  # a wish, an act, a preparation: whose it is matters (not a means, a target)


# Words that may sit inside a phrase without changing it: "would not *even* mind".
ADVERBS = (
    r"(?:(?:even|really|honestly|just|actually|genuinely|literally|totally|so|kind of|sort of|still|probably|truly) )*"
)


def concept(label: str, regex: str, *, done_by_writer: bool = True) -> Concept:
    regex = regex.replace("{adv}", ADVERBS)
    return Concept(label, re.compile(rf"(?<![a-z0-9'])(?:{regex})(?![a-z0-9'])"), done_by_writer)


_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week"
_OTHER = (
    r"him|her|them|he|she|they|his|their|the pair of them|both of them|my ex|the ex|his ex|her ex|my boss|the boss"
    r"|(?:her|his|their|my) new (?:fella|boyfriend|girlfriend|partner|man|woman|wife|husband|bloke|guy|girl|lad)"
    r"|my (?:manager|landlord|stepdad|stepmum|dad|mum|father|mother|brother|sister|flatmate|housemate)"
    r"|the (?:manager|landlord|hr team|whole hr team|recruiter|panel|interviewer)|someone|somebody|that (?:man|woman|guy|girl|bloke|prick|cow)"
)

SELF = concept("the writer", r"i|me|my|myself|mine|you|yourself", done_by_writer=False)
# "rather die than text him first": a figure of speech.
NOT_VIOLENT = re.compile(
    r"drop dead|kill (?:them|him|her|people|everyone) with kindness|look so good|kill (?:to|for) (?:have|get|be|a|an|some|his|her|that)|would kill for|could kill for|i would love to see (?:him|her|them) (?:try|again|happy)"
)
# Ordinary senses the wide net's kinds of words also cover: cooking, chores, a city too dear to live in.
ORDINARY = re.compile(
    r"burn\w* the (?:candle|midnight oil)|breathing down my neck"
    r"|(?:hiked|hiking|sightseeing|day trip|tourists?|walking group) (?:[a-z]+ ){0,4}(?:cliffs?|edge|bridge|pier|viaduct)|(?:burn\w*|burnt|scald\w*) (?:the |my |our )?(?:toast|food|dinner|tea|rice|garlic|onions?|cake|pizza|bread|popcorn|pan|sauce|bacon|eggs?|milk|porridge|sausages?)"
    r"|cut (?:the |my |our )?(?:onions?|vegetables|veg|bread|cake|hair|fringe|grass|hedge|wood|paper|fabric|cord|costs|losses|ties|corners)"
    r"|no point in living (?:in|on|with|at|near|round|around)|living (?:in|on) (?:london|the city|my salary|this salary)"
    # a wish to live is no wish to be gone: "glad to be alive, even if…", "even on bad days I want to be alive"
    r"|(?<!not )(?<!never )(?<!really )(?<!even )(?<!longer )(?<!sure i )(?<!if i )(?:glad|happy|grateful|thankful|lucky|want|wanna|wants) to (?:be alive|be here|live|stay alive)(?! (?:with|in|at|near|without|somewhere|anymore|any more))"
)
NOT_A_WISH = re.compile(
    r"(?:patient|patients|resident|residents|client|clients) (?:[a-z]+ ){0,3}died|died peacefully|[a-z]+est (?:person|man|woman|girl|guy|human|one) alive|most [a-z]+ (?:person|man|woman|girl|guy|human|one) alive|rather (?:die|be dead) (?:than|then)|wants me dead|want me dead|dead (?:tired|on my feet|inside|wid|with) |over my dead body"
)
# Violence said laughing, or over something small: "my flatmate is gonna murder me lol", "…if he's late again".
JOKING = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|running joke|we both laughed|only joking|just joking|jokingly|cheeky|from laughing|laughing so hard|die laughing|died laughing|dying laughing|tears streaming|said with love|in jest|tongue in cheek|only kidding|just kidding)\b"
    r"|\b(?:\w+ )?(?:is|are) (?:going to|gonna) (?:kill|murder|strangle) me\b|\b(?:wants|wanted|want) (?:to )?(?:kill|murder) me\b"
    + "|"
    + TRIVIAL[len("(?!") : -1]
)
WISH = concept(
    "a wish",
    r"would not be sorry|not be sorry|not be too sorry|would not say no|wouldnt say no|would not be mad|not be mad|would be fine by me|fine by me|happy enough|would (?:quite |really )?like to (?:fall asleep|go to sleep|sleep|not wake|not be|disappear|stop)|i (?:kind of |sort of |kinda )?hope|caught myself (?:thinking|wishing|hoping)|not caring (?:whether|if)|not really caring|would {adv}be {adv}(?:relieved|glad|happy|fine|ok|okay)|"
    r"do not {adv}care what happens|would not have {adv}(?:cared|minded)|"
    r"wish|wishes|wished|wishing|hope|hopes|hoping|hoped|pray|prays|praying|prayed|want|wants|wanted|wanting"
    r"|would not {adv}mind|would not {adv}care|do not {adv}care if|does not {adv}matter if|not care if|would be {adv}(?:fine|okay|ok|glad|happy|relieved|grateful|a relief|easier|better|nice|lovely|good)"
    r"|promised myself|made up my mind|decided|i am ready to|ready to go"
    r"|would be like finally|(?:so |really )?(?:nice|lovely|peaceful|a relief) to|would rather|rather be|welcome it|long for|longing for|dream of|dreaming of"
    r"|if only|disappointed|annoyed|annoyance|gutted|not fighting it|not going to fight|would not fight|let it take me|can (?:the universe|god|someone) (?:just )?"
    r"|upset|fine by me|a relief|relieved|do not care what happens|so over|over being|done with (?:being|life|living)|envy|would welcome|welcome it|does not sound {adv}(?:that )?bad|not sound {adv}(?:that )?bad|sad i am still|glad|would love|want out|not be too fussed|would not be too fussed|oh well|be ok with|be okay with|sort of fine|caught myself hoping|jealous|do not really care if|did not really care if|let down|is that wrong to pray|hoped it would be bad",
)
GONE = concept(
    "no longer being there",
    r"not bother waking|not to be (?:here|around|alive)(?: any ?more)?|(?:wake|woke|waking) (?:up )?and (?:realise|realize|find|see) (?:it is|i am) (?:another day|still here|still alive|alive)|something happen(?:s|ed)? to me|(?:it|this|all this|everything) (?:will|would|could) (?:all )?(?:finish|stop|end|be over) soon|(?:a |the )?(?:bus|car|van|lorry|truck|train|cars) (?:came|comes|would come|come) (?:round|around|along|off|through|at|the corner)|(?:the )?cars (?:do not|dont|would not) stop|took me out|takes me out|smash(?:es|ed)? into me|crash(?:ed|es)? into me|if we crashed|if i crashed|a wave (?:would )?(?:come|came) and take|me with it|some illness and (?:just )?go|get (?:some|an) illness|just go quietly|go quietly|plane (?:fell|crashed|came down) on|fell on (?:my|me)|hit by a (?:bus|car|truck|lorry)|a car comes|tomorrow (?:does not|doesnt|never|would not|will not) come|not come for me|been cancer|was cancer|would end it|"
    r"cross(?:ing|ed)? (?:the )?(?:roads?|street|streets) without looking|did not bother looking|something hit me|hit by something|"
    r"die|dying|died|dead|death|gone|not wake up|never wake up|not to wake up|not waking up|not wake|woke up again|wake up again|woke up at all|wake up at all|still here|still being here|still alive|still breathing|alive"
    r"|not be here|not be around|not being here|not being around|not here anymore|not around anymore|not exist|stop existing|not existing|exist anymore|disappear forever|disappear for good|vanish for good"
    r"|delete me|erase me|take me|takes me|took me|gets me|get me|hit me|hits me|struck|not make it through|not making it through|not see the morning|not see tomorrow|not see another|won't see the morning|never get up|not get up again"
    r"|sleep forever|sleep and not|sleep and never|go to sleep and|not have to do tomorrow|lights out|it all to be over|all to be over|everything to be over|heart (?:just )?(?:gives|give|giving|gave|stops|stop) (?:up|out)?"
    r"|stop breathing|stopped breathing|it had been me|been me instead|been me|not wear off|does not wear off|something serious|the end of me|no sequel|just not|not\.{0,3} permanently|permanently"
    r"|exist|existed|survive|get hit|got hit|hit by a|goes down|go down|the end of it|out of my misery|being alive|breathing|heart {adv}(?:stopped|stops)(?! racing| pounding| beating so fast| fluttering)|dead people|die young|to die|out of this life|dying|going to sleep and that|sleep and that is it|that would be it|that is it|cross the road|hits me it hits me|kills me it kills me|came off the road|did not pull through|pull through|end on its own|something terminal|clean exit|dissolve|not be anything|go soon|be with her|be with him|it is soon|reason to be done|whoever was in it|plane went down|turns into something|really sick|had cancer|comes back clear",
    done_by_writer=False,
)
BETTER_OFF = concept(
    "others better off",
    r"(?:an |a much )?easier life|an easier time|a happier life|(?:is|are|would be) (?:only )?a weight round|weight round (?:his|her|their|my [a-z]+s?) neck|more happy|be happier|(?:a |much )?better life|"
    r"better off|be relieved|be happier|be easier|be lighter|be free|get over me|deserves better|deserve better|be better without|be better with(?:out)? (?:a|an)"
    r"|throw a party|move on in a week|move on (?:fast|quickly)|doing everyone a favour|doing everyone a favor|be nicer|problem is solved|problem solved|be fine without|keep going without|would not {adv}notice|not miss me|would not miss me",
    done_by_writer=False,
)
WITHOUT_ME = concept(
    "without the writer",
    r"if i am not (?:here|there|around)|with out me|"
    r"without me|if i (?:was|were|am) (?:not|gone|dead|not around|not here)|with me gone|once i am gone|when i am gone|if i disappeared|if i died|who is not around|who is not here|not around at all|i was not around|i was not here|than me|than a (?:wife|husband|mum|mom|dad|partner|friend|son|daughter|sister|brother) (?:who|like)"
    r"|if i was gone|if i were gone|by not being around|not being around|remove me|removing me|if i was not here|me gone|if i disappeared|if i went",
    done_by_writer=False,
)
NO_REASON = concept(
    "nothing to live for",
    r"(?:what|anything) (?:there is )?(?:left )?to live for|why (?:i would|i should|id|i d) (?:bother|keep) (?:living|going on|carrying on|going)|why i should (?:carry on|keep living|keep going|go on|bother)|what am i (?:even |actually )?living for|life (?:simply |just |really )?(?:is not|isnt|is no longer|has stopped being|stopped being) worth (?:the effort|the bother|living|it)|(?:can not|cannot|cant) see how i (?:will|can|could|am going to) (?:go on|carry on|keep) (?:living|going)|what use i am|no use to anyone|why i should keep (?:living|going)|(?:can not|cannot|do not|dont|cant) {adv}see (?:the |any )?point (?:of|in) (?:going on|carrying on|living|being alive|staying alive|me)|point (?:of|in) me (?:being )?(?:around|here|alive)|no reason any ?more|what (?:for )?to live for|what for to live|(?:i am|like) a weight around|"
    r"(?:see|see the) point (?:of|in) (?:going on|carrying on|living|being alive|staying alive)|(?:do|can) not {adv}see myself (?:still )?(?:being )?(?:here|alive|around)|"
    r"nothing (?:left )?(?:in it )?(?:worth|to) (?:stay|staying|live|living|be here|being here|carry on|carrying on|go on|going on|keep going|get up) (?:for)?"
    r"|nothing worth staying for|no (?:point|reason|future) (?:in |to )?(?:carrying on|going on|living|staying|being here|keep going|keeping going|being alive|getting up|trying|it for me|for me)"
    r"|(?:only|one) way (?:it|this|the pain) (?:ends|stops|gets better) is (?:me|if i)|removing (?:the problem|myself|me) would|tired of (?:waiting around to be here|being alive|being here|living|existing|waking up)"
    r"|sick of (?:being alive|being here|living|existing|waking up)|can not (?:go on|carry on|keep going|keep living)|not want to be here for|do not want to be here|not want to be here"
    r"|i am (?:just )?(?:a |the )?(?:burden|waste of space|drain on everyone|problem in every)|everyone would be fine|nobody would (?:notice|care|miss me)|no one would (?:notice|care|miss me)"
    r"|(?:i am|i feel like|i feel|like) (?:a |such a |just )?dead weight|(?:i am|just) taking up space|waste of space|cost my (?:parents|family|partner)|the reason everyone|nothing left for me|no point to any of this|waiting for it to be over|can not see myself {adv}(?:still )?(?:being )?(?:here|alive|around)|can not face (?:\\w+ ){0,3}(?:more )?years|stopped seeing why|why i should bother|reason to keep (?:living|going)|single reason to|why i am still here|only still here|out of habit|tired of fighting|keeping me alive|only thing keeping me|do this anymore\\W+(?:\\w+ ){0,4}living|a drain on|no sense keeping me|had my time|reason to still be here|what (?:exactly )?am i (?:meant to be )?living for|what i am still here for|remove the factor|take myself off their hands|stop costing|would even miss me|who would miss me|no version of (?:the|my) (?:future|life)|nothing left to build|do not have a future|no future past|waiting to correct|easier for everyone|better off w just|point (?:in )?getting better|tired of being the problem",
)
OTHER = concept("another person", _OTHER, done_by_writer=False)
VIOLENCE = concept(
    "violence",
    r"(?:hurt|hurting|harm|harming|injure|injuring|attack|attacking|hitting) (?:my|his|her|their|the) (?:[a-z]+ ){0,2}(?:ex|wife|husband|partner|stepson|stepdaughter|son|daughter|boss|manager|father|mother|brother|sister|colleague|friend|neighbour|landlord|boyfriend|girlfriend|stepdad|stepmum)|set fire to|burning down|burn down|leave the road|(?:are|were|was) dead and (?:that )?i caused|by the throat|keep squeezing|jumps (?:him|her|them)|get hurt|a beating|a kicking|a hiding|deserves? to die|stab am|kill am|"
    r"off the road|stops? (?:his|her|their) heart|hammer|crowbar|baseball bat|machete|in my hand|get hurt|gets hurt|(?:do not|dont) mean emotionally|feel what i feel|"
    r"kill|kills|killing|murder|murdering|stab|stabbing|strangle|strangling|neck|choke|choking|run (?:him|her|them) over|running (?:him|her|them) over|ran (?:him|her|them) over"
    r"|hit (?:him|her|them) with|hitting (?:him|her|them) with|smash|smashing|bash|bashing|batter|beat (?:him|her|them)|beating (?:him|her|them)|put (?:him|her|them) through"
    r"|shoot|shooting|shot|gun|knife|bottle over|hurt (?:him|her|them)|hurting (?:him|her|them)|brakes|dead|die|watch (?:his|her|their) back|bleed|in hospital|in a ditch"
    r"|break (?:his|her|their) (?:legs|neck|face|jaw|nose)|acid|petrol|burn (?:his|her|their) (?:house|car|flat)|take (?:them|him|her|the whole \w+ \w+) out|took out|hands round|hands around|pay for (?:this|it|what)"
    r"|feel pain|real pain|break every bone|hospital bed|on the floor|keep kicking|kicking (?:him|her|them)|get (?:him|her|them) alone|car into (?:his|hers|theirs|him|her)|on fire|what is coming to (?:him|her|them)|getting what is coming|hit (?:him|her|them)|really hurt|strangled|strangle|do (?:him|her|them) in|finish (?:him|her|them)|ramming|down the stairs|setting fire|set fire|brakes failing|bat in|rifle|with my own hands|make sure (?:she|he|they) (?:feels|never)",
    done_by_writer=False,
)
INTENT = concept(
    "the writer's want or intent",
    r"(?:had|have had|having) (?:strong |real |specific )?thoughts (?:of|about)|started to imagine|begun to think it through|think it through|turning into plans?|more like a plan|practicalities|rehearsed|i wanted to keep|wanted to keep (?:squeezing|going|hitting)|deserves? to get hurt|i would pay|id pay|if i see (?:him|her|them|am)|i go (?:stab|kill|beat|shoot|hurt|wound|finish)|not sure i want to stop myself|how easy it would be|thinking how|"
    r"thinking of|considering|i stood|stood outside|going to (?:his|her|their) (?:work|house|place|flat|office)|"
    r"i (?:really |just |honestly |genuinely |still |sometimes |actually |literally |seriously |do )?(?:want|wanted|wish|wished|hope|keep (?:thinking|picturing|imagining|seeing)|think about|thought about|have thought about|have been thinking about|picture|imagine|fantasi\w*|dream about|would|will|could|am going to|am gonna|swear|know where|found|am volunteering|do not care how|have got mates|plan|am planning|have been sharpening|sharpened|can not stop picturing|can not stop thinking about|keep|see myself)"
    r"|better hope|lucky i|regret (?:it|this|ghosting|leaving|what)|shame if|watch (?:his|her|their) back|i am coming for"
    r"|i would love|love to see|be the one (?:causing|to give|who)|be the reason|plan out|i am scared i am going to|i nearly|i wanted to|imagining|thought about (?:driving|hitting|hurting|killing)",
)
STALKING = concept(
    "knowing their movements",
    r"(?:worked out|know|found out|learned|learnt|noted) when (?:his|her|their|my) (?:[a-z]+ ){0,2}[a-z]+ (?:leaves|finishes|gets|goes|arrives|walks|comes)|which way (?:he|she|they) walks?|waiting for (?:her|him|them) after|(?:working out|work out|checking|checked) (?:what time|when|which exit|which door|which way) (?:she|he|they) (?:leaves|uses|finishes|gets|goes|parks|comes)|which exit (?:she|he|they) uses|"
    r"(?:know|learned|learnt|memorised|memorized) (?:her|his|their) (?:route|routes|runs|running route|schedule|timetable|commute)|following (?:his|her|their) (?:[a-z]+ )?(?:runs|routes|location)|(?:stood|waited|sat|parked) outside (?:her|his|their) (?:new )?(?:place|house|flat|home|work|door)|"
    r"(?:know|knew|found|found out|worked out|got|have|tracked down|looked up) (?:where|what time|when|which way|what route) (?:she|he|they) (?:parks|lives|works|finishes|drinks|walks|goes|leaves|gets|runs|trains)"
    r"|(?:found|know|got|found out|tracked down|worked out|looked up|have) (?:his|her|their) (?:new )?(?:address|shifts|rota|routine|workplace|gym times|work address|number plate)|found (?:her|his|their) home address|driven past (?:her|his|their|twice)|drove past (?:her|his|their)|leaves the gym at|picks the kids up at|home alone|spare key (?:he|she|they) does not know|no cameras|what kind it is|wait for (?:him|her|them) outside|i could be waiting|how many of them would be in the room|walked back in there with something",
)
HARM_ACT = concept(
    "an act on the body",
    r"on the (?:hob|stove|oven|iron|kettle|radiator|hot plate)|biting (?:the inside of )?my (?:arm|arms|wrist|hand|hands|leg|legs|cheek|thigh)|teeth marks|break the skin|broke the skin|scrub(?:bed|bing)? my skin|with bleach|bleach on|until i threw up|until i was sick|until i collapsed|eyelashes|eyebrows|"
    r"went too deep|too deep|(?:is|are) my (?:new |usual |go to )?spot|cat scratches|"
    r"cut|cuts|cutting|blade|blades|razor|razors|sharpener|scald|scalding|scalded|burn|burnt|burned|burning|lighter|cigarette on|hot pan|hot iron|hot tap|boiling water"
    r"|hit myself|hitting myself|punch myself|punched the wall|punching the wall|punch the wall|bang my head|banged my head|banging my head|pick at|picking at|picked at|scratch|scratched|scratching|bite myself|bit myself|biting myself|bruise myself"
    r"|pulled out|pull out|pulling out|tore at|tearing at|ripped out|plasters|bandaged|fist through|glass in my hand|stitches|long sleeves|fresh ones|on my forearm|the lighter|bald patch|pulling my hair|head on the wall|not eaten|stopped taking my insulin|until it went|picking the scabs|picked some out",
)
ON_PURPOSE = concept(
    "on purpose",
    r"deserved it|wanted it to hurt|one by one|no one (?:at work )?asks|nobody asks|hardly any left|"
    r"steri strips|butterfly stitches|first aid (?:box|kit)|socks cover|sleeves cover|covers it|cover it up|cover them up|because of the (?:fresh|new) ones|because of the (?:marks|scars|cuts|burns)|(?:do not|dont) (?:even )?have a cat|no cat|"
    r"on purpose|deliberately|to feel something|to feel (?:better|real|it)|to hurt|to punish|to shut|shuts my head up|shut my head up|the only thing|so (?:they|it) (?:do|does|will) not heal|stay open"
    r"|used (?:them|it|the blade|the razor)|not used them|have not used|relapse|relapsed|clean for|urge|urges|tempted|myself|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands|stomach|hip|hips|chest)"
    r"|counted to|until it (?:bled|bleeds)|it bled|bleed|in my bag|hidden|hide them|trick did not work|did not work so|so my husband (?:will not|won't) see|so nobody sees|covered them|hid the|you know why|what i did|i did that|can not stop|cant stop|do not deserve|probably needs|wanted it to break|left the rest in|nobody at work noticed|doing it again",
)
MEANS = concept(
    "a means",
    r"morphine|codeine|antidepressants|the beam|a hook|stepladder|ladder|tarpaulin|lorries|the woods|headland|the garage|tow strap|branch|dual carriageway|ring road|tube tracks|the tracks|vodka and the pills|the pills|glovebox|lay by|layby|reservoir|lake|canal|quarry|loch|weir|sluice|deep water|trucks?|highway|freeway|cliffs|pistol|handgun|revolver|tied it|tied (?:a|the) (?:knot|rope|belt|cord|scarf)|"
    r"pills|pill|tablets|paracetamol|overdose|sleeping tablets|meds|medication|shotgun|gun|rope|noose|bridge|platform|train|trains|lorry|bus|traffic|motorway|bypass|dual carriageway|cliff|roof|car park|multi storey"
    r"|tide|tides|estuary|river|sea|the edge|ledge|exhaust|hose|knife|belt|cord|the drop|belt|the rail|wardrobe|duct tape|insulin|painkillers|chair|the car|drink in me|viaduct|the route|rifle|hunting rifle",
    done_by_writer=False,
)
PREPARED = concept(
    "a preparation",
    r"i have picked out|picked out|i have chosen|settled on|(?:will not|wont|would not|not) be found|be found quickly|nobody about|no one about|put a hook|hook in the|sealed|kept the old car|stepping (?:towards|into|out into)|stepped further|just to see|to see if i could|stopped taking them|keep them together|so i could keep them|been collecting|collecting my|counted (?:it|them) (?:out|up)?|counted them|still open|tested it|would hold|climbed over|onto the ledge|for when i decide|when i decide|already decided|i know what i am doing on|not coming back from|(?:would|will) be (?:more than )?enough(?! to (?:lift|cheer|make|keep|get|buy|pay|cover|feed|last))|there (?:are|is) (?:nearly |almost |more than )?enough|nearly enough|almost enough|in quantity|a good many|building up a supply|build up a supply|saving them for|everything i would need|the last of it|"
    r"to see if it (?:would|will|could) hold|take my weight|hold my weight|it snapped|something stronger|how deep|would be quick|be quick if|heavy coat|stones in my pockets|pockets full of stones|matter of when|a matter of time|lost my nerve|meaning to|meant to go (?:over|through with it)|measured|fits the|acting normal|not to ruin|loaded it|loaded the|holding it|made up my mind|have made up my mind|"
    r"saved up|saving up|been saving|have saved|stockpil\w*|enough (?:of )?(?:them|my|the|to)|got enough|have enough|picked the|chosen the|chose the|looked up|researched|googled|worked out how"
    r"|count the steps|counted the steps|counting the steps|waiting for the nerve|the nerve|next time i will|know where the (?:key|keys|cabinet)|all i think about|stepped back|how many it (?:would|will) take"
    r"|no barrier|no lifeguard|it would take|in front of (?:a|the)|the right (?:day|time|moment)|feels like the night|is the night|is the day|it is for (?:"
    + _DAYS
    + r")|ready for (?:"
    + _DAYS
    + r")|i stood|waited for the|at the edge|over the edge and|everything i need|got it all worked out|all worked out|walked the route|timing it|practi[sc]ed|googling (?:which|how)|which (?:painkillers|pills|tablets) would|least painful|the right night|i have decided|that is the day|na the day|stood on the|rail snapped|did not go through|obviously did not|not planning on coming back|enough drink",
)
GOODBYE = concept(
    "a goodbye",
    r"(?:wrote|written|writing|left) (?:the |my |some |a few |two |three )?(?:letters?|notes?|goodbyes?) (?:for|to) (?:mum|mom|mam|dad|my|the|each|everyone|him|her|them)|a note for my|envelope with (?:her|his|their) name|"
    r"wrote (?:letters|a letter|a goodbye|goodbye|notes|a note)|written (?:letters|a letter|goodbyes?|notes|a note)|writing (?:letters|goodbyes?|notes)|left (?:letters|a letter|notes|a note)"
    r"|scheduled (?:emails|messages|texts)|a goodbye|it is goodbye|it was goodbye|said goodbye|say goodbye|told (?:her|him|them) i love",
)
AFTER = concept(
    "for afterwards",
    r"top drawer|in the drawer|under my pillow|they are in|not {adv}see myself (?:being )?around|"
    r"after|find them|read it|by then|when i am gone|it will be done|the end|does not know|do not know|they will find|she will find|he will find|before (?:their|the|my)|for good|it is not|it isnt",
    done_by_writer=False,
)
LAST_THINGS = concept(
    "last things",
    r"(?:gave|given|giving) (?:away )?(?:my|all my) [a-z0-9]+ (?:and (?:all )?my [a-z]+ )?to (?:my|a|the) [a-z]+[^.?]{0,40}\b(?:will not|wont|would not|won't|not) (?:be )?need(?:ing)?|told (?:her|him|them) i am going travelling|i am not going travelling|not coming back from (?:that|this|it)|(?:the )?(?:ones|letters) for after|for when i decide|prob(?:ably)? after my [a-z]+ (?:wedding|birthday|exams)|so i (?:do not|dont) ruin|said my goodbyes|saying my goodbyes|sold (?:most of |all of |all )?my (?:stuff|things)|given away (?:most of |all of |all )?my (?:stuff|things)|so (?:i|it) (?:do not|dont|does not|will not|wont) (?:spoil|ruin) it|so as not to (?:spoil|ruin) it|not to (?:spoil|ruin) it for|which method|methods? (?:is|are|would be) (?:the )?(?:least painful|quickest|most reliable)|how long each one takes|chosen the (?:weekend|day|date|night|time)|picked the (?:weekend|day|night)|use (?:them|it|that) on my (?:wrists?|neck|throat)|on my wrists properly|(?:swerved|swerve) at the (?:very )?last (?:second|minute|moment)|(?:will not|wont|not) swerve|"
    r"tying up loose ends|tied up (?:all )?(?:the |my )?loose ends|paid back (?:everyone|everybody|evryone|all my debts)|paid off (?:all )?my debts|look after (?:mum|mom|mam|dad|my [a-z]+|the [a-z]+|them|him|her) for me|look like an accident|looks like an accident|(?:will not|would not) be (?:there|around) (?:for|to see) (?:your|their|the) (?:weddings?|graduations?|kids|children|grandchildren|future)|have a date in (?:my head|mind)|rehearsed it|rehearsing it|round my neck|around my neck|(?:does|did) not know i meant it|"
    r"written my note|wrote my note|my note is (?:on|in|under)|left my note|the note is (?:on|in|under)|one last (?:message|text|call|time)|playlist for my funeral|songs for my funeral|for my funeral"
    r"|look after it forever|look after (?:him|her|them) for me forever|my last (?:week|day|night|weekend|christmas|birthday)|this is my last|will not be here (?:by|next|in|for|after)|won't be here (?:by|next|in)"
    r"|after (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow) it (?:will not|won't) matter|i (?:will|am going to) do it|which night i will do it|when i do it|do it properly|know the date|picked the date|chosen the date|set a date"
    r"|practi[sc]ed tying|tying the knot|the rope is in|rope in the|engine running|how long it takes to bleed|how long it takes to die|to look down|top of the (?:multi storey|car park|building|bridge|cliff)|my own eulogy|reading it out soon|last christmas|final week|thanked (?:him|her|them) for everything|(?:does|do) not get it yet|do not blame yourself|please do not blame|not coming to the next session|forgive me for what i am going to do|for what i am about to do|now that i have decided|the exit plan|exit plan|life insurance (?:pays out|would pay|will pay|covers|payout)|need none a dat after|will not need (?:any of )?(?:it|them|that|this) after|everything is tidy now|given back everyone|unsubscribed from everything|cancelled the milk|a month of food|i am done\\W+tonight|done\\. tonight|labelled\\. my|wanted it said before",
)
ATTEMPT = concept(
    "an attempt",
    r"walked (?:out )?(?:into|in front of) (?:the |a )?(?:traffic|road|dual carriageway|motorway|bus|car|lorry|van)|still (?:kinda |kind of |sort of )?wish it (?:had not|hadnt)|took a good many|took a lot of them|i was sick and it did not work|it did not work\\b|tr(?:y|ied|ying) to kill me with|took (?:a|the|my) (?:whole|hole|full|entire) (?:pack|packet|box|bottle|strip|blister) of|"
    r"swallowed (?:what was left of|all|the rest of|a (?:whole |full )?(?:box|packet|bottle|strip) of|a handful of|every)|(?:annoyed|angry|disappointed|upset|gutted|sad) (?:that )?it (?:did not|didnt) work|tried (?:last night |again |on [a-z]+ )?(?:with|w) (?:the|a|my) (?:belt|rope|cord|scarf|cable|pills|tablets|knife|blade)|drove (?:out )?to the (?:[a-z]+ )?(?:cliffs?|bridge|edge|tracks|river|lake|reservoir|quarry) (?:on [a-z]+ )?(?:meaning|intending|planning) to|"
    r"attempted|tried to (?:end it|kill myself|do it|go)|took too many|overdosed|took an overdose|did not work obviously|tried again|stepped back at the last",
)
END_IT = concept(
    "ending it",
    r"end things|ending things|turn(?:ing)? the wheel into|steer(?:ing)? into|into the oncoming|"
    r"end it|end it all|ending it|ending it all|end my life|ending my life|ending your life|end your life|kill myself|kill yourself|killing myself|unalive myself",
)
GOING_WITHOUT = concept(
    "going without",
    r"did not eat|not eaten|stopped eating|starv\w*|skipped (?:meals|dinner|lunch|breakfast)|no food|cold shower|ice bath|freezing shower",
)
PUNISHMENT = concept(
    "as a punishment",
    r"on purpose|as (?:a )?punishment|to punish|punishing myself|punish myself|deserved it|because i deserve|as penance|i deserve",
)
DOING_IT = concept(
    "thinking of doing it",
    r"think(?:ing)? about doing it|thought about doing it|(?:want|wanted|tempted|urge) to do it|could (?:just )?do it|might (?:just )?do it|how easy it would be",
)
THINKING = concept(
    "a recurring thought",
    r"picture|pictures|imagine|the thought|"
    r"think|thinks|thinking|thought|thoughts|keeps going|keep going|on a loop|loop|in my head|would fix|maybe|want|wants|tempting|could",
)
