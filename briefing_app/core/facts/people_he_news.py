"""Hebrew news names the lists lack and the words around a speaker that are no part of a name: a given name
after a title that only a listed family name after it shows ("השר עמרי X") or the clause's subject before a
verb of saying or an age in brackets; the office a comma sets before a rank; whom it was said to."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.people_he_base import (
    _AFTER_A_TITLE,
    _HE_NOT_NAME,
    _HE_WORD,
    _TIME_WORDS,
    _acronym,
    _complement_end,
    _he_head_at,
    _name_like,
    he_given,
    names_a_body,
    transliterated,
)
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_phrases import _NOUN_PHRASE_PREPOSITIONS, adjunct_word
from briefing_app.core.facts.people_he_words import LIFE_VERBS
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

NOUN_PHRASE_PREPOSITIONS = _NOUN_PHRASE_PREPOSITIONS  # "לאחר", "במהלך": when it was said, after the speaker

# A verb's shape the given-name lists would hold if it were a name: a four-letter present tense ending in ה
# (רוצה, קונה) and a passive past נ + three letters (נפגש, נכנס).
_VERB_SHAPE = re.compile(r"[\u05d0-\u05ea]{3}ה|נ[\u05d0-\u05ea]{3}")
_NOT_UNLISTED_GIVEN = {"אמר", "אמרה", "כתב", "כתבה", "מסר", "מסרה", "עצמו", "עצמה", "לשעבר", "בפועל", "כיום"}


def unlisted_given(words: list[str], start: int, k: int) -> bool:
    """A given name the lists lack ("השר עמרי X", "ראש הממשלה יועז X") at `k`, right after a title and its
    definite complement (`start`..`k`): only when a listed family name follows it, the word is shaped as a name
    (no article, no preposition's glued letter, no acronym, title, function word or place)."""
    if k + 1 >= len(words) or words[k + 1] not in hebrew_family_names() or not _name_like(words[k + 1]):
        return False
    if words[k + 1] in _AFTER_A_TITLE or words[k + 1] in _TIME_WORDS:
        return False  # "ראש העיר נפגש שוב": an adverb, spelt as a family name, after a verb
    said = re.fullmatch(HE_SPEECH, words[k + 1]) and words[k + 2 : k + 3] in (["כי"], [":"], [","], ['"'], ["ש"])
    if said:
        return False  # 'מנכ"ל האוצר X טען כי': one family name, then its verb of saying (a family name too)
    if (place := lookup(words[k + 1])) is not None and place.kind == "place":
        return False  # "חברת X ישראל": a company's local arm, the country no family name
    w = words[k]
    if _VERB_SHAPE.fullmatch(w):
        return False  # "השר רוצה שלום", "השר נפגש גם": a present-tense or passive verb
    if not _name_like(w) or w in _NOT_UNLISTED_GIVEN or lookup(w) or adjunct_word(w) or _he_head_at([w], 0):
        return False
    if w in _DISTRICTS:
        return False  # "מפקד אוגדת יהודה ושומרון": a unit's or district's construct noun and its name, no person
    if names_a_body(w) or names_a_body(f"{w} {words[k + 1]}"):
        return False  # "ארגון מגן הודיע": a body's head and its name
    if w[:1] in "ובלמכש" or re.search(r"[\"\u05f4]", w) or re.fullmatch(HE_SPEECH, w) or adjunct_word(words[k + 1]):
        return False
    between = words[start:k]
    return all(b[:1] == "ה" or _acronym(b) or lookup(b) for b in between)


def addressee(word: str) -> bool:
    """ל and a noun after a speaker's name ("לכתבנו", "לעיתונאים", "ל-ynet"): whom it was said to, no name word."""
    if word[:2] == "ל-":
        return True
    return word[:1] == "ל" and adjunct_word(word)


def role_before_comma(words: list[str], title: int) -> str:
    """The office a comma sets before a title or rank and its name ("מפקד המחוז, ניצב X Y,", "נגיד הבנק, פרופ'
    X Y,"): a head and its complement that run from the clause's start (or a comma) right up to the comma; "" if
    none."""
    if title < 2 or words[title - 1] != ",":
        return ""
    for m in range(title - 2, max(1, title - 7), -1):
        # ("דירקטוריון X דורש משר האוצר, Y Z,": a verb's object after its preposition, not an office that runs
        # from the clause's start; not "יועץ לשר האוצר", where an office governs the preposition's phrase)
        # ("ולרמטכ"ל, רב-אלוף X Y": "and" before the preposition, the second of two addressees)
        glued = 2 if words[m][:2] in ("ול", "ומ", "וב") else 1
        office = [words[m][glued:], *words[m + 1 : title - 1]]
        # (מ "from", ל "to": whom a verb asks or addresses; ב is where one works, "X בחברת Y, Z W", no apposition,
        # unless a person's office follows it: 'לבחור בסגן הרמטכ"ל, אלוף X Y', the one chosen)
        preposition = words[m][glued - 1]
        chosen = preposition == "ב" and not names_a_body(office[0])
        if (preposition in "מל" or chosen) and not _he_head_at(words, m - 1) and _office_at(office, 0, len(office)):
            if _he_head_at(words, m):
                continue  # ("מפקד מחוז מרכז, ניצב X": an office whose own first letter is מ, no preposition)
            return " ".join(office) if _he_head_at(office, 0) else ""
    for j in range(max(0, title - 8), title - 1):
        # (or the subject of a clause "that" or "when" opens, glued to the office: 'לאחר שיו"ר ועדת X, ח"כ Y Z,')
        relative = _relative_glued(words[j])
        if relative and _office_at([relative, *words[j + 1 : title - 1]], 0, title - 1 - j):
            return " ".join([relative, *words[j + 1 : title - 1]])
        # (or after the verb it is the subject of, and its time: "כך אמר הבוקר נגיד בנק X, פרופ' Y Z,")
        # (or after any past verb whose subject it is: "החליט נגיד בנק X, ד"ר Y Z,")
        if j and words[j - 1] not in (",", ":", ";", "-", "–") and not _subject_slot(words[j - 1]):
            continue
        if _office_at(words, j, title - 1):
            return " ".join(words[j : title - 1])
    return ""


# Titles of rank and address ("ד"ר", "פרופ'", "עו"ד", "הרב", "ניצב"), which say how a person is addressed, not
# the office they hold: an office before them ("המפקח על הבנקים ד"ר X Y") is the person's role.
_ADDRESS_TITLES = frozenset(
    {'ד"ר', "ד״ר", "פרופ'", "פרופ׳", 'עו"ד', "עו״ד", "הרב", "מר", "גב'", "גב׳", 'רו"ח', "רו״ח", "ניצב", 'תנ"צ',
     "פרופסור", "הפרופסור", "הפרופ'", "הפרופ׳", "דוקטור",
     'נצ"מ', 'סנ"צ', 'רפ"ק', "פקד", 'אל"מ', 'סא"ל', 'רס"ן', 'תא"ל', "אלוף", "סרן", 'סמ"ר', "סמל",
     # the fire and rescue service's ranks ("נציב הכבאות, רב טפסר X Y")
     "טפסר", "רב טפסר", "רב-טפסר", "טפסר משנה", "טפסר-משנה", "תת טפסר", "תת-טפסר"}
)  # fmt: skip
# The preposition of an office's field ("הממונה על השכר", "האחראי על", "השר לביטחון"): a complement too.
_FIELD_PREPOSITIONS = {"על", "של"}


def address_title(role: str) -> bool:
    return role.lstrip("ו") in _ADDRESS_TITLES


# Titles of address that say nothing of an office (a rank after one stays: "מפקד המחוז ניצב").
_PLAIN_TITLES = frozenset({'ד"ר', "ד״ר", "פרופ'", "פרופ׳", 'עו"ד', "עו״ד", "הרב", "מר", "גב'", "גב׳", 'רו"ח', "רו״ח",
                           "פרופסור", "הפרופסור", "הפרופ'", "הפרופ׳", "דוקטור"})


def without_address_title(role: str) -> str:
    """An office the title of address after it was read into ("מנכ"ל משרד X פרופ'"): the office alone."""
    words = role.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _PLAIN_TITLES else role


def role_before_title(words: list[str], title: int) -> str:
    """The office written right before a title of address and its name, with no comma ("המפקח על הבנקים ד"ר
    X Y", "מנכ"ל המשרד פרופ' X Y"): a head and its complement that start the clause (or follow its verb or
    a cue) and run up to the title; "" if none."""
    for j in range(max(0, title - 6), title):
        if j and words[j - 1] not in (",", ":", ";", "-", "–", "(") and not _subject_slot(words[j - 1]):
            continue
        if words[j][:1] in "ו" or not _office_at(words, j, title):
            continue
        return " ".join(words[j:title])
    return ""


def _relative_glued(word: str) -> str:
    """The word after "that" or "when" glued to it ('שיו"ר' -> 'יו"ר', 'כשמפקד' -> "מפקד"); "" if none."""
    for glue in ("כש", "וש", "ש"):
        if word.startswith(glue) and len(word) > len(glue) + 1:
            return word[len(glue) :]
    return ""


def _subject_slot(word: str) -> bool:
    """A word after which an office is the clause's subject or a cue's: a verb ("החליט", "אמר"), a time
    ("הבוקר"), or "כי", "לדברי", "לטענת"."""
    if re.fullmatch(HE_SPEECH, word) or word in _TIME_WORDS or word in LIFE_VERBS or verb_in_he(word):
        return True
    # ("בפיקוד מפקד המחוז, ניצב X Y,": under the command of, led by, with: an office its holder's name follows)
    if _ACT_OF.fullmatch(word):
        return True  # ("להודעת ראש הממשלה, X Y בדבר": the office owns the act in construct; the name is its holder)
    # ("ועם נציב X, רב טפסר Y Z": "and with", the second of the people met, as "עם" the first)
    bare = word[1:] if word[:1] == "ו" else word
    return bare == "עם" or bare in ("כי", "לדברי", "לטענת", "לדעת", "לפי", "בפיקוד", "בראשות", "בהובלת",
                                    "בהשתתפות", "בנוכחות", "בהנחיית")


# A person's act or speech as a construct noun, a preposition or "and" glued on: "להודעת", "בהחלטת", "לבקשת",
# "תגובת", "ביקור", "נאום" (the announcement, decision, request, reply, visit, speech of the office after it).
_ACT_OF = re.compile(
    r"[ובלמ]{0,2}(?:הודעת|הצהרת|החלטת|בקשת|פניית|תגובת|הנחיית|הוראת|קריאת|עמדת|דברי|נאום|ביקור|מכתב|ציוץ|"
    r"הכחשת|טענת|הבטחת|אזהרת|תשובת|התבטאות|ראיון|מינוי|התפטרות|פיטורי)"
)


def _office_at(words: list[str], j: int, end: int) -> bool:
    """Whether words `j`..`end` are an office: a head and a complement of at most four words (a construct
    chain, a body's or district's name, or a field after על/של), no given name among them."""
    n = _he_head_at(words, j)
    if not n or end - (j + n) > 4 or j + n > end:
        return False
    complement = words[j + n : end]  # "בנק ישראל", "מחוז מרכז": a body's or a district's name too
    if complement[:1] and complement[0] in _FIELD_PREPOSITIONS:
        complement, field = complement[1:], complement[0]  # "על הבנקים": the field the office answers for
        if not complement or field != "של" and not complement[0].startswith("ה"):
            return False  # (a field is definite: "על הבנקים"; an owner may be a name: "של מכבי X")
        if field == "של" and all(_HE_WORD.fullmatch(w) and w not in _HE_NOT_NAME for w in complement):
            # ("של מכבי תל אביב": an owner's name may hold a place, whose words are given names too; not a
            # person's: "אביה של יוסי כהן")
            pairs = zip(complement, complement[1:], strict=False)
            return not any(he_given(a) and b in hebrew_family_names() for a, b in pairs)
    elif complement and _complement_end(words, j + n) == end:
        return True
    return all(
        _HE_WORD.fullmatch(w) and w not in _HE_NOT_NAME and (not he_given(w) or lookup(w) or district(complement, w))
        for w in complement
    )


# Construct nouns of a district or unit, whose name may be a given name too ("מפקד מרחב מנשה", "מחוז אשר").
_DISTRICTS = {"מחוז", "מרחב", "נפת", "גזרת", "חטיבת", "אוגדת", "פיקוד", "תחנת", "פלך", "גדוד", "פלוגת", "יחידת"}


def district(complement: list[str], word: str) -> bool:
    """Whether `word` names the district or unit the construct noun before it heads ("מרחב מנשה")."""
    at = complement.index(word)
    return at > 0 and complement[at - 1] in _DISTRICTS


# A singular verb of saying (no plural: "רבים אמרו" is a group), or an age in brackets ("X Y (34)").
_SINGULAR_SPEECH = re.compile(r"(?!\S*(?:ו|ים)$)" + HE_SPEECH)
_CLAUSE_OPENERS = {",", ":", ";", '"', "״", "“", "„", "-", "–", "—", "("}


def subject_names(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """A name the given-name lists lack, by the clause's shape: at the clause's start, a word shaped as a given
    name and a listed family name, then a singular verb of saying ("עמרי X אמר", "עמרי X הודיעה") or an age
    in brackets ("עמרי X (34) מחולון"): the subject of a report, as news introduces people."""
    for i in range(len(words) - 2):
        if i and words[i - 1] not in _CLAUSE_OPENERS:
            continue
        after = words[i + 2]
        close = next((j for j in range(i + 3, min(i + 6, len(words))) if words[j] == ")"), 0)
        aged = after == "(" and close > i + 3 and all(w.isdigit() for w in words[i + 3 : close])  # (one token a digit)
        if not aged and not _SINGULAR_SPEECH.fullmatch(after):
            continue
        if (he_given(words[i]) or unlisted_given(words, i, i)) and words[i][:1] != "ו":
            if index.find(f"{words[i]} {words[i + 1]}") is None:
                index.add(f"{words[i]} {words[i + 1]}", None, sentence)


def given_then_foreign_family(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """A known given name, then a family name spelt as a foreign one with a geresh ("מיכאל גורבצ'וב", "ולדימיר
    ז'ירינובסקי"): whatever the verb after it, a person; not a place so spelt ("ג'נין") nor "and" a second one."""
    for i in range(len(words) - 1):
        given, family = words[i], words[i + 1]
        if not he_given(given) or transliterated(given) or not transliterated(family):
            continue
        if lookup(family) is not None or lookup(family[1:]) is not None or family[:1] == "ו" or given[:1] == "ו":
            continue  # "משה בג'נין": a place after a preposition; "ומשה" opens a list item the list readers have
        if index.find(f"{given} {family}") is None and not any(family in p.name.split() for p in index.people):
            index.add(f"{given} {family}", None, sentence)


def foreign_third_name(first: str, second: str, third: str) -> bool:
    """Whether `third` goes on a foreign name after a title ("נשיא טורקיה רג'פ טאיפ X"): the first word is
    spelt as a foreign name (a geresh for a sound Hebrew lacks), the second is no given name, and the third is a
    word of five letters or more that opens with no article or glued preposition and has no verb's shape."""
    if not transliterated(first) or he_given(second) or not _name_like(third):
        return False
    if len(third) < 5 or third[-1:] in "הו" or third[:1] in "הובלמכש" or lookup(third) or adjunct_word(third):
        # (a past verb has four letters (פרסם, שלחה) or ends in ה or ו (פרסמה, שוחחו) or opens with ה (הגיע))
        return False
    if _VERB_SHAPE.fullmatch(third) or re.fullmatch(HE_SPEECH, third):
        return False
    return third not in _TIME_WORDS and third not in _AFTER_A_TITLE


def short_closing(rest: list[str], before: str) -> bool:
    """Whether words after a name's comma with no second comma are an appositive closing the sentence ("X Y,
    יו"ר הוועדה."): at most four words, and the name is no apposition itself (after a comma or a cue,
    'לדברי דובר המשטרה, X Y, החשוד נעצר': the clause goes on)."""
    return len(rest) <= 4 and before not in (",", "לדברי", "לפי", "לטענת", "לדעת", "פי")


PASSIVE_PAST = re.compile(r"הו[\u05d0-\u05ea]{3}[הו]?|[\u05d0-\u05ea]ו[\u05d0-\u05ea]{3}[הו]?")


def described_then_named(description: list[str], name: list[str]) -> bool:
    """A definite noun after a speech verb and a name in commas after it ("סיפרה השכנה, רחל X,"): the noun
    describes the one the name names (the neighbour, the witness), as an apposition does."""
    return (
        len(description) == 1
        and description[0][:1] == "ה"
        and len(description[0]) > 3
        and not names_a_body(description[0])
        and lookup(description[0]) is None
        and len(name) == 2
        and all(_name_like(w) and lookup(w) is None for w in name)
    )


def unlisted_after_office(words: list[str], i: int) -> bool:
    """Two name words no list holds right after an office and its comma, closed by a singular verb of saying or
    a comma ("קשרה של הקבוצה, X Y אמר", "מנהלת המחלקה, X Y, הסבירה"): the apposition names the office's holder.
    Neither word may be a function word, an article's word, a place, an office or a verb of saying."""
    if i + 2 >= len(words) or (words[i + 2] != "," and not _SINGULAR_SPEECH.fullmatch(words[i + 2])):
        return False
    pair = words[i : i + 2]
    # (a given name may start with ה, as the article does, when a verb of saying closes the pair)
    first = pair[0][1:] if pair[0][:1] == "ה" and words[i + 2] != "," and pair[1][:1] != "ה" else pair[0]
    if not all(_name_like(w) and len(w) >= 2 and not lookup(w) for w in (first, pair[1])) or adjunct_word(first):
        return False  # (a family name may start as a preposition does: "מדוניאן", "לנדאו")
    if any(re.fullmatch(HE_SPEECH, w) or _he_head_at([w], 0) or w in _TIME_WORDS or _acronym(w) for w in pair):
        return False
    # (", שהחלה כאחות,": ש and a verb open a relative clause in the apposition; a family name may start with ש)
    return pair[0][:1] not in "וש" and not names_a_body(" ".join(pair))


def construct_adjunct(word: str) -> bool:
    """A preposition glued to a construct noun ("לבקשת", "בעקבות", "בהוראת"): a phrase that opens after an office
    its definite word closed, no part of the office (not "לממשלה", "מהמפלגה": what or where the office is)."""
    return word[:1] in "לב" and word[1:2] != "ה" and word.endswith("ת") and adjunct_word(word)
