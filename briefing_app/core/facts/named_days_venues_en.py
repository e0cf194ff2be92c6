"""Two kinds of capitalised names English copy writes that are no person, whatever the readers before took them for:
a building or venue named by its kind last ("Alexander Memorial Coliseum", "Kessby Memorial Stadium", after an
owner's possessive: "Georgia Tech's Alexander Memorial Coliseum") and a saint or a person in the name of a day
("the city's Saint Patrick's Day parade", "Valentine's Day"), when the article writes the name in nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact

# Kinds of building or venue that end a venue's name (not those that are also family names: Hall, Park, Church,
# Temple, Castle, Tower, Bridge).
_VENUE_KINDS = {"stadium", "arena", "coliseum", "colosseum", "auditorium", "pavilion", "amphitheatre", "amphitheater",
                "gymnasium", "theatre", "theater", "centre", "center", "museum", "hospital", "cathedral", "mosque",
                "synagogue", "plaza", "airport"}  # fmt: skip


def drop_days_and_venues(people: list[Fact], texts: Sequence[str]) -> list[Fact]:
    """`people` without venues named by their kind last and without names written only in a day's name."""
    article = " ".join(texts)
    out = []
    for person in people:
        words = person.text.split()
        if len(words) >= 2 and words[-1].lower() in _VENUE_KINDS:
            continue  # "Alexander Memorial Coliseum"
        mentions = list(re.finditer(rf"(?<![\w'’-]){re.escape(person.text)}(?![\w-])", article))
        if mentions and all(re.match(r"['’]s?\s+Day\b", article[m.end() :]) for m in mentions):
            continue  # "Saint Patrick's Day": the day's name, no person of the article
        out.append(person)
    return out
