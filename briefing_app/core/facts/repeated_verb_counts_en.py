"""A bare count after the same verb as a counted one before it counts the same noun (English).

"Candidate Ian Gardener, who polled 1,255 votes, saw off Alastair Henderson-Begg, who polled 365." Results, court
and sport copy repeat a verb with its object's noun left out the second time ("scored 23 points ... scored 12",
"polled 1,255 votes ... polled 365"). The bare count ends its clause; read alone it took a name or a word before
it. It counts the noun the same verb's first count named, and whose it is (the name before ", who <verb>") is kept
beside it. The first count may stand in the sentence before ("Smith polled 1,255 votes. Jones polled 365.").
Run once every figure has its reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|just|only|more\s+than|over|under|fewer\s+than)\s+)?"
# The verb right before a figure: a lowercase word of three letters or more that is no function word, no copula
# and no auxiliary (the same verb before both counts is what ties them).
_VERB_BEFORE = re.compile(rf"\b([a-z]{{3,}})\s+{_QUALIFIER}$")
_NOT_VERBS = {
    "the", "and", "but", "for", "from", "with", "than", "about", "into", "onto", "over", "under", "between", "among",
    "after", "before", "since", "until", "within", "without", "per", "are", "was", "were", "has", "had", "have",
    "been", "being", "will", "would", "could", "should", "may", "might", "can", "its", "their", "his", "her", "our",
    "all", "another", "only", "just", "aged", "age", "ages", "least", "most", "some", "those", "these", "top",
    "first", "last", "next", "number", "total", "additional", "further", "other", "more", "less", "fewer",
}  # fmt: skip
# The count's clause ends right after it: a comma, a stop, a semicolon, a bracket, or "and"/"while"/"but".
_BARE_END = re.compile(r"\s*(?:[,.;)]|$|\s+(?:and|while|but|whereas)\b)")
# A noun right after the first count: its own object noun ("1,255 votes", "300 staff").
_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)\b")
# Whose count it is: a name before ", who <verb>", or the name that is the verb's subject ("Jones polled 365").
_WHO = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)(?:,\s+who)?\s+(?:[a-z]+\s+)?$")


def _verb(text: str, start: int) -> str | None:
    m = _VERB_BEFORE.search(text[max(0, start - 60) : start])
    return m.group(1) if m and m.group(1) not in _NOT_VERBS else None


def share_repeated_verb_counts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bare count after a verb the noun that verb's counted figure before it named."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in figures:
        if f.number is not None:
            by_sentence.setdefault(f.sentence, []).append(f)
    for sentence, facts in sorted(by_sentence.items()):
        text = texts.get(sentence, "")
        facts.sort(key=lambda f: f.number.start)  # type: ignore[union-attr]
        earlier = [(e, texts.get(sentence - 1, "")) for e in by_sentence.get(sentence - 1, [])]
        for i, f in enumerate(facts):
            n = f.number
            assert n is not None
            if f.unit is not None or n.currency or n.kind != "number" or not _BARE_END.match(text, n.end):
                continue
            verb = _verb(text, n.start)
            if verb is None:
                continue
            for e, e_text in reversed([*earlier, *((e, text) for e in facts[:i])]):
                m = e.number
                if m is None or e.unit is not None or m.currency or _verb(e_text, m.start) != verb:
                    continue
                noun = _NOUN_AFTER.match(e_text, m.end)
                if noun is None or noun.group(1) in _NOT_VERBS or not (e.counts or "").startswith(noun.group(1)):
                    break  # the verb's first count named no noun of its own: nothing to share
                if noun.group(1) in (f.counts or "").split():
                    break
                head = text[: n.start]
                who = _WHO.search(head[: head.rfind(verb)])
                f.counts = f"{e.counts} ({who.group(1)})" if who else e.counts
                break
