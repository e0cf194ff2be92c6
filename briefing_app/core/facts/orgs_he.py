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
