"""Arabic people listed after a cue of enumeration: "كل من" (both, each of), "بينهم" / "ومنهم" (among them),
"أبرزهم" (foremost among them). The names follow joined by و or commas, and the list's shape says they
are names: each item two or three words that can be a name's (one of a verb's shape too: سيغورد), one
item's first word a known given name or spelt like a transliterated one. Then every item is taken, the
foreign names the given-name lists lack too ("كل من يوهان شميت ولارس أندرسون")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import AR_TITLES, _ar_is_given, _plain_name_word, _transliterated
from briefing_app.core.facts.people_index import PeopleIndex

_CUE = re.compile(
    r"(?<![\u0621-\u064a])(?:و?كل\s+من|و?بينهم|و?بينهن|و?منهم|و?منهن|أبرزهم|وأبرزهم|و?(?:هما|هم|هن)\s*:)\s*"
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
            items = _items(rest.split())
            titled = [_titled(item) for item in items]
            names = [name for _, name in titled]
            if len(names) >= 2 and all(_name_item(name) for name in names) and any(map(_opens_with_a_name, names)):
                group = _OF_GROUP.search(s.text[: m.start()]) if m.group(0).rstrip().endswith(":") else None
                for title, name in titled:
                    index.add(" ".join(name), title or (f"من {group.group(1)}" if group else None), s.index)


def _items(words: list[str]) -> list[list[str]]:
    """The list's items: a comma or a word with و glued on (once the item has two words) starts the next."""
    items: list[list[str]] = [[]]
    for w in words:
        if w in ("،", ","):
            items.append([])
            continue
        comma = w.endswith(("،", ","))
        w = w.rstrip("،,")
        if not items[-1] and w.startswith("و") and len(items) > 2:
            break  # "X وY ، وأدت كذلك": after the list's last item joined by و, a comma and و open the next clause
        if w.startswith("و") and len(items[-1]) >= 2 and len(w) > 2 and items[-1][-1] not in _LINKS:
            items.append([w[1:]])
        elif w:
            items[-1].append(w)
        if comma:
            items.append([])
    return [item for item in items if item]


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
        _plain_name_word(w, verb_ok=True)
        or (k == linked - 1 and w.startswith("ال") and len(w) > 4)
        or (k >= linked and (w in _LINKS or k == len(item) - 1))
        for k, w in enumerate(item)
    )


def _opens_with_a_name(item: list[str]) -> bool:
    return _ar_is_given(item[0]) or _transliterated(item[0])
