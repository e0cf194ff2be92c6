"""What is done to those an English figure counts when a verb of causing makes them do or undergo it, or a verb
of belief reports it ("27 people are feared to have died": people died).

"caused more than 20,000 people to be rescued", "forced 3,000 people to flee": the verb before the figure
("caused", "forced") only brings about what the infinitive after the noun says; read alone it gave "people caused",
which names neither the rescue nor the flight. A passive infinitive names what was done to them ("people
rescued"); an active one follows the causing verb ("people forced to flee").
"""

from __future__ import annotations

import re

# Verbs whose object does or undergoes the infinitive after it.
_CAUSING = {
    "caused", "forced", "allowed", "ordered", "prompted", "led", "urged", "told", "asked", "required", "compelled",
    "encouraged", "persuaded", "left", "enabled", "helped", "obliged",
}  # fmt: skip
_PASSIVE = re.compile(r"\s+to\s+(?:be|have\s+been)\s+([a-z]+(?:ed|en)|shot|hurt|cut|held|sent|left|kept|built)\b")
_ACTIVE = re.compile(r"\s+to\s+((?!be\b|the\b|a\b|an\b|their\b|its\b|his\b|her\b)[a-z]{3,})\b")


def caused_state(rest: str, noun: str, done: str | None) -> str | None:
    """What is done to the counted `noun` (the head right after the figure, in `rest`) when `done` is a verb of
    causing and an infinitive follows the noun; None when the shape is not there."""
    if done is None or done.split()[0] not in _CAUSING:
        return None
    head = re.match(rf"\s*{re.escape(noun)}", rest)
    if head is None:
        return None
    passive = _PASSIVE.match(rest, head.end())
    if passive:
        return passive.group(1)  # "caused 20,000 people to be rescued": rescued
    active = _ACTIVE.match(rest, head.end())
    return f"{done} to {active.group(1)}" if active else None  # "forced 3,000 people to flee"


# The counted noun, a passive verb of belief or report, and the infinitive that says what befell it: "27 people are
# feared to have died", "40 people are believed to have been killed", "200 are thought to be trapped".
_BELIEVED = re.compile(
    r"\s*(\S+)\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|still\s+)?"
    r"(feared|believed|thought|reported|said|estimated|presumed|understood|known|expected)\s+to\s+"
    r"(?:have\s+)?(?:been\s+|be\s+)?([a-z]{3,})\b"
)


def believed_state(rest: str, reading: str) -> str | None:
    """What befell the counted noun when `reading` is the noun and a verb of belief ("people feared") and an
    infinitive follows in `rest` ("are feared to have died": "people died"); None otherwise."""
    m = _BELIEVED.match(rest)
    if m is None or reading != f"{m.group(1)} {m.group(2)}" or m.group(3) in ("be", "have", "the"):
        return None
    return f"{m.group(1)} {m.group(3)}"
