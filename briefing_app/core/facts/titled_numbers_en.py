"""Numbers that open the unquoted title of a work in English running text: "as 14 Nights Of Rain took the top prize",
"the horror film 31 Days Gone opened", "the play 7 Silent Brothers". Titles are written in title case, so the
everyday words after the number are capitalised mid-sentence where a count's noun would be lower case ("14 nights",
"31 days", "7 silent brothers"); the number is a word of the title, no quantity.

Only digits are read (British copy spells out small counts, "three Golden Globe awards", and a spelled number
capitalised mid-sentence is read by the name readers), and only where the sentence itself is not written in title
case, as a headline may be ("Film Takes 12 Million Pounds"). Capitals alone do not make a title ("2 World Cups",
"over 200 New York City bars", "3 Grammy Awards" are counts): the word after the number must be an everyday word,
and either a small word of the title is capitalised too ("14 Nights Of Rain") or the kind of work comes right before
the number ("the horror film 31 Days Gone")."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.numbers import NumberMatch

# The number, then two capitalised words or more (small words of a title between them): "14 Nights Of Rain",
# "31 Days Gone", "7 Silent Brothers".
_TITLE_AFTER = re.compile(r"\s+([A-Z][a-z]+)((?:\s+(?:(?:of|the|and|a|an|in|on|to|for|&)\s+)*[A-Z][a-z]*\b)+)")
# A small word of a title, capitalised as only a title writes it mid-sentence.
_SMALL_CAPITALISED = re.compile(r"\s(?:A|An|The|Of|In|On|To|And|For|With|From|At)\b")
# The kind of work right before its title: "the film 31 Days Gone", "horror movie 9 Cold Rooms".
_KIND_BEFORE = re.compile(
    r"\b(?:film|movie|novel|book|album|single|song|series|sitcom|drama|musical|opera|play|documentary|show|"
    r"programme|thriller|comedy|biopic|sequel|remake|hit)\s+$"
)


def opens_work_title(text: str, n: NumberMatch) -> bool:
    """Whether the number `n` of the sentence `text` is the first word of a work's title written without quotes."""
    if n.spelled or n.currency or n.value_max is not None or not re.fullmatch(r"\d{1,4}", n.text):
        return False
    before, after = text[: n.start], text[n.end :]
    if not re.search(r"[a-z]", before):
        return False  # (the sentence opens with it: "31 Days Gone opened ...", capitalised as any opening)
    title = _TITLE_AFTER.match(after)
    if title is None:
        return False
    if title.group(1).lower() not in common_words():
        return False  # (a proper name after the number: "3 Grammy Awards")
    if not (_SMALL_CAPITALISED.search(title.group(2)) or _KIND_BEFORE.search(before)):
        return False
    return not _title_cased(text)


def _title_cased(text: str) -> bool:
    """Whether most of the sentence's longer words are capitalised, as a headline written in title case."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)
