"""Organisations whose names are written in Latin letters in another language's words, and papers named
"Daily X" (English).

Armed groups, parties and councils of the Arab world, Pakistan and Afghanistan keep their own head noun in
English copy: "Jaish al-Nasr" (army), "Harakat Hazm" (movement), "Liwa al-Tawhid" (brigade), "Hizb ut-Tahrir"
(party), and the Urdu and Persian forms with the ezafe, "Lashkar-e-Taiba", "Tehrik-i-Taliban", "Jamaat-e-Islami".
Without the head noun the words after it read as a person's name; with it they are a body. A head that is also
a given name ("Ansar", "Hayat") needs an article after it ("Ansar al-Sharia") or three words in all
("Hayat Tahrir al-Sham").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names

_HEADS = (
    "Jaish", "Jaysh", "Jabhat", "Jabhet", "Harakat", "Harakah", "Harkat", "Hizb", "Hezb", "Liwa", "Liwaa", "Kataib",
    "Kata'ib", "Katibat", "Saraya", "Ansar", "Jamaat", "Jama'at", "Jamaah", "Jemaah", "Jamiat", "Asaib", "Asa'ib",
    "Tanzim", "Faylaq", "Failaq", "Quwat", "Hay'at", "Hayat", "Ahrar", "Lashkar", "Tehrik", "Tehreek", "Tahrik",
    "Sipah", "Majlis", "Ittihad", "Tajammu",
)  # fmt: skip
_ARTICLE = r"(?:al|el|ul|ut|ud|un|an|ash|ad|as|ar|at|az|wal|e|i)"
_PART = rf"(?:{_ARTICLE}-)?[A-Z](?=[\w'’]*[a-z])[\w'’]*+"
TRANSLITERATED_BODY = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(re.escape(h) for h in _HEADS)})"
    rf"(?:-{_ARTICLE}-[A-Z][\w'’]*(?:\s+{_PART}){{0,2}}|(?:\s+{_PART}){{1,3}})(?![\w'’-])"
)
_ANY_HEAD = re.compile("|".join(re.escape(h) for h in _HEADS))
# A paper named "Daily" and one capitalised word: "the Daily Quill", "Daily Ledger reported".
# (a town's or a region's name may open it: "the Harbour Daily News"; a sentence's first word does not)
DAILY_PAPER = re.compile(
    r"(?<![\w'’-])(?:(?!(?:The|In|At|On|For|From|By|With|And|But|A|An)\s)[A-Z][\w'’-]*\s+){0,2}?"
    r"Daily\s+[A-Z][a-z]+(?![\w'’-])"
)


def transliterated_bodies(text: str) -> list[re.Match[str]]:
    """Bodies named by a head noun of another language written in Latin letters (see TRANSLITERATED_BODY)."""
    if _ANY_HEAD.search(text) is None:
        return []  # most sentences: a search for the heads alone spares the whole pattern at every position
    given = person_names()[0]
    out = []
    for m in TRANSLITERATED_BODY.finditer(text):
        words = m.group(0).split()
        glued = "-" in words[0]  # "Lashkar-e-Taiba": the ezafe says the head is no given name
        article = len(words) > 1 and re.match(rf"{_ARTICLE}-", words[1]) is not None
        if re.split(r"-", words[0])[0] in given and not glued and not article and len(words) < 3:
            continue  # "Ansar Ahmed": a person whose given name is also a head noun
        out.append(m)
    return out


def daily_papers(text: str) -> list[re.Match[str]]:
    """Papers named "Daily X", unless X is a given name ("Daily Jane" is no paper)."""
    if "Daily " not in text:
        return []
    given = person_names()[0]
    return [m for m in DAILY_PAPER.finditer(text) if m.group(0).split()[-1] not in given]
