"""Arabic people listed after a plural title ("وعضوية المستشارين X Y وZ W", "بحضور الوزراء X وY", "اللاعبين X وY"):
each member of the list holds the title in the singular, which the role readers (reading a singular head before
one name) never give them."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_honorifics import AR_TITLES_OF_BIRTH_OR_ADDRESS
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
    # party and movement leaders, activists, researchers ("بينهم القياديين X وY")
    "القياديين": "القيادي", "القياديون": "القيادي", "النشطاء": "الناشط", "الباحثين": "الباحث",
    # duals ("ورحب الوزيران X وY", "المحاميان X وY"), nominative and oblique
    "الوزيران": "الوزير", "الوزيرين": "الوزير", "المحاميان": "المحامي", "المحاميين": "المحامي",
    "النائبان": "النائب", "النائبين": "النائب", "القياديان": "القيادي", "السفيران": "السفير", "السفيرين": "السفير",
    "المستشاران": "المستشار", "القاضيان": "القاضي", "القاضيين": "القاضي", "اللاعبان": "اللاعب",
    "الصحفيان": "الصحفي", "المدربان": "المدرب", "الناشطان": "الناشط",
}  # fmt: skip

# Words after a list's last name that end the list, not the name: a relative for its members, a preposition glued
# to a noun ("ورحب الوزيران X وY بالاتفاق"), a preposition.
_AFTER_LIST = re.compile(r"(?:اللذان|اللذين|اللتان|اللتين|الذين|اللواتي|في|على|من|إلى|الى|عن|خلال|مع|بال\S+|لل\S+)")


_ROLES_FROM_PLURAL_TITLES_RE1 = re.compile(r"(?:^|\s)[وبل]?(ال[\u0621-\u064a]+)(?=\s|[،,]\s)")


def roles_from_plural_titles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give each roleless person of a list opened by a plural title the singular title."""
    for s in sentences:
        # (the space after the word is looked at, not taken: "وحضر الجلسة المحاميان X وY", a title right after
        # another definite word)
        for m in _ROLES_FROM_PLURAL_TITLES_RE1.finditer(s.text):
            title = _PLURALS.get(m.group(1))
            if title is None:
                continue
            before = s.text[: m.start(1)].split()[-1:]
            prior = before[0].removeprefix("و") if before else ""
            if prior in AR_ROLE_NOUNS or before and before[0] in AR_ROLE_NOUNS or prior in AR_ORG_WORDS:
                continue  # "رئيس الوزراء X", "مجلس الوزراء": an office or body whose genitive is the plural
            # the list: up to the first mark of a clause's end, names joined by و (a comma right after the title
            # sets the list off and ends nothing: "وعضوية القاضيين، X Y وZ W")
            rest = re.sub(r"^\s*[،,]\s*", " ", s.text[m.end() :])
            stretch = re.split(r"[،,.:؛«\"“]", rest, maxsplit=1)[0].lstrip()
            for item in re.split(r"\s+و(?=[\u0621-\u064a])", stretch):
                # (a member's own title of birth or address stays out of the name: "القاضيين، الشيخ X بن Y وZ W")
                words = _untitled(item.split())
                name = _ar_name_at(words, 0)
                # (each member a name of two or three words that ends its item and opens with a known given name or
                # a foreign one: "إن اللاعبين قدموا مباراة" is a clause, "وسكرتارية X" ends the list)
                # (the list's last name may have the clause go on after it: "X Y بالاتفاق", "X Y اللذان حضرا")
                tail = len(name) < len(words) and _AFTER_LIST.fullmatch(words[len(name)]) is not None
                if (
                    len(name) < 2
                    or (len(name) != len(words) and not tail)
                    or not (_ar_is_given(name[0]) or _transliterated(name[0]))
                ):
                    break
                index.add(" ".join(name), title, s.index)
                if tail:
                    break
            for person in index.people:
                if person.role or s.index not in person.sentences:
                    continue
                at = stretch.find(person.name)
                if at < 0:
                    continue
                # (right after the title, or after a member's own title there, or joined by و to the members named
                # before it)
                joined = stretch[at - 1 : at] == "و" and _joined_names(stretch[: at - 1].split(), index)
                if at == 0 or not _untitled(stretch[:at].split()) or joined:
                    person.role = title


def _untitled(words: list[str]) -> list[str]:
    """A list member's words without the title of birth or address that opens them ("الشيخ", "الدكتور")."""
    return words[1:] if words and words[0] in AR_TITLES_OF_BIRTH_OR_ADDRESS else words


def _joined_names(between: list[str], index: PeopleIndex) -> bool:
    """Whether the words before a member are earlier members' names, the last joined to it by و."""
    text = " ".join(between)
    named = [p.name for p in index.people if p.name in text]
    rest = text
    for name in named:
        rest = rest.replace(name, " ")
    return bool(named) and not rest.replace("و", " ").strip()


# A dual in construct (its nūn dropped) with a definite genitive, then the two names: "محاميا الدفاع X Y وZ W"
# (the defence's two lawyers), "مستشارا الرئيس X وY". Each holds the singular office of that genitive.
_DUAL_CONSTRUCT = re.compile(r"(?:^|\s)([\u0621-\u064a]{3,})ا\s+(ال[\u0621-\u064a]{2,})(?=\s)")


def roles_from_dual_constructs(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give the two people named after a dual office in construct that office in the singular, when both are
    names the article's people hold (a role read through the verb's object before it, "صدور الحكم محاميا الدفاع",
    is cut to it)."""
    for s in sentences:
        for m in _DUAL_CONSTRUCT.finditer(s.text):
            if m.group(1) not in AR_ROLE_NOUNS:
                continue
            title = f"{m.group(1)} {m.group(2)}"
            stretch = re.split(r"[،,.:؛«\"“]", s.text[m.end() :], maxsplit=1)[0].lstrip()
            items = re.split(r"\s+و(?=[\u0621-\u064a])", stretch, maxsplit=1)
            if len(items) != 2:
                continue
            holders = [p for p in index.people if s.index in p.sentences
                       and any(item.startswith(p.name) for item in items)]  # fmt: skip
            if len({p.name for p in holders}) != 2:
                continue  # (both members named, or it is no list of two: "وزيرا للخارجية" is "as minister")
            for person in holders:
                dual = f"{m.group(1)}ا {m.group(2)}"
                if not person.role or person.role.endswith(dual):
                    person.role = title
