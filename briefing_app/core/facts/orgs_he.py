"""Hebrew bodies the head-noun reading (orgs.hebrew_orgs) misses or misreads: the end of a name after its head
and complement (the city it serves, "בית משפט השלום באר שבע"; its field, "ועדת השרים לענייני ביטחון"), a member's
party in brackets ("ח"כ דן לוי (העבודה)"), and the shapes of Israeli news: military units and channels by
number, papers named after their kind, definite bodies named by adjective or purpose, institutions named after
their kind, services and clubs by their place, companies with "בע"מ"; and which head-and-word pairs name no
body (a member's title, a kind of committee, an area's centre, a common noun in an idiom)."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

_WORDS = re.compile(r"\s+([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)")
# (a construct chain up to its definite last word: "לעניין תמחור דירות הנופש")
_FIELD = re.compile(
    r"\s+(לענייני|לעניין|לשם)\s+((?:[\u05d0-\u05ea]+\s+){0,2}ה[\u05d0-\u05ea]+(?:[\"\u05f4][\u05d0-\u05ea])?(?![\u05d0-\u05ea])|[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)"
)


_SEAT = re.compile(r"\s+ב([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea-]*)?)")


def hebrew_org_tail(after: str, court: bool = False) -> str:
    """The words right after a Hebrew body's name that still belong to it, with their leading space; "" if none.
    A court also takes its seat after ב ("בית המשפט המחוזי בחיפה")."""
    seat = _SEAT.match(after)
    if court and seat:
        seat_words = seat.group(1).split()
        for n in (len(seat_words), 1):
            entry = lookup(" ".join(seat_words[:n]).rstrip(",."))
            if entry is not None and entry.kind == "place" and entry.detail != "country":
                return after[: seat.start(1)] + " ".join(seat_words[:n]).rstrip(",.")
    field = _FIELD.match(after)
    if field:
        return field.group(0)
    words: list[str] = []
    at = 0
    for _ in range(3):
        m = _WORDS.match(after, at)
        if not m:
            break
        words.append(m.group(1))
        at = m.end()
    for n in (3, 2, 1):
        if len(words) >= n:
            entry = lookup(" ".join(words[:n]))
            if entry is not None and entry.kind == "place" and entry.detail == "city":
                return " " + " ".join(words[:n])  # a city, not a country ("ממשלת ... ישראל" is read before)
    return ""


# 'ח"כ דן לוי (העבודה)', "השרה רות כהן (יש עתיד)": the party of a member of parliament or a minister.
_PARTY = re.compile(
    r"(?:ח[\"\u05f4]כ|חבר\s+הכנסת|חברת\s+הכנסת|השר|השרה|שר|שרת)\s+(?:[\u05d0-\u05ea'\u05f3-]+\s+){1,3}"
    r"\(([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3 -]{1,24})\)"
)


def party_in_brackets(text: str) -> list[tuple[int, int, str]]:
    """Parties named in brackets after a member's or minister's name, as (start, end, name)."""
    return [(m.start(1), m.end(1), m.group(1).strip()) for m in _PARTY.finditer(text)]


# "הלשכה המרכזית לסטטיסטיקה", "המשרד להגנת הסביבה", "המוסד לביטוח לאומי": a definite body and its purpose
# after ל. Not a preposition of its own (לפי, לאחר), and not an infinitive: a purpose is followed by a
# definite word, an adjective, a comma or the end, an infinitive by its object or את.
_PURPOSE = re.compile(
    r"\s+(ל[\u05d0-\u05ea]{3,})((?:\s+(?:ה[\u05d0-\u05ea\"\u05f4]+|[\u05d0-\u05ea]+(?:י|ית)))?)(?=\s*[,.;:)]|\s*$|\s+\S)"
)
_NOT_PURPOSE = {"לפי", "לכן", "לדברי", "לדבריו", "לדבריה", "לאחר", "לפני", "לעומת", "לגבי", "לצורך", "לאור", "למרות",
                "לבין", "ליד", "לכל", "לאורך", "לקראת", "למען", "לטובת", "לעבר", "לתוך", "למשל", "לגמרי", "לעתים",
                "לעיתים", "להיות", "לאחרונה", "לבסוף", "לכך", "לעשות"}  # fmt: skip


# A purpose with nothing after it is a noun in ה ("לסטטיסטיקה"), not an infinitive (להתנגד, לחקור, לבנות).
_BARE_PURPOSE = re.compile(r"ל(?!ה)[\u05d0-\u05ea]{3,}ה")


def hebrew_purpose(after: str) -> str:
    """The purpose after a definite body's head, with its leading space ("" if none)."""
    m = _PURPOSE.match(after)
    if not m or m.group(1) in _NOT_PURPOSE:
        return ""
    if re.fullmatch(r"להת[\u05d0-\u05ea]{3,4}", m.group(1)) and not m.group(1).endswith("ות"):
        return ""  # "לרשות להתערב": a hitpa'el infinitive, no purpose ("להתיישבות" is a noun)
    rest = after[m.end() :]
    construct = re.match(r"\s+([\u05d0-\u05ea]{3,})(\s+ה[\u05d0-\u05ea]{2,})?", rest) if not m.group(2) else None
    fields = m.group(1).endswith("יני") or m.group(1) in ("לעניין", "לחקר", "לקידום", "לבחינת", "לבדיקת", "לחקירת")
    if construct and fields and not re.fullmatch(r"ה?ת.*|[\u05d0-\u05ea]+ו", construct.group(1)):
        return m.group(0).rstrip() + construct.group(0)  # "לענייני ביטחון הפנים": a field's construct, its complement
    if not m.group(2) and _and_more_purpose(rest):
        return m.group(0).rstrip() + _and_more_purpose(rest)  # "התנועה לאיכות ושקיפות"
    if not m.group(2) and not (re.match(r"\s*(?:[,.;:)]|$)", rest) and _BARE_PURPOSE.fullmatch(m.group(1))):
        return ""  # "הממשלה להעביר כספים", "את הפרקליטות להתנגד.": an infinitive
    # "לגילוי ילדי תימן", "לבדיקת מחדלי הגשרים": a construct plural in the purpose takes its complement, a
    # known place or a definite noun (not a verb in ה: "המוסד לביטוח לאומי הודיע")
    more = re.match(r"\s+([\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]{2,})?)", rest) if m.group(2).endswith("י") else None
    if more:
        words = more.group(1).split()
        verb = re.fullmatch(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?|הת.*", words[0])
        if words[0].startswith("ה") and words[0] not in _TIMES and not verb:
            return m.group(0).rstrip() + " " + words[0]
        n = next((k for k in (2, 1) if len(words) >= k and _is_place(" ".join(words[:k]))), 0)
        if n:
            return m.group(0).rstrip() + " " + " ".join(words[:n])
    return m.group(0).rstrip() + _and_more_purpose(rest)


def _and_more_purpose(rest: str) -> str:
    """A second field joined to a purpose by "and" ("למשילות ודמוקרטיה", "לשלום ולביטחון"): ו and a purpose
    with ל, or ו and an abstract noun (-יה, -ות, -ון), never a verb ("והמליצה", "והיה")."""
    m = re.match(r"\s+ו([\u05d0-\u05ea]{3,})(?![\u05d0-\u05ea\"\u05f4])", rest)
    if m is None or m.group(1) in ("היה", "הייתה", "היו") or m.group(1)[:1] == "ה":
        return ""
    word = m.group(1)
    noun = word[:1] == "ל" and len(word) > 3 or word.endswith(("יה", "ות", "ון"))
    return m.group(0) if noun else ""


_TIMES = {"היום", "השבוע", "הבוקר", "הערב", "הלילה", "השנה", "החודש", "הצהריים", "הם", "הוא", "היא", "הן", "היה",
          "הייתה"}  # fmt: skip


def _is_place(words: str) -> bool:
    entry = lookup(words)
    return entry is not None and entry.kind == "place"


_FIELD_WORD = re.compile(r"[\u05d0-\u05ea]{2,}")


def list_of_fields(words: list[str]) -> bool:
    """Whether the three words after an indefinite head are a list of its fields, the last joined by ו
    ("ועדת עבודה, רווחה ובריאות"): bare nouns, no article, no verb."""
    if len(words) < 3:
        return False
    first, second, third = words[0].rstrip(","), words[1], words[2].rstrip(",.")
    return (
        all(_FIELD_WORD.fullmatch(w) and not w.startswith("ה") for w in (first, second, third))
        and third.startswith("ו")
        and not third.startswith("וה")
        and len(third) > 3
    )


# A past verb of the hif'il ("השקיעה", "הודיעו") after a name ends it; adjectives rarely take that shape.
PAST_HIFIL = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]")


# A military unit named by its number: "חטיבה 188", "יחידה 8200", "בגדוד 13", "הדיוויזיה ה-9" (the ordinal in
# digits only after the article). The number is the unit's name, no figure (figures_he).
_UNIT = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}((ה)?(?:חטיבה|דיוויזיה|דיביזיה|אוגדה|גדוד|פלוגה|יחידה|שייטת|טייסת|כנף|גייס|"
    r"סיירת|בריגדה)\s+(?(2)(?:ה-?)?)\d{1,5})(?![\d\u05d0-\u05ea])"
)


# A news channel named by its number: "חדשות 12", "ערוץ 14", "רשת 13".
_CHANNEL = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}((?:חדשות|ערוץ|רשת)\s+\d{1,2})(?![\d\u05d0-\u05ea%])")


def military_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of military units and news channels named by their number."""
    if not re.search(r"\d", text):
        return []
    return [(m.start(1), m.end(1), m.group(1)) for r in (_UNIT, _CHANNEL) for m in r.finditer(text)]


# "בעיתון הארץ", "בשבועון העולם הזה", "העיתון גלובס": a paper named after its kind without quote marks is the
# name alone: the definite words after the kind, or one bare word that is no adjective (מקומי, יומי) or
# function word.
_PAPER = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}ה?(?:עיתון|שבועון|יומון|מקומון|ירחון|מגזין|דו-שבועון)\s+"
    r"((?:ה[\u05d0-\u05ea\"\u05f4]{2,}(?:\s+|(?=[\s,.;:)]|$))){1,3}|[\u05d0-\u05ea]{3,}(?![\u05d0-\u05ea\"\u05f4]))"
)
_NOT_PAPER_NAME = {"זה", "זו", "שלו", "שלה", "שלהם", "אחר", "אחד", "כזה", "היומי", "המקומי", "היום", "הבוקר",
                   "אתמול", "השבוע", "כי", "על", "את", "עם", "אשר", "של", "לא", "גם", "הוא", "היא"}  # fmt: skip


def paper_names(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of papers named after their kind without quote marks; `verbs` end a name."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("עיתון", "שבועון", "יומון", "מקומון", "ירחון", "מגזין")):
        return out
    for m in _PAPER.finditer(text):
        words: list[str] = []
        for w in m.group(1).split():
            verb = (w in verbs and (not words or w not in ("הזה", "הזאת"))) or (words and PAST_HIFIL.fullmatch(w))
            if w in _NOT_PAPER_NAME or verb:
                break  # "בעיתון הארץ הודיעו": a verb; "העולם הזה" keeps its demonstrative
            words.append(w)
        if not words or (len(words) == 1 and words[0].endswith(("י", "ית")) and not words[0].startswith("ה")):
            continue  # "בעיתון מקומי", "בעיתון יומי": an adjective, no name
        if words[0].startswith("ה") and words[0].endswith(("י", "ית")) and len(words) == 1:
            continue  # "בעיתון הבריטי": a nationality, no name
        name = " ".join(words)
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# "ועדת חקירה", "ועדת בירור": a committee's kind, not its name, when the word after the head is indefinite.
COMMITTEE_KINDS = {"חקירה", "בירור", "מעקב", "היגוי", "ערר", "משנה", "בחינה", "מומחים", "חריגים", "שרים", "תכנון",
                   "שחרורים", "משמעת", "אתיקה", "ביקורת", "מכרזים", "קבלה", "ציבורית", "מיוחדת"}  # fmt: skip
# "חברת הכנסת X": a member of a body (a title), not a company.
MEMBER_OF = {"הכנסת", "כנסת", "מועצת", "הנהלת", "ועדת", "הפרלמנט", "הקבינט", "הממשלה", "המועצה", "ההנהלה",
             "הוועדה", "הפרקליטות"}  # fmt: skip

# A definite body named only by its adjectives or its purpose: "הממשלה הגרמנית", "המפלגה הליברלית",
# "הוועדה לאנרגיה אטומית". The bare head ("הממשלה החליטה") names none, nor does a phase or size
# ("הממשלה החדשה", "המפלגה הגדולה").
# After ב, ל, כ the article is swallowed ("בוועדה לאנרגיה"): the name is written with it.
_DEFINITE_BODY = re.compile(
    r"(?<![\u05d0-\u05ea])(?:[ובלמש]{0,2}(ה)|ו?[בלכ])((?:ממשלה|מפלגה|וועדה|ועדה|קואליציה|תנועה|עמותה|אגודה))(?=\s)"
)
_PHASES = {"החדשה", "הנוכחית", "הקודמת", "הבאה", "הזאת", "הזו", "ההיא", "הראשונה", "השנייה", "האחרונה", "הגדולה",
           "הקטנה", "המוצעת", "המיוחדת", "הזמנית", "היוצאת", "הנכנסת", "המורחבת", "הקבועה", "השלטת", "המתוכננת",
           "העתידית", "המקומית", "הממונה", "האמורה", "הנ\"ל"}  # fmt: skip
# Adjectives that name a body only with its purpose: "הוועדה הציבורית לבחינת ..." (not "הוועדה הציבורית").
_KIND_ADJECTIVES = {"הציבורית", "המיוחדת", "המשותפת", "הממלכתית", "המקצועית", "המייעצת", "העליונה", "הממשלתית",
                    "הבין-משרדית", "הבינמשרדית", "הפרלמנטרית", "המשפטית"}  # fmt: skip


# Heads named only by a purpose: "התנועה לאיכות X", "העמותה לשמירת הטבע", "האגודה לזכויות X".
_BY_PURPOSE_ONLY = {"התנועה", "העמותה", "האגודה"}


def _country_after(text: str, at: int) -> str:
    """ "בישראל", "בצרפת" right after an association's name: the country it serves is part of the name."""
    m = re.match(r"\s+ב([\u05d0-\u05ea]{3,})(?![\u05d0-\u05ea])", text[at:])
    entry = lookup(m.group(1)) if m else None
    return m.group(0) if m and entry is not None and entry.kind == "place" and entry.detail == "country" else ""


def definite_bodies(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of definite bodies named by their adjectives or purpose; `verbs` end a name."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("ממשלה", "מפלגה", "ועדה", "קואליציה", "תנועה", "עמותה", "אגודה")):
        return out
    for m in _DEFINITE_BODY.finditer(text):
        at, words = m.end(2), ["ה" + m.group(2)]
        while len(words) < 4:
            w = re.match(r"\s+(ה[\u05d0-\u05ea]{2,})(?![\u05d0-\u05ea\"\u05f4])", text[at:])
            if not w or w.group(1) in verbs or PAST_HIFIL.fullmatch(w.group(1)) or w.group(1).startswith("הת"):
                break
            if not w.group(1).endswith(("ית", "ת", "ה", "ות")):
                break  # an adjective agrees with its head, all feminine; "הממשלה הבוקר" is when, "נוהל הוועדה
                # הקבוע" (the committee's fixed procedure) the masculine noun's
            words.append(w.group(1))
            at += w.end()
        if any(w in _PHASES for w in words[1:]):
            words = words[: next(i for i, w in enumerate(words) if w in _PHASES)]
        start = m.start(1) if m.group(1) else m.start(2)
        purpose = hebrew_purpose(text[m.end(2) + len(" ".join(words)) - len(words[0]) :])
        if (len(words) == 1 or words[-1] in _KIND_ADJECTIVES or words[0] in _BY_PURPOSE_ONLY) and not purpose:
            continue  # "התנועה הכבדה" is traffic: a movement is named by its purpose ("התנועה לאיכות X")
        name = " ".join(words) + purpose
        if purpose and words[0] in _BY_PURPOSE_ONLY:
            name += _country_after(text, m.end(2) + len(name) - len(words[0]))  # "העמותה לשמירת הטבע בישראל"
        parent = _OF_PARENT.match(text, m.end(2) + len(name) - len(words[0])) if purpose else None
        name += parent.group(0) if parent else ""  # "הוועדה לענייני X של הכנסת": the parliament's committee
        out.append((start, m.end(2) + len(name) - len(words[0]), name))
    return out


# A national service named by its country or city: "רכבת ישראל", "דואר ישראל"; alone the head is a train or mail.
# Sports clubs too: "מכבי תל אביב", "הפועל באר שבע", "בית"ר ירושלים".
_SERVICE = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}((?:רכבת|דואר|מכבי|הפועל|בית[\"\u05f4]ר|עירוני)"
    r"(?=\s+([\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]{2,})?)))"  # the place is looked at: "מכבי את הפועל X"
)


def services_of_a_place(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a service named by the country or city it serves."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("רכבת", "דואר", "מכבי", "הפועל", "בית", "עירוני")):
        return out
    for m in _SERVICE.finditer(text):
        words = m.group(2).split()
        for n in (2, 1):
            entry = lookup(" ".join(words[:n])) if len(words) >= n else None
            if entry is not None and entry.kind == "place":
                name = m.group(1).split()[0] + " " + " ".join(words[:n])
                out.append((m.start(1), m.start(1) + len(name), name))
                break
    return out


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
    "תנועת": {"הרכבים", "רכבים", "כלי", "המלקחיים", "הגוף", "הידיים", "היד", "הנוסעים", "הסחורות", "האוויר",
              "המטוסים", "הספינות", "הולכי", "ההמונים", "המטבעות", "הכספים", "הסחורה", "העננים"},
}  # fmt: skip


# Kinds of service one does: "השירות הצבאי", "השירות הלאומי" (not "השירות המטאורולוגי", a body).
_SERVICE_KINDS = {"הצבאי", "הלאומי", "האזרחי", "הסדיר", "הקבע", "המילואים", "הציבורי", "הסוציאלי", "החובה", "הטוב",
                  "הלקוחות"}  # fmt: skip


def not_a_body_here(head: str, first: str, before: str) -> bool:
    """Whether a head and the first word after it name no body: a member's title ("חברת הכנסת"), a kind of
    committee ("ועדת חקירה"), or the centre of an area ("מרכז העיר", "בדרום ומרכז רמת הגולן")."""
    if head == "חברת" and first in MEMBER_OF:
        return True
    if first in _NOUN_IDIOMS.get(head, set()) or first in _NOUN_IDIOMS.get(head[1:] if head[:1] == "ה" else "", set()):
        return True  # "ארגון האירוע", "מכון כושר", "בנק המטרות", "רשות הדיבור", "תנועת הרכבים"
    if head in ("ועדת", "וועדת") and first in COMMITTEE_KINDS:
        return True
    if re.fullmatch(r"ל?הת[\u05d0-\u05ea]{3,4}", first) and not first.endswith("ות"):
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


# Institutions whose kind comes first and whose own name follows in apposition: "בית החולים X", "המרכז הרפואי
# X Y", "המועצה האזורית X", "קופת חולים X". The name is one word, or two when the first is a construct plural
# or starts a place's name ("שערי X", "שער X").
_INSTITUTION = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמשכ]{0,2}((?:ה)?(?:בית החולים|מרכז הרפואי|מועצה האזורית|מועצה המקומית|מועצה אזורית|"
    r"מועצה מקומית|קופת חולים|שירותי בריאות))\s+([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]*[\u05d0-\u05ea])"
    r"(?:\s+([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+))?"
)
_PLACE_STARTS = {"שער", "רמת", "גבעת", "כפר", "עין", "נווה", "בית", "תל", "באר", "ראש", "קריית", "הר", "עמק", "חוף",
                 "מבואות", "גן", "מטה", "גליל", "לב"}  # fmt: skip
_NAME_ENDS = re.compile(r"\s*(?:[,.;:)\"״]|$|[ובלמ]{1,2}[\u05d0-\u05ea]{3,}(?![\u05d0-\u05ea]))")


def institution_names(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of institutions named after their kind. The name must end the subject or the phrase:
    a verb, a glued preposition or punctuation follows it, so that "בית החולים קיבל את ..." names none."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("בית החולים", "מרכז הרפואי", "מועצה", "קופת חולים", "שירותי בריאות")):
        return out  # the pattern scans every position: most sentences hold no such kind
    for m in _INSTITUTION.finditer(text):
        kind = m.group(1) if not m.group(1).startswith(("מרכז", "מועצה ה")) else "ה" + m.group(1)
        swallowed = re.search(r"(?<![\u05d0-\u05ea])[ו]?[בלכ]$", text[: m.start(1)])  # "למרכז": ל swallows ה
        if m.group(1).startswith(("מרכז", "מועצה ה")) and not (text[: m.start(1)].endswith("ה") or swallowed):
            continue  # "מרכז הרפואי" is no Hebrew: the article belongs before the head
        first, second = m.group(2), m.group(3)
        if first in verbs or first.startswith("ה") or first in _NOT_NAME_WORDS:
            continue
        words = [first]
        if second and (first in _PLACE_STARTS or (first.endswith("י") and len(first) > 3)) and second not in verbs:
            words.append(second)
        start = m.start(1) - (1 if kind != m.group(1) and not swallowed else 0)
        end = m.start(2) + len(" ".join(words))
        rest = text[end:]
        following = re.match(r"\s+([\u05d0-\u05ea\"\u05f4]+)", rest)
        verb = following is not None and (
            following.group(1) in verbs or following.group(1) in _REPORTING or PAST_HIFIL.fullmatch(following.group(1))
        )
        if not (_NAME_ENDS.match(rest) or verb):
            continue
        out.append((start, end, f"{kind} {' '.join(words)}"))
    return out


# Verbs of reporting that follow a body's name in news ("X מסר כי", "X דיווח").
_REPORTING = {"מסר", "מסרה", "מסרו", "ציין", "ציינה", "טען", "טענה", "דיווח", "דיווחה", "קבע", "קבעה", "פרסם", "פרסמה",
              "אישר", "אישרה", "דחה", "דחתה", "נמסר", "ביקש", "ביקשה", "סירב", "סירבה"}  # fmt: skip
_NOT_NAME_WORDS = {"של", "את", "על", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "שבה",
                   "שבו", "שם", "כבר", "עדיין", "רק", "כל", "אחר", "אחרת", "שלה", "שלו", "ציבורי", "ממשלתי",
                   "פרטי"}  # fmt: skip


# "X בע"מ" (Ltd.): the company's name is the one to three words before the mark of a limited company.
_LIMITED = re.compile(r"(?<![\u05d0-\u05ea])בע[\"\u05f4]מ(?![\u05d0-\u05ea])")
_NOT_IN_NAME = {"של", "את", "על", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "ב", "ל", "מ",
                "חברת", "החברה", "חברה", "שם", "בשם", "ע\"י"}  # fmt: skip


_NAME_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*")


def limited_companies(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of companies named with their "בע"מ"."""
    out: list[tuple[int, int, str]] = []
    if "בע" not in text:
        return out
    for m in _LIMITED.finditer(text):
        offset = max(0, m.start() - 80)
        words = list(_NAME_WORD.finditer(text[offset : m.start()]))
        kept: list[re.Match[str]] = []
        for w in reversed(words[-3:]):
            between = text[offset + w.end() : offset + (kept[0].start() if kept else m.start() - offset)]
            if w.group(0) in _NOT_IN_NAME or w.group(0) in verbs or re.search(r"[,.;:()]", between):
                break
            kept.insert(0, w)
        if kept:
            start = offset + kept[0].start()
            out.append((start, m.end(), text[start : m.end()]))
    return out


# An exchange named by its kind with the article and what it trades or where it is ("בבורסה לניירות ערך",
# "הבורסה בתל אביב"), or in the construct state ("בורסת היהלומים"); "הבורסה" alone is as often the market.
_EXCHANGE = re.compile(r"(?<![\u05d0-\u05ea])(?:[ובלמש]{0,2}(ה)|ו?[בלכ])?(בורסה|בורסת)(?![\u05d0-\u05ea])")
# Construct heads of schools and clearing houses, named by a place or a definite complement ("מדרשת X",
# "מכינת הגליל", "מסלקת הבורסה") and an army's corps and arms ("חיל הים", "זרוע היבשה"); not "ישיבת", far more
# often a meeting ("ישיבת הממשלה") than a yeshiva.
_SCHOOL = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(מדרשת|מכינת|אולפנת|מסלקת|חיל|זרוע)\s+(?=[\u05d0-\u05ea])")
_PLACE_AFTER = re.compile(r"\s+ב([\u05d0-\u05ea][\u05d0-\u05ea-]*(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea-]*)?)")
_DEFINITE_WORD = re.compile(r"\s+(ה[\u05d0-\u05ea\"\u05f4]{2,})(?![\u05d0-\u05ea])")


# Ensembles named after their kind: a band, an orchestra, a choir, a theatre in the construct state before a
# definite name or a place ("להקת הנח"ל", "תזמורת X", "תיאטרון הבימה"), or with the article and an adjective
# ("התיאטרון הקאמרי", "התזמורת הפילהרמונית").
_ENSEMBLE = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(להקת|תזמורת|מקהלת|תיאטרון)\s+(?=[\u05d0-\u05ea])")
_DEFINITE_ENSEMBLE = re.compile(
    r"(?<![\u05d0-\u05ea])(?:[ובלמש]{0,2}(ה)|ו?[בלכ])(תיאטרון|תזמורת|מקהלה|להקה)"
    r"((?:\s+ה[\u05d0-\u05ea]{2,}(?:י|ית|ים|ות)(?![\u05d0-\u05ea\"\u05f4])){1,2})"
)


def markets_and_schools(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of exchanges, schools, clearing houses and ensembles named after their kind: the
    head, its definite or place complement, a purpose with ל ("לניירות ערך") and the city after ב."""
    out: list[tuple[int, int, str]] = []
    if any(k in text for k in ("להק", "תזמורת", "מקהל", "תיאטרון")):
        out.extend(_ensembles(text))
    if not any(k in text for k in ("בורס", "מדרשת", "מכינת", "אולפנת", "מסלקת", "חיל", "זרוע")):
        return out
    for m in _SCHOOL.finditer(text):
        end = _complement(text, m.end(1))
        if end > m.end(1):
            end, name = _purpose_and_city(text, end, text[m.start(1) : end])
            out.append((m.start(1), end, name))  # "מסלקת הבורסה לניירות ערך בתל אביב"
    for m in _EXCHANGE.finditer(text):
        if any(a <= m.start(2) < b for a, b, _ in out):
            continue  # the exchange inside a clearing house's name
        construct = m.group(2) == "בורסת"
        swallowed = not m.group(1) and re.search(r"[בלכ]$", text[m.start() : m.start(2)]) is not None
        if not construct and not (m.group(1) or swallowed):
            continue  # "בורסה" bare: any market, no named one
        start = m.start(1) if m.group(1) else m.start(2)
        end = m.end(2)
        if construct:
            more = _complement(text, end)
            if more == end:
                continue
            end = more
        name = ("" if m.group(1) or construct else "ה") + text[start:end]
        named_end, name = _purpose_and_city(text, end, name)
        if named_end == end and not construct and not _the_exchange_of_a_crisis(text):
            continue  # "הבורסה" alone: as often the market in general ("רווחים בבורסה") as a body
        out.append((start, named_end, name))
    return out


def _the_exchange_of_a_crisis(text: str) -> bool:
    """Whether a sentence speaks of the exchange as a body that trades, crashes or closes ("המשבר בבורסה",
    "הבורסה קרסה", "הבורסה נסגרה"): then "הבורסה" alone names the country's exchange."""
    return (
        re.search(r"(?<![\u05d0-\u05ea])(?:ה?משבר|ה?מסחר|ה?קריסת|נסגרה|נפתחה|ננעל|נעילת|פתיחת|הפסקת)", text) is not None
    )


def _complement(text: str, at: int) -> int:
    """Where a construct head's complement ends: a known place of up to three words, or up to three definite
    words ("הבורסה לניירות ערך" is read by the purpose after); `at` when there is none."""
    words = re.match(r"((?:\s+[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'-]*){1,3})", text[at:])
    if words:
        parts = words.group(1).split()
        for n in (3, 2, 1):
            place = " ".join(parts[:n]).rstrip(",.")
            if len(parts) >= n and _is_place(place):
                return text.index(place, at) + len(place)
    end = at
    for _ in range(3):
        d = _DEFINITE_WORD.match(text, end)
        if not d or d.group(1) in _TIMES or PAST_HIFIL.fullmatch(d.group(1)):
            break
        if d.group(1).startswith("הת") and not d.group(1).endswith(("ים", "ות")):
            break  # a hitpa'el verb ("התקיימה"), not a plural noun ("התרנגולים")
        end = d.end()
    return end


def _purpose_and_city(text: str, at: int, name: str) -> tuple[int, str]:
    """The purpose ("לניירות ערך") and the city ("בתל אביב") after an exchange's name, if any."""
    purpose = re.match(r"\s+ל(ניירות|יהלומים|סחורות|מתכות|אנרגיה)(\s+ערך)?(?![\u05d0-\u05ea])", text[at:])
    if purpose:
        name += purpose.group(0)
        at += purpose.end()
    city = _PLACE_AFTER.match(text, at)
    if city:
        words = city.group(1).split()
        for n in (len(words), 1):
            place = " ".join(words[:n]).rstrip(",.")
            if _is_place(place):
                stop = at + city.start(1) - city.start() + len(place)
                return stop, name + text[at:stop]
    return at, name


def _ensembles(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _ENSEMBLE.finditer(text):
        end = _complement(text, m.end(1))
        if end > m.end(1):
            name = text[m.start(1) : end]
            swallowed = re.fullmatch(r"ו?[בלכ]", text[m.start() : m.start(1)]) is not None
            if swallowed and len(name.split()) == 2 and name.endswith(("י", "ית")):
                name = "ה" + name  # "בתיאטרון הקאמרי": ב swallowed the article of a noun and its adjective
            out.append((m.start(1), end, name))
    for m in _DEFINITE_ENSEMBLE.finditer(text):
        adjectives = m.group(3).split()
        if adjectives[0] in _PHASES or any(a <= m.start(2) < b for a, b, _ in out):
            continue  # "הלהקה החדשה": a phase, no name
        start = m.start(1) if m.group(1) else m.start(2)
        name = ("" if m.group(1) else "ה") + m.group(2) + " " + " ".join(adjectives)
        out.append((start, m.end(3), name))
    return out


# Heads of a body inside a parliament or a government (a committee, a council), which news and encyclopedias
# name with their parent after "של": "ועדת התשתיות של הכנסת", "הוועדה לענייני X של הכנסת". The parent is a
# body of its own too (`parents_of_sub_bodies`).
_SUB_BODY_HEADS = {"ועדת", "וועדת", "ועדה", "וועדה", "מועצת", "לשכת"}
_OF_PARENT = re.compile(r"\s+של\s+(הכנסת|הממשלה|הקונגרס|הסנאט|הפרלמנט|העירייה|ההסתדרות|האו[\"״]ם)(?![\u05d0-\u05ea])")


def parents_of_sub_bodies(text: str) -> list[tuple[int, int, str]]:
    """The parent bodies named after "של" at the end of a committee's name ("ועדת X של הכנסת": הכנסת), which
    the committee's span covers."""
    return [
        (m.start(1), m.end(1), m.group(1))
        for m in _OF_PARENT.finditer(text)
        if re.search(r"(?:ועדת|וועדה|ועדה|מועצת|לשכת)(?:\s+\S+){1,5}$", text[: m.start()])
    ]
