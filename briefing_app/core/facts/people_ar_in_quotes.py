"""Arabic words after a verb of saying that stand inside someone's quoted words: there a word spelt as a verb of
saying is often the noun it also spells ("صرح" an edifice, "وفق" in "ووفق بند X"), so the words after it
("صرح X Y للأمن") are no name unless the first shows a person (a given name, a foreign name's
spelling)."""

from __future__ import annotations

from briefing_app.core.facts.people_ar_words import _ar_is_given, _transliterated

# Opening and closing marks of a quotation in Arabic copy; a straight mark opens and closes by turns.
_PAIRS = {"«": "»", "“": "”"}
_STRAIGHT = '"'


def inside_quotation(text: str, at: int) -> bool:
    """Whether position `at` of `text` falls between a quotation's opening and closing marks."""
    head = text[:at]
    if head.count(_STRAIGHT) % 2 == 1:
        return True
    return any(head.count(opening) > head.count(closing) for opening, closing in _PAIRS.items())


def quoted_words_no_name(text: str, at: int, name_words: list[str]) -> bool:
    """Whether the words read as a name after a verb of saying at `at` stand inside a quotation and none of
    first shows a person (a name opens with its given name: "شامل" is one, but not after "صرح حقيقي")."""
    if not inside_quotation(text, at) or not name_words:
        return False
    return not (_ar_is_given(name_words[0]) or _transliterated(name_words[0]))
