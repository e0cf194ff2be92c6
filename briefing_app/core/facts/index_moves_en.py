"""A share index's move in points and the level it closed at, when the index is not the clause's plain subject
(English markets copy): "with the Tolvik 50 up 25.6 points at 5,876.1", "lifted the Tolvik Index, which closed 18.4
points higher at 6,101.2", "pushed the Tolvik higher, closing 112 points up at 10,234", "on Wall Street, where the
Tolvik Composite crept 9 points into positive ground".

The readings before took the clause's subject ("Buying"), the participle ("closed 18.4 points higher") or the
subject with its verb ("Tolvik Composite crept"). The index is the capitalised name right before the verb of moving
(or "up"/"down", or a comma and "which"/"closing"); the move in points counts points of that index and the level
"at" after it is the index's. Only a capitalised name (an index is named), only a move in points.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_MOVE_VERBS = (
    r"(?:clos(?:ed|ing|es)|end(?:ed|ing|s)|finish(?:ed|ing|es)|crept|creep(?:s|ing)?|slipp(?:ed|ing)|slips?|"
    r"r(?:ose|ising|ises)|f(?:ell|alling|alls)|gain(?:ed|ing|s)?|los(?:t|ing|es)|add(?:ed|ing|s)?|shed(?:ding|s)?|"
    r"climb(?:ed|ing|s)?|dropp(?:ed|ing)|drops?|eas(?:ed|ing|es)|edg(?:ed|ing|es)(?:\s+(?:up|down))?)"
)
# The index's name (not the object of a preposition: "lead over the X rose 3 points"), then how it moved, right
# before the number of points: "the Tolvik 50 up |", "the Tolvik Index, which closed |", "the Tolvik higher,
# closing |", "the Tolvik Composite crept |".
_INDEX_BEFORE = re.compile(
    r"(?<!\bover\s)(?<!\bthan\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bon\s)(?<!\bin\s)(?<!\bby\s)"
    r"(?<!\bagainst\s)(?<!\bbetween\s)(?<!\bbehind\s)(?<!\bfrom\s)"
    r"\bthe\s+((?:(?:[A-Z][\w&'-]*|\d{2,4})\s+){0,3}(?:[A-Z][\w&'-]*|\d{2,4}))"
    rf"(?:\s+(?:higher|lower|up|down))?(?:,\s*(?:which\s+)?|\s+)(?:up\s+|down\s+|{_MOVE_VERBS}\s+)"
    r"(?:(?:about|around|nearly|almost|some|just|more\s+than)\s+)?$"
)
_POINTS_AFTER = re.compile(r"\s+points?\b")
# Between the move and the level: "points higher at", "points up at", "points, at".
_TO_LEVEL = re.compile(r"\s+points?(?:\s+(?:higher|lower|up|down|better|weaker))?,?\s+(?:at|to)\s+$")


def index_moves(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a move in points the index named before its verb, and the level after it the same index."""
    moved: tuple[Fact, int, str] | None = None  # the last move read here, its end and its index
    for f, number, text in figure_texts(figures, texts):
        if moved is not None and moved[0].sentence == f.sentence and _TO_LEVEL.fullmatch(text[moved[1] : number.start]):
            if moved[2] not in (f.counts or ""):
                f.counts = moved[2]  # "closing 112 points up at 10,234": the index's level
            moved = None
            continue
        moved = None
        if not _POINTS_AFTER.match(text, number.end):
            continue  # (a cheap test first: a move in points only)
        m = _INDEX_BEFORE.search(text[: number.start][-120:])
        if m is None:
            continue
        index = m.group(1)
        counts = f.counts or ""
        if index not in counts or index + " " + m.group(0).split()[-1] in counts:
            # ("points (Buying)", "points higher (Tolvik Composite crept)": the index alone in the brackets)
            f.counts = (
                re.sub(r"\s*\(.*\)$", "", counts) + f" ({index})" if counts.startswith("point") else f"points ({index})"
            )
        moved = (f, number.end, index)
