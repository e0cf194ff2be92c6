"""Egyptian copy writes a word's final ي as ى: "قال المحامى X", "القاضى", "الصحفى", "البرلمانى", and the
adjectives of countries ("الرئيس التركى", "الجيش الليبى"). The role
readers know the offices and callings as spelt with ي, so "المحامى X Y" was no role and its name went unread or
was cut ("عبد المقصود" of "عبد المنعم عبد المقصود"). Before the people readers, an office written so gets its ي
back (the same length), and the roles are given back as the article writes them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing_app.core.facts.people_ar_words import _AR_HEADS, AR_ROLE_NOUNS, AR_TITLES, _land
from briefing_app.core.facts.people_index import Person

# A word ending in ى, with a glued و, ب or ل before it.
_FINAL_YA = re.compile(r"(?<![\u0621-\u064a])([وبل]?)([\u0621-\u064a]{2,}?)ى(?![\u0621-\u064a])")


def _office(word: str) -> bool:
    core = word[2:] if word.startswith("ال") else word
    return word in _AR_HEADS or word in AR_TITLES or core in AR_ROLE_NOUNS or _nationality(word)


def _nationality(word: str) -> bool:
    """A country's or region's adjective with the article ("التركي", "الليبي", "المصري"), which ends an office's
    chain ("الرئيس التركى X", "الجيش الوطني الليبى"); never a word in ى of its own (الأعلى، الكبرى)."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5):
        return False
    stem = word[2:-1]
    return any(_land(c) for c in (stem, "ال" + stem, stem + "ا", stem + "يا"))


def offices_with_ya(text: str) -> str:
    """`text` with each office or calling written with a final ى ("المحامى") spelt with ي (positions kept)."""
    if "ى" not in text:
        return text

    def mend(m: re.Match[str]) -> str:
        word = m.group(2) + "ي"
        return m.group(1) + word if _office(word) else m.group(0)

    return _FINAL_YA.sub(mend, text)


def roles_with_final_ya(people: list[Person], written: Mapping[int, str]) -> None:
    """Gives back ى in the words of roles that the person's sentences write only so."""
    for p in people:
        if not p.role or "ي" not in p.role:
            continue
        texts = " ".join(written.get(i, "") for i in p.sentences)
        words = set(re.findall(r"[\u0621-\u064a]+", texts))
        for w in set(re.findall(r"[\u0621-\u064a]+ي(?![\u0621-\u064a])", p.role)):
            if w not in words and w[:-1] + "ى" in words:
                p.role = re.sub(rf"(?<![\u0621-\u064a]){w}(?![\u0621-\u064a])", w[:-1] + "ى", p.role)
