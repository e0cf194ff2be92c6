"""Arabic people listed after a plural title ("وعضوية المستشارين X Y وZ W", "بحضور الوزراء X وY", "اللاعبين X وY"):
each member of the list holds the title in the singular, which the role readers (reading a singular head before
one name) never give them."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    _ar_is_given,
    _ar_name_at,
    _transliterated,
)
from briefing_app.core.facts.people_index import PeopleIndex

# Plural titles and callings, with the singular each member holds.
_PLURALS = {
    "المستشارين": "المستشار", "المستشارون": "المستشار", "القضاة": "القاضي", "الوزراء": "الوزير", "النواب": "النائب",
    "السفراء": "السفير", "اللاعبين": "اللاعب", "اللاعبون": "اللاعب", "المحامين": "المحامي", "المحامون": "المحامي",
    "الصحفيين": "الصحفي", "الصحافيين": "الصحافي", "الأطباء": "الطبيب", "المدربين": "المدرب", "الفنانين": "الفنان",
    "الناشطين": "الناشط", "الناشطات": "الناشطة", "الكتاب": "الكاتب", "الشيوخ": "الشيخ", "العمداء": "العميد",
}  # fmt: skip


def roles_from_plural_titles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give each roleless person of a list opened by a plural title the singular title."""
    for s in sentences:
        for m in re.finditer(r"(?:^|\s)[وبل]?(ال[\u0621-\u064a]+)\s+", s.text):
            title = _PLURALS.get(m.group(1))
            if title is None:
                continue
            before = s.text[: m.start(1)].split()[-1:]
            prior = before[0].removeprefix("و") if before else ""
            if prior in AR_ROLE_NOUNS or before and before[0] in AR_ROLE_NOUNS or prior in AR_ORG_WORDS:
                continue  # "رئيس الوزراء X", "مجلس الوزراء": an office or body whose genitive is the plural
            # the list: up to the first mark of a clause's end, names joined by و
            stretch = re.split(r"[،,.:؛«\"“]", s.text[m.end() :], maxsplit=1)[0]
            for item in re.split(r"\s+و(?=[\u0621-\u064a])", stretch):
                words = item.split()
                name = _ar_name_at(words, 0)
                # (each member a name of two or three words that ends its item and opens with a known given name or
                # a foreign one: "إن اللاعبين قدموا مباراة" is a clause, "وسكرتارية X" ends the list)
                if len(name) < 2 or len(name) != len(words) or not (_ar_is_given(name[0]) or _transliterated(name[0])):
                    break
                index.add(" ".join(name), title, s.index)
            for person in index.people:
                if person.role or s.index not in person.sentences:
                    continue
                at = stretch.find(person.name)
                if at < 0:
                    continue
                # (right after the title, or joined by و to the members named before it)
                if at == 0 or (stretch[at - 1 : at] == "و" and _joined_names(stretch[: at - 1].split(), index)):
                    person.role = title


def _joined_names(between: list[str], index: PeopleIndex) -> bool:
    """Whether the words before a member are earlier members' names, the last joined to it by و."""
    text = " ".join(between)
    named = [p.name for p in index.people if p.name in text]
    rest = text
    for name in named:
        rest = rest.replace(name, " ")
    return bool(named) and not rest.replace("و", " ").strip()
