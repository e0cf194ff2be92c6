"""Arabic lists of local places no gazetteer holds, read from the frame Gulf municipal, weather and civil-defence
copy puts them in: the kind in the plural or the dual before them ("محافظات X وY وZ", "مراكز (X، Y، Z)", "مركزي
"X وY""), "in each of" ("في كل من (X، Y)"), or "included" after a place ('محافظة X شملت "Y وZ"'). Small towns,
villages and districts are mostly one word that is also a common word or a given name (the gazetteer leaves those
out), so the frame is what tells them: a list of two items or more, closed by a bracket or quote marks right after
its opener, or holding a place the gazetteer knows. Each item is one word, or a word and a definite word after it
("وادي X", "الوادي الأخضر"); a longer item, a function word or a common word of the frame ("المنطقة") ends the list.
The items the gazetteer knows are left to it: only the unknown ones are returned."""

from __future__ import annotations

import re
from collections.abc import Callable

_AR = r"[\u0621-\u064a\u0640]"
# The kinds in the plural or the dual, with a clitic or the possessive "ها" ("أحيائها": its districts).
_KINDS = (
    r"محافظات|مراكز|مركزي|محافظتي|مدينتي|أحياء|احياء|أحيائها|احيائها|قرى|بلدات|هجر|مدن|بلديات|بلدتي|قريتي"
)
_KIND_OPENER = re.compile(rf"(?<!{_AR})[وبلف]?(?:{_KINDS})(?:\s*[،,]?\s*(?:شملت|تشمل|وهي|هي))?\s*(:)?\s*")
_EACH_OPENER = re.compile(rf"(?<!{_AR})(?:في\s+|وفي\s+)?كل\s+من\s*(:)?\s*")
_VERB_OPENER = re.compile(rf"(?<!{_AR})[وف]?(?:شملت|تشمل|شمل|يشمل|وشملت)\s*(:)?\s*")
# A place right before "included" ('محافظة X شملت', 'في أحياء ... شملت'): a verb opens a list of places only there.
_PLACE_BEFORE_VERB = re.compile(
    rf"(?<!{_AR})[وبلف]?(?:محافظة|منطقة|مدينة|مركز|بلدة|قرية|أحياء|احياء|أحيائها|أجزاء|اجزاء)(?!{_AR})"
)
_OPEN = {"(": ")", '"': '"', "«": "»", "“": "”"}
_WORD = re.compile(rf"{_AR}+")
# Words of the frame or of the sentence that are no place's name: the country, "the area", kinds, pronouns.
_NOT_NAMES = frozenset(
    {
        "المنطقة", "المملكة", "البلاد", "الدولة", "المحافظة", "المدينة", "العاصمة", "المحافظات", "المناطق", "المدن",
        "القرى", "الأحياء", "المراكز", "البلدات", "غيرها", "ذلك", "أخرى", "آخر", "غير", "بعض", "كل", "جميع", "عدد",
        "محافظة", "منطقة", "مدينة", "مركز", "مراكز", "محافظات", "مناطق", "مدن", "قرى", "أحياء", "بلدة", "قرية",
        "التي", "الذي", "الذين", "اللتين", "اللذين", "التابعة", "التابع", "المجاورة", "المختلفة", "الأخرى",
        "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "حتى", "منذ", "عند", "بعد", "قبل", "حيث", "إضافة",
        "أن", "إن", "أو", "ثم", "لا", "لم", "لن", "قد", "كما", "وكذلك", "كذلك", "هذه", "هذا", "تلك",
    }
)  # fmt: skip
# Words a name may start with "و" (وادي, a valley): no "and" glued to the next name.
_WAW_NAMES = frozenset({"وادي", "واحة", "وسط"})
_TOPONYM_HEADS = frozenset({"وادي", "أم", "ام", "أبو", "ابو", "رأس", "راس", "عين", "بئر", "جبل", "خميس", "بني"})
_END = re.compile(r"\s*[.؛;!?]")


def _item_words(words: list[str]) -> bool:
    """One word, or a word and a definite word after it ("الوادي الأخضر", "وادي X", "أم X")."""
    if not words or len(words) > 2 or any(w in _NOT_NAMES for w in words):
        return False
    if len(words[0]) < 3 and words[0] not in ("أم", "ام"):
        return False
    return len(words) == 1 or words[1].startswith("ال") or words[0] in _TOPONYM_HEADS


def _items(text: str, at: int, closer: str | None) -> list[tuple[int, int, str]]:
    """The list's items from `at`: split at commas and at a word with "و" glued before it; stop at the closer,
    a full stop, or the first item that is no name."""
    items: list[tuple[int, int, str]] = []
    current: list[tuple[int, int]] = []
    stop = len(text) if closer is None else text.find(closer, at)
    if stop < 0:
        return []
    end_match = _END.search(text, at, stop)
    stop = end_match.start() if end_match is not None and closer is None else stop

    def close() -> bool:
        if not current:
            return True
        words = [text[a:b] for a, b in current]
        if not _item_words(words):
            return False
        items.append((current[0][0], current[-1][1], " ".join(words)))
        current.clear()
        return True

    pos = at
    while pos < stop:
        ch = text[pos]
        if ch in "،,":
            if not close():
                return items
            pos += 1
            continue
        m = _WORD.match(text, pos)
        if m is None:
            if ch.isspace() or ch in "ـ":
                pos += 1
                continue
            break  # a digit, a bracket, a mark: no list of names goes on past it
        start, word = m.start(), m.group(0)
        if word.startswith("و") and word not in _WAW_NAMES and (len(word) > 3 or word[1:] in ("أم", "ام")):
            if not close():
                return items
            start, word = start + 1, word[1:]
        current.append((start, start + len(word)))
        pos = m.end()
    if closer is not None and pos < stop:
        return []  # something no list holds inside the brackets
    close()
    return items


def place_list_items(text: str, known: Callable[[int, int, str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the unknown places of the framed lists of one Arabic sentence; `known(start, end,
    name)` says whether an item is a place the gazetteer or an earlier finder already holds."""
    if "،" not in text and " و" not in text and "," not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for opener, kind in ((_KIND_OPENER, "kind"), (_EACH_OPENER, "each"), (_VERB_OPENER, "verb")):
        for m in opener.finditer(text):
            at = m.end()
            closer = _OPEN.get(text[at : at + 1])
            if kind == "verb" and not _PLACE_BEFORE_VERB.search(text, max(0, m.start() - 40), m.start()):
                continue
            items = _items(text, at + 1 if closer else at, closer)
            if len(items) < 2:
                continue
            held = [known(a, b, name) for a, b, name in items]
            framed = closer is not None or m.group(1) is not None
            if not any(held) and not (framed and kind in ("kind", "verb")):
                continue  # "مراكز الرعاية الصحية والمستشفيات": common nouns, no list of places
            out.extend(item for item, k in zip(items, held, strict=True) if not k)
    return out


# A definite word joined by "and" to the place before it ("وبخاصة X، والسلامة، اللذان", "شاطئ X والربوة."): Gulf copy
# lists a town's districts so with no frame, each a definite word no list holds. The last word must close its clause
# (a mark, "اللذان"/"التي" or a time of day after it: "والربوة مساء الأربعاء"): "في الرياض والاتفاق على" runs on,
# a noun joined to the town's clause.
_JOINED = re.compile(rf"\s*(?:[،,]\s*)?و(ال{_AR}{{3,}})(?!{_AR})")
_CLOSES = re.compile(
    rf"\s*(?:[،,.؛:)]|$|(?:اللذان|اللتان|اللذين|اللتين|التي|أمس|مساء|صباح|فجر|ظهر|ليلة|اليوم)(?!{_AR}))"
)
# Definite words that close such a list and are no place's name: the world, abroad, the region.
_JOINED_NOT_NAMES = frozenset({"العالم", "الخارج", "الداخل", "الخليج", "الإقليم", "المحيط", "الجوار", "الأطراف"})


def joined_after_places(text: str, place_ends: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the definite words joined by "و" to a place that ends at one of `place_ends`, one
    after the other, the last closing its clause; an adjective in ـي/ـية or a word of the frame ends the chain."""
    if " و" not in text and "،و" not in text:
        return []  # (a cheap test: most sentences join no place)
    out: list[tuple[int, int, str]] = []
    for end in sorted(set(place_ends)):
        chain: list[tuple[int, int, str]] = []
        while (m := _JOINED.match(text, end)) is not None:
            name = m.group(1)
            if name in _NOT_NAMES or name in _JOINED_NOT_NAMES or name.endswith(("ي", "ية", "يه")):
                break
            chain.append((m.start(1), m.end(1), name))
            end = m.end(1)
        while chain and not _CLOSES.match(text, chain[-1][1]):
            chain.pop()  # (the last word runs on: "والاتفاق على خطة")
        out.extend(item for item in chain if all(item[0] != a for a, _, _ in out))
    return out
