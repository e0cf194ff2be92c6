"""Curly marks that Hebrew web copy writes for the geresh and the gershayim, for the finders of people and quotes.

Publishing software turns the typed marks of acronyms and transliterations into typographic quotes: 'ח”כ עוזי X',
'מנכ”ל החברה', "סמוטריץ’", "ג’ורג’". The word lists and the title readers know those words with '"' and "'" (or
the Hebrew ״ and ׳), so a curly mark inside an acronym hid the title ('ח”כ' was no MK, no role) and a curly
apostrophe closing a name was read as a closing quote mark ("סמוטריץ’" became "סמוטריץ", a second person).
Those finders read the sentences with such marks written plainly, one character for one, so every offset holds;
names, roles, speakers and quotes are then given back as the article writes them, as arabic_marks does for
harakat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_index import Person

# A curly double mark between a Hebrew letter and the acronym's last letter (or that letter and a plural or
# feminine ending: 'מנכ”לית', 'ח”כים'): the gershayim. Not 'ל“הגנה”': a preposition glued to an opening quote,
# where a whole word follows the mark.
_GERSHAYIM = re.compile(r"(?<=[\u05d0-\u05ea])[”“](?=[\u05d0-\u05ea](?:ית|ים|ות|יות)?(?![\u05d0-\u05ea]))")
# A curly apostrophe after a Hebrew letter: a geresh ("סמוטריץ’", "ג’ורג’", "פרופ’"), unless a curly opening
# single mark stands before it in the sentence ("מפלגת ‘תקווה חדשה’": the closing mark of a name in marks).
_GERESH = re.compile(r"(?<=[\u05d0-\u05ea])’")
_PLAIN = {'"': '["”“]', "'": "['’]"}


def plain_marks(sentences: Sequence[SourceSentence]) -> list[SourceSentence] | None:
    """The sentences with curly gershayim and geresh written '"' and "'", or None when none has any."""
    changed = False
    plain: list[SourceSentence] = []
    for s in sentences:
        text = _GERSHAYIM.sub('"', s.text)
        if "’" in text:
            opened = text.find("‘")
            text = "".join(
                "'" if c == "’" and (opened < 0 or k < opened) and _GERESH.match(text, k) else c
                for k, c in enumerate(text)
            )
        changed = changed or text != s.text
        plain.append(SourceSentence(s.index, s.paragraph, text))
    return plain if changed else None


def as_written(text: str, written: str) -> str:
    """`text` as `written` has it, its plain marks curly where the article writes them so; itself when not found
    or when it has no mark."""
    if not text or ('"' not in text and "'" not in text):
        return text
    found = re.search("".join(_PLAIN.get(c, re.escape(c)) for c in text), written)
    return found.group() if found is not None else text


def people_and_quotes_as_written(
    people: Sequence[Person], quotes: Sequence[Fact], sentences: Sequence[SourceSentence]
) -> None:
    """Each person's name and role, and each quote's text and speaker, as the article writes them."""
    by_index = {s.index: s.text for s in sentences}
    everything = " ".join(by_index.values())
    for person in people:
        near = " ".join(by_index.get(i, "") for i in person.sentences)
        person.name = as_written(as_written(person.name, near), everything)
        if person.role:
            person.role = "; ".join(as_written(as_written(r, near), everything) for r in person.role.split("; "))
    for quote in quotes:
        near = " ".join(by_index.get(i, "") for i in (quote.sentences or [quote.sentence]))
        quote.text = as_written(quote.text, near)
        if quote.speaker:
            quote.speaker = as_written(as_written(quote.speaker, near), everything)
