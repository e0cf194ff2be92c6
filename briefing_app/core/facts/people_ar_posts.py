"""A post a person holds, stated in a relative clause after the name: "X، الذي يشغل منصب مدير التسويق في
الشركة، ..." (who holds the post of), "التي تتولى منصب ...", "الذي يعمل مستشارا ..." (who works as). The
post is the person's role, up to the clause's end."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles

_POST = re.compile(
    r"\s*،\s*(?:الذي|التي)\s+(?:يشغل|تشغل|يتولى|تتولى|شغل|شغلت|تولى|تولت)\s+(?:منصب|مهام|رئاسة\s+)?\s*"
    r"([\u0621-\u064a][^،.:\"«»]{2,60}?)\s*(?:[،.:]|$|\s+(?:أن|إن|بأن)\s)"
)


def find_posts(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give every found person the post that a relative clause right after their name states."""
    texts = {s.index: s.text for s in sentences}
    for person in index.people:
        for i in person.sentences:
            text = texts.get(i, "")
            at = text.find(person.name)
            if at < 0:
                continue
            m = _POST.match(text, at + len(person.name))
            if m:
                person.role = merge_roles(person.role, m.group(1).strip())
                break
