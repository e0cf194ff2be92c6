"""Numbers inside a title in quote marks: the name of a show, film, album or song, not a quantity.

Entertainment copy quotes its titles: CBS' “60 Minutes”, Kanye West's "808s & Heartbreak", “Peter Rabbit 2:
The Runaway”, "Ocean's 11". A number there is a word of the name (`number_names` already knows a title that
is only a number, '"21"'). A title is told from a quoted phrase by its capitals: every word of it capitalised
but the small words of titles ("of", "the", "&"), at least one word besides the number, and short. A quoted
phrase in lower case ("“140 or so” colleagues") or a quoted clause stays a quantity.

A place word inside such a title is a word of it too: 'the action flick "Pacific Rim"', 'the album "London
Calling"' (`inside_quoted_title`).
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# What stands in a title between its opening quote and the number, and between the number and the closing quote.
_OPENED = re.compile(r"(?:^|(?<=[\s(]))[\"“]([^\"“”.!?;]{0,40})$")
_CLOSED = re.compile(r"([^\"“”.!?;]{0,40})[\"”]")
_SMALL = {"of", "the", "a", "an", "and", "&", "in", "on", "to", "for", "with", "at", "by", "or", "vs", "vs.", "x"}


def in_quoted_title(text: str, n: NumberMatch) -> bool:
    """Whether `n` is a word of a short capitalised title in quote marks (see the module)."""
    if n.currency or n.kind == "percent" or n.value_max is not None:
        return False
    if n.spelled and not n.text[:1].isupper():  # (“four Lib Dem MPs”: a count)
        return False
    opened = _OPENED.search(text[: n.start])
    closed = _CLOSED.match(text, n.end)
    if opened is None or closed is None:
        return False
    lead, tail = opened.group(1), closed.group(1)
    tail = re.sub(r"^s\b", "", tail)  # "808s & Heartbreak": the plural of the number is part of it
    words = [w.strip(",:’'") for w in f"{lead} {tail}".split()]
    words = [w for w in words if w]
    if not words or len(words) > 7:
        return False
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if not any(w[:1].isupper() for w in words):
        return False
    if n.spelled and (len(words) < 3 or any(re.fullmatch(r"[\w-]+[^'’s]s", w) for w in tail.split())):
        # ('"Two Can Play That Game"': a spelled number capitalised in a title of three words and more; not a
        # capitalised count of a plural in quotes, “Four Lib Dem MPs”)
        return False
    return all(w in capitalised or w.lower() in _SMALL or w == "&" for w in words)


_QUOTED = re.compile(r"[“\"]([^“”\"]{3,80}?)[.,!?]?[”\"]")


def inside_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a quoted title of two to six words, all capitalised but the small
    words of titles ("Pacific Rim", "Manchester by the Sea"); a quoted sentence has words in lower case."""
    for m in _QUOTED.finditer(text):
        if m.start(1) <= start and end <= m.end(1):
            words = re.findall(r"[\w'’-]+", m.group(1))
            content = [w for w in words if w.lower() not in _SMALL or w == words[0]]
            return 2 <= len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in content)
    return False
