"""Hebrew companies named like people: "חברת X Y" (the company X Y) reads a given name and a transliterated word
("נופר אנרג'י": a given name, then "Energy") as a person. A name the article writes right after a company's
head noun, in the construct state with nothing between, is the company's name: a person is "חבר/חברת" of a
body only with the body after it ("חברת הכנסת X", "חבר המועצה X"), never "חברת X" with the name itself."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex

# Head nouns of a company or a business group in the construct state, a prefix (ו, ה, ב, ל, מ, ש) allowed.
_COMPANY_HEADS = r"(?<![\u05d0-\u05ea])[ובלמשה]{0,2}(?:חברת|חברות|קבוצת|רשת|מותג|תאגיד|קונצרן)"


# What a member (חבר, חברת) belongs to: "חברת הכנסת X" is a member of the Knesset, X a person.
_MEMBERSHIP = {"הכנסת", "המועצה", "הוועדה", "הדירקטוריון", "ההנהלה", "הממשלה", "הקבינט", "הפרלמנט", "הסגל",
               "הקיבוץ", "המושב", "העמותה", "האגודה", "הצוות", "המשלחת", "המפלגה", "הסיעה", "הקואליציה",
               "האופוזיציה", "הנבחרת", "הקבוצה", "הלהקה", "ההסתדרות"}  # fmt: skip
# The head, then at most three definite words describing the company ("חברת האנרגיה המתחדשת X").
_HEAD_AND_KIND = re.compile(rf"{_COMPANY_HEADS}((?:\s+ה[\u05d0-\u05ea\"'\u05f3\u05f4-]+){{0,3}})\s+$")


def drop_company_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Remove each person whose name, anywhere in the article, stands right after a company's head noun (and
    the definite words of its kind), or right before "בע"מ" (Ltd.)."""
    text = "\n".join(s.text for s in sentences)
    for person in list(index.people):
        name = re.escape(person.name)
        after_head = False
        for m in re.finditer(rf"(?<![\u05d0-\u05ea]){name}(?![\u05d0-\u05ea])", text):
            window = text[max(0, m.start() - 80) : m.start()]
            head = _HEAD_AND_KIND.search(window)
            if head is None or set(head.group(1).split()) & _MEMBERSHIP:
                continue
            # (with words of its kind between, only a head that opens its clause: 'יו"ר ועד עובדי חברת הנמלים X'
            # is an office in the company the definite words name, and X holds it)
            opens = re.search(r"(?:^|[\n.,:;\"(])\s*$", window[: head.start()]) is not None
            after_head = after_head or not head.group(1).strip() or opens
        limited = re.search(rf"(?<![\u05d0-\u05ea]){name}\s+בע[\"\u05f4]מ", text)
        if after_head or limited:
            index.people.remove(person)
