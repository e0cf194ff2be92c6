"""An article and an evaluative adjective right before a figure say how big it seemed, not what it counts
(English): "exceeded the previous record, set in 2003, by an extraordinary 1.8C", "Sales rose by a whopping 40%
last year". The readers before the figure took the adjective as its noun ("extraordinary") or lost the verb of
change, whose subject is what it counts ("year" for the sales). The words are blanked (kept as spaces, so every
offset stays) for the readers of what the figure counts: "Sales rose by 40%" reads "Sales".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.pos_tagger import tag_words

# "a whopping", "an extraordinary", "a staggering": an article and one lower-case word right before the figure.
_ARTICLE_ADJECTIVE = re.compile(r"\b(?:a|an)\s+([a-z]{4,})\s+(?:US\$|[$£€])?$")
# Adjectives that say which or how reckoned, and are kept: "an additional 500", "an estimated $2m", "a further 3%".
_KEPT = {"additional", "extra", "further", "estimated", "average", "total", "combined", "net", "gross", "annual",
         "monthly", "daily", "weekly", "new", "maximum", "minimum", "reported", "projected", "expected", "record",
         "possible", "potential", "mere", "meagre", "meager", "paltry", "another", "other", "single"}  # fmt: skip


# Participles that say the figure is confirmed or provisional, which the tagger reads as verbs: "added a confirmed
# $15.1m over the weekend", "a provisional 4,500 votes". Like the adjectives, they say nothing of what is counted.
_RECKONED = {"confirmed", "provisional", "preliminary", "unofficial", "official", "verified", "audited", "unaudited"}


def without_evaluative_adjective(before: str) -> str:
    """`before` (the text up to a figure) with an article and an evaluative adjective at its end blanked."""
    m = _ARTICLE_ADJECTIVE.search(before)
    if m is None or m.group(1) in _KEPT:
        return before
    word = m.group(1)
    if word not in _RECKONED and not (word.endswith("ing") or tag_words(["a", word])[1] == "ADJ"):
        return before
    return before[: m.start()] + " " * (m.end(1) - m.start()) + before[m.end(1) :]
