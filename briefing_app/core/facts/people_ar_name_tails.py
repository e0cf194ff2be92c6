"""Arabic names that ran on into the words after them. Copy dates a statement right after the speaker's name,
with no comma ("قال الملك X السادس اليوم الجمعة 20 غشت 2021، «...»", "أكد الوزير X Y أمس الأحد أن"), and lists
the guests after a name with "and a number of" ("بحضور رئيس الوزراء X Y وعدد من المسؤولين"); a rule that reads a
name word by word may take the first word of time, or the quantifier, as one more word of it. No name goes on
past such a word, so the name is cut before it; a person already known under the shorter name takes the
mentions."""

from __future__ import annotations

from briefing_app.core.facts.people_index import PeopleIndex

# Words of time that follow a speaker's name in dated copy. Not "صباح" (morning), which is also a given name
# (صباح الأحمد), nor the weekdays, which the readers of names already stop at.
_TIME = {"اليوم", "أمس", "مساء", "الليلة", "غدا", "ظهر", "فجر", "عصر"}
# "and" glued to a quantifier that opens the next item of a list of guests or members: "and a number of",
# "and some", "and all", "and several".
_LIST_QUANTIFIERS = {"وعدد", "وبعض", "وجميع", "وكافة", "وعدة", "ومجموعة", "ولفيف"}


def cut_name_tails(index: PeopleIndex) -> None:
    """Cut every name of two words or more at the first word of time or list quantifier after its first word."""
    for person in list(index.people):
        words = person.name.split()
        cut = next((k for k in range(1, len(words)) if words[k] in _TIME or words[k] in _LIST_QUANTIFIERS), None)
        if cut is None:
            continue
        shorter = " ".join(words[:cut])
        same = next((p for p in index.people if p is not person and p.name == shorter), None)
        if same is None:
            person.name = shorter
            continue
        same.sentences.extend(i for i in person.sentences if i not in same.sentences)
        same.sentences.sort()
        same.role = same.role or person.role
        index.people.remove(person)
