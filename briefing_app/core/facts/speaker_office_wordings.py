"""Arabic offices that sports and public copy writes in two wordings: a club's coach is introduced as its
"المدير الفني" (technical director) and then quoted as "المدرب" ("وأشار المدرب الإيطالي ...، وقال: «...»"), or
the other way round. A definite office that no role of the article starts with points back to the one whose
role starts with the other wording."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_index import Person

# The office's bare noun as a mention writes it -> the wordings a role may open with instead.
_WORDINGS: dict[str, tuple[str, ...]] = {
    "مدرب": ("المدير الفني", "مدير فني", "المديرالفني"),
    "مدربة": ("المديرة الفنية", "مديرة فنية"),
}
# "المدير الفني" as the mention (two words): the coach introduced as "مدرب فريق X".
_TWO_WORD: dict[tuple[str, str], tuple[str, ...]] = {
    ("مدير", "الفني"): ("مدرب", "المدرب"),
    ("مديرة", "الفنية"): ("مدربة", "المدربة"),
}


def other_wording_holders(core: str, words: list[str], people: list[Person]) -> list[Person]:
    """The people whose role opens with another wording of the definite office `core` the mention `words` name
    ("المدرب" for "المدير الفني لفريق X"); with a nisba adjective after the office ("المدرب الإيطالي") and several
    such holders, those whose role holds the adjective's stem are preferred. [] when none."""
    forms = _TWO_WORD.get((core, words[1])) if len(words) > 1 else None
    forms = forms or _WORDINGS.get(core, ())
    if not forms:
        return []
    holders = [p for p in people if any(r.startswith(forms) for r in (p.role or "").split("; "))]
    adjective = words[1] if len(words) > 1 and (core, words[1]) not in _TWO_WORD else ""
    m = re.fullmatch(r"ال([\u0621-\u064a]{3,})(?:ي|ية)", adjective)
    if len(holders) > 1 and m is not None:
        holders = [p for p in holders if m.group(1) in (p.role or "")] or holders
    return holders
