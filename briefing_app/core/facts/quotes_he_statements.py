"""A Hebrew body's statement that goes on past the sentence naming its source: 'מוקדם יותר נמסר מהמשטרה כי הכביש
נחסם. "הנהגים מתבקשים לנסוע בדרכים חלופיות", נמסר.' or 'המשטרה פרסמה הודעה לציבור.' / 'עוד נמסר: "..."'. The
quote's own sentence says only "it was stated" (נמסר) with no source; the source is the body the sentences just
before named as the statement's (a passive with "from" it, or the body as the subject of a verb of stating). Police,
ministries and companies speak so in Israeli news copy, and the quote was left with no speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence

# The quote's own attribution: a bare passive after it ('", נמסר.', '", כך נמסר.') or before it ("עוד נמסר:").
_BARE_AFTER = re.compile(r"[\"”״]\s*[,.]?\s*(?:כך\s+|עוד\s+)?נמסר(?:ה)?\s*[.]?\s*$")
_BARE_BEFORE = re.compile(r"^\s*(?:ו?עוד\s+|בנוסף\s+)?נמסר(?:ה)?\s*:")
# A statement's source in an earlier sentence: "נמסר מהמשטרה", "ממשרד הבריאות נמסר", or a body that states
# ("המשטרה מעדכנת", "משטרת ישראל פרסמה הודעה", "החברה מסרה").
_STATING = re.compile(
    r"(?<![\u05d0-\u05ea])(?:נמסר|נמסרה|מסר|מסרה|מסרו|פרסם|פרסמה|פרסמו|הודיע|הודיעה|הודיעו|מעדכן|מעדכנת|"
    r"אישר|אישרה|אישרו|הבהיר|הבהירה|הודעה|בהודעה)(?![\u05d0-\u05ea])"
)
# The bodies news names by their kind alone as a statement's source.
_KIND_BODIES = ("המשטרה", "הצבא", "העירייה", "המועצה", "החברה", "המשרד", "הרשות", "הוועדה", "ההנהלה", "הפרקליטות")


def carry_statement_sources(out: list[Fact], sentences: Sequence[SourceSentence], bodies: Sequence[str]) -> None:
    """Give each quote with no speaker whose sentence attributes it by a bare "נמסר" the body named as a
    statement's source in the three sentences before it (within the paragraph before, at most)."""
    order = list(sentences)
    at = {s.index: k for k, s in enumerate(order)}
    for fact in out:
        k = at.get(fact.sentence)
        if fact.kind != "quote" or fact.speaker or k is None:
            continue
        text = order[k].text
        if not (_BARE_AFTER.search(text) or _BARE_BEFORE.match(text)):
            continue
        for back in range(k, max(-1, k - 4), -1):
            earlier = order[back]
            if order[k].paragraph - earlier.paragraph > 1:
                break
            source = _stated_by(earlier.text if back < k else text, bodies)
            if source:
                fact.speaker = source
                break


def _stated_by(text: str, bodies: Sequence[str]) -> str:
    """The body a sentence names as a statement's source: the first body the sentence names, if it holds a verb or
    noun of stating; "" otherwise."""
    if not _STATING.search(text):
        return ""
    found = [(m.start(), -len(name), name) for name in (*bodies, *_KIND_BODIES) for m in _written(name).finditer(text)]
    return min(found)[2] if found else ""  # (the longest at the first place: "רשות X", not its kind "הרשות")


def _written(name: str) -> re.Pattern[str]:
    """A body's name as the sentence writes it, a prefix letter or two glued on ("מהמשטרה": מ and the article)."""
    bare = name[1:] if name[:1] == "ה" else name
    return re.compile(rf"(?<![\u05d0-\u05ea])(?:[ובלמש]{{0,2}}ה?){re.escape(bare)}(?![\u05d0-\u05ea])")
