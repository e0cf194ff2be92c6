"""Two readings of one three-word name that overlap in its middle word: a title reader takes "النائب فريد هيكل"
(given name and father's name) and another reader "هيكل الخازن" (father's name and family name) out of "النائب
فريد هيكل الخازن". Levantine and Gulf copy names people by three words; neither reading is the person, and the
gold's family name matched neither. Where the sentence writes the three words together, they are one name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_sayyid import family_word
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles
from briefing_app.core.facts.reporting_verbs import AR_SPEECH


def join_overlapping_names(sentences: Sequence[SourceSentence], index: PeopleIndex) -> None:
    """Every pair of two-word names sharing a middle word that the article writes as three words in a row (the one
    with the first word keeps its role and takes the full name; the other joins it)."""
    texts = {s.index: f" {s.text} " for s in sentences}
    for first in list(index.people):
        if first not in index.people:
            continue
        words = first.name.split()
        if len(words) != 2:
            continue
        for second in list(index.people):
            other = second.name.split()
            if second is first or len(other) != 2 or other[0] != words[-1]:
                continue
            full = f"{words[0]} {words[1]} {other[1]}"
            shared = set(first.sentences) & set(second.sentences)
            if not any(f" {full} " in texts.get(k, "") for k in shared):
                continue
            first.name = full
            if second.role:
                first.role = merge_roles(first.role, second.role)
            first.take_sentences(second)
            index.people.remove(second)
            break


def family_name_said_after(sentences: Sequence[SourceSentence], index: PeopleIndex) -> None:
    """A two-word name the article writes on with a definite word that a verb of saying later has alone as its
    subject ("النائب فريد هيكل الخازن الأوضاع" ... "وقال الخازن، بعد اللقاء:"): that word is the family name the name
    reader stopped before, and the person is named by all three."""
    texts = [s.text for s in sentences]
    for person in index.people:
        words = person.name.split()
        if len(words) != 2:
            continue
        named_then = re.compile(rf"(?<![\u0621-\u064a]){re.escape(person.name)}\s+(ال[\u0621-\u064a]{{3,}})")
        after = {m.group(1) for t in texts for m in named_then.finditer(t)}
        for family in sorted(after):
            if not family_word(family):
                continue  # ("وسأل الصحفي X Y الوزير:" after "قال الوزير Z": an office, never a family name)
            said = re.compile(rf"(?<![\u0621-\u064a]){AR_SPEECH}\s+{family}(?![\u0621-\u064a])")
            if any(said.search(t) for t in texts) and index.find(family) in (None, person):
                person.name = f"{person.name} {family}"
                break
