"""Hebrew names that stand inside quotation marks: someone the quoted person speaks of, never the antecedent of a
later bare quote or verb of saying ('"... הציבור בחר גם בבן גביר. בן גביר הוא שר ...".' then '"..."': the one
quoted goes on, not the minister he spoke of).

`speaker_quoted_names` reads Latin-script marks only, and `quoted_sentences` the directional « » and “ ”: Hebrew
copy types the straight " (or ״), which also writes an acronym's gershayim (צה"ל, ש"ס), and the sentence splitter
cuts a quote of several sentences, so the second sentence carries no mark of its own. A mark's side says what it
is: between two letters it is gershayim; after a space (or the start, a colon, a bracket, a dash) it opens; else it
closes.
"""

from __future__ import annotations

import re

_MARKS = '"״“”„'
_LETTER = re.compile(r"[\u05d0-\u05ea]")
_OPENS_AFTER = " \t:(–—-"


def _marks(text: str) -> list[tuple[int, bool]]:
    """The quote marks of a sentence, each with whether it opens (True) or closes (False); gershayim left out."""
    out: list[tuple[int, bool]] = []
    for at, ch in enumerate(text):
        if ch not in _MARKS:
            continue
        before = text[at - 1] if at > 0 else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if ch in '"״' and _LETTER.match(before) and _LETTER.match(after):
            continue  # 'צה"ל', 'ש"ס': an acronym (a prefix glued to a quoted name, 'ל"מעריב"', reads so too)
        opens = ch == "„" or ((not before or before in _OPENS_AFTER) and bool(after) and not after.isspace())
        out.append((at, opens))
    return out


def he_open_at_start(texts: dict[int, str]) -> frozenset[int]:
    """The sentences of `texts` (index to text, in order) that begin inside a quote opened in an earlier sentence
    and closed by them or by a later one (a quote never closed marks nothing: a stray mark is no quote)."""
    inside: set[int] = set()
    opened = False
    pending: list[int] = []
    for index in sorted(texts):
        if opened:
            pending.append(index)
        for _, opens in _marks(texts[index]):
            if opens:
                opened, pending = True, []
            elif opened:
                inside.update(pending)
                opened, pending = False, []
    return frozenset(inside)


def he_named_only_in_quotes(text: str, key: str, open_at_start: bool) -> bool:
    """Whether every place `key` stands in the Hebrew sentence `text` is inside quote marks (`open_at_start`: the
    sentence begins inside a quote an earlier one opened)."""
    standing = rf"(?<![\u05d0-\u05ea])[ובלמהשכ]{{0,2}}{re.escape(key)}(?![\u05d0-\u05ea])"
    places = [m.start() for m in re.finditer(standing, text)]
    if not key or not places:
        return False
    stretches: list[tuple[int, int]] = []
    start: int | None = 0 if open_at_start else None
    for at, opens in _marks(text):
        if opens and start is None:
            start = at
        elif not opens and start is not None:
            stretches.append((start, at))
            start = None
    if start is not None:
        stretches.append((start, len(text)))  # (a quote left open runs on to the next sentence)
    return all(any(a <= at < b for a, b in stretches) for at in places)
