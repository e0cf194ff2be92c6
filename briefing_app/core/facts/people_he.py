"""Hebrew people and their roles: a title and its construct complement before a name (שר החוץ ...), a
name then its role in commas, a speech verb and its subject, a repeated pair that starts with a known
given name. The word-level reading they share is in `people_he_base`, the speaker phrases in
`people_he_phrases`; both are re-exported here for the readers that import them from this module."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, known_names, lookup
from briefing_app.core.facts.gazetteer import names_a_place as _a_place
from briefing_app.core.facts.he_passive_slot import passive_verb_in_family_slot, verb_after_and
from briefing_app.core.facts.hebrew_clitics import PRONOUN_ADDRESSEES, PRONOUN_PREPOSITIONS
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import (
    _AFTER_A_TITLE,
    _HE_HEADS,
    _HE_NOT_NAME,
    _HE_WORD,
    _KIN_PHRASES,
    _PARTICLES,
    _TIME_WORDS,
    _WORD_PREPOSITIONS,
    _acronym,
    _adjective_after,
    _complement_end,
    _definite_role,
    _from_known,
    _glued_preposition,
    _he_head_at,
    _kin_phrase,
    _name_like,
    _profession,
    _verb_not_name,
    _without_preposition,
    _words,
    addressee_after,
    ends_a_place,
    he_given,
    he_place,
    head_starts,
    lone_family_in_he,
    names_a_body,
    transliterated,
    without_age,
)
from briefing_app.core.facts.people_he_bounds import COPULAS as _COPULAS
from briefing_app.core.facts.people_he_bounds import asher_family, given_after_complement
from briefing_app.core.facts.people_he_bounds import asher_named as _asher_named
from briefing_app.core.facts.people_he_bounds import at_a_place as _at_a_place
from briefing_app.core.facts.people_he_bounds import foreign_family_next as _foreign_family_next
from briefing_app.core.facts.people_he_bounds import governed_role as _governed_role
from briefing_app.core.facts.people_he_context import (
    _HE_KIN,
    _hebrew_context_names,
    _hebrew_name_lists,
    _role_then_names,
)
from briefing_app.core.facts.people_he_kin_lists import find_kin_lists
from briefing_app.core.facts.people_he_later import (
    infinitive_after_modal,
    named_once_then_by_family_name,
    title_then_family_name,
    title_then_unlisted_name,
    verb_in_he,
)
from briefing_app.core.facts.people_he_later import (
    said_then_clause as _said_then_clause,
)
from briefing_app.core.facts.people_he_marked_body import office_before_marked_body
from briefing_app.core.facts.people_he_news import (
    _PLAIN_TITLES,
    NOUN_PHRASE_PREPOSITIONS,
    PASSIVE_PAST,
    address_title,
    addressee,
    construct_adjunct,
    described_then_named,
    foreign_third_name,
    given_then_foreign_family,
    role_before_comma,
    role_before_title,
    short_closing,
    subject_names,
    unlisted_after_office,
    unlisted_given,
    without_address_title,
)
from briefing_app.core.facts.people_he_phrases import (
    _known_name,
    _no_family_name,
    _possessed_adjunct,
    adjunct_word,
    he_drop_adjuncts,
    he_given_at,
    he_only_adjuncts,
    he_starts_with_given,
    he_trailing_adjunct,
    he_unnamed,
    name_words_before_adjunct,
    opens_adjunct,
    without_weekday,
)
from briefing_app.core.facts.people_he_possessed import possessed_role
from briefing_app.core.facts.people_he_role_after import add_offices_after_names
from briefing_app.core.facts.people_he_speech_nouns import speech_of_someone
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS as HE_ROLE_WORDS
from briefing_app.core.facts.people_he_words import HE_SPEECH as HE_SPEECH
from briefing_app.core.facts.people_he_words import HE_TITLES as HE_TITLES
from briefing_app.core.facts.people_he_words import LIFE_VERBS
from briefing_app.core.facts.people_index import PeopleIndex

# What the other readers import from here (the shared word reading lives in people_he_base and people_he_phrases).
__all__ = [
    "HE_ROLE_WORDS",
    "HE_SPEECH",
    "HE_TITLES",
    "_HE_HEADS",
    "_HE_KIN",
    "_HE_NOT_NAME",
    "_KIN_PHRASES",
    "_PREPOSITIONS",
    "_TIME_WORDS",
    "_WORD_PREPOSITIONS",
    "_complement_end",
    "_definite_role",
    "he_given",
    "_he_head_at",
    "_kin_phrase",
    "_name_like",
    "_profession",
    "_verb_not_name",
    "_words",
    "adjunct_word",
    "find_hebrew_people",
    "he_drop_adjuncts",
    "he_given_at",
    "he_only_adjuncts",
    "he_place",
    "he_starts_with_given",
    "he_trailing_adjunct",
    "he_unnamed",
    "names_a_body",
    "opens_adjunct",
    "transliterated",
    "without_weekday",
]


def find_hebrew_people(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the Hebrew sentences name, into `index` (`people_he_shapes` adds those named by the shape
    of the sentence alone)."""
    for s in sentences:
        words = _words(s.text)
        _role_then_names(words, s.index, index)
        _hebrew_people(s, index)
        _hebrew_name_lists(s, index)
        _hebrew_context_names(s, index)
        subject_names(words, s.index, index)
        given_then_foreign_family(words, s.index, index)
    _hebrew_repeated_names(sentences, index)
    speech_of_someone(sentences, index)
    named_once_then_by_family_name(sentences, index)
    title_then_unlisted_name(sentences, index)
    title_then_family_name(sentences, index)
    find_kin_lists(sentences, index)  # people_he_kin_lists: "נולדו להם שתי בנות, X וY", "בן X וY"
    add_offices_after_names(sentences, index)  # people_he_role_after: "X Y ראש העיר Z נפגש": no commas


# Cardinal numbers before a counted noun ("שני שערים", "שלושה ימים"), which may follow a name (שני is a name too).
_NUMERALS = {"שני", "שתי", "שלושה", "שלוש", "ארבעה", "ארבע", "חמישה", "חמש", "שישה", "שש", "שבעה", "שבע",
             "שמונה", "תשעה", "תשע", "עשרה", "עשר"}  # fmt: skip


_SPEECH_WORD = re.compile(HE_SPEECH)


def _number_then_noun(words: list[str], k: int) -> bool:
    """A cardinal number at `k` and a Hebrew word after it: a count and its noun, no family name."""
    if words[k] not in _NUMERALS or he_given(words[k]):
        return False  # ("שני" is a given name and a family name too: left to the readers as before)
    return k + 1 < len(words) and _HE_WORD.fullmatch(words[k + 1]) is not None


def _body_as_complement(words: list[str], i: int, n: int, k: int) -> bool:
    """Whether the given name at `k`, right after an office that needs a complement (not a title such as ד"ר),
    heads a body's name with a word no family-name list holds ('מייסד ומנכ"ל קרן X', "יו"ר קרן X"): the
    office's body, not its holder."""
    if words[i].lstrip("וה") in HE_TITLES or k + 1 >= len(words):
        return False
    if any(not _he_head_at(words, j) for j in range(i + n, k)):
        return False  # (only offices between: "מייסד ומנכ"ל קרן X"; a complement before the name closes the office)
    return words[k + 1] not in hebrew_family_names() and names_a_body(f"{words[k]} {words[k + 1]}")


def _family_after(rest: list[str]) -> bool:
    """Whether `rest` starts with a listed family name that is no speech verb (the list holds "אמר")."""
    return bool(rest) and rest[0] in hebrew_family_names() and not re.fullmatch(HE_SPEECH, rest[0])


_HE_TITLED_RE1 = re.compile(r"שה[\u05d0-\u05ea]{3,}")


def _he_titled(words: list[str], i: int, glued: bool = False) -> tuple[str, str, int] | None:
    """A title at `i` and the name after it: (name, role, index after the name). The name starts at the
    first known given name within the next four words (what comes between is the title's complement:
    "שר החוץ יוסי כהן"); with none, a title that needs no complement (ד"ר, השר) takes the next two words."""
    n = _he_head_at(words, i, glued)
    if not n:
        return None
    for k in range(i + n, min(i + n + 7, len(words))):  # ('יו"ר ועד עובדי רשות שדות התעופה X Y': six)
        w = words[k]
        if w == "של" and k > i and words[k + 1 : k + 2] and words[k + 1][:1] == "ה":
            continue  # "כתבת הכלכלה של העיתון X Y": the office's owner after של, still its complement
        if w in ("בדימוס", "לשעבר"):
            continue  # "פרקליט המדינה לשעבר X Y", "השופטת בדימוס X Y": the office's status, still the role
        if w == "אשר" and k == i + n and _asher_named(words, k):
            return f"{w} {words[k + 1]}", " ".join(words[i:k]), k + 2  # "השופט אשר X.": the given name Asher
        if he_given(w) and asher_family(words, k, words[i:k]):
            return f"{w} אשר", " ".join(words[i:k]), k + 2  # 'ח"כ יעקב אשר נעל': the family name Asher
        if w in _HE_NOT_NAME or not _HE_WORD.fullmatch(w) or w in _COPULAS:
            break  # ("המחבל היה מאושפז בבית החולים X": a copula ends the subject, the clause's predicate follows)
        if _HE_TITLED_RE1.fullmatch(w) and w not in hebrew_family_names() and not he_given(w):
            break  # "מפקד התחנה שהבטיח לי ש...": ש and a verb or a definite noun open a relative clause
        if (k > i + n or n > 1) and words[k - 1][:1] == "ה" and construct_adjunct(w):
            break  # "הסביר ראש העיר לבקשת משפחת X": a definite word closed the office, a phrase follows it
        if k > i + n and w[:1] == "ו" and (_he_head_at(words, k) or _and_plural_role(w)):
            break  # "השופט X Y והפרופסורים Z W": "and" and the next title start the next item of a list
        if _foreign_family_next(words, k):
            # "שר המושבות וינסטון צ'רצ'יל", "מזכיר המדינה האמריקאי דין אצ'סון": a family name spelt as a foreign
            # one is (with the word before it) the name, whatever the given-name list holds
            return f"{w} {words[k + 1]}", " ".join(words[i:k]), k + 2
        if (k > i and ends_a_place(words[k - 1], w)) or (k + 1 < len(words) and ends_a_place(w, words[k + 1])):
            continue  # "תושב גבעת שמואל X Y": a town's name (its second word a given name too) is the complement
        if (
            he_given(w)
            and _a_place(w)
            and not given_after_complement(words, i, i + n, k)
            and words[k + 1 : k + 2] not in (["בן"], ["בר"])  # ("ח"כ אלעד בן X": a particle, a family name follows)
            and (
                k + 1 >= len(words)
                or _no_family_name(words[k + 1])
                or words[k + 1] not in hebrew_family_names()
                or (he_given(words[k + 1]) and _family_after(words[k + 2 : k + 3]))
            )
        ):  # ("נשיא ישראל יצחק X": a given name and a family name follow the country; "השר ישראל לוי אמר")
            continue  # "שגריר ישראל באו"ם", "נגיד בנק ישראל יצא": the country, a given name too, is the complement
        if (
            (he_given(w) or transliterated(w) or unlisted_given(words, i + n, k))
            and k + 1 < len(words)
            and not _verb_not_name(w, words[k + 1])
            and words[k + 1] not in _HE_NOT_NAME
            and _HE_WORD.fullmatch(words[k + 1])
            # ("X בירושלים": where the one named is, a preposition glued to a place, no family name)
            and not _at_a_place(words[k + 1])
            and not _from_known(words[k + 1])  # ('ח"כ X Y ממרצ': the party one is from, after the name)
            and not _said_then_clause(words, k + 1)  # ('מנכ"ל האוצר X טען כי': one name, then its verb)
            # ("תושב X נעצר": a town, a given name too, then a verb)
            and not passive_verb_in_family_slot(words[k + 1])
            and not verb_after_and(words[k + 1])  # ("בצומת X ונמלט": a town, then "and fled", no family name)
            and not infinitive_after_modal(words[k + 1])  # people_he_later: "אמור להיות", no family name
            # ("הגיש לשר X חמישה דו"חות": a number and what it counts, though the family-name list holds חמישה)
            and not _number_then_noun(words, k + 1)
            and not _body_as_complement(words, i, n, k)  # ('מנכ"ל קרן X': the office's body, no person)
            # "מנהלת קרן המטבע": a body ("הלוי", "הלוי-שגב": a family name with the ה of an H)
            and (words[k + 1][:1] != "ה" or words[k + 1].split("-")[0] in hebrew_family_names())
        ):
            third = words[k + 2] if k + 2 < len(words) else ""
            if third in _NUMERALS and k + 3 < len(words) and _HE_WORD.fullmatch(words[k + 3]):
                third = ""  # "הבקיע החלוץ X Y שני שערים": a number and what it counts follow the name
            if words[k + 1] in ("בן", "בר") and _name_like(third):
                return f"{w} {words[k + 1]} {third}", " ".join(words[i:k]), k + 3  # "יעקב בן שושן"
            if third == "את":
                return None  # "ח"כ לוי מגיש את": a word before the object marker is a verb, not a family name
            if he_given(words[k + 1]) and _family_after([third]) and _name_like(third) and not lookup(third):
                return f"{w} {words[k + 1]} {third}", " ".join(words[i:k]), k + 3  # "הרב X יצחק Y": two given names
            closes = k + 3 == len(words) or words[k + 3 : k + 4] in ([","], ["."], [";"], [":"])
            # ('השוער X Y Z: "..."', "השוער X Y Z אמר": a colon or a verb of saying closes the name as well)
            closes = closes or k + 3 < len(words) and _SPEECH_WORD.fullmatch(words[k + 3]) is not None
            located = third[:1] in "בלמ" and third[1:2] == "ה"  # "X Y מהערוץ.": where they are from, no name
            located = located or (third[:1] in "בלמ" and _a_place(third[1:]))  # "X Y בפריז.": where, no name
            located = located or addressee(third)  # "X Y לכתבנו.": whom it was said to, no third name
            located = located or adjunct_word(third)  # "X Y בכנס, בו אמר": where, a preposition and no name
            closes = closes or foreign_third_name(w, words[k + 1], third)  # "רג'פ טאיפ X הביע": foreign names
            verb = third in LIFE_VERBS or re.fullmatch(r"(?:נ|הת)[\u05d0-\u05ea]{3}[הו]?", third) is not None
            verb = verb or _SPEECH_WORD.fullmatch(third) is not None  # ('חובש X Y סיפרו:': their verb, no name)
            # (a passive past, "הורשע", "אושפז", unless a listed family name is so spelt)
            verb = verb or (PASSIVE_PAST.fullmatch(third) is not None and third not in hebrew_family_names())
            if _name_like(third) and closes and not lookup(third) and third[:1] != "ו" and not located and not verb:
                # "ראש הממשלה ז'אן פייר לוי.": a middle name, when the name closes the clause
                return f"{w} {words[k + 1]} {third}", " ".join(words[i:k]), k + 3
            if k == i + n + 1 and words[i].lstrip("ו") in HE_TITLES and _name_like(words[i + n]):
                if not lookup(words[i + n]) and words[i + n] not in _HE_HEADS | _AFTER_A_TITLE:
                    # "הרב לואיס יצחק X": a title needs no complement, so the word between is a given name
                    return f"{words[i + n]} {w} {words[k + 1]}", " ".join(words[i : i + n]), k + 2
            return f"{w} {words[k + 1]}", " ".join(words[i:k]), k + 2
        # (the complement runs on: החוץ, משטרת ישראל, a rank before the name: "מפקד המחוז ניצב דוד לוי")
    head = words[i][_glued_preposition(words[i]) :] if glued else words[i]
    titled = head.lstrip("ו") in HE_TITLES or _definite_role(head) and not _adjective_after(words, i)
    if n == 1 and titled and i + 2 < len(words):
        name = words[i + 1 : i + 3]
        ends = i + 3 == len(words) or words[i + 3] in (",", ".", ":", "(") or re.fullmatch(HE_SPEECH, words[i + 3])
        named = all(_HE_WORD.fullmatch(w) and w not in _HE_NOT_NAME and not w.startswith("ה") for w in name)
        named = named and name[0] not in ("בדימוס", "לשעבר")  # ("השופטת בדימוס X:": a status, no given name)
        # ("במשק הישראלי שלקחו חלק": ש and a verb open a relative clause, no given name the lists lack)
        named = named and not (name[0][:1] == "ש" and not he_given(name[0]) and name[0] not in hebrew_family_names())
        # ("השר לביטחון לאומי, X Y,": a portfolio after ל, what the minister is for, no name)
        named = named and not (name[0][:1] == "ל" and adjunct_word(name[0]))
        named = named and not (adjunct_word(name[0]) and adjunct_word(name[1]))  # ("ניצב כמובן בזכרוננו": stands)
        # ("עם השר עוד בבוקר.", "פרופ' X מהטכניון": an adverb first, or where someone is from second)
        named = named and name[0] not in _TIME_WORDS and not (name[1][1:2] == "ה" and adjunct_word(name[1]))
        # ("שר או סגן שר", "שר וסגן שר עשויה לחייב,": another office of the list, or a participle and an
        # infinitive after the office, no name)
        named = named and not any(_another_office(w) for w in name)
        named = named and not (_infinitive_shape(name[1]) and name[1] not in hebrew_family_names())
        full_stop = words[i + 3 : i + 4] == ["."]  # ("דבריו של השר עוררו סערה.": a verb and its object)
        if head.lstrip("ו") not in HE_TITLES or full_stop and re.fullmatch(r"[\u05d0-\u05ea]{3,}ו", name[0]):
            # after a role noun ("הנאשם ישלם פיצויים.", "החשוד נעצר בביתו.") a verb is likelier than a name
            # the list lacks: only a foreign name's shape (ז'אן-פול), a listed family name or a bracket after it
            named = named and (
                words[i + 3 : i + 4] == ["("]
                or re.search(r"['׳-]", name[0]) is not None
                or name[1] in hebrew_family_names()
            )
        if ends and named and name[0][:1] != "ו":
            return " ".join(name), head, i + 3  # no known given name: only a name closed by a comma or a verb
    return None


def _clause_verb(word: str) -> bool:
    """A past verb that goes on the clause after an apposition no comma closed ("הורחק", "הודיע", "התפטר"); not
    a definite noun in ה that verb_in_he reads as a hif'il ("המדינה": it ends as a noun does)."""
    if PASSIVE_PAST.fullmatch(word):
        return True
    return verb_in_he(word) and not word.endswith(("ה", "ות", "ים", "ית"))


# Cues after which a name and its comma are the cue's source and the clause goes on ("לדברי ד"ר X, החשוד נעצר").
_SOURCE_CUES = {",", "לדברי", "לפי", "לטענת", "לדעת", "פי"}


def _office_after_plain_title(after: list[str], before: str) -> str:
    """The office in apposition after a name whose only title is one of address ('ד"ר X Y, מנכ"לית חברת Z שכיהנה
    בעבר', "פרופ' X Y, לשעבר המפקח על הבנקים."): a title of address says nothing of what the person does, so the
    office after the comma is the role even with no second comma to close it; it runs to punctuation, a
    relative clause glued to ש ("שכיהנה") or the clause's verb, at most eight words; "" if there is none."""
    if after[:1] != [","] or before in _SOURCE_CUES:
        return ""
    first = 2 if after[1:2] == ["לשעבר"] else 1  # ("לשעבר המפקח": former, before the office)
    if not _he_head_at(after, first) or after[first][:1] == "ו":
        return ""
    office: list[str] = []
    for w in after[1:9]:
        relative = w[:1] == "ש" and len(w) > 3 and not _he_head_at([w], 0) and lookup(w) is None
        if not _HE_WORD.fullmatch(w) and w not in HE_TITLES or (office and (relative or _clause_verb(w))):
            break
        office.append(w)
    return " ".join(office) if len(office) > first - 1 else ""


def _another_office(word: str) -> bool:
    """A title or a title's first word ("סגן", "ושר"), "and" allowed, that is no given name too."""
    bare = word.lstrip("ו")
    return bare in HE_TITLES or bare in _TITLE_FIRST_WORDS and not he_given(bare)


# First words of titles of more than one word ("סגן" of "סגן השר"): an office of a list after "or" or "and".
_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in HE_TITLES if " " in t)


def _infinitive_shape(word: str) -> bool:
    """An infinitive ("לחייב", "להגיש"): ל and three or four letters, or לה and three or four."""
    shaped = re.fullmatch(r"ל(?:ה[\u05d0-\u05ea]{3,4}|[\u05d0-\u05ea]{3,4})", word) is not None
    return shaped and not he_given(word[1:])


# Words after a title that are no given name though a family name may follow: a verb's or a clause's start.
def _and_plural_role(word: str) -> bool:
    """ "And" and a role's plural with the article ("והפרופסורים", "והשופטים"): the next group of a list."""
    bare = word[2:] if word[:2] == "וה" else ""
    return bare.endswith("ים") and (bare[:-2] in _HE_HEADS or bare[:-1] in _HE_HEADS or _profession(bare[:-2]))


def _hebrew_people(s: SourceSentence, index: PeopleIndex) -> None:
    """A title or role and its complement, then a name ("שר החוץ יוסי כהן", "דובר המשטרה אבי שמש"); a speech
    verb and a name, with a role in commas after it ('אמר משה פרץ, מנכ"ל החברה, כי')."""
    words = _words(s.text)
    heads = head_starts(tuple(words), glued=True)  # (no title starts elsewhere: the reader skips to the next)
    i = heads[0] if heads else len(words)
    while i < len(words):
        found = _he_titled(words, i, glued=True)
        if found is None:
            i = next((h for h in heads if h > i), len(words))
            continue
        start = i
        name, role, i = found
        before = role_before_comma(words, start)
        before = before or (role_before_title(words, start) if address_title(role) else "")
        if before:
            index.add(name, before, s.index)  # 'נגיד הבנק, פרופ' X Y,': the office before the rank or title
        role = without_address_title(_without_preposition(role))  # "מנכ"ל המשרד פרופ' X Y": the office
        role = _governed_role(role)  # 'חשוד בתקיפת ח"כ X': X is the attacked MK, no suspect
        role = role[1:] if role.startswith("וה") else role  # "והמחנך X Y": the educator, without "and"
        if role.split()[-1:] and role.split()[-1].lstrip("ו") in ("שבבעלות", "בבעלות", "שבבעלותו", "שבבעלותה"):
            role = ""  # "חברת X שבבעלות Y Z": a body the person owns; the company is no role of theirs
        after = words[i : i + 12]  # (a long appositive: ", מנהלת המחלקה לרפואה דחופה בבית החולים X,")
        after = after[: after.index(".")] if "." in after else after  # (the sentence's end closes the role)
        # (no second comma: a short appositive closing the sentence; 'לדברי דובר X, רפ"ק Y Z, החשוד נעצר לאחר
        # מרדף': after the cue's name the clause goes on, no appositive)
        closed = "," in after[1:] or short_closing(after[1:], words[start - 1] if start else "")
        if after[:1] == [","] and len(after) > 1 and closed and _he_head_at(after, 1) and after[1][:1] != "ו":
            # (", וחבר": the next item of a list)
            appos = after[1 : after.index(",", 1)] if "," in after[1:] else after[1:4]
            verb = next((k for k, w in enumerate(appos) if k and _clause_verb(w)), None)
            appos = appos[:verb]  # (", דובר המשטרה הורחק מלשכת ...": no comma closed it; the clause's verb does)
            role = f"{role}, {' '.join(appos)}"
        elif role in _PLAIN_TITLES:
            office = _office_after_plain_title(after, words[start - 1] if start else "")
            role = f"{role}, {office}" if office else role  # 'ד"ר X Y, מנכ"לית חברת Z שכיהנה': the office
        index.add(name, role or None, s.index)
    # A known given name and a family name, then a title with ל (an appointment: "מינויו של יוסי כהן לשר
    # האוצר") or after a copula ("יוסי כהן היה מנהל הבנק").
    for i in range(len(words) - 2):
        if not he_given(words[i]) or words[i + 1] in _HE_NOT_NAME or not _HE_WORD.fullmatch(words[i + 1]):
            continue
        if i and ends_a_place(words[i - 1], words[i]):
            continue  # "ראש עיריית באר שבע פנה לראש הממשלה": the town's second word, then a verb; no appointment
        nxt = words[i + 2]
        if any(len(p.name.split()) > 1 and p.name.split()[-1] == words[i] for p in index.people):
            continue  # "שופט העליון X Y פנה לנציג הכנסת": the family name of one named, then a verb
        if nxt[:1] == "ל" and _he_head_at([nxt[1:], *words[i + 3 : i + 5]], 0):
            appointed = [nxt[1:], *[w for w in words[i + 3 : i + 4] if w.startswith("ה")]]
            index.add(f"{words[i]} {words[i + 1]}", " ".join(appointed), s.index)
        elif nxt in ("היה", "הייתה", "הוא", "היא") and i + 3 < len(words) and _he_head_at(words, i + 3):
            index.add(f"{words[i]} {words[i + 1]}", _role_words(words[i + 3 : i + 9]), s.index)
    # An office, a comma, then a known given name and a family name with no title ("ראש הממשלה, X Y התייחס"):
    # the office is the name's (with a closing comma, or a title after the comma, the finders above read it).
    for i in range(2, len(words) - 2):
        if words[i - 1] != "," or words[i + 1] in _HE_NOT_NAME:
            continue
        if not he_given(words[i]) and not unlisted_after_office(words, i):
            continue
        if not _HE_WORD.fullmatch(words[i + 1]) or _kin_phrase(*words[i : i + 2]):
            continue
        if _verb_not_name(words[i], words[i + 1]):
            continue  # ("ROLE, X Y, נתן הצהרה": the apposition's end, then the verb "gave" and its object)
        office = role_before_comma(words, i) or office_before_marked_body(words, i)  # ('יו"ר "X", Y Z')
        # ("שמנהל החברה, X Y": ש glued to the office opens a clause; "שוערה של": the office itself)
        if office and not office.startswith("ו") and not (office[:1] == "ש" and _he_head_at(office[1:].split(), 0)):
            index.add(f"{words[i]} {words[i + 1]}", office, s.index)
    # A known given name and a family name, then a title in commas: 'משה פרץ, מנכ"ל החברה, הודיע'.
    for i in range(len(words) - 3):
        # ("X Y, לשעבר מנהל ...,": "former" before the office)
        office_at = i + 4 if words[i + 3] == "לשעבר" and i + 4 < len(words) else i + 3
        if he_given(words[i]) and words[i + 2] == "," and _he_head_at(words, office_at) and words[i + 3][:1] != "ו":
            if words[i + 1] in _HE_NOT_NAME or not _HE_WORD.fullmatch(words[i + 1]) or _kin_phrase(*words[i : i + 2]):
                continue  # ("לדברי עדי ראייה, המחבל": eyewitnesses, no name)
            rest = words[office_at : i + 12]  # (a long construct chain: "יושב ראש ועדת X של הכנסת")
            rest = rest[: rest.index(".")] if "." in rest else rest  # (the sentence's end closes the role)
            # ('X Y, מנהל בית החולים: "..."': a colon introducing the quote closes the role too)
            colon = ":" in rest and "," not in rest[: rest.index(":")] and rest.index(":") <= 6
            rest = rest[: rest.index(":")] if colon else rest
            if "," not in rest and not colon and not short_closing(rest, words[i - 1] if i else ""):
                continue  # 'דובר המשטרה, X Y, החשוד נעצר לאחר מרדף': the clause goes on after the name
            # (an age closing the description is no part of the role: "סטודנטית בת 23")
            role_words = without_age(rest[: rest.index(",")] if "," in rest else rest if colon else rest[:3])
            said = next((k for k, w in enumerate(role_words) if k and _SPEECH_WORD.fullmatch(w)), None)
            role_words = role_words[:said]  # ('X Y, מנהל המרכז סיפר: "..."': the verb after the office is no role)
            head = _he_head_at(role_words, 0)
            # ("X Y, ראש עיריית אילת,", "מאמן הפועל נצרת עילית": a town whose word is also a given name, ending the
            # role, is the office's town)
            town = next((k for k in range(head, len(role_words)) if he_place(" ".join(role_words[k:]))), None)
            if any(he_given(w) for w in role_words[head:town]):
                continue  # "X Y, הרב Z W,": the next person of a list, with their own title
            # (not the head's first complement, a noun in the construct state that may share a passive's shape:
            # "ראש מועצת X")
            verb = next((k for k, w in enumerate(role_words) if k > max(head, 0) and _clause_verb(w)), None)
            role_words = role_words[:verb]  # ("X Y, דובר המשטרה הורחק מ...": the clause's verb ends the office)
            # "אורי דוד X, יו"ר ...": two given names, then the family name, are one person's
            start = i - 1 if i and he_given(words[i - 1]) and words[i - 1] not in _HE_NOT_NAME else i
            start = i if words[start] in PRONOUN_ADDRESSEES else start  # "סיפרה לי X Y,": told me, not לי
            former = ["לשעבר"] if office_at > i + 3 and role_words else []  # (the office read after it, then
            # "former" put back before it: "לשעבר ראש מועצת X")
            index.add(" ".join(words[start : i + 2]), " ".join(former + role_words), s.index)
    for m in re.finditer(
        rf"(?:^|[\s,\"”]){HE_SPEECH}\s+((?:[^.\"]|(?<=[\u05d0-\u05ea])[\"](?=[\u05d0-\u05ea]))+)",
        without_weekday(s.text),
    ):
        parts = [p.strip(" :") for p in m.group(1).split(",") if p.strip(" :")]
        if parts and parts[0].split()[0] in ("גם", "אף", "שוב"):
            parts[0] = " ".join(parts[0].split()[1:])  # "טען גם X": an adverb before the subject
        if parts and parts[0] and re.fullmatch(rf"ו{HE_SPEECH}", parts[0].split()[0]):
            parts[0] = " ".join(parts[0].split()[1:])  # "הוסיף ואמר על ...": a second verb joined by "and"
        # ("טען שטרן כי": a listed family name, the whole subject before "that", is no clause)
        subject = parts[0].split()[:2] if parts else []
        family_then_that = subject[1:] == ["כי"] and subject[0] in hebrew_family_names() and not he_given(subject[0])
        if not parts or not parts[0] or parts[0].startswith(("כי", "ש", "ל")) and len(parts[0].split()) > 3:
            if not family_then_that:
                continue
        if parts[0].split()[0] in PRONOUN_PREPOSITIONS:
            # "כתב עליו:", "אמרה לו": of or to whom it was said; a subject may follow ("כתב עליה המבקר X Y:")
            parts[0] = " ".join(parts[0].split()[1:])
            if not parts[0]:
                continue
        if names_a_body(parts[0]):
            continue  # "קבע בית המשפט", "טענה רשות המסים": a body speaks, no person
        role_only = parts[0].split()
        while len(role_only) > 1 and role_only[-1] in _TIME_WORDS:
            role_only = role_only[:-1]  # "מסר דובר צה"ל בתגובה": when or how it was said
        if _he_head_at(role_only, 0) and all(
            w.startswith("ה") or _acronym(w) or lookup(w) for w in role_only[_he_head_at(role_only, 0) :]
        ):
            continue  # "לדברי ראש האופוזיציה", "מסר דובר צה"ל": a role and its complement, nobody named
        head = _he_head_at(role_only, 0)
        if head and len(role_only) > head and names_a_body(" ".join(role_only[head:])):
            continue  # "הסביר דובר משרד הבריאות": a role and the body it speaks for, nobody named
        first = parts[0].split()
        while first and first[0] in _TIME_WORDS:
            first = first[1:]  # "הזהירה אתמול כי": a time word, then the clause
        parts[0] = " ".join(first)
        if not first or first[0] in ("כי", "ש"):
            continue
        if opens_adjunct(first):
            continue  # "הגיבו בזהירות", "אמר בכנס": a manner or place, the subject stands before the verb
        if he_unnamed(first) or possessed_role(first):
            continue  # "אמרה אחות במחלקה הפנימית", "טען סניגורו": someone described, nobody named
        if first[0] in _HE_KIN and (len(first) == 1 or first[1] == "של"):
            # "אמרה אשתו": his wife, described by her kin, not named ("אמרה אמו של החייל, X Y": the name in
            # commas, which the role readers have with "אמו של החייל")
            continue
        if _he_titled(first, 0) is not None:
            continue  # "אמר דובר המשטרה אבי שמש": the title loop above has it
        described = len(parts) > 1 and described_then_named(parts[0].split(), parts[1].split())
        if (parts[0].split()[0] in HE_ROLE_WORDS or described) and len(parts) > 1:
            if "כי" in parts[0].split():
                continue  # "הודיע נשיא X כי ..., אם ...": the clause began, no name in commas follows
            role, name = parts[0], parts[1]
        else:
            name = parts[0]
            role = parts[1] if len(parts) > 1 and _he_head_at(parts[1].split(), 0) else ""
        name_words = name.split()
        if "כי" in name_words:
            name_words = name_words[: name_words.index("כי")]  # "אמר דופון כי": the clause starts at כי
        if "את" in name_words:
            name_words = name_words[: name_words.index("את")]  # "כתב X את הספר": the object starts at את
        joined = next(
            (k for k, w in enumerate(name_words) if k and w[:1] == "ו" and _SPEECH_WORD.fullmatch(w[1:])), None
        )
        name_words = name_words[:joined]  # "הוסיף X והודיע:": "and" and a second verb of saying end the subject
        while len(name_words) > 2 and _possessed_adjunct(name_words[-1]):
            name_words = name_words[:-1]  # "כתב X Y בספרו": where the person wrote it
        if len(name_words) == 3 and he_given(name_words[0]) and he_trailing_adjunct(name_words[2]):
            name_words = name_words[:2]  # "אמרה X Y בראיון", "אמר X Y לימים": where or when, no third name
        if len(name_words) == 3 and he_trailing_adjunct(name_words[1]) and name_words[1] not in hebrew_family_names():
            name_words = name_words[:1]  # "אמרה X בפתח דבריה": a family name alone, then where in her words
        cut = next((k for k, w in enumerate(name_words) if k and w in NOUN_PHRASE_PREPOSITIONS), None)
        name_words = name_words[:cut]  # "אמר X לאחר הפגישה": when it was said starts at the preposition
        if len(name_words) == 3 and _name_like(name_words[1]) and addressee(name_words[2]):
            name_words = name_words[:2]  # "אמרה X Y לכתבנו", "אמר X Y לעיתונאים": to whom, no third name
        if name_words and verb_after_and(name_words[0]):
            continue  # "X הוסיף ודיבר על ...": a second verb of the subject before them, no name after the first
        if len(name_words) == 1 and name_words[0].endswith(("ים", "ות")) and not _known_name(name_words[0]):
            continue  # "אמרו תושבים כי", "לדברי אנליסטים": a plural noun, a group of people unnamed
        given_at = next(
            (
                k
                for k in range(1, min(len(name_words), 4))
                if he_given(name_words[k]) and name_words[k] not in _PARTICLES
                and not ends_a_place(name_words[k - 1], name_words[k])  # ("בבאר שבע": a town's second word)
            ),
            None,
        )  # (not "בן" in "מירית בן עמי": a particle of the family name)
        if given_at is not None and he_given(name_words[0]) and name_words[1] == "עבד":
            given_at = None  # "X עבד אל-רחמן": a compound Arab name (עבד, also a given name), no description
        if given_at is not None and len(name_words) > given_at + 1:
            # "לדברי החזאי אבי כהן": a description, then a known given name and the family name
            role = " ".join(name_words[:given_at])
            name_words = name_words[given_at : given_at + 2]
            if name_words_before_adjunct(role.split()):
                role = ""  # "אמר לנו X Y", "אמרה אתמול בערב X Y": an addressee or a time, no role
        else:
            stop = next((k for k, w in enumerate(name_words) if k and w in _WORD_PREPOSITIONS), None)
            name_words = name_words[:stop]  # "סיפר X על העבודה": what was told of starts at the preposition
        if (
            not name_words
            or not all(re.search(r"[\u05d0-\u05ea]", w) for w in name_words)  # a name is written in Hebrew letters
            or any(re.search(r"\d", w) for w in name_words)  # ("שיצא לאור ב-2001": a year, no family name)
            or name_words[0] in ("כי", "עם", "את", "על", "אל", "אחר", "לגבי", "בעניין")
            or len(name_words) > 3
        ):
            continue
        if name_words[0].startswith("ה") and not he_given(name_words[0]) and not lone_family_in_he(name_words[0]):
            continue  # "מסרה המשטרה": a definite noun, no name (a family name in ה stays one: "אמר X")
        if len(name_words) == 1 and name_words[0][:1] in "בלמכ" and not _known_name(name_words[0]):
            continue  # "פרסם כתבה בשם": a noun that spells a verb, then a preposition's phrase
        if given_at is not None and any(w in _HE_NOT_NAME or w in ("אם", "אילו") for w in name_words[:given_at]):
            continue  # "אם יתברר שאכן X": a clause before the given name, no description of a person
        if given_at is not None and "בשם" in name_words[:given_at] + role.split() and not _he_head_at(role.split(), 0):
            continue  # "כתב ספר בשם X Y": the verb's object and its name, no speaker (a person named so is read
            # by people_he_grammar when a noun for a person stands before "בשם")
        if given_at is not None and any(w in _PREPOSITIONS for w in role.split()):
            role = ""  # "כתב אישום נגד X Y": a preposition's object, the words before it describe no one
        if given_at is not None and role[:1] == "ו" and not _he_head_at(role.split(), 0):
            continue  # "מוסיף וקורא לאזרחי X לנהוג": a second verb and whom it calls on, no description
        if name_words[0][:1] in "שכל" and not he_given(name_words[0]) and not family_then_that:
            continue  # "אמרה שהיא מופתעת": a clause (ש-, כ-, ל-), unless a given name (שרה, שמעון)
        if len(name_words) > 1 and name_words[0] in HE_TITLES:
            role, name_words = role or name_words[0], name_words[1:]  # 'לדברי ח"כ X,': the title is no name
        if len(name_words) == 1 and (name_words[0] in HE_TITLES or _he_head_at(name_words, 0)):
            continue  # 'אמרה יו"ר "X", Y Z,': an office alone before its body's marks, no name
        index.add(" ".join(name_words).rstrip(":"), role or None, s.index)  # ('X Y: ״...״': no colon


# Prepositions written as words of their own: a phrase holding one before a name is no description of it.
_PREPOSITIONS = {"נגד", "עם", "אצל", "מול", "לצד", "עבור", "לטובת", "כלפי", "בעד", "לעבר", "אחרי", "לפני", "בין"}


def _hebrew_repeated_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A known given name and the word after it, written alike in two or more sentences, is a person named
    without a title (as in Arabic); a later mention by the family name alone joins it."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for s in sentences:
        words = _words(s.text)
        for i in range(len(words) - 1):
            w, nxt = words[i], words[i + 1]
            if not he_given(w) or nxt in _HE_NOT_NAME or not _HE_WORD.fullmatch(nxt) or nxt.startswith("ה"):
                continue
            if _kin_phrase(w, nxt) or _SPEECH_WORD.fullmatch(w) or addressee_after(w, nxt):
                continue  # ('"...", אמר לפיד': a verb of saying and a family name, no given name "אמר"; "נעים לי")
            if i and _he_head_at(words, i - 1):
                continue  # the title loop has it
            if _he_head_at(words, i + 1):
                continue  # "ישראל גל ראש העיר": an office after a name, no family name "ראש"
            if f"{w} {nxt}" in known_names() or nxt in known_names():
                continue
            if nxt not in hebrew_family_names() and not transliterated(w):
                continue  # "גל חום", "אור ירוק": a common noun the given-name list also holds, and its adjective
            where = pairs.setdefault((w, nxt), [])
            if s.index not in where:
                where.append(s.index)
    for (given, family), where in pairs.items():
        if len(where) >= 2 and index.find(f"{given} {family}") is None:
            for sentence in where:
                index.add(f"{given} {family}", None, sentence)


def _role_words(words: list[str]) -> str:
    """A role as far as it runs: up to a comma, a number or a phrase of time ("מנהל מחלקה ויועץ בכיר משנת 1990")."""
    out: list[str] = []
    for w in words:
        if not _HE_WORD.fullmatch(w) or re.match(r"[ובלמ]?(?:משנת|בשנת|מאז|עד|שנים)$", w) or w in _HE_NOT_NAME:
            break
        out.append(w)
    return " ".join(out)


# Plural roles before a list of names ("השופטים ..., החוקרים ..."): the plural or its construct form.
_PLURAL_ROLE = re.compile(r"[ו]?ה?(?:[\u05d0-\u05ea]{3,}(?:ים|ות)|[\u05d0-\u05ea]{3,}י)")
