"""Speakers who are not one person: two people named together and then quoted as "they", "the two" or "both
men": the quote is theirs, so the speaker names both, as the corpus gold writes a joint speaker; and the body a
sentence opens with, which "it" or (in British usage) "they" after a quote stands for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.people_index import Person

# "they", "the two", "both men", "the couple", "the pair", "de to", "begge": a plural that stands for people
# named before.
PLURAL = re.compile(
    r"(?:they|de|both|begge|(?:the|de)\s+two|de\s+to|both\s+(?:men|women|of\s+them)|the\s+two\s+(?:men|women)|"
    r"the\s+(?:couple|pair|duo|brothers|sisters|siblings)|begge\s+to|parret|brødrene|søstrene)",
    re.IGNORECASE,
)


def pair_named(text: str, people: Sequence[Person]) -> str | None:
    """Two people named together in `text`, in full or by a surname no one else has ("Ann Roe and Tom Weller
    inspected", "Roe og Weller"): the first such pair, written "Ann Roe and Tom Weller"; None when the text joins
    no two people."""
    keys = Counter(p.key for p in people)
    alone = {p.name for p in people if len(p.name.split()) == 1}
    for p in people:
        # "Ben and Sophie Ward were told": a given name alone (a person of its own) before a full name: the couple
        couple = re.search(rf"(?<![\w'’-])([A-Z][a-z]+)\s+(?:and|og|&)\s+{re.escape(p.name)}(?!\w)", text)
        # (or the given name given the couple's family name: people_shared_surname reads "Ben Ward" there)
        shared = couple is not None and any(q.name == f"{couple.group(1)} {p.key}" for q in people)
        if len(p.name.split()) >= 2 and couple is not None and (couple.group(1) in alone or shared):
            return f"{couple.group(1)} and {p.name}"
    found: list[tuple[int, int, Person]] = []
    for p in people:
        if len(p.name.split()) < 2:
            continue
        written = [re.escape(p.name)] + ([re.escape(p.key)] if keys[p.key] == 1 else [])
        found += [(m.start(), m.end(), p) for m in re.finditer(rf"(?<!\w)(?:{'|'.join(written)})(?!\w)", text)]
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, Person]] = []
    for f in found:
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)  # (the surname inside a full name already found is no mention of its own)
    for (_, end, first), (start, _, second) in zip(kept, kept[1:], strict=False):
        if first is not second and re.fullmatch(r"\s*(?:,\s*)?(?:and|og|&)\s+(?:(?:his|her|hans|hendes)\s+\w+\s+)?",
                                                text[end:start]):  # fmt: skip
            return f"{first.name} and {second.name}"
    return None


def opening_body(text: str, organisations: Sequence[Fact]) -> str | None:
    """The organisation `text` opens with as its subject ("The Roe Trust, which owns the pier, said ...", "Later,
    the Roe Trust said"): the longest such name, None when the sentence opens otherwise."""
    # (also after the statement it spoke in, fronted: "In a statement, the Roe Trust said", "In a press release it
    # issued on Saturday, the ministry said")
    opening = re.sub(
        r"^(?:(?:[A-Z][a-z]+ly|Later|Earlier|Meanwhile|However),\s+|In\s+(?:a|an|its|their)\s+(?:[a-z]+\s+){0,2}"
        r"(?:statement|release|letter|communiqu[ée])\b[^,\"“”]{0,50},\s+)?(?:[Tt]he\s+)?",
        "",
        text,
    )
    named = [o.text for o in organisations if opening.startswith(o.text)]
    if not named:
        # ("Ealing Labour expressed their concern ...": a place's name before the body, the local branch)
        local = [m.group(0) for o in organisations
                 if (m := re.match(rf"[A-Z][\w'’-]+\s+{re.escape(o.text)}(?![\w'’-])", opening))]  # fmt: skip
        return max(local, key=len) if local else None
    return max(named, key=len)
