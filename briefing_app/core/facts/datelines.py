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
    r"\s*(?P<town>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}|[A-Z]{2}(?:[ -][A-Z]{3,}){1,2})"
    r"(?:,\s+(?P<region>[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*(?:\s+[A-Z][A-Za-z]*\.?)?))?"
    rf"(?:,?\s+{_MONTH}\s+\d{{1,2}})?"
    r"\s*(?:\((?P<agency>[A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z&]*){0,2})\)\s*)?"
    r"(?:(?:—|–|--?)\s|(?<=\.)$)"  # (or the sentence ends after the state's abbreviation: "WATERLOO, Ont.")
)


# The AP abbreviations of US states that are also words or names, which the gazetteer leaves out ("Ala.", "Ga.",
# "Mass."): a state only in a dateline, after the town in capitals. General knowledge (CC0 1.0).
_AP_STATES = {"Ala.", "Ark.", "Colo.", "Conn.", "Del.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
              "Mich.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Ore.", "Pa.", "R.I.", "Vt.", "Va.", "Wash.", "Wis.",
              "Wyo.", "Tex."}  # fmt: skip
# A dateline's agency opening the sentence the segmenter cut after the state's stop: "(WKRX) - The ...".
_AGENCY_FIRST = re.compile(r"\s*\((?P<agency>[A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z&]*){0,2})\)\s*(?:—|–|--?)\s")


def dateline(text: str) -> tuple[list[tuple[int, int, str]], tuple[int, int, str] | None]:
    """The places (start, end, name) and the agency a sentence's opening dateline names (see the module)."""
    m = _DATELINE.match(text)
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
    entry = lookup(m.group("town").title())
    if (entry is not None and entry.kind == "place") or region_known:
        places.append((m.start("town"), m.end("town"), m.group("town")))
    if region_known:
        places.append((m.start("region"), m.end("region"), region))
    agency = m.group("agency")
    body = None
    if agency:
        known = lookup(agency)
        if (known is None and places) or (known is not None and known.kind != "place"):
            body = (m.start("agency"), m.end("agency"), agency)  # "(Bernama)", "(IANS)": the agency that filed it
    return places, body
