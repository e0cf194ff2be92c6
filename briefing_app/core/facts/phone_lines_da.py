"""Numbers a Danish police or agency appeal gives to call, and a car's registration, no quantity: "bør
henvende sig til politiet på 112", "man kan også ringe på 114", "mange henvendelser belaster 112", "tlf. 114",
"en Volvo med registreringsnummeret AB 12 345". Police copy (Ritzau, the regional stations) closes many items
with them; read alone they came out as counts of "Vidner" or of "Bilen". The English appeals are `phone_codes_en`'s."""

from __future__ import annotations

import re

# The Danish short lines: the emergency call, the police's own line, the medical helpline.
_SHORT_LINES = frozenset({"112", "114", "1813"})
# A verb of calling or reaching, maybe whom and "på"/"til", right before the number: "ringe til", "kontakte politiet
# på", "sms'e til", "tlf.", "telefonnummer", "på telefon".
_CALLING = re.compile(
    r"(?:\b(?:ring(?:e|er|ede)?|sms(?:'e|'er|e|er)?|kontakt(?:e|er|ede)?|alarmer(?:e|er|ede)?)"
    r"(?:\s+(?:politiet|os|dem|ham|hende|vagtcentralen|alarmcentralen|lægevagten|[A-ZÆØÅ][\wæøå-]*))?"
    r"\s+(?:på|til)\s+(?:(?:telefon|tlf\.?|nummer(?:et)?)\s+)?"
    r"|\b(?:telefon(?:nummer(?:et)?)?|tlf\.?|alarmnummer(?:et)?|nødnummer(?:et)?)\s*:?\s*)$",
    re.IGNORECASE,
)
# A word of calling earlier in the clause, before a short line said alone: "mange henvendelser belaster 112",
# "opkald til 112", "at alarmere 112".
_CALL_WORDS = re.compile(r"\b(?:henvendelse(?:r|rne)?|opkald(?:ene)?|alarmer\w*|belast\w*|ring\w*|kontakt\w*)\b", re.I)
# A noun after the number counts it ("Politiet fik 112 henvendelser"): a lower-case word other than a little word.
_NOUN_AFTER = re.compile(r"\s+(?!(?:og|eller|hvis|for|i|på|med|om|når|så|nu|straks|med\s+det\s+samme)\b)[a-zæøå]")
# A registration named before its letters: "registreringsnummeret AB 12 345", "nummerpladen XY 123".
_PLATE = re.compile(
    r"\b(?:registreringsnummer(?:et)?|nummerplade(?:n)?|reg\.\s*nr\.?)\s*:?\s*(?:[A-ZÆØÅ]{1,3}\s*)?(?:\d{1,3}\s+)?$"
)


def danish_line_or_plate(before: str, number: str, after: str) -> bool:
    """Whether a Danish number (`number` as written, after `before` in its sentence) is a line to call or a car's
    registration rather than a quantity (see the docstring)."""
    if _PLATE.search(before[-40:]):
        return True
    if _NOUN_AFTER.match(after) or not re.fullmatch(r"\d{3,8}", number.replace(" ", "")):
        return False
    if _CALLING.search(before[-60:]):
        return True
    clause = re.split(r"[.;:!?]", before)[-1]
    return number in _SHORT_LINES and _CALL_WORDS.search(clause) is not None
