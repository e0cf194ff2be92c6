"""A Hebrew office right after a person's full name with no comma between: 'נפגש X Y ראש העיר Z עם A B המשנה
למנכ"ל W'. News copy often leaves the apposition's commas out; the office and its complement (a construct chain,
a town's name) follow the name directly, and are its role. The name must be one the readers found in full (two
words or more), and the word after it an office head (people_he_base's heads), not a verb or another name; a
title of address ("ד"ר", "השר") there would be the next person's, so only heads that need a complement count.
"""

from __future__ import annotations

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import HE_TITLES, _complement_end, _he_head_at, _words, he_given
from briefing_app.core.facts.people_he_context import _HE_KIN
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_index import PeopleIndex


def add_offices_after_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """The office right after each full name the index holds, as that person's role."""
    full = {p.name: p for p in index.people if len(p.name.split()) >= 2}
    if not full:
        return
    for s in sentences:
        words = _words(s.text)
        # (where each word stands: a name is looked for only where its first word is, not at every word of the
        # sentence for every person)
        at: dict[str, list[int]] = {}
        for i, word in enumerate(words):
            at.setdefault(word, []).append(i)
        for name, person in full.items():
            parts = name.split()
            n = len(parts)
            for i in at.get(parts[0], ()):
                if i >= len(words) - n or words[i : i + n] != parts:
                    continue
                k = i + n
                head = _he_head_at(words, k)
                if not head or words[k] in HE_TITLES or words[k].lstrip("ו") != words[k]:
                    continue  # ("X Y השר Z": a title of the next person; "X Y ומנכ"ל": a list goes on)
                end = _complement_end(words, k + head)
                while end > k + head and verb_in_he(words[end - 1]):
                    end -= 1  # ("X Y ראש העיר הודה": a hif'il verb opens with ה as a definite word does)
                if (end == k + head and head == 1) or any(he_given(w) for w in words[k + head : end]):
                    continue  # (a one-word office with no complement, or a name inside it: not an apposition; a head of
                # two words, "ראש העיר", holds its complement)
                index.add(person.name, " ".join(words[k:end]), s.index)
            kin_of_after_name(words, parts, s.index, person.name, index, at.get(parts[0], []))


def kin_of_after_name(
    words: list[str], parts: list[str], sentence: int, name: str, index: PeopleIndex, starts: list[int]
) -> None:
    """The kin in commas after a full name ("X Y, אמו של Z, פתחה", "X Y, אביה של הנרצחת, אמר"): whose mother or
    father the person is, as their role (the kin word, "של", and whom, up to the closing comma). `starts`: where
    the name's first word stands in `words`, in order."""
    n = len(parts)
    for i in starts:
        if i >= len(words) - n - 3:
            break
        if words[i : i + n] != parts or words[i + n] != "," or words[i + n + 1] not in _HE_KIN:
            continue
        if words[i + n + 2] != "של":
            continue
        rest = words[i + n + 1 : i + n + 7]
        end = next((j for j, w in enumerate(rest) if w in (",", ".", ":")), None)
        if end is not None and end >= 3:
            index.add(name, " ".join(rest[:end]), sentence)
