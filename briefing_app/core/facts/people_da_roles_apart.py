"""Danish roles written apart from the name. Held "som" (as): "Mens Vibeke Holt har vundet pokalen to gange som
cheftræner, ...", "Ole Brink overtager i maj stillingen som havnedirektør", "Jens Ravn, der
som formand har ...": the bare role noun after "som" is the role of the person named nearest before it in the
clause; a comparison ("som en rigtig leder"), kin ("som søn af ...") and a relative "som" after a comma are none.
Named later by a definite role: "Vibeke Holt ... . Bagefter roste cheftræneren holdet": the one person the
nearest sentence before that names anyone named is the holder, when no one else holds that role.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.org_shaped import KIN_AND_PAGES
from briefing_app.core.facts.people_index import PeopleIndex, Person
from briefing_app.core.facts.roles import is_role_noun

# "som cheftræner", "som ny direktør": "som" not right after a comma (there it opens a relative clause,
# "Holt, som træner holdet"), then the role noun, perhaps after one adjective; an article makes a comparison
# ("som en rigtig leder").
# ("som den yngste minister", "som den første formand": "den" before a superlative or "første" ranks the holder
# among the role's holders, no comparison)
_HELD_AS = re.compile(
    r"(?<![,\s])\s+som\s+(?:den\s+(?=[a-zæøå]{2,}ste\s))?(?!(?:en|et|den|det|de)\s)([a-zæøå][a-zæøå-]+)"
    r"(?:\s+([a-zæøå][a-zæøå-]{3,}))?"
)

# What the words between the name and "som" may not hold: a comma (another clause, unless it opens the
# person's own relative clause, "Ravn, der som formand"), a quote mark or a colon.
_CLAUSE_BREAK = re.compile(r"[,;:\"“”»«–—]")
_OWN_RELATIVE = re.compile(r",\s+(?:der|som)(?=\s|$)")

# Nouns the role list holds that say what happened to someone or who they are to others, not what they
# do: "kom til landet som flygtning", "mødte som vidne", "voksede op som søn af en fisker".
_NO_OFFICE = KIN_AND_PAGES | {
    "patient", "fange", "flygtning", "turist", "passager", "vidne", "rival", "modstander", "tilhænger",
    "debutant", "veteran", "beboer", "kollega",
}  # fmt: skip


def roles_held_as(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give a person with no role yet the role a Danish sentence says they hold or held "som"."""
    for s in sentences:
        if " som " not in s.text:
            continue
        for m in _HELD_AS.finditer(s.text):
            role = _role_words(m.group(1), m.group(2))
            if role is None:
                continue
            holder = _named_just_before(s, index, m.start())
            if holder is not None and not holder.role:
                holder.role = role


def _role_words(first: str, second: str | None) -> str | None:
    """ "ny direktør" (an adjective and the role), "cheftræner" (the role, what follows it no part of it)."""
    if second is not None and second not in _NO_OFFICE and is_role_noun(second) and not is_role_noun(first):
        return f"{first} {second}"
    return first if first not in _NO_OFFICE and is_role_noun(first) else None


def _named_just_before(s: SourceSentence, index: PeopleIndex, at: int) -> Person | None:
    """The person of the index named last before offset `at` of `s`, when nothing between opens another clause."""
    best: tuple[int, Person] | None = None
    for person in index.people:
        if s.index not in person.sentences:
            continue
        forms = {person.name, person.name.split()[-1]}
        for form in forms:
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w'’-])", s.text[:at]):
                if best is None or m.end() > best[0]:
                    best = (m.end(), person)
    if best is None:
        return None
    between = s.text[best[0] : at]
    own = _OWN_RELATIVE.match(between)
    if _CLAUSE_BREAK.search(between[own.end() :] if own else between):
        return None
    return best[1]


# A Danish definite noun in lower case: "cheftræneren", "Holdets cheftræner" is none (no article ending).
_DEFINITE = re.compile(r"(?<![\w-])([a-zæøå]{4,}(?:en|et))(?![\w-])")

# Quote marks and a dash opening a speech paragraph: a role inside speech may be anyone's.
_SPEECH_MARKS = re.compile(r"[\"“”»«]|^\s*[-–—]\s")


def roles_named_later(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give a person with no role the definite role a later Danish sentence names them by ("... . Bagefter roste
    cheftræneren holdet"): the nearest of the three sentences before that names anyone names that person alone,
    the role noun is not used there or in between, and no other person holds it."""
    named_in: dict[int, list[Person]] = {}
    for person in index.people:
        for i in person.sentences:
            named_in.setdefault(i, []).append(person)
    texts = {s.index: s.text for s in sentences}
    for s in sentences:
        if s.index in named_in or _SPEECH_MARKS.search(s.text):
            continue  # (a sentence naming someone gives a role by its own readers: "cheftræneren Vibeke Holt")
        text = s.text[:1].lower() + s.text[1:]  # ("Cheftræneren roste ...": the noun opening the sentence)
        for m in _DEFINITE.finditer(text):
            word = m.group(1)
            if not is_role_noun(word) or word[:-2] in _NO_OFFICE:
                continue
            holder = _only_one_named_before(s.index, named_in, texts, word[:-2])
            if holder is not None and not _held_by_another(word[:-2], holder, index):
                holder.role = word
                holder.sentences = sorted({*holder.sentences, s.index})
            break


def _only_one_named_before(
    at: int, named_in: dict[int, list[Person]], texts: dict[int, str], stem: str
) -> Person | None:
    """The one person with no role the nearest of the three sentences before `at` that names anyone names, when
    neither it nor the sentences in between use the role noun `stem` (there it is someone else's)."""
    for back in range(at - 1, at - 4, -1):
        if stem in texts.get(back, "").lower():
            return None
        people = named_in.get(back)
        if people:
            return people[0] if len(people) == 1 and not people[0].role else None
    return None


def _held_by_another(stem: str, person: Person, index: PeopleIndex) -> bool:
    """Whether someone else's role already holds the role noun ("cheftræner" after "cheftræner Ulla Brask")."""
    return any(p is not person and p.role and stem in p.role.lower() for p in index.people)
