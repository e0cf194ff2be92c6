"""What a level counts when a participle of moving brings its object to it (English): "Asking prices rose 0.2 per
cent, taking them to an average £230,184", "with prices up 5.2 per cent, taking the average asking price to a record
high of £416,157", "The rally lifted the index to a high of 7,512".

The readers before take the object for what is counted when it is a plain noun ("taking the company's revenue to
$3.2 billion"), but not when it is a pronoun ("them") or when a mark stands between "to" and the figure ("to a
record high of", "to an average"): then the reading was the pronoun, or the mark with the verb ("record high
(taking)"). The object of the verb is what reached the level; a pronoun object stands for what the figure before
it in the sentence counts (the measure that changed, whose new level this is).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

_VERB = (
    r"(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|driv(?:e|es|ing)|drove|"
    r"send(?:s|ing)?|sent|rais(?:e|es|ed|ing))"
)
_MARK = r"(?:(?:new|fresh|recent|record|all-time|\S+-(?:year|month|week|decade))\s+)*(?:high|low|peak|average|total)"
# The verb, its object (a pronoun or a noun phrase of up to six words) and "to", a mark or "an average" before the
# figure: "taking | them | to an average", "taking | the average asking price | to a record high of".
_BROUGHT = re.compile(
    rf"\b{_VERB}\s+(them|it|(?:(?:the|its|their|his|her|our|[A-Z][\w-]*['’]s)\s+)?(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)"
    # (an apposition may follow the object: "pushed the country's best known barometer, the Dow, above")
    r"(?:\s*,\s*((?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*)\s*,)?"
    r"\s+(?:(?:up|down|back)\s+)?(?:to|above|below|past|beyond|over|under)\s+"
    rf"(?:(?:an?|the|its|their)\s+)?(?:{_MARK}(?:\s+of)?\s+)?"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|over|under|just|roughly)\s+){0,2}(?:US\$|[$£€¥])?\s*$"
)
# A reading that names nothing the level is of: a pronoun, a mark, a mark or a unit with the verb in brackets.
_EMPTY = re.compile(
    rf"(?:them|it|they|(?:an?\s+|the\s+)?{_MARK}|points?|units|above|below|past|beyond|over|under)"
    r"(?:\s+\((?:[\w'’-]+\s*){1,3}\))?",
    re.IGNORECASE,
)


def brought_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level reached by a participle's object that object (or, for a pronoun, the measure before it)."""
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        if f.counts and not _EMPTY.fullmatch(f.counts.strip()):
            continue
        window = text[: number.start][-140:]
        brought = _BROUGHT.search(window)
        if brought is None:
            continue
        # (a name in apposition names it best: "the country's best known stock price barometer, the Dow Jones")
        named = brought.group(2)
        owner: str | None = re.sub(r"^(?:the|its|their|his|her|our)\s+", "", named or brought.group(1))
        if owner is not None and owner.lower() in ("them", "it"):
            prior = [g for g, m, _ in numbered[:i] if g.sentence == f.sentence and m.end <= number.start]
            owner = prior[-1].counts.split(" (")[0] if prior and prior[-1].counts else None
        elif owner and owner.split()[-1].lower() in EN_STOP:
            continue
        if owner and owner.lower() not in (f.counts or "").lower():
            mark = re.search(_MARK, window[brought.end(2 if named else 1) :])
            f.counts = f"{owner} ({mark.group(0)})" if mark else owner
