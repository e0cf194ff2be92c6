"""The reporting verbs of the four languages, spelt once: the verbs of saying the people finder, the quote
finder, the organisation cues and the figure readers all look for ("said", "told", "added", "according to",
"siger", "قال", "أضاف", "بحسب", "אמר", "לדברי", "הוסיף").

Two kinds of thing live here:
* the full lists a reader uses whole: `SPEECH_VERBS` (English and Danish words), `AR_SPEECH`,
  `AR_MORE_SPEECH`, `AR_QUOTE_VERBS`, `HE_SPEECH` and `HE_THEY_SAID` (regular-expression alternations);
* the inflected forms of the English and Danish verbs that readers pick a few of for one pattern
  ("said|says" after a percentage, "told|tells" before an outlet): `en("say tell", "past s")` gives
  "said|says|told|tells", so a form is written in this table and nowhere else.

A reader that wants more verbs adds them here, where every other reader sees them.
"""

from __future__ import annotations

SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "told", "added", "adds", "stated", "declared", "warned", "announced", "noted", "wrote",
           "asked", "insisted", "explained", "stressed", "tweeted", "recalled", "argued", "admitted", "claimed",
           "confirmed", "replied", "responded", "urged", "commented", "concluded", "suggested",
           "acknowledged", "observed", "predicted", "described", "labelled", "labeled", "called", "characterized",
           "characterised", "reasoned", "stating", "quoted", "remarked", "announces", "warns", "adds", "insists",
           "explains", "argues", "notes", "writes", "recalls", "claims", "tells", "stresses", "believes",
           "cautioned", "conceded", "countered", "testified", "posted",
           # verbs of promising, shouting and going on that news also puts after a quote ("Holt vowed.")
           "vowed", "promised", "pledged", "shouted", "whispered", "joked", "pleaded", "demanded",
           "boasted", "complained", "lamented", "emphasised", "emphasized", "maintained", "reiterated", "exclaimed",
           "cried", "screamed", "yelled", "retorted", "elaborated", "affirmed", "assured", "revealed", "protested",
           "objected", "vows", "promises", "pledges", "complains", "maintains", "insisted", "agreed",
           # a witness's cry after a quote ('"...," wailed resident Jane Roe')
           "wailed", "sobbed", "gasped",
           # advice and notices a body gives ("the State Department advised: ...")
           "advised", "advises", "informed", "cautions",
           # the present tense of feature copy ("..., admits Jane Roe, whose ...") and a joke's verbs
           "admits", "concedes", "acknowledges", "agrees", "jokes", "quipped", "quips"),
    "da": ("sagde", "siger", "udtalte", "udtaler", "tilføjede", "tilføjer", "fortalte", "fortæller", "skriver",
           "skrev", "kaldte", "mener", "understreger", "understregede", "frygter", "forklarer", "forklarede",
           "vurderer", "vurderede", "påpeger", "påpegede", "lyder", "svarer", "svarede", "oplyser", "oplyste",
           "konstaterer", "erkender", "advarer", "rapporterede", "rapporterer", "meddelte", "meddeler",
           "bekræfter", "bekræftede", "fastslår", "fastslog", "spørger", "spurgte", "slår fast", "lover", "lovede",
           "advarede", "erklærer", "erklærede", "indrømmer", "indrømmede", "hævder", "hævdede", "fremhæver",
           "fremhævede", "gentager", "gentog", "råber", "råbte", "uddyber", "uddybede", "konkluderer", "konkluderede",
           # the past tenses the list lacked, and verbs of recalling, going on and granting that Danish puts after
           # a quote as it puts "siger" ("..., husker Kim Holm", "..., fortsætter hun")
           "mente", "lød", "erkendte", "konstaterede", "husker", "huskede", "fortsætter", "fortsatte", "bemærker",
           "bemærkede", "medgiver", "medgav", "indskyder", "indskød", "beretter", "berettede", "forsikrer",
           "forsikrede", "pointerer", "pointerede", "tilstår", "tilstod", "sukker", "sukkede", "griner", "grinede",
           "slutter", "sluttede", "begrunder", "begrundede", "smiler", "smilede", "nikker", "nikkede",
           # ("..., noterede han tørt": noting, as English "noted")
           "noterer", "noterede",
           # ('"...", afslutter Ove Pedersen': the last words of an interview, as "slutter")
           "afslutter", "afsluttede",
           # ('– Jeg vil sige, at ..., starter Ståle.': the first words of an interview, as "slutter" the last)
           "starter", "startede", "indleder", "indledte",
           # ('– Det bliver afgjort i sidste runde, spår cheftræneren': a forecast, as "vurderer" an assessment)
           "spår", "spåede", "forudser", "forudså"),
}  # fmt: skip

# "According to" in the languages written left to right (Arabic بحسب/وفق and Hebrew לדברי/לפי are in the lists
# below, read as verbs of saying before a speaker).
ACCORDING_TO = r"according to|ifølge"

def hamza_optional(pattern: str) -> str:
    """An Arabic alternation that also matches its words as much copy writes them, with no hamza on the alef
    ("اكد"، "اضافت"، "اوضح" for أكد، أضافت، أوضح)."""
    return pattern.replace("أ", "[أا]").replace("إ", "[إا]")


# Arabic verbs of saying before or after a speaker, masculine and feminine, with the conjunction و or ف they take
# at a sentence's start, and the prepositions of "according to" (بحسب، وفق، وفقا ل).
AR_SPEECH = hamza_optional(
    r"(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|تابع|تابعت|"
    r"أعلن|أعلنت|اعتبر|اعتبرت|لفت|لفتت|شدد|شددت|يقول|تقول|بحسب|حسب|وفق|وفقا ل)"
)
# Speech verbs Arabic news uses to introduce a quote besides those above.
AR_QUOTE_VERBS = hamza_optional(
    r"(?:و|ف)?(?:زاد|أفاد|أفادت|أردف|أردفت|استطرد|حذر|حذرت|رأى|رأت|قائلا|قائلة|بالقول|"  # (and "by saying")
    # carried on, completed: Egyptian and Maghreb copy's next words ("واستكمل الوزير: ...", "وأتم: «...»")
    r"استكمل|استكملت|أتم|أتمت)"
)
# Speech verbs after a quote or before a speaker besides those above (masculine, feminine, plural).
AR_MORE_SPEECH = hamza_optional(
    r"(?:و|ف)?(?:قالوا|أضافوا|أكدوا|كشف|كشفت|بين|بينت|نوه|نوهت|علق|علقت|رد|ردت|تساءل|تساءلت|أجاب|أجابت|"
    r"اعترف|اعترفت|نفى|نفت|أقر|أقرت|ختم|ختمت|اختتم|اختتمت|استدرك|استدركت|يضيف|تضيف|يؤكد|تؤكد|أردف|أردفت|زاد|"
    r"أنذر|أنذرت|أعرب|أعربت|"  # warned (of a danger), expressed (أعرب عن أمله في أن: his hope that)
    r"تعهد|تعهدت|تعهدوا|توعد|توعدت|هدد|هددت|"  # pledged, threatened: a promise or threat in the speaker's words
    # explains, narrates, recounts: testimony and video copy ("يشرح عامل المشفى في الفيديو:", "تروي الأم:")
    r"شرح|شرحت|يشرح|تشرح|يوضح|توضح|روى|روت|يروي|تروي|يسرد|تسرد|"
    # claims, and what a text lays down ("ويزعم البيان أن", "البيان نفسه ينص على أنه"): a document's own words
    r"زعم|زعمت|يزعم|تزعم|زعموا|ينص|تنص|"
    # wrote and tweeted, a post's or a visitors' book's words ("وكتب X في دفتر الزوار، «...»", "وغردت X قائلة:")
    r"كتب|كتبت|غرد|غردت|"
    # went on and finished, a speaker's next words ("وواصل: «...»", "وأنهى المدرب: «...»")
    r"واصل|واصلت|أنهى|أنهت|"
    # asked, asks: a blogger's or columnist's question and the words after it ("تسأل المدونة X العالم ...:")
    r"سأل|سألت|يسأل|تسأل|يتساءل|تتساءل|"
    # shouted, screamed: a cry in court or in the street is the crier's words ("وصرخت إحداهن «...»")
    r"صرخ|صرخت|صاح|صاحت)"
)
# All of them: any Arabic verb of saying, to tell an introduction from other words.
AR_ANY_SPEECH = rf"(?:{AR_SPEECH}|{AR_MORE_SPEECH}|{AR_QUOTE_VERBS})"

# Hebrew verbs of saying (past in three persons, then the present of feature copy) and לדברי (according to);
# כתב before אישום, תביעה, העת, יד is a noun (an indictment, a lawsuit, a journal, a manuscript), no verb.
HE_SPEECH = (
    r"(?:אמר|אמרה|אמרו|הוסיף|הוסיפה|מסר|מסרה|ציין|ציינה|הסביר|הסבירה|טען|טענה|הדגיש|הדגישה|"
    r"כתב(?!\s+(?:אישום|האישום|תביעה|התביעה|העת|עת|יד|היד|ויתור|מינוי|הגנה))|כתבה|סיפר|סיפרה|לדברי|"
    r"סבר|קבע|קבעה|הגיב|הגיבה|הגיבו|השיב|השיבה|הבהיר|הבהירה|הזהיר|הזהירה|הודיע|הודיעה|טענו|ציינו|מסרו|כתבו|"
    r"הוסיפו|הסבירו|הדגישו|"  # then the present (feature style), tweets, declarations, denials
    r"אומר|אומרת|אומרים|אומרות|צייץ|צייצה|צייצו|הצהיר|הצהירה|הבטיח|הבטיחה|התריע|התריעה|הודה|הודתה|"
    r"הכחיש|הכחישה|שאל|ענה|ענתה|סיכם|סיכמה|הכריז|הכריזה|הכריזו|פסק|פסקה|"
    r"מוסיף|מוסיפה|מספרת|מסביר|מסבירה|מציין|מציינת|מדגיש|מדגישה|טוען|טוענת|"
    # memories and testimony of biographies and reports: recalled, testified, spoke out, complained
    r"נזכר|נזכרה|נזכרו|העיד|העידה|העידו|התבטא|התבטאה|התלונן|התלוננה|"
    r"סיפרו|השיבו|ענו|"
    # the speech acts of news reports, which introduce or close a quote as "said" does: called (on),
    # estimated, accused, condemned, referred to, threatened, demanded, detailed, gave a speech
    # (not "אישר", "ביקש", "המשיך", "חשף", "תקף": a body approves, one asks, goes on, uncovers or attacks more
    # than one says)
    r"קרא|קראה|קראו|העריך|העריכה|העריכו|האשים|האשימה|האשימו|גינה|גינתה|גינו|"
    r"התייחס|התייחסה|התייחסו|איים|איימה|איימו|דרש|דרשה|דרשו|פירט|פירטה|"
    r"נאם|נאמה|התלוננו|התריעו|הזהירו|הבהירו|הודו|"
    # the other persons of verbs above, and asked, wondered, shouted, confessed, reminded, shared and the present
    # tense of features (the speaker after the quote: '"...", משחזרת X')
    # (not "מתארת", "שיתף", "הזכיר": describes a picture, cooperated, mentioned someone more often than said)
    r"שאלה|שאלו|תהה|תהתה|צעק|צעקה|צעקו|זעק|זעקה|התוודה|התוודתה|התגאה|התגאתה|"
    r"משחזר|משחזרת|מבהיר|מבהירה|שואל|שואלת|משיב|משיבה|מזהיר|מזהירה|כותבת|"
    # and estimates, as an analyst's forecast is quoted ('"...", כך מעריך הכלכלן X')
    r"מעריך|מעריכה|מעריכים|"
    # held (an opinion), hurled (at someone), and the present of warning, responding and claiming: the verbs of
    # interview copy ('"...", גרס X', 'X הטיח בו:', '"...", מתריע X')
    r"גרס|גרסה|גרסו|הטיח|הטיחה|הטיחו|מתריע|מתריעה|מגיב|מגיבה|טוענים"
    r")(?![\u05d0-\u05ea])"  # a whole word: "אמרה", not "אמר" and "ה"
)
# Verbs of attack and retort that are speech only right after a quote and its comma ('"...", תקפה X', '"...", עקץ
# X'): before a quote they take an object ("תקף את הממשלה"), so they join `HE_SPEECH` only there.
# Went on ('"...", המשיך X', '"...", ממשיכה X'), which `HE_SPEECH` leaves out for "המשיך לעבוד" (went on working),
# is the speaker going on with the words right after a quote and its comma, as "added" is; so is revealed ('"...",
# חשף X'), which before a quote uncovers something ("חשף את ...").
HE_AFTER_QUOTE = (
    r"(?:תקף|תקפה|תקפו|עקץ|עקצה|עקצו|התריס|התריסה|התריסו|לגלג|לגלגה|נזף|נזפה|ירה|ירתה|"
    r"המשיך|המשיכה|המשיכו|ממשיך|ממשיכה|חשף|חשפה|חשפו)(?![\u05d0-\u05ea])"
)
# Plural verbs with no subject said of a body's people: "במשטרה מסרו" (at the police they said).
HE_THEY_SAID = (
    r"(?:אמרו|מסרו|הגיבו|הודיעו|טענו|ציינו|הוסיפו|הבהירו|הדגישו|הסבירו|אומרים|מוסרים|מציינים|מסבירים|טוענים|"
    r"מדגישים|מבהירים|מגיבים|מוסיפים|מודיעים|מזהירים|הזהירו)"
)

# English reporting verbs by lemma: base, third person singular ("s"), past, -ing. (The past participle is the
# past for all of them but "write" ("written"), which no pattern asks for.)
_EN_FORMS: dict[str, tuple[str, str, str, str]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "write": ("write", "writes", "wrote", "writing"),
    "state": ("state", "states", "stated", "stating"),
    "read": ("read", "reads", "read", "reading"),
    "report": ("report", "reports", "reported", "reporting"),
    "publish": ("publish", "publishes", "published", "publishing"),
    "post": ("post", "posts", "posted", "posting"),
    "quote": ("quote", "quotes", "quoted", "quoting"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "note": ("note", "notes", "noted", "noting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "speak": ("speak", "speaks", "spoke", "speaking"),
    "talk": ("talk", "talks", "talked", "talking"),
}
_EN_FORM_INDEX = {"base": 0, "s": 1, "past": 2, "ing": 3}

# Danish reporting verbs by infinitive: present, past.
_DA_FORMS: dict[str, tuple[str, str]] = {
    "sige": ("siger", "sagde"),
    "tilføje": ("tilføjer", "tilføjede"),
    "fortælle": ("fortæller", "fortalte"),
    "forklare": ("forklarer", "forklarede"),
    "skrive": ("skriver", "skrev"),
    "mene": ("mener", "mente"),
    "understrege": ("understreger", "understregede"),
    "vurdere": ("vurderer", "vurderede"),
    "påpege": ("påpeger", "påpegede"),
    "konstatere": ("konstaterer", "konstaterede"),
}
_DA_FORM_INDEX = {"present": 0, "past": 1}


def en(lemmas: str, forms: str) -> str:
    """The English forms named in `forms` ("base", "s", "past", "ing", space-separated) of each lemma in
    `lemmas`, lemma by lemma, as a regular-expression alternation: en("say add", "past s") is
    "said|says|added|adds". A lemma or form the table lacks is a programming error (KeyError at import)."""
    return "|".join(_EN_FORMS[lemma][_EN_FORM_INDEX[form]] for lemma in lemmas.split() for form in forms.split())


def da(lemmas: str, forms: str) -> str:
    """The Danish forms ("present", "past") of each infinitive in `lemmas`, as `en` does for English:
    da("sige tilføje", "present past") is "siger|sagde|tilføjer|tilføjede"."""
    return "|".join(_DA_FORMS[lemma][_DA_FORM_INDEX[form]] for lemma in lemmas.split() for form in forms.split())


# "According to his words / view / description" (بحسب قوله، حسب رأيها، على حد تعبيره): what follows is the clause
# he said, the speaker the one named before; no name follows these.
AR_OWN_WORDS = frozenset({"قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "رأيه", "رأيها", "رأيهم",
                          "وصفه", "وصفها"})  # fmt: skip
