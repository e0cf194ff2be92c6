"""An Arabic change told as a verbal noun or verb, then a time in commas, then the level it reached: "أظهرت البيانات
ارتفاع معدل التضخم السنوي في مدن البلاد، في سبتمبر إلى 38%"، "وارتفعت الصادرات، خلال الربع الأول، إلى 2 مليار".
The piece after the last comma is only a time and "إلى", so the figure was read with no subject; the clause of the
change is the piece before (past pieces that are only times). Used by `counted_rtl`."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_times import ar_without_time
from briefing_app.core.numbers import strip_arabic_marks

_TO_ONLY = re.compile(r"\s*(?:إلى|الى|لي?صل\s+(?:إلى|الى)|لتصل\s+(?:إلى|الى))\s*")
# A clause of change: a verb of change or its verbal noun first (after an opening verb of showing: "أظهرت البيانات").
_CHANGE = re.compile(
    r"(?<!\S)[وف]?(?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|نما|نمت|هبط|هبطت|قفز|قفزت|صعد|صعدت|تقلص|تقلصت"
    r"|ارتفاع|انخفاض|زيادة|نمو|هبوط|صعود|تقلص|وصول)\s+\S"
)


def ar_change_before_comma(pieces: list[str], clause: str) -> str | None:
    """The clause of change before the commas, joined to `clause` (the last piece, only a time and "إلى"), when the
    pieces between are only times; None otherwise. `pieces` are the comma pieces of the text before the figure."""
    if not _TO_ONLY.fullmatch(ar_without_time(strip_arabic_marks(clause))):
        return None
    k = -2
    while -k < len(pieces) and not ar_without_time(strip_arabic_marks(pieces[k])).strip():
        k -= 1  # (past a piece that is only a time: "، اليوم الثلاثاء،")
    if -k > len(pieces) or re.search(r"[\d٠-٩]", pieces[k]):
        return None  # (not past another figure)
    piece = strip_arabic_marks(pieces[k])
    if not _CHANGE.search(piece):
        return None
    return f"{piece.strip()} {clause.strip()} "
