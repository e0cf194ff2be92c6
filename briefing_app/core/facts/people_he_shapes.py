"""Hebrew names whose given name the list lacks (a foreign one: דונלד, אנגלה), found by the sentence's shape.

* A name, a definite description in commas, then a speech verb ("דונלד הארפר, המועמד הרפובליקני, אמר"):
  a person and the description is the role;
* a given name spelt with a geresh for a foreign sound (ג'ורג', צ'ארלס) and a family name before a speech
  verb ("ג'ורג' מילר אמר"): a person;
* a name and an age in commas (", בן 52", ", בת 34", ", 34,"): a person, as only people have an age so written;
* a title and its complement, then one word closed by a speech verb, a colon or a comma ("ראש הממשלה X
  אמר", "השר X:"): a person named by the family name alone, as Israeli news names the well known;
* a known given name and a listed Israeli family name after a definite noun and before a comma or a verb
  ("הקשר X Y, שכבש"), or two such names joined by ו: people.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.he_passive_slot import verb_in_family_slot
from briefing_app.core.facts.hebrew_clitics import PRONOUN_PREPOSITIONS
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import (
    HE_SPEECH,
    _complement_end,
    _he_head_at,
    _name_like,
    _words,
    adjunct_word,
    he_given,
    names_a_body,
    transliterated,
)
from briefing_app.core.facts.people_he_appos import find_apposed_names
from briefing_app.core.facts.people_he_bare import appositive_roles, find_bare_names, tidy_roles
from briefing_app.core.facts.people_he_base import firm_of_kind, head_starts, words_by_sentence
from briefing_app.core.facts.people_he_family import find_family_name_cues
from briefing_app.core.facts.people_he_grammar import dash_roles, find_grammar_names
from briefing_app.core.facts.people_he_lists import find_plural_role_lists
from briefing_app.core.facts.people_he_office_appos import find_office_apposed_names
from briefing_app.core.facts.people_he_open_appos import open_appositive_roles
from briefing_app.core.facts.people_he_role_cues import find_role_cues
from briefing_app.core.facts.people_he_speakers import find_surname_speakers
from briefing_app.core.facts.people_he_unlisted import find_unlisted_names
from briefing_app.core.facts.people_he_words import HE_TITLES
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)


def _a_name(given: str, family: str, definite_family: bool = False) -> bool:
    """Two words that can be a given and a family name: no article (a family name written with ה for an "H",
    הארפר, when `definite_family`), no function word, no title, no place or body."""
    return (
        _name_like(given)
        and (_name_like(family) or (definite_family and _name_like(family[1:]) and len(family) > 3))
        and not _he_head_at([given, family], 0)
        and not names_a_body(f"{given} {family}")
        and not any(lookup(w) or (w[:1] in "ובלמ" and lookup(w[1:])) for w in (given, family))
        and lookup(f"{given} {family}") is None  # ("הפועל באר שבע,": a town of two words, each none alone)
    )


def find_hebrew_shaped_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the shapes above name in the Hebrew sentences, into `index`."""
    for s in sentences:
        find_shaped_names(s, index)
    _foreign_then_by_surname(sentences, index)
    find_surname_speakers(sentences, index)  # people_he_speakers: "X Y ... Y אמר", a name no list holds
    find_grammar_names(sentences, index)  # people_he_grammar: a nationality, a title, a verb of a life around a name
    find_plural_role_lists(sentences, index)  # people_he_lists: "הפרופסורים X Y, Z W ו-U V"
    find_bare_names(sentences, index)  # people_he_bare: names with no title or verb around them
    find_apposed_names(sentences, index)  # people_he_appos: "X Y, אם לשלושה, נפצעה", "X Y ז"ל"
    find_unlisted_names(sentences, index)  # people_he_unlisted: "X Y, מדען צרפתי, גילה", "X Y שכיהן כנשיא"
    find_office_apposed_names(sentences, index)  # people_he_office_appos: "שר החוץ של X, Y Z W, ביקר"
    find_family_name_cues(sentences, index)  # people_he_family: "לדעת X,", "התפטרותו של X", "השרים X וY"
    find_role_cues(sentences, index)  # people_he_role_cues: "X Y נבחר לנשיא ...", "אבי המשפחה, X Y,"
    appositive_roles(sentences, index)  # and the description in commas after a name as its role
    open_appositive_roles(sentences, index)  # people_he_open_appos: "X Y, דובר העירייה אמר": no second comma
    dash_roles(sentences, index)  # people_he_grammar: or a title after a dash ("X Y - שופט בית המשפט המחוזי")
    tidy_roles(index)


# What Hebrew glues before a name: "and", ש, one preposition ("מג'ון", "לצ'ארלס", "וכשג'ורג'").
_NAME_PREFIXES = ("וכש", "וש", "וב", "ול", "ומ", "כש", "ו", "ב", "ל", "מ", "ש", "כ")


def _foreign_then_by_surname(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A given name spelt with a geresh for a foreign sound (ג'ון, צ'ארלס), a preposition or "and" glued on
    or not, and a family name that the article also writes alone in another sentence ("מג'ון X ... X
    סירב") or that a title in commas follows ("לצ'ארלס X, עורך העיתון,"): a foreign person named in full
    once, then by the family name as news does."""
    texts, where = words_by_sentence(sentences)
    for at, words in texts.items():
        for i in range(len(words) - 1):
            word, family = words[i], words[i + 1]
            cut = _foreign_given_at(word)
            if cut is None:
                continue
            alone = where.get(family, set()) - {at}
            titled = words[i + 2 : i + 3] == [","] and bool(_he_head_at(words, i + 3))
            if not _a_name(word[cut:], family, definite_family=titled):  # (ה for an "H": "הופר, עורך")
                continue
            # ("שי חג'ג' נבחר שוב": a family name spelt with a geresh, then a verb the article uses again)
            verb = verb_in_family_slot(family)
            # ("סן ז'רמן בליגת האלופות": a preposition's noun in construct with a definite word, no family name)
            verb = verb or (adjunct_word(family) and words[i + 2 : i + 3] != [] and words[i + 2][:1] == "ה")
            if len(family) >= 3 and (alone or titled) and not _SPEECH.fullmatch(family) and not verb:
                index.add(f"{word[cut:]} {family}", None, at)


def _foreign_given_at(word: str) -> int | None:
    """Where a foreign given name starts in `word`: after a glued prefix when the rest opens with a geresh
    letter ("מג'ון": מ and ג'ון), else at 0 when the whole word is spelt so ("בנג'מין"); None if neither."""
    if "'" not in word and "\u05f3" not in word:
        return None  # no geresh, no foreign sound
    for prefix in _NAME_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest[1:2] in ("'", "\u05f3") and rest[:1] in "גזצת" and transliterated(rest):
            return len(prefix)
    return 0 if transliterated(word) else None


def find_shaped_names(s: SourceSentence, index: PeopleIndex) -> None:
    """Every person the two shapes above name in one sentence, into `index`."""
    words = _words(s.text)
    for i in range(len(words) - 2):
        given, family = words[i], words[i + 1]
        at_start = i == 0 or words[i - 1] in (",", ".", ":", ";")
        if not at_start or not _a_name(given, family, definite_family=words[i + 2] == ","):
            continue
        if words[i + 2] == ",":
            end = next((k for k in range(i + 3, min(i + 8, len(words))) if words[k] == ","), None)
            described = words[i + 3 : end] if end is not None else []
            if (
                end is not None
                and end + 1 < len(words)
                and _SPEECH.fullmatch(words[end + 1])
                and described[0].startswith("ה")
                and len(described[0]) > 2
                and all(w.startswith("ה") or w.startswith('"') for w in described[1:])
            ):
                index.add(f"{given} {family}", " ".join(described), s.index)  # "X Y, המועמד הרפובליקני, אמר"
        elif transliterated(given) and _SPEECH.fullmatch(words[i + 2]):
            index.add(f"{given} {family}", None, s.index)  # "ג'ורג' מילר אמר"
    for i in range(len(words) - 4):
        if words[i + 2] == "," and words[i + 3] in ("בן", "בת") and words[i + 4].isdigit():
            if _a_name(words[i], words[i + 1]):
                index.add(f"{words[i]} {words[i + 1]}", None, s.index)  # "דנה לוי, בת 34,"

    for m in _AGE_IN_COMMAS.finditer(s.text):
        given, family = m.group(1), m.group(2)
        if _a_name(given, family) and (he_given(given) or family in hebrew_family_names()):
            index.add(f"{given} {family}", None, s.index)  # "דנה לוי, 34, מחולון"
    _title_then_surname(words, s.index, index)
    _listed_names(words, s.index, index)
    _lead_of_a_life(s, index)


# The opening of an article on a person: the name, a bracket with the birth or the two years of the life
# (a book or a war has one year or a span of months), then a copula and what the person is ("X Y (נולדה
# ב-1939) היא כימאית ישראלית", "X Y (1932–2006) היה שחקן").
_LIFE_LEAD = re.compile(
    r"^\s*((?:[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]*\s+){1,2}[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]*)\s*"
    r"\((?:[^()]*\d{4}\s*[–—-]\s*\d{4}[^()]*|\s*(?:נולד|נולדה|נפטר|נפטרה)[^()]*)\)"
    r"\s+(?:הוא|היא|היה|הייתה)\s+([^,.;:()]{2,60})"
)


# Heads of events, eras and realms whose years a bracket gives as a life's ("מרד X", "ממלכת X", "תקופת X").
_EVENT_HEADS = {"מלחמת", "מרד", "מבצע", "פרשת", "ממלכת", "שושלת", "קרב", "משבר", "ועידת", "הסכם", "אמנת", "תקופת",
                "מסע", "מגפת", "אסון", "פרעות", "מערכת", "שלטון", "ימי"}  # fmt: skip


def _lead_of_a_life(s: SourceSentence, index: PeopleIndex) -> None:
    """A person the opening of a life names: the name before the bracket of dates, the role after the copula
    (its first noun phrase, up to a comma or "and")."""
    m = _LIFE_LEAD.match(s.text)
    words = _words(s.text)
    if m is None and len(words) > 4 and words[2] in ("הוא", "היא", "היה", "הייתה") and _he_head_at(words, 3):
        # "X Y היה מלחין ישראלי": a name opens the sentence (a known given name, a foreign one or a listed family
        # name: "כל אחד היה חבר" is none), a copula, then a profession or title
        known = he_given(words[0]) or transliterated(words[0]) or words[1] in hebrew_family_names()
        if known and _a_name(words[0], words[1]) and words[0] not in _NOT_SURNAME and not _he_head_at(words, 0):
            index.add(f"{words[0]} {words[1]}", _role_after_copula(words[3:]), s.index)
        return
    if m is None:
        return
    name = m.group(1).split()
    if not all(_name_like(w) for w in name) or names_a_body(" ".join(name)) or lookup(" ".join(name)):
        return  # "ארגון X (1948)", a place: no person
    if name[0] in _EVENT_HEADS or not _a_name(name[0], name[-1]):
        return  # "מרד X (132–136)", "מלחמת לבנון": an event, a war, a place
    index.add(" ".join(name), _role_after_copula(m.group(2).split()), s.index)


def _role_after_copula(role: list[str]) -> str | None:
    """What follows a copula up to a comma or "and" ("מוזיקאי ישראלי", not "ומחזאי"), at most four words."""
    role = role[: next((k for k, w in enumerate(role) if w in (",", ".", ";", ":")), len(role))]
    cut = next((k for k, w in enumerate(role) if k and w[:1] == "ו" and not w.startswith("וו")), len(role))
    return " ".join(role[:cut][:4]) or None


def _listed(given: str, family: str) -> bool:
    """A known given name and a listed Israeli family name ("דור פרץ"), neither a place nor a body."""
    return he_given(given) and family in hebrew_family_names() and _a_name(given, family)


def _listed_names(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """A definite noun, then a known given name and a listed family name closed by a comma, a colon or a
    speech verb ("הקשר דור פרץ, שכבש", "השתתפו X Y,"): a person, the noun its role if a known one. Two such names
    joined by ו ("ערן זהבי ודור פרץ"): two people."""
    for i in range(1, len(words) - 2):
        noun, given, family, closing = words[i - 1], words[i], words[i + 1], words[i + 2]
        if not he_given(given) or not noun.startswith("ה"):
            continue  # (most words: no known given name after a definite noun, no pattern to try on the third)
        closed = closing in (",", ":") or _SPEECH.fullmatch(closing) is not None
        if len(noun) > 3 and noun not in _NOT_SURNAME and closed and _listed(given, family):
            role = noun if _he_head_at([noun], 0) else None  # (not "השתתפו": a verb with ה, no role)
            index.add(f"{given} {family}", role, sentence)
    for i in range(len(words) - 3):
        first, second = (words[i], words[i + 1]), (words[i + 2].removeprefix("ו"), words[i + 3])
        if words[i + 2].startswith("ו") and _listed(*first) and _listed(*second):
            index.add(" ".join(first), None, sentence)
            index.add(" ".join(second), None, sentence)


_AGE_IN_COMMAS = re.compile(r"(?:^|(?<=[\s,.:]))([\u05d0-\u05ea]{2,})\s+([\u05d0-\u05ea'\u05f3-]{2,}),\s*(?:[1-9]\d?),")


# Words that stand after a title and are no surname: "ראש הממשלה לשעבר", "השר עצמו", "השר גם".
_NOT_SURNAME = {"לשעבר", "עצמו", "עצמה", "בעצמו", "בעצמה", "כבר", "אז", "כיום", "מצדו", "מצדה", "בפועל", "החדש",
                "בתגובה", "בהודעה", "בראיון", "בנאומו", "בנאומה", "היום", "אתמול", "אמש", "הבוקר", "הערב",
                "שוב", "מיד", "אכן", "עדיין", "כנראה", "אישית", "רק", "דווקא", "אמנם", "אולי", "תמיד", "מעולם",
                "כלל", "עוד", "אף", "גם"}  # fmt: skip


def _complement_word(head: str, complement: int, word: str) -> bool:
    """Whether the one word after an office is its complement, not a surname: an acronym ('ראש העיר פ"ת:'), or
    any word after a one-word office in construct with nothing after it ('מנכ"לית X:', the company), unless it
    is a listed family name; a title of address, a definite role or a whole office ("השר X:", "ראש העיר X:")
    takes a surname."""
    if re.search(r"[\"\u05f4]", word):
        return True
    if complement or head.lstrip("ו") in HE_TITLES or head.lstrip("ו")[:1] == "ה":
        return False
    return word not in hebrew_family_names()


def _title_then_surname(words: list[str], sentence: int, index: PeopleIndex) -> None:
    for i in (i for i in head_starts(tuple(words)) if i < len(words) - 2):
        n = _he_head_at(words, i)
        if i > 0 and _he_head_at(words, i - 1):
            continue
        k = _complement_end(words, i + n)
        if k + 1 >= len(words):
            continue
        word, closing = words[k], words[k + 1]
        closed = _SPEECH.fullmatch(closing) is not None or closing in (":",)
        if (
            closed
            and _name_like(word)
            and len(word) >= 3
            and word not in _NOT_SURNAME
            and not _SPEECH.fullmatch(word.removeprefix("ו"))  # "השר והוסיף:": a verb with "and"
            # ('הוציא דובר צה"ל הודעה ובה אמר': "and in it", a preposition with its pronoun, no surname)
            and not (word[:1] == "ו" and word[1:] in PRONOUN_PREPOSITIONS)
            and not names_a_body(word)
            and not lookup(word)
            and not (word[:1] in "ובלמ" and lookup(word[1:]))
            and not adjunct_word(word)  # "בכיר במשרד אמר": where the official sits, no surname
            and not verb_in_family_slot(word)  # "ראש הממשלה שיגר מסר ...": the office's verb, no surname
            # ('ד"ר X Y, מנהלת Z:': the role of the name before the comma, its complement no surname)
            and not (i >= 3 and words[i - 1] == "," and he_given(words[i - 3]))
            and not _complement_word(words[i], k - i - (n == 1), word)
            and not firm_of_kind(words[i:k])  # "אנליסט בית ההשקעות X אמר": the firm's name
        ):
            index.add(word, " ".join(words[i:k]), sentence)
