"""Newspapers named by "the" and one word, as British and American copy names them ("told the Guardian", "the
Times reported", "the Sun's editor"): the word is a paper's only where nothing capitalised follows it ("the
Guardian Council" is another body), and a word with an everyday sense too ("the Sun", "the Post", "the Mail")
only where the sentence says a paper is meant: an interview with it, what it reports, its staff."""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.roles import is_role_noun

# Words that name a paper on their own after "the" (general knowledge of English-language papers' names).
_PAPER_ONLY = (
    "Guardian|Times|Telegraph|Observer|Independent|Scotsman|Economist|Spectator|Tribune|Gazette|Herald|Chronicle|"
    "Inquirer|Examiner|Enquirer|Advertiser|Argus|Gleaner"
)
# Words with an everyday sense too ("orbit the Sun", "the Post Office", "the Express train").
_PAPER_TOO = "Sun|Star|Post|Mail|Express|Standard|Mirror|Record|Globe|Journal|Sentinel|Bulletin|Courier|Echo|Mercury"
# Every word that ends a paper's name, as a set ("the Washington Post", "the Harbour Herald").
PAPER_WORDS = frozenset(f"{_PAPER_ONLY}|{_PAPER_TOO}".split("|"))
THE_PAPER = gated(
    rf"(?:(?<=\bthe\s)|(?<=^The\s)|(?<=[\"“‘(]The\s))({_PAPER_ONLY}|{_PAPER_TOO})(?!\s+[A-Z0-9&]|\s+of\s+[A-Z])(?![\w-])"
)
# What only a paper is or does around its name: spoken or written to, cited, reporting, employing.
_CUE_BEFORE = re.compile(
    r"(?:\b(?:told|tells|telling|interview\s+with|interviewed\s+by|speaking\s+to|spoke\s+to|according\s+to|"
    r"wrote\s+in|writing\s+in|column\s+in|article\s+in|op-ed\s+in|letter\s+to|reported\s+by|quoted\s+by|"
    r"quoted\s+in|published\s+in|seen\s+by|obtained\s+by|editor\s+of|columnist\s+for|reporter\s+for|"
    r"journalist\s+for|wrote\s+for|writes\s+for|writing\s+for)\s+)(?:the\s+)?$"
)
_CUE_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:reported|reports|revealed|reveals|understands|learned|learnt|disclosed|"
    r"published|publishes|claimed|claims|newspaper|tabloid|broadsheet|website|editorial|front\s+page|"
    r"investigation)\b"
)


def papers(text: str, headline: bool) -> list[tuple[int, int, str]]:
    """(start, end, name) of the papers a sentence names as "the X" (see the module); none in a Title Case
    headline, where every word is capitalised."""
    if headline or "he " not in text:
        return []
    out = []
    for m in THE_PAPER.finditer(text):
        name, after = m.group(1), text[m.end() :]
        owner = re.match(r"['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?", after)  # "the Sun's (political) editor"
        cued = (
            _CUE_BEFORE.search(text[: m.start()]) is not None
            or _CUE_AFTER.match(after) is not None
            or (owner is not None and any(is_role_noun(w) for w in owner.groups() if w))
        )
        if re.fullmatch(_PAPER_ONLY, name) or cued:
            out.append((m.start(1), m.end(1), name))
    return out
