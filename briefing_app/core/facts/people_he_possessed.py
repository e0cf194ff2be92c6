"""Hebrew roles held towards someone, written with a possessive suffix: "עורך דינו" (his lawyer), "סניגורה" (her
defence counsel), "פרקליטתם", "דוברו", "יועצתה". Such a phrase describes a person by whom they serve and names
nobody: no name is read in it, and a quote it introduces is the description's, not a name's."""

from __future__ import annotations

import re

# Nouns of people who act for someone, as news writes them with "his", "her" or "their" glued on.
_STEMS = (
    r"סניגור|סנגור|סניגורית|סנגורית|פרקליט|פרקליטת|דובר|דוברת|יועץ|יועצ|יועצת|עוזר|עוזרת|מזכיר|מזכירת|"
    r"מאמנ|מאמנת|סגנ|סגנית|מעסיק|מעסיקת|מנהל|מנהלת"
)
# The possessive endings: his, her, their (ו ה ם ן; יו and יה after a plural or a noun ending in a vowel letter).
_MINE = r"(?:ו|ה|ם|ן|יו|יה|יהם|יהן|הם|הן)"
# "עורך דינו", "עורכת דינה", "עורכי דינם": the lawyer's construct with its possessed genitive.
_LAWYER = re.compile(r"(?:ו|ש|וש)?(?:עורך|עורכת|עורכי|עורכות)\s+(?:דינו|דינה|דינם|דינן|דינה)")
_SUFFIXED = re.compile(rf"(?:ו|ש|וש)?(?:{_STEMS}){_MINE}")
# "בא כוחו", "באת כוחה": the attorney (one's agent, two words)
_AGENT = re.compile(r"(?:ו|ש|וש)?(?:בא|באת|באי)\s+(?:כוחו|כוחה|כוחם|כוחן)")


def possessed_role(words: list[str]) -> int:
    """How many of the first words are a role held towards someone with a possessive suffix ("עורך דינו": 2,
    "סניגורו": 1), 0 when they are none (a name, "עורך העיתון", "דובר המשטרה")."""
    two = " ".join(words[:2])
    if len(words) >= 2 and (_LAWYER.fullmatch(two) or _AGENT.fullmatch(two)):
        return 2
    if words and _SUFFIXED.fullmatch(words[0]) and words[0].lstrip("וש") not in ("דוברה", "מנהלה", "מזכירה"):
        return 1
    return 0
