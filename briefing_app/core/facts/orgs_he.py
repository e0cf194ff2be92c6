"""Hebrew bodies the head-noun reading misses: the end of a name after its head and complement (the city it
serves, "בית משפט השלום באר שבע"; its field, "ועדת השרים לענייני ביטחון"), and a member's party in brackets
("ח"כ דן לוי (העבודה)")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

_WORDS = re.compile(r"\s+([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)")
_FIELD = re.compile(r"\s+(לענייני|לעניין|לשם)\s+([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)")


def hebrew_org_tail(after: str) -> str:
    """The words right after a Hebrew body's name that still belong to it, with their leading space; "" if none."""
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
    rest = after[m.end() :]
    if not m.group(2) and not (re.match(r"\s*(?:[,.;:)]|$)", rest) and _BARE_PURPOSE.fullmatch(m.group(1))):
        return ""  # "הממשלה להעביר כספים", "את הפרקליטות להתנגד.": an infinitive
    return m.group(0).rstrip()


# Hebrew abbreviations with gershayim that name no body: titles and ranks, units, currencies, eras, Hebrew
# calendar years (ת...), and the everyday ones ("by", "afterwards", "report", "negotiations", "abroad").
_NOT_BODIES = {
    'ח"כ', 'ד"ר', 'עו"ד', 'רו"ח', 'יו"ר', 'מנכ"ל', 'סמנכ"ל', 'רמטכ"ל', 'מפכ"ל', 'מזכ"ל', 'תא"ל', 'אל"מ', 'סא"ל',
    'רס"ן', 'סג"מ', 'רס"ר', 'רנ"ג', 'ש"ח', 'ס"מ', 'מ"מ', 'מ"ר', 'קמ"ר', 'ק"מ', 'קמ"ש', 'ק"ג', 'לפנה"ס', 'לסה"נ',
    'אח"כ', 'בד"כ', 'ע"י', 'עפ"י', 'ע"פ', 'כנ"ל', 'דו"ח', 'מו"מ', 'תנ"ך', 'חו"ל', 'מע"מ', 'מק"מ', 'עו"ש', 'ת"ז',
    'צ"ל', 'ז"ל', 'בע"מ', 'ארה"ב', 'ת"א', 'פס"ד', 'אג"ח', 'מט"ח', 'נדל"ן', 'תמ"א', 'תב"ע', 'שנה"ל', 'ליש"ט', 'סה"כ',
    'בס"ד', 'כ"א', 'יו"ש', 'אמ"ן', 'נ"צ', 'ת"ד', 'מ"ק', 'סמ"ק', 'מ"ג', 'קוט"ש', 'מג"ש', 'ש"ס', 'ראה"מ', 'רה"מ', 'שהב"ט',
    'ח"ח', 'ק"ק', 'ב"ה', 'ה"ה', 'א"י', 'וכד', 'ר"ת', 'ע"ש', 'נ"ב', 'ז"א', 'כ"כ', 'בנ"א', 'אנ"ש', 'חז"ל', 'רז"ל', 'בע"ח',
}  # fmt: skip
_ACRONYM = re.compile(
    r"(?<![\u05d0-\u05ea\"\u05f4])([\u05d0-\u05ea]{1,4})[\"\u05f4]([\u05d0-\u05ea])(?![\u05d0-\u05ea\"\u05f4])"
)


def hebrew_acronyms(text: str) -> list[tuple[int, int, str]]:
    """Hebrew acronyms that name a body ('צה"ל', 'מח"ש', 'מד"א'), a glued preposition or "and" left out when
    two letters still stand before the gershayim; the article stays (השב"כ)."""
    out = []
    for m in _ACRONYM.finditer(text):
        start, head = m.start(), m.group(1)
        if head[:1] in "ובלמש" and len(head) >= 3:
            start, head = start + 1, head[1:]
        name = f'{head}"{m.group(2)}'
        bare = name[1:] if name.startswith("ה") and len(head) >= 3 else name
        glued = name[1:] if name[:1] in "ובלמשה" else name  # "לק"ג": a unit with a preposition
        written = m.group(0).replace("\u05f4", '"')
        if len(head) < 2 or {name, bare, glued, written} & _NOT_BODIES or name.startswith("ת") and len(head) >= 2:
            continue  # initials (ב"ק), a title, a unit or a Hebrew calendar year (תשפ"ד)
        known = lookup(bare) or lookup(name)
        if known is not None and known.kind == "place":
            continue
        out.append((start, m.end(), text[start : m.end()]))
    return out


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
