"""Who "the prosecutor" or "the defence" is in a British court report (English).

Court reports name the advocates with a participle set off by commas, not with a role noun: "Ann Roe, prosecuting,
told the court ...", "Lee Doe, defending, said ...". A later "The prosecutor said: ..." describes that advocate, not
the person the sentence before named (most often the defendant, whose case the report follows sentence by sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person

__all__ = ["advocate_participle", "court_advocate"]

# The participle each side's role noun goes back to ("the prosecution said", "the defence barrister added").
_PARTICIPLES = {
    "prosecutor": "prosecuting",
    "prosecution": "prosecuting",
    "defence": "defending",
    "defense": "defending",
    "defender": "defending",
    "barrister": "(?:prosecuting|defending)",
}


# The participle itself, set off after the name, is the advocate's role in the report: "Ann Roe, prosecuting, told the
# court", "Lee Doe, defending, said", "Kit Vane, mitigating, added", "Max Holm, prosecuting for the council, said".
_SET_OFF_PARTICIPLE = re.compile(r",\s+((?:prosecuting|defending|mitigating)(?:\s+for\s+(?:the\s+)?[\w'’ -]{2,40}?)?),")


def advocate_participle(after: str) -> str | None:
    """The advocate's participle set off by commas right after a name (see _SET_OFF_PARTICIPLE), else None."""
    m = _SET_OFF_PARTICIPLE.match(after)
    return m.group(1) if m else None


def court_advocate(role_word: str, people: Sequence[Person], texts: dict[int, str], sentence: int) -> Person | None:
    """The person set off with the participle of `role_word`'s side ("Ann Roe, prosecuting," for "prosecutor") in a
    sentence up to `sentence`, the one so named most recently; None when no one was."""
    participle = _PARTICIPLES.get(role_word.lower())
    if participle is None:
        return None
    best: tuple[int, Person] | None = None
    for person in people:
        if not person.key:
            continue
        # ("Ms Ann Roe, prosecuting,", "Roe, defending,": the name's last word, the comma, the participle)
        set_off = re.compile(rf"\b{re.escape(person.key)},\s+{participle},")
        named = [i for i in person.sentences if i <= sentence and set_off.search(texts.get(i, ""))]
        if named and (best is None or max(named) > best[0]):
            best = (max(named), person)
    return best[1] if best else None
