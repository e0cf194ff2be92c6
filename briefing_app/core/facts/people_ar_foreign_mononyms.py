"""Foreign people named by one word after their nationality, then their office: Arabic sports and wire copy
introduces a foreign coach or player as "VERB NATIONALITY NAME[،] OFFICE" ("عبر الاورجوياني ماوريسيو مدرب
الفريق الأول بنادي X، عن", "أشاد التركي بولنت مدرب الفريق بأداء لاعبيه"), and goes on with the one word ("وقال
بولنت:"). The rules that read a name before its role want two words, of which a definite nisba is no part, so
they found the person only where the verb names them later, without the office; and "وقال المدرب:" then had no
holder. Here the nisba after the sentence's verb marks the word after it as the name when that word is spelt
like a foreign name or the article names it alone again."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _AR_FUNCTION, _AR_NOT_NAMES, _ar_is_given, _transliterated
from briefing_app.core.facts.people_index import PeopleIndex

# The verb that opens the clause, the nationality (a definite nisba in ـي), the one-word name, an optional comma,
# then an office of a person (the heads `people_ar_roles` reads after a name) and up to eight words of it.
_SHAPE = re.compile(
    r"(?:^|[،,.]\s*|\s)و?(?:[أا]عرب|عبر|[أا]بدى|[أا]شاد|[أا]كد|قال|[أا]وضح|[أا]شار|شدد|[أا]ضاف|اعتبر|[أا]رجع|علق|"
    r"[أا]عرب|كشف|[أا]علن|وصف|[أا]قر|اعترف|تحدث|حمل|طالب|دافع|يرى|رأى)"
    # (the nationality may be left out: "من جانبه، يرى X مدرب الفريق، أن": then the name's spelling must show it)
    r"(?:ت)?\s+(?:(ال[\u0621-\u064a]{3,}ي)\s+)?([\u0621-\u064a]{3,})(،?)\s+"
    r"((?:مدرب|المدرب|لاعب|اللاعب|مهاجم|حارس|مدافع|قائد|رئيس|مدير|المدير|نجم|وزير|سفير|مبعوث|المبعوث)"
    r"(?:\s+[^\s،.:\"«»“”]+){0,8})"
)


# A verb of saying, then one word and a colon or a comma: "وقال نيبوشا:" (a name the article gave in full before).
_SAID_ONE_WORD = re.compile(
    r"(?:^|\s)و?(?:قال|[أا]ضاف|تابع|[أا]كد|[أا]وضح|[أا]شار|[أا]شاد)ت?\s+([\u0621-\u064a]{3,})\s*[:،,]"
)


def find_foreign_mononyms(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every "VERB NATIONALITY NAME OFFICE" of the sentences, as that person and office."""
    alone = _words_after_verbs(sentences)
    for s in sentences:
        for m in _SHAPE.finditer(s.text):
            name = m.group(2)
            if name in _AR_NOT_NAMES or name in _AR_FUNCTION or (m.group(1) and _ar_is_given(m.group(1))):
                continue
            if m.group(1) is None and (name.startswith("ال") or not (_transliterated(name) or name in alone)):
                continue  # (no nationality: only a word spelt like a foreign name, or named alone again)
            if not (_transliterated(name) or _ar_is_given(name) or name in alone):
                continue  # ("أكد الجانب التركي ...": no sign that the word after the nisba is a name)
            role = _role(m.group(4))
            person = index.find(name)
            if person is None:
                index.add(name, role, s.index)
            elif not person.role:
                person.role = role
                if s.index not in person.sentences:
                    person.sentences.append(s.index)
                    person.sentences.sort()


def _role(text: str) -> str:
    """The office up to the clause's next part: a function word, or a verbal noun glued to ب or ل after two
    words ("بأداء لاعبيه", "لتحقيق"), not a body's name so glued ("بنادي")."""
    words = text.split()
    for k, w in enumerate(words):
        if k >= 1 and (w in _AR_NOT_NAMES or w in _AR_FUNCTION):
            return " ".join(words[:k])
        if k >= 2 and w[:1] in "بل" and not w.startswith(("بال", "لل", "بنادي", "لنادي", "بفريق", "لفريق", "بمنتخب")):
            return " ".join(words[:k])
    return " ".join(words)


def _words_after_verbs(sentences: list[SourceSentence]) -> set[str]:
    """Words the article writes alone as a verb's subject before a colon or a comma ("وقال بولنت:")."""
    found: set[str] = set()
    for s in sentences:
        for m in _SAID_ONE_WORD.finditer(s.text):
            found.add(m.group(1))
    return found
