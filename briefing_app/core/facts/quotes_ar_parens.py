"""Arabic speech in round brackets. Sudanese, Yemeni and some Gulf copy sets a speaker's words in brackets where
other copy uses quote marks ("وقال X في التسجيل الصوتي (الآن لا يحكم البلاد ...)", "قالت: (عاصفة الحزم أنقذت
...)"). Brackets otherwise hold asides, acronyms, dates and scores, so they are read as quote marks only right
after a verb of saying (its subject and where it was said between, with no other mark) and around a clause of
five words or more; the brackets are turned into straight quote marks at the same places, so every position the
quote readers take stays the article's."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import AR_MORE_SPEECH, AR_QUOTE_VERBS, AR_SPEECH

_BRACKETED_SPEECH = re.compile(
    rf"(?:^|(?<=\s))(?:{AR_SPEECH}|{AR_QUOTE_VERBS}|{AR_MORE_SPEECH})(?![\u0621-\u064a])[^().:«»\"“”،]{{0,60}}?"
    r"[:،]?\s*(\()([^()«»\"“”]{25,})(\))"
)


# Asides that brackets hold after a verb: "(في إشارة إلى ...)", "(أي ...)", "(بحسب ...)", "(نقلا عن ...)".
_ASIDE = re.compile(r"\s*(?:في\s+إشارة|فى\s+إشارة|أي|بحسب|حسب|وفقا|وفق|نقلا|على\s+حد|بما\s+في)(?![\u0621-\u064a])")


def speech_in_brackets(text: str) -> str:
    """`text` with the brackets around speech after a verb of saying made straight quote marks (see above)."""
    def marks(m: re.Match[str]) -> str:
        if len(m.group(2).split()) < 5 or _ASIDE.match(m.group(2)):
            return m.group(0)
        start = m.start()
        return m.group(0)[: m.start(1) - start] + '"' + m.group(2) + '"'

    return _BRACKETED_SPEECH.sub(marks, text)
