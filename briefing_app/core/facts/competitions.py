"""A league or cup named as the competition across an article, not as the body that runs it: once one mention is
plainly the contest ("the Europa League final", "to win the Premier League", "qualify for the Champions League"),
its other mentions ("finishing sixth in the Premier League") are the contest too. A mention where the league acts
as a body ("the Premier League said", "fined by the Premier League") keeps it an organisation."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# A competition's own words after its name ("final", "title", "match"; one place for the per-mention reading too).
COMPETITION_AFTER = re.compile(
    r"['’]?s?\s+(?:match|matches|game|games|final|finals|semi-final|semi-finals|quarter-final|quarter-finals|round|"
    r"rounds|title|titles|season|seasons|tie|ties|fixture|fixtures|group|groups|campaign|trophy|debut|goal|goals|"
    r"clash|record|table|standings|qualifier|qualifiers|knockout|draw|winners?|champions?)\b"
)
# What a team does to a competition before its name: "win the X", "qualify for the X", "won X".
_CONTEST_BEFORE = re.compile(
    r"\b(?:win|wins|won|winning|qualify\s+for|qualified\s+for|qualifying\s+for|relegated\s+from|promoted\s+to|"
    r"lift|lifted|lifting|compete\s+in|play\s+in|played\s+in|top\s+of)\s+(?:the\s+)?$"
)
# What only a body does: it speaks, rules, fines, bans, investigates, or has staff.
_BODY_AFTER = re.compile(
    r"\s+(?:said|says|announced|confirmed|ruled|fined|banned|charged|investigated|statement|spokesman|spokeswoman|"
    r"spokesperson|chief\s+executive|chairman|board)\b"
)
_BODY_BEFORE = re.compile(r"\b(?:by|from)\s+the\s+$")


def drop_competitions(facts: list[Fact], texts: dict[int, str]) -> list[Fact]:
    """`facts` without the leagues and cups the article writes as a competition and never as a body."""
    article = "\n".join(texts.values())
    return [f for f in facts if f.kind != "organisation" or not _a_contest(f.text, article)]


def _a_contest(name: str, article: str) -> bool:
    if name.split()[-1] not in ("League", "Cup"):
        return False
    mentions = list(re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", article))
    contest = any(
        COMPETITION_AFTER.match(article, m.end()) or _CONTEST_BEFORE.search(article[max(0, m.start() - 40) : m.start()])
        for m in mentions
    )
    body = any(
        _BODY_AFTER.match(article, m.end()) or _BODY_BEFORE.search(article[max(0, m.start() - 10) : m.start()])
        for m in mentions
    )
    return contest and not body
