"""Hebrew people named with nothing around them: encyclopedic and news copy names the well known bare
("X Y פרסם מאמר", "מעמדו של X Y נחלש", "בראשות X Y").

* A known given name and a listed Israeli family name, written one after the other, with "and", ש or one
  preposition glued to the given name ("ששמעון X", "ומשה Y"), is a person, unless the given name is also a
  common word or a place (אור, גל, דן, שמש, ישראל: "ישראל בונה" is a country and a verb), or the article
  writes either word elsewhere with the article (a common noun: "הבית"), or the second word is a title, a
  function word or a speech verb;
* a second name joined to such a person by ו ("X Y וZ W"), when it starts with a known given name;
* a family name with בן/בר joined by a hyphen ("בן-X", "בר-X"), named twice in the article, or after a known
  given name (not "בן-זוג", "בר-מצווה": a kinship or common compound);
* a list after "ביניהם", "בהם", "נמנו:" (among them, counted among them): each item of two or three name
  words is a person when most items start with a known given name or end with a listed family name; a
  plural role before the cue ("חברי הוועד", "חברי כנסת") is each one's role.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from briefing_app.core.facts.gazetteer import hebrew_family_names, hebrew_family_words, lookup
from briefing_app.core.facts.hebrew_clitics import PRONOUN_ADDRESSEES, hebrew_prefix_ok
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import (
    _HE_HEADS,
    _HE_NOT_NAME,
    _KIN_PHRASES,
    HE_SPEECH,
    _he_head_at,
    _kin_phrase,
    _name_like,
    _verb_not_name,
    _words,
    he_given,
    names_a_body,
)
from briefing_app.core.facts.people_he_base import _named_after, addressee_after, before_next_member, without_age
from briefing_app.core.facts.people_he_married import married_to as _married_to
from briefing_app.core.facts.people_he_speakers import a_clause
from briefing_app.core.facts.people_he_words import LIFE_VERBS
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.per_document import per_document

_SPEECH = re.compile(HE_SPEECH)

# Given names that are far more often a common word in running text: nouns (אור light, גל wave, שמש sun, טל
# dew, חן grace, ים sea, שחר dawn, אביב spring, חיים life), adjectives, places (ישראל) and דן
# (discussed; also the region): they start no bare name (a title, a verb of saying or a list still names
# them). נתן (gave) starts one only before what cannot be its object (`_verb_not_name`).
_COMMON_WORD_GIVEN = {
    "אור", "גל", "דן", "דנה", "שמש", "שלום", "טל", "חן", "שי", "דור", "לב", "עוז", "רז", "ים", "הדר", "זיו",
    "אביב", "שחר", "שקד", "נוי", "עדן", "גיל", "פז", "טוב", "שירה", "מור", "אגם",
    "אילן", "ורד", "חג", "נחמה", "יער", "להב", "רם", "עומר", "אושר", "גאולה", "תקווה", "ברכה", "שמחה", "אמונה",
    "חיים", "ישראל", "ציון", "חנה", "שושנה", "יונה", "כרמל", "גולן", "ירדן", "רינה",
    "אלה", "עדי", "צור", "סלע", "גבע", "זוהר", "נגה", "שני", "מלכה", "פרח", "חסד",
    "עמית", "אדם", "עידן", "מעיין", "יובל", "אופק", "נתיב", "קשת", "שובל", "גפן", "דרור", "רעות", "אלמוג",
    "ענבר", "רותם", "לילך", "אדר", "ניסן", "אביר", "לבנה", "כוכב", "מזל", "ברוך", "שושן",  # (colleague, person...)
    "פני", "בן", "בר", "בת", "אבו", "אבן",  # (פני: "על פני", across; בן, בר: a particle, "בן בנו")
    "לשם",  # ("לשם מימון": for the sake of)
    "לילה", "בוקר", "ערב",  # night, morning, evening ("אחרי לילה מלא דאגה": after a night full of worry)
    "אני",  # I ("אני שמח בשביל X": the speaker's own words; a rare given name)
}  # fmt: skip

# Prepositions with a pronoun suffix that the family-name list also holds (אליה "to her", עליו "on him").
_PRONOUN_PREPOSITIONS = {"אליה", "אליו", "אלי", "עליה", "עליו", "עלי", "לה", "לו", "בה", "בו", "שלה", "שלו", "ממנו",
                         "ממנה", "אותו", "אותה", "איתו", "איתה", "עמו", "עמה", "כמוהו", "כמוה", "בנו", "בנה", "בתו",
                         "אביו", "אמו", "אחיו", "אשתו"}  # fmt: skip

# Words after בן-/בר- that make a kinship or common compound, not a family name.
_COMPOUNDS = {"זוג", "זוגו", "זוגה", "דוד", "דודה", "אדם", "מצווה", "קיימא", "מזל", "ברית", "לילה", "סמכא", "חורין",
              "בית", "ערובה", "תערובת", "זמננו", "זמנו", "גילו", "גילה", "משפחה", "כיתה", "דת", "עיר", "כפר",
              "תמותה", "חלוף", "פלוגתא", "אוריין", "שיח", "יומו", "ימינו", "דעת", "הכי", "טובים"}  # fmt: skip
_HYPHENATED = re.compile(r"(?:בן|בר)[-\u05be]([\u05d0-\u05ea]{2,})")

# Cues that open a list of the people a group holds: "ביניהם", "בהם", "נמנו:" (among them, counted).
# "כגון" and "לרבות" (such as, including) and "בין היתר" / "בין השאר" (among others) open one too.
_LIST_CUES = {"ביניהם", "ביניהן", "בהם", "בהן", "ובהם", "ובהן", "נמנו", "נמנים", "נמנות", "כגון", "לרבות"}
# Plural construct roles that head such a group ("חברי הוועד", "שרי הממשלה", "בכירי המשרד").
_GROUP_HEADS = {"חברי", "חברות", "שרי", "ראשי", "נציגי", "בכירי", "מנהיגי", "שופטי", "חוקרי", "מפקדי", "אנשי",
                "דוברי", "פעילי", "ראשות", "חתני", "זוכי", "מייסדי", "עובדי", "מנהלי", "יועצי", "סופרי",
                "מדעני", "רופאי", "מורי", "תושבי", "שחקני", "אמני", "עורכי", "מזכירי", "מועמדי", "ח\"כי"}  # fmt: skip
_PLURAL_TITLES = {"השרים", "השופטים", "החוקרים", "המדענים", "הסופרים", "העיתונאים", "הרופאים", "השחקנים",
                  "הפעילים", "המנהיגים", "הנאשמים", "החשודים", "האמנים", "המשתתפים", "הזוכים", "המועמדים"}  # fmt: skip


def find_bare_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the shapes above name in the Hebrew sentences, into `index`."""
    texts = {s.index: _words(s.text) for s in sentences}
    common = _definite_words(texts.values())
    counts: dict[str, int] = {}
    for ws in texts.values():
        for n, w in enumerate(ws):
            m = _HYPHENATED.search(w)
            if m and m.start() <= 2 and not _named_after(ws, n):
                counts[w[m.start() :]] = counts.get(w[m.start() :], 0) + 1
    for s in sentences:
        words = texts[s.index]
        covered = _group_list(words, s.index, index)
        _married_to(words, s.index, index)
        _bare_pairs(words, s.index, index, common, covered)
        for n, w in enumerate(words):
            m = _HYPHENATED.search(w)
            if not m or m.start() > 2 or _named_after(words, n):
                continue
            if _hyphenated_surname(w, m) and counts.get(w[m.start() :], 0) >= 2:
                if not any(w[m.start() :] in p.name.split() for p in index.people):
                    index.add(w[m.start() :], None, s.index)  # "בן-X" twice in the article: a person


_DESCRIPTION_IN_COMMAS = r",\s*((?:[^,.:;\"“”„״()]|(?<=[\u05d0-\u05ea])[\"\u05f4](?=[\u05d0-\u05ea])){3,100}?)\s*[,.]"


def appositive_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A role for each person named in full with none yet, from a description between commas right after the
    name ("X Y, מגדל ירקות מהמושב, אמר"): up to five words that open with a noun, not a clause (ש-, כש-),
    a place of origin (מחולון), an age (בן 52, 34), "and" or another name."""
    by_index = {s.index: s.text for s in sentences}
    for person in index.people:
        if person.role or len(person.name.split()) < 2:
            continue
        for at in person.sentences:
            # (an acronym's gershayim stay inside the description: "X Y, שכיהן כמנכ"ל המשרד,")
            m = re.search(re.escape(person.name) + _DESCRIPTION_IN_COMMAS, by_index.get(at, ""))
            if m is None:
                continue
            if m.group(0).endswith(".") and _ACCORDING_TO.search(by_index.get(at, "")[: m.start()]):
                continue  # "לדברי X Y, המצב קשה.": the comma closes "according to X Y"; the main clause follows
            words = without_age(_without_copula(m.group(1).split()))
            words = before_next_member(words)  # ("X Y, ROLE וZ W, ROLE": the list's next person ends the role)
            if not words:
                continue
            first = words[0]
            if _long_description(words):
                # "X Y, יושב ראש ועדת X של הכנסת,", "X Y, סוחר שעבד בנמל בשנות ה-40,": a title's chain or a
                # noun and its relative clause runs long; the role is its words before any number
                words = list(itertools.takewhile(lambda w: not any(ch.isdigit() for ch in w), words))[:8]
            if (
                len(words) > 5
                and not _long_description(words)
                or any(ch.isdigit() for ch in " ".join(words))
                or first in _HE_NOT_NAME
                or first in ("בן", "בת", "כיום")
                or first == "לשעבר" and not _he_head_at(words, 1)  # ("X, לשעבר ראש המוסד,": a former office)
                # a clause or a preposition's phrase: "שנפצע", "מחולון", "מהעיר" (not מגדל, מורה: nouns with מ;
                # not a role that starts so: שוטר, מהנדס)
                or first[:1] in "ושכ"
                and not _he_head_at(words, 0)
                or (
                    first[:1] in "בלמ"
                    and (len(words) == 1 or first[1:2] == "ה" or lookup(first[1:]) is not None)
                    and not _he_head_at(words, 0)
                )
                or he_given(first)
                or _SPEECH.fullmatch(first)
                # a past verb of the nif'al or one only people undergo: "X Y, נקבע במקום." (the clause goes on)
                or (first in LIFE_VERBS or _NIFAL_PAST.fullmatch(first)) and not _he_head_at(words, 0)
                or a_clause(words)  # people_he_speakers: "X Y, השוטרים היכו אותו.": a new clause, no role
                or lookup(m.group(1).strip()) is not None  # "X Y, תל אביב,": a place, not a role
                or any(other.name == m.group(1).strip() for other in index.people)
                or (len(words) <= 3 and words[-1] in hebrew_family_names() and not _he_head_at(words, 0))
            ):  # (the next name of a list: "X Y, גרשם Z, ...")
                continue
            person.role = " ".join(words)
            break


# "According to" before a name ("לדברי", "לפי", "לטענת", "לדבריו של"): a phrase the comma after the name closes.
_ACCORDING_TO = re.compile(
    r"(?:^|[\s,.])ו?(?:כך\s+)?(?:לדברי|לפי|לטענת|לדעת|לגרסת|על\s+פי|(?:לדבר|לטענת|לדעת)(?:יו|יה)\s+של)\s+$"
)


_NIFAL_PAST = re.compile(r"נ[\u05d0-\u05ea]{3}[הו]?")


# A relative clause of being or serving ("שהיה אז", "שכיהנה כ", "ששימש כ"): the role follows it.
_COPULA_RELATIVE = {"שהיה", "שהייתה", "שהיתה", "שכיהן", "שכיהנה", "ששימש", "ששימשה", "שהוא", "שהיא", "שעמד", "שעמדה"}
_THEN = {"אז", "אותה", "באותה", "עת", "באותו", "זמן", "כבר", "עדיין", "בעבר", "כיום", "גם", "קודם", "לכן", "לפני",
         "כן", "בשעתו"}  # ("שכיהן קודם לכן כמנכ"ל", "שהיה לפני כן"; fmt: skip)


def _without_copula(words: list[str]) -> list[str]:
    """A description in commas without a relative clause of being that opens it ("שהיה אז שר האוצר" is "שר
    האוצר", "שכיהן כנשיא" "נשיא", "שעמד בראש X" "ראש X"), which says what the person was; as it is otherwise."""
    if not words or words[0] not in _COPULA_RELATIVE:
        return words
    rest = list(itertools.dropwhile(lambda w: w in _THEN, words[1:]))
    if words[0].startswith(("שכיהן", "ששימש")) and rest and rest[0][:1] == "כ" and _he_head_at([rest[0][1:]], 0):
        rest = [rest[0][1:], *rest[1:]]  # "שכיהן כנשיא המדינה": as the president
    elif words[0].startswith("שעמד") and rest and rest[0] == "בראש":
        rest = ["ראש", *rest[1:]]  # "שעמד בראש הוועדה": the committee's head
    return rest if rest and _he_head_at(rest, 0) else []


def _long_description(words: list[str]) -> bool:
    """A title and its complement ("יושב ראש ועדת הכספים"), or a noun and a relative clause right after it
    ("סוחר שעבד בנמל"): a description that may run past five words."""
    if len(words) < 2:
        return False
    relative = words[1][:1] == "ש" and len(words[1]) > 3 and not he_given(words[1])
    # "גבר פלסטיני שכנראה סבל ...": an adjective between the noun and its relative clause
    adjective = words[1].endswith(("י", "ית")) and not he_given(words[1]) and len(words) > 2
    relative = relative or (adjective and words[2][:1] == "ש" and len(words[2]) > 3 and not he_given(words[2]))
    return bool(_he_head_at(words, 0)) or (relative and _name_like(words[0]) and words[0][:1] not in "ובלמכש")


def tidy_roles(index: PeopleIndex) -> None:
    """Each role without the "and" a list glued to it ("ושר החינוך" is "שר החינוך", "והמחנך" "המחנך")."""
    for person in index.people:
        if person.role:
            parts = [_without_and(part) for part in person.role.split("; ")]
            person.role = "; ".join(dict.fromkeys(parts))


def _without_and(role: str) -> str:
    words = role.split()
    if words and words[0][:1] == "ו" and len(words[0]) > 2:
        rest = [words[0][1:], *words[1:]]
        if rest[0].startswith("ה") or _he_head_at(rest, 0):
            return " ".join(rest)
    return role


def _definite_words(texts: Iterable[list[str]]) -> set[str]:
    """The words the article writes with the article ה (the common nouns it uses: "הבית", "האור")."""
    return set(_definite_words_of(tuple(tuple(ws) for ws in texts)))  # (a copy: the caller's own set)


@per_document  # (four Hebrew name readers ask for the same article's: every word, three cuts each, read once)
def _definite_words_of(texts: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    out: set[str] = set()
    for ws in texts:
        for w in ws:
            for cut in (1, 2, 3):
                if w[cut - 1 : cut] == "ה" and hebrew_prefix_ok(w[:cut]) and len(w) - cut >= 2:
                    out.add(w[cut:])
    return frozenset(out)


def _hyphenated_surname(word: str, m: re.Match[str]) -> bool:
    """Whether "בן-X" is a family name: X no kinship or common word, the whole no place; a glued prefix
    allowed before it ("של בן-X", "לבן-X")."""
    prefix = word[: m.start()]
    if prefix and not hebrew_prefix_ok(prefix):
        return False
    rest = m.group(1)
    return rest not in _COMPOUNDS and rest not in _KIN_PHRASES and not lookup(word[m.start() :]) and not lookup(rest)


@per_document  # (asked for every word of every sentence by several Hebrew name readers)
def _given_of(word: str) -> str:
    """`word` as a known given name, without a glued "and" or ש ("ששמעון", "ומשה"); "" if it is none. A
    word the given-name list holds whole stays whole (שמעון, not ש and מעון); a preposition before a given name
    is left alone, as it is far more often a verb's or noun's ("להגר", "ביטל")."""
    if he_given(word):
        return word
    for prefix in ("וש", "ו", "ש"):
        if word.startswith(prefix) and he_given(word[len(prefix) :]) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return ""


# The construct of "owner" (בעל, בעלת, בעלי), which reads as ב and a given name (עלי, עלת).
_OWNER_WORDS = {"בעלי", "בעלת", "בעל", "לבעלי", "מבעלי"}


def _given_after_preposition(words: list[str], i: int) -> str:
    """A given name with a preposition glued on ("לאבי גולן", "מיצחק כהן", "ולשרה לוי") when a listed family
    name and the end of the phrase follow it (a mark, or a second such name joined by "and"): the pair is a
    name the preposition governs, not a verb or noun before a word ("ביטל בית משפט", "לאבי": to my father); or
    the second of "between X and Y", which Hebrew joins with ל ("בין X Y לשרה לוי")."""
    word = words[i]
    if word[:1] not in "ולמב" or i + 1 >= len(words) or words[i + 1] not in hebrew_family_names():
        return ""  # (most words: a cheap test first)
    if word.removeprefix("ו") in _OWNER_WORDS:
        return ""  # "ובעלי חיים" (and animals): the construct of בעל, owner, not ב and the given name עלי
    if word[:1] in "מב" and words[i + 1] in hebrew_family_words():
        return ""  # "היה לנו משחק טוב.": a noun and its adjective (the family name is a word too), no מ and a name
    for prefix in ("ול", "ומ", "וב", "ל", "מ", "ב"):
        given = word[len(prefix) :]
        if word.startswith(prefix) and len(given) >= 3 and he_given(given) and not he_given(word):
            after = words[i + 2] if i + 2 < len(words) else "."
            # ("לאיילת X ועל כך": "and" glued to a function word opens the next clause, as a mark does)
            closes = after in (",", ".", ";", ":") or (after[:1] == "ו" and after in _HE_NOT_NAME)
            if closes or (after[:1] == "ו" and _given_after_preposition(words, i + 2)):
                return given
            if prefix == "ל" and "בין" in words[max(0, i - 4) : i - 1]:
                return given  # "בין X Y לשרה לוי": "between ... and" joins the second name with ל
    return ""


# The endings of Slavic and Germanic family names, which no Hebrew word has ("X שלונסקי", "X רביקוביץ",
# "X גרינשטיין", "X רוזנברג"): a family name after a known given name though the list lacks it.
_FAMILY_SHAPE = re.compile(r"[\u05d0-\u05ea]{2,}(?:סקי|צקי|ביץ|ביץ'|וויץ|שטיין|ברג|בורג)")


def _a_family(word: str, common: set[str]) -> bool:
    """A listed family name (or a בן-/בר- compound) that no reading as a common word, title, verb or place
    takes ("בונה", "שר", "אמר" are listed surnames too)."""
    m = _HYPHENATED.fullmatch(word)
    if m is not None:
        return _hyphenated_surname(word, m)
    parts = re.split(r"[-\u05be]", word)
    if len(parts) == 2 and all(parts):
        return all(_a_family(part, common) for part in parts)  # a double surname: "כהן-לוי"
    return (
        (word in hebrew_family_names() or _FAMILY_SHAPE.fullmatch(word) is not None)
        and _surname_word(word)
        and word not in common
        and word not in _PRONOUN_PREPOSITIONS
        and word not in _HE_NOT_NAME  # ("זה נס שאני בחיים": "that I", no family name after a given name)
        and not (_PARTICIPLE.fullmatch(word) and not he_given(word))
        and word not in _HE_HEADS
        and not _SPEECH.fullmatch(word)
        and not _he_head_at([word], 0)
        and lookup(word) is None
        and len(word) >= 2
    )


# The present of a verb whose root ends in ה, four letters with ו second (בונה builds, קונה buys, רואה sees):
# the surname list holds many such words, and after a given name they are the subject's verb ("X בונה בית").
_PARTICIPLE = re.compile(r"[\u05d0-\u05ea]ו[\u05d0-\u05ea]ה")


def _surname_word(word: str) -> bool:
    """A word that can be a family name: a name word, or a listed family name that starts with ה as a few do
    ("הורוביץ", "הירש"; not the article: the list holds no "הבית")."""
    return _name_like(word) or (word in hebrew_family_names() and len(word) >= 4 and _name_like(word[1:]))


def _bare_given(given: str, common: set[str]) -> bool:
    return (
        bool(given)
        and given not in _COMMON_WORD_GIVEN
        and given not in common
        and given not in _HE_NOT_NAME
        and not _SPEECH.fullmatch(given)  # "אמר" is a given name too
        and lookup(given) is None
    )


# Prepositions written as words that take a noun phrase ("יחד עם X Y", "על ידי X Y", "אצל X Y"): the words
# after them are no subject and its verb.
_NOUN_PHRASE_PREPOSITIONS = {"עם", "ידי", "אצל", "לצד", "מול", "נגד", "בעבור", "עבור", "כמו"}


def _bare_pairs(words: list[str], sentence: int, index: PeopleIndex, common: set[str], covered: set[int]) -> None:
    """A known given name and a listed family name, then a second name joined by ו."""
    i = 0
    while i < len(words) - 1:
        given = _given_of(words[i]) or _given_after_preposition(words, i)
        if i in covered or i + 1 in covered or not _bare_given(given, common) or not _a_family(words[i + 1], common):
            i += 1
            continue
        long_given = len(given) >= 6  # ("ויקטור", "ולדימיר": a given name of six letters is no ו and a verb)
        if given == words[i] and given[:1] == "ו" and words[i + 1] in hebrew_family_words() and not long_given:
            i += 1
            continue  # "ודחה חלק אחר": "and" glued to a verb that spells an Arab given name (Wadha), then a word
        if words[i] in PRONOUN_ADDRESSEES and i and (_SPEECH.fullmatch(words[i - 1]) or words[i - 1] not in ",.:;"):
            i += 1
            continue  # "סיפרה לי X Y", "אין לי ממה": to me inside a clause, not the given name לי
        if addressee_after(given, words[i + 1]):
            i += 1
            continue  # people_he_base: "לא נעים לי להגיד": an adjective and "to me", no name
        if any(len(p.name.split()) > 1 and p.name.split()[-1] == given for p in index.people):
            i += 1
            continue  # "של שרון עלו קריאות" after "אריאל שרון": the family name of one named, then a verb
        if i and words[i - 1] == "על" and words[i] == "גבי":
            i += 1
            continue  # "שחור על גבי לבן": "על גבי" (on top of) is a preposition, not the given name גבי
        governed = i > 0 and words[i - 1] in _NOUN_PHRASE_PREPOSITIONS  # "עם X Y את": a noun phrase, no verb
        # (a family name that is no Hebrew word is no verb: "הקים X ברגמן את המפלגה")
        name_only = words[i + 1] in hebrew_family_names() and words[i + 1] not in hebrew_family_words()
        if (words[i + 2 : i + 3] == ["את"] and not governed and not name_only) or _verb_not_name(given, words[i + 1]):
            i += 1
            continue  # "משה בונה את": a word before the object marker is a verb, no family name
        if i and (_he_head_at(words, i - 1) or words[i - 1] in ("בן", "בת", "בני", "בנות") or _named_after(words, i)):
            i += 1
            continue  # a title's name (the title reader has it, with the role) or "בן X": someone's son
        name = f"{given} {words[i + 1]}"
        if names_a_body(name) or lookup(name) is not None or _kin_phrase(given, words[i + 1]):
            # a body, a two-word place ("בני ברק") or "בני גיל 60" (people of an age), no name
            i += 1
            continue
        j = i + 2
        aged = j < len(words) and without_age(words[j - 1 : j + 4]) == [words[j - 1]]  # "X Y בן 45": an age
        if j < len(words) and he_given(words[i + 1]) and _a_family(words[j], common) and j not in covered and not aged:
            name, j = f"{name} {words[j]}", j + 1  # "X Y Z": a second given name, then the family name
        index.add(name, None, sentence)
        # "X Y וZ W": the second of two joined names, its given name known, its family name any name word
        if j + 1 < len(words) and words[j][:1] == "ו" and _bare_given(words[j][1:], common):
            second = words[j][1:]
            # (a given name no list holds when the pair closes the phrase: "X Y ומיכי Z.")
            known = he_given(second) or _closing_pair(words, j, common)
            if known and _name_like(words[j + 1]) and not _SPEECH.fullmatch(words[j + 1]):
                if lookup(words[j + 1]) is None and words[j + 1] not in _HE_HEADS:
                    index.add(f"{second} {words[j + 1]}", None, sentence)
                    j += 2
        i = j


def _closing_pair(words: list[str], j: int, common: set[str]) -> bool:
    """ "ו" and two name words that close the phrase after a person ("X Y ומיכי Z."): a second person, though no
    list holds the given name; not a plural, kin, a function word or a place."""
    second, family = words[j][1:], words[j + 1]
    closes = j + 2 == len(words) or words[j + 2] in (".", ",", ";", ")", ":", "|", "–", "-")  # ("|": a subtitle)
    if not closes or not _name_like(second) or not _name_like(family) or family in common:
        return False
    if second.endswith(("ים", "ות")) or second in _KIN_PHRASES or lookup(family) is not None:
        return False
    placed = second[:1] in "בלמכש" and lookup(second[1:]) is not None  # ("ובחיפה כהן": ב and a place)
    return len(second) >= 3 and not placed and _a_family(family, common)


def _group_list(words: list[str], sentence: int, index: PeopleIndex) -> set[int]:
    """A list of names after a cue ("ביניהם X Y, Z W ו-U V"); the positions of its names' words."""
    covered: set[int] = set()
    for c, cue in enumerate(words):
        if cue not in _LIST_CUES and not (cue in ("היתר", "השאר") and c and words[c - 1] == "בין"):
            continue
        k = c + 1 + (words[c + 1 : c + 2] == [":"])
        items: list[list[int]] = []
        current: list[int] = []
        while k < len(words) and words[k] not in (".", ";", "(", ")"):
            if words[k] == ",":
                items.append(current)
                current = []
            else:
                current.append(k)
            k += 1
        items.append(current)
        items = [_without_clause(words, part) for it in items for part in _split_at_and(words, it)]
        names = [it for it in items if _list_item(words, it)]
        evidence = sum(
            1 for it in names if he_given(words[it[0]].removeprefix("ו")) or words[it[-1]] in hebrew_family_names()
        )
        if len(names) < 2 or evidence * 2 < len(names):
            continue
        role = _group_role(words[:c])
        for it in names:
            first = words[it[0]]
            first = first[1:] if first[:1] == "ו" and not he_given(first) and len(first) > 2 else first
            name = " ".join([first, *(words[p] for p in it[1:])])
            for person in index.people:  # "X Y" read by another shape is the start of "X Y Z": one person
                if sentence in person.sentences and name.startswith(person.name + " "):
                    person.name = name
            index.add(name, role, sentence)
            covered.update(it)
    return covered


def _without_clause(words: list[str], item: list[int]) -> list[int]:
    """An item without a relative clause or a preposition's phrase after a two-word name ("X Y שנפצע", "X Y
    מחיפה"): a third word that is no listed name and opens with ש or a preposition is not the name's."""
    if len(item) == 3:
        last = words[item[2]]
        if last[:1] in "שבלמ" and len(last) > 3 and last not in hebrew_family_names() and not he_given(last):
            return item[:2]
        if _PLURAL_PAST.fullmatch(last) and last not in hebrew_family_names() and not he_given(last):
            return item[:2]  # "X Y וZ W נפצעו": the plural verb of the list, no third name
    return item


# A verb's past plural closing a list of names: נפצעו, נעצרו (נִפְעַל), התפטרו (הִתְפַּעֵל), הורשעו (הֻפְעַל).
_PLURAL_PAST = re.compile(r"(?:נ[\u05d0-\u05ea]{3}|הת[\u05d0-\u05ea]{3,4}|הו[\u05d0-\u05ea]{3})ו")


def _split_at_and(words: list[str], item: list[int]) -> list[list[int]]:
    """The list's last item, "X Y וZ W" (no comma before ו), as its two names; other items as they are."""
    if len(item) == 4 and words[item[2]][:1] == "ו" and len(words[item[2]]) > 2:
        return [item[:2], item[2:]]  # two two-word names
    for at in (2, 3):
        if len(item) >= at + 2 and words[item[at]][:1] == "ו" and he_given(words[item[at]][1:]):
            return [item[:at], item[at:]]
    return [item]


# Plural constructs the given-name list holds (בתי houses of, בני sons of): "בתי ספר" is no name.
_PLURAL_CONSTRUCTS = {"בתי", "בני", "בנות", "אנשי", "ובתי", "ובני", "ובנות"}


def _list_item(words: list[str], item: list[int]) -> bool:
    """Two or three name words, none a title, a function word, a place or a word with the article."""
    if not 2 <= len(item) <= 3:
        return False
    ws = [words[p] for p in item]
    if any(w[:1] == "ו" and len(w) > 2 and not he_given(w) for w in ws[1:]) or ws[0] in _PLURAL_CONSTRUCTS:
        return False  # "מרפאות ובתי כנסת", "בתי ספר": two things joined, a plural construct
    ws[0] = ws[0][1:] if ws[0][:1] == "ו" and not he_given(ws[0]) and len(ws[0]) > 2 else ws[0]
    return (
        # (a given name that is a place too, ישראל, may open a name here: the list says these are people)
        all(
            (_name_like(w) or n > 0 and _surname_word(w))
            and w not in _HE_HEADS
            and (lookup(w) is None or n == 0 and he_given(w))
            for n, w in enumerate(ws)
        )
        and not _he_head_at(ws, 0)
        and not names_a_body(" ".join(ws))
        and not any(_SPEECH.fullmatch(w) for w in ws)
    )


def _group_role(before: list[str]) -> str | None:
    """The plural role the list's cue points back to: the last group head before it and its complement
    ("חברי הוועד", "חברי כנסת"), or a plural title with the article ("השרים")."""
    for k in range(len(before) - 1, -1, -1):
        w = before[k].removeprefix("ו")
        if w in _GROUP_HEADS and k + 1 < len(before) and _name_like(before[k + 1].removeprefix("ה")):
            return f"{w} {before[k + 1]}"
        if w in _PLURAL_TITLES:
            return w
    return None


def family_shaped(word: str) -> bool:
    """Whether `word` ends as Slavic and Germanic family names do (סקי, ביץ, שטיין, ברג)."""
    return _FAMILY_SHAPE.fullmatch(word) is not None
