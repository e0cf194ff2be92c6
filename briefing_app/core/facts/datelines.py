"""An English wire dateline opening a paragraph: the town in capitals, maybe its state or province and a date,
maybe the agency in brackets, then a dash ("LONDON —", "WATERLOO, Ont. —", "KUALA LUMPUR, Aug 1 (Bernama) --",
"PARIS (Reuters) -"). The town is a place even when the gazetteer knows it only in title case; the bracketed
agency is an organisation. A heading in capitals with no dash after it ("CITY watchdog chief ...") is none."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"\s*(?P<town>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}|[A-Z]{2}(?:[ -][A-Z]{3,}){1,2})(?P<county>\s+CO\.)?"
    r"(?:,\s+(?P<region>[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*(?:\s+[A-Z][A-Za-z]*\.?)?))?"
    rf"(?P<date>,?\s+{_MONTH}\s+\d{{1,2}})?"
    # (a local paper's date in brackets: "CALDWELL COUNTY, NC (September 16, 2018) —")
    rf"(?:\s*\({_MONTH}\s+\d{{1,2}},\s+\d{{4}}\))?"
    # (a broadcaster's call sign may carry its channel's number: "(CBS13)", "(KSDK-TV)")
    r"\s*(?:\((?P<agency>[A-Z][A-Za-z&]*(?:\d{1,2})?(?:-[A-Z]{2})?(?:\s+[A-Z][A-Za-z&]*){0,2})\)\s*)?"
    # (South Asian wires put a colon after the agency: "NEW DELHI, May 31 (PTI): The ...")
    # (or the sentence ends after the state's abbreviation: "WATERLOO, Ont.")
    r"(?:(?P<dash>—|–|--?|(?<=\)):)\s|(?<=\.)$"
    r"|(?<=\d)\s+(?=[A-Z][a-z]))"  # (or an older wire's date runs on into the text: "HELSINKI, June 20 Workers")
)


# The AP abbreviations of US states that are also words or names, which the gazetteer leaves out ("Ala.", "Ga.",
# "Mass."): a state only in a dateline, after the town in capitals. General knowledge (CC0 1.0).
_AP_STATES = {"Ala.", "Ark.", "Colo.", "Conn.", "Del.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
              "Mich.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Ore.", "Pa.", "R.I.", "Vt.", "Va.", "Wash.", "Wis.",
              "Wyo.", "Tex."}  # fmt: skip
# The US Postal Service's codes of the states and DC, which local papers and stations write after the town or
# county in a dateline ("CRISP CO., GA (WALB) -"); two capitals are too often other things anywhere else.
# General knowledge (CC0 1.0).
_USPS_STATES = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
# A dateline's agency opening the sentence the segmenter cut after the state's stop: "(WKRX) - The ...".
_AGENCY_FIRST = re.compile(r"\s*\((?P<agency>[A-Z][A-Za-z&]*(?:\d{1,2})?(?:\s+[A-Z][A-Za-z&]*){0,2})\)\s*(?:—|–|--?)\s")


# A dateline in title case with the agency's initials after the date, as South Asian wires write it: "Manchester
# [UK], May 31 (ANI): ...", "Kolkata, Jan 5 (IANS) The ..." (the town is read by the place finder as any other).
_TITLE_CASE_DATELINE = re.compile(
    rf"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}(?:\s*\[[A-Z][A-Za-z. ]+\])?,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"\s*\((?P<agency>[A-Z]{2,6})\)\s*(?::|—|–|--?)?\s+(?=[A-Z\"“])"
)


# A dateline as Pakistani and Indian papers write it: the town in capitals and a colon, no date or agency
# ("KARACHI: The provincial government ..."). Taken only for a town the gazetteer knows as a place, since a heading
# in capitals and a colon ("UPDATE: ...", "WARNING: ...") opens a sentence the same way.
_COLON_DATELINE = re.compile(r"\s*(?P<town>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}):\s+(?=[A-Z\"“‘'])")


def _colon_dateline(text: str) -> re.Match[str] | None:
    m = _COLON_DATELINE.match(text)
    if m is None:
        return None
    entry = lookup(m.group("town").title())
    return m if entry is not None and entry.kind == "place" else None


def dateline_end(text: str) -> int:
    """Where a sentence's opening dateline ends (0 when it has none): the rest is what the sentence says."""
    m = _DATELINE.match(text) or _colon_dateline(text)
    return 0 if m is None or m.end() == len(text) else m.end()


def dateline(text: str) -> tuple[list[tuple[int, int, str]], tuple[int, int, str] | None]:
    """The places (start, end, name) and the agency a sentence's opening dateline names (see the module)."""
    m = _DATELINE.match(text)
    titled = _TITLE_CASE_DATELINE.match(text) if m is None else None
    if titled is not None:
        return [], (titled.start("agency"), titled.end("agency"), titled.group("agency"))
    colon = _colon_dateline(text) if m is None else None
    if colon is not None:
        return [(colon.start("town"), colon.end("town"), colon.group("town"))], None
    if m is None:
        first = _AGENCY_FIRST.match(text)
        # (not a caption's word: "(Photo) - ...")
        if first is not None and lookup(first.group("agency")) is None and not any(
            w.lower() in common_words() for w in first.group("agency").split()
        ):
            return [], (first.start("agency"), first.end("agency"), first.group("agency"))
    if m is None or (m.end() == len(text) and not m.group("region")):
        return [], None
    places: list[tuple[int, int, str]] = []
    region = m.group("region")
    region_entry = lookup(region) if region else None
    region_known = (region_entry is not None and region_entry.kind == "place") or region in _AP_STATES
    region_known = region_known or (region in _USPS_STATES and m.group("dash") is not None)
    town = m.group("town")
    entry = lookup(town.title())
    town_known = entry is not None and entry.kind == "place"
    if m.group("dash") is None and m.end() != len(text) and not town_known:
        return [], None  # "MONDAY, June 2 Workers": the run-on date form only after a town the gazetteer knows
    # A town no list knows, then a station or agency in brackets and a dash: the shape says it is the dateline's
    # town ("RIO LINDA (CBS13) –"), unless its words are common ones ("UPDATE (Reuters) -").
    bracketed = m.group("agency") is not None and m.group("dash") is not None and not all(
        w.lower() in common_words() for w in re.split(r"[ -]", town)
    )
    if m.group("county"):  # "CRISP CO.": the county's abbreviated name, keyed as the article names it in full
        places.append((m.start("town"), m.end("county"), f"{town} COUNTY"))
    elif town_known or region_known or bracketed:
        places.append((m.start("town"), m.end("town"), town))
    if region_known:
        places.append((m.start("region"), m.end("region"), region))
    agency = m.group("agency")
    body = None
    if agency:
        known = lookup(agency)
        if (known is None and places) or (known is not None and known.kind != "place"):
            body = (m.start("agency"), m.end("agency"), agency)  # "(Bernama)", "(IANS)": the agency that filed it
    return places, body
