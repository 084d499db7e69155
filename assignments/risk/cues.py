"""Context cues: the words around a match that change what it means.

Data, like ``lexicon``: negations and the words that may stand between a
negation and what it negates; whose thought it is; past and present; timing
and intent; accidents and deliberate acts. ``detector`` decides with them.
"""

import re

NEGATORS = frozenset({"not", "never", "no", "nor", "without", "zero", "nil"})


NO_LONGER = re.compile(r"\b(?:no longer|not anymore|not any more|any ?more|these days)\b")


ANSWERED_NO = re.compile(
    # "No one needs me", "no point", "no reason" start an answer with "no" without answering it
    r"^(?:no(?! (?:one|body|longer|more|matter|reason|reasons|point|future|hope|way out|purpose|sense|life)\b)"
    r"|nope|never|not once|not really|not at all|definitely not|absolutely not|no way|nah)\b"
)

HISTORY = re.compile(
    r"\b(?:used to|years ago|year ago|a long time ago|long ago|long time ago|ages ago|in the past|back then|back in (?:the day|school|high school|uni|college|\d{4})"
    r"|when i was (?:a |in |at |still )?(?:kid|child|teen|teenager|young|younger|little|school|high school|secondary school|uni|university|college|\d+|in my teens|[a-z]+teen|twenty|a student|at school|in year)"
    r"|as a (?:kid|child|teen|teenager|student|young (?:person|adult|woman|man))|in (?:high school|secondary school|school|college|uni|university|my teens|my twenties|my 20s|my early|year \d+|the past|my youth)"
    r"|in (?:19|20)\d\d|at (?:age |the age of )?\d{1,2}\b|aged \d+|at \d+ years old|(?:at|when i was) (?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"|no longer|not any ?more|(?:have|has) not (?:[a-z]+ )?(?:in|for|since) (?:[a-z0-9]+ ){0,2}(?:years?|months|ages|a long time)|clean (?:for|since)|(?:years|months) clean"
    r"|(?:stopped|quit|recovered|survived|got help|in recovery|got through it|got better|behind me|past me|old me|the old days|a dark time|that dark time|a bad patch|that time)"
    r"|(?:last|previous|a previous|my previous|my last|the last) (?:year|time i was depressed|episode|breakup)|once before|before i got help|never again"
    r"|(?:19|20)\d\d|nothing since|not since|none since)\b"
)

CURRENT = re.compile(
    r"\b(?:again|still|lately|recently|these days|right now|today|tonight|yesterday|last night|this (?:week|morning|evening|weekend|month|afternoon|year)"
    r"|currently|relapsed|relapse|started again|every day|everyday|at the moment|keep|kept|ever since|since (?:he|she|they|the|we|it|my|losing|being|then)|tomorrow|starting to|lately|all the time"
    r"|constantly|most days|every night|each day|think about|thinking about|can not stop|cannot stop)\b"
)


DELIBERATE = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|to feel|to punish|punish|deserve|deserved|until (?:it|i) (?:bled|bleed|bruised)"
    r"|again|wanted to|want to|urge|urges|made myself|for as long as i could|as long as i could stand|because i (?:hate|hated|deserve|deserved|was|am|felt)|to cope|relapse|relapsed|so i could feel|to make it stop"
    r"|many times|over and over|again and again|repeatedly|(?:like |about |maybe )?(?:\d+|five|six|seven|eight|nine|ten|twenty|a dozen|so many) times|when i am alone|so hard|hard enough|every time|whenever|i do it"
    r"|not by accident|not an accident|was not an accident|meant to|meant it|deliberate|did it (?:twice|again|three times|every)"
    r"|when (?:the |it |things |stuff |everything |i )?(?:[a-z]+ ){0,4}(?:gets|get|got) (?:too much|bad|too loud)|thing is back"
    # an accident given as a cover story: "told A&E it was an accident", "the cat scratch excuse", "it was not the cat"
    r"|(?:told|tell|telling|said|say|saying|pretended|pretend|pretending|claimed|claim|claiming|made out) (?:[a-z0-9&]+ ){0,3}(?:it was|it is|that it was|they were) (?:an? |the |just )?(?:accident|accidents|cat|dog|cooking|gym)"
    r"|excuse|excuses|cover story|was not the (?:cat|dog|kitten)|were not the (?:cat|dog|kitten)|so (?:nobody|no one) (?:can |could |would |will )?(?:see|sees|notice|notices|hear|hears|know|knows|asks)"
    r"|(?:sleeve|sleeves|t shirt|shirt|jumper|hoodie) (?:hides|hide|covers|cover)|after (?:she|he|they|my ex) (?:texted|messaged|called|rang|left|replied|blocked))\b"
)

EVER_QUESTION = re.compile(
    r"\b(?:ever|in the past|history|previously|before now|in your life|lifetime|past)\b", re.IGNORECASE
)

ESCALATION = re.compile(
    r"\b(?:tonight|tomorrow|this weekend|soon|(?:this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|when (?:everyone|they|he|she|my (?:parents|partner|flatmate|mum|dad)|the house) (?:is|are|goes|go|leave|leaves) (?:asleep|out|away|gone|to bed|empty)"
    r"|(?:in|within) (?:a few|two|three|\d+|a couple of) (?:days|hours|weeks)|by (?:friday|the weekend|the end of|monday|sunday)|next week"
    r"|i am going to|i am gonna|i will|ill|i have decided|decided to|made up my mind|i have a plan|made a plan|got a plan|the plan is|i know how|know exactly how"
    r"|figured out how|worked out how|set a date|picked a date|chosen a date|ready to do it|going to do it|doing it|do it)\b"
)

NAMES_WRITER = re.compile(r"\b(?:i|me|my|mine|you)\b")  # not "myself": a reflexive follows its verb's subject
MYSELF = re.compile(r"\bmyself\b")
# Someone else's words, reported: "she keeps saying she'll kill herself", "he texted 'I'll end myself'".
REPORTED = re.compile(
    r"\b(?:said|says|saying|told|tells|telling|texted|texts|texting|posted|posts|posting|wrote|writes|messaged"
    r"|screamed|shouted|threatened|threatens|threatening|quote|quoted|quoting|sang|sings|lyrics?)\b"
)

# Not "my": "a girl in my year posted …" is the girl's.
SELF = frozenset({"i", "me", "myself", "you", "yourself", "ill", "im", "ive"})

OTHERS = frozenset(
    {
        *("he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs", "himself", "herself"),
        *("friend", "friends", "brother", "sister", "mum", "dad", "mother", "father", "cousin", "boyfriend"),
        *("girlfriend", "husband", "wife", "partner", "son", "daughter", "colleague", "coworker", "people"),
        *("someone", "somebody", "everyone", "character", "man", "woman", "guy", "girl", "kid", "teenager"),
        *("patient", "student", "students", "client", "clients", "mate", "flatmate", "roommate", "ex"),
        *("nephew", "niece", "aunt", "uncle", "grandma", "grandad", "neighbour", "neighbor", "celebrity"),
        *("stranger", "men", "women", "teens", "kids", "children", "child", "boy", "boys", "girls", "adult"),
        *("adults", "veteran", "doctor", "nurse", "actor", "singer", "character", "victim", "person"),
        *("anyone", "somebody", "classmate", "colleague", "coworker", "teammate", "pupil", "lad", "bloke"),
        *("vicar", "priest", "teacher", "speaker", "presenter", "host", "podcaster", "author", "writer", "film"),
        *("show", "article", "documentary", "news", "song", "book", "trainer", "lecturer", "pupils", "mate"),
    }
)

ASKING_FOR_ME = re.compile(
    r"\b(?:asking for (?:me|myself|a friend)|is it just me|or is it just me|like me\b|am i the only one|me too)\b"
)

RECENT = re.compile(
    r"\b(?:last (?:night|week|weekend|month)|yesterday|this (?:week|month|morning)|a few days ago|days ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)


# really want to …", "I do not have any thoughts of …").
FILLER = frozenset(
    {
        *("would", "will", "am", "is", "are", "was", "were", "be", "been", "being", "going", "to", "want"),
        *("wanted", "wanting", "plan", "planning", "planned", "intend", "intending", "ever", "really", "even"),
        *("have", "had", "has", "do", "did", "does", "could", "should", "try", "trying", "tried", "thought"),
        *("thoughts", "of", "about", "any", "feel", "feeling", "felt", "urge", "urges", "desire", "intention"),
        *("intentions", "plans", "a", "the", "actually", "seriously", "honestly", "definitely", "absolutely"),
        *("truly", "ideas", "idea", "think", "thinking", "considered", "consider", "considering", "at", "all"),
        *("currently", "now", "right", "anymore", "gonna", "wanna", "i", "am", "like", "need", "desire"),
        *("wish", "and", "or", "so", "that", "this", "way", "kind", "sort", "am", "once", "dey", "de", "single"),
        *("having", "notions", "notion", "plan", "such", "intention", "intentions", "wishes", "wish"),
        # what a denial may list before the word it ends on ("no thoughts of self-harm or suicide")
        *("self", "harm", "harming", "suicide", "suicidal", "hurting", "myself", "cutting", "dying", "death"),
        *("killing", "ending", "life", "my", "overdose", "overdosing", "burning", "scratching", "it"),
        *("cut", "burned", "burnt", "scratched", "hit", "punched", "starved", "harmed", "hurt"),
    }
)


# ("I'd never do it, but sometimes I think about it"); "but I'm safe" does not.
AMBIVALENCE = re.compile(
    r"\b(?:but|although|though|yet|except|however|sometimes|part of me|some days|lately|still|unless|if only"
    r"|at times|occasionally|some nights|now and then|every now)\b"
    r"(?! (?:i am |i feel |i will be |i have been )?(?:safe|ok|okay|fine|alright|all right|coping|managing|getting help|in therapy)\b)"
    r"(?! i (?:have|have got|got) (?:people|support|help|my (?:kids|family|friends|partner|therapist)))"
    r"(?!(?: i| i am| i do| i really| i still)* (?:want|wanna) to (?:live|be here|be alive|stay|see|get better|keep going|grow old)\b)"
    r"(?!(?: i| i have| i have got| i still have)*(?: got)? (?:too much|so much|a lot|plenty|things|people) (?:i )?(?:still )?(?:to live for|want to see|to look forward to|to do)\b)"
)


ACCIDENT = re.compile(
    r"\b(?:accident|accidentally|accidental|by mistake|cooking|chopping|baking|ironing|gardening|tripped|slipped"
    r"|fell (?:off|over|down|on|of)|falling (?:off|over|down)|grazed|scraped|dropped|paper cut|sunburn\w*|shaved|nicked|my [a-z]+ (?:a bit |slightly |badly )?on (?:a|an|the|some|his|her|broken)|opening (?:a|the) (?:tin|can|jar|box|packet|parcel)|tin of|on the (?:oven|stove|hob|pan|iron|kettle|grill|barbecue|bbq|radiator|fence|corner|door|table)"
    r"|at the gym|fish ?hook|tetanus|peeling|dicing|slicing|grating|spark|sparks|bonfire|nothing serious|aloe|splinter|thorns?|rose bush|brambles|playing|football|rugby|netball|hockey|training|while (?:shaving|cooking|cutting|working|climbing|running)|shaving|the dog|the cat|my cat|my dog|kitten|onions?|vegetables|veg|carrots?|tomatoes|bread)\b"
)


# A short sentence after a denial that takes it back: "You don't have to cut tonight. (I probably will though.)"
TAKEN_BACK = re.compile(
    r"\b(?:probably will|i will anyway|will anyway|i know i will|i still might|might anyway|i will though|though"
    r"|but (?:god |honestly |really |part of me )?i (?:really )?(?:want to|do|still want to))\b"
    r"(?! (?:live|be here|be alive|stay|get better|keep going|grow old|see)\b)"
)

# "I'd be lying if I said I hadn't thought about it": the negation is the writer's, the thought is real.
LYING_IF = re.compile(
    r"\b(?:lying if i said|lie if i said|lying to say|would be lying|not (?:going to|gonna) pretend|will not pretend|can not pretend"
    r"|no point pretending)\b"
)
