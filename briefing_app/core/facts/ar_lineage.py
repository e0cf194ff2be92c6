"""Whether two Arabic names built by lineage ("X بن Y آل Z") name two people. Gulf copy names a ruler, his sons
and his brothers in one article, all with the family's name ("محمد بن زايد آل نهيان", "محمد بن خليفة آل نهيان";
"سعود بن راشد المعلا" and his son "راشد بن سعود بن راشد المعلا"): the family name they share, or one name held
inside the other, does not make them one person; a later mention is the same person when it opens the same way
("محمد بن زايد" for "محمد بن زايد آل نهيان") or is the lineage part alone ("بن زايد")."""

from __future__ import annotations

_LINKS = {"بن", "بنت", "ابن"}


def ar_other_lineage(mention: str, name: str, tail_ok: bool = True) -> bool:
    """Whether `mention` and `name`, both Arabic and one of them built with بن, are two people: neither is the
    other's opening words, and `mention` is not a lineage part ("بن زايد") held inside `name`."""
    words, known = mention.split(), name.split()
    if len(words) < 2 or len(known) < 2 or not any(w in _LINKS for w in (*words, *known)):
        return False
    if not ("\u0621" <= words[0][:1] <= "\u064a" and "\u0621" <= known[0][:1] <= "\u064a"):
        return False
    # (not a family's piece with آل, "زايد آل نهيان", which ends the names of brothers alike)
    if tail_ok and not any(w in _LINKS or w in ("آل", "ال") for w in words) and known[-len(words) :] == words:
        return False  # "راشد الكعبي" read inside "سالم بن راشد الكعبي": a reader's piece of the chain, merged there
    if words[0] in _LINKS or words[0] in ("آل", "ال"):
        n = len(words)
        return not any(known[k : k + n] == words for k in range(len(known) - n + 1))
    n = min(len(words), len(known))
    return words[:n] != known[:n]


def opens_longer_lineage(name: str, mention: str) -> bool:
    """Whether a name built with بن ("محمد بن راشد", three words or more) opens a longer `mention` of the same
    lineage ("محمد بن راشد آل مكتوم"): a headline or a first line writes the short form, the body the full one."""
    words, known = mention.split(), name.split()
    return (
        len(known) >= 3
        and len(words) > len(known)
        and any(w in _LINKS for w in known)
        and words[: len(known)] == known
        and "\u0621" <= known[0][:1] <= "\u064a"
    )
