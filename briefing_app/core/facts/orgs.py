"""Organisations by their shape, for the many that no list can hold.

English and Danish: a capitalised run headed or ended by an organisation word ("Ministry of Health",
"Leeds City Council", "Green Party", "Acme Re", "Evening Times"), a name with its acronym
defined in the text ("National Health Service (NHS)", then every "NHS"), an unknown all-capitals
acronym, Danish compounds ending in -styrelsen, -ministeriet and the like. Arabic and Hebrew: a head
noun in the construct state ("وزارة الصحة", "משרד הבריאות") and the one or two words that follow.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import ShapeGated, TokenGated, gated
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.orgs_he import (
    definite_bodies,
    hebrew_org_tail,
    hebrew_purpose,
    institution_names,
    limited_companies,
    list_of_fields,
    markets_and_schools,
    military_units,
    not_a_body_here,
    paper_names,
    party_in_brackets,
    services_of_a_place,
)
from briefing_app.core.facts.roles import is_person_noun

# Words that end an organisation's name ("Acme Financial Services", "Acme Re").
EN_TAIL = (
    "Ministry", "Council", "Company", "Party", "Agency", "Army", "Police", "University", "Bank", "Committee",
    "Association", "Foundation", "Institute", "Inc", "Ltd", "plc", "PLC", "Corporation", "Corp", "Department",
    "Court", "Parliament", "Commission", "Union", "Organization", "Organisation", "Group", "Authority", "Service",
    "Services", "Forces", "Office", "Re", "Insurance", "Assurance", "Financial", "Times", "Post", "News", "Journal",
    "Telegraph", "Guardian", "Herald", "Tribune", "Gazette", "Press", "Airlines", "Airways", "Motors", "Holdings",
    "Trust", "Society", "Federation", "Fund", "Board", "Assembly", "Government", "Navy", "Guard", "Brigade",
    "Brigades", "Front", "Movement", "League", "Network", "Programme", "Program", "Hospital", "College", "School",
    "Club", "Centre", "Center", "Bureau", "Cabinet", "Senate", "Congress", "Secretariat", "Executive",
    "Administration", "Laboratory", "Incorporated", "Securities", "Industries", "Systems", "Technologies", "Labs",
    "Laboratories", "Pharmaceuticals", "Broadcasting", "Media", "Radio", "Television", "Exchange", "Reserve",
    "Alliance", "Coalition", "Institution", "Conference", "Chamber", "Confederation", "Mission", "Tribunal",
    "Force", "Church", "Project", "Initiative", "Watch", "Institute", "Museum", "Gallery", "Galleries", "Library",
    "Municipality", "Embassy", "Consulate", "Corps", "Legion", "Magazine", "Studios", "Records", "Entertainment",
    "Foods", "Stores", "Brands", "Partners", "Associates", "Ventures", "District", "Authority", "Watchdog",
    # company forms of other countries ("Siemens AG", "Nestlé SA", "Acme GmbH", "Acme Pty Ltd")
    "AG", "SA", "GmbH", "NV", "BV", "SpA", "LLC", "LLP", "Oyj", "ASA", "Bhd", "Pty", "Limited",
    "Community",
    # political groupings by their head word ("National Democratic Rally", "Popular Front"); a legislature named
    # "Diet" ("the National Diet")
    "Rally", "Bloc", "Caucus", "Diet",
    "Forum", "Theatre", "Theater", "Orchestra", "Clinic", "Academy", "Campaign", "Blog", "Cooperation",
    # commands, directorates and other bodies of a state, and groups by what binds them ("Lagos State Police
    # Command", "Syrian Observatory for Human Rights", "Northside Cartel", "Farmers' Cooperative")
    "Command", "Directorate", "Inspectorate", "Observatory", "Regiment", "Battalion", "Cartel", "Syndicate",
    "Consortium", "Cooperative", "Co-operative", "Brotherhood", "Unit", "Squad",
    # companies by their trade ("Quillon Resources", "Harbour Petroleum", "Northwind Logistics")
    # ("Communications" is left out: "Director of Communications" is a job)
    "Resources", "Petroleum", "Mining", "Minerals", "Chemicals", "Electronics", "Telecom", "Logistics", "Shipping",
    "Investments", "Solutions", "Software", "Pharma", "Automotive", "Aerospace",
    # newspapers and periodicals by their usual last word ("Congressional Record", "Evening Standard")
    "Record", "Review", "Observer", "Chronicle", "Courier", "Mail", "Express", "Mirror", "Monitor", "Examiner",
    "Inquirer", "Dispatch", "Bulletin", "Standard", "Independent", "Sun", "Star", "Daily", "Weekly", "Quarterly",
)  # fmt: skip
# Words that head one ("Ministry of Defence", "Bank of England", "University of Chicago").
EN_HEAD = (
    "Ministry", "Department", "Bank", "University", "Council", "Office", "Institute", "Court", "Board", "Bureau",
    "Commission", "Agency", "Association", "Federation", "Union", "Society", "Church", "House", "Chamber",
    "Museum", "Academy", "College", "School", "Royal", "National", "Federal", "Central", "Party", "Committee",
    "Organisation", "Organization", "Municipality", "Embassy", "Consulate", "Library", "Gallery", "Conference",
    "Supreme", "High", "Directorate", "Inspectorate", "Observatory",
    # bodies named by what they are for ("Network to Monitor Elections", "League for Civil Liberties")
    "Network", "Campaign", "Coalition", "Alliance", "League", "Movement", "Forum", "Fund", "Foundation", "Centre",
    "Center", "Front", "Project", "Initiative", "Institution", "Council",
    # church bodies named by their see ("Diocese of Northfield", "Archdiocese of ...")
    "Diocese", "Archdiocese", "Patriarchate", "Eparchy", "Congregation",
    # services named by what they are for ("Hotline for Night Workers", "Helpline for Older People")
    "Hotline", "Helpline",
)  # fmt: skip
DA_SUFFIXES = (
    "styrelsen", "styrelse", "foreningen", "forening", "selskabet", "ministeriet", "ministerium", "rådet", "råd",
    "kommune", "partiet", "parti", "fonden", "banken", "instituttet", "universitet", "universitetet", "politi",
    "politiet", "tilsynet", "direktoratet", "centret", "centeret", "hospital", "hospitalet", "forbund",
    "forbundet", "kassen", "bank", "koncern", "koncernen", "domstol", "retten", "tinget", "sygehus", "regionen",
    "parlamentet", "parlament", "udvalget", "udvalg", "ministerråd", "ministerrådet", "bevægelsen", "kommissionen",
    "domstolen", "forlag", "forlaget", "avisen", "agentur", "agenturet", "organisationen", "kontoret", "tilsyn",
    "demokratiet", "demokraterne", "folkeparti", "tidende", "bladet", "listen", "boldklub", "landsret",
)  # fmt: skip
DA_TAIL_WORDS = (
    "A/S",
    "ApS",
    "Kommune",
    "Region",
    "Politi",
    "Universitet",
    "Hospital",
    "Fond",
    "Bank",
    "Partiet",
    "Havn",
    "Lufthavn",
    "Energi",
    "Vind",
    "Forsyning",
    "Holding",
    "Gruppen",
    "Sygehus",
    "Teater",
    "Museum",
    # papers, courts, clubs and unions by their last word ("Ekstra Bladet", "Østre Landsret", "Lyngby Boldklub")
    "Bladet",
    "Posten",
    "Avis",
    "Avisen",
    "Dagblad",
    "Tidende",
    "Stiftstidende",
    "Folkeblad",
    "Landsret",
    "Byret",
    "Boldklub",
    "Forening",
    "Forbund",
    "Fagforening",
    "Sagen",
    "Gymnasium",
    "Skole",
    "Seminarium",
    "Akademi",
    # a broadcaster's news service ("DR Nyheder", "TV 2 Nyhederne")
    "Nyheder",
    "Nyhederne",
)
# Acronyms that are not organisations.
NOT_ORG_ACRONYMS = {
    "CEO", "CFO", "GDP", "TV", "AM", "PM", "BC", "AD", "ID", "UK", "US", "USA", "EU", "OK", "DNA", "HIV", "AIDS",
    "COVID", "SARS", "GMT", "UTC", "CET", "CO2", "PC", "IT", "AI", "MP", "MPs", "MEP", "MEPs", "VAT", "IPO", "PR",
    "FAQ", "PDF", "USD", "EUR", "GBP", "DKK", "ILS", "NIS", "SMS", "GPS", "CCTV", "LGBT", "LGBTQ", "ICU", "ER",
    "A/S", "ApS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NB", "PS", "OBS", "DK", "KM", "MW",
    "GW", "KW", "KWH", "MWH", "GWH", "TWH", "KG", "CM", "MM", "SUV", "VIP", "RIP", "NGO", "NGOs", "UN", "MRI",
    "ATM", "USB", "CPU", "GPU", "URL", "HTML", "HQ", "ISBN", "UFO", "WMD", "GMO", "IED", "RPG", "HD", "LED", "LCD",
    "DVD", "CD", "SOS", "VPN", "WiFi", "BMI", "PhD", "MBA", "CV", "PIN", "TB", "STD", "IVF",
}  # fmt: skip
AR_HEADS = (
    "وزارة", "شركة", "جامعة", "هيئة", "مجلس", "حزب", "منظمة", "بنك", "مصرف", "جمعية", "مؤسسة", "وكالة", "صندوق",
    "اتحاد", "حركة", "محكمة", "شرطة", "مديرية", "المديرية", "لجنة", "اللجنة", "الهيئة", "مركز", "المركز", "بلدية",
    "جيش", "صحيفة", "قناة", "مستشفى", "معهد", "رابطة", "نقابة", "ديوان", "كتائب", "سرايا", "مكتب", "الجمعية", "الاتحاد",
    "الحكومة", "حكومة", "إذاعة", "مشفى", "جماعة", "مدرسة", "كلية", "أكاديمية", "منتدى", "مفوضية", "برلمان",
    "جريدة", "مجلة", "كتلة", "جبهة", "استوديوهات", "مرصد", "سلطة", "حرس", "دار", "مصلحة", "منتخب",
)  # fmt: skip
HE_HEADS = (
    "משרד", "חברת", "אוניברסיטת", "בנק", "מפלגת", "ארגון", "עיריית", "רשות", "רשות", "מועצת", "ועדת", "בית המשפט",
    "בית החולים", "עמותת", "איגוד", "הסתדרות", "מכון", "קרן", "תנועת", "משטרת", "צבא", "עיתון", "ערוץ", "המכון",
    "הרשות", "המשרד", "מרכז", "המרכז", "לשכת", "בית הספר", "אגף", "המועצה", "התאחדות", "נציבות",
    "בית משפט", "פרקליטות", "ממשלת", "פטריארכיה", "שלטונות", "וועדת", "אוניברסיטה", "מכללת", "מכללה", "לשכה",
    "מוסד",
)  # fmt: skip
_AR_STOP = {"في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "التي", "الذي", "و", "أو", "قد", "لا", "ما", "بعد", "قبل"}
# Ordinals after a head: "المركز الأول" is first place; a rank, not a name.
_AR_ORDINALS = {"الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس",
                "الخامسة", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير", "الأخيرة"}  # fmt: skip
# Adjectives of a body's reach after which "ل" and a noun name its field: "الاتحاد الدولي لكرة القدم", "المنظمة
# العربية للتربية", "المجلس الأعلى للقضاء"; after other words "ل" starts what the body did or was for.
_AR_SCOPE = {"الدولي", "الدولية", "العالمي", "العالمية", "العربي", "العربية", "الأوروبي", "الأوروبية", "الأفريقي",
             "الأفريقية", "الإسلامي", "الإسلامية", "الأعلى", "العليا", "العام", "العامة", "الاتحادي", "الاتحادية",
             "الأمريكي", "الأمريكية", "الأميركي", "الأميركية", "البريطاني", "البريطانية"}  # fmt: skip
# Adjectives of time or standing: "the interim government", "the new council" describe, not name, a body.
_AR_PHASES = {"الانتقالية", "الانتقالي", "المؤقتة", "المؤقت", "الجديدة", "الجديد", "المقبلة", "المقبل", "الحالية",
              "الحالي", "السابقة", "السابق", "المنتهية", "المستقيلة", "المقالة"}  # fmt: skip
# What a writer calls a body after its name: rebel, hardline, radical, banned, armed.
_AR_STANCE = {"المتمردة", "المتمرد", "المتشددة", "المتشدد", "الراديكالية", "الراديكالي", "المحظورة", "المحظور",
              "المسلحة", "المسلح", "المتطرفة", "المتطرف"}  # fmt: skip
# "حركة" is also the movement of traffic, goods and people.
_AR_TRAFFIC = {"النقل", "المرور", "السير", "الملاحة", "الطيران", "البضائع", "الأفراد", "الأشخاص", "التجارة",
               "السفر", "الشحن", "الركاب", "السفن", "المسافرين", "الأموال", "الاستيراد", "التصدير", "التداول",
               "السياحة", "البيع", "الشراء", "الأسواق", "الرياح", "الأسعار"}  # fmt: skip
# Words in ل that are no "for" before a noun: "لأن" (because), "لكن" (but), "لم" (did not)...
_AR_LI_WORDS = {"لأن", "لأنه", "لأنها", "لكن", "لكنه", "لكي", "لم", "لن", "لا", "لدى", "لقد", "ليس", "ليست", "لذلك",
                "لها", "له", "لهم", "لهذا", "لهذه", "لتلك", "لذا", "لدي", "لنا", "لكم", "لما"}  # fmt: skip
_AR_TIMES = {"اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
             "الأسبوعية", "الأسبوع", "الماضي", "المقبل", "الحالي"}  # fmt: skip
# Past-tense verbs that start with ה like a definite noun and follow a body's name in news: "משרד החוץ הודיע".
_HE_VERBS = {
    "הודיע", "הודיעה", "הודיעו", "העלה", "העלתה", "הצביע", "הצביעה", "הצביעו", "החליט", "החליטה", "החליטו", "הכריז",
    "הכריזה", "הגיש", "הגישה", "הורה", "הורתה", "הזהיר", "הזהירה", "הדגיש", "הדגישה", "הסביר", "הסבירה", "הוסיף",
    "הוסיפה", "הציע", "הציעה", "הביע", "הביעה", "הגיב", "הגיבה", "הכחיש", "הכחישה", "החל", "החלה", "המשיך", "המשיכה",
    "השיב", "השיבה", "הבהיר", "הבהירה", "הפסיק", "הפסיקה", "הוציא", "הוציאה", "הפיץ", "הפיצה", "הבטיח", "הבטיחה",
    "הגיע", "הגיעה", "הגיעו", "היה", "הייתה", "היו", "הוא", "היא", "הם", "הן", "הזה", "הזאת", "האלה", "הורידה",
    "הוריד", "העביר", "העבירה", "הקים", "הקימה", "הטיל", "הטילה", "התנגד", "התנגדה", "התחיל", "התחילה", "הסכים",
    "הסכימה", "הציג", "הציגה", "העריך", "העריכה", "הצהיר", "הצהירה", "פרסם", "פרסמה", "אישר", "אישרה", "אמר", "אמרה",
}  # fmt: skip
_HE_VERBS |= {v + "ו" for v in _HE_VERBS if not v.endswith(("ה", "ו", "א"))}  # the plural: הודיעו, הגיבו
# A hif'il past verb in any person ("המליץ", "השקיעה", "הודיעו") after a name's complement ends the name.
_HE_HIFIL_PAST = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?")
# Words that start a person's or a place's name of two words: "בן גוריון", "באר שבע", "רמת גן", "כפר סבא".
_HE_NAME_BUILDERS = {"בן", "בת", "אבו", "אבן", "בית", "רמת", "קרית", "כפר", "נווה", "גבעת", "תל", "ראש", "באר", "עין",
                     "מעלה", "אום", "בני", "פתח"}  # fmt: skip
_HE_STOP = {"על", "של", "את", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "אמר", "אמרה", "כדי"}

_CAP = r"[A-ZÆØÅÉÖÄÜ][\w'’&.-]*"
_CONNECT = r"(?:of|for|and|the|on|&|de|du|des|la|le|for|i|og|af|til)"
# A body named by its purpose: "Committee to Protect Writers", "Committee Against Torture" (a capital after
# "to" is the verb of the name; in a headline written in title case it is the headline's verb, see places.py).
_PURPOSE = r"(?:to|against|Against)(?=\s+[A-Z])"
EN_TAIL_RUN = TokenGated(
    # a hyphenated last word counts by its end: "Riverton Sun-Times", "Star-Tribune"
    rf"(?<![\w-])(?:The\s+)?(?:{_CAP}\s+(?:{_CONNECT}\s+)?){{0,5}}(?:[A-Z][a-z]+-)?(?:{'|'.join(EN_TAIL)})(?![\w'’-])"
    rf"(?:\s+(?:of|for|on|{_PURPOSE})\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}){{0,3}}",
    # (the tail word follows a blank, a hyphen or a non-word mark and is followed by none: its first run of
    # letters, "Co" of "Co-operative", is a whole word of the sentence)
    frozenset(re.match(r"\w+", w).group() for w in EN_TAIL),  # type: ignore[union-attr]
)
EN_HEAD_RUN = gated(
    rf"(?<![\w-])(?:The\s+)?(?:{'|'.join(EN_HEAD)})\s+(?:of|for|on|{_PURPOSE})\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:and\s+)?{_CAP}){{0,3}}(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}){{0,2}}"
)
ROMAN = re.compile(r"[IVXLC]+")
# A site named by its address ("Secunia.com"), and a name with a capital "The" inside a sentence, which
# English writes only for a title, a band or a paper ("The Globe and Mail", "The Darkness").
# Any country's two-letter domain counts too ("Novosti.ru", "harbourtalk.sg"): a lower-case two-letter word glued
# to a word by a full stop is no sentence boundary (the next sentence starts with a capital).
DOMAIN = ShapeGated(
    r"(?<![\w.@/-])[A-Za-z][\w-]*\.(?:com|org|net|co\.uk|info|biz|(?:com?\.)?[a-z]{2})(?![\w]|\.\w)"
    # a full stop with its space left out before a short English word is no address: "with governance.it is costly"
    r"(?<!\.it)(?<!\.is)(?<!\.in)(?<!\.to)(?<!\.at)(?<!\.be)(?<!\.me)(?<!\.no)(?<!\.so)(?<!\.us)(?<!\.do)"
    r"(?<!\.go)(?<!\.my)(?<!\.by)(?<!\.am)(?<!\.as)(?<!\.an)(?<!\.or)(?<!\.on)(?<!\.he)(?<!\.we)"
    r"|(?<![\w.@/-])[A-Za-z][\w-]*\.(?:it|is|in|to|at|be|me|no|so|us|do|go|my|by|am|as|an|or|on|he|we)"
    r"(?![\w]|\.\w|\s+[a-z])",
    r"\.[a-z]",  # (both shapes hold a full stop and a lower-case letter right after it)
)
INNER_THE = gated(r"(?<=[a-z,;]\s)The\s+[A-Z][\w'’-]+(?:\s+(?:and|of|&)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,5}")
# Works and documents titled "The ...": a kind of work named in the sentence before the title or right after it
# ("novels such as The X", "The X book and film series"), or a document's head word ("The Declaration of X").
_WORK_KINDS = (
    r"novels?|books?|films?|movies?|songs?|albums?|poems?|plays?|series|stories|story|essays?|articles?|titled|"
    r"entitled|episodes?|shows?|documentary|paintings?|exhibitions?|operas?|musicals?|comics?|cartoons?|games?"
)
# the kind right before the title, or before a list that the title is in ("novels such as A, The B and The C")
_WORK_BEFORE = re.compile(
    rf"\b(?:{_WORK_KINDS})\s+(?:(?:such\s+as|like|including|as|titled|entitled|called|named)\s+[^.;:!?]*)?$"
)
_WORK_AFTER = re.compile(rf"\s+(?:{_WORK_KINDS})\b")
_DOCUMENT_HEADS = {
    "Declaration", "Treaty", "Convention", "Charter", "Constitution", "Act", "Accord", "Accords", "Agreement",
    "Protocol", "Resolution", "Manifesto", "Report", "Statement", "Law", "Bill",
}  # fmt: skip


def work_after(text: str, end: int) -> bool:
    """Whether a kind of work follows a name ending at `end` ("X & Y cartoons", "The X book"): the name is a title."""
    return _WORK_AFTER.match(text, end) is not None


def inner_the_bodies(text: str) -> list[re.Match[str]]:
    """INNER_THE matches that name a band, a paper or a body, not a work or a document (see _WORK_KINDS)."""
    out = []
    for m in INNER_THE.finditer(text):
        if m.group(0).split()[1] in _DOCUMENT_HEADS or _WORK_AFTER.match(text, m.end()):
            continue
        if _WORK_BEFORE.search(text[: m.start()]):
            continue
        out.append(m)
    return out
# Names joined by "&" are firms ("Marks & Spencer", "Procter & Gamble", "Smith, Jones & Co."); the
# joined words stay whole, a possessive ("Standard & Poor's") is cut.
AMPERSAND = gated(
    r"(?<![\w'’.-])(?:[A-Z][\w-]*,\s+){0,3}(?:[A-Z][\w'’-]*\s+)?[A-Z][\w-]*\s+&\s+[A-Z][\w-]*\.?"
    r"(?:\s+[A-Z][\w-]*\.?)?(?=['’]s\b|(?![\w'’&-]))"
)
# A paper or magazine in Spanish, Portuguese, French or Italian keeps its article inside an English sentence:
# "a correspondent for El Diario", "told Le Courrier" (a known place such as "La Paz" is read as a place).
FOREIGN_TITLE = re.compile(
    r"(?<=[a-z,;:]\s)(?:El|La|Le|Il|O|Los|Las|Les)\s+[A-ZÁÉÍÓÚ][a-záéíóúàèìòùâêîôûçñã]+(?![\w'’-])"
)
# The employer after a job: "vice-president of Hargreaves Sachs", "a correspondent for El Diario", "an analyst
# at Northwind Capital" (places, people and dates are left to their own finders).
EMPLOYER_AFTER_JOB = gated(
    r"\b(?:president|vice-president|CEO|chairman|chairwoman|chairperson|director|founder|co-founder|editor|"
    r"correspondent|reporter|columnist|spokes(?:man|woman|person)|employee|analyst|economist|partner|banker|"
    r"executive|manager|trader|lawyer for|blogger|writer|contributor|journalist|commentator|researcher)\s+"
    r"(?:of|for|at|with)\s+((?:El|La|Le|O|Il)\s+)?"
    r"([A-Z][\w'’&-]*[a-z][\w'’&-]*(?:\s+(?:(?:de|del|da|do|dos|das|di)\s+)?[A-Z][\w'’&-]*[a-z][\w'’&-]*){0,2})"
    r"(?![\w'’-])"
)

# The body a named speaker speaks for: "Jane Roe from Northwind Trust said", "Ann Lee, for Food Safety Board,
# says", "Blogger J. Roe, from X writes". The caller checks the given name (or the job before the name); places,
# people and dates are left to their finders.
SPEAKER_FROM = gated(
    r"\b(?:([A-Z][a-z]+)\s+)?([A-Z][\w'’-]+|[A-Z]\.)(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+,?\s+(?:from|for|of|on|at)\s+"
    r"([A-Z][\w'’&-]*[a-z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*[a-z][\w'’&-]*){0,4}),?\s+"
    r"(?=(?:said|says|writes|wrote|explained|explains|told|tells|added|adds|noted|notes|observed|tweeted|posted|"
    r"mentioned|mentions|commented|comments|argued|argues|asked|asks|recalled|recalls|shared|shares)\b)"
)

# A name of two to four capitalised words doing what an outlet does: "Harbour Notes published", "Coastal Digest,
# meanwhile, posted". The caller keeps it only where a word of it is a common word (a blog or paper is named with
# them; a person is not) and it is no person, place or title.
OUTLET_VERB = gated(
    r"(?<![\w'’.@#-])((?:[A-Z][\w'’-]*[a-z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*)(?:,\s+[a-z]+,)?\s+"
    r"(?:has\s+|had\s+)?(?:published|tweeted|posted|observed|blogged|wrote|writes|reported|reports|compiled|shared)\b"
)

# An outlet the writer cites: "as Harbour Notes reports", "writes in Quaywire:", "Harbour Notes blog reported" at a
# sentence's start (the caller drops people, places, months and languages).
_CITED_NAME = r"([A-Z][\w'’-]*(?:\s+(?:(?:de|da|do|del|la|el)\s+)?[A-Z][\w'’-]*){0,3})"
CITED_OUTLET = gated(
    rf"\bas\s+{_CITED_NAME}\s+(?:reports|reported|notes|noted|writes|wrote|explains|explained|points\s+out|"
    r"pointed\s+out|puts\s+it|put\s+it)\b"
    rf"|\b(?:writes|wrote|blogs|blogged|published|posted|comments|commented|reports|reported)\s+(?:in|on)\s+"
    rf"{_CITED_NAME}(?=\s*[:,.])"
    rf"|^{_CITED_NAME}\s+(?:blog|website|site|newspaper|magazine|portal)\s+(?:reported|reports|wrote|writes|"
    r"published|noted|notes|posted|says|said)\b"
)


def cited_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of outlets the writer cites (see CITED_OUTLET)."""
    out = []
    for m in CITED_OUTLET.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        if group != 2 and " " not in m.group(group):
            continue  # "as Pancholon reported on his blog": one word before a verb of reporting is a blogger as often
        out.append((m.start(group), m.end(group), m.group(group)))
    return out


# Broadcasters' channels: a broadcaster's acronym or "Channel"/"Sky" and a number ("BBC Two", "Channel 4").
CHANNEL = ShapeGated(
    r"(?<![\w-])(?:[A-Z]{2,5}|Channel|Sky)\s(?:One|Two|Three|Four|Five|[1-9])(?![\w.,-]\d)(?![\w-])"
    # a network's local station by its channel number and city: "Fox 32 Riverton", "ABC 7 Chicago"
    r"|(?<![\w-])(?:Fox|NBC|CBS|ABC|CW|PBS|WGN)\s[1-9][0-9]?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?![\w'’-])",
    r"\s(?:One|Two|Three|Four|Five|[1-9])",  # (both shapes hold a blank, then a number)
)
# A television channel written with its number glued on ("ITV1", "TV2", "TV 2 Nord"): TV in the acronym
# says what it is, and a compass word after it names its regional station.
TV_CHANNEL = gated(
    r"(?<![\w-])[A-Z]{0,3}TV\s?[1-9](?![\w.,-]\d)(?![\w-])(?:\s(?:Nord|Syd|Øst|Vest|Fyn|North|South|East|West)\b)?"
)
# A channel's regional station, named by its region: "TV 2 Østjylland".
TV_REGION = re.compile(r"\s([A-ZÆØÅ][\wæøå-]+)(?![\w'’-])")
# Parties, movements, universities, banks, ministries and courts named in their own language: "Partido dos
# Trabalhadores", "Movimento 5 Stelle", "Lega Nord", "Universidad de Chile", "Banco Santander", "Corte Suprema":
# the head, then capitalised words joined by the language's particles.
_PARTICLE = r"(?:de|del|della|delle|dei|des|du|da|do|dos|das|la|le|les|für|der|die|pour|por|per|para|y|e|et|dell')"
_FOREIGN_WORD = r"(?:[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÇÑ][\w'’-]+|[0-9]{1,2}(?=\s+[A-Z]))"
FOREIGN_BODY = gated(
    r"(?<![\w'’-])(?:Partido|Parti|Partito|Partei|Movimento|Movimiento|Mouvement|Frente|Fronte|Unión|União|"
    r"Unione|Alianza|Aliança|Alleanza|Liga|Lega|Bloque|Bloco|Rassemblement|Congreso|Convergencia|Coalición|"
    r"Forza|Fuerza|Fratelli|Sinn|Universidad|Universidade|Université|Universität|Universiteit|Università|Instituto|"
    r"Institut|Banco|Banque|Ministerio|Ministério|Ministère|Ministero|Corte|Tribunal|Consejo|Conselho|Conseil|"
    r"Consiglio|Asamblea|Assemblée|Comisión|Comissão|Fundación|Fundação|Fondation|Fondazione|Asociación|"
    r"Associação|Federación|Confederación|Sindicato|Polícia|Policía|Policia|Ejército|Exército|Armée|Agencia|"
    r"Agência|Agence|Grupo|Gruppo|Groupe|Compañía|Companhia|Compagnie|Empresa|Radio|Rádio|Televisión|Diario|Jornal)"
    rf"(?:\s+{_PARTICLE})*\s+{_FOREIGN_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_FOREIGN_WORD}){{0,3}}(?![\w'’-])"
)

# An airline named "Air" and its country or city ("Air Canada", "Air India"); "Air Force" is a tail word's.
AIRLINE = gated(r"(?<![\w'’-])Air\s+([A-Z][\w-]+)(?![\w'’-])")

# Sports clubs by the letters or words their names carry: "FC Northwind", "Riverton FC", "Hobro IK", "Real X",
# "Leeds United" (not "United States"). Two-letter prefixes such as "AS" or "SC" are left out: in English copy
# they are initials or abbreviations as often as clubs.
SPORTS_CLUB = gated(
    r"(?<![\w'’-])(?:(?:FC|AFC|FK|Real|Atlético|Atletico|Sporting|Inter|Dynamo|Dinamo|Olympique|Borussia|Deportivo)"
    r"\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
    r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:FC|AFC|IK|IF|BK|FF|GIF|United|Rovers|Wanderers|Hotspur)"
    r"(?!\s+(?:States|Nations|Kingdom|Arab|Airlines|Press|Way|Church|Methodist|Front)\b))(?![\w'’-])"
)
# "National Health Service (NHS)", "Movement 5 Stars (M5S)": a number may be a word of the name and the acronym;
# a list of words inside the name keeps its commas ("Union of Bakers, Cooks and Waiters (UBCW)").
ACRONYM_DEFINED = re.compile(
    rf"((?:{_CAP})(?:(?:\s+(?:{_CONNECT}\s+){{0,2}}|,\s+(?=[A-Z]))(?:{_CAP}|[0-9]{{1,2}}(?=\s+[A-Z]))){{1,7}})"
    r"\s+\((?:the\s+)?"
    rf"([A-ZÆØÅ](?:[a-z]?[A-ZÆØÅ&0-9]){{1,6}}s?)\)"
)
# "the Rapid Response Unit, or RRU,": the acronym given after "or" (checked against the name's capitals).
ACRONYM_OR_DEFINED = re.compile(
    rf"((?:{_CAP})(?:\s+(?:{_CONNECT}\s+){{0,2}}(?:{_CAP})){{1,7}}),\s+or\s+(?:the\s+)?"
    r"([A-ZÆØÅ](?:[a-z]?[A-ZÆØÅ&0-9]){1,6}s?)(?=\s*[,;)]|\s*\.(?!\w))"
)


def acronym_definitions(text: str) -> list[re.Match[str]]:
    """Names defined with their acronym, in brackets ("National Health Service (NHS)") or after ", or" ("Rapid
    Response Unit, or RRU,"), where the acronym's capitals are, in order, initials of the name's words."""
    out = list(ACRONYM_DEFINED.finditer(text)) if "(" in text else []
    for m in ACRONYM_OR_DEFINED.finditer(text) if ", or " in text else ():
        initials = iter(w[0] for w in m.group(1).split() if w[:1].isupper())
        if all(c in initials for c in m.group(2) if c.isupper()):
            out.append(m)
    return sorted(out, key=lambda m: m.start())


# An acronym, also in the genitive ("EFs ministerråd", "NATO's") or heading a compound ("EF-direktivet",
# "NATO-led"), matched without its ending.
ACRONYM = re.compile(r"(?<![\w-])[A-ZÆØÅ][A-ZÆØÅ&]{1,6}(?=(?:s|['’]s)?(?![\w-])|-[a-zæøå])")
# "Folkebevægelsen mod X", "Foreningen for Y": a body named by what it is for or against.
DA_COMPOUND = gated(
    rf"(?<![\w-])(?:{_CAP}\s+)?[A-ZÆØÅ][\w-]*(?:{'|'.join(DA_SUFFIXES)})(?=s?(?![\w-]))"  # "Folketingets": the genitive
    r"(?:\s+(?:mod|for|af)\s+[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?(?![\w-]))?"
)
# Danish bodies named "Dansk X", "Danske X", "Danmarks X" (Dansk Supermarked, Danske Bank, Danmarks Radio).
# "Munksgaards forlag", "EFs ministerråd": a name in the genitive owning a body named by a common noun.
DA_GENITIVE_BODY = gated(
    r"(?<![\w-])[A-ZÆØÅ][\wæøå]*[a-zæøåA-ZÆØÅ]s\s+(?:forlag|bogforlag|bryggeri|fabrik|fabrikker|avis|dagblad|bank|"
    r"fond|skole|hospital|teater|ministerråd|råd|udvalg|parlament|kommission|domstol|sekretariat)(?![\w-])"
)
DA_NATIONAL = gated(r"(?<![\w-])(?:Dansk|Danske|Danmarks)\s+[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?")
# "Region Midtjylland": a Danish region's council, named by the word before the region; "Jyllands-Posten": a
# paper named by a place and its kind.
DA_REGION = gated(r"(?<![\w-])Region\s+[A-ZÆØÅ][\wæøå-]+(?![\w-])")
DA_HYPHEN_PAPER = gated(r"(?<![\w-])[A-ZÆØÅ][\wæøå]*-(?:Posten|Bladet|Avisen|Tidende|Kuréren)(?![\w-])")
# "Zentrix-holdet", "Kystby-mandskabet": a team (or club, firm) named by its sponsor or town and a hyphen.
DA_HYPHEN_TEAM = gated(r"(?<![\w-])[A-ZÆØÅ][\wæøå]*-(?:holdet|mandskabet|klubben|firmaet|koncernen)(?![\w-])")


def da_hyphen_teams(text: str) -> list[re.Match[str]]:
    """ "Zentrix-holdet" (see DA_HYPHEN_TEAM); "Danmark-holdet", a country's team, names no body of its own."""
    out = []
    for m in DA_HYPHEN_TEAM.finditer(text):
        entry = lookup(m.group(0).split("-")[0])
        if entry is None or entry.kind != "place":
            out.append(m)
    return out
DA_TAIL_RUN = gated(rf"(?<![\w-])(?:{_CAP}\s+){{1,3}}(?:{'|'.join(re.escape(w) for w in DA_TAIL_WORDS)})(?![\w-])")


# Lower-case words that say the next capitalised name is an organisation ("research company Sophos").
EN_DESCRIPTORS = (
    "company", "firm", "group", "retailer", "operator", "bank", "insurer", "reinsurer", "newspaper", "broadcaster",
    "party", "charity", "agency", "organisation", "organization", "carrier", "airline", "manufacturer", "maker",
    "producer", "giant", "chain", "publisher", "network", "union", "corporation", "conglomerate", "developer",
    "provider", "supplier", "lender", "watchdog", "regulator", "magazine", "website", "site", "blog", "weekly",
    "daily", "tabloid", "club", "team", "band", "label", "NGO", "studio", "outlet", "portal", "startup", "publication",
    "selskab", "selskabet", "virksomheden", "firmaet",
    "koncernen", "kæden", "avisen", "partiet", "organisationen", "banken",
)  # fmt: skip
# A Spanish, Portuguese, French or Italian name keeps its "of" and "the" ("the blog Voces por la Paz").
_ROMANCE_OF = r"por|para|pela|pelo|de|del|da|do|dos|das|des|du|di|della|sobre|em|en|con|com|sur|su"
_ROMANCE_THE = r"la|el|los|las|le|les|a|o|il"
DESCRIBED = gated(
    rf"\b(?:{'|'.join(EN_DESCRIPTORS)})\s+((?:[A-ZÆØÅ][\w&'’.-]*|[A-ZÆØÅ]{{2,}})(?:\s+[A-ZÆØÅ][\w&'’.-]*){{0,3}}"
    rf"(?:\s+(?:of|for|{_ROMANCE_OF})\s+(?:(?:the|{_ROMANCE_THE})\s+)?[A-ZÆØÅ][\w&'’-]*(?:\s+[A-ZÆØÅ][\w&'’-]*){{0,2}})?"
    # a blog or site may end its name with a number: "the blog Attic 12"
    r"(?:(?<=[a-z])\s+[0-9]{1,4}(?![\w,.]\d|[\w-]))?)"
)

# A name, then an apposition whose head is a kind of body: "Petrobras, the state oil company,", "Acme, a
# Leeds-based firm that ...". The head must end the apposition, so that "Jane Roe, a company spokeswoman" is a
# person, and the words between are no clause ("Jane Roe, who founded the firm").
_APPOSED_KIND = (
    "company", "firm", "bank", "insurer", "newspaper", "broadcaster", "party", "charity", "agency", "organisation",
    "organization", "carrier", "airline", "manufacturer", "maker", "producer", "retailer", "publisher", "network",
    "union", "corporation", "conglomerate", "lender", "watchdog", "regulator", "magazine", "website", "NGO", "group",
    "movement", "association", "foundation", "institute", "university", "club", "team", "daily", "weekly",
    # campaigns and outlets online: "Save Our Dunes, a Facebook campaign,", "Harbour Notes, a local blog"
    "campaign", "initiative", "coalition", "alliance", "collective", "blog", "portal", "outlet", "channel", "station",
    "forum", "platform", "authority", "publication", "tank",
)  # fmt: skip
APPOSED = gated(
    r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:\s+(?:of\s+|de\s+|do\s+)?[A-Z][\w&'’.-]*){0,3})[\"”]?,\s+(?:(?:a|an|the)\s+)?"
    r"((?:[\w-]+\s+){0,3})(?:" + "|".join(_APPOSED_KIND) + r")(?=\s*[,;)]|\s*\.(?!\w)|\s+(?:that|which|based|owned|"
    # or a participle that says what it does: "Acme, an organization working on ..."
    r"founded|with|in|from|has|have|had|is|was|will|[a-z]{3,}ing)\b)"
)
_CLAUSE_WORDS = {"who", "whose", "which", "that", "said", "says", "told", "and", "or", "but", "when", "where", "now",
                 "then", "also", "is", "was", "has", "had", "of", "for", "at", "his", "her", "their",
                 "its"}  # fmt: skip

# A body named in quote marks after its kind: 'the website "Open Ledger"', "the group “Mothers of May”".
EN_QUOTED_NAME = gated(
    r"\b(?:website|site|blog|forum|magazine|newspaper|paper|group|campaign|movement|band|company|firm|channel|"
    r"network|party|organi[sz]ation|NGO|charity|club)\s+[\"“]([A-Z][^\"“”]{1,40}?)[,.]?[\"”]"
)

# A page, group or account on a platform, named after it: "the Facebook page We Are All Harbour", "a Twitter account
# called Quay Watch" (the corpus counts such a page as an organisation).
SOCIAL_PAGE = gated(
    r"\b(?:Facebook|Twitter|Instagram|YouTube|Telegram|TikTok|VKontakte)\s+(?:page|group|account|channel|community)"
    r"\s+(?:called\s+|named\s+)?[\"“]?((?!I\s)[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,5})"
)  # (not "I": a page named by a sentence, "I want to meet X", is read no further than its first word)

# A list of names after a plural kind of body: "retailers such as Wal-Mart and Home Depot", "parties including
# X, Y and Z", "virksomheder som X og Y".
_KIND_WORDS = (
    "companies", "firms", "retailers", "banks", "insurers", "groups", "parties", "organisations", "organizations",
    "NGOs", "charities", "agencies", "newspapers", "papers", "broadcasters", "channels", "carriers", "airlines",
    "clubs", "teams", "sites", "websites", "platforms", "networks", "unions", "manufacturers", "makers", "giants",
    "chains", "publishers", "lenders", "universities", "bands", "virksomheder", "selskaber", "partier",
    "organisationer", "klubber", "aviser", "kæder",
)  # fmt: skip
# A sentence may open with the kind ("Companies such as X and Y", "Kæder som X og Y"): its first letter either case.
_KIND_WORDS_LOWER = tuple(w.lower() for w in _KIND_WORDS)  # (lower-cased once, not per sentence)
_KINDS = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w for w in _KIND_WORDS) + ")"
_LISTED_NAME = r"[A-ZÆØÅ][\w&'’.-]*(?:\s+[A-ZÆØÅ][\w&'’.-]*){0,3}"
LISTED_AFTER_KIND = gated(
    rf"\b{_KINDS}(?:,)?\s+(?:such\s+as|like|including|as\s+well\s+as|som|herunder|bl\.a\.)\s+"
    rf"({_LISTED_NAME}(?:,\s+{_LISTED_NAME})*(?:,?\s+(?:and|or|og|eller)\s+{_LISTED_NAME})?)"
    # or right after the kind when two or more names follow: "the sites Harbour Notes and Quay Talk"
    rf"|\b{_KINDS}\s+({_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+(?:and|or|og|eller)\s+{_LISTED_NAME})"
)


# A group named by the people it gathers and what it is for or against: "Drivers for Safer Roads", "Parents
# Against Noise", "Doctors Without Limits" (the caller checks that the plural's singular names a person).
PEOPLE_FOR = gated(
    r"(?<![\w'’.-])([A-Z][a-z]+s)\s+(?:for|Without|Against|against)\s+(?:the\s+|a\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,3}(?![\w'’-])"
)
# "X, one of the leading local media outlets in Y": a name that an apposition counts among bodies; "a social
# network called X", "a party named Y": a name given after its kind.
_PLURAL_KIND = r"(?:outlets|media|newspapers|papers|dailies|weeklies|magazines|blogs|websites|sites|broadcasters|" \
    r"channels|companies|firms|banks|parties|groups|organi[sz]ations|NGOs|charities|agencies|clubs|teams|unions|" \
    r"universities|networks|portals|publishers|movements|associations)"
ONE_OF_KIND = gated(
    r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    rf"{_PLURAL_KIND}(?![\w-])"
)
CALLED = gated(
    rf"\b(?:{'|'.join(EN_DESCRIPTORS)}|movement|association|campaign|coalition|initiative|forum|page|account)\s+"
    r"(?:called|named|known\s+as|dubbed)\s+[\"“]?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)
# "the X blog", "on the X website", "a Y newspaper": a name written before its kind (the caller drops places,
# peoples and people).
NAME_BEFORE_KIND = gated(
    r"\b(?i:the|a|an|on|in|at|from|by|via|its|his|her|their)\s+(?:[a-z]+\s+)?((?:[A-Z0-9][\w&'’.-]*\s+){1,4})"
    r"(?:blog|website|newspaper|magazine|weekly|daily|portal|news\s+site|account|article|editorial)(?![\w-])"
)


def people_for(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of groups named by the people they gather and their cause (see PEOPLE_FOR)."""
    out = []
    for m in PEOPLE_FOR.finditer(text):
        if is_person_noun(m.group(1)[:-1].lower()) or is_person_noun(m.group(1)[:-2].lower()):
            out.append((m.start(), m.end(), m.group(0)))
    return out


# A name in apposition right after its kind and a comma, closed by a comma or the sentence's end: "on her blog,
# Tinted Panes.", "Another group, Harbour Watch, said" (the caller drops people, places and peoples).
_KIND_COMMA = (
    r"\b(?:blog|website|site|newspaper|magazine|paper|weekly|daily|group|organi[sz]ation|movement|campaign|NGO|"
    r"charity|station|channel|portal|initiative|network|collective|coalition|company|firm|agency|publication|"
    r"outlet|broadcaster|think\s+tank|authority|regulator|watchdog)\s*,\s+(?:the\s+)?"
)
KIND_COMMA_BEFORE = gated(_KIND_COMMA + "$")
# (small words and numbers may stand inside the name: "the blog, Notes in 3 Parts,")
KIND_THEN_NAME = gated(
    _KIND_COMMA + r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|[0-9]{1,4}|in|of|the|for|and|on|a|de|del|la|y|e)){0,5})"
    r"(?<=[\w&'’-])(?=\s*[,;:)]|\s*\.(?!\w)|\s*$|\s+(?:writes|wrote|reports|reported|published|posted|notes|noted|"
    r"explains|explained)\b)"
)
# A political party named before the common noun "party": "the ruling Harbour-PF party", "the opposition
# Labour party", "Green party leader" (a word before or after says it is a party in politics, not a celebration).
_PARTY_BEFORE = (
    r"ruling|opposition|governing|Islamist|nationalist|right-wing|left-wing|far-right|far-left|centrist|"
    r"centre-right|center-right|centre-left|center-left|populist|pro-government|separatist|junior|rival|banned|"
    r"outlawed|small|main|coalition|political"
)
_PARTY_AFTER = (
    r"leader|leaders|leadership|member|members|chairman|chairwoman|chief|spokesman|spokeswoman|spokesperson|"
    r"candidate|candidates|official|officials|lawmaker|lawmakers|MP|MPs|deputies|deputy|congress|secretary|"
    r"headquarters|list|ticket|politician|politicians|activists|supporters|founder"
)
PARTY_LOWER = re.compile(
    rf"\b(?:(?:{_PARTY_BEFORE})\s+((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)\s+party\b"
    rf"|((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)\s+party(?:['’]s)?\s+(?:{_PARTY_AFTER})\b)"
)


def parties_before_party(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of parties named before a lower-case "party" (see PARTY_LOWER): the common noun is no
    word of the name ("the centrist Harbour party" names "Harbour", as the corpus lists it)."""
    out: list[tuple[int, int, str]] = []
    if " party" not in text:
        return out  # most sentences: no need to try the pattern at every capital
    for m in PARTY_LOWER.finditer(text):
        group = 1 if m.group(1) else 2
        out.append((m.start(group), m.end(group), m.group(group)))
    return out


def named_kinds(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names an apposition counts among bodies, given after "called", or written before
    their kind ("the X blog"); the caller drops places, people and peoples."""
    out = []
    for m in (*ONE_OF_KIND.finditer(text), *CALLED.finditer(text), *KIND_THEN_NAME.finditer(text)):
        name = m.group(1).rstrip(".,")
        out.append((m.start(1), m.start(1) + len(name), name))
    for m in NAME_BEFORE_KIND.finditer(text):
        name = m.group(1).strip()
        if name.endswith(("'s", "’s", "'", "’")):
            continue  # "the Church's website": the owner, whose own name is read elsewhere
        if re.fullmatch(r"\S+-(?:based|run|owned|backed|funded|language|born)", name):
            continue  # "the Harbour-based newspaper": where the paper is, not its name
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


def listed_after_kind(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name in a list after a plural kind of body (see LISTED_AFTER_KIND)."""
    out: list[tuple[int, int, str]] = []
    lower = text.lower()
    if not any(map(lower.__contains__, _KIND_WORDS_LOWER)):
        return out  # most sentences name no kind: spare the pattern
    for m in LISTED_AFTER_KIND.finditer(text):
        group = 1 if m.group(1) else 2
        for item in re.finditer(_LISTED_NAME, m.group(group)):
            name = item.group(0).rstrip(".,")
            out.append((m.start(group) + item.start(), m.start(group) + item.start() + len(name), name))
    return out


def apposed_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names that an apposition calls a company, party, paper... (see APPOSED)."""
    out = []
    for m in APPOSED.finditer(text):
        if any(w.lower() in _CLAUSE_WORDS for w in m.group(2).split()):
            continue
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


def _is_org(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "organisation"


def _is_place(name: str) -> bool:
    entry = lookup(name.strip("،."))
    return entry is not None and entry.kind == "place"


def arabic_orgs(text: str) -> list[tuple[int, int, str]]:
    """وزارة الصحة, شركة X: a head noun and the words that follow it in the construct state, with an
    acronym in brackets after it ("منظمة الأغذية والزراعة (الفاو)") taken into its stretch."""
    out = []
    heads = "|".join(AR_HEADS)
    taken_to = 0
    # The words after the head in a look-ahead, so that a name starting inside them is still seen
    # ("الاتحاد شكوى للحكومة المغربية").
    for m in re.finditer(
        rf"(?<![\w\u0600-\u06ff])(?:[وبلف]|[وف]?لل|[وف]?بال)?((?:ال)?(?:{heads}))(?=((?:\s+[\u0621-\u0652\u0670]+){{1,4}}))",
        text,
    ):
        head = m.group(1)
        start = m.start(1)
        if start < taken_to:
            continue  # a head word inside the name just found ("رابطة مدرسة ...")
        if text[m.start() : start].endswith(("لل", "بال")) and not head.startswith("ال"):
            head = "ال" + head  # "للحكومة التونسية" (for the Tunisian government) is "الحكومة التونسية"
        definite = head.startswith("ال")
        kept: list[str] = []
        following = [w.rstrip("،.") for w in m.group(2).split()]
        known = next((n for n in (4, 3, 2, 1) if len(following) >= n and _is_org(" ".join(following[:n]))), 0)
        words = following[:known] or m.group(2).split()
        for at, w in enumerate(words):
            if known:  # "منظمة أطباء بلا حدود", "وكالة فرانس برس": the head, then a name the gazetteer knows
                kept.append(w)
                continue
            if w in _AR_STOP or w in _AR_TIMES:
                break  # "المجلس الوطني السوري اليوم الأحد": the day is when, not part of the name
            if not kept and (w in _AR_ORDINALS or (definite and w in _AR_PHASES)):
                break  # "المركز الأول" (first place), "الحكومة الانتقالية" (the interim government): no name
            if not kept and head.endswith("حركة") and w in _AR_TRAFFIC:
                break  # "حركة النقل" is the movement of traffic, not a political movement
            if kept and w in _AR_STANCE:
                break  # "حركة العدل والمساواة المتمردة": the writer's word for the body, not its name
            li = w.startswith("ل") and not w.startswith(("لل", "ال")) and w not in _AR_LI_WORDS
            if kept and li and not _is_place(w):  # "إذاعة صوت لبنان": a place's ل is its own
                if kept[-1] in _AR_SCOPE and at + 1 < len(words) and words[at + 1].startswith("ال") and len(w) > 3:
                    kept.append(w)  # "الاتحاد الدولي لكرة القدم": "for" and a noun in the construct state
                    continue
                break
            if any(_is_place(" ".join(kept[-n:])) for n in (1, 2) if len(kept) >= n):
                break  # "وكالة أنباء الشرق الأوسط المصرية": a place's name ends the name, not its adjective
            two = " ".join(x.strip("،.") for x in words[at : at + 2])
            if at + 1 < len(words) and not w.startswith("ال") and _is_place(two) and (kept or not definite):
                kept.extend(two.split())  # "حكومة هونغ كونغ": a place of two words ends it whole
                break
            if not w.startswith("ال") and _is_place(w) and (kept or not definite):
                kept.append(w.strip("،."))  # "إذاعة صوت إسرائيل", "إذاعة أوروبا": a place's name ends it
                break
            if (kept or definite) and not w.startswith(("ال", "لل", "وال")):
                break
            if definite and not kept and not w.startswith("ال"):
                break  # الشرطة والجيش: two bodies, not one name
            construct = at + 1 < len(words) and words[at + 1].startswith(("ال", "لل"))
            if not definite and not kept and not w.startswith(("ال", "لل")) and w.endswith(("ي", "ية", "يه")):
                if not construct:
                    break  # حزب سياسي, هيئة رئاسية: "a political party", a description
                # جمعية حماية المستهلك: a noun in ـية with a genitive after it is part of the name
            kept.append(w)
        if kept:
            name = " ".join([head, *kept])
            end = m.end(1) + len(" ".join(["", *kept]))
            bracket = re.match(r"\s*\(([^()]{2,20})\)", text[end:])
            if bracket:
                end += bracket.end()
            out.append((start, end, name))
            taken_to = end
    for m in _AR_QUOTED_NAME.finditer(text):
        if not any(a <= m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1).strip()))  # صحيفة " X ": the paper is X
    for m in _AR_QUOTED_NATIONAL.finditer(text):
        before = text[: m.start()].split()[-1:] or [""]
        if not any(a <= m.start(1) < b for a, b, _ in out) and not before[0].endswith(_AR_WORK_KINDS):
            out.append((m.start(1), m.end(1), m.group(1).strip()))  # " X " المصري: a club, party or firm of a country
    return out


# A name in quote marks with a country's adjective after it (" X " المصري, « X » السعودية): a club, party or firm;
# a work's title is preceded by its kind (فيلم " X ") and not counted.
_AR_QUOTED_NATIONAL = re.compile(
    r"[\"«“]\s*((?:ال)?[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,}){0,2})\s*[\"»”]\s+ال[\u0621-\u064a]{3,}(?:ي|ية)(?![\u0621-\u064a])"
)
_AR_WORK_KINDS = (
    "فيلم",
    "كتاب",
    "رواية",
    "أغنية",
    "مسلسل",
    "ألبوم",
    "قصيدة",
    "مسرحية",
    "لوحة",
    "برنامج",
    "عرض",
    "مهرجان",
)


# A newspaper, channel, site or company named in quote marks after its kind ("صحيفة « X »", "שרת „Y“").
_AR_QUOTED_NAME = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(?:ال)?(?:صحيفة|جريدة|مجلة|قناة|موقع|شركة|وكالة|تطبيق|إذاعة|برنامج|فريق|نادي|"
    r"حركة|حزب|منظمة|جماعة|مجموعة|فرقة|جمعية|مؤسسة|هيئة|تنظيم|ائتلاف|تحالف|اتحاد|منتخب)\s*[\"«“]\s*"
    r"([^\"«»“”]{2,40}?)\s*[\"»”]"
)
_HE_QUOTED_NAME = re.compile(
    r"(?<![\u0590-\u05ff])[ובלמש]?(?:עיתון|העיתון|ערוץ|אתר|חברת|סוכנות|תוכנית|רשת)\s*[\"„“']([^\"„“”']{2,40}?)[\"“”']"
)


def hebrew_orgs(text: str) -> list[tuple[int, int, str]]:
    """משרד הבריאות, חברת X: a head noun in the construct state and what it is of, ending before a verb
    (משרד החוץ הודיע), a second body joined by "and" (ומפלגת ...) or after a place's name (בנק ישראל)."""
    out = []
    heads = "|".join(sorted(HE_HEADS + HE_MORE_HEADS, key=len, reverse=True))
    taken_to = 0
    for m in re.finditer(
        rf"(?<![\w\u0590-\u05ff])(?:[ובלמשכ]{{0,2}}ה|[ובלמשכ]{{1,2}})?((?:{heads}))(?=((?:\s+[\u0590-\u05ff\"'״׳-]+[,.]?){{1,3}}))",
        text,
    ):
        if m.start(1) < taken_to:
            continue
        kept: list[str] = []
        rest = m.group(2).split()
        if m.group(1) == "ממשלת" and re.search(r"(?<![\u05d0-\u05ea])[ו]?ראש\s+$", text[: m.start()]):
            continue  # "ראש ממשלת צרפת": a title (prime minister), the country is the place
        if rest[0][:1] in '"„“\'' or m.group(1) == "עיתון":
            continue  # העיתון "X", "בעיתון הארץ": the paper's name is read below
        if not_a_body_here(m.group(1), rest[0].rstrip(",."), text[: m.start()]):
            continue  # "חברת הכנסת" (a member), "ועדת חקירה" (a kind), "בדרום ומרכז הגליל" (an area)
        place = next(
            (n for n in (3, 2, 1) if len(rest) >= n and lookup(" ".join(rest[:n]).rstrip(",.")) is not None), 0
        )
        place = place or next((n for n in (3, 2, 1) if len(rest) >= n and _is_org(" ".join(rest[:n]).rstrip(",."))), 0)
        if place:  # "אוניברסיטת תל אביב", "בנק ישראל": a place's name goes whole into the organisation's
            kept = [w.rstrip(',."״') for w in rest[:place]]
            rest = []
        definite = text[m.start() : m.start(1)].endswith("ה")  # "הצבא": a head with the article is no construct
        definite = definite or " ה" in m.group(1)  # "בית המשפט": the article closes the construct chain
        for w in rest:
            bare = w.rstrip(',."״')
            builder = bool(kept) and kept[-1] in _HE_NAME_BUILDERS  # "אוניברסיטת בן גוריון": a name of two words
            # "רשות ניירות ערך", "ארגון זכויות אדם": a construct plural takes its own complement (no verb in ה or ו)
            builder = builder or (
                len(kept) == 1 and kept[-1].endswith("ות") and kept[-1][:1] != "ה" and not bare.endswith(("ה", "ו"))
            )
            if bare in _HE_STOP or bare in _HE_VERBS or (kept and _HE_HIFIL_PAST.fullmatch(bare)):
                break  # "חברת החשמל השקיעה": a verb after the name
            if not kept and definite and re.fullmatch(r"הת[\u05d0-\u05ea]{3}", bare):
                break  # "המשרד התקשר": a hitpa'el past verb after a definite head
            if (kept or definite or _he_definite_head(m.group(1))) and not bare.startswith("ה") and not builder:
                break
            if re.match(rf"[ו]?(?:{heads})", bare) and not bare.startswith("ה"):
                break  # "ההסתדרות ומפלגת העבודה": a second body
            surname = m.group(1).endswith("ת") and not bare.endswith("ית")  # "ועדת שלגי": a construct head's noun
            if not kept and not bare.startswith("ה") and bare.endswith(("י", "ית")) and not surname:
                break  # "מרכז רפואי": a description, not a name
            if not kept and not definite and not m.group(1).endswith("ת") and _he_for_what(bare):
                break  # "משרד לחשבונאות", "משרד לייעוץ": an indefinite head and its purpose describe, never name
            kept.append(bare)
            if w != bare:
                break  # a comma or full stop ends the name
        if len(kept) == 1 and not definite and list_of_fields(rest):
            kept = [f"{rest[0]} {rest[1]} {rest[2].rstrip(',.')}"]  # "ועדת עבודה, רווחה ובריאות": fields in a list
        if not kept and not place and text[m.start() : m.start(1)].endswith("ה"):
            purpose = hebrew_purpose(text[m.end(1) :])
            kept = [purpose.strip()] if purpose else []
        if kept:
            definite_head = text[m.start() : m.start(1)].endswith("ה")
            # "באוניברסיטה העברית": ב swallowed the article of a head in -ה, which takes a definite adjective
            swallowed = bool(re.fullmatch(r"ו?[בלכ]", text[m.start() : m.start(1)])) and m.group(1).endswith("ה")
            swallowed = swallowed and kept[0].startswith("ה") and " " not in m.group(1)
            head, start = ("ה" + m.group(1), m.start(1) - 1) if definite_head else (m.group(1), m.start(1))
            head = "ה" + head if swallowed else head
            name = " ".join([head.strip(), *kept])
            tail = _he_affairs_of(text, start + len(name)) or _he_district_of(text, start + len(name), kept[-1])
            # "בית המשפט המחוזי בחיפה": a court of a level takes its seat; the one supreme court does not
            if re.match(r"\s*[\"״„“]", text[start + len(name) :]) and _HE_QUOTED_BODY.match(text, m.start()):
                continue  # 'מכון המחקר "X"': the kind before a quoted name, which is read as the body
            court = name.startswith(("בית המשפט", "בית משפט", "בית הדין")) and not name.endswith("העליון")
            name += tail or hebrew_org_tail(text[start + len(name) :], court)  # "בית משפט השלום תל אביב"
            if definite_head or name.split()[-1].startswith("ה"):
                name += hebrew_purpose(text[start + len(name) :])  # "הלשכה המרכזית לסטטיסטיקה"
            out.append((start, start + len(name), name))  # "הצבא הסורי" keeps its article
            taken_to = start + len(name)
    out.extend(o for o in party_in_brackets(text) if not any(a <= o[0] < b for a, b, _ in out))
    for o in [*institution_names(text, _HE_VERBS), *limited_companies(text, _HE_VERBS)]:  # longer than the kind
        out = [o, *(p for p in out if not (o[0] <= p[0] and p[1] <= o[1]))]
    for o in [*military_units(text), *paper_names(text, _HE_VERBS), *definite_bodies(text, _HE_VERBS),
              *services_of_a_place(text), *markets_and_schools(text)]:  # fmt: skip
        if not any(a <= o[0] < b or o[0] <= a < o[1] for a, b, _ in out):
            out.append(o)
    for m in _HE_QUOTED_NAME.finditer(text):
        if not any(a <= m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1).strip()))  # העיתון "X": the paper is X
    return out


# More heads of Hebrew bodies in the construct state or with the article: a government, a prosecution, a
# court of a level, a faction, a gang, a church's see, "the authorities".
HE_MORE_HEADS = ("ממשלת", "פרקליטות", "בית משפט", "סיעת", "כנופיית", "הפטריארכיה", "השלטונות", "מפקדת", "הנהלת",
                 "בית הדין", "שירות", "פיקוד", "שגרירות", "קונסוליית")  # fmt: skip


def _he_definite_head(head: str) -> bool:
    """A head that already carries the article ("בית המשפט", "הרשות", "השלטונות") is definite: only an
    adjective with the article may follow it ("בית המשפט העליון"), not the next word of the sentence
    ("בית המשפט לדבריו")."""
    return head.startswith("ה") or any(w.startswith("ה") for w in head.split()[1:])


# Hebrew abbreviations written with gershayim that name no body: titles and ranks, units, currencies,
# dates and eras, and the common shorthand of running text (a closed class, listed by hand).
_HE_NOT_BODY_ACRONYMS = {
    'ד"ר', 'עו"ד', 'יו"ר', 'רו"ח', 'מנכ"ל', 'סמנכ"ל', 'מנכ"לית', 'יו"רית', 'ח"כ', 'חה"כ', 'רמטכ"ל', 'אלו"ף',
    'רס"ן', 'סא"ל', 'תא"ל', 'אל"מ', 'רס"ל', 'רס"ר', 'סג"ם', 'נ"צ', 'ניצ"מ', 'תנ"צ', 'רנ"ג', 'מ"פ', 'מ"כ', 'מג"ד',
    'מח"ט', 'אג"ם', 'פרופ"', 'ז"ל', 'ע"ה', 'ע"י', 'עפ"י', 'כ"כ', 'בד"כ', 'אח"כ', 'סה"כ', 'ת"ז', 'מע"מ', 'בע"מ',
    'ש"ח', 'מ"ר', 'ק"מ', 'ס"מ', 'מ"מ', 'מ"ג', 'ק"ג', 'קמ"ש', 'לפנה"ס', 'לסה"נ', 'לספה"נ', 'פנה"ס', 'תנ"ך', 'חז"ל',
    'בס"ד', 'נ"ב', 'ר"ת', 'דו"ח', 'דו"חות', 'ת"ד', 'מו"מ', 'חו"ל', 'פס"ד', 'בי"ח', 'ביה"ס', 'ביהמ"ש', 'יח"צ',
    'אג"ח', 'תמ"ג', 'מק"ט', 'אא"כ', 'אע"פ', 'כנ"ל', 'הנ"ל', 'וכד\'', 'עו"ס', 'מו"ל', 'שו"ת', 'ש"ס', 'רש"י',
    'רמב"ם', 'בה"ד', 'תש"ח', 'או"ח', 'סמג"ד', 'סמח"ט', 'סמ"פ', 'קמ"ן', 'רמ"ט', 'רל"ש', 'מפכ"ל', 'מזכ"ל', 'רבש"צ',
    'קצ"ר', 'מש"ק', 'נגמ"ש', 'נגמ"שים', 'נ"ט', 'חי"ר', 'חל"ת', 'נדל"ן', 'אח"מ', 'תמ"א', 'ת"א', 'פ"ת', 'ב"ש', 'ר"ג',
}  # fmt: skip
_HE_ACRONYM = re.compile(r"(?<![\u0590-\u05ff\"״'])([\u05d0-\u05ea]{2,5}[\"״][\u05d0-\u05ea])(?![\u0590-\u05ff\"״])")
_GEMATRIA = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70,
                                                       80, 80, 90, 90, 100, 200, 300, 400), strict=True))


def _he_gematria(word: str) -> bool:
    """A number of three letters or more in Hebrew letters (a year "תשמ"ד", a page "קכ"ג"): hundreds first, then
    letter values that never rise; "מד"א" (an aid body) starts with a ten and stays a word."""
    values = [_GEMATRIA[c] for c in word if c in _GEMATRIA]
    return values[0] >= 100 and all(a >= b for a, b in zip(values, values[1:], strict=False))


def hebrew_acronyms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of Hebrew acronyms written with gershayim that name a body ("לבג"ץ" is the court
    בג"ץ with "to" before it): not a title, a unit or shorthand, not a number in letters, not a place."""
    out = []
    for m in _HE_ACRONYM.finditer(text):
        word, start = m.group(1).replace("״", '"'), m.start(1)
        while word[0] in "ובלמש" and word.index('"') > 2 and word not in _HE_NOT_BODY_ACRONYMS:
            word, start = word[1:], start + 1  # a prefix letter, while two letters stay before the mark
        # the article stays, as with every Hebrew body's name ("השב"כ", like "הכנסת")
        glued = word[1:] if word[0] in "ובלמשה" else word  # "וד"ר", "לק"ג": a title or unit with a prefix
        if word in _HE_NOT_BODY_ACRONYMS or glued in _HE_NOT_BODY_ACRONYMS or _he_gematria(word):
            continue
        entry = lookup(word)
        if entry is not None and entry.kind == "place":
            continue
        before = text[: m.start(1)].split()[-1:] or [""]
        if before[0].endswith("ת") or before[0].endswith("("):
            continue  # "הלוואות עו"ש", "במכירת נדל"ן": a noun's complement; "(מק"מ)": a term defined before it
        out.append((start, m.end(1), text[start : m.end(1)]))
    return out


# A body named in quote marks after its kind: a faction, party, movement, company or gang ("לסיעת "X"",
# "מחברת 'Y'"): the name is what the quote marks hold.
_HE_QUOTED_BODY = re.compile(
    # the kind may carry its field: 'מכון המחקר "X"', 'חברת הסקרים "X"'
    r"(?<![\u0590-\u05ff])[ובלמש]{0,2}ה?(?:סיעת|מפלגת|תנועת|חברת|ארגון|עמותת|קבוצת|כנופיית|רשת|מכון)"
    r"(?:\s+ה[\u05d0-\u05ea]{2,})?\s*([\"'״„“׳])"
    # an acronym's gershayim inside the marks stays in the name ('עמותת "חדו"ש"')
    r"([^\"'״„“”׳]{2,40}?(?:[\"״][\u05d0-\u05ea](?=[\"”״]))?)[\"'״”׳]"
)


def hebrew_quoted_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a body named in quote marks after its kind ("לסיעת "X"" is X)."""
    return [(m.start(2), m.end(2), m.group(2).strip()) for m in _HE_QUOTED_BODY.finditer(text)]


_HE_AFFAIRS = re.compile(r"\s+לעני?יני\s+[\u05d0-\u05ea]{2,}")


def _he_affairs_of(text: str, end: int) -> str:
    """ "ועדת השרים לענייני חקיקה", "המשרד לענייני דתות": a body's field after "for the affairs of" is part of
    its name; returns the words to add after the name that ends at `end` (or nothing)."""
    m = _HE_AFFAIRS.match(text, end)
    return m.group(0).rstrip(",.") if m else ""


def _he_for_what(word: str) -> bool:
    """A word with ל "for" after a head without the article and not marked as construct by its ת: what an
    ordinary office or company is for ("משרד לחשבונאות"), where a body's own name is in the construct state
    ("משרד החינוך"); after "כנופיית" or "עיריית" a word in ל is the name ("עיריית לוד")."""
    return word.startswith("ל") and not word.startswith(("לעני", "לא")) and len(word) > 3


def _he_district_of(text: str, end: int, last: str) -> str:
    """ "פרקליטות מחוז X", "משטרת מחוז X": a district's name after "מחוז" is part of the body's name when the
    gazetteer knows it as a place; returns the words to add (or nothing)."""
    if last not in ("מחוז", "נפת"):
        return ""
    words = text[end:].split()[:3]
    for n in (3, 2, 1):
        entry = lookup(" ".join(words[:n]).rstrip(",.")) if len(words) >= n else None
        if entry is not None and entry.kind == "place":
            return " " + " ".join(words[:n]).rstrip(",.")
    return ""
