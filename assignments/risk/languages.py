"""Risk wording in the languages clients mix into English, as data.

Clients of an English-speaking practice write in the language a feeling comes
in: a line of Spanish, Polish, Hindi or Tagalog inside an English entry is
common, and it is often the most important line. Two tables:

* ``WORDS``: single words (as ``normalise.fold`` leaves them: lower case, no
  accents) read as their English canonical words, so every English family
  applies to them ("pienso en el suicidio" reads "suicide", "matarme" reads
  "kill myself"). The clinician still sees the client's own word highlighted.
* ``PHRASES``: phrases per category, in canonical words (accents folded,
  an elided word joined to the next: "n'a" is "na", "s'est" is "sest"), which ``lexicon`` turns into one
  family per category.

Latin-script languages and romanised Hindi/Urdu, Punjabi, Arabic and Tagalog
only: text in other scripts is not read (see docs/SAFETY.md). Each entry is a
fact of the language, not a sentence from the corpus; a test checks every
phrase is found as a client would type it, accents and all.
"""

from __future__ import annotations

_SUICIDE_NOUNS = (
    *("suicidio", "suicidios", "suicidi", "suicidarme", "suicidarse", "suicidar", "suicidarmi", "suicider"),
    *("selbstmord", "suizid", "zelfmoord", "selvmord", "sjalvmord", "itsemurha", "samobojstwo", "samobojstwa"),
    *("samobojstwie", "samobojstwem", "samovrazda", "samoubistvo", "samoubojstvo", "sinucidere", "ongyilkossag"),
    *("khudkushi", "khudkhushi", "khudkhushi", "khudkashi", "aatmahatya", "atmahatya", "aatmhatya", "intihar"),
    *("pagpapakamatay", "kujiua", "samoubiystvo", "samoubiistvo", "suitsid"),
)
_SUICIDAL_ADJECTIVES = (
    *("suicida", "suicidas", "suicidaire", "suicidaires", "suizidal", "suicidale", "samobojcze", "samobojczy"),
    *("samobojcza", "samobojcze"),
)

WORDS: dict[str, tuple[str, ...]] = {
    **{word: ("suicide",) for word in _SUICIDE_NOUNS},
    **{word: ("suicidal",) for word in _SUICIDAL_ADJECTIVES},
    **{word: ("kill", "myself") for word in ("matarme", "uccidermi", "ammazzarmi", "umbringen", "kujiua")},
    **{word: ("cut", "myself") for word in ("cortarme", "tagliarmi", "ritzen", "geritzt")},
    **{
        word: ("self", "harm")
        for word in (
            *("autolesion", "autolesiones", "autolesionismo", "automutilacao", "automutilation", "autolesao"),
            *("selbstverletzung", "samookaleczenie", "samookaleczenia", "zelfbeschadiging"),
        )
    },
}

SUICIDAL = "suicidal_thoughts"
PASSIVE = "passive_wish"
BURDEN = "burden_hopeless"
SELF_HARM = "self_harm"
OTHERS = "harm_to_others"
INTENT = "plan_intent"
EXPOSURE = "exposure"

PHRASES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        # Spanish
        *("me quiero matar", "quiero matarme", "quitarme la vida", "no quiero vivir", "no quiero seguir viviendo"),
        *("quiero morir", "quiero morirme", "me quiero morir", "ganas de morir", "ganas de morirme"),
        *("acabar con mi vida", "terminar con mi vida", "pienso en matarme", "no quiero estar vivo"),
        "no quiero estar viva",
        # Portuguese
        *("me matar", "matar me", "tirar a minha vida", "tirar minha vida", "acabar com a minha vida"),
        *("acabar com minha vida", "nao quero viver", "nao quero mais viver", "quero morrer", "vontade de morrer"),
        "penso em morrer",
        # French
        *("me tuer", "me foutre en lair", "en finir avec la vie", "mettre fin a mes jours", "mettre fin a ma vie"),
        *("je veux mourir", "envie de mourir", "je ne veux plus vivre", "ai envie de mourir"),
        # Italian
        *("togliermi la vita", "voglio morire", "non voglio piu vivere", "farla finita"),
        # German, Dutch
        *("mich umbringen", "mich toten", "ich will sterben", "will nicht mehr leben", "ich will nicht mehr leben"),
        *("mezelf van kant maken", "ik wil dood", "wil niet meer leven"),
        # Polish
        *("zabic sie", "sie zabic", "odebrac sobie zycie", "probowalem sie zabic", "probowalam sie zabic"),
        *("chce umrzec", "nie chce zyc", "nie chce juz zyc"),
        # Hindi / Urdu, Punjabi (romanised)
        *("khud ko maar", "khud ko khatam", "khud ko khatam karne", "apni jaan le", "apni jaan lena"),
        *("marna chahta", "marna chahti", "mar jana chahta", "mar jana chahti", "mar jaana chahta"),
        *("mar jaana chahti", "jeena nahi chahta", "jeena nahi chahti", "jina nahi chahta", "jina nahi chahti"),
        *("zindagi khatam karna", "marna chaunda", "marna chaundi"),
        # Tagalog
        *("magpakamatay", "nagpapakamatay", "patayin ang sarili ko", "ayoko nang mabuhay", "ayoko na mabuhay"),
        *("gusto ko nang mamatay", "gusto ko na mamatay", "gusto kong mamatay"),
        # Arabic (romanised), Turkish, Indonesian / Malay, Swahili
        *("a2tol nafsi", "aqtol nafsi", "aktol nafsi", "qatl nafsi", "baddi moot", "bade mout", "ayez amoot"),
        *("kendimi oldurmek", "kendimi oldurecegim", "olmek istiyorum", "yasamak istemiyorum"),
        *("bunuh diri", "ingin mati", "mau mati", "nak mati", "tak nak hidup", "tidak ingin hidup", "nataka kufa"),
    ),
    PASSIVE: (
        *("ojala no despertar", "no quiero despertar", "no quiero despertarme", "ojala me muriera"),
        *("quiero desaparecer", "quisiera desaparecer", "desaparecer para siempre", "ojala estuviera muerto"),
        "ojala estuviera muerta",
        *("queria nao acordar", "nao quero acordar", "queria morrer", "queria sumir", "quero sumir"),
        *("quero desaparecer", "queria estar morto", "queria estar morta"),
        *("ne plus me reveiller", "ne pas me reveiller", "disparaitre pour toujours", "je voudrais disparaitre"),
        *("aimerais etre mort", "aimerais etre morte", "ne plus exister", "aimerais mourir"),
        *("non svegliarmi piu", "vorrei sparire", "vorrei morire", "vorrei essere morto", "vorrei essere morta"),
        *("nicht mehr aufwachen", "will verschwinden", "lieber tot", "ware lieber tot"),
        *("nie obudzic sie", "chcialbym zniknac", "chcialabym zniknac", "zniknac na zawsze", "chcialbym umrzec"),
        *("chcialabym umrzec", "wolalbym nie zyc", "wolalabym nie zyc"),
        *("kaash main mar jaun", "kaash main mar jaaun", "kaash main na hota", "kaash main na hoti"),
        *("kabhi na uthun", "mar jaun", "mar jaaun"),
        *("sana mamatay na lang ako", "sana hindi na ako magising", "mawala na lang ako", "sana mawala na ako"),
        *("ya rab khodni", "yarab khodni", "ya rabbi khodni", "keske olsem", "ingin menghilang", "lebih baik mati"),
        "mending mati",
    ),
    BURDEN: (
        *("soy una carga", "estarian mejor sin mi", "no tiene sentido vivir", "mi vida no tiene sentido"),
        *("no sirvo para nada", "nadie me necesita", "no hay esperanza"),
        *("sou um peso", "sou um fardo", "estariam melhor sem mim", "a vida nao tem sentido", "nao sirvo pra nada"),
        *("nao sirvo para nada", "ninguem precisa de mim"),
        *("je suis un fardeau", "je suis un poids", "ils seraient mieux sans moi", "la vie na pas de sens"),
        *("je ne sers a rien", "personne na besoin de moi", "plus aucun espoir"),
        *("sono un peso", "starebbero meglio senza di me", "non servo a niente", "la vita non ha senso"),
        *("ich bin eine last", "besser ohne mich", "das leben hat keinen sinn"),
        *("jestem ciezarem", "lepiej beze mnie", "nie widze sensu zycia", "zycie nie ma sensu"),
        "nikt mnie nie potrzebuje",
        *("mere bina sab khush", "mere bina sab behtar", "main bojh hoon", "main bojh hun", "bojh hoon sab par"),
        *("zindagi ka koi matlab nahi", "jeene ka koi matlab nahi", "koi umeed nahi"),
        *("pabigat ako", "pabigat lang ako", "mas okay sila kung wala na ako", "wala nang pag asa"),
        *("walang kwenta ang buhay ko", "ma fi amal", "mafi amal", "herkese yukum", "aku beban", "saya beban"),
        "tidak ada harapan",
    ),
    SELF_HARM: (
        *("me corte", "me corto", "me lastime a proposito", "me hice dano", "hacerme dano"),
        *("me cortei", "me cortar", "me machuquei de proposito", "me machucar"),
        *("je me suis coupe", "je me suis coupee", "je me coupe", "me scarifier", "je me suis scarifie"),
        *("je me suis scarifiee", "me faire du mal", "je me suis fait du mal"),
        *("mi sono tagliato", "mi sono tagliata", "farmi del male", "mich geritzt", "mir weh tun"),
        *("pocielam sie", "pocialem sie", "ciac sie", "tne sie", "okaleczam sie"),
        *("khud ko chot", "khud ko nuksan", "haath kaat", "nas kaat"),
        *("nag cut ulit", "nag cut ako", "sinaktan ko ang sarili ko", "menyakiti diri", "melukai diri"),
    ),
    OTHERS: (
        *("voy a matarlo", "voy a matarla", "lo voy a matar", "la voy a matar", "quiero matarlo", "quiero matarla"),
        *("vou mata lo", "vou mata la", "vou matar ele", "vou matar ela", "quero matar ele", "quero matar ela"),
        *("je vais le tuer", "je vais la tuer", "envie de le tuer", "envie de la tuer", "je veux le tuer"),
        "je veux la tuer",
        *("lo ammazzo", "la ammazzo", "lo uccido", "la uccido", "ich bringe ihn um", "ich bring ihn um"),
        *("zabije go", "zabije ja", "zabic go", "zabic ja"),
        *("usko maar dunga", "usko maar dungi", "uska khoon", "jaan se maar dunga", "jaan se maar dungi"),
        *("papatayin ko", "patayin ko siya"),
    ),
    INTENT: (
        *("me voy a matar", "voy a matarme", "me voy a suicidar", "vou me matar", "vou me suicidar"),
        *("je vais me tuer", "je vais me suicider", "je vais en finir", "zabije sie", "ich bringe mich um"),
        *("khud ko maar dunga", "khud ko maar dungi", "magpapakamatay ako"),
    ),
    EXPOSURE: (
        *("se suicido", "se mato", "se suicidou", "se matou", "sest suicide", "sest suicidee", "sest tue"),
        *("si e suicidato", "si e suicidata", "hat sich umgebracht", "popelnil samobojstwo"),
        *("probowala sie zabic", "probowal sie zabic"),
        *("popelnila samobojstwo", "ne khudkushi kar li", "ne khudkushi ki", "nagpakamatay siya", "intihar etti"),
    ),
}
