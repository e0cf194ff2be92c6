"""Poll and election-result copy: whose share a percentage is, and the counts told beside a share.

- A party or candidate "on" a share: "with the Lib Dems on 8%", "show Labour on 34 per cent and 38 per cent
  respectively, with the Conservatives behind on 27 and 31 per cent": the name before "on" is whose share each
  figure of the run is (the general reading took the last capitalised word anywhere before: "Ukip", "Populus").
- A part and its whole in brackets after a share: "98.1% of polling units (5,286 out of 5,390)": both count
  what the share counts ("out" was all the reading said).
- "1,001 GB adults": Great Britain's adults, not gigabytes.
- A result of two sides, a verb of leading or beating between their names and the pair after: "Ortiz leads Varga
  among women, 57 percent to 34 percent", "Ortiz beat Varga 47 to 42 percent", "Ortiz led Varga -- 10,512 to
  10,388 votes": the first figure is the first side's, the second the second side's (a pronoun names no side);
  a noun after the pair is what both count, the side's name beside it.
- A result told of one side only, a group's choice: "Renters favored Ortiz, 63 percent to 28 percent, while owners
  backed Varga, 55 percent to 40 percent", "Ortiz was preferred 54 percent versus 37 percent" after "in a race
  between Ortiz and Varga": the first figure is the side's named just before the pair (not a name of another
  clause), the second the other side's when the sentence names it (the other clause's side, or the other name of
  "between X and Y"); otherwise the second keeps its reading.
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
# Two sides of a result and the verb between them, before its pair: "Ortiz and Lee beating Varga", "Ms. Ortiz is
# leading Mr. Varga among women,", "Ortiz led Varga late Sunday by less than a point --" (a pronoun second side too).
_SIDE = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
_SIDES_BEFORE = re.compile(
    rf"(?P<first>{_SIDE}(?:\s+and\s+{_SIDE})?)\s+(?:(?:is|was|would|were|are)\s+)?"
    r"(?:lead(?:s|ing)?|led|beat(?:s|ing)?|top(?:s|ped|ping)?|trail(?:s|ed|ing)?|defeat(?:s|ed|ing)?|"
    r"edg(?:es|ed|ing)|outpoll(?:s|ed|ing)?)\s+"
    rf"(?P<second>{_SIDE}|him|her|them)\b[^.;:!?]{{0,60}}?[\s,]$"
)
# One side chosen by a group, right before its pair: "renters favored Ortiz, ", "owners backed Mr. Varga ", "Ortiz
# was preferred " (a verb of choosing, not of leading: the group is no side).
_ONE_SIDE_BEFORE = re.compile(
    r"(?:\b(?:favou?red|favou?rs|preferred|prefers|backed|backs|supported|supports|chose|picked)\s+"
    rf"(?P<chosen>{_SIDE})|(?P<passive>{_SIDE})\s+(?:is|was|were|are)\s+(?:favou?red|preferred))\s*,?\s*$"
)
_NUMBER_START = re.compile(r"(?<![\d.,])\d")
# The other name of a race told of two: "in a contest between Ortiz and Sen. Varga,".
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{_SIDE})\s+and\s+(?P<b>{_SIDE})")
# The pair itself, from the first side's number to the second's: "48 percent to", "47 to", "10,512 to", and
# "51 percent versus" of a side chosen.
_PAIR_TO = re.compile(r"\s*(?:%|percent|per\s*cent)?\s+to\s+$")
_PAIR_VERSUS = re.compile(r"\s*(?:%|percent|per\s*cent)?\s+(?:to|versus|vs\.?)\s+$")
# A plural noun both sides count, after the second number: "10,388 votes", "210 delegates".
_PAIR_NOUN = re.compile(r"\s*(?:%|percent|per\s*cent)?\s+([a-z]{3,}s)\b")
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
            if i + 1 < len(found):
                _result_pair(f, found[i + 1], text)
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


def _result_pair(first: Fact, second: Fact, text: str) -> None:
    """Give the two figures of a result ("Ortiz beat Varga 47 to 42 percent") the side each is the share of."""
    a, b = first.number, second.number
    assert a is not None and b is not None
    if not _PAIR_VERSUS.fullmatch(text, a.end, b.start):
        return
    to = _PAIR_TO.fullmatch(text, a.end, b.start)  # ("54 percent versus 37 percent" only of a side chosen)
    sides = _SIDES_BEFORE.search(text, max(0, a.start - 160), a.start) if to else None
    if sides is None:
        _one_side_pair(first, second, text)
        return
    if sides.group("first").split()[0].lower() in _NOT_NAMES:
        return
    noun = _PAIR_NOUN.match(text, b.end)
    counted = noun.group(1) if noun and noun.group(1) not in ("points", "percents") else None
    side = re.sub(r"^(?:Both|Now|Still|Only)\s+", "", sides.group("first"))  # "Both X and Y beating Z": X and Y
    first.counts = f"{counted} ({side})" if counted else side
    if sides.group("second") not in ("him", "her", "them"):
        second.counts = f"{counted} ({sides.group('second')})" if counted else sides.group("second")
    elif counted:
        second.counts = counted  # "would beat him 10,512 to 10,388 votes": votes, his


def _chosen_side(text: str, at: int) -> str | None:
    """The side a group chose, named right before a pair that starts at `at` ("favored Ortiz, 61 percent")."""
    m = _ONE_SIDE_BEFORE.search(text, max(0, at - 80), at)
    side = (m.group("chosen") or m.group("passive")) if m else None
    return side if side and side.split()[0].lower() not in _NOT_NAMES else None


def _one_side_pair(first: Fact, second: Fact, text: str) -> None:
    """Give a pair told of one chosen side its readings ("Renters favored Ortiz, 63 percent to 28 percent")."""
    a = first.number
    assert a is not None
    side = _chosen_side(text, a.start)
    if side is None:
        return
    first.counts = side
    others = {s for s in (_chosen_side(text, m.start()) for m in _NUMBER_START.finditer(text)) if s and s != side}
    between = _BETWEEN.search(text)
    if between and side in (between.group("a"), between.group("b")):
        others = {between.group("b") if side == between.group("a") else between.group("a")}
    if len(others) == 1:
        second.counts = others.pop()  # "..., while owners backed Varga": the other side of the same race
