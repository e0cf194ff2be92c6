"""Arabic people listed after a cue of enumeration: "كل من" (both, each of), "بينهم" / "ومنهم" (among them),
"أبرزهم" (foremost among them). The names follow joined by و or commas, and the list's shape says they
are names: each item two or three words that can be a name's (one of a verb's shape too: سيغورد), one
item's first word a known given name or spelt like a transliterated one. Then every item is taken, the
foreign names the given-name lists lack too ("كل من يوهان شميت ولارس أندرسون")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_HEADS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
    _ar_is_given,
    _plain_name_word,
    _transliterated,
)
from briefing_app.core.facts.people_index import PeopleIndex

_CUE = re.compile(
    r"(?<![\u0621-\u064a])(?:و?ب?كل\s+من|و?بينهم|و?بينهن|و?منهم|و?منهن|أبرزهم|وأبرزهم|و?(?:هما|هم|هن)\s*:)\s*"
)
# "اثنين من قادة X هما: ...": the group the listed people are of, which is their role ("من قادة X").
_OF_GROUP = re.compile(r"(?<![\u0621-\u064a])من\s+([\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{2,}){1,2})\s*[،,]?\s*$")
_LINKS = ("عبد", "أبو", "بن", "بنت", "ابن", "آل")  # (a name's particle needs the word after it)
_STOP = re.compile(r"[.:;؛!?؟()«»\"]|\s(?:في|على|إلى|من|عن|الذي|التي|الذين|حيث|بعد|قبل|خلال)\s")


def find_listed_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every name of a list after a cue of enumeration, when the whole list has a list of names' shape."""
    for s in sentences:
        for m in _CUE.finditer(s.text):
            rest = _STOP.split(s.text[m.end() :], maxsplit=1)[0]
            items, offices = _offices_between(_items(rest.split()))
            titled = [_titled(item) for item in items]
            names = [name for _, name in titled]
            named = [_name_item(name) or (k in offices and _foreign_item(name)) for k, name in enumerate(names)]
            if len(names) >= 2 and all(named) and any(map(_opens_with_a_name, names)):
                group = _OF_GROUP.search(s.text[: m.start()]) if m.group(0).rstrip().endswith(":") else None
                for k, (title, name) in enumerate(titled):
                    role = offices.get(k) or title or (f"من {group.group(1)}" if group else None)
                    index.add(" ".join(name), role, s.index)


def _items(words: list[str]) -> list[list[str]]:
    """The list's items: a comma or a word with و glued on (once the item has two words) starts the next."""
    items: list[list[str]] = [[]]
    for w in words:
        if w in ("،", ","):
            items.append([])
            continue
        comma = w.endswith(("،", ","))
        w = w.rstrip("،,")
        if not items[-1] and w.startswith("و") and len(items) > 2 and not _office_item(items[-2]):
            break  # "X وY ، وأدت كذلك": after the list's last item joined by و, a comma and و open the next clause
        if not items[-1] and len(items) > 2 and _office_item(items[-2]):
            if not w.startswith("و"):
                break  # "...، سفير المكسيك، متمنيا لهم ...": the clause goes on after the last name's office
            if not _ar_is_given(w):
                w = w[1:]  # "X، سفير ليبيا، وY Z،": the next name after an office in commas, without its و
        if w.startswith("و") and len(items[-1]) >= 2 and len(w) > 2 and items[-1][-1] not in _LINKS:
            items.append([w[1:]])
        elif w:
            items[-1].append(w)
        if comma:
            items.append([])
    return [item for item in items if item]


def _offices_between(items: list[list[str]]) -> tuple[list[list[str]], dict[int, str]]:
    """The list's names without the office each is given in commas after it ("بكل من X Y Z، سفير ليبيا، وA B،
    سفير مالي"), and those offices by the name's place in the list."""
    names: list[list[str]] = []
    offices: dict[int, str] = {}
    for item in items:
        if names and _office_item(item):
            # (up to an accusative that is no place's name: "سفير المكسيك معربا لهم عن ...", the clause goes on)
            end = next((k for k, w in enumerate(item) if k and w.endswith("ا") and w not in known_names()), len(item))
            head = item[0].removeprefix("و") if len(item[0]) > 3 else item[0]
            offices[len(names) - 1] = " ".join([head, *item[1:end]])
        else:
            names.append(item)
    return names, offices


def _office_item(item: list[str]) -> bool:
    """Whether a list's item is an office ("سفير ليبيا"), not a name: its head an office noun, no given name."""
    head = item[0].removeprefix("و") if len(item[0]) > 3 else item[0]
    return (head in _AR_HEADS or _ar_core(head) in AR_ROLE_NOUNS) and not _ar_is_given(head)


def _titled(item: list[str]) -> tuple[str | None, list[str]]:
    """An item's title of address or office, if it opens with one ("الدكتور X Y", "والمهندسة X Y"), and the
    name after it."""
    first = item[0].removeprefix("و") if item[0].startswith("وال") else item[0]
    if len(item) > 2 and (first in AR_TITLES or first.removesuffix("ة") in AR_TITLES):
        return first, item[1:]
    return None, item


def _name_item(item: list[str]) -> bool:
    """Two or three words a name can have: plain name words, a family name with the article last; and a kunya
    or lineage after them ("X Y أبو Z", "X الY أبو Z"), which the family name with the article may precede."""
    linked = next((k for k in range(2, len(item) - 1) if item[k] in _LINKS), len(item))
    if not 2 <= linked <= 3 or len(item) - linked > 2:
        return False
    return all(
        _plain_name_word(w, place_ok=k > 0 and _ar_is_given(w), verb_ok=True)  # (سالم, a given name and a place)
        or (k == linked - 1 and w.startswith("ال") and len(w) > 4)
        or (k >= linked and (w in _LINKS or k == len(item) - 1))
        for k, w in enumerate(item)
    )


# The particles of foreign names: "لويس ألفونسو دي ألبا", "فان دايك", "فون دير لاين".
_FOREIGN_PARTICLES = {"دي", "دا", "دو", "دل", "ديل", "دوس", "فان", "فون", "دير", "لو", "لا"}


def _foreign_item(item: list[str]) -> bool:
    """A longer foreign name with its particles, which an office in commas after it says is a name ("وX Y دي Z W،
    سفير المكسيك"): two to five words, the first a given name or spelled like a foreign one."""
    return (
        2 <= len(item) <= 5
        and _opens_with_a_name(item)
        and all(w in _FOREIGN_PARTICLES or _plain_name_word(w, verb_ok=True) for w in item)
    )


def _opens_with_a_name(item: list[str]) -> bool:
    return _ar_is_given(item[0]) or _transliterated(item[0])
