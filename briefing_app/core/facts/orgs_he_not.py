"""Which Hebrew head-and-word pairs name no body: a member's title ("חברת הכנסת"), a kind of committee
("ועדת חקירה"), an area's centre ("מרכז העיר"), a common noun in an idiom ("מכון כושר")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

# "ועדת חקירה", "ועדת בירור": a committee's kind, not its name, when the word after the head is indefinite.
COMMITTEE_KINDS = {"חקירה", "בירור", "מעקב", "היגוי", "ערר", "משנה", "בחינה", "מומחים", "חריגים", "שרים", "תכנון",
                   "שחרורים", "משמעת", "אתיקה", "ביקורת", "מכרזים", "קבלה", "ציבורית", "מיוחדת", "בדיקה",
                   # the statutory committee that sets a town's bounds, any town's
                   "גבולות"}  # fmt: skip
# "חברת הכנסת X": a member of a body (a title), not a company.
MEMBER_OF = {"הכנסת", "כנסת", "מועצת", "הנהלת", "ועדת", "הפרלמנט", "הקבינט", "הממשלה", "המועצה", "ההנהלה",
             "הוועדה", "הפרקליטות"}  # fmt: skip


# "every", "each", "any" before a head: the head is a common noun of a kind ("כל רשות", "אף ועדת ...").
_EVERY = re.compile(r"(?<![\u05d0-\u05ea])[ו]?(?:כל|אף|שום)\s+$")
_COMPASS_AND = re.compile(r"(?<![\u05d0-\u05ea])[ובלמ]?(?:צפון|דרום|מזרח|מערב)\s+$")
_AREA_WORDS = {"הארץ", "העיר", "הרמה", "המדינה", "הכפר", "השכונה", "העמק", "הגליל", "הנגב", "הגוש", "הרצועה", "האי",
               "היבשת", "האזור", "הגזרה", "החזית", "המזרח",
               # "במרכז הדיון", "מרכז הכובד": the middle of a thing, no centre that acts
               "הדיון", "תשומת", "החיים", "העניינים", "הכובד", "הבמה", "העשייה", "הסערה", "הפרשה", "המחלוקת",
               "הוויכוח", "ההתעניינות", "הסיפור", "העלילה", "ההפגנה", "המחאה", "הקשב", "המסחרי", "הכיכר", "התמונה",
               "הזירה", "השולחן", "החדר", "האולם", "המגרש", "הרחוב", "המתחם", "הקמפיין", "הדרך"}  # fmt: skip


# Heads that are common nouns too, with the complements that make them the noun: organizing an event, a gym, a
# ray of light, a bank of targets, the right to speak, the movement of vehicles.
_NOUN_IDIOMS = {
    "ארגון": {"האירוע", "ההפגנה", "הכנס", "הטקס", "המסיבה", "הטיול", "המבצע", "העבודה", "המידע", "הזמן", "החומר",
              "אירועים", "הפגנות", "כנסים"},
    "מכון": {"כושר", "הכושר", "יופי", "היופי", "ציפורניים"},
    "קרן": {"אור", "האור", "שמש", "השמש", "הצבי", "השפע", "תקווה"},
    "בנק": {"המטרות", "מטרות", "דם", "הדם", "זרע", "מזון", "המזון", "ידע", "הזמן", "שעות", "נתונים", "הנתונים"},
    # (and the three branches of government, a concept rather than one body: "הרשות השופטת", "הרשות המחוקקת")
    "רשות": {"הדיבור", "דיבור", "הרבים", "היחיד", "השופטת", "המחוקקת", "המבצעת"},
    # (a school's grades, a company's divisions: "חטיבה עליונה", "חטיבת מחקר")
    "חטיבת": {"ביניים", "עליונה", "צעירה", "מחקר", "כספים", "משאבי"},
    "תנועת": {"הרכבים", "רכבים", "כלי", "המלקחיים", "הגוף", "הידיים", "היד", "הנוסעים", "הסחורות", "האוויר",
              "המטוסים", "הספינות", "הולכי", "ההמונים", "המטבעות", "הכספים", "הסחורה", "העננים"},
    # a government by its phase, not its country: caretaker, transitional, unity, emergency ("ממשלת המעבר"), and
    # by its make-up: of union, of the right or the left, of a minority ("ממשלת ימין", "ממשלת האיחוד")
    "ממשלת": {"המעבר", "מעבר", "אחדות", "האחדות", "חירום", "החירום", "איחוד", "האיחוד", "ימין", "הימין", "שמאל",
              "השמאל", "מיעוט", "המיעוט"},
}  # fmt: skip


# Kinds of service one does: "השירות הצבאי", "השירות הלאומי" (not "השירות המטאורולוגי", a body).
_SERVICE_KINDS = {"הצבאי", "הלאומי", "האזרחי", "הסדיר", "הקבע", "המילואים", "הציבורי", "הסוציאלי", "החובה", "הטוב",
                  "הלקוחות", "הרפואי",
                  # serving the public or the state ("לשירות הציבור", "בשירות המדינה"), a career, no body; the
                  # civil service's commission is named by its own head ("נציבות שירות המדינה")
                  "הציבור", "המדינה"}  # fmt: skip


# One person's office, whose "לשכה" is a room and a staff, not a body of its own: "בלשכת השופט", "לשכת הנגידה".
_ONE_HOLDER = {"השופט", "השופטת", "השר", "השרה", "הנגיד", "הנגידה", "הנשיא", "הנשיאה", 'המנכ"ל', 'המנכ"לית',
               'היו"ר', 'היו"רית', 'הרמטכ"ל', 'המפכ"ל', "המפקד", "המפקדת", "הרב", "השגריר", "השגרירה"}  # fmt: skip


# Kinds written in the absolute state, which a name puts in the construct ("לשכת", "מכללת", "אוניברסיטת"): with an
# indefinite word after them they are common nouns ("בלשכה גדולה", "מכללה אקדמית"); "מוסד" (the same in both
# states) only before an indefinite adjective ("מוסד חינוכי", not "מוסד ביאליק").
_ABSOLUTE_KINDS = {"לשכה", "מכללה", "אוניברסיטה"}
_ADJECTIVE = re.compile(r"[א-ת]{2,}(?:י|ית|ה|ים|ות|יים|יות)")
# A purpose after ל, a noun in -ות or -ה ("לבטיחות", "לצרכנות", "להשכלה"), which the adjective's shape also fits;
# not an adjective in ל ("לימודית", "לאומיות": -ית, -יות) nor an infinitive of a root in ה ("לבנות", "להיות").
_PURPOSE_NOUN = re.compile(r"ל[א-ת]{2,}[א-טך-ת](?:ות|ה)")
# A company's board by its kind ("מועצת המנהלים של הבנק"): the board of a body named elsewhere, no body of its own.
_BOARDS = {"המנהלים", "המנהלות", "הנאמנים"}


# "מועצת העיר", "מועצת הכפר": a council named by the kind of place it governs, any town's or village's council;
# the body is named by its town ("מועצת עיריית X", "המועצה המקומית X").
_KINDS_OF_PLACE = {"העיר", "עיר", "הכפר", "כפר", "היישוב", "יישוב", "המושב", "הקיבוץ", "השכונה", "המושבה"}


# Definite adjectives that say what kind of body a definite head is and never make a name of it: "הרשות המקומית"
# (the local authority, any town's), "הפיקוד המשטרתי" (the police's command), "הימין הקיצוני" (the far right). (Not a
# nation's, a field's or a creed's adjective, which names bodies: "הרשות הפלסטינית", "המשטרה הצבאית", "המפלגה
# הליברלית"; nor a rank's, "בית המשפט העליון".)
DESCRIPTIVE_ADJECTIVES = {"המקומית", "המקומי", "העירונית", "העירוני", "המשטרתית", "המשטרתי", "הקיצונית",
                          "הקיצוני", "הרדיקלית", "הרדיקלי", "המתונה", "המתון", "הממשלתית", "הממשלתי", "המוסמכת",
                          "המוסמך", "הרלוונטית", "הרלוונטי"}  # fmt: skip


def _a_place_first(after: str) -> bool:
    """Whether the words after a kind of place open a place's name ("מועצת העיר רמת גן": the town is named)."""
    words = [w.strip(",.;:") for w in after.split()[:2]]
    for n in (2, 1):
        entry = lookup(" ".join(words[:n])) if len(words) >= n else None
        if entry is not None and entry.kind == "place":
            return True
    return False


_NOT_A_BODY_HERE_RE1 = re.compile(r"ל?הת[\u05d0-\u05ea]{3,4}")


def not_a_body_here(head: str, first: str, before: str, after: str = "") -> bool:
    """Whether a head and the first word after it name no body: a member's title ("חברת הכנסת"), a kind of
    committee ("ועדת חקירה"), or the centre of an area ("מרכז העיר", "בדרום ומרכז רמת הגולן")."""
    if head == "חברת" and first in MEMBER_OF:
        return True
    if _EVERY.search(before) and first[:1] != "ה" and lookup(first) is None:
        return True  # "כל רשות ידעה את מקומה", "כל חברת ביטוח": every one of a kind, a common noun and no name
    if first in DESCRIPTIVE_ADJECTIVES and head not in ("מועצה", "המועצה"):
        return True  # "הרשות המקומית", "הפיקוד המשטרתי": a body of a kind, no name (a council's name follows its
        # kind: "המועצה המקומית X", read by orgs_he_kinds)
    if head in _ABSOLUTE_KINDS and first[:1] != "ה" and lookup(first) is None:
        return True  # "התפקיד יזכה אותו בלשכה גדולה": an office room of a kind, an adjective after it
    if head == "מוסד" and first[:1] != "ה" and _ADJECTIVE.fullmatch(first) and lookup(first) is None:
        if not _PURPOSE_NOUN.fullmatch(first):
            return True  # "מוסד חינוכי", "מוסד רפואי": an institution of a kind (not "המוסד לבטיחות", its purpose)
    if head == "מינהל" and first[:1] != "ה":
        return True  # "מינהל תקין", "מינהל ציבורי": administration as a practice; a body takes a definite field
    if head == "המועצה" and first in ("האזורית", "המקומית"):
        return True  # "המועצה המקומית ועמותת התרבות שלה": the council named before, its name read with its kind
    if head in ("מועצת", "ועד", "הנהלת") and first in _KINDS_OF_PLACE and not _a_place_first(after):
        return True  # "חברי מועצת העיר", "ישיבת מועצת עיר": a town's council of no town named
    if head == "מועצת" and first in _BOARDS:
        return True  # "מועצת המנהלים של הבנק החליטה": the bank's board; the bank is the body
    if first in _NOUN_IDIOMS.get(head, set()) or first in _NOUN_IDIOMS.get(head[1:] if head[:1] == "ה" else "", set()):
        return True  # "ארגון האירוע", "מכון כושר", "בנק המטרות", "רשות הדיבור", "תנועת הרכבים"
    if head in ("ועדת", "וועדת") and first in COMMITTEE_KINDS:
        return True
    if head == "לשכת" and first.replace("\u05f4", '"') in _ONE_HOLDER:
        return True  # "דיון בלשכת השופט", "ובלשכת הנגידה": the holder's office
    if head == "הנהלת" and first[:1] == "ה":
        return True  # "הנהלת הבורסה", "הנהלת החברה": the management of a body named by its kind; the body is read
        # at its own name ("הנהלת חברת X": חברת X), and a management is no body of its own
    if head == "חטיבת" and first[:1] == "ה":
        return True  # "חטיבת הגיוס המהיר", "חטיבת השריון": a brigade described by its kind, not its name
    if _NOT_A_BODY_HERE_RE1.fullmatch(first) and not first.endswith("ות"):
        return True  # "אין לרשות להתערב": the head as a common noun, then a hitpa'el infinitive
    if head in ("שירות", "פיקוד") and first != "בתי" and (not first.startswith("ה") or first in _SERVICE_KINDS):
        return True  # "שירות מילואים", "השירות הצבאי", "פיקוד ושליטה": not "שירות התעסוקה", "פיקוד העורף"
    if head in ("מרכז", "המרכז"):
        entry = lookup(first)
        return (
            bool(_COMPASS_AND.search(before))  # the prefix "ו" of "ומרכז" is part of the match
            or first in _AREA_WORDS
            or first.startswith(("רמת", "עמק", "הר", "בקעת"))
            or (entry is not None and entry.kind == "place")
        )
    return False


# "בית הכנסת", "בבתי הכנסת": a synagogue, the Knesset's name as the complement of "house".
_HOUSE_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[ובלמשכ]{0,2}(?:בית|בתי)\s+$")


def knesset_as_common_noun(text: str, start: int, written: str) -> bool:
    """Whether the listed "הכנסת" at `start` is another word spelt the same: a synagogue ("בבית הכנסת"), or the
    verbal noun "bringing in" after ב, ל or כ, which swallow the Knesset's article ("לכנסת") but keep the root's
    ה ("להכנסת מערכות", "בהכנסת ציוד")."""
    if written != "הכנסת":
        return False
    if _HOUSE_BEFORE.search(text, 0, start):
        return True
    glued = text[text.rfind(" ", 0, start) + 1 : start]
    kept = text.startswith("ה", start)  # (the gazetteer gives "בכנסת" back as "הכנסת", from after the ב)
    return kept and re.fullmatch(r"(?:ו|ש|וש|כש)?[בלכ]", glued) is not None


# Bodies named after the levy they collect ("מס הכנסה", income tax; "ביטוח לאומי", national insurance): after a
# word of paying, rating or exempting, or before a rate, the name is the levy itself, no body.
_LEVIES = {"מס הכנסה", "ביטוח לאומי"}
_LEVY_BEFORE = re.compile(
    r"(?<![\u05d0-\u05ea])(?:ו?ש?(?:שילם|שילמה|שילמו|לשלם|משלם|משלמת|משלמים|ישלם|ישלמו|תשלום|תשלומי|פטור|פטורה|פטורים|"
    r"הפחתת|העלאת|הורדת|מדרגות|מדרגת|החזר|החזרי|ניכוי|דמי|גביית|תקרת|שיעור|שיעורי|חבות|חייב|חייבים))\s+$"
)
_LEVY_AFTER = re.compile(r"\s+(?:בשיעור|בגובה|של\s+\d|בסך|שנתי|חודשי)(?![\u05d0-\u05ea])")


def levy_not_body(text: str, start: int, end: int, written: str) -> bool:
    """Whether a listed body named after a levy ("מס הכנסה") is the levy at `start`: "שילם מס הכנסה", "דמי ביטוח
    לאומי", "מס הכנסה בשיעור 30%"; "למס הכנסה", "פקיד מס הכנסה" stay the body."""
    if written not in _LEVIES:
        return False
    return bool(_LEVY_BEFORE.search(text, 0, start)) or bool(_LEVY_AFTER.match(text, end))
