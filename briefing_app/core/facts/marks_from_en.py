"""Whose level a figure is when it is a mark ("high", "low", "peak") the measure left or passed, not one it
reached (English): "the growth rate slowed to 2%, down from a recent high of 3.3% in June", "5.94%, down from
7.79% in December and a high of 11.93% in October", "average petrol down from July's peak of 119.7p to 112.7p",
"output has fallen to the lowest in eight years at 28.9 million bpd", "This is down from September's record high
of £816 a month".

The readings before take the mark's noun for what is counted ("recent high", "peak", "lowest in eight years");
`level_marks_en` names the owner only after a verb of reaching ("hit a new high of"). A mark is a level of the
same measure the clause is about, so its owner is, in order: the measure of the figure just before it in the
sentence when the mark is joined to it by "from", "and" or a comma (the level it is compared with); the subject
of the clause before the verb or "down/up from" of change; for a sentence opening "This/That/It is down from",
what the last figure of the sentence before counts. The mark stays in the reading, in brackets: news keys a
level on either ("record high", "the Dow").

A noun phrase right before "at" or "from" and the mark is held at it or moved off it, and owns it ahead of the
clause's subject: "the panel met amid joblessness at a 12-year high of 7.4%", "to lift borrowing costs from the
historic low of 0.25%" (not "panel", not "Analysts"); a verb there ("fell from", "stood at") leaves the rules above.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.pos_tagger import tag_sentence
from briefing_app.core.facts.subject_before import before_phrase

# A reading that is a mark alone: "high", "a recent high", "record high", "peak", "lowest in eight years".
_MARK_READING = re.compile(
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:new|fresh|recent|record|all-time|historic|previous|\S+-(?:year|month|"
    r"week|decade)|multi-year|seasonal)\s+)*(?:high|low|peak|trough|record|lowest|highest|record\s+high|"
    r"record\s+low)(?:\s+(?:in|for|since|of)\s+[^()]*)?",
    re.IGNORECASE,
)
# The mark's phrase right before the figure (its start is where the owner's link is read): "a recent high of ",
# "July's peak of ", "its record high in April at ", "the lowest in eight years in September at ".
_MARK_BEFORE = re.compile(
    r"(?:(?:an?|the|its|their|[A-Z][a-z]+['’]s|last\s+(?:year|month|week)['’]s)\s+)?"
    r"(?:(?:new|fresh|recent|record|all-time|historic|previous|\S+-(?:year|month|week|decade)|multi-year|"
    r"seasonal)\s+)*(?:high|low|peak|trough|lowest|highest)\b[^,;.()]{0,40}?\s+(?:of|at)\s+"
    r"(?:(?:about|some|nearly|around|almost|roughly|over|more\s+than|just|only)\s+)?(?:US\$|[$£€¥])?$"
)
# What joins the mark to the level named before it: "down from", "up from", "from", "and", a comma.
_JOINED = re.compile(r"(?:\b(?:down|up|off|fell|rose|declined|decline|dropped)?\s*\bfrom|\band|,)\s*$", re.I)
# The verb or "down/up from" of change whose subject owns the mark.
_CHANGE = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:now|also|still|already)\s+)?"
    r"(?:(?:fallen|fell|falls|dropped|drops|slipped|slid|sank|declined|rose|risen|rises|climbed|jumped|"
    r"slowed|eased|recovered|(?:is|are|was|were|been|now|still)?\s*(?:down|up|off))\s+(?:to|from)|down|up)\s+"
    r"[^,;]{0,20}$"
)
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)$")
_HELD_LINK = re.compile(r"\s+(?:at|from)\s+$")  # "joblessness | at | a 12-year high of", "costs | from | the"
_THIS_FROM = re.compile(r"^(?:This|That|It|Which)\s+(?:is|was|'s|’s)\s+(?:now\s+)?(?:down|up)\s+from\s", re.I)


def _head(counts: str | None) -> str | None:
    """The reading without its brackets, or None when it is no owner (a mark itself, a pronoun)."""
    head = (counts or "").split(" (")[0].strip()
    if not head or _MARK_READING.fullmatch(head) or head.split()[0].lower() in PRONOUNS:
        return None
    return head


def _held_owner(text: str, mark_start: int) -> str | None:
    """The noun phrase right before "at"/"from" and the mark starting at `mark_start` ("borrowing costs" of "to lift
    borrowing costs from the historic low of"), or None when a verb or a function word stands there."""
    link = _HELD_LINK.search(text[:mark_start])
    if link is None:
        return None
    words: list[str] = []
    for start, end, tag in reversed([t for t in tag_sentence(text) if t[1] <= link.start()]):
        word = text[start:end]
        modifier = bool(words) and (tag == "ADJ" or (tag == "VERB" and word.lower().endswith("ing")))
        if not (tag in ("NOUN", "PROPN") or modifier) or word.lower() in EN_STOP or len(words) == 4:
            break
        words.insert(0, word)
    if not words or words[0].lower() in PRONOUNS:
        return None
    return " ".join(words)


def marks_from(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as a mark alone ("high", "peak") the measure whose mark it is."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        mark_read = (f.counts or "").split(" (")[0].strip()
        held_mark = _MARK_BEFORE.search(text[: number.start][-90:]) if _MARK_READING.fullmatch(mark_read) else None
        if held_mark is not None:  # "joblessness at a 12-year high of 7.4%": the noun held at the mark owns it
            held = _held_owner(text, number.start - len(text[: number.start][-90:]) + held_mark.start())
            if held is not None:
                f.counts = f"{held} ({mark_read})"
                continue
        if not f.counts or "(" in f.counts or not _MARK_READING.fullmatch(f.counts.strip()):
            continue
        before = text[: number.start]
        mark = _MARK_BEFORE.search(before[-90:])
        if mark is None:  # "from July's peak of 119.7p to 112.7p": the figure after the mark's own
            prior = numbered[i - 1] if i else None
            if prior is None or prior[0].sentence != f.sentence or prior[0].counts is None:
                continue
            if not re.fullmatch(r"\s*(?:p|pence|cents?)?\s*to\s+(?:US\$|[$£€¥])?", text[prior[1].end : number.start]):
                continue
            if " (" in prior[0].counts and _head(prior[0].counts):  # (the mark before already has its owner)
                f.counts = prior[0].counts
            continue
        start = len(before) - len(before[-90:]) + mark.start()
        owner: str | None = None
        earlier = [(g, m) for g, m, _ in numbered[:i] if g.sentence == f.sentence and m.end <= start]
        if earlier and _JOINED.search(text[earlier[-1][1].end : start]):
            owner = _head(earlier[-1][0].counts)  # "slowed to 2% ..., down from a recent high of 3.3%"
        if owner is None:
            change = _CHANGE.search(text[:start])
            if change is not None:
                subject, _ = before_phrase(text[: change.start()], "en")
                absolute = _WITH_SUBJECT.search(text[: change.start()])  # "with average petrol down from"
                subject = subject or (absolute.group(1) if absolute else None)
                if subject and subject.split()[0].lower() not in PRONOUNS | EN_STOP:
                    owner = subject
        if owner is None and _THIS_FROM.match(text):  # "This is down from September's record high of £816"
            told = [g for g, _, _ in numbered[:i] if g.sentence == f.sentence - 1]
            owner = _head(told[-1].counts) if told else None
        if owner and owner.lower() not in f.counts.lower():
            f.counts = f"{owner} ({f.counts})"
