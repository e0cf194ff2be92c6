"""A Hebrew verb of saying followed by a preposition's phrase of whom one stood beside or spoke before ("ואמר לצד
שר האוצר X כי", "אמרה מול המצלמות:", "הצהיר בפני חברי הוועדה כי"): Hebrew may put the subject after the verb, but
never after such a preposition, so the name in the phrase is the companion or the audience and the speaker is the
subject before the verb (or, with no subject written, the person just named)."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he_base import _he_head_at, he_given
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

# Prepositions written as words of their own (a glued ב ל מ is `adjunct_word`'s): beside, facing, with, before.
_BESIDE = r"(?:לצד|מול|עם|בפני|ליד|בנוכחות|לעיני|באוזני|יחד\s+עם)"
_VERB_BESIDE = re.compile(
    rf"(?<![\u05d0-\u05ea])(ו?){HE_SPEECH}(?:\s+(?:היום|הערב|הבוקר|אמש|אתמול))?\s+{_BESIDE}\s+"
    r"(?!זאת\b|זה\b)[^:\"“„״]*?\s*(?:כי|ש)?\s*:?\s*$"
)  # (not "עם זאת", however, after which the subject follows the verb: "אמר עם זאת השר כי")


def beside_after_verb(before: str) -> tuple[str, bool] | None:
    """The words of the sentence before the verb and whether the verb is joined by "and" (its subject is the
    sentence's opening one), when the verb is followed by such a phrase; None otherwise."""
    m = _VERB_BESIDE.search(before)
    if m is None:
        return None
    sentence = re.split(r"[.!?]\s+", before[: m.start()])[-1]
    return sentence, bool(m.group(1))


_REFERRED = re.compile(r"(?<![\u05d0-\u05ea])ו?התייחס(?:ה|ו)?(?:\s+(?:היום|הערב|הבוקר|אמש|אתמול))?\s*$")


def referred_to(before_words: str, after: list[str]) -> bool:
    """Whether a verb of referring ("התייחס", "התייחסה") ends `before_words` and its topic with ל follows it
    ("התייחסה לדרמה הפוליטית"): the verb governs ל, so what follows is the topic, never a subject (a title or a
    known given name there is the subject after the verb, as Hebrew allows: "התייחס לאחר מכן השר X")."""
    if not after or _REFERRED.search(before_words) is None:
        return False
    first = after[0]
    return first[:1] == "ל" and len(first) > 2 and not he_given(first) and not _he_head_at(after, 0)
