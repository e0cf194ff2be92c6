"""Hebrew offices written more than one way, so that a speaker named only by an office ('הרמטכ"ל אמר', 'אמר
הרמטכ''ל') finds the person the article introduced by another spelling of it ("ראש המטה הכללי, רב-אלוף X Y").

Three spellings meet here: the acronym marks (gershayim ״, a straight " or two apostrophes ''), the acronym and
the words it abbreviates, and the one rank only the office's holder bears (the army's chief of staff is its only
רב-אלוף, the police commissioner its only רב-ניצב). The table holds offices of state and their standard
abbreviations, as the Academy of the Hebrew Language and the services themselves write them, no one's name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES
from briefing_app.core.facts.people_index import Person

# The acronym, then what it stands for and the rank only its holder bears.
_SAME_OFFICE: dict[str, tuple[str, ...]] = {
    'רמטכ"ל': ("ראש המטה הכללי", "ראש המטה", "רב-אלוף", "רב אלוף", 'רא"ל'),
    'מפכ"ל': ("המפקח הכללי", "רב-ניצב", "רב ניצב", 'רנ"צ'),
    'רה"מ': ("ראש הממשלה",),
    'יו"ר': ("יושב ראש", "יושב-ראש", "יושב הראש"),
    'מנכ"ל': ("המנהל הכללי", "מנהל כללי"),
    'מזכ"ל': ("המזכיר הכללי", "מזכיר כללי"),
    'ח"כ': ("חבר הכנסת", "חברת הכנסת", 'חה"כ'),
}


def marks_unified(text: str) -> str:
    """Acronym marks written one way: gershayim, curly marks and two apostrophes inside a word become '"'."""
    text = re.sub(r"(?<=[\u05d0-\u05ea])(?:''|\u05f4|”|“)(?=[\u05d0-\u05ea])", '"', text)
    return text


def _canon(text: str) -> str:
    """An office in one spelling: marks unified, the long forms and the rank as the acronym, the article off."""
    text = " " + marks_unified(text) + " "
    for acronym, forms in _SAME_OFFICE.items():
        for form in sorted(forms, key=len, reverse=True):
            text = text.replace(f" {form} ", f" {acronym} ").replace(f" ה{form} ", f" {acronym} ")
        text = text.replace(f" ה{acronym} ", f" {acronym} ")
    return " ".join(w[1:] if w[:1] == "ה" and len(w) > 2 else w for w in text.split())


def holds(role: str | None, office: str) -> bool:
    """Whether one of a person's roles ("; "-joined) names `office` in any of its spellings, as whole words. A
    word that is no office (a body: "המשטרה" of 'מפכ"ל המשטרה') must open the role: "אמרו במשטרה" is the
    body speaking, not the commissioner whose role merely names it."""
    said = f" {_canon(office)} "
    if not said.strip():
        return False
    parts = [f" {_canon(part)} " for part in (role or "").split("; ")]
    words = said.split()
    if len(words) == 1 and words[0] not in _SAME_OFFICE and words[0] not in HE_ROLE_WORDS and words[0] not in HE_TITLES:
        return any(part.startswith(said) for part in parts)
    return any(said in part for part in parts)


def he_office_holders(people: Iterable[Person], office: str) -> list[Person]:
    """The people the article gave `office` as a role, in whichever spelling."""
    return [p for p in people if holds(p.role, office)]


def qualified_beyond(held: str | None, office: list[str]) -> bool:
    """Whether every role the article gives a person (`held`, "; "-joined) adds a definite qualifier to `office`
    ("המאמן המפסיד" for "המאמן": the losing coach), so that the bare office, spoken before that person is named,
    may be another holder (the winning coach)."""
    said = " ".join(office).removeprefix("ה")
    parts = [r.strip().removeprefix("ה") for r in (held or "").split(";") if r.strip()]
    qualified = [r for r in parts if r.startswith(said + " ה")]
    return bool(parts) and len(qualified) == len(parts)


def definite_then_adjective(role: list[str]) -> bool:
    """A definite role noun and a definite word after it ("המאמן המצויין", "השחקן הוותיק"): a noun with the
    article heads no construct, so the second word is its adjective, not the office's body ("ראש הממשלה")."""
    if len(role) != 2 or role[0][:1] != "ה" or role[1][:1] != "ה" or len(role[1]) < 4:
        return False
    noun, adjective = role[0][1:], role[1][1:]
    return noun in HE_ROLE_WORDS and adjective not in HE_ROLE_WORDS and adjective not in HE_TITLES
