"""A Hebrew body's kind in the construct state, then its own name: "חברת הצעצועים מטאל", "חברת ההייטק X", "חברת
האבטחה G1". The kind with the article ("the toy company") only describes; the word right after it is the name,
in apposition (a definite construct chain takes no bare noun after it). The kind alone stays a body when nothing
name-shaped follows ("חברת החשמל הודיעה": a verb; "חברת החשמל." the name itself)."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_he_base import _HE_NOT_NAME, _he_head_at, he_given
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.people_he_words import HE_TITLES
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

# A kind head and one definite noun, the whole of what the head finder read ("חברת הצעצועים").
# (an investment bank, as market copy names it: "בנק ההשקעות X")
_KIND = re.compile(r"(?:חברת|קרן|רשת|קבוצת|מותג|סטארט-אפ)\s+ה[\u05d0-\u05ea]{2,}|בנק\s+ההשקעות")
# The next word: a Latin-script name ("G1", "Wix") or a bare Hebrew word, up to a space or a stop.
_LATIN = r"[A-Za-z](?:[\w&^-]|\.(?=\w))*"  # (a stop inside a name, "G.I", not the sentence's)
_NEXT = re.compile(
    rf"\s+({_LATIN}(?:\s+[A-Z](?:[\w&-]|\.(?=\w))*)?|[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+)(?=[\s,.:;]|$)"
)


# The past and present shapes of a verb right after its subject (a body's name never takes them): פיעל past
# ("פיטרה", "שילמו"), קל past ("מכרה", "כתבו"), נפעל past ("נסגרה"), a present in מ ("מודיעה", "מפטרת").
_VERB_SHAPES = re.compile(
    r"[\u05d0-\u05ea]י[\u05d0-\u05ea]{2}[הו]|[\u05d0-\u05ea]{3}[הו]|נ[\u05d0-\u05ea]{3}[הו]|מ[\u05d0-\u05ea]{2,4}[תה]"
)


def name_after_kind(text: str, start: int, end: int, name: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the body's own name when `name` is a kind and a name follows it in `text`; None to
    keep `name` as it is."""
    if _KIND.fullmatch(name) is None:
        return None
    m = _NEXT.match(text, end)
    if m is None:
        return None
    word = m.group(1)
    if re.match(r"[A-Za-z]", word):
        return m.start(1), m.end(1), word  # "חברת האבטחה G1"
    conjunction = word[:1] == "ו" and word[:2] != "וו"  # (וו is a foreign W: "וויקס")
    if word[:1] == "ה" or conjunction or word in _HE_NOT_NAME or he_given(word) or _he_head_at([word], 0):
        return None  # "חברת החשמל הישראלית", "ו...", a person's given name, an office: no name of the body
    if re.fullmatch(HE_SPEECH, word) or verb_in_he(word) or _VERB_SHAPES.fullmatch(word):
        return None  # "חברת הנמלים מסרה", "פיטרה", "שילמה", "נסגרה": the clause's verb
    if word[:1] == "ל" or re.fullmatch(r"נ[\u05d0-\u05ea]{3}", word) or (word[:1] in "בכ" and adjunct_word(word)):
        return None  # "לעובדי חברת הגז להבטיח": an infinitive; "חברת הגומי נערך דיון": a passive past; "בעיר"
    if word[:1] == "ש" and (word[1:2] == "ה" or _VERB_SHAPES.fullmatch(word[1:])):
        return None  # "חברת הגומי שהודיעה", "שנסגרה": a relative clause (not "שטראוס", a name)
    return m.start(1), m.end(1), word  # "חברת הצעצועים מטאל"


# A party's or a council faction's head in the construct state ("סיעת X", "מפלגת X"): news names the party by
# what follows, and the head only says what kind of body it is ("מפלגת העבודה" is also "העבודה"). A company keeps
# its head ("חברת X"), as the house reads it (`name_after_kind` and the finders name it alone where the article does).
_PARTY_HEAD = re.compile(r"(?:סיעת|מפלגת)\s+")
# Prefixed words, given their own clause: a preposition or a conjunction glued to a word of three letters or more.
_GLUED = re.compile(r"[בלמכשו][\u05d0-\u05ea]{3,}")
# A present participle of the קל ("תומכת", "דורשים", "מתנגד" is caught as a verb): the clause's verb after a name.
_PARTICIPLE = re.compile(r"[\u05d0-\u05ea]ו[\u05d0-\u05ea]{2}(?:ת|ים|ות)?")
# A future verb of the third person ("תפרוש", "יצביעו"), the shape a clause's verb after its subject takes.
_FUTURE = re.compile(r"[תי][\u05d0-\u05ea]{3,4}")
_WORD_AT = re.compile(r"\s*([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)([,.:;)]?)")
# The object right after a transitive verb: the object marker, or the noun of "criticised" ("מתח ביקורת").
_OBJECT_NEXT = re.compile(r"\s+(?:את|ביקורת|ביקורת חריפה)(?![\u05d0-\u05ea])")
_TIMES = {"היום", "אתמול", "הבוקר", "הערב", "הלילה", "השבוע", "מחר", "כעת", "עתה", "אז", "שוב", "עוד", "כבר", "רק"}


# Officers named right after their party or company ("סיעת X יו"ר הסיעה Y"), besides the titles of people.
_OFFICERS = {'יו"ר', "יו״ר", 'מנכ"ל', "מנכ״ל", "ראש", "חבר", "חברת", "חברי", "מזכיר", 'מזכ"ל', "דובר", "דוברת"}


def _clause_word(word: str, previous: str) -> bool:
    """Whether `word` after part of a party's name opens the clause rather than going on with the name: a
    function or time word, a verb, a title or an officer (its leader, "סיעת X יו"ר Y"), a glued preposition or
    "and" ("בבחירות", "ושרת"), or a bare word after a definite one (a definite name takes only definite
    adjectives: "הרשימה המשותפת", not "הליכוד תומכת")."""
    if word in _HE_NOT_NAME or word in _TIMES or word in HE_TITLES or word in _OFFICERS or _he_head_at([word], 0):
        return True
    if re.fullmatch(HE_SPEECH, word) or verb_in_he(word) or _PARTICIPLE.fullmatch(word):
        return True
    if (_VERB_SHAPES.fullmatch(word) or _FUTURE.fullmatch(word)) and not word.endswith("נו"):
        return True  # "נבחרה", "זכתה", "תפרוש" (not "ביתנו", our house: a possessive that names take)
    if word[:1] != "ה" and (_GLUED.fullmatch(word) and (word[:1] in "וש" or adjunct_word(word))):
        return True
    return previous[:1] == "ה" and word[:1] != "ה"


def _person_goes_on(text: str, at: int) -> bool:
    """Whether a bare word that may be a surname follows a given name at `at` (no function word or verb)."""
    m = _WORD_AT.match(text, at)
    if m is None or m.group(1)[:1] == "ה" or m.group(1) in _HE_NOT_NAME or m.group(1) in _TIMES:
        return False
    return not verb_in_he(m.group(1)) and not (_GLUED.fullmatch(m.group(1)) and adjunct_word(m.group(1)))


def _party_name(text: str, at: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the party's name that starts at `at`: up to three words, to a stop or the first word
    of the clause."""
    words: list[tuple[int, int, str]] = []
    pos = at
    while len(words) < 3:
        m = _WORD_AT.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if words and _clause_word(word, words[-1][2]):
            break
        if words and not m.group(2) and _OBJECT_NEXT.match(text, m.end(1)):
            break  # 'ח"כ X מסיעת Y מתח ביקורת', "תקף את": a word before its object is the clause's verb (a past of
            # three letters, "מתח", "תקף", has no verb's marked shape)
        if words and not m.group(2) and he_given(word) and _person_goes_on(text, m.end(1)):
            break  # "סיעת X Y יאיר לוי": a given name and the next word, the faction's member (many names of
            # parties are also given names, "לב", "כוכב": only a given name a second word follows is one)
        if not words and (word in _HE_NOT_NAME or word in HE_TITLES or word in _OFFICERS):
            return None
        words.append((m.start(1), m.end(1), word))
        pos = m.end(1)
        if m.group(2):
            break  # "מסיעת X Y:": a colon or a comma closes the name
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    return start, end, text[start:end]


def own_name_of_party(text: str, start: int, end: int, name: str) -> tuple[int, int, str] | None:
    """(start, end, name) of a party's or faction's own name when `name` is its kind's head and the name ("סיעת X
    Y" is "X Y", read on to the clause when the head finder stopped short); None to keep `name`."""
    party = _PARTY_HEAD.match(name)
    if party is None:
        return None
    if name[party.end() :].split()[-1][:1] == "ה":
        return start + party.end(), end, name[party.end() :]  # "סיעת הדגל הכחול": the head finder read it whole
    # "סיעת כוכב חדש יו"ר": the head finder stops at a bare word; the longer reading of the two is the name
    read = _party_name(text, start + party.end())
    return read if read is not None and read[1] > end else (start + party.end(), end, name[party.end() :])


def party_listed_with_head(name: str) -> bool:
    """Whether a party written with its head ("מפלגת X") is a name the lists hold so: a party whose own name is a
    common word ("מפלגת העבודה", Labour: "העבודה" is "the work") is named with its head; any other party's head only
    says what kind of body follows, and the party is named once, without it."""
    entry = lookup(name)
    return entry is not None and entry.kind == "organisation"


# A plant by its own name after "מפעל" (a factory), with its product in between or none: "מפעל X", "ממפעל
# הזכוכית X", "ומפעל X Y בעיר". The head is a common noun ("מפעל ענק", "מפעל חיים", "המפעל"), so only a word
# that no function word, adjective, verb or glued preposition is counts as a name, and a definite head (or a
# definite word with no name after it: "מפעל הפיס") is left to the lists.
_PLANT = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}מפעל\s+(?:(ה[\u05d0-\u05ea]{2,})\s+)?")
_NOT_PLANT_NAMES = {"ענק", "חיים", "גדול", "קטן", "ישן", "חדש", "מזון", "ייצור", "תעשייה", "פיס", "עתיר", "מרכזי",
                    "מוביל", "נוסף", "אחר", "אחד", "זה", "שלם", "מאה", "אלף", "שני", "שתי", "שלושה", "כמה"}  # fmt: skip
# Definite words after "מפעל" that say which plant, no product: a demonstrative, an adjective.
_NOT_PLANT_KINDS = {"הזה", "הזאת", "הזו", "ההוא", "ההיא", "החדש", "הישן", "הגדול", "הקטן", "האחרון", "הראשון",
                    "השני", "הסמוך"}  # fmt: skip


def _plant_word(word: str, first: bool) -> bool:
    """Whether `word` may be a word of a plant's name: no function word, adjective in -י, glued preposition
    (not מ or כ, which many names open: a construct head takes a noun, "מפעל מ..." is rarely "a plant from"), article
    or verb (the first word after the construct head is a noun; a verb's shape is only checked after it)."""
    if word in _NOT_PLANT_NAMES or word in _HE_NOT_NAME or word in _TIMES or word[:1] in "ה":
        return False
    if word.endswith(("י", "ית", "יים", "יות")) or (_GLUED.fullmatch(word) and word[:1] in "בלשו"):
        return False  # "מפעל תעשייתי", "מפעל בצפון", "מפעל ומשרד"
    if re.fullmatch(HE_SPEECH, word) or verb_in_he(word) or re.fullmatch(r"נ[\u05d0-\u05ea]{3}[הו]?", word):
        return False  # ("מפעל נסגר": a nif'al past, a plant of no name closed)
    return first or not (_VERB_SHAPES.fullmatch(word) or _FUTURE.fullmatch(word))


def plant_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the plants a sentence names after "מפעל": one or two name words."""
    found = []
    for m in _PLANT.finditer(text):
        kind = m.group(1)
        if kind is not None and (kind in _NOT_PLANT_KINDS or kind.endswith(("י", "יים"))):
            continue  # "במפעל הזה", "מפעל המרכזי": which plant, no product of it (not "הזכוכית", a noun in -ית)
        words: list[tuple[int, int, str]] = []
        pos = m.end()
        while len(words) < 2:
            w = _WORD_AT.match(text, pos)
            if w is None or not _plant_word(w.group(1), not words):
                break
            words.append((w.start(1), w.end(1), w.group(1)))
            pos = w.end(1)
            if w.group(2):
                break  # "מפעל X, שהיה": the comma closes the name
        if not words or (kind is None and len(words) == 1 and len(words[0][2]) < 3):
            continue
        start = words[0][0]
        if kind is None and len(words) == 2 and words[0][2].endswith(("ות", "ים")):
            start = m.start() + m.group(0).index("מפעל")  # "מפעל מגבות X": the plant's product, named with its head
        found.append((start, words[-1][1], text[start : words[-1][1]]))
    return found
