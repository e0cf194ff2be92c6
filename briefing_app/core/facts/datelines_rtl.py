"""An Arabic agency dateline opening a paragraph: a town, a dash and the agency, then a dash or the line's end
("رام الله - X -", "عمان - X"). The agency is an organisation whatever its name; the town is the gazetteer's.
A news site's dateline puts its own name first ("X برس – Y.", "Z اليوم- قال"): a name of two words ending in a
borrowed media word, or a town's name and "اليوم" (Z Today), then a dash."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.orgs_ar import AR_MEDIA_TAILS

_DASH = r"[-–—]"
_AR_DATELINE = re.compile(
    rf"\s*(?P<town>[\u0621-\u064a]{{2,}}(?:\s+[\u0621-\u064a]{{2,}}){{0,2}})\s*{_DASH}\s*"
    # (an agency by its letters too: "أ ف ب")
    rf"(?P<agency>[\u0621-\u064a]{{2,}}(?:\s+[\u0621-\u064a]{{2,}})?|[\u0621-\u064a](?:\s+[\u0621-\u064a]){{1,3}}"
    r"|[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})?)"
    rf"\s*(?:{_DASH}|$|:)"
)


# What a dateline gives instead of an agency: the paper's own ("خاص", "خاص بـ"), agencies unnamed ("وكالات"),
# gathered reports ("متابعات").
_NO_AGENCY = {"خاص", "وكالات", "متابعات", "الوكالات", "مراسلنا", "المحرر"}

# Short Arabic names of national news agencies that the gazetteer also holds as a town (a dateline's second
# word is then the agency, not a second place): the organisation list leaves them out, since elsewhere in
# running text they are the town. General knowledge of the region's agencies, no story's words.
_AGENCIES_SPELT_AS_TOWNS = {"قنا", "بترا", "كونا", "سانا", "بنا", "وام", "واس", "وات", "واج", "سبأ"}


def arabic_dateline_agency(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the agency of a dateline that opens `text`, None when it opens with none."""
    m = _AR_DATELINE.match(text)
    if m is None:
        return None
    entry = lookup(m.group("town"))
    if entry is None or entry.kind != "place":
        return None  # only a known town opens a dateline: "X - Y -" between two other words is a parenthesis
    agency = m.group("agency")
    if agency in _NO_AGENCY:
        return None  # "غزة - خاص": the paper's own report, "وكالات": agencies unnamed
    known = lookup(agency)
    if known is not None and known.kind == "place" and agency not in _AGENCIES_SPELT_AS_TOWNS:
        return None  # "دمشق - حلب": two towns
    return m.start("agency"), m.end("agency"), agency


_AR_SITE_DATELINE = re.compile(rf"\s*(?P<site>[\u0621-\u064a]{{2,}}\s+[\u0621-\u064a]{{2,}})\s*{_DASH}")


def arabic_site_dateline(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of a news site named before a dash at the opening of `text` ("X برس –", "Z اليوم-"), the
    site's own dateline; None for any other opening (a town and a dash is `arabic_dateline_agency`'s)."""
    m = _AR_SITE_DATELINE.match(text)
    if m is None:
        return None
    first, last = m.group("site").split()
    town = lookup(first)
    if last in AR_MEDIA_TAILS or (last == "اليوم" and town is not None and town.kind == "place"):
        return m.start("site"), m.end("site"), m.group("site")
    return None
