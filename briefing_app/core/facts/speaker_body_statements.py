"""A statement that names its body before the word ("An EA statement said:", "A Tolvik Council statement said:",
"The Acme press release said"): the body speaks. The generic "the statement said" is read elsewhere
(`speaker_documents_en`), from the body named before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.speaker_clues import defined_acronyms

_BODY_STATEMENT = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+((?:[A-Z][\w&'’.-]*\s+){0,5}?[A-Z][\w&'’.-]*)\s+"
    r"(?:statement|press\s+release|news\s+release|release|report|notice)"
)


def names_a_statement(mention: str) -> bool:
    """Whether a mention is a statement with its body's name before the word ("An EA statement"); asked first, so
    the article's texts and bodies are gathered only for such a mention."""
    return _BODY_STATEMENT.fullmatch(mention) is not None


def body_of_statement(mention: str, texts: tuple[str, ...], bodies: Sequence[str]) -> str | None:
    """The body a statement's mention names ("An EA statement" -> "Environment Agency (EA)" when the article
    defined the abbreviation; the organisation found by that name; else the name as written), or None when the
    mention is no such statement."""
    m = _BODY_STATEMENT.fullmatch(mention)
    if m is None:
        return None
    name = m.group(1)
    defined = defined_acronyms(texts).get(name) if name.isupper() else None
    if defined:
        return f"{defined} ({name})"
    return next((b for b in bodies if b == name or b.endswith(f"({name})")), name)


# A statement whose body stands after the word, as the owner of where it was published or after "from": "A statement
# published on Harbour's official website on Tuesday read", "A statement on the club's website said", "A statement
# from Harbour Rovers said". Club and company announcements in sports and business copy are quoted so.
_STATEMENT_FROM = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:brief|short|joint|official|club|written)\s+)?(?:statement|press\s+release|release)\s+"
    r"(?:(?:published|posted|issued|released|put\s+out|carried)\s+)?"
    r"(?:(?P<from>from|by)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&.-]*\s+){0,4}?[A-Z][\w&.-]*)"
    r"|(?:on|via)\s+(?P<owner>(?:[A-Z][\w&.-]*\s+){0,4}?[A-Z][\w&.-]*|the\s+(?:club|company|team|firm|league|union|"
    r"federation|association|board|group))['’]s?\s+(?:own\s+)?(?:official\s+)?(?:website|web\s*site|site|"
    r"Twitter\s+account|Facebook\s+page|account)"
    # (the page cut off its owner before the mention reached here: "A statement on the club")
    r"|(?:on|via)\s+(?P<cut>the\s+(?:club|company|team|firm|league|union|federation|association|board|group))$)"
    # (when and what it did: "on Tuesday", "last night"; "read" as the verb of a written statement)
    r"(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+)?(?:\s+(?:read|reads|said|says|stated|added))?"
)


def statement_source(mention: str) -> str | None:
    """The body a statement's mention gives after the word, as written ("Harbour", "Harbour Rovers"), or "the
    club" (to be resolved to the club named before) when the owner is a body's common noun; None for any other
    mention."""
    m = _STATEMENT_FROM.fullmatch(mention.strip())
    if m is None:
        return None
    return m.group("body") or m.group("owner") or m.group("cut")
