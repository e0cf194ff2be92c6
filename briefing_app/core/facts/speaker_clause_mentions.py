"""English speaker mentions that are whole clauses rather than names, read down to the subject that speaks:
a title list set off after a name without its closing comma ("Jane Roe, Chairman, President and CEO stated,"), a
fronted phrase before a pronoun subject ("Instead - in his first interview - he would only tell The Sun:"), a
conjunction and a time adverb before a name ("But yesterday Roe rejigged it to say instead:"), and a reply owned
by a pronoun after the quote ('"...," was his reply to a query').

These shapes come from company releases, tabloid interviews and wire copy; each falls through the readers of
`speaker_before` and `speaker_after` as a long mention that `Speakers.resolve` cannot read."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.quote_words import NAME

# A capitalised title piece: "Chairman", "President and CEO", "Executive Vice President", "Head of Sales".
_TITLE_PIECE = r"[A-Z][\w&.'’-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w&.'’-]*))*"


def titled_list_name(before: str, verbs: str) -> str | None:
    """The name opening 'Jane Roe, Chairman, President and CEO stated, ': two or more capitalised title pieces set
    off by commas after the name, the last one running into the verb of saying (its closing comma left out); None
    when the pieces hold no title word."""
    m = re.fullmatch(
        rf"\s*({NAME}),((?:\s+{_TITLE_PIECE},){{1,3}})\s+({_TITLE_PIECE})\s+(?:also\s+)?(?:{verbs})\s*[,:]?\s*", before
    )
    if m is None:
        return None
    pieces = [p.strip() for p in m.group(2).split(",") if p.strip()] + [m.group(3)]
    words = [w for p in pieces for w in re.findall(r"[A-Za-z]+", p)]
    return m.group(1) if any(is_title(w) or w.isupper() and len(w) <= 4 for w in words) else None


# A fronted phrase (an adverb, a prepositional phrase) closed by a comma or a spaced dash, then a pronoun subject and
# its lower-case verb phrase.
_FRONTED_PRONOUN = re.compile(r"^[A-Z][^\"“”]*?(?:,|\s[-–—])\s+(he|she|they)\s+[a-z][^,\"“”–—]*$")
# A conjunction or a time adverb opening the sentence, a name, then lower-case words only (its verb phrase).
_OPENED_NAME = re.compile(
    r"^(?:(?:But|And|Yet|So|Then)\s+)?(?:(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ater|[Ee]arlier|[Nn]ow|"
    r"[Ll]ast\s+(?:night|week))\s*,?\s+)?"
    r"((?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+(?:[a-z][\w'’-]*\s*){2,8}$"
)
_FRONTING = frozenset("But And Yet So Then Yesterday Today Tonight Later Earlier Now Last".split())


_CLAUSE_MENTION_RE1 = re.compile(r"\s(?:he|she|they)\s")


def clause_mention(mention: str) -> str:
    """The subject of a mention that is a clause: the pronoun after a fronted phrase, or the name after an opening
    conjunction or time adverb; the mention unchanged otherwise."""
    # (cheap tests first: the patterns backtrack over a long mention that holds no pronoun or opening word)
    pronoun = _FRONTED_PRONOUN.match(mention) if _CLAUSE_MENTION_RE1.search(mention) else None
    if pronoun is not None:
        return pronoun.group(1)
    opening = mention.split()[:1]
    named = _OPENED_NAME.match(mention) if opening and opening[0] in _FRONTING else None
    if named is not None and named.group(1).split()[0] not in _FRONTING:
        return named.group(1)
    return mention


# '"...," was his reply to a query', '"...," came her answer': a reply the pronoun owns.
_OWNED_REPLY = re.compile(
    r"\s*,?\s*(?:was|came)\s+(his|her|their)\s+(?:reply|response|answer|verdict|view|message|warning|reaction|"
    r"assessment|plea|conclusion|retort|comment)\b"
)


def owned_reply(after: str) -> str | None:
    """The pronoun whose reply the words after a quote call it, as a subject ("he"), or None."""
    m = _OWNED_REPLY.match(after)
    return {"his": "he", "her": "she", "their": "they"}[m.group(1)] if m else None


# A name (its last one or two capitalised words, after any title before it) or a pronoun, a verb in the past or the
# perfect with its object, then a participle of saying: "... Board Bob Toomey has apologised for the incident saying:".
_PERFECT_THEN_PARTICIPLE = re.compile(
    # (a full name of two words, or a surname after its honorific: one capitalised word alone may be an office
    # ending a relative clause, "who is the country's first Taoiseach addressed the Dáil saying")
    r"(?:^|\s)((?:[A-Z][\w'’-]+|(?:Mr|Mrs|Ms|Dr)\.?)\s+[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"[a-z]{3,}ed\b[^,:;\"“”]{0,80}?,?\s+(?:saying|adding|stating|writing)\s*[,:]?\s*$"
)


def subject_before_participle(before: str) -> str | None:
    """The named subject of a clause whose object the participle of saying follows ("X has apologised for the
    incident saying:"), the name read right before its verb so that a long title before it is left out; None when
    the subject is no capitalised name or pronoun (the object before "saying" never speaks)."""
    m = _PERFECT_THEN_PARTICIPLE.search(before)
    if m is not None and m.group(1).split()[0] not in ("The", "A", "An", "This", "That", "It", "Its"):
        return m.group(1)
    described = _DESCRIBED_THEN_PARTICIPLE.match(before)
    return described.group(1) if described else None


# ("The council apologised for the incident saying:": a described subject opening the sentence, likewise)
_DESCRIBED_THEN_PARTICIPLE = re.compile(
    r"^\s*([Tt]he\s+(?:[a-z-]+\s+)?[a-z]+)\s+(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"[a-z]{3,}ed\b[^,:;\"“”]{0,80}?,?\s+(?:saying|adding|stating|writing)\s*[,:]?\s*$"
)
