"""The word-level reading every Hebrew people finder shares: the words and marks of a sentence, known given
names and foreign-spelt ones, titles and role heads and their construct complements, bodies' heads, places."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from briefing_app.core.facts.gazetteer import (
    hebrew_family_names,
    hebrew_family_words,
    israeli_given_names,
    lookup,
    world_given_names,
)
from briefing_app.core.facts.gazetteer import names_a_place as _a_place
from briefing_app.core.facts.hebrew_clitics import PRONOUN_ADDRESSEES, hebrew_prefix_ok
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.orgs import HE_HEADS
from briefing_app.core.facts.people_he_words import HE_DEFINITE_ROLES, HE_ROLE_WORDS
from briefing_app.core.facts.people_he_words import HE_TITLES as HE_TITLES
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

# Words of a Hebrew title or role that comes before the name: the head, then its construct complement
# ("שר החוץ", "ראש הממשלה", "דובר המשטרה", 'מנכ"ל החברה').
_HE_HEADS = {*HE_TITLES, *HE_ROLE_WORDS, *HE_DEFINITE_ROLES,
             "שגריר", "שגרירת", "השופט", "השופטת", "שופט", "שופטת", "יו״ר", "מנכ״ל",
             "ח״כ", "השגריר", "הרמטכ\"ל", "רמטכ\"ל", "מזכ\"ל", "ראש העיר", "ראשת", "ראש", 'מפכ"ל', 'המפכ"ל',
             'מנכ"לית', 'יו"רית', 'מזכ"לית', "מנכ״לית", "יו״רית", "מפכ״ל", "המפכ״ל"}  # fmt: skip
# Words that are no part of a name: function words and the speech verbs.
_HE_NOT_NAME = {"של", "את", "על", "כי", "עם", "גם", "לא", "הוא", "היא", "הם", "זה", "זאת", "אשר", "אך", "אבל", "כך",
                "אל", "אמר", "אמרה", "אמרו", "היום", "אתמול", "הבוקר", "הערב", "מסר", "מסרה", "ציין", "ציינה",
                "הודיע", "הודיעה", "לדברי", "כאשר", "בין", "אחרי", "לפני", "ב", "ל", "ו", "בלבד", "רק",
                # "בין X Y לבין Z W": the second "between" of a pair, never a name
                "לבין", "ובין",
                # "איחל ראש הממשלה רפואה שלמה" (wished a full recovery): the wish, no name after the office
                "רפואה", "החלמה",
                # prepositions that stand as words, never a name's first word ("חתמה חברת X מול חברה זרה")
                "מול", "ליד", "לצד", "אצל", "ללא", "בלי", "כמו", "לעומת", "כנגד", "תחת", "בעקבות", "בשל", "למען",
                "לקראת",
                # ("ראש העיר X עילית נגד השביתה:": what one is for or against, after a town whose second word is
                # a given name; no family name)
                "נגד", "כלפי", "לגבי", "אודות", "בעניין", "בנוגע",
                # "himself", "herself": "X עצמו הצטרף", "הנשיא עצמו דיבר" (the one named, no family name)
                "עצמו", "עצמה", "עצמם", "עצמן",
                # sentence adverbs that open a clause: "as is remembered", "as is known"
                "כזכור", "כידוע",
                # "in his words" (a text's wording, or the one just named): no name
                "בלשונו", "בלשונה", "בלשונם", "כלשונו", "כלשונה", "כלשונם",
                # "there is", "there is not": '"יש לי מסר ברור"' opens a clause inside a quote (לי is a listed
                # family name), never a given name
                "יש", "אין",
                # "words" as a verb's object: "אמר דברים אלה:", "את הדברים אמר X" (said these words), no name
                "דברים", "הדברים",
                # adverbs of time and degree right after a subject ("ישראל מעולם לא הייתה חזקה יותר": never), no
                # family name after a given name that is also a country or a word
                "מעולם", "לעולם", "עדיין", "כבר", "תמיד", "מאוד",
                # "even", "also" between a subject and its verb ("X Y אף הגיב:", as "גם"), never a family name
                "אף",
                # "or": "שר או סגן שר" (a minister or a deputy), never a word of a name
                "או",
                # "is not" (with "and"): "מועמד מקצועי ראוי ואינו מזוהה" (a worthy candidate and not identified)
                "אינו", "אינה", "אינם", "אינן", "ואינו", "ואינה", "ואינם", "ואינן",
                # "for his part" after a subject ("X מצדו ניסה ..."): a sentence adverb, never a family name
                "מצדו", "מצידו", "מצדה", "מצידה", "מצדם", "מצידם", "מצדן", "מצידן",
                # "quite", "enough" before an adjective ("התחזית של X, ROLE, די קודרת"): an adverb, never a name
                "די"}  # fmt: skip
# The function words above with "and" glued ("לאיילת X ועל כך", "X וגם", "X ולא"): no family name either (not
# "ואל", a spelling of the given name Wael)
_AND_GLUED_NOT_NAME = ("של", "את", "על", "כי", "עם", "גם", "לא", "הוא", "היא", "הם", "זה", "זאת", "אשר", "אך", "אבל",
                       "כך", "כאשר", "אחרי", "לפני", "בלבד", "רק", "מול", "ליד", "ללא", "בלי", "כמו", "נגד", "כלפי",
                       "לגבי", "יש", "אין", "עדיין", "כבר", "תמיד")  # fmt: skip
_HE_NOT_NAME |= {"ו" + w for w in _AND_GLUED_NOT_NAME}
# "that" glued to a personal pronoun ('"זה נס שאני בחיים"': a miracle that I ...): a clause, no family name
_HE_NOT_NAME |= {p + w for p in ("ש", "כש", "וש") for w in ("אני", "אתה", "את", "הוא", "היא", "אנחנו", "אנו", "אתם",
                                                           "הם", "הן")}  # fmt: skip
# "that" glued to a conjunction or an adverb ("אמר השר שאם השיח יתנהל ככה", "שלא", "שכבר"): a that-clause after a
# verb, never a given name after a title
_HE_NOT_NAME |= {p + w for p in ("ש", "וש") for w in ("אם", "לא", "אין", "יש", "כל", "גם", "עוד", "כבר", "זה", "זו",
                                                     "זאת", "אכן", "אף", "רק", "למרות", "בגלל", "כאשר")}  # fmt: skip
_HEAD_FIRST_WORDS = frozenset(h.split()[0] for h in _HE_HEADS)
# The letters a title can start with, bare or after ו, ה, ל, מ (a cheap first test of every word).
_HEAD_LETTERS = frozenset({w[0] for w in _HEAD_FIRST_WORDS} | set("והלמ"))
_HE_WORD = re.compile(
    r"[\u05d0-\u05ea]+(?:[\"\u05f4][\u05d0-\u05ea]+|(?:['\u05f3][\u05d0-\u05ea]*){1,2})?(?:[-\u05be][\u05d0-\u05ea]+)?"
)


# Words the given-name list holds that are far more often function words or common nouns ("אשר" which,
# "שם" there, "יום" day, "שני" second, "דין" law): never the start of a name here.
_NOT_GIVEN = {"אשר", "אל", "שם", "יום", "שני", "ראשית", "לאל", "ים", "דין", "היא", "טוב", "שר", "פרח", "ועד",
              "ולא", "אני"}  # ("ולא": and not; "אני": I)


@functools.cache
def _given_names() -> frozenset[str]:
    # (a title or role the list also holds, "דוברת", is the role)
    # (the names of Israel's babies add the rarer and the foreign ones the older list lacks: אירינה, איגור)
    known = world_given_names().get("he", frozenset()) | israeli_given_names()
    return known - _NOT_GIVEN - {h for h in _HE_HEADS if " " not in h}


def he_given(word: str) -> bool:
    # (a geresh typed as the Hebrew ׳ is the list's apostrophe: "ח׳אלד" is "ח'אלד")
    return word in _given_names() or ("\u05f3" in word and word.replace("\u05f3", "'") in _given_names())


@per_document  # (asked for the same pairs of words by several Hebrew name readers)
def ends_a_place(before: str, word: str) -> bool:
    """Whether `word` ends a two-word place with the word before it, a preposition glued on ("בבאר שבע גזר",
    "תושב גבעת שמואל X"): a town named after a person or thing, whose second word is also a given name."""
    for cut in range(3):
        if cut and not hebrew_prefix_ok(before[:cut]):
            continue
        entry = lookup(f"{before[cut:]} {word}") if len(before) - cut >= 2 else None
        if entry is not None and entry.kind == "place":
            return True
    return False


# A foreign given name in Hebrew letters: a geresh marks the sounds Hebrew lacks (ג' j, ז' zh, צ' ch, ת' th),
# as in ג'ורג', ג'יימס, צ'רלס; an abbreviation's geresh (פרופ', גב') follows other letters.
_TRANSLITERATED = re.compile(r"(?:[\u05d0-\u05ea]*[גזצת]['\u05f3][\u05d0-\u05ea]+){1,2}['\u05f3]?")


@per_document  # (asked for the same words by many Hebrew name readers)
def transliterated(word: str) -> bool:
    """Whether `word` is spelt as a foreign given name is ("ג'ורג'", "צ'ארלס", "ז'אן-פייר": a part of a
    hyphenated one so spelt)."""
    if "-" in word:
        parts = word.split("-")
        return len(parts) == 2 and all(parts) and any(_TRANSLITERATED.fullmatch(p) for p in parts)
    return _TRANSLITERATED.fullmatch(word) is not None


def addressee_after(given: str, nxt: str) -> bool:
    """Whether `nxt` is "to me", "to him" ("לי", "לו") after a word the given-name list holds ("לא נעים לי להגיד",
    "קשה לו"): an adjective or a verb and whom it is to, no family name ("לי" is listed, as in "ברוס לי", which a
    foreign given name spelled out keeps)."""
    return nxt in PRONOUN_ADDRESSEES and not transliterated(given)


# "בני אדם" (people), "בני משפחה", "בן זוג": the construct of בן/בת, no given name and family name.
_KIN_PHRASES = {"אדם", "משפחה", "משפחתו", "משפחתה", "זוג", "זוגו", "זוגה", "נוער", "ערובה", "דודים", "הזוג",
                "המשפחה", "ברית", "מיעוטים", "גילו", "גילה", "גילם", "גיל"}  # fmt: skip


# Particles that open a family name ("בן עמי", "בר און") and are given names too (בן).
_PARTICLES = {"בן", "בר", "בת", "אבו", "אבן"}


def _acronym(word: str) -> bool:
    """A body's acronym with gershayim (צה"ל, מד"א, שב"כ), written straight or typographic."""
    return re.fullmatch(r"[\u05d0-\u05ea]+[\"\u05f4][\u05d0-\u05ea]", word) is not None


@per_document  # (asked for the same pairs of words by several Hebrew name readers)
def _kin_phrase(first: str, second: str) -> bool:
    if first in ("עד", "עדי", "עדת", "עדות") and second in ("ראייה", "ראיה"):
        return True  # "עדי ראייה" (eyewitnesses): עדי is a given name too
    return first in ("בן", "בני", "בת", "בנות") and second in _KIN_PHRASES


# Given names that are also past-tense verbs news uses after a title: "דנה בנושא" (discussed the matter),
# "נתן הוראה" (gave an order).
# (and "said", a given name too, Amar: "ROLE, אמר לרדיו:" is the verb and to whom it was said)
_VERB_NAMES = {"דן", "דנה", "נתן", "נתנה", "אמר", "אמרה"}


def _verb_not_name(given: str, nxt: str) -> bool:
    """Whether `given` is the verb it also spells ("המורה דנה בנושא", "השר נתן הוראה"): the next word is no
    listed family name and reads as the verb's object, with ב (דן ב-) or a feminine or plural ending, or a
    preposition, after נתן ("דנה ברק", "דנה לוינר", "נתן שרנסקי" stay names)."""
    if given not in _VERB_NAMES or nxt in hebrew_family_names():
        return False
    if given.startswith("ד"):
        return nxt.startswith("ב") and (nxt[1:2] == "ה" or len(nxt) > 3)  # ("דן בתיק"; ברק is a listed name)
    return nxt.endswith(("ה", "ות", "ים")) or nxt[:1] in "לבה"


def _he_head_at(words: Sequence[str], i: int, glued: bool = False) -> int:
    """How many words of a title start at `i` (0 if none), a leading ו or ה of the first one allowed; with
    `glued`, also a preposition ל or מ glued to it ("לדובר המשטרה, X Y", "מהארכאולוג X Y")."""
    first = words[i] if i < len(words) else ""
    if first[:1] not in _HEAD_LETTERS and not first.endswith(_PROFESSION_SUFFIXES):
        return 0  # no title starts with this letter, even after ו, ה, ל or מ: most words stop here
    return _head_length(first, words[i + 1] if i + 1 < len(words) else None, glued)


@per_document  # (five title readers walk every word of every sentence for a title: one walk per sentence)
def head_starts(words: tuple[str, ...], glued: bool = False) -> tuple[int, ...]:
    """The positions in `words` where a title starts (`_he_head_at` is not 0), in order: a sentence holds a few
    among its twenty words or more, and a reader that acts only at a title reads just these."""
    return tuple(i for i in range(len(words)) if _he_head_at(words, i, glued))


@functools.lru_cache(maxsize=1 << 16)
def _head_length(first: str, second: str | None, glued: bool) -> int:
    """`_he_head_at` for a word and the one after it (cached: every pass over a sentence asks it again)."""
    if glued and first[:1] in "ולמכש":
        cut = _glued_preposition(first)
        if cut and first not in _NOT_GLUED_TITLES:
            return _head_length(first[cut:], second, False)
        if cut and second is not None and _head_length(first[cut:], second, False) == 2:
            return 2  # "מראש הממשלה X Y": a two-word title, never the word of its own ("מראש": in advance)
    if second == "של" and _possessed_role(first):
        return 1  # "שוערה של הקבוצה", "דוברו של השר": a role with its owner's suffix, then של and the owner
    if first.lstrip("ו") == "ראש" and second in ("השנה", "חודש"):
        return 0  # "ראש השנה", "ערב ראש חודש אלול": the new year and the new month, feasts, no head of anything
    and_the = first[:2] == "וה"  # "והמשורר X Y": "and" and the article before a role
    heads = _HEAD_FIRST_WORDS
    bare = first[2:] if and_the else first[1:] if first[:1] in "וה" else first
    if first not in heads and first[1:] not in heads and not (and_the and first[2:] in heads):
        return int(first.endswith(_PROFESSION_SUFFIXES) and _profession(bare))
    for phrase in ([f"{first} {second}"] if second is not None else []) + [first]:
        n = phrase.count(" ") + 1
        for candidate in (phrase, phrase[1:] if phrase[:1] in "וה" else "", phrase[2:] if and_the else ""):
            if candidate and candidate in _HE_HEADS:
                return n
    return int(_profession(bare))


_FINAL_FORMS = {"נ": "ן", "מ": "ם", "צ": "ץ", "פ": "ף", "כ": "ך"}


def _possessed_role(word: str) -> bool:
    """A role noun with a possessive suffix (ו, ה, ם, ן: "מאמנה", "קשרה", "דוברו"), as Hebrew writes it before של
    and the owner: the stem is a role word, or a role news writes with the article only (השוער, הקשר)."""
    stem = word[:-1]
    if word[-1:] not in "והםן" or len(stem) < 2:
        return False
    stem = stem[:-1] + _FINAL_FORMS.get(stem[-1], stem[-1])  # "מאמנה": the stem's last letter in its final form
    return stem in HE_ROLE_WORDS or f"ה{stem}" in HE_DEFINITE_ROLES


# Agent nouns of the sciences and of -ism (ארכאולוג, פסיכולוג, גיאולוגית; אקטיביסט, פסנתרנית aside): a
# profession by its ending, however rare the word; not the -לוג nouns that name texts (מונולוג, קטלוג).
_PROFESSION_ENDING = re.compile(r"[\u05d0-\u05ea]{2,}(?:ולוג|יסט)(?:ית)?")
_NOT_PROFESSIONS = {"מונולוג", "פרולוג", "טוויסט", "דיאלוג", "קטלוג"}


def _profession(word: str) -> bool:
    return _PROFESSION_ENDING.fullmatch(word) is not None and word not in _NOT_PROFESSIONS


_PROFESSION_SUFFIXES = ("לוג", "לוגית", "יסט", "יסטית")  # a cheap test before the pattern


# Words that read as a preposition and a title but are words of their own: "מראש" (in advance), "מדובר"
# (it is about), "לשרת"/"משרת" (to serve, servant), "לפקד" (to command), "מחבר" (an author, a connector).
_NOT_GLUED_TITLES = {"מראש", "מדובר", "לשרת", "משרת", "לפקד", "מחבר", "לחבר", "מחברת", "מרבי", "ומרבי"}


def _glued_preposition(word: str) -> int:
    """How many letters of ו, ל or מ and a swallowed or written article stand before a title in `word` (none
    when the word is a title itself: "מפקד", "מנהל")."""
    if word[:1] not in "ולמכש" or word in _HEAD_FIRST_WORDS or word[1:] in _HEAD_FIRST_WORDS and word[:1] in "וה":
        return 0
    for cut in (4, 3, 2, 1):  # the longest prefix first: "וכשה", "ומה", "כשה", "מה", "כש", "ול", "ומ", "ל", "מ"
        if word[:cut] in _GLUED_PREFIXES and len(word) - cut >= 2:
            rest = word[cut:]
            if rest.split("-")[0] in _HEAD_FIRST_WORDS or rest.endswith(_PROFESSION_SUFFIXES) and _profession(rest):
                return cut
    return 0


# (and "when": "כששר הביטחון X הגיע", "וכשהשר X"; and "that" with the article, which a clause opening on a
# titled subject glues on: "בזמן שהשר X יושב", "ושהמנהלת X אמרה"; never ש bare, where "שמנהל" is "who manages")
_GLUED_PREFIXES = frozenset(("ומה", "מה", "ול", "ומ", "ל", "מ", "כש", "כשה", "וכש", "וכשה", "שה", "ושה"))


# Adverbs and adjectives that stand between a title and the name ("השר לשעבר X Y", 'ח"כ בפועל').
_AFTER_A_TITLE = {"לשעבר", "בפועל", "כיום", "עצמו", "עצמה", "הקודם", "הקודמת", "החדש", "החדשה", "אז", "גם", "שוב",
                  # "then" and the outgoing, incoming or designated holder ("ראש הממשלה דאז", "השר היוצא")
                  "דאז", "היוצא", "היוצאת", "הנכנס", "הנכנסת", "המיועד", "המיועדת", "הנוכחי", "הנוכחית"}


def _definite_role(word: str) -> bool:
    """A role noun with the article ("הארכאולוג", "והזמרת"): news sets it right before a name, so the two words
    after it, closed by a comma, a bracket, a full stop or a verb of saying, are the name."""
    word = word[1:] if word[:2] == "וה" else word
    return word[:1] == "ה" and (word[1:] in HE_ROLE_WORDS or word in _HE_HEADS or _profession(word[1:]))


def _adjective_after(words: list[str], i: int) -> bool:
    """Whether the definite word at `i` agrees with a definite noun before it as its adjective ("להתיישבות
    החקלאית", "הגוף הבכיר"), no role before a name."""
    return i > 0 and words[i][:1] == "ה" and re.match(r"[ובלמכש]{0,2}ה[\u05d0-\u05ea]{2}", words[i - 1]) is not None


def without_age(words: list[str]) -> list[str]:
    """A description without the age that closes it ("סטודנטית בת 23", "נהג בן ה-45" are "סטודנטית", "נהג"):
    news gives a person's age after the noun that describes them; a description that is only an age stays."""
    for j in range(1, len(words) - 1):
        if words[j] in ("בן", "בת") and re.match(r"(?:ה-?)?\d", "".join(words[j + 1 : j + 4])):
            return words[:j]  # (and where they are from after it: "נהג בן 45 מחיפה")
    return words


def _words(text: str) -> list[str]:
    """The words and marks of a Hebrew sentence; gershayim inside a word (צה"ל), never the closing mark after it."""
    return list(_tokens(text))  # a copy: callers may change their list


def words_by_sentence(
    sentences: Sequence[SourceSentence],
) -> tuple[dict[int, list[str]], Mapping[str, AbstractSet[int]]]:
    """Each sentence's words by its index, and the sentences each word stands in (the finders that ask whether
    a name is written alone elsewhere in the article)."""
    texts = {s.index: _words(s.text) for s in sentences}
    return texts, _sentences_by_word(tuple((s.index, s.text) for s in sentences))


@per_document  # (five Hebrew name readers ask for the same article's index: built once, read only)
def _sentences_by_word(sentences: tuple[tuple[int, str], ...]) -> Mapping[str, frozenset[int]]:
    where: dict[str, set[int]] = {}
    for at, text in sentences:
        for w in _tokens(text):
            where.setdefault(w, set()).add(at)
    return {w: frozenset(at) for w, at in where.items()}


@per_document  # a dozen finders read every sentence's words
def _tokens(text: str) -> tuple[str, ...]:
    # "רס"ן (מיל') X Y", "השופט (בדימ') X Y": a reserve or retired mark in brackets after a rank or a title is
    # read as written without them ("במיל'", "בדימוס"), a part of the title, which the name follows
    text = _STATUS_IN_BRACKETS.sub(r"\1", text) if "(" in text else text
    # A final letter (ך ם ן ף ץ) ends a word: one followed by a letter is two words run together, as copy and
    # treebank text sometimes leave them ("כהןאמר"); read them apart
    return tuple(_TOKENS.findall(_RUN_TOGETHER.sub(r"\1 ", text)))


_RUN_TOGETHER = re.compile(r"([ךםןףץ])(?=[\u05d0-\u05ea])")


# A reserve or retired mark in brackets: (מיל'), (במיל'), (בדימ'), (בדימוס), (מיל.)
_STATUS_IN_BRACKETS = re.compile(r"\(\s*((?:ב)?(?:מיל|דימ|דימוס)['׳.]?)\s*\)")


# A hyphen between Hebrew letters joins one name ("בר-דוד", "בן-עמי").
# A single prefix letter before a quote mark and two or more letters ('מ"יד X"', 'ל"הגנה"') is a preposition
# glued to an opening quote, not an acronym: an acronym's gershayim stand before its last letter (צה"ל, ש"ח).
_TOKENS = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמהשכ](?=[\"\u05f4][\u05d0-\u05ea]{2})|"
    r"[\u05d0-\u05ea]+(?:[\"\u05f4][\u05d0-\u05ea]+|(?:['\u05f3][\u05d0-\u05ea]*){1,2})?(?:[-\u05be][\u05d0-\u05ea]+)?|[^\s\u05d0-\u05ea]"
)


def names_a_body(phrase: str) -> bool:
    """Whether a phrase names an organisation ("בית המשפט", "משרד החוץ"), not a person."""
    words = phrase.split()
    return bool(words) and words[0] in _BODY_FIRST_WORDS


# The first words of the organisation heads, bare or with the article (one set look-up per phrase).
_BODY_FIRST_WORDS = frozenset(w for head in HE_HEADS for w in (head.split()[0], "ה" + head.split()[0]))


def _name_like(word: str) -> bool:
    return (
        bool(_HE_WORD.fullmatch(word))
        and word not in _HE_NOT_NAME
        and not word.startswith("ה")
        and not _from_known(word)
    )


def _from_known(word: str) -> bool:
    """ "From" glued to a party, body or place the gazetteer knows ("ח"כ X Y ממרצ", "X Y מחולון"): where one comes
    from, after the name, never its family name (a listed family name stays one, "מזרחי")."""
    if word[:1] != "מ" or len(word) < 4 or word in hebrew_family_names():
        return False
    rest = word[2:] if word[1:2] == "ה" else word[1:]
    return len(rest) >= 3 and (lookup(rest) is not None or lookup("ה" + rest) is not None)


def family_name_in_he(word: str) -> bool:
    """A listed family name that starts with ה as a definite word does ("הורוביץ", "הלפרין"): five letters or
    more, no adjective's or plural's ending (not "הישראלי", "הזה") and no place ("הולנד")."""
    return (
        len(word) >= 5
        and word in hebrew_family_names()
        and not word.endswith(("י", "ית", "ים", "ות"))
        and lookup(word) is None
    )


def lone_family_in_he(word: str) -> bool:
    """A family name in ה that may stand alone, with no given name before it ("השר X", "אמר X"): listed, no
    Hebrew word in hspell's reading (not "הלל", "הראש", "הישראלי") and no place or body ("הולנד"). Readers that
    take a word in ה after a title or a verb for the article and a noun ("מסרה המשטרה", "השר החדש") keep it."""
    return (
        word[:1] == "ה"
        and word in hebrew_family_names()
        and word not in hebrew_family_words()
        and lookup(word) is None
    )


def _complement_end(words: list[str], k: int, commas: bool = False) -> int:
    """Where a title's complement ends, from word `k` on: a construct chain of up to four words, each definite
    or before a definite one ("נשיא בית הדין הארצי", "נשיא ארצות הברית")."""
    start = k
    while (
        k < len(words)
        and k < start + 4
        and _HE_WORD.fullmatch(words[k])
        and (
            words[k].startswith("ה")
            or (k + 1 < len(words) and words[k + 1].startswith("ה") and not _given_then_h_family(words, k))
            or (k == start and _construct_of_a_name(words, k, commas))
        )
    ):
        k += 1
    if k == start + 1 and not words[start].startswith("ה") and _construct_of_a_name(words, start, commas):
        # "ראש עיריית אשדוד, X Y": the construct head takes the place's name, which has no article
        known = next(
            (n for n in (3, 2, 1) if k + n <= len(words) and all(_HE_WORD.fullmatch(w) for w in words[k : k + n])
             and _a_place(" ".join(words[k : k + n]))),
            0,
        )  # fmt: skip
        comma = next((j for j in range(k + 1, min(k + 3, len(words))) if words[j] == ","), None) if commas else None
        k = k + known if known else comma if comma is not None else k
    if k > start and k < len(words) and words[k - 1].startswith("ה") and _located(words[k]):
        k += 1  # "דובר היישוב בחברון", "מנהל בית החולים בעפולה": where the body of the chain is
    return council_name_end(words, k)


def before_next_member(words: list[str]) -> list[str]:
    """A role's words before "and" glued to a known given name with a word after it ("ראש מועצת X ומשה Y", in
    "A B, ROLE ומשה Y, ROLE"): the next person of a list of people and their roles, whose name ends the role."""
    joined = next((k for k, w in enumerate(words[:-1]) if k and w[:1] == "ו" and he_given(w[1:])), None)
    return words[:joined]


# A regional or local council by its kind ("המועצה האזורית", "המועצה המקומית"): its own name follows, with no
# article ("ראש המועצה האזורית שער הנגב X Y").
_COUNCIL_KINDS = {("המועצה", "האזורית"), ("המועצה", "המקומית")}
_SAYS = re.compile(HE_SPEECH)


def council_name_end(words: list[str], k: int) -> int:
    """Where a council's name after its kind ends ("ראש המועצה האזורית מטה אשר אמר:"): at the first known given
    name (the holder's), a verb of saying or a mark, after at most three words; `k` when no kind ends there."""
    if k < 2 or (words[k - 2], words[k - 1]) not in _COUNCIL_KINDS:
        return k
    end = k
    while (
        end < len(words)
        and end < k + 3
        and _HE_WORD.fullmatch(words[end])
        and not he_given(words[end])
        and not _SAYS.fullmatch(words[end])
    ):
        end += 1
    return end


def _given_then_h_family(words: list[str], k: int) -> bool:
    """A known given name and a listed family name that starts with ה ("עמוס הלוי", "דן הורוביץ"): a name after
    the chain, no construct noun before a definite one."""
    return he_given(words[k]) and words[k + 1] in hebrew_family_names() and lookup(words[k + 1]) is None


def _located(word: str) -> bool:
    """ב and a known place ("בחברון", "בצפון"): where the body a role names sits."""
    return word[:1] == "ב" and _a_place(word[1:])


def _construct_of_a_name(words: list[str], k: int, commas: bool) -> bool:
    """A feminine construct head before a place's name ("מועצת שער הנגב", "עיריית באר שבע"): the complement
    runs through the name, which takes no article of its own. The gazetteer knows the place, or (`commas`) a
    comma closes the complement within three words, as before a name set off by commas."""
    if not words[k].endswith("ת") or k + 2 >= len(words) or not _HE_WORD.fullmatch(words[k + 1]):
        return False
    if commas and "," in words[k + 2 : k + 4]:
        return True
    return any(lookup(" ".join(words[k + 1 : k + 1 + n])) is not None for n in (2, 1))


_TIME_WORDS = {"היום", "אתמול", "אמש", "הבוקר", "הערב", "הלילה", "מחר", "השבוע", "בתגובה", "בהודעה", "בראיון",
               "גם", "עוד", "אף", "שוב", "אז", "לאחר", "מכן", "כך",
               # sentence adverbs news sets after the verb: "מסר מנגד כי", "אמר מצדו", "הוסיף בנוסף"
               "מנגד", "מצדו", "מצדה", "מצדם", "בנוסף", "כבר", "אולם", "ואילו", "בעבר", "לבסוף", "עם",
               "זאת", "פעם", "אחרי", "תוך"}  # fmt: skip


# Prepositions written as words of their own that open what a speech verb is about or addressed to.
_WORD_PREPOSITIONS = {"על", "אודות", "לגבי", "בעניין", "בנוגע", "כלפי", "נגד", "אל"}


def he_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as a place ("צרפת")."""
    return _a_place(name)


def _without_preposition(role: str) -> str:
    """A role without the preposition glued to its head ("לדובר העירייה" is "דובר העירייה")."""
    cut = _glued_preposition(role.split()[0]) if role.split() and role.split()[0] not in _HE_HEADS else 0
    if cut and role[cut - 1 : cut] == "ה" and role[cut:].split()[0] in _HE_HEADS:
        cut -= 1  # "מהארכאולוג": keep the article ("הארכאולוג")
    return role[cut:]


def _family_word(given: str, family: str) -> bool:
    """A family name after a given name set off by commas; one that starts with ה (הרצוג, האריס: an "H") when
    it is a listed family name or the given name is known or transliterated."""
    if _name_like(family):
        return True
    return (
        len(family) > 3
        and family[:1] == "ה"
        and _name_like(family[1:])
        and (family in hebrew_family_names() or he_given(given) or transliterated(given))
    )


# Heads that name a street, a building, a place or an institution after a person ("רחוב X Y", "נמל התעופה
# בן-X", "בית הספר על שם X Y"): the name after them is the thing's, no person of the article.
_NAMED_AFTER = {"רחוב", "רח'", "שדרות", "שד'", "כיכר", "נמל", "התעופה", "אוניברסיטת", "מכללת", "קריית", "גבעת", "רמת",
                "נווה", "כפר", "מושב", "קיבוץ", "פארק", "גן", "אולם", "מרכז", "תיכון", "שם", 'ע"ש', "ע״ש", "פרס",
                "מבצע", "אצטדיון", "היכל", "מחלף", "צומת", "כביש", "שכונת", "מגדל", "בית", "בניין", "קרן", "מוזיאון",
                "מדרחוב", "סמטת", "דרך", "שדרת", "ספריית",
                # a hospital or school named after someone ("בית החולים X Y", "בית הספר על שם")
                "החולים", "הספר", "חולים"}  # fmt: skip


def _named_after(words: list[str], i: int) -> bool:
    """Whether the name at `i` follows a head that names a thing after a person (`_NAMED_AFTER`), a glued
    preposition allowed ("ברחוב", "בנמל"), or ends a town's name ("בבאר שבע")."""
    if i == 0:
        return False
    before = words[i - 1]
    named = before in _NAMED_AFTER or (before[:1] in "ובלמ" and before[1:] in _NAMED_AFTER)
    return named or ends_a_place(before, words[i])


# A firm's kind in construct with a definite noun ("בית ההשקעות", "חברת הביטוח", "רשת השיווק"): the word after
# the office's complement so ended is the firm's name ("אנליסט בית ההשקעות אופק אמר"), no surname.
_FIRM_HEADS = {"חברת", "רשת", "קבוצת", "קרן", "סוכנות"}
_FIRM_HOUSES = {"ההשקעות", "הברוקרים", "ההוצאה"}


def firm_of_kind(complement: list[str]) -> bool:
    """Whether an office's words end with a firm's kind whose name follows (see _FIRM_HEADS)."""
    if len(complement) < 2 or not complement[-1].startswith("ה"):
        return False
    head = complement[-2].lstrip("ו")
    return head in _FIRM_HEADS or (head == "בית" and complement[-1] in _FIRM_HOUSES)
