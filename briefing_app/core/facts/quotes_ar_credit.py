"""Who an Arabic quote is credited to in the words right after its closing mark: "«...»، وفقا لوزير التجارة X",
"حسب المتحدث X", "على حد قول X", and "as X said" ("«...»، حسبما قال X", "بحسب ما أفاد X", "وفق ما صرح به X")."""

from __future__ import annotations

import re

from briefing_app.core.facts.quotes_ar import subject_phrase
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# After a quote, the source it is credited to: "«...»، وفقا لوزير التجارة X", "حسب المتحدث X", "على حد قول X".
_ACCORDING_AFTER = re.compile(
    r"^\s*[،,]?\s*(?:وفقا\s+ل|وفقًا\s+ل|وفق|حسب|بحسب|على\s+حد\s+(?:قول|تعبير))\s*ـ?\s*([^،,.«»\"]{3,80})"
)


# After a quote, "as X said": "«...»، حسبما قال X", "بحسب ما أفاد X", "وفق ما صرح به X", "«...» كما يقول X".
_AS_X_SAID_AFTER = re.compile(
    r"^\s*[،,]?\s*(?:حسبما|بحسبما|وفقما|كما|(?:حسب|بحسب|وفق|وفقا\s+ل)\s*(?:ما|لما))\s+"
    rf"{AR_ANY_SPEECH}(?:ه|ته|ت)?(?:\s+به)?\s+([^،,.«»\"]{{3,80}})"
    # ("، حسب نقلتها الإذاعة": "as the radio carried it", the verb of carrying with no ما before it)
    r"|^\s*[،,]?\s*(?:حسب|بحسب|وفق)\s+(?:نقل|أورد|نشر|ذكر|بث)(?:تها|ته|ت)\s+([^،,.«»\"]{3,80})"
)


def credited_after(after: str) -> str | None:
    """The speaker a quote is credited to right after its closing mark ("، وفقا لوزير التجارة X", "، حسبما قال
    X"), or None."""
    after = after[1:] if after[:1] in '»"”' else after
    said = _AS_X_SAID_AFTER.match(after)
    if said is not None:
        return subject_phrase((said.group(1) or said.group(2)).strip())
    m = _ACCORDING_AFTER.match(after)
    if m is None or m.group(1).startswith(("ما ", "لما ")):
        return None  # "بحسب ما قاله X": the verb's reading has it
    return m.group(1).strip()


# Outlets that carry what someone said: a credit to one after a quote says where it was reported.
_OUTLET = re.compile(
    r"(?:ال)?(?:صحيفة|جريدة|وكالة|قناة|موقع|مجلة|تلفزيون|إذاعة|راديو|وسائل\s+(?:ال)?إعلام)(?![\u0621-\u064a])"
)


def credited_to_outlet(after: str) -> bool:
    """Whether the credit right after a quote names an outlet ("«...»، بحسب صحيفة X", "وفقا لوكالة Y"): the paper
    that reported the words, which a speaker introducing the quote before it ("قال X إن «...»") said."""
    after = after[1:] if after[:1] in '»"”' else after
    m = _AS_X_SAID_AFTER.match(after) or _ACCORDING_AFTER.match(after)  # (also "وفقا لما ذكرته وكالة X")
    if m is None:
        return False
    credit: str = m.group(1) or (m.group(m.lastindex) if m.lastindex else None) or ""
    return bool(credit) and _OUTLET.match(credit.strip().strip('"“”«»')) is not None


def credited_to_body(credit: str, bodies: list[str]) -> bool:
    """Whether the credit after a quote ('«...»، بحسب "X"') is one of the article's bodies, by its whole name or
    the name after its kind ("وكالة X"): a body that reported the words a speaker before the quote said."""
    credit = credit.strip('"“”«» ')
    return len(credit) >= 2 and any(b == credit or b.endswith(" " + credit) for b in bodies)


# Right after a short quoted stretch, "as X says" ("«عار من الصحة» كما يقول X"): the words are X's speech, not a
# term in marks.
_AS_SAYS = re.compile(rf"^.?\s*[،,]?\s*كما\s+{AR_ANY_SPEECH}(?:ه|ته|ت)?\s+[\u0621-\u064a]")


def said_as_credited(after: str) -> bool:
    """Whether the words right after a closing mark credit the quote with "as X says" ("كما يقول X")."""
    return _AS_SAYS.match(after) is not None
