"""Hebrew exchanges, schools, clearing houses, corps and ensembles named after their kind ("הבורסה לניירות ערך",
"מכינת X", "חיל הים", "התזמורת הפילהרמונית")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import names_a_place as _is_place
from briefing_app.core.facts.orgs_he import _TIMES, PAST_HIFIL
from briefing_app.core.facts.orgs_he_kinds import _PHASES

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
