"""Who speaks an unattributed quote paragraph when nobody the people finder knows was named before it, but the
sentence before opens with one capitalised word as the subject of a verb: "Vercetti finishes the press conference of
the match against Brookvale." then '"We were the better side ..."'. Sport and entertainment copy names foreign managers,
players and artists by a family name no list holds; when the article writes that word again (its headline: "Vercetti
reactions"), it is the speaker's name, read as `speaker_clues.surname_subject` reads one before "he said"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing_app.core.facts.speaker_clues import surname_subject

# One capitalised word opening the sentence, then a verb in the present or the past ("finishes", "spoke", "praised").
_OPENING = re.compile(
    r"\W*([A-Z][a-z][\w'’-]+)\s+(?:[a-z]{3,}(?:es|s|ed)|spoke|said|told|gave|made|took|went|came|met|left|held)\b"
)


def surname_before(texts: Mapping[int, str], sentence: int, bodies: Sequence[str] = ()) -> str | None:
    """The family name opening the sentence before `sentence` as its subject, when the article writes it in another
    sentence too; None otherwise."""
    m = _OPENING.match(texts.get(sentence - 1, ""))
    if m is None:
        return None
    word = m.group(1)
    if surname_subject(f"{word} was", bodies) != word:
        return None  # a common word, a place, a body, a role or an adverb, as surname_subject reads them
    named = [
        i for i, t in texts.items() if i != sentence - 1 and re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", t)
    ]
    return word if named else None
