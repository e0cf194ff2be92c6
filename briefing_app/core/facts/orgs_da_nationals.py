"""Danish business copy names a foreign or Danish firm after its nation's adjective, with no article and no kind:
"efter at norske Halmont har løftet anbefalingen", "Genmab købte hollandske Trevik", "overgået af danske Kornvigs
stigning". A bare lower-case adjective of a nation before a capitalised name that is no person's given name and no
known place describes a company (a person gets an article and a title: "den norske minister X"; sports copy's
"svenske Andersson", a known family name, stays a person's). A genitive "s"
before a noun is the possessive's, not the name's. Used by `org_shaped` for Danish."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import DA_STOP
from briefing_app.core.facts.gazetteer import lookup, person_names

# Nations' adjectives in the form used before a name (definite and plural "-e"), as business copy names firms.
_ADJECTIVES = (
    "danske norske svenske finske islandske tyske hollandske belgiske franske britiske engelske spanske "
    "portugisiske italienske schweiziske østrigske polske russiske amerikanske canadiske japanske kinesiske "
    "sydkoreanske indiske australske"
).split()
_NATIONAL_NAME = re.compile(
    rf"(?<![\wæøåÆØÅ-])(?<!\b[Dd]en\s)(?<!\b[Dd]et\s)(?<!\b[Dd]e\s)({'|'.join(_ADJECTIVES)})\s+"
    r"([A-ZÆØÅ][\wæøåÆØÅ&'’.]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ&'’.]*){0,2})(?![\wæøåÆØÅ-])(?P<next>\s+[a-zæøå]+)?"
)


# Endings of family names ("Andersson", "Kristiansen", "Petrova", "Kowalski"): a player or an artist more likely
# than a firm after a bare nation's adjective.
_SURNAME_ENDINGS = ("sen", "son", "ström", "strøm", "gaard", "gård", "dahl", "mann", "ini", "elli", "ez", "ov", "ev",
                    "ova", "eva", "ski", "sky", "ić", "ic", "escu")  # fmt: skip


def national_firms(text: str) -> list[tuple[int, int, int, str]]:
    """(start of the adjective, start, end, name) of each firm named after a nation's bare adjective (see the
    module)."""
    given, family = person_names()
    out = []
    for m in _NATIONAL_NAME.finditer(text):
        name = m.group(2).rstrip(".")
        nxt = (m.group("next") or "").strip()
        if name.endswith("s") and len(name) > 3 and nxt and nxt not in DA_STOP and not nxt.endswith("ede"):
            name = name[:-1]  # ("danske Kornvigs stigning": the firm's, before its noun)
        words = name.split()
        known = lookup(name)
        if words[0] in given or (known is not None and known.kind != "organisation"):
            continue
        if known is None and (words[-1] in family or words[-1].endswith(_SURNAME_ENDINGS)):
            continue  # ("slog svenske Andersson i finalen": a player by the family name, sports copy's way)
        out.append((m.start(1), m.start(2), m.start(2) + len(name), name))
    return out
