"""Hebrew speaker phrases: what stands after or before a verb of saying (a time, an adjunct, an addressee, a
described or counted group, a given name after a description), read by the people and the quote finders."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.hebrew_clitics import PRONOUN_ADDRESSEES, PRONOUN_PREPOSITIONS
from briefing_app.core.facts.people_he_base import (
    _HE_HEADS,
    _HE_NOT_NAME,
    _HE_WORD,
    _TIME_WORDS,
    _WORD_PREPOSITIONS,
    _he_head_at,
    _kin_phrase,
    _name_like,
    family_name_in_he,
    he_given,
    he_place,
    names_a_body,
    transliterated,
)
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS as HE_ROLE_WORDS
from briefing_app.core.facts.people_he_words import HE_SPEECH as HE_SPEECH
from briefing_app.core.facts.people_he_words import HE_TITLES as HE_TITLES


def name_words_before_adjunct(words: list[str]) -> bool:
    """Whether the words between a speech verb and a given name open with an addressee, a time or a manner
    ("לנו", "אתמול בערב", "בהודעה רשמית"), not a role."""
    return bool(words) and (words[0] in PRONOUN_ADDRESSEES or words[0] in _TIME_WORDS or adjunct_word(words[0]))


def he_only_adjuncts(words: list[str]) -> bool:
    """Whether the words after a Hebrew speech verb are only a time and prepositional phrases ("הבוקר בישיבת
    הממשלה", "בראיון לרדיו"), no subject: the speaker then stands before the verb."""
    if words and words[0] in ("כי", "ש"):
        return True  # "ביידן אמר כי ...": the subject stands before the verb
    if words and words[0] == "את":
        return True  # "תקף את האופוזיציה:", "גינה את הפיגוע:": the object, the subject stands before the verb
    if words and words[0] in _WORD_PREPOSITIONS:
        return True  # "כתב על ההופעה:", "אמר אודות X:": what was spoken of, the subject stands before the verb
    if words and _that_clause(words[0]):
        return True  # "אמר שהכור מיועד": ש glued to the clause's first word
    first = words[0] if words else ""
    also = words[:2] == ["כמו", "כן"]  # "התייחס כמו כן ל...": also, a sentence adverb of two words
    if not words or (first not in _TIME_WORDS and first not in PRONOUN_PREPOSITIONS and not adjunct_word(first)
                     and not also):
        return False  # "אמר לוי": a family name may start with ב ל מ כ too
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("כי", "ש", ":"):
            return True  # the clause that follows is what was said
        if words[i : i + 2] == ["כמו", "כן"]:
            i += 2
        elif w in _NOUN_PHRASE_PREPOSITIONS and i + 1 < len(words) and words[i + 1] not in ("מכן", "כך"):
            i = _construct_chain_end(words, i + 1)  # "אמרו לאחר סיום הישיבה:": after what, no subject
            if i < len(words) and words[i] == "של":
                # "אמר בתום מפגש חברי הכנסת של המפלגה": the phrase's owner after "של" is still the adjunct's
                i = _construct_chain_end(words, i + 1)
        elif w in _TIME_WORDS or w in PRONOUN_PREPOSITIONS:
            i += 1  # ("כתב עליו:": of whom it was said, no subject)
        elif w in ("הוא", "היא", "הם", "הן") and i and words[i - 1] == "גם":
            i += 1  # ("X, ROLE, הכחיש גם הוא את ...:": "he too", the subject before the verb said again)
        elif w == "את" and i:
            return True  # ("הכחיש אתמול את השמועות:": the verb's object after its adjuncts, the subject before it)
        elif w in _WORD_PREPOSITIONS and i and i + 1 < len(words):
            # ("אמר אחרי הניצוח על הקבוצה:", "כתב בסיום הדיון נגד ההחלטה:": a phrase of "about" or "against" inside
            # the adjuncts, with its complement; the subject stands before the verb)
            i += 2
            while i < len(words) and words[i] not in _TIME_WORDS and words[i][:1] not in "בלמכ":
                i += 1
        elif w[:1] in "בלמכ" and len(w) > 2 and not he_given(w):  # ("בתל אביב": a short name after ב)
            i += 1
            # the preposition's complement: "בישיבת הממשלה"; a letter with a geresh names it ("ברשת ב'")
            while i < len(words) and words[i] not in _TIME_WORDS and (
                words[i][:1] not in "בלמכ" or re.fullmatch(r"[\u05d0-\u05ea]['\u05f3]", words[i])
            ):
                i += 1
        else:
            return False
    return True


# Prepositions written as words that take a noun phrase of time or cause ("לאחר אישור החוק", "בעקבות הפרסום").
_NOUN_PHRASE_PREPOSITIONS = {"לאחר", "אחרי", "לפני", "בעקבות", "במהלך", "בעת", "בתום", "בסיום", "עקב", "בשל",
                             "לקראת", "בזמן", "בשעת"}  # fmt: skip


def _construct_chain_end(words: list[str], k: int) -> int:
    """Where a noun phrase that starts at `k` ends: its first word, then each word that has the article, is a
    feminine construct (-ת) or stands before one with the article ("סיום הישיבה השנתית")."""
    k += 1
    while (
        k < len(words)
        and words[k] not in (":", "כי", "ש", ",")
        and words[k] not in _WORD_PREPOSITIONS  # ("אחרי המשחק על הדשא": "about" opens a phrase of its own)
        and (words[k][:1] == "ה" or words[k].endswith("ת") or k + 1 < len(words) and words[k + 1][:1] == "ה")
    ):
        k += 1
    return k


def _that_clause(word: str) -> bool:
    """Whether a word after a speech verb opens what was said with ש glued on ("שהכור", "שהממשלה", "שלא"):
    ש then the article or a function word, never a known name (שרה, שמעון, ששון)."""
    return (
        word[:1] == "ש"
        and len(word) > 3
        and not _known_name(word)
        and (word[1:2] == "ה" or word[1:] in _HE_NOT_NAME or word[1:] in ("לא", "אין", "יש", "כל", "גם"))
    )


def _known_name(word: str) -> bool:
    return he_given(word) or word in hebrew_family_names() or transliterated(word)


# The weekday news puts in brackets after a time word: "היום (שלישי)", "אמש (ב')".
_WEEKDAY_IN_BRACKETS = re.compile(r"\s*\((?:יום\s+)?(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|מוצ[\"״]ש|[א-ו]['׳])\)")


def _no_family_name(word: str) -> bool:
    return not _HE_WORD.fullmatch(word) or word.startswith("ה") or adjunct_word(word)


# "Among other things" in its commas or none: "אמר בין היתר כי", "כתב, בין השאר, כי", '", אמר בין היתר X'.
_AMONG_OTHERS = re.compile(r"\s*,?\s*(?<![\u05d0-\u05ea])בין\s+(?:היתר|השאר)(?![\u05d0-\u05ea])\s*,?(?=\s|$)")


def without_weekday(text: str) -> str:
    """`text` without a weekday in brackets or "among other things" (בין היתר, בין השאר), which stand between a
    verb and its subject ("אמר היום (שלישי) X", "אמר בין היתר השר X") or between the verb and כי."""
    return _AMONG_OTHERS.sub(" ", _WEEKDAY_IN_BRACKETS.sub("", text))


def adjunct_word(word: str) -> bool:
    """Whether a word after a speech verb opens a manner, place or addressee ("בזהירות", "בכנס", "לכתבים"): a
    preposition glued to a word that is no known given or family name ("לוי", "ברקן" are names)."""
    return (
        word[:1] in "בלמכ"
        and len(word) > 3
        and not he_given(word)
        and word not in hebrew_family_names()
        and not transliterated(word)
        # (a double family name: "כהן-ארד", "לוי-ברק"; not "ל-ynet", whose hyphen follows the preposition)
        and not ("-" in word[2:] and any(p in hebrew_family_names() for p in word.split("-")))
        and not _he_head_at([word], 0)
        and not names_a_body(word)  # "משרד", "מפלגת": a body's head, not מ- and a noun
    )


def opens_adjunct(words: list[str]) -> bool:
    """Whether words after a speech verb start with an adjunct and name nobody after it: "בכנס כלכלי", not
    "כבאי ותיק דני אזולאי" (a description, then a known given name)."""
    return bool(words) and adjunct_word(words[0]) and not he_given_at(words[:5])


def he_drop_adjuncts(phrase: str) -> str:
    """A speaker phrase without the time or manner words after it ("משרד האוצר בתגובה": the ministry)."""
    words = phrase.split()
    while len(words) > 1 and words[-1].strip(".,:") in _TIME_WORDS:
        words.pop()
    while (len(words) > 2 or _title_alone(words)) and _possessed_adjunct(words[-1].strip(".,:")):
        words.pop()  # "X Y בספרו", "X Y בנאומה", 'רה"מ בנאומו': where the person said it, with their own possessive
    return " ".join(words)


def _title_alone(words: list[str]) -> bool:
    """A title of one word and one word after it ('רה"מ בנאומו', "השרה במכתבה"): the title is the speaker, so the
    word after it is no second word of a name."""
    return len(words) == 2 and words[0] in HE_TITLES


def he_trailing_adjunct(word: str) -> bool:
    """A word after a two-word name that is where or when it was said ("בראיון", "לימים", "בכנס"), no third word
    of the name."""
    return word in _TIME_WORDS or word in ("לימים", "בדיעבד", "פעם") or adjunct_word(word) and word[1:2] != "-"


def _possessed_adjunct(word: str) -> bool:
    """ב or ל and a noun with a possessive suffix ("בספרו", "בנאומה", "לחבריו"): an adjunct, no name word."""
    return adjunct_word(word) and word.endswith(("ו", "ה", "יו", "יה", "ם")) and word[1:2] != "ה"


def he_given_at(words: list[str]) -> int:
    """Where a known given name followed by a family name starts after a description ("פרמדיק מד"א יוסי
    נחום": 2); 0 when the words start with the name or hold none."""
    for k in range(1, min(len(words) - 1, 4)):
        family = _name_like(words[k + 1]) or family_name_in_he(words[k + 1])  # ("ראש המועצה X הורוביץ")
        if he_given(words[k]) and words[k] not in _HE_HEADS and family:
            if _place_then_given(words, k):
                return k + 1  # "נגיד בנק ישראל אורי X": ישראל ends the body's name, the person starts after it
            return k if not he_given(words[0]) else 0
    return 0


def _place_then_given(words: list[str], k: int) -> bool:
    """Whether words[k], a given name that also names a place (ישראל), completes the construct before it and the
    next two words are a given name and a family name."""
    if k + 2 >= len(words) or not he_given(words[k + 1]):
        return False
    entry = lookup(words[k])
    family = _name_like(words[k + 2]) or family_name_in_he(words[k + 2])
    return entry is not None and entry.kind == "place" and family


# Words that count a group of people without a figure: tens, hundreds, thousands, several, many.
_GROUP_QUANTIFIERS = {"עשרות", "מאות", "אלפי", "אלפים", "רבבות", "כמה", "מספר", "רבים", "רבות", "קבוצת", "קבוצה"}


def he_description(words: list[str]) -> bool:
    """Whether a speaker phrase describes someone rather than names them: a common noun, then a definite word,
    a prepositional phrase or a relative clause ("אחות במחלקה הפנימית", "תושב השכונה", "תושבת קיבוץ
    שביקשה"), with no known given name first."""
    if len(words) >= 2 and _kin_phrase(words[0], words[1]):
        return True  # "בני המשפחה", "בני הזוג": people described, whatever the given-name list holds
    if len(words) == 1 and words[0].removeprefix("ה") in ("גורם", "מקור", "עד", "עדה", "עדת"):
        return True  # "גורם אמר", "העד סיפר": an unnamed source or witness
    if len(words) >= 2 and words[0].removeprefix("ה") in ("עד", "עדה", "עדת", "עדי") and words[1] in ("ראייה", "ראיה"):
        return True  # "עד ראייה סיפר": an eyewitness, unnamed
    if len(words) >= 2 and words[0] in _GROUP_QUANTIFIERS:
        return True  # "עשרות אחיות", "מאות תושבים": a group counted, nobody named
    if len(words) < 2 or he_given(words[0]):
        return False
    second = words[1]
    relative = len(words) > 2 and words[2].startswith("ש") and not he_given(second) and not he_given(words[2])
    prepositional = second[:1] in "בלמ" and len(second) > 3 and not he_given(second) and not names_a_body(second)
    # "הסופרת שזכתה בפרס": a relative clause right after the noun (not שרה, שטרן: names)
    relative = relative or (second.startswith("ש") and len(second) > 3 and not _known_name(second))
    return second.startswith("ה") or prepositional or relative  # ("מנכ"ל משרד X": a body's head, no מ-)


def he_starts_with_given(phrase: str) -> bool:
    """Whether a phrase starts with a known given name, or a title and one ("עו"ד רחל אבני")."""
    words = phrase.split()
    return bool(words) and (he_given(words[0]) or (len(words) > 1 and words[0] in HE_TITLES and he_given(words[1])))


def he_unnamed(words: list[str]) -> bool:
    """A description with no known given name in it ("תושב בשכונה הסמוכה"), not "דובר המשטרה אבי כהן"."""
    return he_description(words) and not any(he_given(w) for w in words[1:4])


def body_then_place(words: list[str]) -> bool:
    """Whether the last two words are a body's head and a place ("ראש עיריית עפולה"): a role's complement, no name."""
    return len(words) >= 2 and names_a_body(words[-2]) and he_place(words[-1])
