"""Whether a person is named in a sentence only inside quote marks: someone the quote speaks of, never the subject
a later "he said" or an unattributed quote goes back to ('"... Lt. Gov. Ann Moss will lead us," said Tom Weller.' then
'"We welcome the change."': Weller's words, not Moss's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS

if TYPE_CHECKING:
    from briefing_app.core.facts.people_index import Person

_OPENING = "“«"
_DASH_SPEECH = re.compile(r"[–—-]\s+\S")
# "— Jane Roe, shelter manager": a signature line after a quotation, a name and no speech
_SIGNED = re.compile(r"[–—-]\s*[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]+){1,3}\s*(?:,|$)")
# The comma and verb of saying that end a dash paragraph's speech and name its speaker.
_VERBS = "|".join(sorted(SPEECH_VERBS["da"] + SPEECH_VERBS["en"], key=len, reverse=True))
_ATTRIBUTION = re.compile(rf",\s+(?:{_VERBS})\b")
_CLOSING = "”»"


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` inside quote marks; a closing mark with none open before it closes a quote the
    sentence began inside of (the sentence before opened it)."""
    stretches: list[tuple[int, int]] = []
    opened: int | None = None
    first = re.search(r"[«»]", text)
    if first is not None and first.group() == "»":
        # ('»Vi ved ikke mere,« forklarer vagtchef X.': Danish sets guillemets pointing inward, » opening and «
        # closing; the name after « is outside the quote. French and Arabic copy opens with «.)
        text = text.translate({ord("»"): "«", ord("«"): "»"})
    for at, ch in enumerate(text):
        if ch in _OPENING or (ch == '"' and opened is None):
            opened = at
        elif ch in _CLOSING or ch == '"':
            stretches.append((opened if opened is not None else 0, at))
            opened = None
    if opened is not None:
        stretches.append((opened, len(text)))  # (a quote left open runs on to the next sentence)
    if _DASH_SPEECH.match(text) and not _SIGNED.match(text):
        # "– ... med Steen Hessel og Johnny Rune som æresmedlemmer.": a sentence opened by a speech dash is speech up
        # to its attribution ("..., siger X"), if it has one
        said = [m.start() for m in _ATTRIBUTION.finditer(text)]
        stretches.append((0, said[-1] if said else len(text)))
    return stretches


def named_only_in_quotes(text: str, key: str) -> bool:
    """Whether every place `key` stands as a word in `text` is inside quote marks (Latin script only: Arabic and
    Hebrew speakers are read by their own rules)."""
    if not key or re.search(r"[\u0590-\u06ff]", text):
        return False
    places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]
    if not places:
        return False
    stretches = quoted_stretches(text)
    return all(any(a < at < b for a, b in stretches) for at in places)


def role_recency(person: Person, text: dict[int, str], sentence: int) -> tuple[int, int]:
    """How recently `person` was named up to `sentence`, for "the minister said": the last sentence naming them outside
    quote marks (a name inside a quote is spoken of: '"... our Chief Minister Ann Roe ...," he said.'), then how early
    in that sentence (of two ministers named in one sentence, the subject comes first)."""
    key = person.key or ""
    named = [i for i in person.sentences if i <= sentence and not named_only_in_quotes(text.get(i, ""), key)]
    if not named:
        return -1, 0
    last = max(named)
    at = text.get(last, "").find(key) if key else -1
    return last, -at if at >= 0 else -(10**6)
