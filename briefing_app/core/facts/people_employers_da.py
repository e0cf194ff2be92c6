"""The body a Danish expert speaks for, named after "fra" in the person's role: "siger investeringsøkonom Per Dam fra
Kornvig", "aktiestrateg Bo Lund fra Vestlund Kapital". Business and foreign-desk copy introduces every analyst,
economist and strategist so, and the name after "fra" is the employer (a bank, a broker, a think tank) that no
other finder took when it is no known name. A role with no job in it ("Karen Jensen fra Tølløse") and a name a
finder took as a place, or shaped like a Danish town, stay out. Used by `extract_facts` for Danish."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.roles import is_role_noun

# "fra" and up to four capitalised words (or "&"), the whole of one part of a role.
_FROM_BODY = re.compile(r"fra\s+([A-ZÆØÅ][\wæøåÆØÅ&'’.-]*(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ&'’.-]*|&)){0,3})")
# Endings of Danish town names ("Tølløse", "Glostrup", "Ringsted", "Helsingborg", "Nykøbing"): a town the
# gazetteer lacks is more likely after "fra" than a firm so named.
_TOWN_ENDINGS = (
    "rup", "strup", "trup", "by", "sted", "havn", "borg", "bjerg", "lev", "løse", "købing", "bæk", "holm", "ager",
    "skov", "lund", "inge", "ing", "ør", "øre", "ved", "bro", "hus", "vig", "næs", "rød", "bølle", "toft",
)  # fmt: skip


def _has_job(parts: list[str]) -> bool:
    """Whether a part of the role other than the "fra" part ends in a job ("investeringsøkonom")."""
    return any(part.split() and is_role_noun(part.split()[-1]) for part in parts if not part.startswith("fra "))


def employers_after_from(persons: list[Fact], taken: set[str], lang: str) -> list[Fact]:
    """The bodies named after "fra" in the roles of Danish people with a job (see the module), that no finder took
    (`taken`: the names of the bodies, places and people found)."""
    if lang != "da":
        return []
    given, _family = person_names()
    people_words = {w for p in persons for w in p.text.split()}
    found: list[Fact] = []
    for p in persons:
        parts = [part.strip() for part in (p.role or "").split("; ")]
        if not _has_job(parts):
            continue
        for part in parts:
            m = _FROM_BODY.fullmatch(part)
            if m is None:
                continue
            name = m.group(1).rstrip(".")
            words = name.split()
            known = lookup(name)
            if (
                name in taken
                or any(name in t or t in name for t in taken if " " in t or " " in name)
                or (known is not None and known.kind != "organisation")
                or words[0] in given
                or any(w in people_words for w in words)
                or (len(words) == 1 and name.lower().endswith(_TOWN_ENDINGS))
            ):
                continue
            taken.add(name)
            found.append(Fact("organisation", name, p.sentence, sentences=list(p.sentences)))
    return found
