"""Hebrew people read from words that are no name, mended after every reader has run.

* "שלי", "שלו", "שלה" (of mine, his, hers) after a noun are whose it is, though "שלי" is also the given name
  Shelly: 'השותפה שלי ענת X' is "my partner Anat X" (the person is the two words after it), 'השחקנים שלי
  מצוינים' (my players are excellent) names no one;
* a preposition glued to a place ("ברמת גן", "מחיפה") after a role noun ('לביתו של החשוד ברמת גן.') is where
  someone is, no name;
* two words after a settlement's kind wherever the article writes them ("בקיבוץ X Y") name the settlement;
* one word read as a person after a verb ('הודיעה X כי') that stands elsewhere after a company's officer or kind
  ('מנכ"ל X') is the company;
* a function word ("יותר", more; "נוסף", another; "עקב", due to; "מה", what; "שוב", again) is no word of any name:
  a "person" read with one at its edge is the name left without it (one the article names already, or a known
  given name and another word), else no one ('הצבא שיגר יותר מעשרה טילים', 'עובד נוסף נפצע', 'X Y שוב תקפה');
* the family name of someone the article names in full, then a verb, title or office ("X Y (סיעה) תקפה", "X Y
  יו"ר ..."), read as a name of two words, is that person: the word after the family name is what they do; a verb
  of news read alone as a name after a role ('ראש המועצה תקף:', the role's holder unnamed) is no one, and read as
  a name's third word ('X Y תקף:') no word of it."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import _words, he_given
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_speakers import HE_LABEL_VERBS, HE_NEWS_ACTS
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES
from briefing_app.core.facts.people_index import PeopleIndex, Person

# Possessive words after a noun ("of mine", "of his" ...); "שלי" is the one also listed as a given name.
_POSSESSIVE = {"שלי", "שלך", "שלו", "שלה", "שלנו", "שלכם", "שלכן", "שלהם", "שלהן"}


def _after_noun(person: Person, texts: dict[int, list[str]]) -> bool:
    """Whether in each sentence the person is read in, the name stands right after a noun that is no title of
    address ("השותפה שלי X", not 'ח"כ שלי X'): the possessive is that noun's."""
    first = person.name.split()[0]
    seen = False
    for index in person.sentences:
        words = texts.get(index, [])
        for k, w in enumerate(words):
            if w != first or k == 0:
                continue
            before = words[k - 1]
            if before in HE_TITLES or not before[:1].isalpha() or he_given(before) and before[:1] != "ה":
                return False
            seen = True
    return seen


def _place_with_preposition(name: str) -> bool:
    """Whether a name is ב/ל/מ glued to a place the gazetteer knows ("ברמת גן"): where, no one."""
    if name[:1] not in "בלמ" or he_given(name.split()[0]):
        return False
    entry = lookup(name[1:])
    return entry is not None and entry.kind == "place"


# A word for a settlement before its name ("בקיבוץ", "למושב", "היישוב"): the two words after it name a place.
_SETTLEMENT_WORD = re.compile(r"[ובלמש]{0,2}ה?(?:קיבוץ|מושב|יישוב|מושבה|כפר)")


def _only_after_settlement(person: Person, texts: dict[int, list[str]]) -> bool:
    """Whether every time the article writes the name, a settlement word stands right before it ("בקיבוץ X Y")."""
    first = person.name.split()[0]
    seen = [
        bool(k) and _SETTLEMENT_WORD.fullmatch(words[k - 1]) is not None
        for index in person.sentences
        for words in [texts.get(index, [])]
        for k, w in enumerate(words)
        if w == first
    ]
    return bool(seen) and all(seen)


# Words that open a town's name in the construct state and no person's ("קריית X", "גבעת X", "נווה X").
_TOWN_BUILDERS = {"קריית", "קרית", "גבעת", "רמת", "נווה", "כפר", "תל", "באר", "מעלה", "מצפה", "קיבוץ", "מושב"}


# A company's officers and kind in the construct state before its name ('מנכ"ל X', "חברת X").
_COMPANY_OF = re.compile(r"[ובלמש]{0,2}ה?(?:מנכ[\"\u05f4]ל|מנכ[\"\u05f4]לית|סמנכ[\"\u05f4]ל|סמנכ[\"\u05f4]לית|חברת)")


def _a_company_too(person: Person, texts: dict[int, list[str]]) -> bool:
    """Whether a one-word person with no role stands elsewhere right after a company's officer or kind ('הודיעה X
    כי' ... 'מנכ"ל X,'): the company, which announced."""
    if " " in person.name or person.role:
        return False
    return any(
        k and w == person.name and _COMPANY_OF.fullmatch(words[k - 1]) is not None
        for words in texts.values()
        for k, w in enumerate(words)
    )


# Words of grammar and adverbs that never stand in a name (with "ו" glued on too): more, another, due to, what,
# towards, until, not, in order to, again, then (of a former office), even, already, only, also, very, like.
_FUNCTION_WORDS = frozenset({
    "יותר", "פחות", "נוסף", "נוספת", "נוספים", "נוספות", "עקב", "מה", "לעבר", "עד", "לא", "כדי", "שוב", "דאז", "היא",
    "הוא", "הם", "הן", "גם", "רק", "כבר", "אבל", "אך", "כי", "מאוד", "כמו", "של", "את", "על", "עם", "לפני", "אחרי",
    "או", "אם", "כל", "זה", "זו", "זאת", "אז", "עכשיו", "עוד", "אף", "כך", "לכן", "אולם", "איך", "למה", "מדוע", "ללא",
    "בלי", "נגד", "מול", "תוך",
})  # fmt: skip


def _function_word(word: str) -> bool:
    bare = word.strip("'\"׳״.,:;!?()")
    return bare in _FUNCTION_WORDS or bare[:1] == "ו" and bare[1:] in _FUNCTION_WORDS


def mend_function_word_names(index: PeopleIndex) -> None:
    """Each person whose name holds a function word loses the words from it to the name's nearer edge: the rest
    joins the person the article names so already, or stays a person when it is a known given name and another
    word; otherwise (a function word inside, or nothing name-like left) the person goes."""
    for person in list(index.people):
        words = person.name.split()
        marked = [k for k, w in enumerate(words) if _function_word(w)]
        if not marked:
            continue
        # ('X Y שוב', 'דאז X Y': the words on the far side of the function word from the name's edge)
        rest = words[: marked[0]] if marked[0] >= len(words) - marked[-1] - 1 else words[marked[-1] + 1 :]
        if any(_function_word(w) for w in rest):
            rest = []
        others = PeopleIndex()
        others.people = [p for p in index.people if p is not person]
        known = others.find(" ".join(rest)) if rest else None
        if known is not None:
            known.take_sentences(person)
            known.role = known.role or person.role
        elif len(rest) >= 2 and he_given(rest[0]):
            person.name = " ".join(rest)
            continue
        index.people.remove(person)


def _family_name_then_act(person: Person, index: PeopleIndex) -> Person | None:
    """The person named in full whose family name opens this two-word "name" when its second word is a verb,
    a title or an office ("X תקפה", 'X יו"ר'); None otherwise."""
    words = person.name.split()
    if len(words) != 2 or not (verb_in_he(words[1]) or words[1] in HE_NEWS_ACTS or words[1] in HE_TITLES
                               or words[1] in HE_ROLE_WORDS):  # fmt: skip
        return None
    named = [p for p in index.people if p is not person and " " in p.name and p.key == words[0]]
    return named[0] if len(named) == 1 else None


def mend_family_name_then_act(index: PeopleIndex) -> None:
    """Each "person" read as a family name and the verb or office after it joins the person named in full; a
    "person" that is only a verb of news, read after a role before a colon ('ראש המועצה תקף:'), is no one; one
    read as the third word of a name is no word of it."""
    for person in list(index.people):
        named = _family_name_then_act(person, index)
        if named is not None:
            named.take_sentences(person)
            index.people.remove(person)
        elif person.name.removeprefix("ו") in HE_LABEL_VERBS:
            index.people.remove(person)
        elif len(person.name.split()) >= 3 and person.name.split()[-1] in HE_LABEL_VERBS:
            # ('ראש המועצה X Y תקף:': the verb after the given and family name, read as a third word)
            whole = person.name.rsplit(" ", 1)[0]
            known = next((p for p in index.people if p is not person and p.name == whole), None)
            if known is None:
                person.name = whole
                continue
            known.take_sentences(person)
            known.role = known.role or person.role
            index.people.remove(person)


def drop_possessives_and_places(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Each person whose name opens with a possessive after a noun loses it (or goes, when no given and family
    name are left); each person whose name is a preposition and a place goes."""
    texts = {s.index: _words(s.text) for s in sentences}
    for person in list(index.people):
        words = person.name.split()
        if _a_company_too(person, texts):
            index.people.remove(person)  # ('הודיעה X כי' ... 'מנכ"ל X,': a company, no person)
            continue
        if len(words) > 1 and words[0] in _TOWN_BUILDERS and not he_given(words[0]):
            index.people.remove(person)  # ("ראש המועצה המקומית קריית X, Y Z,": the council's town, no one)
            continue
        if _place_with_preposition(person.name) or len(words) > 1 and _only_after_settlement(person, texts):
            # ("ביקור בקיבוץ X Y": a kibbutz named like a person, no one)
            index.people.remove(person)
            continue
        if words[0] not in _POSSESSIVE or not _after_noun(person, texts):
            continue
        rest = words[1:]
        others = PeopleIndex()
        others.people = [p for p in index.people if p is not person]
        known = others.find(" ".join(rest)) if len(rest) >= 2 else None  # (its own surname finds itself)
        if len(rest) >= 2 and he_given(rest[0]) and known is None:
            person.name = " ".join(rest)  # "השותפה שלי ענת X": Anat X, the noun still her role
            continue
        if known is not None and known is not person:
            known.take_sentences(person)
            known.role = known.role or person.role
        index.people.remove(person)
