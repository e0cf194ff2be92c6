"""What an English figure counts when it is the level something is set at or changed to, and the words before it
say so with no noun after the figure:

- a noun of change and what it changes: "a rise in its quarterly dividend to $0.26 a share", "an extension of the
  buyback programme by an extra $5 billion" -> the dividend, the programme; with nothing changed named, the change
  itself ("analysts had expected an increase to $4 billion");
- a noun and a participle of setting: "with dividends set at 25 cents a share", "fees capped at £9,000" -> the noun;
- a verb of setting a level and its object: "ratified the tax rate at $0.18", "capped the increase at 2%" -> the
  object (the verbs of valuing and estimating are `figure_words.CHANGED`'s);
- a verb of change, its object and a sum for someone: "increase the child tax credit to $3000 for families" -> the
  credit (for the families).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import ADVERBS, CHANGED, EN_STOP, EN_VERBS, PERIODS, PRONOUN_STARTS

_APPROX = r"(?:(?:an?\s+)?(?:extra|further|additional|estimated|record)\s+|(?:about|around|nearly|almost|some)\s+)*"
_OBJECT = r"((?:(?!(?:to|by|at|from|and|or)\b)[^\W\d][\w'’-]*\s+){0,5}?(?!(?:to|by|at|from|and|or)\b)[^\W\d][\w'’-]*)"
_NOMINAL = re.compile(
    # (the change's own size may stand before it: "a 10% rise in the dividend to 14p", "a 15.7 per cent rise in",
    # the British papers' "a 7.8pc rise in")
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\d.,]+\s*(?:%|per\s*cent|percent|pc|pct)?[\s-]+)?"
    r"(?:[a-z]+\s+)?"
    r"(rise|increase|hike|cut|reduction|extension|expansion|boost|"
    r"drop|fall|decline|jump|raise|decrease)\s+(?:(?:in|of|to)\s+" + _OBJECT + r"\s+)?(?:to|by)\s+" + _APPROX + r"$",
)
_SET_PARTICIPLE = re.compile(
    r"\b([a-z][\w'’-]*)\s+(?:set|fixed|pegged|capped|priced|pitched)\s+at\s+" + _APPROX + r"$"
)
_SETTING = re.compile(
    r"\b(?:ratif(?:y|ies|ied|ying)|adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|fix(?:es|ed|ing)?|cap(?:s|ped|ping)?|"
    r"peg(?:s|ged|ging)?|maintain(?:s|ed|ing)?)\s+((?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+at\s+" + _APPROX + r"$"
)
_SUM_FOR_AND = re.compile(
    r"(?:US\$|[$£€¥])\s?[\d.,]+(?:\s*(?:million|billion|bn|m)\b)?\s+for\s+[^$£€¥;]{1,90}?\s+and\s*$"
)
_NOT_NOUNS = EN_STOP | EN_VERBS | PRONOUN_STARTS | {"them", "it", "which", "that", "these", "those", "its", "their",
                                                    "his", "her", "our"}  # fmt: skip


def _nouns(words: str) -> str:
    """The words of an object with no function word and no number ("the FY 2022-23's tax rate" -> "tax rate")."""
    kept = [w for w in words.split() if w.lower() not in _NOT_NOUNS and not re.search(r"\d", w)]
    return " ".join(kept[-3:])


_SET_OR_CHANGED_RE1 = re.compile(r"^\s*(?:(?:million|billion|bn|m)\b\s*)?(?:per|a|an)\s+[a-z]+")
_SET_OR_CHANGED_RE2 = re.compile(r"(?:US\$|C\$|A\$|[$£€¥]|\b(?:USD|EUR|GBP|Rs\.?|RM))\s*$")
_SET_OR_CHANGED_RE3 = re.compile(r"\s*(?:million|billion|bn|m)?\s*for\s")


def set_or_changed(before: str, after: str, counts: str | None) -> str | None:
    """`counts`, or what the figure is the level or step of when the words before it set or change something and
    `counts` names nothing of the text after the figure (`before`/`after`: the sentence either side)."""
    head = (counts or "").split(" (")[0].split()
    own = _SET_OR_CHANGED_RE1.sub("", after)  # not "per share"
    tail = _SET_OR_CHANGED_RE2.sub("", before[-160:])
    for_whom = _SET_OR_CHANGED_RE3.match(own) is not None
    # (the second sum of a pair, "to $3000 for families ... and $3600 for families with ...": the same change's)
    pair = _SUM_FOR_AND.search(tail) if for_whom else None
    changed = CHANGED.search(tail[: pair.start()] if pair else tail) if for_whom else None
    target = _nouns(changed.group(2)) if changed and changed.group(2) else ""
    if target and target not in (counts or ""):
        # "increase the child tax credit to $3000 for families": the level of what is changed, and for whom
        return f"{target} ({counts.split(' (')[0]})" if counts else target
    if head and head[0].lower() not in PERIODS and re.search(rf"\b{re.escape(head[0].lower())}", own[:40].lower()):
        # (not a period after it: "a rise in the dividend to 14p for the year" counts the dividend, not the year)
        return counts  # the figure's own noun after it: "a rise in output to 40,000 tonnes"
    nominal = _NOMINAL.search(tail)
    if nominal:
        noun = _nouns(nominal.group(2) or "") or nominal.group(1)
        return counts if noun in (counts or "") else noun
    participle = _SET_PARTICIPLE.search(tail)
    # (nor an adverb between the copula and the participle: "Fees ... are also capped at £3,465", "now set at")
    word = participle.group(1).lower() if participle else ""
    adverbial = word in ADVERBS or word.endswith("ly")
    if participle and participle.group(1).lower() not in _NOT_NOUNS and not adverbial:
        return counts if participle.group(1) in (counts or "") else participle.group(1)
    setting = _SETTING.search(tail)
    noun = _nouns(setting.group(1)) if setting else ""
    return noun if noun and noun not in (counts or "") else counts
