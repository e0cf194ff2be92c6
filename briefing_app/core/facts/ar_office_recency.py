"""Which holder an office named alone stands for. A match report introduces both coaches with the same office
("X مدرب الفريق الأول بنادي A" in the first paragraph, "Y مدرب الفريق الأول بنادي B" in the fifth) and quotes the
first one as "وقال المدرب:" in the second: the office stands for the holder named most recently up to that
sentence, not for whichever the people finder happened to list last (the one named later in the article)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person


def recent_holder(holders: Sequence[Person], sentence: int) -> Person:
    """The holder named most recently at or before `sentence`; when none is named so early, the last listed."""
    earlier = [p for p in holders if any(i <= sentence for i in p.sentences)]
    if not earlier:
        return holders[-1]
    return max(earlier, key=lambda p: max(i for i in p.sentences if i <= sentence))


def sole_calling_holder(people: Sequence[Person], calling: str, sentence: int) -> list[Person]:
    """The one person named by `sentence` whose role holds the calling as a word ("دفاع" in "دفاع الراهب X",
    for "دفاع المتهم الثاني" said later of him), as a list; [] when none or several hold it."""
    holders = [p for p in people if p.role and calling in p.role.replace(";", " ").split()
               and any(i <= sentence for i in p.sentences)]  # fmt: skip
    return holders if len({p.name for p in holders}) == 1 else []
