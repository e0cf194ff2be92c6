"""What a level counts when "units" is its only noun (English sales copy): "New car registrations fell by 21.2% in
September to 330,295 units", "Volumes year-to-date were down by 7.5% to 1,794,419 units", "fleet which was down
-10.1% to 222,887 units", "Housing starts in Ontario fell by nearly 37,000 units to 78,700", "Rural starts were
estimated at a seasonally adjusted annual rate of 13,071 units".

"Units" counts whatever the clause is about (cars registered, phones shipped, homes sold): alone it names nothing.
After "to"/"at"/"from"/"by"/"a rate of" (the level of a change, or the change), the figure counts what the change
before it in the clause counts, or else the subject of the clause; "units" stays in brackets. A noun before "units"
("300 housing units") or a verb after the figure ("45,000 units sold") is left as it was read.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.subject_before import before_phrase
from briefing_app.core.facts.unit_subjects_en import copula_subject

_QUALIFIERS = r"(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|over|under|just|roughly)\s+){0,2}"
# What leads to the level (or the change): "to", "at", "from", "by", "a rate of", "averaged".
# (and a baseline: "1.5 lakh units last month as against 1.1 lakh units", "compared to 35,876 units")
_LEVEL_BEFORE = re.compile(
    rf"\b(?:to|at|from|by|of|averaged|totall?ed|reached|(was|were|is|are)|(against|versus|vs\.?|compared\s+(?:to|with)))"
    rf"\s+{_QUALIFIERS}$"
)
# The verb of change or of a level before the figure: "fell by 21.2% in September to ", "were estimated at a
# seasonally adjusted annual rate of " (the last one before the figure, with no clause mark after it).
_CHANGE_VERB = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:fell|rose|dropped|declined|increased|decreased|grew|"
    r"jumped|slipped|climbed|plunged|plummeted|slumped|down|up|higher|lower|averaged|estimated|came|stood|totall?ed|"
    r"reached|trending|trended|running|ran)\b"  # ("Housing starts in Canada were trending at 214,680 units")
)
_CLAUSE_MARK = re.compile(r"[;]|,(?!(?<=\d,)\d)|\b(?:and|but|while|which)\b")


# The bare words of a level that name no thing: sales "units", a paper's or a record's "copies" ("readership rose
# 3 per cent to 98,100 copies": the readership, in copies).
_UNIT_WORDS = r"(?:units|copies)"


def _unit_word(counts: str | None) -> str:
    """The unit word a reading starts with ("copies", else "units")."""
    return "copies" if (counts or "").strip().lower().startswith("copies") else "units"


def _last_change(text: str) -> re.Match[str] | None:
    """The last verb of change in `text` with no clause mark between it and the end."""
    found = [m for m in _CHANGE_VERB.finditer(text) if not _CLAUSE_MARK.search(text[m.end() :])]
    return found[-1] if found else None


def unit_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level read as bare "units" what the change or the subject of its clause counts."""
    numbered = list(figure_texts(figures, texts))
    mended: dict[tuple[int, str], str] = {}  # (a figure of the sentence that shared the reading: "up 22.2 per cent")
    for i, (f, number, text) in enumerate(numbered):
        if (f.sentence, f.counts or "") in mended:
            owner: str | None = mended[(f.sentence, f.counts or "")]
            f.counts = owner if f.unit == "percent" else f"{owner} ({_unit_word(f.counts)})"
            continue
        # ("units", "units lower", "units in the third quarter", "units (annual rate)": units and no noun)
        if not re.match(rf"{_UNIT_WORDS}\b(?!\s+(?:of|sold|shipped|built)\b)", (f.counts or "").strip().lower()):
            continue
        unit = _unit_word(f.counts)
        before = text[: number.start]
        level_at = _LEVEL_BEFORE.search(before)
        if level_at is None:
            continue
        start = level_at.start()
        prior = [(g, m) for g, m, _ in numbered[:i] if g.sentence == f.sentence and m.end <= start and g.counts]
        gap = text[prior[-1][1].end : start] if prior else ""
        # (the figure's own "units", or the change's before "to": "fell by nearly 37,000 units to 78,700")
        units_before = bool(prior) and re.fullmatch(rf"\s*{unit}\s+", gap) is not None
        if not re.match(rf"\s+{unit}\b", text[number.end :]) and not units_before:
            continue
        owner = None
        # (no other clause between them; a comma only right before the level: "rose 4%, to 2.1 million units")
        same_clause = not re.search(r";|\b(?:and|but|while|which)\b|,(?!\s*$)", gap)
        if level_at.group(2):  # a baseline: only the level before it, and only when no owner was read
            if "(" in (f.counts or "") or not prior or prior[-1][0].unit is not None:
                continue  # ("units in the same month (domestic sales)": its owner read already)
            if re.search(r"[;]|\bwhile\b", gap):
                continue
            owner = (prior[-1][0].counts or "").split(" (")[0] or None  # "at 35,920 units ... against 43,343 units"
            if owner is None or owner.lower().startswith(unit):
                continue
        elif prior and prior[-1][0].unit == "percent" and same_clause:
            owner = (prior[-1][0].counts or "").split(" (")[0] or None  # "fell by 21.2% in September to"
        elif prior and re.fullmatch(rf"\s*(?:{unit}\s+)?", gap) and prior[-1][0].unit is None:
            owner = (prior[-1][0].counts or "").split(" (")[0] or None  # "from 2,150,495 to 2,066,411 units"
        if level_at.group(1) and (owner is None or owner.lower().startswith(unit)):
            owner = copula_subject(before[:start])  # "the annual pace of housing starts ... was 281,389 units"
            if owner:  # (and the change and the baseline after it: ", up 22.7 per cent from 229,350 units")
                mended[(f.sentence, f.counts or "")] = owner
        if owner is None or owner.lower().startswith(unit):
            owner = None
            change = _last_change(before)  # ("Housing starts averaged | 237,300 units": the level's verb too)
            subject = before_phrase(before[: change.start()], "en")[0] if change else None
            if subject and subject.split()[0].lower() not in PRONOUNS | EN_STOP:
                owner = subject
        if owner and not owner.lower().startswith(unit):
            if (f.counts or "").strip().lower() != unit:  # (a longer reading is this figure's own to share)
                mended[(f.sentence, f.counts or "")] = owner
            f.counts = f"{owner} ({unit})"
