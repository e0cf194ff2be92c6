"""A Hebrew quote introduced by a pronoun ("הוא אומר:", "בהמשך היא מוסיפה:") right after another quote: the one
just quoted goes on speaking.

Interviews and features name the interviewer and the interviewee once ("X מראיין את Y, דובר ...") and then
alternate quotes with "הוא אומר:" lines. The pronoun was read as the person named last before it in the
narration (often the interviewer, or someone only talked about), while the quotes around it are the
interviewee's. When the last quote with a known speaker ends at most two sentences before, no one else is
named in the narration since it, and that speaker's sex fits the pronoun, that speaker goes on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.speakers import PRONOUN_SEX, Speakers, sex_of

# Words that may stand before the pronoun subject: time and sequence adverbs ("בהמשך", "אחר כך", "עוד", "גם").
_LEAD = {"בהמשך", "אחר", "כך", "עוד", "גם", "ואז", "אז", "לבסוף", "ובהמשך", "בסיום", "לדבריו", "לדבריה"}
_QUOTED = re.compile(r"[\"“„״][^\"”“״]*[\"”“״]?")


def pronoun_subject(mention: str) -> str:
    """The pronoun "הוא"/"היא" when the mention is only that pronoun, lead adverbs before it and a verb after
    it ("בהמשך הוא מפתיע", "הוא אומר"); "" otherwise."""
    words = [w.strip(",.:") for w in mention.split() if w.strip(",.:")]
    while words and words[0] in _LEAD:
        words = words[1:]
    if words[:1] in (["הוא"], ["היא"]) and len(words) <= 2:
        return words[0]
    return ""


def he_pronoun_goes_on(out: Sequence[Fact], first: int, mention: str | None, speakers: Speakers) -> str | None:
    """The speaker of the last quote when `mention` is a pronoun that can only stand for them (see above)."""
    pronoun = pronoun_subject(mention or "")
    if not pronoun:
        return None
    quoted = [f for f in out if f.kind == "quote" and f.speaker]
    if not quoted:
        return None
    last = quoted[-1]
    end = max(last.sentences or [last.sentence])
    if end < first - 2 or end >= first:
        return None
    person = speakers.people.find(last.speaker or "")
    if person is None or sex_of(person) not in ("", PRONOUN_SEX[pronoun]):
        return None
    for i in range(end + 1, first + 1):  # (the narration since, this sentence's too, outside its marks)
        narration = _QUOTED.sub(" ", speakers.text.get(i, ""))
        others = [p for p in speakers.people.people if p is not person and p.key and p.key in narration]
        if others:
            return None  # ("Y השיב לו. הוא אמר:": someone else named since the quote may be the pronoun's)
    return person.name
