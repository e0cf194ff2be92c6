"""Hebrew items of one list that name their counted noun once: "הליכוד מקבל 28 מנדטים (29), קדימה יורדת ל-23
(24), העבודה מתחזקת ומקבלת 17 (15)", "העבודה של X ב-20 מנדטים, ש"ס ב-14, והבית היהודי ב-9 מנדטים" (how poll,
league-table and results copy lists its holders). A count with nothing of its own after it (the clause's end, a
comma, a bracketed earlier count, "each", "only", "and" the next holder) shares the plural noun that another count of
the same list names right after its number; the general reading gave it the holder or the verb before it
("מפלגת העבודה", "יורדת ל-23"), which is who holds it, not what it counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_HE_WORD = r"[\u05d0-\u05ea]"
# A plural noun right after a count (past a bracketed earlier count): "28 מנדטים (29)", "10 (10) מנדטים".
_OWN_PLURAL = re.compile(rf"\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?({_HE_WORD}{{2,}}(?:ים|ות))(?!{_HE_WORD})")
# Nothing of the count's own after it: a bracketed earlier count, "each" or "only", then the item's end (a comma, a
# stop, a bullet, a dash, the end) or "and" glued to the next holder ("ו'יש עתיד'", "וש"ס", "והבית").
_BARE_AFTER = re.compile(
    rf"\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?(?:(?:כל\s+(?:אחת|אחד)|בלבד)\s*)?"
    rf"(?:[,.;:•|)–—-]|$|ו(?:ה{_HE_WORD}|['\u05f3\"\u05f4]|{_HE_WORD}{{1,4}}[\"\u05f4]{_HE_WORD}))"
)
# Between two items of one list: a comma, a bullet or "and" (no full stop, no colon: a new sentence or a heading).
_ITEM_GAP = re.compile(r"[,•]|(?<![\u05d0-\u05ea])ו")
# Words before a count that make it no holder's item: a change or a rate ("עלייה של", "פער של"), a time or a part.
_NOT_AN_ITEM = re.compile(r"(?:של|מתוך|מהם|מהן|אחרי|לאחר|לפני|במקום|בגיל|כבן|כבת|בן|בת)\s*-?\s*$")


def he_gapped_items(facts: list[Fact], text: str) -> None:
    """Give the bare counts of a Hebrew list the plural noun another item names (see the module docstring)."""
    counts = [f for f in facts if f.number is not None and f.unit is None and f.number.kind == "number"]
    if len(counts) < 2:
        return
    nouns: dict[int, str] = {}
    for i, f in enumerate(counts):
        assert f.number is not None
        own = _OWN_PLURAL.match(text, f.number.end)
        if own and (f.counts or "").split(" (")[0].split()[:1] == [own.group(1)]:
            nouns[i] = own.group(1)
    if not nouns or len(set(nouns.values())) != 1:
        return  # (no item names its noun, or two nouns: two lists, or one item's noun is no other's)
    noun = next(iter(nouns.values()))
    for i, f in enumerate(counts):
        assert f.number is not None
        if i in nouns or noun in (f.counts or "") or not _BARE_AFTER.match(text, f.number.end):
            continue
        if f.number.value_max is not None or _NOT_AN_ITEM.search(text[: f.number.start]):
            continue
        if re.match(r"age\b", f.counts or "") or "(age)" in (f.counts or ""):
            continue  # "שני חשודים, בני 23 ו-25,": ages read as such, of the people counted, not more of them
        nearest = min(nouns, key=lambda j: abs(j - i))
        g = counts[nearest]
        assert g.number is not None
        a, b = sorted((f.number.end, g.number.start) if nearest > i else (g.number.end, f.number.start))
        between = text[a:b]
        if "." in re.sub(r"\d\.\d", "", between) or ":" in between or not _ITEM_GAP.search(between):
            continue  # (another sentence or a heading between them; or no list's gap)
        f.counts = f"{noun} ({f.counts})" if f.counts else noun
