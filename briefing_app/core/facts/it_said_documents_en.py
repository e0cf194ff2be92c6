"""Who "it" is in '"...," it said.' when the sentence before opens with a document, not a body: "The report,
published by the Harbour Institute, found that 400 jobs were at risk. "...," it said." is the report's words, and
the report stands for whoever published it. Science, health and business copy quotes studies, surveys and reviews so.
Without this the pronoun fell through to the last person named, who never is "it"."""

from __future__ import annotations

import re

# A document opening its sentence as the subject: "The report", "The council's annual review", "A new study".
_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:The|A|An|This|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(report|study|survey|review|research|paper|analysis|audit|assessment|inquiry|investigation|document|findings|"
    r"statement|letter|guidance|strategy|plan|poll|index)\b"
)
# Who published or wrote it, named after the document: "published by the Harbour Institute", "by X", "from X".
_PUBLISHER = re.compile(
    r"^[^.;]{0,80}?\b(?:(?:published|commissioned|released|issued|carried\s+out|conducted|produced|written)\s+by|"
    r"from|by)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*)(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w&'’-]*)*)"
)


def document_it_is(before: str) -> str | None:
    """The publisher named with the document that opens `before` ("the Harbour Institute"), else the document itself
    ("the report"); None when `before` opens with no document."""
    m = _DOCUMENT_SUBJECT.match(before)
    if m is None:
        return None
    published = _PUBLISHER.match(before[m.end() :])
    if published is not None:
        return published.group(1)
    return f"the {m.group(1)}"
