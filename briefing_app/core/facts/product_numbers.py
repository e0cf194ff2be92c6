"""Numbers that are words of a name (English): a model number said alone after the article named the product
("Microsoft sold 2 million Xbox 360s ... the 360 was the only console on the market"), and a capitalised number word
opening a name the article writes inside a sentence ("in their Six Nations title showdown": "Six Nations" in the
headline "Wales 30-3 England, Six Nations" counts no nations). A model number is read as the product's name only
where a product's capitalised name had it right after it ("Xbox 360", "PlayStation 3") somewhere in the article,
and here it stands as a noun of its own: after "the" or opening the sentence, before a verb or a mark.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# A product's name and its model number: a capitalised word (no month, no "No", no currency) right before it.
_NAMED = re.compile(
    r"(?<![\w'’.-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"No|Nos|Number|Page|Article|Section|Rule|Route|Flight|Chapter|Room|Level|Category|Phase|Stage|Grade|Year|Under|"
    r"Over|Top|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|US|USD|GBP|EUR)\b)"
    r"[A-Z][A-Za-z]*[a-z][A-Za-z]*\s+(\d{1,4})s?(?![\w%-]|[.,]\d)"
)
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][A-Za-z]*[a-z][A-Za-z]*\s+$")
# The number alone as a noun: "the 360 was", "360 outsold PS3", "the 360s sold".
_ALONE_AFTER = re.compile(
    r"s?(?:\s+(?:was|is|were|are|has|had|have|will|would|can|could|sold|outsold|outsells|sells|came|comes|remains|"
    r"remained|launched|went|got|gets|led|leads)\b|\s*[,.;:!?)])"
)


def product_numbers(texts: list[str]) -> frozenset[str]:
    """The numbers the article writes right after a product's capitalised name."""
    return frozenset(m.group(1) for t in texts for m in _NAMED.finditer(t))


def is_product_number(text: str, n: NumberMatch, products: frozenset[str]) -> bool:
    """Whether the number `n` of `text` is a product named before by its model number, said alone."""
    if n.text not in products:
        return False
    before = text[: n.start]
    alone_before = re.search(r"(?:^|\b[Tt]he\s+)$", before) is not None or not before.strip(" \"'“‘(")
    # ("and the Sony PlayStation 3, with its downsized launch, was third": the name itself, read whole)
    alone_before = alone_before or _NAME_BEFORE.search(before) is not None
    return alone_before and _ALONE_AFTER.match(text, n.end) is not None


_NUMBER_WORDS = r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand"
# A capitalised number word and a capitalised word after a lower-case word or a comma: inside a sentence, where only
# a name is capitalised.
_NAMED_WORDS = re.compile(rf"(?<=[a-z,] )({_NUMBER_WORDS})\s+([A-Z][a-z]+)\b")


def names_with_number_words(texts: list[str]) -> frozenset[tuple[str, str]]:
    """The (number word, next word) pairs the article capitalises inside a sentence ("Six Nations")."""
    return frozenset((m.group(1), m.group(2)) for t in texts for m in _NAMED_WORDS.finditer(t))


def in_a_name(text: str, n: NumberMatch, names: frozenset[tuple[str, str]]) -> bool:
    """Whether the spelled number `n` of `text` opens one of the article's names with a number word."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[n.end :])
    return n.spelled and after is not None and (n.text, after.group(1)) in names
