"""A Danish figure that measures a change noun through "på" or "med": "den største stigning med 1,1 procentpoint",
"Mindste stigning i andelen af ledige stillinger på 0,3 procentpoint havde ...". The change noun heads the phrase;
a complement after it ("i andelen af ledige stillinger") says of what, and the subject of the clause (often after
the verb, or before "havde") is no part of it."""

from __future__ import annotations

import re

# A change noun (with or without its article), an optional complement of "i"/"af" (up to five words), then "på" or
# "med" and any bound before the figure.
_CHANGE_MEASURED = re.compile(
    # ("faldet" is left out: the participle of "er faldet med" reads the same)
    r"(?<![\wæøå])(?P<noun>stigning(?:en)?|fald|vækst(?:en)?|fremgang(?:en)?|tilbagegang(?:en)?|nedgang(?:en)?|"
    r"forøgelse(?:n)?|reduktion(?:en)?|"
    # (a stock's or a result's net move: "med et plus på 2,4 pct.", "et minus på 7 mio. kr.")
    r"plus(?:set)?|minus(?:set)?)"
    # (of what: "i andelen af ...", and whose, a name after "til"/"for"/"hos": "det store fald til Halmont på")
    r"(?P<of>\s+(?:i|af)\s+(?:[a-zæøå][\wæøå-]*\s+){0,4}?[a-zæøå][\wæøå-]*|"
    r"\s+(?:til|for|hos)\s+(?-i:(?:[A-ZÆØÅ][\wæøå-]*\s+){0,2}[A-ZÆØÅ][\wæøå-]*))?"
    r"\s+(?:på|med)\s+(?:(?:cirka|ca\.|omkring|godt|knap|næsten|over|under|mere\s+end|mindre\s+end)\s+)?$",
    re.IGNORECASE,
)


def danish_change_measured(before: str) -> str | None:
    """What a Danish figure counts when a change noun leads to it through "på"/"med": the noun, and of what."""
    m = _CHANGE_MEASURED.search(before)
    if m is None:
        return None
    noun = m.group("noun")
    of = " ".join(m.group("of").split()[1:]) if m.group("of") else ""
    return f"{noun} ({of})" if of else noun


# A Danish sum's currency word, then "pr."/"per" and the base it is a rate of ("kroner pr. kvadratmeter", "12 euro
# per aktie"); or "på en"/"på et" after the verb of "Der går 40 kroner på en sæk" (what one unit of it costs).
_RATE_BASE = re.compile(
    r"\s*(?:(?:mio\.|mia\.|millioner|milliarder)\s*)?(?:kr\.|kroner|dollars?|euro|pund)?\s*"
    r"(?:pr\.|per|(?P<one>på\s+(?:en|et)))\s+([a-zæøå]{3,})"
)
# The verb a reading of "Der går N på en X" is left with: no noun of its own.
_GOES = frozenset(("går", "gik"))


def danish_rate_base(after: str, counts: str | None) -> str | None:
    """A Danish sum's reading with the base it is a rate of added ("60.000 kroner pr. kvadratmeter", "600 kroner per
    indbygger": what the sum is per), when the base is not in it already; a reading that is only the verb of "Der går
    N på en X" becomes the base."""
    base = _RATE_BASE.match(after)
    if not base or base.group(2) in (counts or ""):
        return counts
    if base.group("one") is not None:
        return f"pr. {base.group(2)}" if (counts or "").split(" (")[0] in _GOES else counts
    return f"{counts} (pr. {base.group(2)})" if counts else f"pr. {base.group(2)}"
