"""What a figure of a title-case headline counts, read on the headline in sentence case (English).

"Man Jailed For 12 Years After Fatal Crash", "... Ordered to Serve 20-Year Federal Prison Sentence". US and wire
headlines capitalise every word; the readers take a capitalised word for a name, so the figure's reading kept only
names ("Man (Jailed)", "Purchasing Firearms Later"). The headline is read again with its capitalised words (past
the first, not acronyms) in lower case, and a figure whose reading named only capitalised words takes the reading
of the same number there ("years (jailed)", "federal prison sentence (serve)"). Which numbers are figures is
still decided on the headline as written (so "Windows 7" or "Six Nations" stay names).
Run once every figure has its reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.model import Fact, SourceSentence

_WORD = re.compile(r"(?:(?<![\w'’-])|(?<=\d-))([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)(?![\w'’-])")  # (also "20-Year")


def title_case(text: str) -> bool:
    """Whether a line is set in title case: four-letter words capitalised, eight in ten or more."""
    words = re.findall(r"\b[^\W\d_]{4,}\b", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _sentence_case(text: str) -> str:
    """`text` with each capitalised word after the first in lower case (same length, so offsets hold)."""
    first = re.search(r"[A-Za-z]", text)
    start = first.start() if first else 0
    return text[: start + 1] + _WORD.sub(lambda m: m.group(1).lower(), text[start + 1 :])


def _names_only(counts: str | None) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", counts or "")
    return all(w[0].isupper() for w in words)


def title_case_readings(
    figures: list[Fact], sentences: list[SourceSentence], read: Callable[[list[SourceSentence], str], list[Fact]]
) -> None:
    """Give the figures of a title-case headline (the first sentence) the readings of the headline in sentence case;
    `read` is the figure reader (find_figures), run on the one lowered sentence."""
    if not sentences or not title_case(sentences[0].text):
        return
    head = sentences[0]
    ours = [f for f in figures if f.sentence == head.index and f.number is not None and _names_only(f.counts)]
    if not ours:
        return
    sentence_case = _sentence_case(head.text)
    if title_case(sentence_case):
        return  # a headline in capitals ("'THREE AMIGOS' MEET IN OTTAWA"): nothing to lower, and reading it again
        # would come back here without end
    lowered = read([SourceSentence(head.index, head.paragraph, sentence_case)], "en")
    by_start = {f.number.start: f for f in lowered if f.number is not None}
    for f in ours:
        g = by_start.get(f.number.start)  # type: ignore[union-attr]
        if g is None or g.value != f.value or not g.counts or _names_only(g.counts):
            continue
        if (f.counts or "").lower() != g.counts.lower():  # (the same words: the headline's capitals are kept)
            f.counts = g.counts
