"""A body's British arm named by its name and "UK" ("Kessbyweb UK", "Tolvik Music UK", "told Harbourpost UK: ..."):
British copy names a firm's or an outlet's UK company or edition so, and the "UK" is part of that name, not the
country. A finder that knows the body by its own name ends it before "UK", and the gazetteer reads "UK" as the
place; this pass, run on the article's bodies once every finder is done, gives the body its whole name (the place
is then dropped where it is only inside it: places_in_bodies).

Only "UK" after the name, with a mark, the sentence's end or a reporting word after it: "told Harbourpost UK
officials were ..." has the country's officials, not the edition."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# What follows an arm's name where "UK" cannot open a noun phrase of its own ("UK officials", "UK sales").
_AFTER = r"(?=\s*(?:[,.:;)”\"'’!?]|$)|\s+(?:that|said|says|reported|reports|revealed|reveals|on|in|last|earlier)\b)"


def national_arms(facts: list[Fact], texts: dict[int, str]) -> None:
    """Give each organisation of `facts` that one of its sentences writes before "UK" as an arm's name ("HuffPost"
    of "told HuffPost UK:") the name with "UK"; the facts are changed in place."""
    for fact in facts:
        if fact.kind != "organisation" or fact.text.endswith(("UK", "U.K.")):
            continue
        at = [i for i in fact.sentences or [fact.sentence] if f"{fact.text} U" in texts.get(i, "")]  # (cheap test)
        if not at:
            continue
        name = re.escape(fact.text)
        arm = re.compile(rf"(?<![\w'’-]){name} (UK|U\.K\.){_AFTER}")
        found = [m.group(0) for i in at for m in arm.finditer(texts.get(i, ""))]
        if found:
            fact.text = found[0]
