"""An office whose body is named in quote marks or in Latin letters, then a comma and the holder's name:
'יו"ר "גלובס", אלונה בר און', 'מנכ"ל רשת מרכזי הקניות BIG, חי גאליס,'. Business copy writes a paper's or a
brand's name so; the word reader splits the marks (and Latin letters) into tokens of their own, so the office
before the comma was not read. The marked name is read as one word of the office's complement, and the role is
written as the article writes it.
"""

from __future__ import annotations

from briefing_app.core.facts.people_he_news import _office_at

_MARKS = ('"', "\u05f4", "”", "“", "'", "\u05f3")


def _latin(token: str) -> bool:
    return len(token) == 1 and token.isascii() and token.isalpha()


def office_before_marked_body(words: list[str], title: int) -> str:
    """The office before the comma at `title` - 1 when its last word is a name in marks or in Latin letters;
    "" if none."""
    if title < 3 or words[title - 1] != ",":
        return ""
    end = title - 1  # the comma
    if words[end - 1] in _MARKS and end >= 3 and words[end - 3] in _MARKS:
        body, shown, start = words[end - 2], f'"{words[end - 2]}"', end - 3
    elif _latin(words[end - 1]):
        start = end - 1
        while start > 0 and _latin(words[start - 1]):
            start -= 1
        body = shown = "".join(words[start:end])
        if len(body) < 2:
            return ""
    else:
        return ""
    # (the office's first word is a head within six words before the name; the furthest one that makes an office
    # of the words up to the marked name, read as a plain Hebrew word, is its start)
    for j in range(max(0, start - 6), start):
        candidate = [*words[j:start], _STAND_IN]
        if _office_at(candidate, 0, len(candidate)):
            return " ".join([*words[j:start], shown])
    return ""


# A plain word no list holds, standing for the marked name while the office is read.
_STAND_IN = "פלוניאל"
