"""Hebrew roles stated around a name by a verb of appointment or by kinship in the construct state:

* "X Y נבחר לנשיא האיגוד", "X Y מונתה לשרת החינוך": elected, appointed or sworn in as an office, which is the
  person's role (the title after ל, with its construct complement);
* "אבי המשפחה, X Y,", "אם הילד, X Y,", "בן דודו של הנרצח, X Y,": a kin noun in the construct state and whose
  kin, then the name set off by commas; the kin phrase is the role (a possessive kin noun, "אחיו, X", is read
  by `people_he_context`).
"""

from __future__ import annotations

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import _complement_end, _he_head_at, _name_like, _words, he_given
from briefing_app.core.facts.people_index import PeopleIndex

# Verbs of taking an office, whose complement with ל is the office: elected, appointed, sworn in, chosen.
_APPOINTED = {"נבחר", "נבחרה", "מונה", "מונתה", "התמנה", "התמנתה", "נתמנה", "נתמנתה", "הושבע", "הושבעה", "נבחרו",
              "מונו", "ייבחר", "ימונה", "תמונה", "תיבחר"}  # fmt: skip

# Kin nouns in the construct state ("אבי המשפחה": the family's father; "אם הילד": the boy's mother).
_KIN_CONSTRUCT = {"אבי", "אם", "אחי", "אחות", "אשת", "בעל", "אלמנת", "סבא", "סבתא", "נכד", "נכדת", "אחיו", "אחיה"}
# Kin nouns with the article, which news sets before a name in commas ("האב, X Y,": the father).
_DEFINITE_KIN = {"האב", "האם", "הבן", "הבת", "האח", "האחות", "הסב", "הסבתא", "האלמנה", "הבעל", "האישה", "הנכד"}
# "בן"/"בת" and a kin noun with a possessive ending ("בן דודו", "בת דודתה", "בן זוגה").
_KIN_OF_KIN = {"דודו", "דודה", "דודתו", "דודתה", "זוגו", "זוגה", "דודם"}


def find_role_cues(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """The roles above, into `index` (a person named so gets the role; a person named in commas after a kin
    phrase is added)."""
    for s in sentences:
        words = _words(s.text)
        _appointed(words, s.index, index)
        _kin_construct(words, s.index, index)


def _appointed(words: list[str], sentence: int, index: PeopleIndex) -> None:
    for i in range(2, len(words) - 1):
        if words[i] not in _APPOINTED or words[i + 1][:1] != "ל":
            continue
        office = [words[i + 1][1:], *words[i + 2 : i + 6]]
        n = _he_head_at(office, 0)
        if not n:
            continue
        end = _complement_end(office, n)
        name = f"{words[i - 2]} {words[i - 1]}"
        person = index.find(name)
        if person is not None and person.name == name and not person.role:
            person.role = " ".join(office[:end])


def _kin_construct(words: list[str], sentence: int, index: PeopleIndex) -> None:
    for i in range(len(words) - 4):
        w = words[i]
        if w in _KIN_CONSTRUCT and words[i + 1][:1] == "ה" and (i == 0 or words[i - 1] in (",", ".", "ו", ":")):
            k = i + 1
            while k < len(words) and k < i + 3 and words[k][:1] == "ה":
                k += 1  # "אם הילד", "אבי המשפחה השכולה"
        elif w in _DEFINITE_KIN and (i == 0 or words[i - 1] in (",", ".", ":")):
            k = i + 1  # "האב, X Y, סיפר": the father, named in commas
        elif w in ("בן", "בת") and words[i + 1] in _KIN_OF_KIN:
            k = i + 2
            if words[k : k + 1] == ["של"] and k + 1 < len(words) and words[k + 1][:1] == "ה":
                k += 2  # "בן דודו של הנרצח"
        else:
            continue
        if words[k : k + 1] != [","] or k + 3 >= len(words):
            continue
        given, family = words[k + 1], words[k + 2]
        if not (he_given(given) and _name_like(family)) or words[k + 3] not in (",", "."):
            continue
        index.add(f"{given} {family}", " ".join(words[i:k]), sentence)
