"""The holder named after an office whose body bears a royal's name: "مدير مستشفى الأمير حمزة عبدالرزاق
الخشمان، الخميس،". The role reader takes the title as the start of the name ("حمزة عبدالرزاق") and the
namesake check (people_ar_namesakes) rightly drops it; the words after the royal's one-word name, up to the
comma, are the director's own name when they open with a known given name."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_ar_words import _AR_FUNCTION, _AR_TIME_WORDS, _ar_is_given
from briefing_app.core.facts.people_index import Person

_TITLES = r"(?:الملك|الأمير|الأميرة|الشيخ|الشيخة|السلطان)"
# Words that end the holder's name before the comma: where, when, that, about.
_ENDS = {"في", "فى", "من", "عن", "على", "إن", "أن", "بأن", "خلال", "لـ", "إلى", "قائلا", "مؤكدا"}


def holder_after_namesake(person: Person, texts: dict[int, str]) -> tuple[str, int] | None:
    """(name, sentence) of the holder right after the royal's name the dropped `person` opens with, when two or
    three words up to a comma or a particle follow and the first is a known given name; else None."""
    first = person.name.split()[0]
    for i in person.sentences:
        text = texts.get(i, "")
        m = re.search(rf"(?<![\u0621-\u064a]){_TITLES}\s+{re.escape(first)}\s+([^،,:.؛«\"“]+)", text)
        if m is None:
            continue
        words: list[str] = []
        for w in m.group(1).split():
            if w in _ENDS or w in _AR_TIME_WORDS or w in _AR_FUNCTION or not re.fullmatch(r"[\u0621-\u064a]+", w):
                break
            words.append(w)
        if 2 <= len(words) <= 3 and _ar_is_given(words[0]) and m.group(1).split()[len(words) :][:1] != ["بن"]:
            return " ".join(words), i
    return None
