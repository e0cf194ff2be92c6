"""Egyptian copy writes the given name علي without its dots, "على", the spelling of the preposition: "قال
المهندس فؤاد على عبد الستار", "وأكد اللواء رامي على حمدان". Every Arabic name reader stops a name at the
preposition, so the name was cut to its first word ("فؤاد") and the role went to it alone.

One judgement says when "على" is the given name: between two name words, a known given name before it and a
known given name or a compound "عبد ..." after it ("فؤاد على عبد الستار", "رامي على حمدان"). A word with the
article after it is what the preposition governs ("وافق فؤاد على القرار", "حصل رامي على الجائزة"), and so is
any other word ("حصل رامي على جائزة"). Before the people readers such a "على" is spelt "علي" (the same length),
and the names read are given back as the article writes them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing_app.core.facts.people_ar_words import _ar_is_given
from briefing_app.core.facts.people_index import Person

# "على" between two words, each read whole; no mark between them ("فؤاد، على" is no name), a comma or stop may
# close the word after it ("فؤاد على حمدان، رئيس الهيئة").
_ALI = re.compile(r"(?<![^\s])([\u0621-\u064a]+)\s+على\s+([\u0621-\u064a]+)(?![\u0621-\u064a])")
_MARKS = "،,.:؛"


def ali_is_given_name(before: str, after: str) -> bool:
    """Whether "على" between the words `before` and `after` is the given name علي: a given name before it, and a
    given name or a compound of "servant of" after it ("عبد", "عبدالستار"); never before a word with the
    article, which the preposition governs."""
    if after.startswith("ال") or not _ar_is_given(before):
        return False
    return after == "عبد" or _ar_is_given(after)


def ali_name_word(words: Sequence[str], k: int) -> bool:
    """Whether words[k], of a sentence's words, is "على" as the given name (`ali_is_given_name`)."""
    return (
        0 < k < len(words) - 1
        and words[k] == "على"
        and words[k - 1][-1:] not in _MARKS
        and ali_is_given_name(words[k - 1], words[k + 1].rstrip(_MARKS))
    )


def names_with_ali(text: str) -> str:
    """`text` with each "على" that is the given name spelt "علي" (positions kept)."""
    if "على" not in text:
        return text
    out = list(text)
    position = 0
    while (m := _ALI.search(text, position)) is not None:
        if ali_is_given_name(m.group(1), m.group(2)):
            at = text.index("على", m.end(1))
            out[at + 2] = "ي"
        position = m.start(2)  # (the word after may open the next pair: "فؤاد على رامي على ...")
    return "".join(out)


def names_as_written(people: list[Person], written: Mapping[int, str]) -> None:
    """Gives back "على" in the names (and roles) of people whose sentences write that word only so."""
    for p in people:
        for field in ("name", "role"):
            value = getattr(p, field)
            if not value or not re.search(r"(?<![\u0621-\u064a])علي(?![\u0621-\u064a])", value):
                continue
            texts = " ".join(written.get(i, "") for i in p.sentences)
            as_written = re.sub(r"(?<![\u0621-\u064a])علي(?![\u0621-\u064a])", "على", value)
            if value not in texts and as_written in texts:
                setattr(p, field, as_written)
