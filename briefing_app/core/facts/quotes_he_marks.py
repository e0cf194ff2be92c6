"""Hebrew quotation marks as articles type them: a high mark either way round and single marks read as “...”
(`he_quote_marks`), and a speaker read with ״ made a straight mark spelt back as the article writes it
(`he_as_written`). Moved out of `quotes_he.py`, which reads who said a Hebrew quote."""

from __future__ import annotations

import re


def he_as_written(speaker: str | None, written: str) -> str | None:
    """A speaker read from the text with ״ made a straight mark, spelt back as the article writes it
    ("דובר צה"ל" is "דובר צה״ל" in an article that types gershayim)."""
    if speaker and '"' in speaker and "\u05f4" in written:
        typographic = re.sub(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])', "\u05f4", speaker)
        if typographic in written:
            return typographic
    return speaker


# Where a mark opens a word (after a space, a colon, a bracket or a dash, or glued to a prefix letter: ו, ב, ל,
# מ, ה, ש, כ) and where one closes it (after a letter or punctuation, before a space, punctuation or the end).
_OPENS = re.compile(r"(?:^|(?<=[\s:(–—-])|(?<=^[ובלמהשכ])|(?<=\s[ובלמהשכ]))[”“׳'](?=[\u05d0-\u05eaA-Za-z0-9])")
_CLOSES = re.compile(r"(?<=[\u05d0-\u05eaA-Za-z0-9.,!?])[”“׳'](?=[\s.,;:!?)–—-]|$)")


def he_quote_marks(text: str) -> str:
    """Hebrew typing's quotation marks read as “...”: a high mark typed either way round (”...“ or ”...”, as
    right-to-left keyboards leave it), and single marks (׳...׳ with the geresh, '...') in a paragraph with no
    double marks. Only a mark that opens a word and one that closes a later word pair up, so a geresh ending an
    abbreviation (גב׳ לוי, פרופ׳) or inside a transliteration (ג'ורג') stays. The text keeps its length."""
    doubles = re.search(r"[\"„«»״]", text) is not None
    chars = list(text)
    opened: int | None = None
    for m in re.finditer(r"[”“׳']", text):
        i, c = m.start(), m.group()
        if c in "׳'" and doubles:
            continue
        if opened is None:
            if _OPENS.match(text, i):
                opened = i
            continue
        if _CLOSES.match(text, i) and (c in "”“") == (text[opened] in "”“"):
            if c in "”“" or not _listed_title(text, opened, i):
                chars[opened], chars[i] = "“", "”"
            opened = None
    return "".join(chars)


# A single-marked name next to another in a list ("פרסם ספרים: 'X', 'Y' ושתי אנתולוגיות", "'X' ו'Y'"): books',
# papers' or songs' titles, which Hebrew marks so, not someone's words.
_NEXT_ITEM = re.compile(r"\s*(?:,\s*|\s+ו-?)['׳]")
_ITEM_BEFORE = re.compile(r"['׳]\s*(?:,|\s+ו-?)\s*$")


def _listed_title(text: str, opened: int, closed: int) -> bool:
    """Whether the single marks at `opened` and `closed` set off one item of a list of marked names."""
    return _NEXT_ITEM.match(text, closed + 1) is not None or _ITEM_BEFORE.search(text[:opened]) is not None
