"""An office the sentence before spoke to or of, as someone other than the one it named (English): "Ed Holt asked
the Prime Minister about waiting lists. | The Prime Minister replied: ..." is the Prime Minister's answer, not Holt's.
`Speakers.resolve` otherwise sends a description no named person holds ("the Prime Minister", "the health
secretary") to the one named last, and gives them its noun for a role; parliamentary copy ("pressed the First
Minister", "wrote to the health secretary") names the asker and then quotes the office that answers.

Not when the earlier sentence makes the named one the office's holder ("Ed Holt became the health secretary in
May", "was named the new coach"): that office is theirs."""

from __future__ import annotations

import re

# A verb that makes its subject the holder of the office after it ("was named the", "became the", "as the").
_HOLDS = re.compile(
    r"\b(?:is|was|are|were|be|been|being|became|become|becomes|as|named|appointed|elected|made|installed|"
    r"promoted\s+to|returned\s+as|remains?|remained|serves?\s+as|served\s+as)\s+(?:(?:the|its|their|our)\s+)?"
    r"(?:new\s+|current\s+|former\s+|acting\s+|interim\s+)?$",
    re.IGNORECASE,
)


def office_spoken_to(mention: str, texts: dict[int, str], sentence: int) -> bool:
    """Whether the description `mention` ("The Prime Minister") was written, with "the", in one of the two sentences
    before `sentence` as someone other than the subject ("... asked the Prime Minister ..."), never as what a
    named person became."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    office = re.compile(rf"(?<![\w'’-])the\s+{re.escape(' '.join(words[1:]))}(?![\w'’-])", re.IGNORECASE)
    for k in (sentence - 1, sentence - 2):
        text = texts.get(k, "")
        if " the " not in text.lower():
            continue  # (a cheap test: the description is written with "the" inside the sentence)
        for m in office.finditer(text):
            if m.start() > 0 and not _HOLDS.search(text[: m.start()]):
                return True
    return False
