"""Institutions named after a person: جامعة الملك سعود, مستشفى الأمير سلطان, مطار الملك خالد, طريق الملك
فهد. A title after the kind of a body, a building, a road or a prize names that thing, not a person the
article speaks of, so a "person" found only there is none."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_holders import holder_after_namesake
from briefing_app.core.facts.people_ar_words import _AR_PLACE_KINDS, AR_ORG_WORDS
from briefing_app.core.facts.people_index import PeopleIndex, Person

# Kinds of thing a royal or a founder's name is given to, beyond the bodies of `AR_ORG_WORDS`.
_NAMED_KINDS = {"مستشفى", "مطار", "طريق", "شارع", "جائزة", "مسجد", "جامع", "قاعدة", "ميناء", "مركز", "كلية",
                "معهد", "مدرسة", "مجمع", "جسر", "حي", "برنامج", "مبادرة", "كرسي", "مدينة", "قاعة", "ملعب",
                "استاد", "صندوق", "مكتبة", "متحف", "دارة", "مستشفيات", "كأس", "بطولة", "ميدان"}  # fmt: skip
_TITLES = ("الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام")

# Adjectives that end an institution's name after its namesake ("مدينة الملك X الطبية", "مستشفى الأمير X
# التخصصي"), also in the dual ("مدينتي الملك X الطبية والملك Y الطبية"): a titled name that one follows is the
# body's, whatever noun heads it. Only these: a family name may be a nisba of another kind ("العسيري").
_BODY_ADJECTIVES = {"الطبية", "الطبي", "التخصصي", "التخصصية", "الجامعي", "الجامعية", "الخيرية", "الخيري",
                    "الطبيتين", "الطبيين", "التخصصيين", "الجامعيين", "الخيريتين"}  # fmt: skip


def _dual_forms(word: str) -> list[str]:
    """The singular of a dual in construct ("مدينتي" of مدينة, "مستشفيي" of مستشفى, "مطاري" of مطار), for
    two bodies named after two people ("جامعتي الملك X والملك Y")."""
    if word.endswith("تي"):
        return [word[:-2] + "ة"]
    if word.endswith("يي"):
        return [word[:-2] + "ى"]
    return [word[:-1]] if word.endswith("ي") else []


def _kind(word: str) -> bool:
    """An indefinite kind noun in construct with the title, also behind a glued preposition or و (بجامعة،
    لمستشفى، وبمطار). A definite noun before a title is an apposition ("نائب أمير المنطقة الأمير X")."""
    forms = [word]
    if word[:1] in ("و", "ب", "ل", "ف"):
        forms.append(word[1:])
        if word[1:2] in ("ب", "ل"):
            forms.append(word[2:])
    forms += [d for w in list(forms) for d in _dual_forms(w)]
    return any(
        not w.startswith("ال") and (w in _NAMED_KINDS or w in AR_ORG_WORDS or w in _AR_PLACE_KINDS) for w in forms
    )


# Buildings and grounds named after a person with no title before the name ("مستشفى X", "ملعب X"): only
# these, for other kind nouns also head a person's name in other senses ("بطولة X": starring X; "عن طريق X":
# by X; "مكتب X": X's office).
_BUILDINGS = {"مستشفى", "مجمع", "مطار", "مسجد", "جامع", "مدرسة", "جامعة", "ملعب", "استاد", "ميناء", "جسر", "شارع",
              "قاعة", "كلية", "معهد", "متحف", "مكتبة", "ميدان"}  # fmt: skip


def _building(word: str) -> bool:
    """A building's or ground's noun in construct with the name after it, also behind a glued preposition or
    و (بمستشفى، ولملعب); never definite (للمستشفى: "the hospital's X" is an apposition)."""
    forms = [word, word[1:]] if word[:1] in ("و", "ب", "ل", "ف") else [word]
    if word[:1] == "و" and word[1:2] in ("ب", "ل"):
        forms.append(word[2:])
    return any(w in _BUILDINGS for w in forms)


def _dual_kind(word: str) -> bool:
    """A kind noun in the dual of a construct ("مدينتي الملك X والملك Y", "جامعتا", "مطاري"): two bodies named
    after two royals, each title after the first behind و."""
    for end, back in (("تي", "ة"), ("تا", "ة"), ("ي", ""), ("ا", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return _kind(word[: -len(end)] + back)
    return False


def _royal_namesake(before: list[str]) -> bool:
    """Whether the words before a name end with a title in construct with a kind noun (singular or dual), or
    with "و" and a title that goes on a list of such names ("مدينتي الملك X الطبية والملك Y الطبية")."""
    if len(before) >= 2 and before[-1] in _TITLES and (_kind(before[-2]) or _dual_kind(before[-2])):
        return True
    if not before or before[-1][:1] != "و" or before[-1][1:] not in _TITLES:
        return False
    start = max(len(before) - 6, 1)
    return any(before[j] in _TITLES and _dual_kind(before[j - 1]) for j in range(start, len(before) - 1))


def _titled_body(before: list[str], after: list[str]) -> bool:
    """A title ("الملك", also joined by و to an earlier one) before the name and a body's adjective after its
    given name or its nasab ("الملك X الطبية", "والأمير X بن Y التخصصي")."""
    title = before[-1] if before else ""
    if title not in _TITLES and not (title[:1] == "و" and title[1:] in _TITLES):
        return False
    tail = after[2:3] if after[:1] == ["بن"] else after[:1]
    return bool(tail) and tail[0].rstrip(".,،؛") in _BODY_ADJECTIVES


def _name_ends_a_body(person: Person, texts: dict[int, str]) -> bool:
    """A "person" read with the body's adjective in the name ("X الطبية" of "مدينة الملك X الطبية"), titled
    wherever it is written: the given name may be another person's too ("الدكتور X الوادعي"), so the whole
    name is looked for."""
    if len(person.name.split()) < 2 or person.name.split()[-1] not in _BODY_ADJECTIVES:
        return False
    pattern = rf"(?<![\u0621-\u064a]){re.escape(person.name)}(?![\u0621-\u064a])"
    found = [texts[i][: m.start()].split() for i in person.sentences for m in re.finditer(pattern, texts.get(i, ""))]
    return bool(found) and all(_titled_body(before, person.name.split()[1:]) for before in found)


def _only_in_a_namesake(person: Person, texts: dict[int, str]) -> bool:
    if _name_ends_a_body(person, texts):
        return True
    first = person.name.split()[0]
    seen = False
    for i in person.sentences:
        for m in re.finditer(rf"(?<![\u0621-\u064a]){re.escape(first)}(?![\u0621-\u064a])", texts.get(i, "")):
            before = texts[i][: m.start()].split()
            after = [w.strip(".،,:؛!؟") for w in texts[i][m.end() :].split()[:1]]
            second = person.name.split()[1:2]
            if second and after and after[0].startswith("ال") and after[0] != second[0]:
                continue  # "الدكتور X الوادعي" beside "مدينة الملك X الطبية": another person of the same first name
            if _royal_namesake(before):
                seen = True
                continue
            if _titled_body(before, texts[i][m.end() :].split()):
                seen = True  # "مدينتي الملك X الطبية والملك Y الطبية": the adjective ends a body's name
                continue
            if before and _building(before[-1]):
                seen = True  # "مجمع X الطبي", "مستشفى X": a building named after a person, with no title
                continue
            return False  # named elsewhere on their own: a person
    return seen


def drop_namesakes(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Leave out every person the sentences name only inside an institution's name; when the office goes on
    past that name to its holder's ("مدير مستشفى الأمير حمزة عبدالرزاق الخشمان،"), the holder instead."""
    texts = {s.index: s.text for s in sentences}
    dropped = [p for p in index.people if _only_in_a_namesake(p, texts)]
    index.people = [p for p in index.people if p not in dropped]
    for p in dropped:
        holder = holder_after_namesake(p, texts)
        if holder is not None and p.role:
            index.add(holder[0], f"{p.role} {p.name.split()[0]}", holder[1])
