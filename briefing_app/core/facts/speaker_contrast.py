"""Who a pronoun or a description goes back to when the nearest name will not do.

A pronoun after a sentence of two contrasted clauses goes back to the subject of the later clause.

"Roe said the pier was safe, but harbour master Tom Weller disagreed. "...," he said." -- the words answer the first
clause, and the one answering is the later clause's subject, not the person the sentence named first. So too in
Danish, "..., men det var den danske træner, Jens Holm, ikke enig i." A name in the later clause that is an object
("but police arrested Weller") or governed by a preposition ("but the talks with Weller failed") is no subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_app.core.facts.people import Person
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.pos_tagger import tag_words
from briefing_app.core.facts.roles import is_role_noun

# The conjunction that opens a contrasted main clause after a comma.
_CONTRAST = re.compile(r",\s+(?:but|while|whereas|men|mens)\s+")
# A Danish cleft opening the clause ("men det var ... X, ikke enig i"): the one it singles out is its subject.
_CLEFT = re.compile(r"^(?:det|der)\s+(?:var|er)\s+")
_GOVERNED = re.compile(
    r"\b(?:to|with|of|for|by|from|at|on|in|about|against|over|til|med|af|fra|på|om|mod|hos|ved)\s+(?:\S+\s+){0,3}$"
)


def contrast_subject(text: str, people: Sequence[Person], at: Callable[[Person], int]) -> Person | None:
    """The person who is the subject of the last clause of `text` opened by ", but" / ", men" (and a few more),
    named within five words of the conjunction with no verb and no preposition before the name; None otherwise.
    `at` gives where `text` first names a person."""
    found = list(_CONTRAST.finditer(text))
    if not found or re.search(r"[\"“”«»]", text[found[-1].start() :]):
        return None
    start = found[-1].end()
    later = [p for p in people if start <= at(p) < len(text)]
    if not later:
        return None
    first = min(later, key=at)
    if re.match(r"['’]s?\s", text[at(first) + len(first.key or "") :]):
        return None  # "but Roe's lawyer said": the owner is spoken of
    between = _CLEFT.sub("", text[start : at(first)])
    words = between.replace(",", " ").split()
    if len(words) > 5 or _GOVERNED.search(between):
        return None
    if words and {"VERB", "AUX"} & set(tag_words(words)):
        return None  # "but police arrested Weller": an object
    return first


def other_title(role: str | None, word: str) -> bool:
    """Whether a person's stated `role` is an office other than the title `word` of a description ("the Labour
    leader" is not the one the article called "shadow chancellor"): `word` is a title, the role's head a title or a
    role noun, and the role does not hold `word`.
    A description that is no title ("the star", "the gaffer") may be anyone's, whatever their role."""
    if not role or not is_title(word):
        return False
    heads = [w for w in re.split(r"[\s;,]+", role.lower()) if w]
    return bool(heads) and (is_title(heads[-1]) or is_role_noun(heads[-1])) and word.lower()[:5] not in role.lower()
