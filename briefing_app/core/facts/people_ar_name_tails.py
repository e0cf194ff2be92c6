"""Arabic names that ran on into the words after them. Copy dates a statement right after the speaker's name,
with no comma ("قال الملك X السادس اليوم الجمعة 20 غشت 2021، «...»", "أكد الوزير X Y أمس الأحد أن"), and lists
the guests after a name with "and a number of" ("بحضور رئيس الوزراء X Y وعدد من المسؤولين"); a rule that reads a
name word by word may take the first word of time, or the quantifier, as one more word of it. No name goes on
past such a word, so the name is cut before it; a person already known under the shorter name takes the
mentions. A verb of saying after the name (subject-verb order, "X Y غرد:") ends it as well."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_linking_participles import AR_LINKING_PARTICIPLES
from briefing_app.core.facts.people_ar_words import _AR_IMPERFECT, _ar_is_given, _transliterated
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# Words of time that follow a speaker's name in dated copy. Not "صباح" (morning), which is also a given name
# (صباح الأحمد), nor the weekdays, which the readers of names already stop at.
_TIME = {"اليوم", "أمس", "مساء", "الليلة", "غدا", "ظهر", "فجر", "عصر"}
# "and" glued to a quantifier that opens the next item of a list of guests or members: "and a number of",
# "and some", "and all", "and several".
_LIST_QUANTIFIERS = {"وعدد", "وبعض", "وجميع", "وكافة", "وعدة", "ومجموعة", "ولفيف"}


# "and his/her ..." glued to a feminine noun ("رؤية الشيخ X ونظرته إلى", "X وزوجته"): a second noun joined to the
# name's head, never a name's word (no name carries a possessive ending).
_AND_HIS = re.compile(r"و[\u0621-\u064a]{2,}ت(?:ه|ها|هم|هما)")


def cut_name_tails(index: PeopleIndex) -> None:
    """Cut every name of two words or more at the first word of time, list quantifier or "and his N" after its
    first word."""
    for person in list(index.people):
        words = person.name.split()
        # (and a verb of saying after two words of the name: 'النائب "X Y" غرد حول الوسم قائلا:', subject-verb order)
        cut = next(
            (
                k
                for k in range(1, len(words))
                if words[k] in _TIME
                or words[k] in _LIST_QUANTIFIERS
                or _AND_HIS.fullmatch(words[k])
                or words[k] in AR_LINKING_PARTICIPLES  # "X Y المنتمي لجماعة Z": a description opens
                or (k >= 2 and re.fullmatch(AR_ANY_SPEECH, words[k]))
            ),
            None,
        )
        if cut is None:
            continue
        shorter = " ".join(words[:cut])
        same = next((p for p in index.people if p is not person and p.name == shorter), None)
        if same is None and len(shorter.split()) == 1:
            # ("رؤية الشيخ محمد ونظرته" after "الشيخ محمد بن راشد آل مكتوم": the one lineage name it opens)
            opened = [p for p in index.people if p is not person and p.name.startswith(f"{shorter} بن ")]
            same = opened[0] if len(opened) == 1 else None
        if same is None:
            person.name = shorter
            continue
        same.sentences.extend(i for i in person.sentences if i not in same.sentences)
        same.sentences.sort()
        same.role = same.role or person.role
        index.people.remove(person)


def drop_verb_phrases(index: PeopleIndex) -> None:
    """Drop "people" that are a present-tense verb and its definite object, read after an office in a headline
    ("الرئيس التونسي يوجه الشكر للسعودية"): a first word of an imperfect verb's shape that is no known given name
    nor spelt like a foreign one, then a word with the article or, in a headline, a glued ب ("يهدد بطرد"); and
    "people" that are only definite feminine adjectives ("الفتاة الوحيدة المتأصلة")."""
    index.people = [
        p for p in index.people
        # ("تلك الفتاة الوحيدة المتأصلة من ...": definite feminine adjectives agreeing with the noun before them)
        if not (len(p.name.split()) >= 2 and all(w.startswith("ال") and w.endswith("ة") for w in p.name.split()))
        and not (len(p.name.split()) == 2 and _AR_IMPERFECT.match(p.name.split()[0])
                and _verb_object(p.name.split()[1], p.sentences == [0])
                and not _ar_is_given(p.name.split()[0]) and not _transliterated(p.name.split()[0]))
    ]  # fmt: skip


def _verb_object(word: str, headline_only: bool) -> bool:
    """A word that can follow a present-tense verb as its object in a headline: a definite noun ("يوجه الشكر") or,
    for a "name" read in the headline alone, a noun with the preposition ب glued on ("النائب X يهدد بطرد الوزراء",
    "الوزير Y يطالب بزيادة الرواتب"), which no given name is ("بسام"); not ل, which opens foreign family names
    ("سيرغي لافروف")."""
    if word.startswith("ال"):
        return True
    glued = word[:1] == "ب" and len(word) > 3 and not _ar_is_given(word) and not _ar_is_given(word[1:])
    return headline_only and glued
