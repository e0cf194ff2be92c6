"""Hebrew people named by the grammar around them, whatever lists hold their names.

* A nationality adjective with the article, alone or after a role noun ("ההולנדי X Y", "החוקר הגרמני X Y"):
  the two words after it are a foreign person's name when the clause goes on past them with a comma, a full
  stop, a verb of saying or a preposition's phrase; the nationality (and the noun) is the role. After a
  definite noun that is no role ("הצבא הגרמני") the adjective only describes that noun. After a role noun
  a verb may follow the name when the article also writes the family name alone;
* a title and its complement, then two name words closed by a colon, a bracket or a verb of saying ("ראש
  הממשלה X Y:"): the title's holder, even when the list lacks the given name;
* a known given name and a name word as the subject of a verb that opens or tells a life ("X Y נולד",
  "נבחר X Y", "X Y נפטרה"), at the start of a sentence or a clause: a person;
* the object of a verb that only people undergo (acquitted, convicted, arrested, appointed: "זיכה את X",
  "להרשיע את X Y"), when the article writes the name again elsewhere or the lists know it;
* two name words before the bracket of a lifespan, anywhere in a sentence ("המשורר X Y (1910–1970)"): a
  person (an event's bracket spans a few years, a life's fifteen or more);
* a noun for a person, then "בשם" and one or two name words ("נער בשם X Y", "חייל צרפתי בשם X"): a person;
* a monarch's or pope's title, then one name and an ordinal ("המלך X השלישי", "מלכת ספרד X"): the ordinal, a
  known or foreign-spelt given name, or the name alone elsewhere in the article says it is no verb.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.he_time_adjuncts import he_without_time
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import (
    _HE_HEADS,
    _HE_NOT_NAME,
    HE_SPEECH,
    HE_TITLES,
    _complement_end,
    _definite_role,
    _he_head_at,
    _kin_phrase,
    _name_like,
    _words,
    adjunct_word,
    he_given,
    names_a_body,
    transliterated,
)
from briefing_app.core.facts.people_he_bare import _COMMON_WORD_GIVEN
from briefing_app.core.facts.people_he_base import _TIME_WORDS, head_starts, words_by_sentence
from briefing_app.core.facts.people_he_lists import plural_role_at
from briefing_app.core.facts.people_he_words import LIFE_VERBS as _LIFE_VERBS
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.per_document import per_document

_SPEECH = re.compile(HE_SPEECH)

# Nationality adjectives whose country's name their stem does not spell (בריטי: בריטניה; מצרי: מצרים).
_NATIONALITIES = {"בריטי", "איטלקי", "מצרי", "פולני", "קוריאני", "אירי", "אמריקני", "אמריקאי", "שווייצרי", "שוויצרי",
                  "דני", "נורווגי", "פיני", "ברזילאי", "מקסיקני", "ארגנטינאי", "הודי", "פקיסטני", "קובני", "אנגלי",
                  "סקוטי", "וולשי", "אוסטרי", "פורטוגלי", "רומני", "בולגרי", "סרבי", "קרואטי", "ליטאי", "לטבי",
                  "אסטוני", "גאורגי", "ארמני", "אזרי", "איראני", "פרסי", "ערבי", "סעודי", "פלסטיני", "לובי",
                  "תוניסאי", "אלג'יראי", "מרוקאי", "אתיופי", "קנייתי", "ניגרי", "דרום-אפריקאי", "אוסטרלי",
                  "ניו-זילנדי", "צ'יליאני", "קולומביאני", "ונצואלי", "פרואני", "יפני", "סיני", "וייטנאמי",
                  "תאילנדי", "אינדונזי", "פיליפיני", "קזחי", "אוזבקי", "טורקי", "כורדי", "יהודי", "בלארוסי",
                  "מולדובי", "סלובקי", "סלובני", "הונגרי", "צ'כי", "קפריסאי", "יווני", "ספרדי", "צרפתי",
                  "גרמני", "הולנדי", "בלגי", "רוסי", "אוקראיני", "שוודי", "קנדי", "ישראלי", "לבנוני",
                  "סורי", "ירדני", "עיראקי", "תימני", "אמירתי", "קטארי", "כוויתי", "בחרייני", "עומאני"}  # fmt: skip
_FINAL = str.maketrans("כמנפצ", "ךםןףץ")


@per_document  # (asked for every word of every sentence by several Hebrew readers)
def nationality(word: str) -> bool:
    """Whether `word` is a nationality adjective with the article ("הצרפתי", "והגרמנייה", "היפנית"): a known
    one, or a stem whose country the gazetteer knows (יפני: יפן, הולנדית: הולנד, גרמנייה: גרמניה)."""
    word = word[1:] if word[:2] == "וה" else word
    if word[:1] != "ה" or len(word) < 4:
        return False
    bare = word[1:]
    for ending in ("ייה", "יה", "ית", "י"):
        if bare.endswith(ending) and len(bare) > len(ending) + 1:
            stem = bare[: -len(ending)]
            if stem + "י" in _NATIONALITIES:
                return True
            candidates = (stem[:-1] + stem[-1:].translate(_FINAL), stem + "ה", stem + "יה", stem.removesuffix("א"))
            return any(_country(c) for c in candidates if len(c) >= 3)
    return False


@per_document  # (asked for the same words again)
def _country(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place" and entry.detail in ("country", "state")


def find_grammar_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the shapes above name in the Hebrew sentences, into `index`."""
    texts, where = words_by_sentence(sentences)
    for s in sentences:
        words = texts[s.index]
        elsewhere = _Elsewhere(where, s.index)
        _after_nationality(words, s.index, index, elsewhere)
        _office_of_a_country(words, s.index, index)
        _title_then_two_words(words, s.index, index)
        _subject_of_a_life(words, s.index, index)
        _regnal_names(words, s.index, index, elsewhere)
        _object_of_a_verb_of_justice(words, s.index, index, elsewhere)
        _name_before_a_lifespan(s.text, s.index, index)
        _named_person(words, s.index, index)


class _Elsewhere:
    """The words the article writes in a sentence other than one (a set look-up per word, no copy per sentence)."""

    def __init__(self, where: Mapping[str, AbstractSet[int]], sentence: int) -> None:
        self.where, self.sentence = where, sentence

    def __contains__(self, word: object) -> bool:
        found = self.where.get(word, set()) if isinstance(word, str) else set()
        return bool(found - {self.sentence})


def _closes_name(words: list[str], k: int) -> bool:
    """Whether the clause goes on past a name that ends before `k` with a mark, a verb of saying or a
    preposition's phrase, as it does after a name and never inside a noun phrase."""
    if k >= len(words):
        return True
    nxt = words[k]
    return (
        nxt in (",", ".", ":", ";", "(", ")", "-", "–", "—") or _SPEECH.fullmatch(nxt) is not None or adjunct_word(nxt)
    )


def _foreign_pair(first: str, second: str, after_title: bool = False) -> bool:
    """Two words that can be a foreign given and family name: no article, no function word, title, place or body.
    Right `after_title` a first word may start with ו (ורנר, ולדימיר): no "and" stands between a title and its
    name."""
    # ("X הבריטי ג'ון הארגרייבס": after a foreign-spelt given name, ה may be the H of a foreign family name, not
    # the article, when no adjective's or plural's ending follows)
    h_family = transliterated(first) and len(second) >= 5 and not second.endswith(("י", "ית", "ים", "ות"))
    return (
        _name_like(first)
        and (_name_like(second) or h_family and _name_like(second[1:]))
        and not _he_head_at([first, second], 0)
        and not names_a_body(f"{first} {second}")
        and not any(lookup(w) or (w[:1] in "ובלמ" and lookup(w[1:])) for w in (first, second))
        and not lookup(f"{first} {second}")  # ("מאמן הפועל תל אביב הוסיף:": a town of two words, no name)
        and not adjunct_word(first)
        and not adjunct_word(second)
        and (first[:1] != "ו" or after_title)
        # ("במשק הישראלי שלקחו חלק": ש and a plural past open a relative clause after the adjective, no name)
        and not (re.fullmatch(r"ש[\u05d0-\u05ea]{3,}ו", first) is not None and not he_given(first))
    )


def _after_nationality(words: list[str], sentence: int, index: PeopleIndex, elsewhere: _Elsewhere) -> None:
    for i, word in enumerate(words):
        if not nationality(word) or i + 2 >= len(words):
            continue
        start = i
        if i and _he_head_at(words, i - 1) == 1 and words[i - 1][:1] in "הו":
            start = i - 1  # "החוקר הגרמני": the role noun the adjective describes
        elif i and re.match(r"[ובלמכש]{0,2}ה[\u05d0-\u05ea]{2}", words[i - 1]):
            continue  # "הצבא הגרמני": an adjective of a noun that is no role
        first, second = words[i + 1], words[i + 2]
        if not _foreign_pair(first, second) or first in _HE_NOT_NAME or second in _HE_NOT_NAME:
            continue
        if not _closes_name(words, i + 3) and not (start < i and second in elsewhere and first not in elsewhere):
            continue  # (a verb may follow the name: "החוקר הגרמני X Y חפר", when the article names Y alone too)
        index.add(f"{first} {second}", " ".join(words[start : i + 1]).removeprefix("ו"), sentence)


def _office_of_a_country(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """'שר ההגנה האמריקני, X Y,': an office that a nationality adjective closes, then two name words between
    commas: a foreign office-holder, whose given name the lists may lack and whose transliterated family name
    may spell a town too (the office and the commas say it is a name)."""
    for i in range(1, len(words) - 3):
        if words[i + 1] != "," or words[i + 4 : i + 5] not in ([","], ["."], []) or not nationality(words[i]):
            continue
        start = next((j for j in range(max(0, i - 4), i) if _office_ends(words, j, i + 1)), None)
        first, second = words[i + 2], words[i + 3]
        if (
            start is None
            or not (_name_like(first) and _name_like(second))
            or first in _HE_NOT_NAME
            or second in _HE_NOT_NAME
            or lookup(first)
            or second[:1] == "ו"  # ("X, לונדון ופריז,": a list's "and")
            or first in _TIME_WORDS
            or not he_without_time(f"{first} {second}").strip()  # ("X, בשבוע שעבר,": when, no name)
            or _he_head_at([first, second], 0)
            or names_a_body(f"{first} {second}")
        ):
            continue
        index.add(f"{first} {second}", " ".join(words[start : i + 1]).removeprefix("ו"), sentence)


def _office_ends(words: list[str], j: int, end: int) -> bool:
    """Whether a title that starts at `j` runs, with its complement, right up to `end`."""
    n = _he_head_at(words, j)
    return bool(n) and _complement_end(words, j + n) == end


def _title_then_two_words(words: list[str], sentence: int, index: PeopleIndex) -> None:
    _title_pair_then_and(words, sentence, index)
    for i in (i for i in head_starts(tuple(words)) if i < len(words) - 2):
        n = _he_head_at(words, i)
        if n < 2 and not (n == 1 and i + 1 < len(words) and words[i + 1][:1] == "ה"):
            continue  # a head with its complement ("ראש הממשלה", "שר החוץ"): single heads the title reader has
        k = _complement_end(words, i + n)
        if k + 2 >= len(words) or words[k + 2] not in (":", "(") and not _SPEECH.fullmatch(words[k + 2]):
            continue
        first, second = words[k], words[k + 1]
        if not _foreign_pair(first, second) or first in _HE_NOT_NAME or second in _HE_NOT_NAME:
            continue
        known = index.find(second)
        if known is None or known.name == f"{first} {second}":
            index.add(f"{first} {second}", " ".join(words[i:k]).removeprefix("ו"), sentence)


def _subject_of_a_life(words: list[str], sentence: int, index: PeopleIndex) -> None:
    for i in range(len(words) - 1):
        given, family = words[i], words[i + 1]
        if not he_given(given) or given in _COMMON_WORD_GIVEN or given in _HE_HEADS or given in _HE_NOT_NAME:
            continue
        after = words[i + 2] if i + 2 < len(words) else ""
        before = words[i - 1] if i else ""
        third = after if i + 3 < len(words) and words[i + 3] in _LIFE_VERBS else ""
        if third and (he_given(family) or family in ("אבו", "אבן", "בן", "בר")) and _name_like(third):
            # "X חסן Y נעצר", "X אבו Y נפצע": a father's name or a particle, then the family name
            if (not before or before in (",", ";")) and not lookup(third) and third not in _HE_NOT_NAME:
                index.add(f"{given} {family} {third}", None, sentence)
                continue
        subject_first = (not before or before in (",", ";")) and after in _LIFE_VERBS
        verb_first = before in _LIFE_VERBS and _closes_name(words, i + 2)
        if not (subject_first or verb_first) or not _name_like(family) or family in _HE_NOT_NAME:
            continue
        if _kin_phrase(given, family) or _he_head_at([family], 0) or lookup(family) or names_a_body(family):
            continue
        placed = family[1:2] == "ה" or lookup(family[1:]) is not None
        if _SPEECH.fullmatch(family) or adjunct_word(family) and placed and family not in hebrew_family_names():
            continue  # "נבחר משה בהצבעה", "מונה דוד בחיפה": a preposition's phrase, no family name
        index.add(f"{given} {family}", None, sentence)


# A monarch's or a pope's title, definite or in the construct state before a country ("מלך ספרד").
_MONARCHS = {"המלך", "המלכה", "הקיסר", "הקיסרית", "הצאר", "הצארית", "האפיפיור", "הסולטן", "השאה", "פרעה", "הנסיך",
             "הנסיכה", "הח'ליף", "הח׳ליף"}  # fmt: skip
_MONARCH_OF = {"מלך", "מלכת", "קיסר", "קיסרית", "צאר", "סולטן", "שאה", "נסיך", "נסיכת"}
_ORDINALS = {"הראשון", "השני", "השלישי", "הרביעי", "החמישי", "השישי", "השביעי", "השמיני", "התשיעי", "העשירי",
             "הראשונה", "השנייה", "השלישית", "הרביעית", "החמישית", "השישית", "השביעית", "השמינית", "התשיעית",
             "העשירית", "הגדול", "הגדולה", "הקדוש", "הקדושה"}  # fmt: skip


def _regnal_names(words: list[str], sentence: int, index: PeopleIndex, elsewhere: _Elsewhere) -> None:
    for i, word in enumerate(words):
        bare = word[1:] if word[:2] == "וה" else word
        if bare in _MONARCHS:
            at = i + 1
        elif bare in _MONARCH_OF and i + 1 < len(words) and _country(words[i + 1]):
            at = i + 2  # "מלך ספרד X": the king of a country
        else:
            continue
        if at >= len(words) or not _name_like(words[at]) or lookup(words[at]) or adjunct_word(words[at]):
            continue
        name = words[at]
        ordinal = at + 1 < len(words) and words[at + 1] in _ORDINALS
        if not (ordinal or he_given(name) or transliterated(name) or name in elsewhere):
            continue  # "המלך נפגש עם": a verb after the title
        full = f"{name} {words[at + 1]}" if ordinal else name
        index.add(full, " ".join(words[i:at]).removeprefix("ו"), sentence)


def _title_pair_then_and(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """A title that needs no complement ("השופט", 'ד"ר') and two name words, then "and" glued to the next
    title or plural role ("השופט X Y והפרופסורים ..."): a list of people, so the two words are a name."""
    for i in (i for i in head_starts(tuple(words)) if i < len(words) - 3):
        head = words[i].removeprefix("ו")
        if _he_head_at(words, i) != 1 or not (head in HE_TITLES or _definite_role(head)):
            continue
        first, second, nxt = words[i + 1], words[i + 2], words[i + 3]
        if nxt[:1] != "ו" or not (plural_role_at(words, i + 3) or _he_head_at([nxt[1:]], 0)):
            continue
        if _foreign_pair(first, second, after_title=True) and first not in _HE_NOT_NAME and second not in _HE_NOT_NAME:
            index.add(f"{first} {second}", head, sentence)


def dash_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A role for each person named in full with none yet, from a title and its complement after a dash right
    after the name ("מונה X Y - שופט בית המשפט המחוזי"), as commas set one off."""
    texts = {s.index: _words(s.text) for s in sentences}
    for person in index.people:
        parts = person.name.split()
        if person.role or len(parts) < 2:
            continue
        for at in sorted(person.sentences):
            words = texts.get(at, [])
            k = next((j for j in range(len(words) - len(parts)) if words[j : j + len(parts)] == parts), None)
            if k is None or k + len(parts) + 1 >= len(words) or words[k + len(parts)] not in ("-", "–", "—"):
                continue
            start = k + len(parts) + 1
            n = _he_head_at(words, start)
            if n:
                person.role = " ".join(words[start : _complement_end(words, start + n)])
                break


# Verbs whose object after "את" is a person: acquit, convict, charge, arrest, release, dismiss, appoint,
# represent, try, extradite, deport (past, and the infinitive).
_PERSON_OBJECT_VERBS = re.compile(
    r"ו?(?:זיכ|הרשיע|להרשיע|לזכות|האשים|האשימ|עצר|עצר|שחרר|פיטר|פיטר|מינ|מינת|ייצג|ייצג|שפט|הסגיר|גירש|"
    r"הורה\s+על\s+מעצר|העמיד|להעמיד|לעצור|לשחרר|לפטר|למנות|לייצג|להסגיר|לגרש)(?:ה|ו|תה)?"
)


# Endings of Ashkenazi and other foreign family names (-מן, -סקי, -וביץ, -שטיין, -ברג), which no Hebrew common
# noun with the article has: a word so ending after "את" is a family name even when it starts with ה.
_SURNAME_ENDINGS = ("מן", "מאן", "סקי", "ביץ", "שטיין", "ברג", "בורג")


def _object_of_a_verb_of_justice(words: list[str], sentence: int, index: PeopleIndex, elsewhere: _Elsewhere) -> None:
    for i in range(len(words) - 2):
        if words[i + 1] != "את" or not _PERSON_OBJECT_VERBS.fullmatch(words[i]):
            continue
        first = words[i + 2]
        second = words[i + 3] if i + 3 < len(words) else ""
        if first[:1] == "ה" and len(first) >= 6 and first.endswith(_SURNAME_ENDINGS) and first in elsewhere:
            index.add(first, None, sentence)  # "זיכה את הורוביצמן": a family name that starts with ה, named again
            continue
        if not _name_like(first) or first in _HE_NOT_NAME or lookup(first) or names_a_body(first):
            continue
        if _he_head_at(words, i + 2) or adjunct_word(first) or len(first) < 3:
            continue  # "מינה את השר", "את מנהל הבנק": a title, whose holder the title reader names
        if second[:1] == "ה" and first.endswith("י") and first not in hebrew_family_names():
            continue  # "לפטר את נושאי המשרה": a plural in construct before a definite noun, no name
        pair = _name_like(second) and second not in _HE_NOT_NAME and not adjunct_word(second) and not lookup(second)
        known_given = he_given(first) and first not in _COMMON_WORD_GIVEN
        closed = i + 4 >= len(words) or words[i + 4] in (",", ".", ";", ":", "(") or words[i + 4][:1] in "בלמש"
        if (
            pair
            and (he_given(first) or transliterated(first))
            and (second in elsewhere or second in hebrew_family_names() or known_given and closed)
        ):  # ("עצרה את X Y." with a known given name: the object's name, whatever list holds the family name)
            index.add(f"{first} {second}", None, sentence)
        elif first in elsewhere and not he_given(first) and (first in hebrew_family_names() or not pair):
            index.add(first, None, sentence)  # "זיכה את X" and X named again: a family name alone


# Two words, then a bracket of two years a life apart: "X Y (1910–1970)".
_LIFESPAN = re.compile(
    r"(?<![\u05d0-\u05ea'׳\"״-])([\u05d0-\u05ea][\u05d0-\u05ea'׳\"״-]*)\s+([\u05d0-\u05ea][\u05d0-\u05ea'׳-]*)\s*"
    r"\((?:[^()]*?\s)?(\d{4})\s*[–—-]\s*(\d{4})\)"
)


def _name_before_a_lifespan(text: str, sentence: int, index: PeopleIndex) -> None:
    for m in _LIFESPAN.finditer(text):
        first, second, born, died = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
        if not 15 <= died - born <= 110:
            continue  # "מלחמת X (1948–1949)", "השלטון (1517–1917)": an event's or an era's years
        if first[:1] in "ובלמש" and he_given(first[1:]) and not he_given(first):
            first = first[1:]  # "של X Y (...)", "וX Y (...)"
        if not _foreign_pair(first, second) or first in _HE_NOT_NAME or second in _HE_NOT_NAME:
            continue
        if _he_head_at([first, second], 0) or first in _HE_HEADS or names_a_body(first):
            continue
        words = _words(text[: m.start()])
        role = words[-1] if words and _definite_role(words[-1]) else None
        index.add(f"{first} {second}", role, sentence)


# Nouns for a person that "בשם" (named) follows: "נער בשם X", "אישה בשם X", "חייל צרפתי בשם X".
_PERSON_NOUNS = {"איש", "אישה", "גבר", "נער", "נערה", "ילד", "ילדה", "בחור", "בחורה", "צעיר", "צעירה", "אדם", "זקן",
                 "זקנה", "תינוק", "תינוקת", "בן", "בת", "אח", "אחות", "חבר", "חברה", "יהודי", "יהודייה", "ערבי",
                 "ערבייה", "תייר", "תיירת", "מהגר", "מהגרת", "עולה"}  # fmt: skip


def _named_person(words: list[str], sentence: int, index: PeopleIndex) -> None:
    for i in range(1, len(words) - 1):
        if words[i] != "בשם":
            continue
        noun = next((w for w in (words[i - 1], words[i - 2] if i > 1 else "") if w and not nationality("ה" + w)), "")
        noun = noun.removeprefix("ו")
        parts = noun.split("-")
        if len(parts) == 2 and all(p in _PERSON_NOUNS or nationality("ה" + p) for p in parts):
            noun = parts[0]  # "ערבי-ישראלי בשם X": two nationalities joined, a person
        if not (noun in _PERSON_NOUNS or _he_head_at([noun], 0) or noun.removeprefix("ל") in _PERSON_NOUNS):
            continue  # "עיר בשם X", "ספר בשם X": a place or a work named
        first = words[i + 1]
        second = words[i + 2] if i + 2 < len(words) else ""
        if not _name_like(first) or first in _HE_NOT_NAME or lookup(first):
            continue
        two = _name_like(second) and second not in _HE_NOT_NAME and not adjunct_word(second) and not lookup(second)
        two = two and not _SPEECH.fullmatch(second) and (he_given(first) or second in hebrew_family_names())
        role = noun if _he_head_at([noun], 0) else None
        at = i - 1 if words[i - 1].removeprefix("ו") == noun or words[i - 1].startswith(noun + "-") else i - 2
        if at >= 2 and words[at - 1] == "," and _definite_role(words[at - 2]):
            role = words[at - 2]  # "הנהג, ערבי בשם X Y,": in apposition to a definite role, which is theirs
        index.add(f"{first} {second}" if two else first, role, sentence)
