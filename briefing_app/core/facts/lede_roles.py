"""Wire stories describe the person in the lede and name them in the next sentence: "A former Boston police
sergeant has pleaded guilty to ... | Gerard Roe, 62, of Braintree, pleaded guilty on Thursday to ...". The
description is the named person's role; without this the person had none.

Read only where the shape leaves no doubt: the lede (after any dateline) opens with "A"/"An" and a phrase ending in
a role noun, names no person itself, and the next sentence opens with the name of a person who has no role yet.
Political copy opens so with the office itself: "The Premier has rejected calls for ... | Jane Roe said ...". A
lede opening with "The" is read the same way when its noun is an office held by one person, not one that reports on
someone else ("The coroner said ...", "The police have ...": the next name is whom they report on).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.anaphoric_roles_en import REPORTING_OFFICES
from briefing_app.core.facts.datelines import dateline_end
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.roles import is_role_noun

# "A former Boston police sergeant | has pleaded", "An Army veteran | was sentenced", "A Kessby teacher | who ...":
# up to five words before the role noun, then a finite verb, "who" or a comma.
_LEDE = re.compile(
    r"[\"“]?(?P<article>A|An|The|THE)\s+(?P<role>(?:[\w'’.-]+\s+){0,5}?(?P<noun>[A-Za-z][\w-]*))"
    r"\s+(?:has|have|had|was|is|will|would|could|faces|pleaded|pleads|who|accused|charged|[a-z]+ed\b)"
)
# A second unnamed person the lede brings in with a clause of their own ("... a court case where a serving garda was
# found ...", "... after a pupil was hurt"): the next sentence may name either, so neither gets the description.
_SECOND_SOMEONE = re.compile(
    r"\b(?:where|in\s+which|after|when|as)\s+(?:an?|one|two|three)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:was|were|is|are|had|has)\b"
)

# What may follow the name at the start of the next sentence: an age, a home town, the verb.
_NAME_OPENS = r"\s*(?:,|\s(?:was|has|had|is|pleaded|will|faces|said|says|told|[a-z]+ed)\b)"


def lede_roles(persons: list[Fact], sentences: list[SourceSentence], lang: str) -> None:
    """Give the person named first in the sentence after a describing lede that description as role."""
    if lang != "en":
        return
    for lede, following in zip(sentences[:3], sentences[1:4], strict=False):
        text = lede.text[dateline_end(lede.text) :]
        m = _LEDE.match(text)
        if m is None or not is_role_noun(m.group("noun")):
            continue
        in_lede = [p for p in persons if lede.index in p.sentences]
        if m.group("article").lower() == "the":
            if m.group("noun").lower() in REPORTING_OFFICES or re.search(r"\b(?:of|for|from|in|at)\b", m.group("role")):
                continue  # ("The coroner said ...": an office reporting on the one named next; "The head of ...")
        elif in_lede or m.group("noun")[:1].isupper():
            continue  # (after "A"/"An" the job noun is written in lower case: "A Kessby Teacher" may be a name)
        if _SECOND_SOMEONE.search(text, m.end()):
            return  # ("A district judge has adjourned a case where a serving garda was found ...": two people)
        opening = following.text[dateline_end(following.text) :]
        for p in persons:
            if p in in_lede or p.role is not None or p.sentence != following.index:
                continue  # (one the office's own lede names is the one it acts on: "The Premier sacked Jo Roe.")
            if re.match(re.escape(p.text) + _NAME_OPENS, opening):
                p.role = m.group("role")
        return
