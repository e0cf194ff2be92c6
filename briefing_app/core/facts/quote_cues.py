"""Words around a quote that say who speaks, or that nobody does: the cues `quotes.py` reads.

Statements issued by a body ("in a statement issued by X", في بيان صادر عن X, בהודעה של X), reported
attribution ("X quotes Y as saying"), a thing that says ("a sign stating"), a subject before an
appositive ("Roe, the bishop, has called it"), "the company" or "the ministry" for a body named
before, titles and slogans in quote marks (nobody's speech), and the words of Arabic and Hebrew
speakers' names after a role or verb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_given_ali import ali_name_word
from briefing_app.core.facts.ar_listeners import with_possessive
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.hebrew_clitics import PRONOUN_PREPOSITIONS
from briefing_app.core.facts.people import HE_ROLE_WORDS
from briefing_app.core.facts.people_he import _name_like, he_given, he_given_at, he_trailing_adjunct
from briefing_app.core.facts.people_he_base import he_place
from briefing_app.core.facts.people_he_phrases import body_then_place
from briefing_app.core.facts.people_he_words import HE_TITLES
from briefing_app.core.facts.reporting_verbs import en
from briefing_app.core.facts.roles import is_role_noun

AR_HE_STOP = {
    # prepositions of time and place that open an adverbial after the verb ("وقالت بعد فتح الظرف:"), no name
    "بعد",
    "قبل",
    "خلال",
    "عقب",
    "إثر",
    "أمام",
    "لدى",
    "عند",
    "أن",
    "إن",
    "إنه",
    "إنها",
    "أنه",
    "أنها",
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "ما",
    "كي",
    "כי",
    "את",
    "על",
    "של",
    "גם",
    "לא",
    "זה",
    "זו",
    "אשר",
    "לפי",
}


# Words between a speech verb and the quote that name nobody: "قائلا" (saying), "أيضا" (also), "فيها" (in it).
AR_FILLERS = {"قائلا", "قائلة", "قائلين", "أيضا", "فيها", "فيه", "بالقول", "بقوله", "بقولها", "كذلك", "اليوم",
               "أمس", "للصحفيين", "للصحافيين",
               # the same words with the accusative's tanween written (قائلاً), as agency copy often does
               "قائلاً", "قائلةً", "أيضاً",
               # "وحسب قولها فإن" (according to her words): the one just named
               "قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "رأيه", "رأيها", "وصفه", "وصفها"}  # fmt: skip


# "في بيان صادر عن X:", "جاء في بيان لـX:" (in a statement issued by X): X speaks.
AR_STATEMENT = re.compile(
    r"(?:بيان|تصريح|رسالة|تقرير)(?:ها|ه)?\s+(?:صادر|صادرة|رسمي|رسمية)?\s*(?:عن|من|ل)\s*([^،:\"«»]{3,50}?)\s*:?\s*$"
)

# (a verb of passing on after the body is no part of its name: "בהודעה של המשטרה נמסר:")
HE_STATEMENT = re.compile(
    r"(?:בהודעה|בהצהרה|במכתב|בדו\"ח)\s+(?:של|מטעם|מ)\s*([^,:\"„“]{3,50}?)(?:\s+(?:נמסר|נכתב|נאמר))?\s*:?\s*$"
)
EN_STATEMENT = re.compile(
    r"\b(?:statement|release|letter|communiqué|report)\s+(?:issued\s+|released\s+|published\s+|sent\s+)?"
    # (its verb after the issuer is no part of the name: "A statement from the Harbour Board read:")
    r"(?:by|from)\s+((?:the\s+)?[A-ZÆØÅ][^,:\"“”]{2,60}?)(?:\s+(?:read|reads|said|says|stated|states))?\s*[,:]?\s*$|"
    # "a crushing message from his lawyers,": someone close to the one named, whom the article does not name
    r"\b(?:statement|letter|message|word|call)\s+from\s+((?:his|her|their)\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s*[,:]\s*$|"
    # "A statement on behalf of the band which was shared by the promoter read:": the band, not who passed it on
    r"\b(?:statement|letter|message|post)\s+(?:issued\s+|released\s+|posted\s+)?on\s+behalf\s+of\s+((?:the\s+)?"
    r"[\w'’&.-]+(?:\s+[A-ZÆØÅ][\w'’&.-]*)*)(?:,?\s+(?:which|that)\s[^:\"“”]{2,80}?)?\s+"
    r"(?:read|reads|said|says|stated|states)\s*[,:]?\s*$"
)


GERSHAYIM = r"(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])"


# A status after an office ('יו"ר הקואליציה לשעבר', "הרמטכ"ל היוצא"): the office's last word, never a family name.
HE_STATUS_AFTER_OFFICE = {"לשעבר", "היוצא", "היוצאת", "הנכנס", "הנכנסת", "בדימוס"}


# Sentence adverbs between a subject and its verb of saying ("אחד השחקנים אף הגיב:", "X Y גם אמר", "X מצדו
# הוסיף"): no word of the subject.
_HE_ADVERBS_BEFORE_VERB = frozenset({"גם", "אף", "כבר", "עוד", "שוב", "אכן", "מצדו", "מצידו", "מצדה", "מצידה", "מצדם",
                                     "מצידם"})  # fmt: skip


# The head of a town or a local or regional council (or the deputy), up to the town's or council's own name.
_HE_LOCAL_OFFICE = re.compile(
    r"(?:(?:סגן|סגנית|ממלא\s+מקום|ממלאת\s+מקום)\s+)?(?:ראש|ראשת)\s+"
    r"(?:עיריית|מועצת|(?:המועצה|מועצה)\s+(?:האזורית|המקומית|אזורית|מקומית))\s+\S"
)  # (not "ראש המועצה זועם": after the definite office alone a verb may follow, and its holder speaks)


# A preposition with a pronoun that points back at the noun before it ("במהלכו", during which; "בה", in which) right
# before a verb of saying: a relative clause opens there, with the subject left out.
_RELATIVE_BEFORE_VERB = re.compile(r"ו?ש?(?:ב|במהלכ|בסיומ|בעקבותי|לאחרי|בתומ)(?:ו|ה|הם|הן)")


def he_name_after_role(words: list[str]) -> str:
    """Hebrew: a role and its complement, then the name ("יו"ר ההסתדרות עמיר פרץ"): the last two words are the
    name when a role word leads and a name can follow it; else the words as they are (a role or a name)."""
    words = [w.strip(",.") for w in words if w.strip(",.")]
    while len(words) > 1 and words[-1] in _HE_ADVERBS_BEFORE_VERB:
        words = words[:-1]  # ('אחד השחקנים אף הגיב:': "even" stands before the verb, no word of its subject)
    while len(words) > 1 and words[0] in PRONOUN_PREPOSITIONS:
        words = words[1:]  # "כתב עליה המבקר X Y:": of whom it was written, then the subject
    if len(words) >= 3 and he_given(words[0]) and he_trailing_adjunct(words[2]):
        return " ".join(words[:2])  # "אמרה X Y בראיון:": where it was said, no third word of the name
    if len(words) == 1 and re.fullmatch(r"(?:אשר|ש(?:ב|ל|על|אל|עמ|לפי|במהלכ)(?:ו|ה|הם|הן|יו|יה|יהם))", words[0]):
        return ""  # "..., שבה אמר": a relative word opens the clause, whose subject is the person just named
    if len(words) > 1 and _RELATIVE_BEFORE_VERB.fullmatch(words[-1]):
        # "X קיים דיון בנושא Y במהלכו אמר:": the words before "during which" are the clause's object or place, not
        # the subject of the verb after it; the subject is the person just named
        return ""
    # (not a role of a place named in two words, "מאמן נס ציונה", "ראש עיריית ראש פינה": the role speaks)
    place = he_place(" ".join(words[-2:])) and len(words) >= 3
    if place and words[0] in HE_ROLE_WORDS and len(words) <= 4 and not he_given(words[-3]):
        return " ".join(words)
    given = he_given_at(words)
    if given:  # 'פרמדיק מד"א יוסי נחום': a description, then a known given name and the family name
        particle = words[given + 1] in ("בן", "בר") and len(words) > given + 2  # "יעקב בן שושן"
        return " ".join(words[given : given + 2 + particle])
    if _HE_LOCAL_OFFICE.match(" ".join(words)):
        # ('ראש המועצה האזורית X Y:', 'ראש מועצת X:'): the head of a town or council and no known given name after
        # the office; the words after it are the town's or the council's name, never the holder's
        return " ".join(words)
    # (not a body and its place, "ראש עיריית עפולה": a role with no name, which speaks as it is)
    if len(words) >= 2 and words[0] in HE_ROLE_WORDS and words[-1] in HE_STATUS_AFTER_OFFICE:
        return " ".join(words)  # 'יו"ר הקואליציה לשעבר': a former office, whose holder speaks; no family name
    if len(words) >= 3 and words[0] in HE_ROLE_WORDS and not words[-1].startswith("ה") and not body_then_place(words):
        if words[-2][:1] == "ה" and not he_given(words[-2]) and not re.search(r"[\"\u05f4]", words[-1]):
            return words[-1]  # 'מנכ"ל המשרד X': the office's definite complement, then one family name
        return " ".join(words[-2:])
    definite_role = words[0][:1] == "ה" and (words[0][1:] in HE_ROLE_WORDS or words[0] in HE_TITLES)
    if len(words) >= 3 and definite_role and all(_name_like(w) for w in words[-2:]) and words[1][:1] == "ה":
        return " ".join(words[-2:])  # "הנשיא האמריקני ג'ו X": a definite role, its adjective, then the name
    return " ".join(words[:3])


def ar_name_words(words: list[str]) -> str:
    """The words of an Arabic name at the head of `words`: up to three, ending before a particle, a
    preposition or a definite word (kept after عبد، أبو، بن: "عبد الله")."""
    name: list[str] = []
    ali = ali_name_word(words[:4], 1)  # ar_given_ali: "فؤاد على حمدان", Egyptian "على" a name word
    # (and one word more for a compound after it: "فؤاد على عبد الستار")
    for k, w in enumerate(words[: 4 if ali and words[2].strip("،,.:") == "عبد" else 3]):
        w = w.strip("،,.:")
        connector = bool(name) and name[-1] in ("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "أبي")
        if k == 1 and ali:
            name.append(w)
            continue
        if not w or w in AR_HE_STOP or w in AR_FILLERS or w.startswith(("لل", "بال", "لأن", "بأن")):
            break
        if name and w.startswith(("ال", "وال")) and not connector:
            break
        if name and not connector and with_possessive(w):
            break  # ar_listeners: "وأكد X دعمه للخطة": a noun with a possessive pronoun, the verb's object
        if name and w.startswith(("ل", "ب", "و", "ف")) and not connector and len(w) > 3 and lookup(w[1:]):
            break  # "للجزيرة", "بدارفور": a preposition glued to a name of a place or body
        name.append(w)
    return " ".join(name) or words[0]


# Words that put a title, slogan or name in quote marks rather than speech.
NAMED_AS = re.compile(
    # ("He captioned the post, "...": what a poster writes under a post is their words, not the post's title)
    r"(?:\b(?:titled|entitled|slogan|motto|headlined|banner|caption(?!ed\s+(?:the|his|her|their)\s)|hashtag|"
    r"nicknamed|med titlen|sloganet|mottoet)|"
    # a caption or headline that reads something: a title, not speech
    r"\b(?:caption|headline|subtitle)\s+(?:that\s+)?(?:read|reads)|"
    # banners and signs that say something: their printed words, no one's speech ("waving banners saying, "...")
    r"\b(?:banners?|placards?|signs?|posters?|t-shirts?|billboards?)\s+(?:that\s+|which\s+)?(?:said|saying|says|read|"
    r"reading|reads)\s*,?|(?<![\u0600-\u06ff])(?:و|ب|ل|لـ)?(?:شعار|شعارها|شعاره|شعارات|عنوان|بعنوان|عنوانه|عنوانها|اسم|باسم|لقب|"
    r"بلقب|المسمى|المسماة|الموصوف\s+ب|الموصوفة\s+ب|وسم|"
    # known as, called, dubbed: "فيما يعرف بـ « ... »", "ما يسمى « ... »", "الملقب بـ « ... »", "أطلق عليها « ... »"
    r"(?:ي|ت)عرف\s+بـ?|(?:ال)?معروف(?:ة|ين)?\s+(?:إعلامي[اًّ]+\s+|اعلامي[اًّ]+\s+)?بـ?|(?:ي|ت)سمى|(?:ي|ت)سمى\s+بـ?|سمي(?:ت)?\s+بـ?|(?:ال)?ملقب(?:ة)?\s+بـ?|"
    r"(?:ي|ت)طلق\s+(?:عليه|عليها|عليهم)|أطلق(?:ت|وا)?\s+(?:عليه|عليها|عليهم)(?:\s+اسم)?|(?:ي|ت)دعى|"
    # written on a banner or a wall ("لافتات كتب عليها « ... »"): an inscription, no one's speech
    r"(?:كتب|كتبت|مكتوب|مكتوبة)\s+(?:عليه|عليها|عليهم)|"
    # a work, event or paper named in quote marks after its kind: كتاب « ... », فيلم « ... », صحيفة « ... »
    r"(?:ال)?(?:كتاب|رواية|فيلم|مسلسل|برنامج|حملة|مبادرة|مؤتمر|ندوة|قمة|عملية|مشروع|أغنية|قصيدة|ديوان|مجلة|صحيفة|"
    r"جريدة|قناة|موقع|تطبيق|قضية)(?:ه|ها)?|"
    # a report or a study and the body that wrote it or its title ('كشف تقرير "لجنة X" عن'): no one speaks
    r"(?<!في\s)(?:ال)?(?:تقرير|دراسة)|"
    # and a body, with no owner glued on ("قواته « ستلاحق ... »": his forces, the subject of his words): منظمة
    # « ... », جمعية « ... » (a group's name, which no one speaks); not before a colon, which introduces what
    # the body or its statement says ("وجاء في بيان الجمعية: «...»")
    r"(?:ال)?(?:منظمة|جمعية|مؤسسة|حركة|هيئة|رابطة|تجمع|تنظيم|فصيل|كتيبة|لواء|قوات|شبكة|صفحة|مركز|مراسل|مراسلة|"
    r"مشفى|مستشفى|غرفة)(?!\s*:))|(?<![\u0590-\u05ff])(?:ה|ב|ו)?(?:סיסמה|סיסמת|כותרת|בכותרת|בשם|שכותרתו|"
    r"שכותרתה|ספר|הספר|סרט|הסרט|תוכנית|מבצע|עיתון|העיתון|אתר|ערוץ|שיר|השיר|השם|הכינוי|בכינוי|המונח|במונח|"
    # and a body's kind: 'העמותה "..."', 'ארגון "..."', 'התנועה "..."'
    r"עמותה|עמותת|ארגון|תנועה|תנועת|מפלגה|מפלגת|מכון|מרכז|"
    # a company, a team, a chain, a band, a venture, a show or an event named in marks after its kind, perhaps
    # with what it deals in ('חברת התקשורת "...", 'עמותת הסיוע "...", 'בית הספר "..."'): a name, no speech
    r"(?:חברת|חברה|קבוצת|קבוצה|רשת|להקת|להקה|מיזם|פרויקט|קמפיין|פסטיבל|תערוכת|תערוכה|הצגת|הצגה|סדרת|סדרה|"
    r"אלבום|פודקאסט|מגזין|אפליקציית|אפליקציה|מותג|מסעדת|מסעדה|בית\s+הספר|בית\s+ספר|עמותת|ארגון|תנועת|מפלגת|"
    r"מכון|מרכז|תוכנית|תכנית|סרט|ספר)(?:\s+ה[\u05d0-\u05ea]+){0,2}(?!\s*:)|"
    # an inscription or a sign, which no person speaks: "שלט האומר:", "נכתב:"
    r"(?:כתובת|שלט|כיתוב|מצבה)(?:\s+\S+){0,3}\s+[הש]?(?:אומרת|אומר)|נכתב|שנכתב|הכיתוב|בכיתוב))\s*:?\s*$"
)
# "whose motto may well have been, "..."", "the headline of the post was "..."": a motto, slogan or title a few
# words before the mark, with its verb of being or reading, names the words and nobody says them.
NAMED_AS_LATER = re.compile(
    r"\b(?:motto|slogan|title|headline|caption|inscription|subtitle|tagline)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:is|was|were|been|be|reads|read)\s*[,:]?\s*$"
)
# A work or page named in quote marks right after its kind ('the page "..." celebrated', 'an editorial, "..."
# and'): a title, not speech; "in his blog post: "..."" or "on the page:" is where words were written instead.
WORK_NAMED = re.compile(
    # (a maker or channel may stand before the kind: "The BBC documentary", "her Netflix series")
    r"(?<!\bin )(?<!\bon )(?<!:)\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z]+\s+|(?:[A-Z][\w&'’-]*\s+){1,2})?(?:page|post|blog|article|editorial|column|book|film|movie|song|album|"
    r"petition|series|poem|essay|documentary|video|novel|play|memoir|biography|autobiography|programme|podcast|exhibition|musical|opera)\s*,?\s*$|"
    # "under the headline", "with the title": what follows is a name, nobody's speech
    r"\b(?:under|with|bearing)\s+the\s+(?:headline|title|heading|name)\s*,?\s*$|"
    # a citation, a source with the date of its report in brackets and a colon, then the report's title:
    # "Amnesty International (May 2017): "..."", "منظمة أطباء بلا حدود (شباط 2017): “...”"
    r"(?:^|[.!?]\s+)[^.!?:\"“”«»]{2,80}\(\s*[^()]{0,20}\b(?:1[89]|20)\d\d\s*\)\s*:\s*$"
)
# "the company", "the ministry", "selskabet": a body, not a person, speaks.
# (kinds of business and charity a name seldom spells out: "SkyLark Airways ... the airline said", "the club said")
ANY_BODY = {"company", "firm", "group", "selskabet", "virksomheden", "koncernen", "airline", "carrier", "retailer",
            "supermarket", "chain", "carmaker", "manufacturer", "lender", "insurer", "charity", "club", "brand",
            "operator", "publisher", "studio", "label", "giant", "broadcaster", "network", "channel",
            "newspaper"}  # fmt: skip
BODY = re.compile(
    r"(?:the\s+)?(?:(?!(?:former|late|then)\b)[a-z]+\s+)?(company|firm|group|ministry|department|agency|bank|council|"
    r"commission|organisation|organization|union|newspaper|broadcaster|authority|committee|party|airline|carrier|"
    r"retailer|supermarket|chain|carmaker|manufacturer|lender|insurer|charity|club|brand|operator|publisher|studio|"
    r"label|giant|network|channel|selskabet|virksomheden|koncernen|ministeriet|styrelsen|partiet|politiet|kommunen|"
    # (Danish wire copy names a bank, a club, a federation or the Commission by its kind once it has given its name:
    # "..., skriver banken", "oplyser klubben", "meddeler kommissionen")
    r"avisen|banken|klubben|foreningen|forbundet|organisationen|fonden|kæden|firmaet|kommissionen|myndigheden)",
    re.IGNORECASE,
)
# The stem a Danish definite kind noun of `BODY` is written with inside a name ("banken" in "Tolvik Bank", "klubben"
# in "Hjortø Boldklub"): the noun without its article ending, and a doubled consonant written once.
DA_BODY_STEMS = {"banken": "bank", "klubben": "klub", "foreningen": "forening", "forbundet": "forbund",
                 "organisationen": "organisation", "fonden": "fond", "kæden": "kæde", "firmaet": "firma",
                 "kommissionen": "kommission", "myndigheden": "myndighed"}  # fmt: skip
# A body as the subject of a sentence that quotes without a verb of saying ('The court justified the sentence on
# the grounds "..."', 'Retten begrundede ...'): the body speaks.
BODY_SUBJECT = re.compile(
    r"((?:[Tt]he\s+)(?:[a-z]+\s+)?(?:court|tribunal|judge|jury|government|ministry|police|committee|council|company|"
    r"agency|board|commission|union|party|army|department|report|statement)|[A-ZÆØÅ][a-zæøå]+(?:retten|regeringen|"
    r"ministeriet|politiet|udvalget|rådet|selskabet|rapporten))\s+(?:also\s+|then\s+)?[a-zæøå]+(?:ed|s|ede|te|er)\b"
)
# Public bodies and parties, which "the company" or "the firm" never means.
PUBLIC_BODY = re.compile(
    r"(?i)ministr|department|council|commission|agency|authority|police|army|court|parliament|government|party|"
    r"union|styrelse|kommune|politi|parti"
)
# "X quotes Y as saying", "Y was quoted by X as saying", "Y, quoted by X,": Y speaks, X only reports it.
QUOTED_AS = re.compile(r"\bquot(?:es|ed|ing)\s+(?!by\b|in\b)(.{2,60}?)\s+as\s+(?:saying|stating|telling\b.*?)[,:]?\s*$")
QUOTED_BY = re.compile(r"^(.{2,60}?),?\s+(?:was|were|is|are|being)?\s*quoted\s+(?:by|in)\s+.{2,60}?"
                        r"(?:\s+as\s+(?:saying|stating))?[,:]?\s*$")  # fmt: skip
# A noun phrase right before a participle of saying: "a message stating,", "with one poster writing" (a
# common noun, all in lower case: "the success of the iPhone saying" names a product, whose maker's boss speaks).
THING_SAYING = re.compile(
    r"\b((?:a|an|the|one|another|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][a-z'’-]*)\s+"
    r"(?:stating|saying|writing|reading|declaring)\s*[,:]?\s*$"
)
# "X issued a statement saying", "X denied it, posting a message on its website which read,": a document that
# says something speaks for whoever issued it, the subject of the clause.
ISSUED = re.compile(
    r"^(.*?)\s*\b(?:(?:has|have|had)\s+)?(?:issued|released|published|posted|sent|put\s+out|issuing|releasing|"
    r"publishing|posting|sending|putting\s+out|passed|adopted|approved|passing|adopting)\s+"
    # (to whom it was sent may stand first: "issued News 12 a statement", "sent the paper a letter")
    r"(?:(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,2}\s+|(?:the|a)\s+(?:paper|newspaper|station)\s+)?"
    r"(?:a|an|the|its|their|his|"
    r"her)\s+(?:[a-z]+\s+){0,2}"
    # (a council passes a resolution or a motion, whose words then speak for it)
    r"(?:statement|message|release|letter|note|notice|post|tweet|communiqu[ée]|resolution|motion|declaration)\b"
    r"[^\"“”]{0,60}?"
    rf"(?:{en('say state read', 'ing')}|declaring|"
    rf"(?:which|that)\s+(?:{en('read', 'base s')}|{en('say state', 's past')}))(?:\s+in\s+part)?\s*[,:]?\s*$"
)
_LEAD_IN = re.compile(
    r"[A-Za-z]+ly|meanwhile|later|earlier|then|also|however|in response|separately|on \w+day|today|yesterday",
    re.IGNORECASE,
)
_MAIN_VERB = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|later)\b|[a-z]+ed\b).*$")


def issuer(before: str) -> str | None:
    """Who issued the statement an introduction quotes ("The ministry issued a statement saying", "Meanwhile,
    the ministry has denied it, posting a statement which read,"): the subject of the main clause, None when
    the introduction quotes no issued document or names no subject."""
    m = ISSUED.search(before)
    if m is None:
        return None
    parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
    while parts and _LEAD_IN.fullmatch(parts[0]):
        parts = parts[1:]  # "Meanwhile, the ministry ...": a lead-in adverb is no subject
    if not parts:
        return None
    subject = _MAIN_VERB.sub("", parts[0]).strip()
    return subject if subject and (subject[0].isupper() or subject.startswith("the ")) else None


# Words between a subject and its verb that name nobody: "X, the minister, has also said".
AUXILIARIES = {"has", "have", "had", "also", "then", "later", "once", "will", "would", "is", "was", "were", "are",
                "further", "again", "already", "previously", "har", "havde", "også", "senere", "så"}  # fmt: skip


# Adverbs that open a sentence before a comma, capitalised like a one-word name ("Finally, the blog ...").
_SENTENCE_ADVERBS = {"finally", "however", "meanwhile", "later", "then", "also", "again", "similarly", "likewise",
                     "instead", "earlier", "today", "yesterday", "separately", "elsewhere", "still", "first", "lastly",
                     "additionally", "moreover", "furthermore", "nonetheless", "nevertheless", "indeed", "overall",
                     "here", "there", "now", "thus", "hence", "besides", "afterwards", "eventually",
                     "recently"}  # fmt: skip


# Capitalised words opening a sentence that start no name ("In Lakeland, Senator Roe said").
_OPENING_FUNCTION_WORDS = {"in", "on", "at", "for", "from", "of", "with", "by", "after", "before", "during", "since",
                           "under", "over", "as", "when", "while", "if", "the", "a", "an", "this", "that"}  # fmt: skip


def _role_headed(phrase: str) -> bool:
    """Whether a lower-case phrase opens with a role noun, maybe after an article ("consultant to the council",
    "a nurse at the clinic"): an appositive, not a subject of its own."""
    words = re.sub(r"^(?:an?|the)\s+", "", phrase).split()
    if bool(words) and words[0].islower() and is_role_noun(words[0]):
        return True
    # a capitalised title and what it heads: "Executive Director of the Roe Centre", not "Senator Roe"
    titled = re.match(r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?:of|for|at|to|in|on)\s", phrase)
    return titled is not None and is_role_noun(titled.group(1).split()[-1].lower())


# A name of two to six words, maybe with lower-case joining words or a number inside ("Notes from the Quay",
# "Life in 3 Parts"), starting and ending with a capitalised word.
TITLED_NAME = (
    r"[A-ZÆØÅ][\w.'’-]*(?:\s+(?:(?:of|in|from|the|de|da|del|la|for|and|on)\s+)*(?:[A-ZÆØÅ][\w.'’-]*|\d+)){1,5}"
)


# A preposition opening a capitalised phrase: "In Paris", "At Acme" are adverbials, not a subject's name.
_LEAD_PREPOSITION = re.compile(
    r"(?:In|On|At|From|After|Before|During|For|With|By|Of|To|Since|Under|Over|Across|Inside|Outside|Near|I|På|Fra|Efter|"
    r"Før|Med|Hos|Ved)\s"
)


_SENTENCE_ADVERB = re.compile(
    r"[A-Z][a-z]+ly|Nonetheless|Nevertheless|However|Meanwhile|Moreover|Furthermore|Still|Yet|Instead|Also|Then|Now|"
    r"Today|Yesterday|Later|Earlier|Again|Besides|Otherwise|Therefore|Thus|Hence|Indeed|Likewise|Similarly|Alas"
)


# Two to four capitalised words: a name ("Jane Roe", "Ann Marie Roe-Lund").
_NAME_WORDS = r"[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){1,3}"
# Two to four capitalised words, a particle maybe among them ("Sara Derotier de Cobacho", "Tom van Roe").
_PARTICLED_NAME = (
    r"(?:[A-ZÆØÅ][\w.'’-]*\s+(?:(?:de|da|del|della|di|do|dos|du|van|von|der|den|la|le|al|bin|ibn)\s+)?){1,3}"
    r"[A-ZÆØÅ][\w'’-]*"
)


# One or two capitalised words in the possessive opening a title: its owner ("Labour's", "Plaid Cymru's").
_TITLE_OWNER = re.compile(r"^(?:[A-ZÆØÅ][\w-]*\s+)?[A-ZÆØÅ][\w-]*['’]s?\s+(?=[A-ZÆØÅ])")


def _capitalised_title(words: str) -> bool:
    """Whether words are a title written in capitals with no article ("Leader of the House", "Chief Executive of
    Acme", "Managing Director"): up to three capitalised words before any "of" or "for", the last a role noun (not
    "Chief Inspector Jane Roe", a title and a name)."""
    # ("Jane Roe, Labour's Shadow Health Secretary, said": the party or body owning the title is no word of it, and
    # after an owner a portfolio may take a fourth word, "Plaid's Shadow Rural Affairs Minister")
    owned = _TITLE_OWNER.sub("", words)
    head = re.split(r"\s+(?:of|for|to|at|and|in|on)\s+", owned, maxsplit=1)[0].split()
    longest = 4 if owned != words else 3
    return 1 <= len(head) <= longest and all(w[:1].isupper() for w in head) and is_role_noun(head[-1].lower())


# Capitalised words and a lower-case role noun, then a name: "Former England captain Alan Roe".
_ROLE_THEN_NAME = re.compile(r"(?:[A-ZÆØÅ][\w'’-]*\s+){0,3}([a-z]+)\s+((?:[A-ZÆØÅ][\w.'’-]*\s+){1,2}[A-ZÆØÅ][\w'’-]*)")


def clause_subject(clause: str) -> str:
    """The speaker of "Of the plan, he said" ("he") or "Nunzio Roe, the bishop, has called it" ("Nunzio Roe"):
    the last comma-separated part, without auxiliaries, else the part before an appositive."""
    parts = [p.strip() for p in re.split(r",(?!\d{3}\b)", clause)]  # ("employs 2,000 people": no comma of the clause)
    if (
        len(parts) > 2
        and not parts[-1]
        and _capitalised_title(parts[-2])
        and re.fullmatch(rf"{_NAME_WORDS}(?:\s+of\s+[A-ZÆØÅ][\w'’-]*)?", parts[-3])
        and not _LEAD_PREPOSITION.match(parts[-3])
        and parts[-3].lower() not in _SENTENCE_ADVERBS
    ):
        # "Jane Roe, Leader of the Council, said", "Baroness Roe of Tolvik, Chief Executive, said": a title in
        # capitals without an article, as official and British copy writes it, after the name it describes
        return parts[-3]
    if len(parts) > 2 and not parts[-1] and re.fullmatch(TITLED_NAME, parts[-2]):
        return parts[-2]  # "The director of X, Jane Roe, explained": the name the appositive commas enclose
    if (
        len(parts) == 2
        and re.fullmatch(_PARTICLED_NAME, parts[0])
        and not _LEAD_PREPOSITION.match(parts[0])
        and re.match(r"(?:who|whose|an?|the)\s|[a-z][\w-]*\s+(?:of|to|for|at|with)\s", parts[1])
        and len(parts[1].split()) >= 3
    ):
        return parts[0]  # "Jane Roe, consultant to the agency said", "X, who tracks sites for Y said": no comma
    described = parts[:-1] if len(parts) > 2 and not parts[-1] else parts
    # ("Striker Leon Abara, 23, of Croydon, said": an age, then a home town)
    if len(described) > 2 and re.fullmatch(r"\d{1,3}", described[-2]) and re.match(r"(?:of|from)\s", described[-1]):
        described = described[:-1]
    if (
        len(described) > 1
        # ("Claire Roe, Liam Roe's step-mother, said": a possessive and a relation describe her too)
        and re.match(r"(?:an?|the|his|her|its|their|one|\d+)\b|(?:[A-ZÆØÅ][\w'’-]*\s+){0,2}[A-ZÆØÅ][\w-]*['’]s\s+[a-z]",
                     described[-1])
        and re.fullmatch(r"(?:[A-ZÆØÅ][\w.'’-]*\s+){0,3}[A-ZÆØÅ][\w.'’-]*", described[-2])
        and described[-2].lower() not in _SENTENCE_ADVERBS  # "Finally, the blog wrote": no name before it
        and not _LEAD_PREPOSITION.match(described[-2])  # "In Paris, the minister said": a place, not a name
        and not _SENTENCE_ADVERB.fullmatch(described[-2])  # "Eventually, the blog X shares": no name
    ):
        # "Jane Roe, a writer at the Herald, affirmed", "Roe, 45, said": an appositive after a name
        # describes the subject before it
        return described[-2]
    titled = _ROLE_THEN_NAME.fullmatch(described[-2]) if len(described) > 1 else None
    if (
        titled is not None
        and is_role_noun(titled.group(1))
        and re.match(r"(?:now|then|an?|the|his|her|its|their|\d+)\b", described[-1])
    ):
        return titled.group(2)  # "Former England captain Alan Roe, now a BBC pundit, said": the name after the role
    relative = [k for k, p in enumerate(parts) if k > 0 and re.match(r"(?:which|who|whose)\s", p)]
    if relative and (not parts[-1] or relative[-1] == len(parts) - 1):
        named = parts[relative[-1] - 1]
        if re.fullmatch(TITLED_NAME, named) and named.split()[0].lower() not in _OPENING_FUNCTION_WORDS:
            # "Finally, Notes from the Quay, which tells the story, says": the name the relative clause describes
            return named
        if relative[-1] == 1 and re.fullmatch(r"[Tt]he\s+(?:[a-z-]+\s+)?[a-z-]+|[A-Z][a-z][\w'’-]+", named) and (
            named.lower() not in _SENTENCE_ADVERBS | _OPENING_FUNCTION_WORDS
        ):
            # "The company, which employs 2,000 people, said", "Roe, who has run the shop since 1990, said": the
            # company (or "the mayor", or Roe) speaks
            return named
    if (
        len(parts) == 2
        and re.fullmatch(r"(?:[A-ZÆØÅ][\w.'’-]*\s+){1,3}[A-ZÆØÅ][\w.'’-]*", parts[0])
        and parts[0].split()[0].lower() not in _SENTENCE_ADVERBS | _OPENING_FUNCTION_WORDS
        and (re.match(r"(?:who|whose)\s", parts[1]) or _role_headed(parts[1]))
    ):
        # "Jane Roe, who runs the shelter said", "Jane Roe, consultant to the council said": an appositive whose
        # closing comma is missing describes the name before it
        return parts[0]
    if not parts[-1] and (len(parts) == 2 or (len(parts) > 2 and re.match(r"(?:from|of|at|with|for|in)\s", parts[-2]))):
        # "Jane Roe, from the Herald, explained", "Roe from the college in the hills, said": the comma before the
        # verb leaves an empty part ("Jane Roe, the mayor, said" is read below)
        parts = parts[:-1]
    stripped = False
    while len(parts) > 1 and re.match(r"(?:from|of|at|with|for|in|fra|hos|i|ved)\s", parts[-1]):
        # "Jane Roe, from the Herald writes", "the blog X, in its latest post, wrote": what the speaker
        # belongs to or where it speaks, not the speaker
        parts, stripped = parts[:-1], True
    if (
        stripped
        and len(parts) > 1
        and re.fullmatch(r"\d{1,3}|(?:an?|the|his|her|their)\s[^,]*", parts[-1])
        and re.fullmatch(r"(?:[A-ZÆØÅ][\w.'’-]*\s+){0,3}[A-ZÆØÅ][\w.'’-]*", parts[-2])
        and parts[-2].lower() not in _SENTENCE_ADVERBS
        and not _LEAD_PREPOSITION.match(parts[-2])
    ):
        # "Jane Roe, 41, from Croydon, said", "Roe, a nurse, from Hull, said": once where she is from is dropped,
        # her age or what she is describes the name before it, as for "Roe, 45, said" above
        return parts[-2]
    # "Jane Roe from the Herald said": a name, then where she comes from
    parts[-1] = re.sub(r"^((?:[A-ZÆØÅ][\w'’-]*\s+){1,3}?[A-ZÆØÅ][\w'’-]*)\s+(?:from|fra)\s+[A-ZÆØÅ].*$", r"\1",
                       parts[-1])  # fmt: skip
    words = parts[-1].split()
    if not words or any(w.lower() not in AUXILIARIES for w in words):
        return " ".join(w for w in words if w.lower() not in AUXILIARIES)
    # only auxiliaries after the last comma: the subject is before the appositive ("Roe, the bishop, has")
    return ", ".join(parts[:-1])
