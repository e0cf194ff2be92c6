"""Places and organisations: a small packaged gazetteer, plus organisation-shaped names.

Why a curated list and not a model: nothing may download at run time, and news copy names the same
few hundred countries, cities and bodies again and again. Names not in the list are still caught
when they look like an organisation ("Gaza Health Ministry", "Fiskeriforeningen ...").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from briefing_app.core.facts.model import Fact, SourceSentence

_PREFIXES = {"ar": "وبلفك", "he": "ובלמהשכ"}
_ARTICLE = {"ar": "ال"}

ORG_WORDS_EN = (
    "Ministry", "Council", "Company", "Party", "Agency", "Army", "Police", "University", "Bank", "Committee",
    "Association", "Foundation", "Institute", "Inc", "Ltd", "Corporation", "Department", "Court", "Parliament",
    "Commission", "Union", "Organization", "Organisation", "Group", "Authority", "Service", "Forces", "Office",
)  # fmt: skip
_DA_ORG_SUFFIXES = ("styrelsen", "foreningen", "selskabet", "ministeriet", "rådet", "kommune", "partiet")


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str  # "place" or "organisation"
    names: tuple[str, ...]


def _read(name: str) -> list[list[str]]:
    text = resources.files("briefing_app").joinpath("resources", "gazetteer", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def gazetteer() -> tuple[Entry, ...]:
    """Every packaged place and organisation, each with all the names it is written under."""
    entries: list[Entry] = []
    for row in _read("places.tsv"):
        others = [n.strip() for n in (row[2] if len(row) > 2 else "").split("|") if n.strip()]
        entries.append(Entry(row[0], "place", tuple(dict.fromkeys([row[0], *others]))))
    for row in _read("organisations.tsv"):
        others = [n.strip() for n in (row[1] if len(row) > 1 else "").split("|") if n.strip()]
        entries.append(Entry(row[0], "organisation", tuple(dict.fromkeys([row[0], *others]))))
    return tuple(entries)


@functools.cache
def _patterns(language: str) -> list[tuple[str, re.Pattern[str], Entry]]:
    prefixes = _PREFIXES.get(language, "")
    out = []
    for entry in gazetteer():
        for name in entry.names:
            escaped = re.escape(name)
            if re.search(r"[\u0590-\u06ff]", name):  # Arabic/Hebrew: up to two clitic letters before
                pattern = rf"(?<![\w\u0590-\u06ff])[{prefixes or 'و'}]{{0,2}}{escaped}(?![\w\u0590-\u06ff])"
            else:
                pattern = rf"(?<![\w.]){escaped}(?![\w])"
            out.append((name, re.compile(pattern), entry))
    out.sort(key=lambda pe: -len(pe[1].pattern))
    return out


def known_names() -> frozenset[str]:
    """Every gazetteer name, so the people finder never takes "Gaza" or "Hamas" for a person."""
    return frozenset(n for e in gazetteer() for n in e.names)


_ORG_RUN = re.compile(
    r"\b(?:The\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:" + "|".join(ORG_WORDS_EN) + r")\b(?:\s+of(?:\s+[A-Z][\w'-]*)+)?"
)


def find_places_and_orgs(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """One fact per place or organisation, listing every sentence that mentions it."""
    lang = language.split("-")[0].lower()
    by_name: dict[tuple[str, str], Fact] = {}

    def add(kind: str, name: str, index: int) -> None:
        key = (kind, name.lower())
        fact = by_name.get(key)
        if fact is None:
            by_name[key] = Fact("place" if kind == "place" else "organisation", name, index)
        elif index not in fact.sentences:
            fact.sentences.append(index)

    for s in sentences:
        taken: list[tuple[int, int]] = []
        for name, pattern, entry in _patterns(lang):
            if name not in s.text:  # cheap test first: most names are in no sentence
                continue
            for m in pattern.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                add(entry.kind, entry.name, s.index)
        if lang in ("en", "da"):
            for m in _ORG_RUN.finditer(s.text):
                name = m.group(0).strip()
                if len(name.split()) < 2 or any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                add("organisation", name, s.index)
        if lang == "da":
            for m in re.finditer(r"\b[A-ZÆØÅ]\w*(?:" + "|".join(_DA_ORG_SUFFIXES) + r")\b", s.text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    add("organisation", m.group(0), s.index)
    return list(by_name.values())
