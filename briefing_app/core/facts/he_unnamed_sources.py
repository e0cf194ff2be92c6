"""Hebrew news quotes an anonymous source ("גורם משפטי בכיר", "הגורם הביטחוני", "מקור במשטרה") and then gives
its words with a bare verb ('"...", אמר.'). The reader of a bare verb takes the last person named of the verb's
sex, who in such copy is the one the source speaks about ('הגורם המשפטי טוען כי לX נעשה עוול. "...", אמר.':
not X). When the clause of the quote or the sentence before it opens with such a source, the source speaks."""

from __future__ import annotations

import re

# Nouns of an unnamed source: a party or a source, one or many (with the article or "and").
_SOURCE_HEADS = {"גורם", "גורמים", "מקור", "מקורות"}
# Adjectives of a source's rank or field: "בכיר", "משפטי", "ביטחוני", "המשפטי", "מדיני" (in י/ית/ים/יים).
_ADJECTIVE = re.compile(r"ה?[\u05d0-\u05ea]{2,}(?:י|ית|ים|יים|יות)|ה?בכירה?")


def _words(text: str) -> list[str]:
    return re.findall(r"[\u05d0-\u05ea\"'״׳-]+", text)


def unnamed_source_opening(clause: str, sentence_before: str) -> str | None:
    """The anonymous source that opens the quote's clause or the sentence before it ("הגורם המשפטי"), None
    when neither opens with one."""
    for text in (clause, sentence_before):
        words = _words(text.strip(' "“„״'))
        if not words:
            continue
        head = words[0].removeprefix("ו")
        bare = head.removeprefix("ה")
        if bare not in _SOURCE_HEADS:
            continue
        phrase = [head]
        for w in words[1:4]:
            if not _ADJECTIVE.fullmatch(w):
                break
            phrase.append(w)
        return " ".join(phrase)
    return None
