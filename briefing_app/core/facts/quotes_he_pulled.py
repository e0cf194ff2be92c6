"""Hebrew feature copy sets a speaker's words apart as a paragraph of their own, in marks and with no one named
(an intertitle: '"הכול מתחיל בשכונה"'), and quotes them again in the body, where the speaker is named
('"...הכול מתחיל בשכונה, ולא בכנסת", אמרה X.'). The paragraph is that speaker's, not the one whose words
happened to come last before it. Its words must all come again, in order, in one attributed quote of another
paragraph (a word or two may stand between them there: the intertitle shortens what was said)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence

# Quote marks at both ends of the paragraph, with at most a full stop or a space outside them.
_WHOLE_QUOTE = re.compile(r'^\s*["“„״](?P<words>[^"“”„״]+)["”״]\s*[.:]?\s*$')
_WORD = re.compile(r"[\u05d0-\u05ea\w][\u05d0-\u05ea\w'\"-]*")
_FEWEST_WORDS = 4  # (a shorter phrase, "עד כאן", comes again in many quotes by chance)
_MOST_WORDS = 20  # (longer, it is the speaker's paragraph, not an intertitle)
_PREFIXES = "והבלמשכ"


def _words(text: str) -> list[str]:
    return [w.strip("'\"") for w in _WORD.findall(text)]


def _same_word(short: str, long: str) -> bool:
    """The same word, or with a one-letter prefix glued on in the body ("דרך" and "לדרך": to the way)."""
    return long == short or len(long) == len(short) + 1 and long[0] in _PREFIXES and long[1:] == short


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether every word of `short` stands in `long`, in the same order."""
    rest = iter(long)
    return all(any(_same_word(w, x) for x in rest) for w in short)


def _paragraph_of(quote: Fact, by_index: dict[int, SourceSentence]) -> int | None:
    first = by_index.get((quote.sentences or [quote.sentence])[0])
    return first.paragraph if first is not None else None


def pulled_quote_speakers(out: list[Fact], sentences: list[SourceSentence]) -> None:
    """Give a quote that is a whole paragraph of its own the speaker of the attributed quote in another paragraph
    that says its words again."""
    by_index = {s.index: s for s in sentences}
    per_paragraph: dict[int, int] = {}
    for sentence in sentences:
        per_paragraph[sentence.paragraph] = per_paragraph.get(sentence.paragraph, 0) + 1
    quotes = [f for f in out if f.kind == "quote"]
    for f in quotes:
        own = f.sentences or [f.sentence]
        alone = by_index.get(own[0])
        if len(own) != 1 or alone is None or per_paragraph[alone.paragraph] != 1:
            continue
        m = _WHOLE_QUOTE.match(alone.text)
        short = _words(m.group("words")) if m else []
        if not _FEWEST_WORDS <= len(short) <= _MOST_WORDS:
            continue
        paragraph = alone.paragraph
        again = [
            g
            for g in quotes
            if g.speaker and _paragraph_of(g, by_index) not in (None, paragraph) and _in_order(short, _words(g.text))
        ]
        if again:
            f.speaker = again[0].speaker
