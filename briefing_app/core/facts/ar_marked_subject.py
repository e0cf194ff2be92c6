"""A speaker's name in quote marks right after an Arabic verb of saying: Egyptian copy marks a short name it
repeats ("وأضاف «حسب الله» خلال لقائه ...، أنّ", 'وأكد "يوسف" أن'). Readers that blank out what stands between
marks, so that a speaker's own words name no speaker, blanked the subject too: a later bare "وتابع: «...»" then
found no one speaking in the sentence before and went to a person merely mentioned in the paragraph above."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# A verb of saying, then one to three words between marks (no figure, no stop) and a word or a comma after them:
# the words in marks are the verb's subject, not its quote (a quote runs on or closes the sentence).
_VERB_MARKED_NAME = re.compile(
    rf"((?<![\u0600-\u06ff]){AR_ANY_SPEECH}\s+)[«\"“]\s*([\u0621-\u064a]+(?:\s[\u0621-\u064a]+){{0,2}})\s*[»\"”]"
    r"(?=\s*[،,]?\s*[\u0621-\u064a])"
)


def unmarked_subject(text: str, names: list[str]) -> str:
    """`text` with the marks around a verb's subject taken off (the same length, spaces for the marks) when the
    marked words are a person's name the article gives, or a part of one ("حسب الله" of "صلاح حسب الله")."""

    def plain(m: re.Match[str]) -> str:
        inner = m.group(2)
        known = any(f" {inner} " in f" {name} " for name in names)
        return m.group(1) + " " + inner + " " if known else m.group(0)

    return _VERB_MARKED_NAME.sub(lambda m: plain(m).ljust(len(m.group(0))), text)
