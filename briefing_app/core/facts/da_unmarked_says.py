"""A Danish quote whose dash the page lost: "Vi tager det næste skridt i morgen, siger han og fortsætter." Danish writes
direct speech with the verb inverted after a comma ("..., siger X"), reported speech with "at" ("X siger, at ...");
a sentence that opens with no dash or mark, speaks in the first or second person and ends in ", siger X" is a dash
quote without its dash. Only verbs of speaking count: ", mener han." after the writer's paraphrase ("Et point havde
været nok, mener han.") is the writer's summary of a view, as "frygter", "vurderer" are."""

from __future__ import annotations

import re

# Verbs of speaking that end an unmarked quote's sentence (not of thinking: "mener", "vurderer", "frygter").
_SPEAKING = (
    r"siger|sagde|fortæller|fortalte|tilføjer|tilføjede|forklarer|forklarede|uddyber|uddybede|fortsætter|fortsatte|"
    r"svarer|svarede|udtaler|udtalte|understreger|understregede|påpeger|påpegede"
)
# The clause's own first or second person: the speaker's words, not the writer's.
_FIRST_OR_SECOND = re.compile(r"\b(?:jeg|vi|mig|os|min|mit|mine|vores|du|dig|din|dit|dine|jer|jeres)\b", re.IGNORECASE)
_UNMARKED = re.compile(rf"^([A-ZÆØÅ].{{11,}}?),\s+(?:{_SPEAKING})\s+\S")


def retold(clause: str, by_a_person: bool) -> bool:
    """Whether an unmarked clause before ", siger X" is the writer retelling X's report rather than X's words whose
    marks were lost: it does not speak as "jeg"/"vi"/"du", and it is a body's or an outlet's report ("Næsten alle
    husene står under vand, siger redningstjenesten.", "..., skriver avisen Dagbladet.") or tells a count ("Mindst
    40 blev såret, siger X."), which copy that marks its speech with dashes puts in the writer's words. (A short
    unmarked line of a named person's in old copy, "Det kan blive dyrt, bekræfter X.", stays speech.)"""
    if _FIRST_OR_SECOND.search(clause) is not None:
        return False
    return not by_a_person or re.search(r"\d", clause) is not None


_AS_DASH_LINE_RE1 = re.compile(r"\s*[–—\-\"“”»«']")


def as_dash_line(text: str) -> str | None:
    """`text` written as the dash line it stands for ("– ..., siger han."), None when it is no unmarked quote."""
    if _AS_DASH_LINE_RE1.match(text):
        return None  # a dash or a mark is read as written
    m = _UNMARKED.match(text)
    if m is None or _FIRST_OR_SECOND.search(m.group(1)) is None:
        return None
    if re.search(r"\bat\s+(?:jeg|vi|du|han|hun|de|det|der|den)\b", m.group(1)):
        return None  # "Han mener, at vi ...": reported, whatever person it speaks in
    return f"– {text}"
