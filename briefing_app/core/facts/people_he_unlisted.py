"""Hebrew people whose given name no list holds (a foreign or rare name, "X Y" both unlisted) and before whom no
title stands, shown to be people by what FOLLOWS the name, as encyclopedic and business copy writes them:

* an apposition headed by a role or profession, set off by commas, then the clause goes on ("X Y, מדען צרפתי,
  גילה", "X Y, מנכ"ל החברה, אמר"): only a person takes a role noun in apposition; the description is the role;
* a relative clause of holding an office ("X Y שכיהן כנשיא החברה", "X Y ששימש כמנכ"ל", "X Y, שכיהן כשר
  הפנים,"): the office is the role;
* a part played, in brackets after the name ("X Y (בתפקיד Z W)": a cast list names actors so);
* a list of such pairs, joined by commas and a last "ו", each with its own bracket or none, one of which is a
  person already ("A B (C), D E וF G"): its other members are people too, as in English copy;
* a family name the list holds and no Hebrew word spells ("X ברגמן", "X קאופמן"), after an unlisted given name,
  in a slot only a noun phrase fills ("על ידי X Y", "בהנהגת X Y", "לזכר X Y", "של X Y"): there the word before
  it is a given name, not a verb (anywhere else "נחקר Y", "תכנן Y" read the same way, even when the article
  writes the family name alone again); in the same slot a known given name before a family name no list holds
  ("על ידי ג'ון X", "מאמרו של פרדריך Y"), unless that word is a plural or abstract noun ("מתן פרשנות");
* an unlisted given name and a listed family name right after a title or a one-word office with the article
  ("רב-אלוף X הלוי", 'הרמטכ"ל X Y'): only a name stands there; a family name that is also a Hebrew word only when
  it opens with ה (a verb and its adverb or object follow a title too: "השר רוצה שלום"); the title is the role.

The two words must be name-shaped: no article, no function word, no word the article writes with the article
(a common noun), no place or body, no verb of saying, no title; the name opens a clause (the sentence's start,
a mark, ":" of a list, "ו" glued to the first word, or "את"/"עם"/"של" before it).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, hebrew_family_words, lookup
from briefing_app.core.facts.hebrew_clitics import PRONOUN_ADDRESSEES, PRONOUN_PREPOSITIONS
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.orgs import HE_HEADS as HE_BODY_HEADS
from briefing_app.core.facts.people_he import HE_SPEECH, _he_head_at, _name_like, _words, he_given, names_a_body
from briefing_app.core.facts.people_he_bare import _bare_given, _definite_words
from briefing_app.core.facts.people_he_base import before_next_member, without_age
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_news import role_before_comma
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)
_MARKS = (",", ".", ":", ";", "(", "-", "–")
# Words before a name that leave it the head of its own phrase: the object marker and prepositions of persons.
_BEFORE = {"את", "עם", "של", "נגד", "אצל", "מול", "בידי"}
# "who served as": a relative ש and a past verb of holding an office, then כ glued to the office.
_SERVED = re.compile(r"ש(?:כיהן|כיהנה|שימש|שימשה|היה|הייתה|עבד|עבדה)")
# Verbs that go on the clause after an apposition: any Hebrew word that is no "and" of a list and no mark.
_HEBREW = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*")


def find_unlisted_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the two shapes above name in the Hebrew sentences, into `index`."""
    texts = {s.index: _words(s.text) for s in sentences}
    common = _definite_words(texts.values())
    for at, words in texts.items():
        _governed_pairs(words, at, index, common)
        _titled_pairs(words, at, index, common)
    for at, words in texts.items():
        for i in range(len(words) - 3):
            if not _opens_a_name(words, i) and words[i + 2 : i + 4] != ["(", "בתפקיד"]:
                continue
            first = words[i][1:] if words[i][:1] == "ו" and i and words[i - 1] in (",", ":", ")") else words[i]
            if not _a_pair(first, words[i + 1], common):
                continue
            name = f"{first} {words[i + 1]}"
            role = _apposed_role(words, i + 2) or _office_held(words, i + 2)
            if role:
                index.add(name, role, at)
            elif words[i + 2 : i + 4] == ["(", "בתפקיד"]:
                index.add(name, None, at)  # "X Y (בתפקיד Z)": an actor and the part
        _lists_of_names(words, at, index, common)


def _lists_of_names(words: list[str], at: int, index: PeopleIndex, common: set[str]) -> None:
    """The members of a list of name-shaped pairs, when one of them is a person already."""
    items: list[str] = []
    named = {p.name for p in index.people}  # (asked at every word: a set, read again whenever a list adds people)
    i = 0
    while i + 1 < len(words):
        first = words[i][1:] if items and words[i][:1] == "ו" else words[i]
        opens = _opens_a_name(words, i) or words[i + 2 : i + 4] == ["(", "בתפקיד"]
        opens = opens or f"{words[i]} {words[i + 1]}" in named  # (a person named already: the list's start)
        if not (items or opens) or not _a_pair(first, words[i + 1], common):
            items, i = [], i + 1  # (a comma, then no name: a clause goes on, no list of names was read)
            continue
        items.append(f"{first} {words[i + 1]}")
        j = i + 2
        if j < len(words) and words[j] == "(":
            j = next((k + 1 for k in range(j, min(j + 8, len(words))) if words[k] == ")"), j)
        if j < len(words) and words[j] == ",":
            i = j + 1  # the next member after the comma
        elif j + 1 < len(words) and words[j][:1] == "ו" and (len(items) > 1 or words[j - 1] == ")"):
            i = j  # "..., X Y וZ W", "(...) וZ W": the last member, "and" glued to its given name
        else:
            joined = first != words[i]  # ("וX Y": the last member, "and" glued on)
            if not joined or j < len(words) and words[j] not in _MARKS:
                # ("X Y, שצפוי להיכנס לתפקידו", "X Y, ובו נקבע ש...", "X Y, נטל לעצמו, באופן ...": clauses
                # after the comma; a list's last member takes "and" and closes the phrase)
                items = []
            _add_list(items, at, index)
            named = {p.name for p in index.people}
            items, i = [], j
    _add_list(items, at, index)


def _named(index: PeopleIndex, name: str) -> bool:
    return any(p.name == name for p in index.people)


def _add_list(items: list[str], at: int, index: PeopleIndex) -> None:
    if len(items) >= 2 and any(_named(index, name) for name in items):
        for name in items:
            index.add(name, None, at)


def _opens_a_name(words: list[str], i: int) -> bool:
    # (not after a dash: "X Y - ניהול בינלאומי", what follows a dash describes the name before it)
    return i == 0 or words[i - 1] in (",", ".", ":", ";", "(") or words[i - 1] in _BEFORE


def _a_pair(given: str, family: str, common: set[str]) -> bool:
    """Whether two words can be an unlisted given name and a family name."""
    for word in (given, family):
        if not _name_like(word) or len(word) < 2 or word in common or _SPEECH.fullmatch(word):
            return False
        if _he_head_at([word], 0) or lookup(word) is not None:
            return False  # a title ("מנכ"ל"), a place or a listed body
    return lookup(f"{given} {family}") is None and not names_a_body(f"{given} {family}")


def _apposed_role(words: list[str], k: int) -> str | None:
    """The role of an apposition set off by commas at `k` ("X Y, מדען צרפתי, גילה"), headed by a role or a
    profession, after which the clause goes on with a word that is no "and"."""
    if k >= len(words) or words[k] != ",":
        return None
    close = next((j for j in range(k + 2, min(k + 9, len(words))) if words[j] in _MARKS), None)
    if close is None or words[close] != "," or close + 1 >= len(words):
        return None
    description, after = without_age(words[k + 1 : close]), words[close + 1]
    if not description or any(ch.isdigit() for w in description for ch in w):
        return None  # (an age the appositions' reader cuts, "סטודנטית בת 23")
    if not _he_head_at(description, 0) or _HEBREW.fullmatch(after) is None or after[:1] == "ו":
        return None
    return " ".join(before_next_member(description))  # ("X Y, ROLE וZ W, ROLE": the list's next person)


def _office_held(words: list[str], k: int) -> str | None:
    """The office of "שכיהן כX Y" right after the name (a comma between allowed): X Y as far as a mark."""
    if k < len(words) and words[k] == ",":
        k += 1
    if k + 1 >= len(words) or _SERVED.fullmatch(words[k]) is None or words[k + 1][:1] != "כ":
        return None
    office = [words[k + 1][1:]]
    for w in words[k + 2 : k + 7]:
        if w in _MARKS or w[:1] == "ו" and w != office[-1]:
            break
        office.append(w)
    return " ".join(office) if _he_head_at(office, 0) else None


# Words after which only a noun phrase stands: prepositions written as words ("על ידי", "בידי", "מאת", "לזכר",
# "על שם") and the construct of leading ("בהנהגת", "בראשות", "בהובלת"); a verb never follows them.
_NOUN_SLOT = {"ידי", "בידי", "מידי", "מאת", "לזכר", "שם", "עם", "אצל", "לצד", "מול", "נגד", "עבור", "כמו", "של",
              "בהנהגת", "בראשות", "בהובלת", "בהנהלת", "בעריכת", "בבימוי", "בהשתתפות", "ובהשתתפות",
              "ובראשות"}  # fmt: skip


# The one-word heads of bodies ("משרד", "בנק", "רשות"): a construct noun before the body's name, never a family name.
_BODY_HEAD_WORDS = frozenset(h for h in HE_BODY_HEADS if " " not in h)


# Given names that are verbal nouns too, read in a noun phrase's slot as the noun: giving, financing.
_VERBAL_NOUNS = frozenset({"מתן", "מימון"})


def _governed_pairs(words: list[str], at: int, index: PeopleIndex, common: set[str]) -> None:
    """An unlisted given name and a listed family name no Hebrew word spells, in a noun phrase's slot."""
    for i in range(1, len(words) - 1):
        given, family = words[i], words[i + 1]
        if words[i - 1] not in _NOUN_SLOT or family not in hebrew_family_names() or family in hebrew_family_words():
            continue
        if _unlisted_given(given, common) and _a_pair(given, family, common):
            index.add(f"{given} {family}", None, at)
    for i in range(1, len(words) - 1):
        given, family = words[i], words[i + 1]
        verbal_noun = given in _VERBAL_NOUNS
        if words[i - 1] not in _NOUN_SLOT or not he_given(given) or verbal_noun or family in hebrew_family_names():
            # (מתן, "giving", is the construct verbal noun of legal and encyclopedic copy: "על ידי מתן תמיכה"; מימון,
            # "financing", of economic copy: "עבור מימון התוכנית", "של מימון זול")
            continue  # (a listed family name after a known given name: the bare-name reader has the pair)
        if not _bare_given(given, common) or len(family) < 3 or not _a_pair(given, family, common):
            continue
        if family in _BODY_HEAD_WORDS or _he_head_at([family], 0):
            continue  # "יחד עם צמרת משרד הביטחון": a body's head (or an office) in construct, no family name
        if family.endswith(("ות", "ים", "ית", "ה")) or family in _NOUN_SLOT or family in PRONOUN_PREPOSITIONS:
            continue  # "על ידי מתן פרשנות": a plural or abstract noun after a verbal noun that is a given name too;
            # ("של X עוררה": a feminine verb)
        if (family.endswith("ו") and len(family) <= 4) or lookup(family[1:]) is not None:
            continue  # "של X עוררו" (a plural verb), "עם X בחיפה" (a preposition and a place)
        if family.endswith("י") and words[i + 2 : i + 3] and words[i + 2][:1] == "ה" and len(words[i + 2]) > 2:
            continue  # "עם תום ימי המעצר": a plural noun in the construct state ("ימי", days of) and its definite
            # complement; the word before it is the noun "end", no given name
        named = any(p.name.split()[-1] == given for p in index.people)
        if family in PRONOUN_ADDRESSEES or named:
            continue  # "של שרון בהנהגת" after "אריאל שרון": the family name of one named, then a word
        index.add(f"{given} {family}", None, at)


def _unlisted_given(word: str, common: set[str]) -> bool:
    """A word that can be a given name no list holds: no known given name (the bare-name reader has those), no
    plural, no construct noun in ת ("משפחת", "חברת"), three letters or more."""
    return (
        len(word) >= 3
        and not he_given(word)
        and word not in common
        and not word.endswith(("ים", "ות", "ת"))
    )


# Status words after a title ("השר לשעבר", "הרמטכ"ל היוצא"), never a given name.
_STATUS = {"לשעבר", "היוצא", "היוצאת", "הנכנס", "הנכנסת", "בדימוס", "במיל'", "במיל׳"}
# Titles of an office that take a complement after them ("שר הכלכלה", "נשיא המדינה"), unlike ranks.
_OFFICES = {"שר", "שרת", "נשיא", "סגן השר", "ראש הממשלה", "רה\"מ"}


def _title_before(words: list[str], i: int) -> str | None:
    """The title or office right before `words[i]`: a title of address or rank ("השר", "רב-אלוף", 'ח"כ'), a
    two-word one ("ראש הממשלה", "ראש העיר"), or a one-word office with the article ('הרמטכ"ל', "המנכ"ל"); not
    an office in construct without the article ("חבר מועצת"), whose complement may follow."""
    one = words[i - 1]
    if one in HE_TITLES or one[:1] == "ה" and one[1:] in HE_ROLE_WORDS:
        return one
    two = " ".join(words[i - 2 : i]) if i >= 2 else ""
    return two if two in HE_TITLES or two in HE_ROLE_WORDS else None


def _titled_pairs(words: list[str], at: int, index: PeopleIndex, common: set[str]) -> None:
    """An unlisted given name and a listed family name right after a title ("רב-אלוף X הלוי")."""
    for i in range(1, len(words) - 1):
        given, family = words[i], words[i + 1]
        if family not in hebrew_family_names() or not _unlisted_given(given, common) or verb_in_he(given):
            continue
        if family in hebrew_family_words() and family[:1] != "ה":
            # "השר רוצה שלום", "ראש העיר נפגש שוב": a verb or participle, then a word that is also a family name;
            # a family name opening with ה ("הלוי") is no object or adverb there (a definite object takes את)
            continue
        title = _title_before(words, i)
        if title is None or lookup(given) or given in common or re.search("[\"'\u05f3\u05f4]", given):
            continue  # (no abbreviation: 'תא"ל במיל' X Y', the reserve's mark after a rank)
        if given[:1] == "ה" and (title[:1] == "ה" or title in HE_ROLE_WORDS or title in _OFFICES):
            # "השר הממונה לוי": after a definite office an adjective may stand, after "שר" or "ראש" its
            # complement ("שר הכלכלה X"); after a rank or a title of address only a name
            continue
        if given[:1] == "ה" and _gentilic(family):
            continue  # 'כ"סמל הכיבוש הישראלי"': a definite noun and a people's adjective (ישראל), no name
        if given[:1] == "ש" or given in _STATUS:
            continue  # "הרב שבידי בית": a relative clause; "השר לשעבר X": the title's status, no given name
        nxt = words[i + 2] if i + 2 < len(words) else ""
        if he_given(family) and nxt in hebrew_family_names() and nxt not in hebrew_family_words():
            continue  # "השר X יוסף שטרן": a listed given name and a family name follow; the pair is theirs
        # (a name opening with ה as a noun opens with the article, "רב-אלוף הרצי הלוי", is read without it)
        if not _a_pair(_bare(given), _bare(family), set()) or _bare(given) in common and given[:1] != "ה":
            continue
        before = role_before_comma(words, i - len(title.split()))
        if before:
            # 'סגן הרמטכ"ל, אלוף X הלוי,': the office a comma sets before the rank, as for a listed given name
            index.add(f"{given} {family}", before, at)
        index.add(f"{given} {family}", title, at)


def _gentilic(word: str) -> bool:
    """A definite adjective of a country or a town ("הישראלי", "הצרפתית"): ה, a place the gazetteer knows, י/ית."""
    m = re.fullmatch(r"ה([\u05d0-\u05ea]{2,}?)(?:י|ית|ים|יות)", word)
    if m is None:
        return False
    entry = lookup(m.group(1))
    return entry is not None and entry.kind == "place"


def _bare(word: str) -> str:
    """A word with ה taken off, for the name checks that read ה as the article."""
    return word[1:] if word[:1] == "ה" and len(word) > 3 else word
