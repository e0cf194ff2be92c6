"""Hebrew bodies named after their kind, in the shapes of Israeli news: military units and channels by number,
papers named after their kind, definite bodies named by adjective or purpose, services and clubs by their place,
institutions named after their kind, companies with "בע"מ"."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.orgs_he import _OF_PARENT, PAST_HIFIL, fight_purpose, hebrew_purpose
from briefing_app.core.facts.orgs_he_councils import council_name
from briefing_app.core.facts.people_he_base import he_given
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

# A military unit named by its number: "חטיבה 188", "יחידה 8200", "בגדוד 13", "הדיוויזיה ה-9" (the ordinal in
# digits only after the article). The number is the unit's name, no figure (figures_he).
_UNIT = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}((ה)?(?:חטיבה|דיוויזיה|דיביזיה|אוגדה|גדוד|פלוגה|יחידה|שייטת|טייסת|כנף|גייס|"
    r"סיירת|בריגדה)\s+(?(2)(?:ה-?)?)\d{1,5})(?![\d\u05d0-\u05ea])"
)


# A news channel named by its number: "חדשות 12", "ערוץ 14", "רשת 13".
_CHANNEL = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}((?:חדשות|ערוץ|רשת)\s+\d{1,2})(?![\d\u05d0-\u05ea%])")


# The outlet a person spoke to or a story was told to, in quote marks after ל ('אמר ל"X"', 'בראיון ל"X"', 'ל"X"
# נודע'), or where it was published ('כפי שפורסם ב"X"'): a name in quote marks after a verb or noun of telling is
# the paper, site or channel, as Israeli copy credits one.
_TOLD = (
    r"(?:אמר|אמרה|אמרו|סיפר|סיפרה|סיפרו|מסר|מסרה|מסרו|הודה|הודתה|אישר|אישרה|אישרו|הסביר|הסבירה|הבהיר|הבהירה|"
    r"ציין|ציינה|טען|טענה|הוסיף|הוסיפה|התראיין|התראיינה|נודע|ראיון|בראיון|שיחה|בשיחה|בתגובה|תגובה|הודעה|בהודעה|"
    r"שנמסרה|נמסר|פורסם|שפורסם|פורסמה|שפורסמה|דווח|שדווח|דיווח|בדיווח|כתבה|בכתבה|בטור|"
    # the present of interview copy and the other spelling of "interview" ('אומר ל\'X\'', 'בריאיון ל"X"')
    r"אומר|אומרת|אומרים|ריאיון|בריאיון|לריאיון)"
)
# Where the outlet stands: after ל or ב, after "with" ('בשיחה עם "X"'), or after its kind ("לרדיו 'X'").
_OUTLET_SLOT = r"(?:[לב]-?|עם\s+|[לב](?:רדיו|עיתון|אתר|ערוץ|תחנת|תוכנית|אולפן)\s+)"
_TOLD_OUTLET = re.compile(
    rf"(?<![\u05d0-\u05ea])[וכש]?{_TOLD}(?:\s+[\u05d0-\u05ea]+){{0,3}}?\s+{_OUTLET_SLOT}[\"\u05f4“„]"
    r"([\u05d0-\u05eaA-Za-z0-9][\u05d0-\u05eaA-Za-z0-9' -]{1,25}?)[\"\u05f4”“](?![\u05d0-\u05ea])"
)
# The same in single marks ("אומר ל'קול חי'", "בראיון לרדיו 'גלי ישראל'"): the closing one before a space or a
# stop (a geresh inside a word, "צ'", stays the word's).
_TOLD_OUTLET_SINGLE = re.compile(
    rf"(?<![\u05d0-\u05ea])[וכש]?{_TOLD}(?:\s+[\u05d0-\u05ea]+){{0,3}}?\s+{_OUTLET_SLOT}['\u05f3‘]"
    r"([\u05d0-\u05eaA-Za-z0-9][\u05d0-\u05eaA-Za-z0-9 -]{1,25}?)['\u05f3’](?=[\s,.:;]|$)"
)
_TOLD_OUTLET_FIRST = re.compile(
    r"(?:^|(?<=[\s,.]))[כו]?ל-?[\"\u05f4“„]([\u05d0-\u05eaA-Za-z][\u05d0-\u05eaA-Za-z' -]{1,25}?)[\"\u05f4”“]\s+נודע"
)


def told_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the outlets a sentence says it was told to or published in, in quote marks."""
    if "\"" not in text and "\u05f4" not in text and "”" not in text and "'" not in text and "\u05f3" not in text:
        return []
    return [
        (m.start(1), m.end(1), m.group(1).strip())
        for r in (_TOLD_OUTLET, _TOLD_OUTLET_FIRST, _TOLD_OUTLET_SINGLE)
        for m in r.finditer(text)
        if len(m.group(1).split()) <= 3
        and m.group(1).split()[0] not in _NOT_OUTLETS
        and (lookup(m.group(1).strip()) is None or _known_outlet(m.group(1).strip()))
    ]


def _known_outlet(name: str) -> bool:
    """An organisation the gazetteer knows (no place, no person): or no entry and no word of all or one."""
    entry = lookup(name)
    return entry is not None and entry.kind == "organisation"


# Words of all, none and one that a writer puts in scare quotes after "said to" ('אמר ל"כולם"').
_NOT_OUTLETS = {"כולם", "כולן", "כל", "הכל", "הכול", "כולנו", "אחד", "אחת", "איש", "אף", "שלום", "תודה", "להתראות"}


_MILITARY_UNITS_RE1 = re.compile(r"\d")


def military_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of military units and news channels named by their number."""
    if not _MILITARY_UNITS_RE1.search(text):
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


# A paper's staff in the construct state before its kind ("עורכת העיתון", 'מו"ל העיתון'): a name after the kind
# is theirs.
_STAFF_OF = re.compile(r"(?<![\u05d0-\u05ea])ו?(?:עורך|עורכת|עורכי|כתב|כתבת|כתבי|מו\"ל|מו״ל|בעל|בעלת|בעלי)\s+$")


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
        following = text[m.start(1) + len(name) :].split()[:2]
        if len(words) == 1 and he_given(name) and following[:1] and following[0].strip(",.") in hebrew_family_names():
            continue  # "כתבת הכלכלה של העיתון X Y": the paper's writer, a given and a family name, no paper's name
        if len(words) == 1 and he_given(name) and following[:1] and _STAFF_OF.search(text, 0, m.start()):
            continue  # "עורכת העיתון X Y": the paper's editor, named by a given name and any family name
        for n in (2, 1):  # "העיתון ידיעות אחרונות": a paper's name the gazetteer holds runs on past a bare word
            longer = " ".join([name, *[w.rstrip(",.:;") for w in following[:n]]])
            entry = lookup(longer) if len(following) >= n else None
            if entry is not None and entry.kind == "organisation" and text.startswith(longer, m.start(1)):
                name = longer
                break
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# A definite body named only by its adjectives or its purpose: "הממשלה הגרמנית", "המפלגה הליברלית",
# "הוועדה לאנרגיה אטומית". The bare head ("הממשלה החליטה") names none, nor does a phase or size
# ("הממשלה החדשה", "המפלגה הגדולה").
# After ב, ל, כ the article is swallowed ("בוועדה לאנרגיה"): the name is written with it.
_DEFINITE_BODY = re.compile(
    r"(?<![\u05d0-\u05ea])(?:[ובלמש]{0,2}(ה)|ו?[בלכ])((?:ממשלה|מפלגה|וועדה|ועדה|קואליציה|תנועה|עמותה|אגודה|קבוצה))(?=\s)"
)
_PHASES = {"החדשה", "הנוכחית", "הקודמת", "הבאה", "הזאת", "הזו", "ההיא", "הראשונה", "השנייה", "האחרונה", "הגדולה",
           "הקטנה", "המוצעת", "המיוחדת", "הזמנית", "היוצאת", "הנכנסת", "המורחבת", "הקבועה", "השלטת", "המתוכננת",
           "העתידית", "המקומית", "הממונה", "האמורה", "הנ\"ל",
           # how often it meets, which describes the meeting the body is the complement of ("ישיבת הממשלה
           # השבועית", the weekly cabinet meeting), never the body
           "השבועית", "היומית", "החודשית", "השנתית"}  # fmt: skip
# A government or a coalition is named by its country or its adjectives, never by a purpose after ל: a ל after
# it belongs to the clause ("התייחס בפתח ישיבת הממשלה לתוצאות הבחירות", referred to the results; "בין חברי
# הקואליציה לאופוזיציה", between the coalition and the opposition).
_NO_PURPOSE = {"הממשלה", "הקואליציה"}
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


# Feminine adjectives of five letters with the article, which share the shape of a hif'il verbal noun (החלטה).
_SHORT_ADJECTIVES = {"הקטנה", "הישנה", "הטובה", "הרעה", "הרמה", "הזקנה", "הצרה", "הקשה", "החמה", "הקרה"}


def definite_bodies(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of definite bodies named by their adjectives or purpose; `verbs` end a name."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("ממשלה", "מפלגה", "ועדה", "קואליציה", "תנועה", "עמותה", "אגודה", "קבוצה")):
        return out
    for m in _DEFINITE_BODY.finditer(text):
        at, words = m.end(2), ["ה" + m.group(2)]
        while len(words) < 4:
            # (a compound adjective joined by a hyphen is one word of the name: "המפלגה הנוצרית-דמוקרטית",
            # "הסוציאל-דמוקרטית", "הלאומית-דתית"; its last part agrees with the head)
            w = re.match(r"\s+(ה[\u05d0-\u05ea]{2,}(?:-[\u05d0-\u05ea]{2,})?)(?![\u05d0-\u05ea\"\u05f4-])", text[at:])
            if not w or w.group(1) in verbs or PAST_HIFIL.fullmatch(w.group(1)) or w.group(1).startswith("הת"):
                break
            if not w.group(1).endswith(("ית", "ת", "ה", "ות")):
                break  # an adjective agrees with its head, all feminine; "הממשלה הבוקר" is when, "נוהל הוועדה
                # הקבוע" (the committee's fixed procedure) the masculine noun's
            if len(w.group(1)) == 5 and w.group(1).endswith("ה") and w.group(1) not in _SHORT_ADJECTIVES:
                break  # "בין חברי הוועדה החלטה": a hif'il verbal noun (החלטה, הודעה, הערכה), the clause's subject
            words.append(w.group(1))
            at += w.end()
        if any(w in _PHASES for w in words[1:]):
            words = words[: next(i for i, w in enumerate(words) if w in _PHASES)]
        start = m.start(1) if m.group(1) else m.start(2)
        purpose = hebrew_purpose(text[m.end(2) + len(" ".join(words)) - len(words[0]) :])
        fight = fight_purpose(text[m.end(2) :]) if len(words) == 1 else ""
        purpose = "" if words[0] in _NO_PURPOSE and not fight else purpose  # ("הקואליציה למאבק בעוני": a cause)
        if words[0] == "הקבוצה" and not fight:
            continue  # a team or a group of people ("הקבוצה לעונה הבאה"); a group of activists by what it fights
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


# A club by its town's acronym ('מכבי ת"א', 'הפועל ב"ש', 'הכח ר"ג'), and "מ.ס" (a sports club) before a town the
# gazetteer knows ("מ.ס אשדוד"): match reports shorten the town, the club's name stays whole.
_CLUB_BY_ACRONYM = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}((?:מכבי|הפועל|בית[\"\u05f4]ר|עירוני|הכח|הכוח)\s+[\u05d0-\u05ea]{1,2}[\"\u05f4]"
    r"[\u05d0-\u05ea])(?![\u05d0-\u05ea\"\u05f4])"
)
_SPORTS_CLUB_DOTTED = re.compile(
    r"(?<![\u05d0-\u05ea.])[ובלמש]{0,2}(מ\.ס\.?)\s+([\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]{2,})?)"
)


# An airline named by its country or region and "air" ("סיביר אייר", "X איירליינס"), or "air" first ("אייר X").
_AIRLINE_AFTER = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}([\u05d0-\u05ea'\u05f3]{2,}\s+)(אייר|איירליינס|איירלינס|איירווייז|איירוויז)"
    r"(?![\u05d0-\u05ea])"
)
_AIRLINE_BEFORE = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(אייר\s+([\u05d0-\u05ea'\u05f3]{2,}))(?![\u05d0-\u05ea])"
)


def _airlines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of airlines named by a place the gazetteer knows and the word "air"."""
    out: list[tuple[int, int, str]] = []
    if "אייר" not in text:
        return out
    for m in _AIRLINE_AFTER.finditer(text):
        place = m.group(1).strip()
        entry = lookup(place)
        if entry is not None and entry.kind == "place":
            out.append((m.start(1), m.end(2), f"{place} {m.group(2)}"))
    for m in _AIRLINE_BEFORE.finditer(text):
        entry = lookup(m.group(2))
        if entry is not None and entry.kind == "place":
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


def _clubs_by_short_names(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(1), m.end(1), m.group(1)) for m in _CLUB_BY_ACRONYM.finditer(text)]
    for m in _SPORTS_CLUB_DOTTED.finditer(text):
        words = m.group(2).split()
        for n in (2, 1):
            entry = lookup(" ".join(words[:n])) if len(words) >= n else None
            if entry is not None and entry.kind == "place":
                name = f"{m.group(1)} {' '.join(words[:n])}"
                out.append((m.start(1), m.start(1) + len(name), name))
                break
    return out


def services_of_a_place(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a service named by the country or city it serves."""
    out: list[tuple[int, int, str]] = []
    out.extend(_airlines(text))
    if not any(k in text for k in ("רכבת", "דואר", "מכבי", "הפועל", "בית", "עירוני", "הכח", "הכוח", "מ.ס")):
        return out
    out.extend(_clubs_by_short_names(text))
    for m in _SERVICE.finditer(text):
        words = m.group(2).split()
        for n in (2, 1):
            entry = lookup(" ".join(words[:n])) if len(words) >= n else None
            if entry is not None and entry.kind == "place":
                name = m.group(1).split()[0] + " " + " ".join(words[:n])
                out.append((m.start(1), m.start(1) + len(name), name))
                break
    return out


# Institutions whose kind comes first and whose own name follows in apposition: "בית החולים X", "המרכז הרפואי
# X Y", "המועצה האזורית X", "קופת חולים X". The name is one word, or two when the first is a construct plural
# or starts a place's name ("שערי X", "שער X").
_INSTITUTION = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמשכ]{0,2}((?:ה)?(?:בית החולים|מרכז הרפואי|מועצה האזורית|מועצה המקומית|מועצה אזורית|"
    r"מועצה מקומית|קופת חולים|שירותי בריאות|כלא|בית הכלא|בית הסוהר|ביה?[\"\u05f4]ח))"  # (prisons: "כלא X"; 'בי"ח X')
    r"\s+([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]*[\u05d0-\u05ea])"
    r"(?:\s+([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+))?"
)
_PLACE_STARTS = {"שער", "רמת", "גבעת", "כפר", "עין", "נווה", "בית", "תל", "באר", "ראש", "קריית", "הר", "עמק", "חוף",
                 "מבואות", "גן", "מטה", "גליל", "לב",
                 # a region by its side or its tract ("המועצה האזורית דרום X", "חבל X", "מרום X")
                 "דרום", "צפון", "מזרח", "מערב", "חבל", "מרום"}  # fmt: skip
_NAME_ENDS = re.compile(r"\s*(?:[,.;:)\"״]|$|[ובלמ]{1,2}[\u05d0-\u05ea]{3,}(?![\u05d0-\u05ea]))")
# A glued preposition and the first word of a place's name of two words ("בתל השומר", "ברמת גן"): where the
# institution stands, after its name ("בית החולים X בתל השומר").
_SEAT_AFTER = re.compile(r"\s+[ובלמ]{1,2}(תל|גן|הר|ראש|באר|בית|כפר|רמת|גבעת|קריית|קרית|נווה|עין)\s+[\u05d0-\u05ea]")


def institution_names(text: str, verbs: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of institutions named after their kind. The name must end the subject or the phrase:
    a verb, a glued preposition or punctuation follows it, so that "בית החולים קיבל את ..." names none."""
    out: list[tuple[int, int, str]] = []
    kinds = ("בית החולים", "מרכז הרפואי", "מועצה", "קופת חולים", "שירותי בריאות", "כלא", "הסוהר", 'בי"ח', "בי\u05f4ח",
             'ביה"ח', "ביה\u05f4ח")  # fmt: skip
    if not any(k in text for k in kinds):
        return out  # the pattern scans every position: most sentences hold no such kind
    for m in _INSTITUTION.finditer(text):
        kind = m.group(1) if not m.group(1).startswith(("מרכז", "מועצה ה")) else "ה" + m.group(1)
        swallowed = re.search(r"(?<![\u05d0-\u05ea])[ו]?[בלכ]$", text[: m.start(1)])  # "למרכז": ל swallows ה
        if m.group(1).startswith(("מרכז", "מועצה ה")) and not (text[: m.start(1)].endswith("ה") or swallowed):
            continue  # "מרכז הרפואי" is no Hebrew: the article belongs before the head
        first, second = m.group(2), m.group(3)
        if first in verbs or (first.startswith("ה") and first not in _PLACE_STARTS) or first in _NOT_NAME_WORDS:
            continue  # (not "המועצה האזורית הר X": a mountain's name starts with ה)
        if first[:1] == "ו" and (first[1:] in verbs or re.fullmatch(HE_SPEECH, first[1:])):
            continue  # "תקף את הנהלת בית החולים ואמר:": "and said", the subject's next verb
        if first[:1] in "בל" and first.endswith(("ים", "ות")) and lookup(first[1:]) is None:
            continue  # 'ביה"ח לנשים', "בית החולים לילדים": whom it treats (a plural after ל), no name
        if m.group(1).endswith(("כלא", "הסוהר")) and (first[:1] in "בלמכוש" or first.endswith(("י", "ית"))):
            continue  # "לכלא לשנתיים", "בכלא צבאי": a prison, no named one
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
        if not (_NAME_ENDS.match(rest) or verb or _SEAT_AFTER.match(rest)):
            council = council_name(text, m.start(2), verbs) if "מועצה" in kind else None
            if council is not None:
                out.append((start, council[0], f"{kind} {council[1]}"))
            continue
        out.append((start, end, f"{kind} {' '.join(words)}"))
    return out


# Verbs of reporting that follow a body's name in news ("X מסר כי", "X דיווח").
_REPORTING = {"מסר", "מסרה", "מסרו", "ציין", "ציינה", "טען", "טענה", "דיווח", "דיווחה", "קבע", "קבעה", "פרסם", "פרסמה",
              "אישר", "אישרה", "דחה", "דחתה", "נמסר", "ביקש", "ביקשה", "סירב", "סירבה"}  # fmt: skip
_NOT_NAME_WORDS = {"של", "את", "על", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "שבה",
                   "שבו", "שם", "כבר", "עדיין", "רק", "כל", "אחר", "אחרת", "שלה", "שלו", "ציבורי", "ממשלתי",
                   "פרטי",
                   # "מאושפזים במרכז הרפואי נכון לשעה זו": as of (a time), no name
                   "נכון"}  # fmt: skip


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
