"""What a figure counts when an aside stands between the subject and its verb of change or level (English business
copy): "The price cap – which sets a maximum rate per unit – will rise by £111 for an average household", "its load
factor – the number of available seats filled by passengers – was unchanged at 92 per cent", "Load factor, a measure
of how full the flights are, for Ryanair flights was 96 per cent".

The readers of the words before a figure stop at the closing dash or comma and took a word of the verb phrase
("unchanged", "rose"), a noun inside the aside, or the words after the figure ("average household"). The figure is
the size or the level of the subject when the words between the aside and it are only a verb of change or of level
("will rise by", "was up by one percentage point, year-on-year, at") and no noun of its own follows it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import NO_NOUN_AFTER
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.hollow_readings_en import POINTS_LINK
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.plain_phrases_en import plain_noun_phrase
from briefing_app.core.facts.subject_before import WORTH_APPOSITIVE

# The subject: a clause's first words (after the sentence's start, a mark, or "said (that)") up to the aside.
_SUBJECT = r"(?:^|[,;:]\s+|\b(?:said|says|say|that|showed|shows)\s+)((?:[\w'’&.-]+\s+){0,6}?[\w'’&-]+)"
# The aside: a pair of dashes, or a comma pair opening with an article or a relative word.
_DASH_ASIDE = r"\s+[–—-]\s+[^–—\d]{3,120}?\s+[–—-]\s+"
# (or a comma pair of a circumstance in market copy: "The index, after a hesitant open, climbed to")
_COMMA_ASIDE = (
    r",\s+(?:a|an|the|which|who|that|after|despite|following|amid)\s+[^,;:\d]{3,100},\s+"
    # (the subject's verb may first take an object and "and": "found support and climbed to")
    r"(?:[a-z]{3,}ed\s+[a-z]{3,}\s+and\s+)?"
)
# After the aside: the subject's own phrase may go on ("for Ryanair flights"), then the verb.
_GOES_ON = r"(?:(?:for|of|in|at|on)\s+(?:[\w'’-]+\s+){0,3}?)?"
_AUX = r"(?:(?:will|would|could|may|might|is|was|were|are|has|have|had|be)\s+(?:been\s+)?)?"
_VERB = (
    r"(?:up|down|unchanged|steady|flat|stable|higher|lower|rose|rise|risen|fell|fall|fallen|increased|increase|"
    r"decreased|decrease|dropped|drop|declined|decline|grew|grow|grown|climbed|climb|jumped|jump|slipped|slip|dipped|"
    r"dip|eased|ease|edged\s+(?:up|down|higher|lower)|stood|stand|reached|reach|hit|totalled|totaled|total|"
    r"came\s+in|amounted|averaged|average|widened|widen|narrowed|narrow|surged|soared|plunged|slumped|"
    # (a ratio or a margin "improves" or "worsens" to its new level: "its cost-to-income ratio – the share of income
    # eaten by costs – improved to 48 per cent")
    r"improved|improve|worsened|worsen|deteriorated|deteriorate|strengthened|weakened|"
    # (an index's run in the session: "rallied to", "recovered to", "closed at")
    r"rallied|recovered|advanced|tumbled|slumped|sank|soared|closed|ended|finished|opened)"
)
# Between the verb and the figure: a preposition of size or level at the end, adverbials and a size before it.
# (no digit in between: a figure there is the one the verb carried, and a clause after it has a subject of its own,
# "Tesco, which reports next week, fell 2%, while Asda rose 3%": Asda's 3%)
_TO_FIGURE = (
    r"(?:\s+[^.;:\d]{0,60}?)?\s*(?:by|to|at|from|of)?\s*(?:(?:about|around|nearly|almost|some|just|over|under)\s+)?"
)
# (but the step of the same change may stand before the level it reached: "The measure - which also counts ... -
# fell by 3,000 in the three months to December to | 2.457 million", as the comma asides of the subject reader already
# read "The headline figure, which does not ..., rose by more than 12,000 from June to 470,284")
_STEP_THEN_LEVEL = (
    r"(?:\s+by\s+(?:(?:about|around|some|nearly|almost|more\s+than|just|over)\s+)?(?:US\$|[$£€])?\d+(?:[,.]\d+)*"
    r"(?:\s*(?:%|per\s*cent|percent|m|bn|k|million|billion|p)\b)?(?:\s+[^.;:,\d]{0,60}?)?\s+to\s*"
    r"(?:(?:about|around|nearly|almost|some|just|over|under)\s+)?)"
)
_SIGN = r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
# (or the verb "to be" alone: "for Ryanair flights was 96 per cent"; not a verb with its own object, "the unit, which
# makes tools, narrowed its operating loss to $52m": the loss is what the figure counts, `figure_words.CHANGED`'s)
_CARRIED = re.compile(
    rf"{_SUBJECT}(?:{_DASH_ASIDE}|{_COMMA_ASIDE}){_GOES_ON}(?:{_AUX}{_VERB}|is|was|were|are)\b"
    rf"(?!\s+(?:its|their|his|her|our)\s)(?:{_STEP_THEN_LEVEL}|{_TO_FIGURE}){_SIGN}"
)


# The same subject's later level in the session, after the level the aside's verb carried: "climbed to 7,310.2,
# before settling at | 7,296.8".
_THEN_LEVEL = re.compile(
    r"\s*,?\s*(?:before|after|then)\s+(?:[a-z]+ly\s+)?(?:ending|closing|finishing|settling|easing|slipping|"
    r"falling|rising|retreating)\s+(?:back\s+)?(?:at|to)\s+(?:(?:about|around|nearly|almost|just)\s+)?$"
)


def aside_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure carried by "<subject> – <aside> – <verb of change> N" the subject, when read otherwise."""
    # sentence -> the subject given, where its figure ended, and the reading that figure had before
    carried: dict[int, tuple[str, int, str]] = {}
    for f, number, text in figure_texts(figures, texts):
        held = carried.get(f.sentence)
        if held and _THEN_LEVEL.fullmatch(text, held[1], number.start) and NO_NOUN_AFTER.match(text, number.end):
            carried[f.sentence] = (held[0], number.end, f.counts or "")
            f.counts = held[0]  # "..., before settling at 7,296.8": the same subject's close
            continue
        if held and f.counts == held[2] and POINTS_LINK.search(text[held[1] : number.start]):
            carried[f.sentence] = (held[0], number.end, held[2])
            f.counts = held[0]  # ", a gain of 31.6 points, or 0.75 per cent": the move, read as the level was
            continue
        if not NO_NOUN_AFTER.match(text, number.end):
            continue
        if WORTH_APPOSITIVE.search(text[max(0, number.start - 80) : number.start].rstrip("$£€¥")):
            continue  # "Sony, which ..., is fighting back with players costing between £99 and £249": the players'
        subject = _subject(text[: number.start])
        # (a word of a bracket too: "viewers (Big Night)" already holds the subject)
        if subject is None or subject.split()[-1].lower() in re.findall(r"[\w'’&-]+", (f.counts or "").lower()):
            continue  # no such shape, or already read
        carried[f.sentence] = (subject, number.end, f.counts or "")
        f.counts = subject


def _subject(before: str) -> str | None:
    """The subject before the aside that carries the figure at the end of `before`, if that is its shape."""
    pos = 0
    while (m := _CARRIED.search(before, pos)) is not None:
        pos = m.start(1) + 1  # (a longer start that held a verb: try the next one, "The airline said | its ...")
        subject = plain_noun_phrase(m.group(1).split())  # (none for a clause, a pronoun's)
        if subject is None:
            continue
        if all(w[:1].isupper() for w in subject.split()) and before[: m.start(1)].rstrip().endswith(","):
            continue  # a name ("the biggest unit, Marine Works, which makes pumps, was $1.2 billion"): an apposition
        return subject
    return None
