"""Companies named as what moved on the Danish stock market: "Tirsdag faldt Kornvig 2,3 pct. til 412 kr.", "Øverst
sluttede Halmont med en stigning på 4,1 pct. til 318,20 kr.", "Halmont tabte 2,2 pct. til 876 kr.".

Market reports (Ritzau Finans, the business pages) name the day's movers bare, once each, with nothing around them
but a percentage and the share price it took them to; what moves by a percentage to a price in kroner is a listed
company. As in `org_share_movers` (the English reports), known places, days, people's given names and a
sentence's common first word ("Aktien", "Banken") are left out."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.figure_words import DA_MONTHS, DA_WEEKDAYS
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import MONTHS_DAYS

_NAME = r"([A-ZÆØÅ][\wæøåÆØÅ&'’.]*(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ&'’.]*|&)){0,2})"
_VERB = r"(?:steg|faldt|tabte|vandt|lukkede|sluttede|endte|stiger|falder|lukker|slutter|ender|ligger|lå|handles)"
_CHANGE = r"(?:(?:med\s+)?(?:et|en)\s+(?:fald|stigning|plus|minus)\s+på\s+)?"
# The percentage and the price it went to ("2,3 pct. til 412 kr.", "0,8 pct. lavere i 987 kr.").
_TO_PRICE = r"\d[\d,]*\s*(?:pct\.|procent)\s+(?:(?:højere|lavere)\s+)?(?:til|i)\s+\d[\d.,]*\s*(?:kr\.|kroner)"
_MOVERS = (
    # "Halmont tabte 2,2 pct. til 876 kr.", "Vestrup sluttede med en stigning på 4,1 pct. til 318,20 kr."
    re.compile(rf"(?<![\wæøåÆØÅ-]){_NAME}\s+{_VERB}\s+(?:[a-zæøå]+\s+){{0,3}}?{_CHANGE}{_TO_PRICE}"),
    # "Tirsdag faldt Kornvig 2,3 pct. til 412 kr.", "sluttede Vestrup med en stigning på 4,1 pct. til 318,20 kr."
    re.compile(rf"\b{_VERB}\s+{_NAME}\s+{_CHANGE}{_TO_PRICE}"),
)


_DEFINITE = re.compile(r"[a-zæøå](?:en|et|ne)$")


def danish_share_movers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each company a Danish market report moves by a percentage to a price in kroner."""
    if "kr" not in text or ("pct." not in text and "procent" not in text):
        return []  # (cheap test first: the readers run on every Danish sentence, and few are market reports)
    given = person_names()[0]
    common = common_words()
    out: list[tuple[int, int, str]] = []
    for pattern in _MOVERS:
        for m in pattern.finditer(text):
            name = m.group(1).rstrip(".")
            words = name.split()
            if len(words) > 1 and words[-1] in ("A", "B"):  # ("Halmont B ligger 0,9 pct. højere": the share class)
                words = words[:-1]
                name = " ".join(words)
            known = lookup(name)
            if (
                MONTHS_DAYS.match(words[0])
                or words[0].lower() in DA_WEEKDAYS  # ("Mandag steg prisen 2 pct. til 30 kr.": a day opens it)
                or re.fullmatch(DA_MONTHS, words[0].lower()) is not None
                or words[0] in given
                or (len(words) == 1 and name.lower() in common)
                # ("Aktien steg 2,3 pct. til 180 kr.": a definite common noun opening the sentence, no firm)
                or (len(words) == 1 and not text[: m.start(1)].strip(" -–»\"") and _DEFINITE.search(name) is not None)
                or (known is not None and known.kind != "organisation")
            ):
                continue
            out.append((m.start(1), m.start(1) + len(name), name))
    return out
