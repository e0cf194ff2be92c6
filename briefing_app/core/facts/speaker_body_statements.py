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
