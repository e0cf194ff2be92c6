"""A speaker Arabic news names by the family name alone: "توعّد القذافي ...", "وقال القذافي إن ...", a leader or
public figure whose full name the article gives nowhere outside a quote, or never. The people finders take a
person from a given name, a title or an office before the name; a lone definite word of a family name's shape
after a verb of saying was a quote's speaker but no person. Such a word is a person when it has the nisba's
shape (ال...ي), names the subject again elsewhere in the article, and is no office, body, group, place or
nationality adjective ("وقال المصري" is the Egyptian, whoever he is)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.orgs import AR_HEADS
from briefing_app.core.facts.people_ar_context import _nationality
from briefing_app.core.facts.people_ar_words import _AR_COLLECTIVE, AR_ORG_WORDS, AR_ROLE_NOUNS, _ar_is_given
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH, AR_SPEECH

_NISBA = re.compile(r"ال[\u0621-\u064a]{3,}ي")


def lone_family_speaker(mention: str, texts: Mapping[int, str]) -> bool:
    """Whether a speaker `mention` is a family name alone that names a person (see the module's note)."""
    word = mention.strip(" ،,:")
    if not _NISBA.fullmatch(word) or " " in word:
        return False
    core = word[2:]
    if core in AR_ROLE_NOUNS or word in AR_ROLE_NOUNS or core in AR_HEADS or core in AR_ORG_WORDS:
        return False  # القاضي, المحامي: an office; no body's head
    if core in _AR_COLLECTIVE or word in known_names() or _nationality(word):
        return False
    # (the subject of a verb of saying at least twice in the article, or named so again beside one)
    said = rf"(?<![\u0621-\u064a]){AR_ANY_SPEECH}\s+{re.escape(word)}(?![\u0621-\u064a])"
    subjects = sum(len(re.findall(said, t)) for t in texts.values())
    mentions = sum(len(re.findall(rf"(?<![\u0621-\u064a])[وبل]?{re.escape(word)}(?![\u0621-\u064a])", t))
                   for t in texts.values())  # fmt: skip
    if subjects < 1 or mentions < 2:
        return False
    # (evidence it is a family name: a given name right before it somewhere, even inside a quote, "معمّر القذافي";
    # else named three times and never with an office's complement after it, "القيادي في الحزب", a role noun)
    given_before = any(
        _ar_is_given(m.group(1))
        for t in texts.values()
        for m in re.finditer(rf"([\u0621-\u064a]+)\s+{re.escape(word)}(?![\u0621-\u064a])", t)
    )
    complement = any(re.search(rf"{re.escape(word)}\s+(?:في|ب|لل|بال)", t) for t in texts.values())
    return given_before or (mentions >= 3 and not complement)


# A common verb of saying (not "بين", also "between": "بين الأغاني") and the one word after it, the verb's subject
# when it is a family name alone.
_SAID_BY_ONE_WORD = re.compile(rf"(?<![\u0621-\u064a]){AR_SPEECH}\s+(ال[\u0621-\u064a]{{3,}}ي)(?![\u0621-\u064a])")


def find_surname_speakers(sentences: Sequence[SourceSentence], index: PeopleIndex) -> None:
    """Every family name alone that a verb of saying has as its subject (`lone_family_speaker`), into `index`,
    whether or not a quote follows: "وقال القذافي أنه سيدعو ..." names him in reported speech too."""
    texts = {s.index: s.text for s in sentences}
    for s in sentences:
        for m in _SAID_BY_ONE_WORD.finditer(s.text):
            word = m.group(1)
            if index.find(word) is None and lone_family_speaker(word, texts):
                index.add(word, None, s.index)
