"""Hebrew news attributions that make a short quote (two or three words) speech, beside those `quotes_he`
reads: a verb of saying and "that" glued to the mark ('אמרה ש"..." והוסיפה ש"..."'), a statement passed on in
the passive ('"...", נמסר מהמשטרה'), a dash and "so said" ('"..." – כך אמר X'), and a speaker's name, or a
title and a name, then a colon ('השרה X Y: "..."', the headline's and the lead's way of quoting)."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he_base import _he_head_at, _name_like, he_given, transliterated
from briefing_app.core.facts.people_he_news import unlisted_given
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

_OPENING = r"[\"“„״]?$"
# '", נמסר מהמשטרה', '" – כך אמר X', '", כך נמסר': the attribution right after the closing mark
_AFTER = re.compile(rf".\s*(?:,\s*(?:כך\s+)?נמסר(?:ה)?(?![\u05d0-\u05ea])|[,.]?\s*[–—-]\s*כך\s+(?:{HE_SPEECH}|נמסר))")
_PASSIVE_COLON = re.compile(rf"(?<![\u05d0-\u05ea])נמסר(?:ה)?(?:\s+כי)?\s*:\s*{_OPENING}")  # 'ממשרד X נמסר: "..."'
# (an acronym's gershayim stay in the name: 'ח"כ X Y:')
_COLON_INTRO = re.compile(
    rf"(?:^|[.!?,;]\s+)((?:[^.!?,;:\"“”„״]|(?<=[\u05d0-\u05ea])[\"\u05f4](?=[\u05d0-\u05ea])){{3,60}}?)\s*:\s*{_OPENING}"
)


# A verb of saying and "that" (ש glued to the mark, or כי) right before the opening mark.
_SAID_THAT_MARK = re.compile(rf"(?<![\u05d0-\u05ea])ו?{HE_SPEECH}\s+(?:ש|כי\s*)[\"“„״]$")


# A verb of saying and a colon right before the opening mark ('ואומרת: "..."'), whatever follows the quote.
_SAID_COLON_MARK = re.compile(rf"(?<![\u05d0-\u05ea])ו?{HE_SPEECH}\s*:\s*[\"“„״]$")


def he_short_said(text: str, start: int, end: int) -> bool:
    """Whether the short quote text[start:end] is attributed by a passive statement or "כך אמר" after it, or by
    a person's name (a known given name and one more word, a foreign-spelt name, or a title and a name) and a
    colon before it, with the quote closing the sentence."""
    if _AFTER.match(text[end:]) is not None:
        return True
    if _SAID_THAT_MARK.search(text[:start]) and re.match(rf".\s*(?:[.!?,;]|$|ו{HE_SPEECH})", text[end:]):
        return True  # 'היא אמרה ש"המצב קשה" והוסיפה ש"...": a clause after "said that", closed by "and added"
    if _SAID_COLON_MARK.search(text[:start]):
        return True  # 'בטוחה בכישוריה ואומרת: "ניהול זה ניהול" ועם ...': a verb of saying and a colon
    if not re.match(r".\s*(?:[.!?]|$)", text[end:]):
        return False
    if _PASSIVE_COLON.search(text[:start]):
        return True
    m = _COLON_INTRO.search(text[:start])
    return m is not None and _names_someone(m.group(1).split())


def _names_someone(words: list[str]) -> bool:
    """A name with or without a title before it, up to six words, and nothing else ("שר החוץ X Y", "X Y")."""
    if not words or len(words) > 6 or re.search(HE_SPEECH, " ".join(words)):
        return False
    at = _he_head_at(words, 0)
    rest = words[at:] if at else words
    for k in range(len(rest) - 1):
        unlisted = at > 0 and unlisted_given(rest, 0, k)  # "שר הביטחון עמרי X:": a name the lists lack
        if (he_given(rest[k]) or transliterated(rest[k]) or unlisted) and _name_like(rest[k + 1]):
            return k + 2 == len(rest)
    return False
