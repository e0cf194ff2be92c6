"""Companies named as what moved on a stock market: "Kessby Foods rose 5p to 195p", "iron ore specialist Tolvik,
up 14.4p to 195.4p", "reports lifted Marlow Group 70p to 1845p", "Shares in Halmont fell 3%", "Halmont shares
jumped 8%".

Market reports name dozens of listed firms bare, once each, with nothing but their share price around them; what
moves by pence or cents to a price (or by a percentage to a price to the cent in a currency written before the
number, "Karoo Gold rose 3.15% to R184.60", "with Tamsin losing 2.6% to RM7.42"), or has shares, is a listed
company. A price in pounds, dollars or euros alone
is left out (the pound, gold and crude move "to $1.25", "to $1,900 an ounce"), as are known places, a sentence's
common first word ("Next jumped": a firm, but no reader can tell it from the word), and people.
"""

from __future__ import annotations

import re

from briefing_app.core.facts import orgs
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS

_NAME = r"((?:[A-Z][\w'’.&-]*|&)(?:\s+(?:[A-Z][\w'’.&-]*|&|of|and)){0,4}?)"
_MOVED = (
    r"(?:rise|fall|jump|climb|slip|dip|drop|gain|add|lose|advance|decline|slide|sink|surge|soar|tumble|plunge|"
    r"rally|ease|firm|close|finish|end|rose|rises|fell|falls|jumped|jumps|climbed|climbs|slipped|slips|dipped|dips|dropped|drops|gained|gains|added|"
    r"adds|lost|loses|shed|sheds|advanced|advances|declined|declines|slid|slides|sank|sinks|surged|surges|soared|"
    r"soars|tumbled|tumbles|plunged|plunges|rallied|rallies|eased|eases|firmed|firms|closed|finished|ended|"
    r"(?:edged|edges|nudged|nudges|moved|moves|ticked|ticks)\s+(?:up|down|ahead|back|higher|lower)|"
    r"(?:was|were|is|are)\s+(?:up|down)|(?<=,\s)(?:up|down)|"
    # (and the participles of a market round-up's absolute clause: "with Karoo Gold picking up 5.2% to R23.75",
    # "with Tamsin losing 1.9% to R98.40"; "lifted" of a firm's own move: "Karoo Gold lifted 3.3% to R71.10")
    r"picking\s+up|picked\s+up|rising|falling|gaining|losing|adding|shedding|jumping|climbing|slipping|dropping|"
    r"sliding|easing|firming|lifted)"
)
_PENCE = r"\d+(?:\.\d+)?\s?(?:p|pence|c|cents)(?![\w])"
# A share price in a currency whose sign comes first, to the cent, where prices of shares are quoted so: the rand,
# the ringgit, the Kenyan shilling, the naira ("to R302.45", "to RM7.42", "to Sh23.50"); not an exchange rate
# ("to R17.64 to the dollar") nor a price per unit ("N650.50 a litre").
_LOCAL_PRICE = (
    r"(?:R|RM|Sh|KSh|Ksh|N)\s?\d{1,5}\.\d\d(?!\d|[.,]\d)"
    r"(?!\s+(?:to|against)\s+(?:the\s+)?(?:US\s+)?(?:dollar|euro|pound|greenback)s?\b|\s+(?:per|a|an)\s+(?!share\b)[a-z])"
)
# The firm, its moving verb, a move in pence or cents (or a percentage to a price in pence or cents).
_MOVER = re.compile(
    rf"(?<![\w'’.-]){_NAME}(?:\s+(?:shares|stock))?,?\s+{_MOVED}\s+"
    rf"(?:{_PENCE}|\d+(?:\.\d+)?\s?(?:%|per\s+cent)\s+(?:higher\s+|lower\s+)?(?:to|at)\s+(?:{_PENCE}|{_LOCAL_PRICE}))"
)
# What lifts or drags a firm's shares by pence or cents: "helped lift Halmont 44p to £19.06".
_MOVED_BY = re.compile(
    rf"\b(?:lift|lifts|lifted|lifting|push|pushed|pushing|send|sent|sending|drag|dragged|dragging|knock|knocked|"
    rf"knocking|help|helped|helping)\s+(?:[a-z]+\s+){{0,3}}{_NAME}\s+(?:(?:up|down|back)\s+)?"
    rf"(?:{_MOVED}\s+)?{_PENCE}"
)
# Shares said to be a firm's: "Shares in Halmont fell", "Halmont shares jumped 8%".
_SHARES = re.compile(
    rf"\b[Ss]hares\s+(?:in|of)\s+{_NAME}(?=\s+{_MOVED}|,)"
    rf"|(?<![\w'’.-]){_NAME}(?:['’]s)?\s+shares\s+{_MOVED}\s+\d"
)


def _firm_words(name: str, text: str, start: int) -> str | None:
    """`name` as a firm's name, or None when it reads as something else (see the module)."""
    name = re.sub(r"(?:['’]s|['’]|\.)$", "", name)  # "Brennock's shares", "Harbour Mills Co.": the name itself
    words = name.split()
    while words and (words[0] in LEADING_FUNCTION_WORDS or words[0].lower() in LEADING_FUNCTION_WORDS):
        words = words[1:]  # "The Kessby Group": the sentence's article
    while words and (words[-1] in ("&", "of", "and") or re.fullmatch(r"[A-C]", words[-1])):
        words = words[:-1]
    if not words or words[0] in ("Shares", "Stock", "Stocks", "Its", "It", "Shareholders"):
        return None
    name = " ".join(words)
    known = lookup(name)
    if known is not None:
        return name if known.kind == "organisation" else None  # ("Royal Dutch Shell": no person, whatever its words)
    if MONTHS_DAYS.match(words[0]):
        return None
    given, family = person_names()
    if len(words) > 1 and words[0] in given and words[-1] in family:
        return None  # a person who lost or gained something
    at_start = not text[:start].strip(" \"'“‘")
    if len(words) == 1 and name.lower() in common_words() and (at_start or name in given):
        return None  # "Next jumped 195p": the firm is a word the sentence could open with
    return name


_SHARE_MOVERS_RE1 = re.compile(r"\d\s?(?:p|pence|c|cents)\b|\b[Ss]hares\b|\b(?:R|RM|Sh|KSh|Ksh|N)\s?\d+\.\d\d\b")


def share_movers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the firms `text` names by the moves of their shares."""
    if not _SHARE_MOVERS_RE1.search(text):
        return []
    out = []
    for pattern in (_MOVER, _MOVED_BY, _SHARES):
        for m in pattern.finditer(text):
            group = next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g) is not None)
            raw = m.group(group)
            name = _firm_words(raw, text, m.start(group))
            if name is None or re.search(r"\b[a-z]+\d\w*\s+$", text[: m.start(group)]):
                continue  # ("a2 Milk plunged 67c": a name opened by a lower-case word with a digit, read whole nowhere)
            for part in _pair(name):
                start = m.start(group) + raw.index(part)
                if (start, start + len(part), part) not in out:  # ("X shares added 5p": two shapes, one firm)
                    out.append((start, start + len(part), part))
    return out


def _pair(name: str) -> list[str]:
    """ "Shares in Kessby Stores and Tolvik Bank fell": two firms, split where the part before "and" ends with a
    firm's word after a name of its own; "Marks and Roe", "Bank of Tolvik and Kessby" stay one name."""
    before, sep, after = name.partition(" and ")
    words = before.split()
    complete = len(words) >= 2 and words[-1] in orgs.EN_TAIL and "of" not in words
    if not sep or not complete or not after[:1].isupper() or " and " in after:
        return [name]
    return [before, after]
