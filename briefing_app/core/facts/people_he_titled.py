"""Hebrew news names well-known people by an office and the family name alone ("ראש הממשלה X", "רה"מ X והשר Y",
"הנשיא X"), and no name list holds every such family name. Two shapes of the sentence say that the word after an
office is such a name and no complement or verb: the article writes the same word after an office again in
another sentence, or a second office follows it joined by "and" ("X והשר Y": two titled people listed)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.core.facts.he_passive_slot import verb_in_family_slot
from briefing_app.core.facts.people_he_base import _complement_end, _he_head_at
from briefing_app.core.facts.people_he_words import HE_TITLES

# Letters a preposition or conjunction glues to a word ("במליאה", "לכנסת"): a word so opened after an office is
# more likely where or to whom than a name, so these shapes leave it out.
_GLUED = "בלמכוהש"


def _after_an_office(words: Sequence[str], j: int) -> bool:
    """Whether the word at `j` stands right after an office and its construct complement ("ראש הממשלה X")."""
    words = [w.removeprefix("ש") if _he_head_at([w.removeprefix("ש")], 0) else w for w in words]
    for i in range(max(0, j - 5), j):
        n = _he_head_at(words, i)  # (also after "that": "שראש הממשלה X ורעייתו")
        if n and i + n <= j <= _complement_end(words, i + n):
            return all(w[:1] == "ה" or w in HE_TITLES or '"' in w for w in words[i + n : j])
    return False


def _second_office(word: str) -> bool:
    """A second office joined by "and": "והשר", "ושר האוצר", 'ויו"ר'."""
    bare = word[1:] if word[:1] == "ו" else ""
    return bool(bare) and (bare in HE_TITLES or _he_head_at([bare], 0) > 0)


def titled_unlisted(family: str, words: Sequence[str], k: int, others: Sequence[Sequence[str]]) -> bool:
    """Whether `family`, at `k` after an office in `words`, is a family name no list holds: no verb's shape and
    no glued preposition, and another office follows it with "and", or another sentence has it after an office."""
    if family[:1] in _GLUED or len(family) < 3 or verb_in_family_slot(family):
        return False
    if k + 1 < len(words) and _second_office(words[k + 1]):
        return True
    return any(w == family and _after_an_office(ws, j) for ws in others for j, w in enumerate(ws))
