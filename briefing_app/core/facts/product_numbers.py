"""A model number said alone after the article named the product: "Microsoft sold 2 million Xbox 360s ... the 360
was the only console on the market" (English). The number is the product's name, not a count; it is read as one
only where a product's capitalised name had it right after it ("Xbox 360", "PlayStation 3") somewhere in the
article, and here it stands as a noun of its own: after "the" or opening the sentence, before a verb or a mark.
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
