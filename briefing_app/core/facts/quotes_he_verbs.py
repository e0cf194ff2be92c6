"""Hebrew introductions whose speech verb is followed by words that name no speaker, read by `quote_speakers_rtl`:

* a second verb joined by "and" before the colon ("X הוסיף ותיאר:", "X הגיב והסביר:"): a verb, whatever list of
  verbs of saying it is on, not a name (a name is never glued to ו right after a verb of saying);
* the verb's that-clause ("עוד אמר שלא יכול לומר ..., אך "...""): what was said, not who said it; the speaker is
  the verb's subject before it, or the person just named;
* of two clauses with a verb of saying, the last one opening after a comma with its verb first ("בתגובה לפוסט של
  X, בו הוא קרא ..., כתב Y בטוויטר:"): Hebrew puts the subject after the verb when an adjunct opens the sentence,
  so Y speaks, not X or the relative clause's pronoun.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he import HE_ROLE_WORDS, HE_TITLES, he_given
from briefing_app.core.facts.people_he_base import he_place
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

_HE_VERB = rf"(?<![\u05d0-\u05ea])(?:ו|ש|וש|כש)?{HE_SPEECH}"

# A verb of saying, then one word glued to "and" and the colon (or "כי"/"ש" opening what was said).
_JOINED_VERB = re.compile(rf"({_HE_VERB})\s+ו([\u05d0-\u05ea]{{3,}})(\s*(?:כי|ש)?\s*:?\s*)$")

# Words that open a that-clause after a verb: the conjunction, or ש glued to a negation, a pronoun, an article
# or a verb of being ("שלא", "שהוא", "שהממשלה", "שאין", "שיש").
_THAT_WORDS = {"כי", "ש", "שלא", "שאין", "שיש", "שאינו", "שאינה", "שאני", "שאנחנו", "שזה", "שזו", "שכן", "שגם"}


def without_joined_verb(before: str) -> str:
    """`before` without a second verb joined by "and" after a verb of saying at its end ("אזולאי הוסיף ותיאר:"
    reads as "אזולאי הוסיף:"); unchanged when the word after ו is a given name ("אמר ודני")."""
    m = _JOINED_VERB.search(before)
    if m is None or he_given(m.group(2)):
        return before
    return before[: m.end(1)] + m.group(3)


def opens_that_clause(words: list[str]) -> bool:
    """Whether the words after a verb of saying open its that-clause ("שלא יכול לומר", "כי הוא"), not a name
    after the verb ("שר האוצר", "שמעון X")."""
    if not words:
        return False
    w = words[0].strip(",")
    if w in _THAT_WORDS:
        return True
    return (
        len(w) > 3
        and w.startswith("שה")
        and w not in HE_ROLE_WORDS
        and w not in HE_TITLES
        and not he_given(w)
    )


def last_verb_first_clause(before: str, pattern: str) -> re.Match[str] | None:
    """The first match of `pattern` (a verb of saying and the words after it) in `before`, or the last one when it
    opens a clause after a comma and another came first ("..., בו הוא קרא לX, כתב Y בטוויטר:"); None for none."""
    matches = list(re.finditer(pattern, before))
    if not matches:
        return None
    first, last = matches[0], matches[-1]
    if last.start() != first.start() and re.search(r",\s*$", before[: last.start()]):
        return last
    return first


def office_not_place(words: list[str], name: str) -> str:
    """The speaker a headline's label names: `name`, read after the role ("ראש העיר X Y:"), unless that is only the
    place the office serves ('ראש העיר אשקלון:', 'ראש מועצת X:'); then the office whole, whose holder the article
    names (a town is never the one who speaks)."""
    if name and he_place(name) and len(words) > len(name.split()):
        return " ".join(words)
    parts = name.split()
    if len(parts) == 2 and not he_given(parts[0]) and parts[1][:1] == "ב" and len(words) > 2:
        # ('מנהל מיון בבילינסון:': the office's field and where it is, "in" a hospital or town glued on; no
        # name, so the office whole, whose holder the article names)
        return " ".join(words)
    return name


# A verb of responding, then "לדברי" as its object ("הגיבה לדברי X": responded to X's words), not "according to".
_RESPONDED_TO_WORDS = re.compile(
    r"(?<![\u05d0-\u05ea])(ו?(?:הגיב|הגיבה|הגיבו|התייחס|התייחסה|התייחסו|ענה|ענתה|ענו|השיב|השיבה|השיבו))"
    # (or to the words just quoted, "לדברים", "לדבריה", "לטענות": "X הגיב לדברים:")
    r"\s+(?:לדברי\s+[^,:]+|לדברים|לדבריו|לדבריה|לדבריהם|לטענות|לטענותיו|לטענותיה|לביקורת)(\s*:?\s*)$"
)


def without_words_responded_to(before: str) -> str:
    """`before` without the words a verb of responding answers ("עיריית X הגיבה לדברי רה"מ בנושא Y:" reads as
    "עיריית X הגיבה:"): after such a verb "לדברי X" is what was answered, and X is no speaker."""
    return _RESPONDED_TO_WORDS.sub(r"\1\2", before)
