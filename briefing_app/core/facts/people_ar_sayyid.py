"""A person named by "السيد" or "الشيخ" and one definite word: Egyptian copy's given name السيد before a family name
("قال السيد الشريف، وكيل أول مجلس النواب، إن"), and the style of a cleric, a notable or a politician before his
family name in Iraqi, Lebanese and Gulf copy ("وقال السيد الحريري إن", "أكد الشيخ الصباح أن"). The title readers
want two words after the title (a given name and a family name) and read none here; the speaker of the quote in
that sentence then went to the next person named in it. Read only where a sign says it is a person: an office in
commas right after it, or a verb of saying right before it."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _AR_HEADS, AR_ORG_WORDS, AR_ROLE_NOUNS, AR_TITLES, _ar_core
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

_TITLED = re.compile(r"(?<![\u0621-\u064a])(السيد|الشيخ)\s+(ال[\u0621-\u064a]{3,})(?![\u0621-\u064a])")
# An office in commas right after the name: "، وكيل أول مجلس النواب،" (up to eight words, then a comma).
_APPOSED_OFFICE = re.compile(r"\s*[،,]\s*((?:[\u0621-\u064a]+\s+){0,7}[\u0621-\u064a]+)\s*[،,]")
_SAID_BEFORE = re.compile(rf"(?:^|\s)(?:{AR_ANY_SPEECH})\s+$")
# Definite words after the title that are no family name: adjectives of address and of the article's people.
_NO_FAMILY = {"المسؤول", "المذكور", "المعني", "المحترم", "الجليل", "المتهم", "المواطن", "الجديد", "السابق",
              "العام", "المحافظ", "الأمين", "الامين", "الموقر"}  # fmt: skip


def _office(word: str) -> bool:
    return word in AR_ROLE_NOUNS or _ar_core(word) in AR_ROLE_NOUNS or word in _AR_HEADS


def family_word(word: str) -> bool:
    """A definite word that can be a family name: no office, title, body's noun or adjective of address."""
    core = word[2:]
    return not (
        word in _NO_FAMILY or word in AR_TITLES or _office(word) or _office(core)
        or word in AR_ORG_WORDS or core in AR_ORG_WORDS
    )  # fmt: skip


def find_sayyid_names(s: SourceSentence, index: PeopleIndex) -> None:
    """Every "السيد X" / "الشيخ X" of the sentence that an office in commas follows or a verb of saying precedes,
    into `index` as written (the office as its role); a name the readers found already is left alone."""
    for m in _TITLED.finditer(s.text):
        title, family = m.group(1), m.group(2)
        if not family_word(family):
            continue
        apposed = _APPOSED_OFFICE.match(s.text, m.end())
        role = apposed.group(1) if apposed and _office(apposed.group(1).split()[0]) else None
        said = _SAID_BEFORE.search(s.text[: m.start()]) is not None
        if role is None and not said:
            continue
        # (the text right after the two words goes on with a name: "السيد الحسيني الصدر", read by the other readers)
        if re.match(r"\s+[\u0621-\u064a]", s.text[m.end() :]) and role is None:
            after = s.text[m.end() :].split()[0]
            if after.startswith("ال") and family_word(after):
                continue
        name = f"{title} {family}"
        if any(family in p.name.split() for p in index.people):
            continue  # ("السيد محمد البدوي" found by the title readers, or "البدوي" named in full elsewhere)
        index.add(name, role, s.index)
