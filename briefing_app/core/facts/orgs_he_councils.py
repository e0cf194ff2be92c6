"""Hebrew regional and local councils whose own name is two or three words ("המועצה האזורית X Y, ראש ...",
"מועצה אזורית הX הY"), or whose one-word name is followed by the name of the council's head ("ראש המועצה
האזורית X שי Y"): `orgs_he_kinds` reads one word and wants the name to end there, so it lost these."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he_base import he_given

_WORD = re.compile(r"\s*([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]*[\u05d0-\u05ea]|[\u05d0-\u05ea])")
# What closes a council's name: a mark, or the end of the text.
_CLOSED = re.compile(r"\s*(?:[,.;:)\"״]|$)")
# Words that never stand inside a council's name: function words and the verbs of news around it.
_NOT_IN_NAME = {"של", "את", "על", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "כבר", "רק",
                "כל", "היום", "אתמול", "הבוקר", "הערב", "אמש", "מאז", "עד", "לפני", "אחרי", "במשך", "מול",
                # prepositions of a suit or a dispute after the council's name ("עתירת המועצה האזורית X נגד ...")
                "נגד", "כנגד", "בין", "לבין", "אצל", "מטעם", "עבור", "למען", "בעניין", "בנושא"}  # fmt: skip


def council_name(text: str, at: int, verbs: set[str]) -> tuple[int, str] | None:
    """(end, name) of a council's name starting at `at`: two or three words closed by a mark, or one word
    followed by a given name the lists hold (the council's head named after the office). None otherwise."""
    words: list[tuple[int, str]] = []
    pos = at
    for _ in range(3):
        m = _WORD.match(text, pos)
        if m is not None and m.group(1) in _NOT_IN_NAME and len(words) == 1 and words[0][1][:1] != "ה":
            return words[0]  # "כראש המועצה האזורית X מאז 2012": one word, then a preposition of time
        if m is None or m.group(1) in _NOT_IN_NAME or m.group(1) in verbs:
            break
        words.append((m.end(1), m.group(1)))
        pos = m.end(1)
    for n in (2, 3):
        if len(words) >= n and _CLOSED.match(text, words[n - 1][0]):
            name = " ".join(w for _, w in words[:n])
            definite = [w[:1] == "ה" for _, w in words[:n]]
            if any(definite) and not all(definite):
                return None  # "X הגדולה": a word and an adjective, or a place's article, not a name's pattern
            return words[n - 1][0], name
    if words and len(words) > 1 and he_given(words[1][1]) and words[0][1][:1] != "ה":
        return words[0][0], words[0][1]  # "ראש המועצה האזורית X שי Y ימשיך": X, then its head's name
    return None
