"""Who speaks for a body: whose words "the statement" speaks when no sentence before says who issued it with
"issued a statement saying", and the person named before a comma and their body ("Tracey Bowers, JCCC said:").

"Russia's Interior Ministry confirmed yesterday that ... . The statement said "..."": the statement is the act of
the sentence before, whose subject made it. "Mayor Ann Roe's team said no one was available but provided a
statement." / '"...," the statement read.': the one who provided it. The speaker resolver returned the mention
itself ("the statement"), a speaker no reader can use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from briefing_app.core.facts.entity_tagger import common_words

# The verb that ends a sentence's subject: a verb of saying, or of handing over a document.
_VERB = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:confirmed|announced|said|says|stated|states|declared|warned|denied|"
    r"insisted|reported|released|issued|provided|gave|sent|emailed|published|posted|responded|replied|added)\b"
)
# A sentence that hands over a document, or says what the document then quotes.
_PROVIDED = re.compile(r"\b(?:provided|gave|sent|emailed|shared|released|issued)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
                       r"(?:statement|release|letter|response)\b")
# (a report in a that-clause: "X confirmed yesterday that ...", not "A correspondent said the move meant it "..."",
# whose own words are quoted)
_SAYS = re.compile(r"\b(?:confirmed|announced|said|stated|declared|warned|denied)\s+(?:[a-z]+\s+){0,2}?that\b")
# Words opening a sentence before its subject ("Yesterday,", "On Monday,").
_LEAD_IN = re.compile(r"^(?:(?:On|In|Earlier|Later|Yesterday|Today|Meanwhile|However)\b[^,]{0,30},\s*)")


def document_subject_before(sentences: dict[int, str], sentence: int, bodies: Sequence[str] = ()) -> str | None:
    """The subject of the sentence just before `sentence` (or the one before that) that hands over a statement or
    says something the statement then quotes; the body's name as found when the subject holds one. None when
    neither sentence has that shape or its subject names no one (no capital)."""
    for index in (sentence - 1, sentence - 2):
        text = _LEAD_IN.sub("", sentences.get(index, ""))
        if not (_PROVIDED.search(text) or (index == sentence - 1 and _SAYS.search(text))):
            continue
        verb = _VERB.search(text)
        if verb is None:
            continue
        subject = text[: verb.start()].strip(" ,")
        if re.match(r"(?:The|A|An|This|That)\s+(?:[a-z]+\s+)?(?:statement|release|letter|response)\b", subject):
            continue  # "The statement said ... . The statement continued:": the one who issued it is further back
        words = subject.split()
        # (a name: a capitalised word after the first, or a first word that is no common word: not "Residents")
        named_word = any(w[:1].isupper() for w in words[1:]) or (words and words[0].lower() not in common_words())
        if not named_word or len(words) > 8 or re.search(r"[\"“”,;]", subject):
            return None
        named = [b for b in bodies if b in subject]
        return max(named, key=len) if named else subject
    return None


def named_with_affiliation(mention: str, within: str, people: Any, bodies: Sequence[str] = ()) -> str | None:
    """The person named before a comma and the mention when the mention is their body, not a person: "Tracey Bowers,
    JCCC said:" took the body after the comma as the speaker ("JCCC", the Joint Casualty and Compassionate Centre);
    the one speaking is Bowers, whom the body only places. None for any other shape."""
    if not mention or not within or people.find(mention) is not None:
        return None
    # (the mention must be a body, an acronym or a body found: "Tom Reece, Minister Jane Dolby said" is Dolby's)
    if not (re.fullmatch(r"[A-Z][A-Z&]{1,7}", mention) or mention in bodies):
        return None
    if any(p.key and re.search(rf"\b{re.escape(p.key)}\b", mention) for p in people.people):
        return None
    m = re.search(rf"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+(?:of\s+|from\s+|at\s+)?{re.escape(mention)}\s+"
                  r"(?:said|says|told|added|explained|commented|stated|wrote)\b", within)
    if m is None:
        return None
    person = people.find(m.group(1))
    if person is None:
        return None
    if not person.role:
        person.role = mention  # (the body after the comma is what the article says of them: their role)
    return str(person.name)
