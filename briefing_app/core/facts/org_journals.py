"""Journals and papers named as where a study or an article was published: "published in Science Advances",
"the findings, published in Scientometrics", "a paper published in Nature and Science".

Science copy names the journal bare after "published in"; many journals are capitalised common words ("Nature",
"Science", "Cell"), which only the slot tells from the words. Places, languages, months and seasons are what else
follows "published in" ("published in London", "in English", "in March"), and are left out.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.name_words import MONTHS_DAYS
from briefing_app.core.facts.people_nationality import is_nationality

_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+(?=[A-Z][\w-]*\s+(?:of|for)\b))?[A-Z][\w'’-]*){0,5}"
_PUBLISHED_IN = re.compile(
    rf"\bpublished\s+(?:online\s+|today\s+|this\s+week\s+|last\s+(?:week|month|year)\s+)?in\s+(?:the\s+)?"
    rf"(?:(?:journal|magazine|newspaper|review)\s+)?({_NAME})(?:\s+(?:and|&)\s+({_NAME}))?(?![\w'’-])"
)
_NOT_A_TITLE = {"Spring", "Summer", "Autumn", "Fall", "Winter", "English", "Arabic", "Hebrew", "Danish", "Volume",
                "Issue", "Part", "Chapter", "Section"}  # fmt: skip


def _title(name: str) -> bool:
    first = name.split()[0]
    if first in _NOT_A_TITLE or MONTHS_DAYS.match(first) or is_nationality(first):
        return False  # "published in March", "in English", "in Spring 2020"
    entry = lookup(name)
    return entry is None or entry.kind == "organisation"  # ("published in London": a place)


def journals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the journals and papers `text` says something was published in."""
    if "published" not in text:
        return []
    out = []
    for m in _PUBLISHED_IN.finditer(text):
        for group in (1, 2):
            name = m.group(group)
            if name is not None and _title(name):
                out.append((m.start(group), m.end(group), name))
    return out
