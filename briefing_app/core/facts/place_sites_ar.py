"""Arabic sites named by their kind ("مستشفى X", "مشفى X", "مسجد X"): how far the name after the kind goes.

A site is often named after a person, with or without a title ("مستشفى الرئيس X Y الحكومي", "مستشفى الشهيد
أبو X Y", "مستشفى X Y" with a known given name), and may close with the adjective of its standing
("الحكومي", "الجامعي") and, for a hospital, the field it treats ("للعيون", "للأطفال"). A name spelt like an
accusative adjective ("-يا") is a name where no adjective could stand in that case: after a preposition or a
noun in the construct state ("إلى مستشفى X", "لتنظيف مستشفى X"), before a definite adjective, or opening the
text."""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import arabic_lookup_form, lookup, world_given_names

# Titles a site is named after ("مستشفى الرئيس X Y", "مسجد الشيخ X", "مقبرة الشهيد X").
SITE_TITLES = {"الشيخ", "الإمام", "الأمير", "الملك", "السلطان", "السيدة", "النبي", "الشهيد", "القديس", "القديسة",
               "الرئيس", "الدكتور", "الزعيم", "القائد", "الشهيدة", "الأميرة", "الملكة"}  # fmt: skip
# The fields a hospital or clinic is named for, after ل with the article ("مستشفى X للعيون").
FIELDS = {"للعيون", "للأطفال", "للاطفال", "للولادة", "للنساء", "للأورام", "للسرطان", "للقلب", "للحروق", "للعظام",
           "للأمراض", "للطب", "للتأهيل", "للأسنان", "للكلى"}  # fmt: skip
# Words that end a name: prepositions, relatives, particles, time words.
_STOP = {"التي", "الذي", "الذين", "في", "من", "إلى", "الى", "عن", "على", "مع", "منذ", "بعد", "قبل", "عند", "حيث",
         "بين", "أن", "إن", "إنه", "أنه", "قد", "لم", "لن", "كما", "وهو", "وهي", "هو", "هي", "يوم", "عام", "اليوم",
         "أمس", "حتى", "خلال", "بن", "ابن", "بنت",
         # ("شارع الشيخ زايد باتجاه إمارة X": a direction after the name, no word of it)
         "باتجاه", "بإتجاه", "نحو", "قرب", "بالقرب", "عبر", "وصولا", "وصولاً"}  # fmt: skip
# Prepositions before a kind, which put it in the genitive.
_PREPOSITIONS = {"في", "إلى", "الى", "من", "عن", "على", "مع", "داخل", "أمام", "قرب", "نحو", "حول", "بجوار", "لدى"}
_KUNYA = ("أبو", "ابو", "أم", "ام")


def _given(word: str) -> bool:
    return arabic_lookup_form(word) in world_given_names().get("ar", frozenset())


def _adjective(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "ية")) and lookup(word) is None


def genitive_site(before: str, kind_written: str, after: list[str]) -> bool:
    """ "بزيارة إلى مستشفى X", "لتنظيف مستشفى X", "مستشفى X الحكومي", the kind opening the text: no adjective in
    the accusative ("ميدانيا") could follow the kind here, so a word in "-يا" after it is a name."""
    if kind_written[:1] in "بل" and not kind_written.startswith(("مس", "مش")):
        return True  # "بمستشفى", "لمشفى"
    previous = before.split()[-1:] if before.strip() else []
    if not previous:
        return True  # the text (a headline) opens with the kind
    word = previous[0].strip("،,.:")
    construct = not word.startswith("ال") and (word.endswith("ة") or (word[:1] in "بل" and len(word) > 3))
    if word in _PREPOSITIONS or construct:
        return True  # a preposition, or a noun in the construct state ("زيارة", "ببناء", "لتنظيف")
    return bool(after) and _adjective(after[0].strip("،,.:"))


def person_name_after(words: list[str]) -> int:
    """How many words after a site's title (or its first given name) are the person it is named after:
    "الرئيس X Y الحكومي" 2 (X Y), "الشهيد أبو X Y ومحيطها" 3."""
    n = 0
    for i, raw in enumerate(words[:4]):
        # (a closing quote mark ends the name as a comma does: 'إلى «مستشفى الملك فهد» بجدة')
        word = raw.strip("،,.:").rstrip(_CLOSING).strip("،,.:")
        if i >= 1 and _glued_place(word):
            break  # "مستشفى الملك خالد بالخرج": "in" and the town the site is in, no word of the man's name
        if word != raw and i == 0:
            return 0
        if i >= 1 and word in ("بن", "ابن", "بنت") and word == raw:
            return n + _lineage(words[i:])  # "شارع الشيخ محمد بن زايد (آل نهيان)": the father's name too
        if word in _STOP or not word or word in FIELDS or word.startswith("لل") or raw[:1] == "و" and i > 0:
            break
        if word.startswith("ال"):
            # a family name with the article closes the name ("أبو X النجار"); an adjective does not belong
            if i == 0 or _adjective(word) or lookup(word) is not None:
                break
            n = i + 1
            break
        n = i + 1
        if raw != word:
            break  # a comma or full stop after the word closes the name
        if i == 0 and word in _KUNYA:
            continue
        if i >= 1 and not (words[0] in _KUNYA and i == 1):
            break  # two words of a name (or a kunya and a name) and no more without an article
    return n


# Closing quote marks and brackets glued to a word.
_CLOSING = "»\"”’')"


def _glued_place(word: str) -> bool:
    """A known place with "in" (ب) glued before it: "بجدة", "بالخرج", "بالرياض"."""
    if not word.startswith("ب") or len(word) < 4:
        return False
    entry = lookup(word[1:])
    return entry is not None and entry.kind == "place"


def _lineage(words: list[str]) -> int:
    """How many words "بن X", then more "بن Y" and a family's "آل Z", take after a given name (0 when none)."""
    n = 0
    while n + 1 < len(words) and words[n] in ("بن", "ابن", "بنت", "آل"):
        name = words[n + 1].strip("،,.:")
        if not name or name in _STOP or name.startswith(("ال", "و", "لل")):
            break
        n += 2
        if words[n - 1] != name:
            break  # a comma or full stop after it closes the name
    return n


def site_name_words(first: str, rest: list[str]) -> list[str] | None:
    """The words of a person's name that run on after a site's first word (a title, or a known given name
    whose family name follows), or None when the first word is no such name."""
    if first in SITE_TITLES:
        n = person_name_after(rest)
        return [w.strip("،,.:") for w in rest[:n]] if n else None
    if _given(first) and rest:
        nxt = rest[0]
        word = nxt.strip("،,.:")
        if (
            word == nxt
            and word not in _STOP
            and not word.startswith(("ال", "لل", "و"))
            and not (word.startswith("ي") and not _given(word))
            and not (word.endswith(("ا", "ً")) and not _given(word))  # "مستشفى X حاليا": an adverb, no surname
            and len(word) >= 3
        ):
            return [word]  # "مستشفى X Y": a hospital named after a person, no title
    return None


def closing_words(rest: list[str]) -> list[str]:
    """After a site's name: the adjective of its standing ("الحكومي", "الجامعي"), then the field it treats
    ("للعيون")."""
    out: list[str] = []
    if rest and _adjective(rest[0].strip("،,.:")) and rest[0] == rest[0].rstrip("،,.:"):
        out.append(rest[0])
        rest = rest[1:]
    elif rest and _adjective(rest[0].strip("،,.:")):
        return [rest[0].strip("،,.:")]
    if rest and rest[0].strip("،,.:") in FIELDS:
        out.append(rest[0].strip("،,.:"))
    return out
