"""The main clause that introduces a quote after a phrase fronted before it, in English: "According to Isna, the
spokesperson of the ministry said on Tuesday:", "Pointing out that the truce has been extended until Friday, the
head of the delegation said:". The fronted phrase names a source or a topic, never the speaker; the subject of the
clause after its comma, right before its verb of saying, speaks. Wire copy (agencies translated into English
especially) opens colon introductions this way; the rest of `speaker_before` reads the main clause as usual."""

from __future__ import annotations

import re

# A phrase opening the sentence that is no clause of its own subject: a source ("According to X,", "Citing X,",
# "Quoting X,"), a topic ("Regarding X,", "Referring to X,") or a participle with a lower-case word after it
# ("Pointing out that ...,", "Noting the ...,"; not a surname that ends in -ing, "Manning, the chief, said").
_FRONTED = re.compile(
    r"(?:According\s+to|Citing|Quoting|Regarding|Referring\s+to|"
    r"[A-Z][a-z]{2,}ing(?:\s+(?:out|up|back|on|over|to|at))?(?=\s+[a-z]))\s"
)
# The main clause: a subject of up to nine words (an article, a demonstrative or a capitalised word first, no comma
# inside), an adverb perhaps, then the verb of saying; what follows it holds no quote mark.
_SUBJECT = r"(?:the|this|that|a|an|one|another|he|she|they|[A-Z][\w'’.-]*)(?:\s+[^\s,\"“”:;]+){0,8}?"


def main_clause_after_fronted(before: str, verbs: str) -> str | None:
    """The clause after a fronted source, topic or participle phrase in `before` (the sentence up to the quote),
    from its subject on, when that clause's subject is followed by a verb of saying (`verbs`, an alternation);
    None when the sentence opens otherwise or no such clause follows a comma."""
    if _FRONTED.match(before) is None:
        return None
    for comma in re.finditer(r",\s+", before):
        if re.search(r"[\"“”]", before[: comma.start()]):
            return None  # (a quote before the comma: the clause after it belongs to that quote's reading)
        rest = before[comma.end() :]
        if re.match(rf"{_SUBJECT}\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:{verbs})\b[^\"“”]*$", rest):
            return rest
    return None


def without_participle_aside(before: str, verbs: str) -> str:
    """`before` less a participle clause set off by commas between a subject and its verb of saying: "Senator Jo
    Lind of Ohio, noting he was not at the meeting and did not know if President Roe had erred, said," is "Senator
    Jo Lind of Ohio said,": a name inside the clause is spoken of, the subject speaks."""
    return re.sub(
        rf",\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}ing\s[^,\"“”]{{2,200}}?,\s+(?=(?:also\s+|then\s+|later\s+)?(?:{verbs})\b)",
        " ",
        before,
    )


# A recipient fronted before the subject of a colon introduction: "To Holm and Bartley, who both spoke out of turn,
# the council president said:". The people the words were addressed to are named first, the speaker after the
# comma (a relative clause may describe those addressed first); the caller checks a verb of saying follows.
FRONTED_RECIPIENT = re.compile(
    r"To\s+[A-Z][\w'’.-]*(?:\s+[^\s,\"“”:;]+){0,5}?(?:,?\s+(?:who|whom|which)\s[^,\"“”:;]{1,160})?,\s+"
    r"(?=[A-Za-z])(?!(?:he|she|they|it|we|I)\b)"
)
