"""The level a change named by a noun was reckoned from (English results copy): "revenues of $14.8 billion,
representing a 27 per cent jump from the $11.7 billion recorded the previous year", "Profit was $5m, a 10% rise on
the $4.5m made a year earlier", "The result represents a 24.6% increase on the $110.0 million achieved".

The sum after "a N% <change> from/on the" is the same measure a year before; the readers took a verb or a subject
of the clause ("representing", "result", "10%"). It counts what the last sum before it counts, in its sentence or
else the sentence before ("The result represents ..." restates the profit just told); and the percentage, read as
the change alone ("jump", "rise on the"), gets that measure in brackets. A sum after a bare "from" that the readers
left with no reading at all ("rose to 8.53 billion shillings ($57 million) from 6.19 billion shillings a year
earlier") is that baseline too; so is a sum right after "a 30% reduction from" with no article, when the readers
took the change itself for what it counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# (and the Gulf papers' "a slide from the Dh1.43 billion a year ago", "a sharp drop from the Dh353 million")
_CHANGES = (r"(?:rise|increase|jump|gain|growth|improvement|climb|fall|drop|decline|decrease|slump|dip|reduction|"
            r"slide|leap|surge|plunge|tumble|slip)")
# "a 27 per cent jump from the ", "a 10% rise on the ", "an increase of 9.3% on the " (the sum comes next).
_FROM_THE = re.compile(
    rf"\b{_CHANGES}\s+(?:from|on|over)\s+(?:the|a|its|last\s+year['’]s)\s+(?:(?:previous|prior|year-earlier|"
    r"year-ago|comparable)\s+)?(?:US\$|[$£€¥]|(?:Rs|Sh|KSh|R|N|Dhs?|QR|AED|KD)\.?\s?)?$",
    re.IGNORECASE,
)
# "a 30% reduction from $110.7 million" with no article: the baseline, when its reading was the change itself.
_CHANGE_FROM = re.compile(
    rf"\b{_CHANGES}\s+(?:from|on|over)\s+(?:(?:about|around|nearly|some|just)\s+)?(?:US\$|[$£€¥])?\s*$", re.IGNORECASE
)
_CHANGE_READING = re.compile(rf"(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?{_CHANGES}", re.IGNORECASE)
_BARE_FROM = re.compile(
    r"\bfrom\s+(?:(?:about|around|nearly|some|just)\s+)?(?:US\$|[$£€¥]|(?:Rs|Sh|KSh|R|N|Dhs?|QR|AED|KD)\.?\s?)?$"
)
_PERCENT_CHANGE = re.compile(rf"\s*(?:%|per\s*cent|percent)?\s+({_CHANGES})\b", re.IGNORECASE)


def change_baselines(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give the baseline sum of "a N% jump from the $X" what the sum before it counts."""
    sums: list[Fact] = []  # the sums read so far, in order
    numbered = list(figure_texts(figures, texts))
    for i, (f, number, text) in enumerate(numbered):
        money = number.currency is not None
        baseline = money and _FROM_THE.search(text[: number.start]) is not None
        # ("a 30% reduction from $110.7 million" read "30% reduction": the change is no measure of its own)
        reading = (f.counts or "").strip()
        # (or a participle after it: "an improvement from Sh2.136 billion | posted in the same period last year")
        told_after = re.match(r"[a-z]+ed\b", reading) is not None and text[number.end :].lstrip().startswith(reading)
        # (or the participle that leads the change: "representing a 4.2% decline from RM76.3 million" read
        # "representing" or "representing a decline")
        participle = re.fullmatch(rf"([a-z]+ing)(?:\s+(?:an?\s+)?{_CHANGES})?", reading)
        leading = participle is not None and re.search(
            rf"\b{participle.group(1)}\s+(?:an?\s+)?(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?{_CHANGES}\s+(?:from|on|over)\b",
            text[: number.start],
        ) is not None
        bare_change = _CHANGE_FROM.search(text[: number.start]) and (
            _CHANGE_READING.fullmatch(reading) or told_after or leading
        )
        baseline = baseline or (money and bool(bare_change))
        earlier = [g for g in sums if g.sentence in (f.sentence, f.sentence - 1) and g.counts]
        if money and f.counts is None and _BARE_FROM.search(text[: number.start]):
            same = [g for g in earlier if g.sentence == f.sentence and g.unit == f.unit]
            f.counts = same[-1].counts if same else None  # "rose to 8.53 billion shillings (...) from 6.19 billion"
        if baseline and earlier:
            owner = earlier[-1].counts or ""
            head = owner.split(" (")[0]
            if head and head.lower() not in (f.counts or "").lower():
                f.counts = owner
            percent = numbered[i - 1][0] if i else None
            change = _PERCENT_CHANGE.match(text, numbered[i - 1][1].end) if percent is not None else None
            if percent is not None and percent.sentence == f.sentence and percent.unit == "percent" and change:
                if head.lower() not in (percent.counts or "").lower():
                    percent.counts = f"{change.group(1).lower()} ({head})"
        if money:
            sums.append(f)
