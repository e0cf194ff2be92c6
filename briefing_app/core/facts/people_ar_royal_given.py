"""A royal named by the given name alone in a headline ("الأمير X يرعى غدا حفل ...") and in full by lineage in the
body ("صاحب السمو الملكي الأمير X بن Y أمير منطقة ..."): Saudi and Gulf copy names a prince, a king or a sheikh so.
The one-word reading is that person, not a second one, when one full name alone opens with that given name and
"بن"/"بنت"."""

from __future__ import annotations

from briefing_app.core.facts.people_index import PeopleIndex, merge_roles

# Royal titles a one-word given name follows in a headline.
_ROYAL = ("الأمير", "الأميرة", "الملك", "الشيخ", "الشيخة", "السلطان")


def join_royal_given_names(index: PeopleIndex) -> None:
    """Fold every one-word person with a royal title into the one person whose name is that word, then بن or بنت."""
    for short in list(index.people):
        if len(short.name.split()) != 1 or not short.role or not any(t in short.role.split() for t in _ROYAL):
            continue
        full = [
            p
            for p in index.people
            if p is not short and len(p.name.split()) >= 3 and p.name.split()[:1] == [short.name]
            and p.name.split()[1] in ("بن", "بنت")
        ]  # fmt: skip
        if len(full) != 1:
            continue  # (two princes of one given name: which one the headline means is not told)
        full[0].take_sentences(short)
        full[0].role = merge_roles(full[0].role, short.role) if full[0].role else short.role
        index.people.remove(short)
