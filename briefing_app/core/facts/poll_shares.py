"""Poll and election-result copy: whose share a percentage is, and the counts told beside a share.

- A party or candidate "on" a share: "with the Lib Dems on 8%", "show Labour on 34 per cent and 38 per cent
  respectively, with the Conservatives behind on 27 and 31 per cent": the name before "on" is whose share each
  figure of the run is (the general reading took the last capitalised word anywhere before: "Ukip", "Populus").
- A part and its whole in brackets after a share: "98.1% of polling units (5,286 out of 5,390)": both count
  what the share counts ("out" was all the reading said).
- "1,001 GB adults": Great Britain's adults, not gigabytes.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# A name (capitalised words) and "on" right before a share, past earlier shares of the same run.
_NAME_ON = re.compile(
    r"(?:^|[\s,(;:])(?:the\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+"
    r"(?:(?:behind|ahead|up|down|level|unchanged|still|now|steady)\s+)?on\s+"
    r"(?:(?:about|around|just|only|some|nearly)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s*(?:,|and|or)\s+)*$"
)
# Capitalised words that open a sentence or a clause and are no party: "Based on", "Later on".
_NOT_NAMES = {"based", "later", "early", "it", "this", "that", "the", "and", "but", "focus", "focused", "depending",
              "carry", "carried", "go", "went", "hold", "held", "count", "counting", "rely", "relying"}  # fmt: skip
_PART_IN_BRACKET = re.compile(r"\s*\(\s*$")
_OUT_OF_BRACKET = re.compile(r"\s+out\s+of\s+\d[\d,]*\s*\)")
_GB_PEOPLE = re.compile(
    r"\s*GB\s+(adults|voters|residents|people|households|respondents|citizens|consumers|workers|parents)\b"
)


def poll_readings(figures: list[Fact], texts: dict[int, str]) -> None:
    """Apply the module's three readings to the English figures of an article (see the module)."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in figures:
        if f.kind == "figure" and f.number is not None and f.sentence in texts:
            by_sentence.setdefault(f.sentence, []).append(f)
    for index, found in by_sentence.items():
        text = texts[index]
        for i, f in enumerate(found):
            n = f.number
            assert n is not None
            if f.unit == "percent":
                named = _NAME_ON.search(text, 0, n.start)
                name = named.group("name") if named else None
                if name and name.split()[0].lower() not in _NOT_NAMES and name not in (f.counts or ""):
                    f.counts = name  # "with the Lib Dems on 8%": the Lib Dems' share
            people = _GB_PEOPLE.match(text, n.end) if f.unit == "gigabytes" else None
            if people:
                f.unit, f.counts = None, people.group(1)  # "ComRes interviewed 1,001 GB adults"
            share = found[i - 1] if i else None
            if (
                share is not None
                and share.unit == "percent"
                and share.counts
                and share.number is not None
                and _PART_IN_BRACKET.fullmatch(text, share.number.end + _percent_sign(text, share.number.end), n.start)
                and _OUT_OF_BRACKET.match(text, n.end)
            ):
                whole = found[i + 1] if i + 1 < len(found) else None
                f.counts = share.counts  # "98.1% of polling units (5,286 out of 5,390)": units, as the share's
                if whole is not None and whole.number is not None and whole.number.start < n.end + 40:
                    whole.counts = share.counts


def _percent_sign(text: str, at: int) -> int:
    """How far the share's sign and its "of"-phrase run after its digits, to the bracket ("% of polling units")."""
    m = re.match(r"\s*(?:%|per\s*cent|percent)(?:\s+of\s+[^()]{1,60}?)?(?=\s*\()", text[at:])
    return m.end() if m else 0
