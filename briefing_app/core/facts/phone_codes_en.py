"""Numbers an English appeal gives to reach someone or to file a report, no quantity: "call police on 101",
"by calling 999", "dial 911", "quoting log 1502", "quoting incident number 123 of 5 May", "reference 45/2019".

Police and council appeals close many local news pages with them; read alone they came out as counts of "Anyone"
or of "log".
"""

from __future__ import annotations

import re

# A verb of calling, an optional whom ("police", "us", "the force", "Crimestoppers") and "on": a phone number next.
_CALLING = re.compile(
    r"\b(?:[Cc]all(?:s|ed|ing)?|[Dd]ial(?:s|led|ling|ed|ing)?|[Rr]ing(?:s|ing)?|[Pp]hon(?:e|es|ed|ing)|"
    r"[Tt]ext(?:s|ed|ing)?)\s+(?:(?P<whom>(?:the\s+)?(?:police|force|us|them|him|her|[A-Z][\w'’-]*))\s+)?(?:on\s+)?$"
)
# A reference to quote: "quoting log 1502", "quoting incident number 123", "crime reference 45".
_REFERENCE = re.compile(
    r"\b(?:quot(?:e|es|ing)|cit(?:e|ing))\s+(?:the\s+)?(?:(?:police\s+|crime\s+|incident\s+|occurrence\s+|call\s+)?"
    r"(?:log|incident|reference|ref\.?|crime|occurrence|case|operation))\s*(?:number|no\.?|#)?\s*$"
    r"|\b(?:log|incident|crime\s+reference|occurrence|case)\s+(?:number|no\.?|#)\s*$"
    # a line named before its number: "by contacting the non-emergency number, 901,", "the hotline 800-123"
    r"|\b(?:(?:non-)?emergency|hotline|helpline|help|phone|telephone|toll-free|free|contact|whatsapp)\s+"
    r"(?:number|line|no\.?)\s*[,:]?\s*$|\b(?:hotline|helpline)\s*[,:]?\s*$",
    re.IGNORECASE,
)


# The short numbers of emergency and police lines, called without "on" ("by calling 999").
_SHORT_LINES = {"101", "111", "999", "911", "112", "000", "119", "988"}


# A noun after the number makes it a count of that noun ("Police called 112 people"), not a line to call.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:for|in|on|or|and|to|if|now|immediately|quoting|from|with|at|as|any|anytime|free|during|or)\b)[a-z]"
)


def phone_or_reference(before: str, number: str, after: str = "") -> bool:
    """Whether the number (`number`, as written) after `before` is a phone number to call or a reference to quote;
    without "<whom> on" only an emergency line or a long unbroken number is one ("called 12 witnesses" counts
    them)."""
    tail = before[-60:]
    if _REFERENCE.search(tail):
        return True
    calling = _CALLING.search(tail)
    if calling is None or _NOUN_AFTER.match(after):
        return False
    # ("call police on 101", not "called on 300 supporters": "on" after whom is called)
    on = calling.group("whom") is not None and calling.group(0).rstrip().endswith(" on")
    return on and re.fullmatch(r"\d{3,}", number) is not None or number in _SHORT_LINES or (
        re.fullmatch(r"\d{6,}", number) is not None
    )
