"""Hebrew people the given-name lists lack, named in full once and then by the family name as the subject
of a speech verb: "... שיחה עם אמנואל מקרון ... מקרון אמר כי" (a transliterated foreign name, spelt with
no geresh). A bare word right before a speech verb that is no title, body, place or known word of a name
list is read as a family name; the two words that end with it elsewhere in the article are the full name.
News names a person in full at the first mention and by the family name after, so the pair comes first."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import (
    _HE_NOT_NAME,
    _PREPOSITIONS,
    _TIME_WORDS,
    HE_SPEECH,
    _he_head_at,
    _name_like,
    _words,
    he_given,
    names_a_body,
)
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)
# Pronouns and quantifiers that stand as a clause's subject: "כולם אמרו", "איש לא אמר", "אחד מהם סיפר"; the
# personal pronouns of quoted speech ('"... ואני נפגש עם כולם"': "and I meet", no family name before a verb).
_PRONOUNS = {"אני", "אנחנו", "אנו", "אתה", "את", "אתם", "אתן", "הוא", "היא", "הם", "הן",
             "כולם", "כולן", "אחד", "אחת", "איש", "מישהו", "מישהי", "אף", "רבים", "רבות", "חלק", "אחרים", "זה",
             "זאת", "אלה", "אלו", "עוד", "לא", "כך", "מי", "מה", "גם", "הכל", "הכול", "שניהם", "שתיהן"}  # fmt: skip
# Verbs of news that a person's family name opens a clause with, besides the speech verbs ("מקרון ביקש").
HE_NEWS_ACTS = {"ביקש", "ביקשה", "נפגש", "נפגשה", "הודה", "סירב", "סירבה", "החליט", "החליטה", "הבטיח", "הבטיחה", "דיבר",
         "דיברה", "הגיע", "הגיעה", "טען", "טענה", "קרא", "קראה", "תקף", "תקפה", "התייחס", "התייחסה", "ביקר",
         "ביקרה", "חתם", "חתמה", "הכריז", "הכריזה", "נאם", "נאמה", "פרסם", "פרסמה"}  # fmt: skip
# Those and the verbs a role's label closes with before its colon ('דובר המשטרה חזר:', a headline's): went back to,
# revealed, went on, recommended, answered, warned, announced, alerted; read there as a name, they are no word of one
# (not among the acts above: "X המליצה" after a body's name ending in a plain noun would make that noun a surname).
HE_LABEL_VERBS = HE_NEWS_ACTS | {"חזר", "חזרה", "חשף", "חשפה", "המשיך", "המשיכה", "המליץ", "המליצה", "ענה", "ענתה",
                                 "הזהיר", "הזהירה", "הודיע", "הודיעה", "התריע", "התריעה"}  # fmt: skip


def find_surname_speakers(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every full name whose family name the article also writes alone as the subject of a speech verb."""
    texts = {s.index: _words(s.text) for s in sentences}
    subjects: dict[str, int] = {}
    for at, words in texts.items():
        for i in range(len(words) - 1):
            verb = words[i + 1]
            if (_SPEECH.fullmatch(verb) or verb in HE_NEWS_ACTS) and _bare_surname(words, i):
                subjects.setdefault(words[i].removeprefix("ו") if _and_glued(words[i]) else words[i], at)
    if not subjects:
        return
    known = {w for p in index.people if " " in p.name for w in p.name.split()}  # (a name read alone is no bar)
    for at, words in texts.items():
        for i in range(1, len(words)):
            family = words[i]
            if family not in subjects or subjects[family] == at and i + 1 < len(words) and words[i + 1] in HE_NEWS_ACTS:
                continue
            given = words[i - 1]
            given = given[1:] if given[:1] == "ו" and he_given(given[1:]) else given  # ("של X Y וינון מגל": and)
            if family in known or not _a_foreign_given(given) or (i > 1 and _he_head_at(words, i - 2)):
                continue  # (a title before: the title readers have the name, with its role)
            index.add(f"{given} {family}", None, at)
            known.add(family)


def _and_glued(word: str) -> bool:
    return word.startswith("ו") and len(word) > 4 and not word.startswith("וו")


def _bare_surname(words: list[str], i: int) -> bool:
    """Whether words[i] can be a family name alone as a clause's subject: it opens the sentence or follows a
    comma, is name-shaped (no article, no function word) and no title, body, place or given name."""
    word = words[i]
    bare = word.removeprefix("ו") if _and_glued(word) else word
    opens = i == 0 or words[i - 1] in (",", ".", ":", ";", '"', "״") or bare != word
    return (
        opens
        and len(bare) >= 3
        and _name_like(bare)
        and bare not in _TIME_WORDS
        and not he_given(bare)
        and not _he_head_at([bare], 0)
        and not names_a_body(bare)
        and lookup(bare) is None
        and not bare.endswith(("ים", "ות"))  # a plural noun: "תושבים אמרו", "רשויות מסרו"
        and bare not in _PRONOUNS
        and bare.removeprefix("ו") not in _PRONOUNS  # ("ואני נפגש": "and I", a short word _and_glued keeps)
    )


def _a_foreign_given(word: str) -> bool:
    """Whether the word before the family name can be a given name: name-shaped, no function word,
    preposition, time word, title, speech verb or place."""
    return (
        len(word) >= 2
        and _name_like(word)
        and word not in _HE_NOT_NAME
        and word not in _PREPOSITIONS
        and word not in _TIME_WORDS
        and not _SPEECH.fullmatch(word)
        and word not in HE_NEWS_ACTS
        and not _he_head_at([word], 0)
        and not names_a_body(word)  # "ארגון X", "קרן X": a body's kind before its name
        and lookup(word) is None
        # ("להפועל X": a preposition glued to the article, a definite noun, never a given name)
        and not (len(word) >= 5 and word[:2] in ("לה", "בה", "מה", "כה"))
    )


_OBJECT_WORDS = {"את", "אותו", "אותה", "אותם", "אותן", "אותי", "אותנו"}


def a_clause(words: list[str]) -> bool:
    """Whether the words after a name's comma are a new clause, not a description of the person: a verb of
    news opens them ("X Y, החליט הנשיא"), a definite plural noun is their subject ("X Y, השוטרים היכו
    אותו": a role is one person's, singular) or they hold a direct object."""
    first = words[0] if words else ""
    return (
        first in HE_NEWS_ACTS
        or (first.startswith("ה") and first.endswith(("ים", "ות")) and len(words) > 1 and not _he_head_at(words, 0))
        or any(w in _OBJECT_WORDS for w in words)
    )
