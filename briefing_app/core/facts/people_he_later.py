"""Hebrew people read from the whole article, once every sentence has been read: a known given name whose
next word the article also uses alone (a family name, "משה X ... X עתר"), and a title's two words that close
the clause when the second stands alone elsewhere ("נשיא ארצות הברית ג'ו X." ... "X אמר"). Moved out of
`people_he` to keep it small."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, hebrew_family_words, known_names, lookup
from briefing_app.core.facts.gazetteer import names_a_place as _a_place
from briefing_app.core.facts.he_passive_slot import passive_verb_in_family_slot
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.orgs import HE_HEADS as HE_BODY_HEADS
from briefing_app.core.facts.people_he_base import (
    _AFTER_A_TITLE,
    _HE_HEADS,
    _HE_NOT_NAME,
    _TIME_WORDS,
    _adjective_after,
    _complement_end,
    _definite_role,
    _he_head_at,
    _kin_phrase,
    _name_like,
    _words,
    ends_a_place,
    firm_of_kind,
    he_given,
    head_starts,
    lone_family_in_he,
    transliterated,
    words_by_sentence,
)
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.people_he_titled import titled_unlisted
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES, LIFE_VERBS
from briefing_app.core.facts.people_index import PeopleIndex, Person
from briefing_app.core.facts.reporting_verbs import HE_SPEECH


def named_once_then_by_family_name(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A known given name and the word after it, where that word alone stands in two or more other sentences,
    is a person named in full once and then by the family name ("משה הגלילי ... הגלילי עתר ... טען הגלילי"),
    even when the family name starts like a definite noun (ה-)."""
    texts, where = words_by_sentence(sentences)
    words_anywhere = where.keys()
    for s in sentences:
        words = texts[s.index]
        for i in range(len(words) - 1):
            given, family = words[i], words[i + 1]
            if not he_given(given) or given in _HE_NOT_NAME or given in _HE_HEADS:
                continue  # the given-name list holds words that are pronouns or titles too (היא, שר)
            if not _name_like(family.removeprefix("ה")) or family in _HE_NOT_NAME or _kin_phrase(given, family):
                continue
            if len(family) < 4 or family in known_names():
                continue
            if passive_verb_in_family_slot(family):
                continue  # "תושב X נעצר ... הוא נעצר": a verb the article uses alone, no family name
            if family[0] in "הבל" and family not in hebrew_family_names() and not transliterated(family):
                continue  # "גל התחלואה", "ישראל במהלך": a noun with the article or a glued preposition, which the
                # article writes alone again as often as a family name ("הגלילי", a listed one, still names)
            if given in HE_BODY_HEADS and _led_body(texts.values(), given, family):
                continue  # "קרן X בראשות Y": a fund headed by Y (a body's head word spelt as a given name)
            if lookup(f"{given} {family}") is not None or i and ends_a_place(words[i - 1], given):
                continue  # "בעיר אור עקיבא ,": a town of two words (its first a given name), no person
            if family.endswith(("ים", "ות")) and (family not in hebrew_family_names() or given.endswith("ים")):
                continue  # "בעלי חיים נדירים": a plural noun (life) and its adjective, no given and family name
            known = index.find(f"{given} {family}") or index.find(family)
            if known is not None and known.name != family:
                continue  # the family name is already a known person's: "פרשת הגלילי" after "משה הגלילי" (a
                # person read by the family name alone, "סיפר X", still takes the full name here)
            if any(form in words_anywhere for form in ("ה" + family, family[1:]) if len(form) >= 3):
                continue  # "בנמל" (נמל stands alone), "שביל" (השביל): a common noun takes the article
            alone = where.get(family, set()) - where.get(given, set()) - {s.index}
            closed = words[i + 2 : i + 3] in ([","], ["."], [":"])  # "ביים X Y," ... "Y הוסיף": a name set off
            # ("X Y התראיין ..." ... 'התייחס Y לעובדה ש...:': the lone word is the subject right after a verb of
            # saying, as a family name is)
            spoken = any(_said_before(texts[j], family) for j in alone)
            if len(alone) >= 2 or (alone and (closed or spoken) and family not in _TIME_WORDS):
                index.add(f"{given} {family}", None, s.index)


_SAID = re.compile(HE_SPEECH)


def _led_body(texts: object, head: str, name: str) -> bool:
    """Whether the article writes "HEAD NAME" as a body somewhere: headed by someone ("קרן X בראשות Y") or the
    complement of an office ('מייסד ומנכ"ל קרן X'); no person is either."""
    for words in texts:  # type: ignore[attr-defined]
        for k in range(len(words) - 1):
            if words[k] != head or words[k + 1] != name:
                continue
            if words[k + 2 : k + 3] == ["בראשות"] or k and words[k - 1].removeprefix("ו") in HE_ROLE_WORDS:
                return True
    return False


def _said_before(words: list[str], family: str) -> bool:
    """Whether `family` stands right after a verb of saying (not its "and"-joined second verb) in `words`."""
    return any(w == family and k and _SAID.fullmatch(words[k - 1].removeprefix("ו")) for k, w in enumerate(words))


def _possessed(word: str) -> bool:
    """A plural noun in the construct with a possessive suffix ("דבריו", "דבריה", "חבריהם"): his, her, their X."""
    return re.fullmatch(r"[\u05d0-\u05ea]{2,}(?:יו|יה|יהם|יהן|ינו)", word) is not None


def title_then_unlisted_name(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A title and its complement, then two words closing the clause whose second the article also uses
    alone ("נשיא ארצות הברית ג'ו ביידן." ... "ביידן אמר"): a person whose given name the list lacks."""
    texts = {s.index: _words(s.text) for s in sentences}
    for s in sentences:
        words = texts[s.index]
        for i in head_starts(tuple(words)):
            n = _he_head_at(words, i)
            k = _complement_end(words, i + n)
            place = next((m for m in (3, 2, 1) if k + m <= len(words) and _a_place(" ".join(words[k : k + m]))), 0)
            # (not a given name that is a country too before a listed family name: 'שר הביטחון ישראל כ"ץ')
            named = place == 1 and he_given(words[k]) and words[k + 1 : k + 2] != []
            named = named and words[k + 1] in hebrew_family_names()
            k += 0 if named else place  # or a place: "נשיא צרפת"
            if k + 1 >= len(words) or k == i + n and words[i].lstrip("ו") not in HE_TITLES:
                continue
            given, family = words[k], words[k + 1]
            closed = k + 2 == len(words) or words[k + 2] in (",", ".", ";") or re.fullmatch(HE_SPEECH, words[k + 2])
            if not (_name_like(given) and _name_like(family)) or index.find(family) is not None:
                continue
            if given in HE_TITLES:
                continue  # 'מנכ"ל המשרד פרופסור X Y': a title of address after the office, no given name
            if given[:1] == "ו" and not he_given(given) or given[:1] == "ל" and adjunct_word(given):
                # "שרת התרבות והספורט X Y", "מנהלת המחלקה לרפואה דחופה, ד"ר": the office's complement goes on
                # after "and" or ל (what the unit is for), or an infinitive follows ("כוונת השרה לבצע רפורמה,")
                continue
            if adjunct_word(given) and (_possessed(family) or family.endswith(("י", "ית"))):
                # '"...", אמר שר האוצר בפתח דבריו.': a preposition's noun and one's own words; "השר לביטחון לאומי,":
                # a minister's field, a preposition's noun and its adjective; no name
                continue
            if any(w.lstrip("ו") in HE_TITLES for w in (given, family)):
                continue  # "לפטר שר וסגן שר": another office of a list ("and deputy minister"), no name
            if said_then_clause(words, k + 1):
                continue  # 'מנכ"ל האוצר X טען כי': a verb of saying after one name, the verb again elsewhere
            if not closed and (
                adjunct_word(given)
                or adjunct_word(family)
                or given in _AFTER_A_TITLE | _TIME_WORDS
                or given[:1] == "ש"  # "הלחץ הרב שבידי X": a relative clause
                or given.lstrip("ובלמש") == "כל"  # "ראש העיר ... בכל תחומי החיים": every, no name
                or _adjective_after(words, i)  # (and "הרב" after a definite noun is its adjective, great)
            ):
                continue  # "השר החדש פתח בדיון": a verb and a preposition's phrase, no name (a verb after
                # the name is let through below only when the family name stands alone elsewhere)
            if any(lookup(w) or w[:1] in "ובלמ" and lookup(w[1:]) for w in (given, family)):
                continue  # "ביקר בפריז": a verb and a place, no name
            alone = [j for j, ws in texts.items() if j != s.index and family in ws and given not in ws]
            if alone:
                index.add(f"{given} {family}", " ".join(words[i:k]), s.index)


def title_then_family_name(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A title and its complement, then one word the article also writes alone in another sentence ("שר
    הביטחון X נפגש" ... "X אמר"): a well-known person news names by the family name alone after the office,
    the office the role. Not an adverb, a time, a place, a preposition's phrase or a word also written with
    the article (a common noun: "השר החדש")."""
    texts, where = words_by_sentence(sentences)
    for s in sentences:
        words = texts[s.index]
        for i in head_starts(tuple(words)):
            n = _he_head_at(words, i)
            k = _complement_end(words, i + n)
            # (the chain reads a word before a verb in ה as construct: "ראש הממשלה X הודיע" ends before X)
            k = next((j for j in range(i + n, k) if words[j][:1] != "ה" and verb_in_he(words[j + 1])), k)
            # (and at a family name that is no Hebrew word, which heads no construct: "שר הביטחון X הורה")
            k = next((j for j in range(i + n + 1, k) if words[j][:1] != "ה" and _family_name_only(words[j])), k)
            # (a family name in ה reads as the article and a noun, and may follow the head itself: "השר X נפגש")
            k = next((j for j in range(i + n, k) if lone_family_in_he(words[j])), k)
            # ("השופט X,", "הנגיד X הודה": a role with the article needs no complement either, before a family
            # name that is no Hebrew word)
            definite = n == 1 and _definite_role(words[i]) and k < len(words) and _family_name_only(words[k])
            if k >= len(words) or (k == i + n and n == 1 and words[i].lstrip("ו") not in HE_TITLES and not definite):
                continue  # (a head with no complement is a title only when it needs none: "השר X", "ראש הממשלה X")
            if any(w[:1] == "ו" for w in words[i + n : k]):
                continue  # "ראש הממשלה ושר הביטחון X": the second title of a list, read at its own word
            if firm_of_kind(words[i:k]):
                continue  # "אנליסט בית ההשקעות X, Y Z": the firm's name after its kind, no family name
            family = words[k]
            shaped = _name_like(family) or lone_family_in_he(family)  # (a family name in ה, no article: "השר X")
            if not shaped or len(family) < 3 and not _family_name_only(family):
                continue  # (a listed family name of two letters that is no word, "השר כץ", is one)
            # (a word that is a listed family name and a given name too, "רגב", "ברק", set off after the title,
            # "לדברי השרה רגב,", is the whole name: no name reader has a given name alone after a title)
            given = he_given(family) and not (family in hebrew_family_names() and _set_off(family, words, k + 1))
            if given or adjunct_word(family) or family in _AFTER_A_TITLE | _TIME_WORDS | _HE_HEADS:
                continue  # a given name (the name readers have it), "בכנס", "לשעבר", "אתמול"
            if re.fullmatch(HE_SPEECH, family) or family[:1] == "ש" and family[1:] not in hebrew_family_names():
                continue  # "שר החוץ אמר", "הנשיא שנבחר": a verb or a relative clause
            vav = family[:1] == "ו" and not (_family_name_only(family) and family[1:] not in hebrew_family_names())
            if lookup(family) is not None or "ה" + family in where or vav:  # ("וייסברג" is a name, not "and")
                continue  # a place or body, a common noun the article writes with the article, "and ..."
            if k + 1 < len(words) and lookup(f"{family} {words[k + 1]}") is not None:
                continue  # "ראש העיר קריית אונו נפגש": the first word of a town (or body) of two words
            more = k + 1 < len(words) and words[k + 1] not in _FUNCTION_FAMILY  # ("השר X לבין": "and between")
            said = more and _family_name_only(family) and _SAID.fullmatch(words[k + 1]) is not None
            if more and not said and (he_given(words[k + 1]) or words[k + 1] in hebrew_family_names()):
                continue  # "השר לוי דוד X": more of a name, the title readers have it (not "השר כץ אמר": the
                # verb, also a family name, after a listed family name that is no word)
            objected = words[k + 1 : k + 2] and words[k + 1] in ("את", "על", "כי", "עם", "אל")
            if objected and not _family_name_only(family):
                continue  # "ראש העיר פגש את התושבים": a verb and its object, no name (not "השר כץ על X")
            others = where.get(family, set()) - {s.index}
            spoken = others and _spoken_alone(family, [texts[j] for j in others])
            # (a listed name that is a word too, "חתם", needs a mark or a verb after it here: "השר חתם גם הוא")
            listed = _family_name_only(family) or family in hebrew_family_names() and _set_off(family, words, k + 1)
            if others and (listed or spoken):
                index.add(family, " ".join(words[i:k]).lstrip("ו"), s.index)
            elif any(adjunct_word(w) for w in words[i + n : k]):
                continue  # "מנהלת המחלקה בבית החולים X,": the word after a body's chain is that body's name
            elif _family_name_only(family) and _closes_name(words, k + 1) or _set_off(family, words, k + 1):
                # "שר האוצר רובינשטיין הציג", "לדברי מר ברקוביץ,": newspaper copy names a public figure by the
                # title and the family name alone, once; a listed family name that is no Hebrew word says so
                index.add(family, " ".join(words[i:k]).lstrip("ו"), s.index)
            elif _unlisted_name(family) and k + 1 < len(words) and _past_verb(words[k + 1]):
                # "הנשיא בוש הודיע", "מזכיר המדינה בייקר נפגש": a foreign leader's family name no list holds, between
                # the office and a past verb (an adverb there is one of a closed set, left out above)
                index.add(family, " ".join(words[i:k]).lstrip("ו"), s.index)
            elif _unlisted_name(family) and _participle_then_clause(words, k + 1):
                # "ראש הממשלה X מנסה לכנס", "השר X טוען כי": the same, before a verb in the present and the
                # infinitive or clause it takes
                index.add(family, " ".join(words[i:k]).lstrip("ו"), s.index)
            elif _unlisted_name(family) and titled_unlisted(family, words, k, [texts[j] for j in others]):
                # "רה"מ X והשר Y", "לשכת ראש הממשלה X" ... "ראש הממשלה X ורעייתו": a well-known family name no list
                # holds, after an office again elsewhere or before a second office joined by "and"
                index.add(family, " ".join(words[i:k]).lstrip("ו"), s.index)


# Adverbs that may stand between a title and its verb ("השר דווקא הודיע"), besides the time words.
_ADVERBS = {"דווקא", "אישית", "בעצמו", "בעצמה", "כנראה", "אכן", "אמנם", "בינתיים", "מיד", "מצידו", "מצדו", "עצמו",
            "עצמה", "כבר", "עדיין", "לבסוף", "שוב", "גם", "רק", "אף", "לא", "לו", "לה", "כולו", "מאז", "כעת", "עכשיו",
            "לכן", "אבל", "אולם", "אך", "כמובן", "למעשה", "כל", "טרם", "אז", "פעם", "שנית", "תחילה"}  # fmt: skip


def _unlisted_name(word: str) -> bool:
    """A word that may be a family name no list holds: no adverb, plural noun or a particle's start."""
    return (
        word not in _ADVERBS
        and word not in hebrew_family_names()
        and not word.endswith(("ים", "ות"))
        and word[:1] not in "והשכ"
        and not re.fullmatch(HE_SPEECH, word)
        and not verb_in_he(word)
        and word not in LIFE_VERBS
    )


def _past_verb(word: str) -> bool:
    """A past verb after a subject: of saying, a hif'il or hitpa'el, a nif'al, or one of a life's events."""
    return verb_in_he(word) or word in LIFE_VERBS or re.fullmatch(r"נ[\u05d0-\u05ea]{3}[הו]?", word) is not None


# A verb in the present, singular: a participle in מ (pi'el, hif'il: "מנסה", "מבקש", "מסרב"; hitpa'el: "מתכוון"),
# or a pa'al one with ו after its first letter ("טוען", "דורש", "רוצה").
_PARTICIPLE = re.compile(r"מ[\u05d0-\u05ea]{3,4}|מת[\u05d0-\u05ea]{3,5}|[\u05d0-\u05ea]ו[\u05d0-\u05ea]{2}")


def _participle_then_clause(words: list[str], at: int) -> bool:
    """Whether a present verb stands at `at` with the infinitive or the "כי" clause it takes after it ("מנסה לכנס",
    "טוען כי"): a participle's shape is a noun's too ("מנהל", "מורה"), which takes neither."""
    if at + 1 >= len(words) or _PARTICIPLE.fullmatch(words[at]) is None or words[at].endswith(("ים", "ות")):
        return False
    after = words[at + 1]
    # (and a pi'el infinitive of three letters, "לכנס", "לברר"; not a construct noun in ת, "לשכת")
    return (
        after == "כי" or infinitive_after_modal(after) or re.fullmatch(r"ל[\u05d0-\u05ea]{2}[^\sתה]", after) is not None
    )


def infinitive_after_modal(word: str) -> bool:
    """An infinitive of the shapes a modal takes after it ("אמור להיות", "עתיד להגיע", "צפוי לפעול", "יכול
    לעשות"): לה and two to five letters, ל and a pa'al stem with its ו ("לכתוב"), or one in ות; a listed family
    name so shaped ("לוינר", "לנדאו" fit none of them) is no infinitive."""
    shaped = re.fullmatch(r"לה[\u05d0-\u05ea]{2,5}|ל[\u05d0-\u05ea]{2}ו[\u05d0-\u05ea]|ל[\u05d0-\u05ea]{2,3}ות", word)
    return shaped is not None and word not in hebrew_family_names() and not he_given(word[1:])


def _family_name_only(word: str) -> bool:
    """A listed family name that no Hebrew reader takes for an ordinary word (hspell: "רובינשטיין", not "שמיר")."""
    parts = word.split("-")
    if len(parts) > 1 and any(he_given(p) for p in parts):
        return False  # "ז'אן-פייר": a double given name, the family name follows it
    return all(p in hebrew_family_names() for p in parts) and not all(p in hebrew_family_words() for p in parts)


# Listed family names that are function words first ("גם", "לבין"): never a name after a title alone.
_FUNCTION_FAMILY = {"גם", "רק", "שוב", "עוד", "בין", "לבין", "נגד", "כמו", "אז", "כך", "כן", "אף", "עצמו", "עצמה",
                    "כבר", "אולי", "מאוד", "אבל", "בלבד", "היום", "מחר", "אמש", "שם", "פה", "כאן"}  # fmt: skip


def _set_off(family: str, words: list[str], j: int) -> bool:
    """A listed family name that is also a Hebrew word ("שמיר", "מודעי") after a title, set off by a mark or
    followed by a verb of saying or a hif'il or hitpa'el past ("ראש הממשלה שמיר, שחזר", "השר מודעי הודיע"):
    a noun or an adjective after a title would not be."""
    if family not in hebrew_family_names() or family in _FUNCTION_FAMILY:
        return False
    if j < len(words) and (verb_in_he(words[j]) or words[j] in LIFE_VERBS):
        return True
    if family[:1] in "בל" and not he_given(family):
        # ("את השר לדין.": a preposition glued to a noun reads as a word-name like "לפיד"; a word the lists hold as
        # a given name too, "ראש הממשלה ברק;", is a name whatever letter opens it)
        return False
    if j >= len(words) or words[j] in (",", ".", "(", ":", ";"):
        return True
    return re.fullmatch(r"נ[\u05d0-\u05ea]{3}[הו]?", words[j]) is not None  # a nif'al past: "נפגש", "נכנס"


def _closes_name(words: list[str], j: int) -> bool:
    """Whether the name ends before `j`: the clause ends, a mark, or a word that starts no name part (the
    checks before have set aside a given or family name there; not "של", whose phrase may own the word)."""
    return j >= len(words) or words[j] != "של" and not transliterated(words[j])  # ("X דובואה": more of the name)


def _spoken_alone(word: str, others: list[list[str]]) -> bool:
    """Whether `word` stands alone elsewhere right before or after a verb of saying ("X אמר", "הוסיף X"), as a
    family name does (a verb repeated after two titles, "חתם", never does so)."""
    for words in others:
        for j, w in enumerate(words):
            if w != word:
                continue
            near = [x for x in (words[j - 1] if j else "", words[j + 1] if j + 1 < len(words) else "") if x]
            if any(re.fullmatch(HE_SPEECH, x) for x in near):
                return True
    return False


# A past verb that starts with ה (hif'il "הודיע", "החליט"; hitpa'el "התפטר"), or a verb of saying.
_VERB_IN_HE = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?|הת[\u05d0-\u05ea]{3}[הו]?")


# Hif'il verbs of roots that lose their נ, spelt as short as a noun with the article ("הגיע", not "העיר").
_SHORT_HIFIL = {"הגיע", "הגיעה", "הגיעו", "הציג", "הציגה", "הציגו", "הציע", "הציעה", "הציעו", "הביע",
                "הביעה", "הביעו", "הגיש", "הגישה", "הגישו", "הכיר", "הכירה", "הטיל", "הטילה", "הציל", "הצילה",
                "הפיל", "הורה", "הורתה", "הורו"}  # fmt: skip


def verb_in_he(word: str) -> bool:
    return _VERB_IN_HE.fullmatch(word) is not None or word in _SHORT_HIFIL or re.fullmatch(HE_SPEECH, word) is not None


# Numbers of an age after "בן" ("בן שבע", "בן עשרים"): the words an age is counted in.
_NUMBER_WORDS = {"שנה", "שנתיים", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר", "אחד",
                 "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "תשעה", "עשרה", "עשרים", "שלושים",
                 "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים", "מאה"}  # fmt: skip
# Particles inside a name that never end one: Abu, al-, Ben, Bar, and the nobility particles of foreign names.
_NAME_PARTICLES = {"אבו", "אל", "בן", "בר", "דה", "די", "ואן", "פון", "דל", "לה"}


def mend_particle_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A name read up to a particle ("זיאד אבו" of "זיאד אבו זיאד", "X בן" of "X בן עמי"): the word after the
    particle in the person's sentence is the name's, unless it opens a clause or a preposition's phrase."""
    texts = {s.index: _words(s.text) for s in sentences}
    for person in index.people:
        words = person.name.split()
        # ("עבד" of an Arab compound name, "X עבד אל-רחמן", "X עבד אללה": the servant of God's name is one)
        servant = words[-1] == "עבד"
        if len(words) < 2:
            continue
        if words[-1] not in _NAME_PARTICLES and not servant:
            _closing_particle_name(person, texts)
            continue
        for at in person.sentences:
            ws = texts.get(at, [])
            k = _name_at(ws, words)
            nxt = ws[k + len(words)] if k is not None else ""
            if words[-1] == "בן" and (nxt in _NUMBER_WORDS or nxt.isdigit()):
                break  # "X בן שבע": aged seven, no family name
            if servant and not _SERVANT_OF.match(nxt):
                break
            if _name_like(nxt) and not adjunct_word(nxt) and nxt not in _HE_NOT_NAME and nxt[:1] != "ש":
                person.name = f"{person.name} {nxt}"
                last = ws[k + len(words) + 1 : k + len(words) + 3] if servant and k is not None else []
                if len(last) == 2 and _part_then_close(last) or len(last) == 1 and _name_part(last[0]):
                    person.name = f"{person.name} {last[0]}"  # "X עבד אלY Z (54)": the family name after it
                break


def _name_at(words: list[str], name: list[str]) -> int | None:
    """Where the words of `name` stand in `words`, its first word with "and" glued on allowed ("ומשה בן X" of
    "אולגה X ומשה בן Y"); None when nowhere, or nothing follows them."""
    n = len(name)
    for j in range(len(words) - n):
        first = words[j][1:] if words[j][:1] == "ו" else words[j]
        if (words[j] == name[0] or first == name[0]) and words[j + 1 : j + n] == name[1:]:
            return j
    return None


# The second half of "עבד אל-" (servant of): "אל-רחמן", "אללה", or written glued, "אלמנעם".
_SERVANT_OF = re.compile(r"אל(?:[-־]|לה$|[א-ת]{3,}$)")
# What may stand right after a whole name: a mark, an age in brackets, "he is", a clause of ש.
_AFTER_A_NAME = {",", "(", ".", ":", "הוא", "היא"}


def _name_part(word: str) -> bool:
    """A word that can be the last part of an Arab name: a name word, no preposition's noun, verb, clause or
    place."""
    return (
        _name_like(word)
        and not adjunct_word(word)
        and word not in _HE_NOT_NAME
        and word[:1] not in "שה"
        and not re.fullmatch(HE_SPEECH, word)
        and lookup(word) is None  # ("X Y נסע אל עזה.": the preposition "to" and a place)
    )


def _part_then_close(words: list[str]) -> bool:
    """Whether `words` are a name part and what closes a name after it."""
    return _name_part(words[0]) and words[1] in _AFTER_A_NAME


def _closing_particle_name(person: Person, texts: dict[int, list[str]]) -> None:
    """ "X Y אל Z," (an Arab name's family name with its article written apart, "אל קוז"): a name read up to the
    particle takes it and the word after it, when a mark, an age or "he is" closes them ("X Y אל הבית": the
    preposition "to" and a definite noun; "X Y אל Z אמר" ends at no such close, and stays)."""
    words = person.name.split()
    for at in person.sentences:
        ws = texts.get(at, [])
        k = _name_at(ws, words)
        after = ws[k + len(words) : k + len(words) + 3] if k is not None else []
        if len(after) == 3 and after[0] == "אל" and _part_then_close(after[1:]):
            person.name = f"{person.name} אל {after[1]}"
            return


def mend_spaced_family_names(sentences: list[SourceSentence], index: PeopleIndex) -> dict[str, str]:
    """A family name the list keeps hyphenated ("סימן-טוב", "שם-טוב", "לב-ארי"), or the article writes so in
    another mention, that copy writes with a space:
    a name read up to its first half ("X בר סימן" of "X בר סימן טוב", "X שם" of "X שם טוב") takes the second
    half from the person's sentence; a person read from the two halves alone ("סימן טוב") or the same name
    read twice is that one. Returns the names mended (old to new), for the quotes that a speaker reader
    already gave the shorter name."""
    families = hebrew_family_names()
    texts = {s.index: _words(s.text) for s in sentences}
    renamed: dict[str, str] = {}
    for person in list(index.people):
        words = person.name.split()
        if len(words) < 2 or "-" in words[-1] or person not in index.people:
            continue
        for at in person.sentences:
            ws = texts.get(at, [])
            k = next((j for j in range(len(ws) - len(words)) if ws[j : j + len(words)] == words), None)
            nxt = ws[k + len(words)] if k is not None else ""
            # (or one the article itself writes hyphenated in another reading of a name: "X גורן-זהבי" there, "X
            # גורן זהבי" here)
            hyphened = f"{words[-1]}-{nxt}"
            if not nxt or (hyphened not in families and not any(p.name.endswith(f" {hyphened}") for p in index.people)):
                continue
            tail, full = f"{words[-1]} {nxt}", f"{person.name} {nxt}"
            renamed[person.name] = renamed[tail] = full
            person.name = full
            for other in list(index.people):
                if other is not person and other.name in (tail, full):
                    person.take_sentences(other)
                    person.role = person.role or other.role
                    index.people.remove(other)
                    renamed[other.name] = full
            break
    return renamed


def said_then_clause(words: list[str], j: int) -> bool:
    """A verb of saying at `j` that opens what was said ("טען כי", "אמר:"), though the family-name list holds the
    word too: after a single name it is the verb, no second name ('מנכ"ל האוצר X טען כי')."""
    return bool(re.fullmatch(HE_SPEECH, words[j])) and words[j + 1 : j + 2] in (["כי"], [":"], [","], ['"'], ["ש"])
