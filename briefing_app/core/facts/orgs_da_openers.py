"""A Danish common noun in the definite form that opens a sentence and ends like a body's kind: "Valgkommissionen
regner med ...", "Mejerikoncernen Tolvik Holm fik ..." (the election commission, the dairy group). Danish writes a
body's own name with a capital wherever it stands ("ifølge Skattestyrelsen"), a common noun only where it opens
the sentence; so a word that is capitalised only at sentence starts, and that the article also writes in lower
case in another form of the same noun ("landets valgkommission", "den jyske mejerikoncern"), is the common noun,
no body's name."""

from __future__ import annotations

import re

# The marks that may stand before a sentence's first word: quote marks, a dash of speech, a bracket.
_OPENING_MARKS = " \"'“‘(«»-–—"
# The definite endings of Danish nouns, longest first ("-erne", "-en", "-et"), and the endings another form of the
# same noun may carry (indefinite, plural, genitive).
_DEFINITE = ("erne", "ene", "en", "et", "n", "t")
_OTHER_FORMS = frozenset({"", "e", "en", "et", "er", "erne", "ene", "s", "es", "ens", "ets", "ers", "ernes"})


def common_noun_opening(name: str, before: str, lowercase: frozenset[str], whole: str) -> bool:
    """Whether the one-word name found right after `before` (the sentence up to it) is a common noun opening the
    sentence (see the module): never capitalised after another word in the article (`whole`, one sentence a line)
    and written in lower case in some form (`lowercase`: the article's lower-case words)."""
    if " " in name or before.strip(_OPENING_MARKS):
        return False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", whole):
        line_start = whole.rfind("\n", 0, m.start()) + 1
        if whole[line_start : m.start()].strip(_OPENING_MARKS):
            return False  # "ifølge Valgkommissionen": capitalised after another word, a name
    word = name.lower()
    stem = next((word[: -len(end)] for end in _DEFINITE if word.endswith(end) and len(word) - len(end) >= 5), None)
    if stem is None:
        return False
    return any(w.startswith(stem) and w[len(stem) :] in _OTHER_FORMS for w in lowercase)
