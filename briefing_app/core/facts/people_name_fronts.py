"""What stands in front of an English name in a run of capitals and is no part of it: a participle opening the
sentence ("Sentencing Sykes to 30 months, Judge X said"), a detective's abbreviated rank ("Det Con Jane Roe"),
and a title whose abbreviation in brackets parts it from the name ("Chief Executive Officer (CEO) Jane Roe")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.people_run_types import Run, Sentence
from briefing_app.core.facts.roles import is_role_noun

# Honorifics a fronted participle's titled object may bear ("Attacking Mr Roe", "Thanking Dr Lee").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "miss"})


def drop_fronted_participle(sentence: Sentence, run: Run) -> None:
    """Cut a capitalised word in -ing that opens the sentence off the name after it, unless the word is
    known as a given or family name ("Channing Tatum", "Fleming ...") or no name would be left."""
    tokens = run.name_tokens
    if (
        sentence.lang == "en"
        and len(run.title) >= 2
        and re.fullmatch(r"[A-Z][a-z]{3,}ing", run.title[0])
        and all(t.lower().rstrip(".") in _HONORIFICS for t in run.title[1:])
        and re.fullmatch(r"[\s\"“'‘(]*", sentence.text[: run.run_start]) is not None
    ):
        run.title = run.title[1:]  # "Attacking Mr Weller personally, ...": the participle's object, titled
        return
    if sentence.lang != "en" or len(tokens) < 2 or run.title:
        return
    opens = re.fullmatch(r"[\s\"“'‘(]*", sentence.text[: run.start]) is not None
    if not opens or not re.fullmatch(r"[A-Z][a-z]{3,}ing", tokens[0]):
        return
    given, family = person_names()
    if tokens[0] in given or tokens[0] in family:
        return
    run.name_tokens = tokens[1:]
    run.name = strip_possessive(" ".join(run.name_tokens))
    run.start = run.start + len(tokens[0]) + 1


# The ranks a detective holds, written after "Det" ("Det Insp", "Det Sgt", "Det Supt", "Det Ch Insp").
_DETECTIVE_RANKS = {"insp", "insp.", "inspector", "supt", "supt.", "superintendent", "sgt", "sgt.", "sergeant", "ch",
                    "chief", "con", "constable"}  # fmt: skip


def take_detective_rank(sentence: Sentence, run: Run) -> None:
    """ "Det Con Jane Roe", "Det Ch Insp John Doe": British copy's Detective Constable and Detective Chief
    Inspector, whose "Con" and "Ch" no list of titles can hold ("Con" is also an Irish given name); only right
    after "Det", which the run has already left out. The rank becomes the title, "Det" included."""
    tokens = run.name_tokens
    if sentence.lang == "en" and run.title and run.title[0] != "Det" and run.title[0].lower() in _DETECTIVE_RANKS:
        written = r"\s+".join(map(re.escape, run.title))
        if re.search(rf"\bDet\.?\s+(?:{written}\s+)?$", sentence.text[: run.start]):
            run.title = ["Det", *run.title]  # "Det Insp Jane Roe", "Det Supt Alan Crewe": the rank is a detective's
            return
    if sentence.lang != "en" or len(tokens) < 3 or not re.search(r"\bDet\.?\s+$", sentence.text[: run.start]):
        return
    rank = 2 if tokens[:2] == ["Ch", "Insp"] or tokens[:2] == ["Ch", "Supt"] else 1 if tokens[0] == "Con" else 0
    if not rank or run.title:
        return
    run.title = ["Det", *tokens[:rank]]
    run.name_tokens = tokens[rank:]
    run.name = strip_possessive(" ".join(run.name_tokens))
    run.start += len(" ".join(tokens[:rank])) + 1


# A title, its abbreviation in brackets, then the name: "Maihar Superintendent of Police (SP) Sudhir Agrawal",
# "Chief Executive Officer (CEO) Jane Roe"; the bracket ends the run of capitals before the name.
_TITLE_ABBREVIATED = re.compile(
    r"((?:[A-Z][\w'’-]*\s+)*(?:(?:of|for)\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+\([A-Z]{2,6}\)\s+$"
)


def take_abbreviated_title(sentence: Sentence, run: Run) -> None:
    """The title before a name whose abbreviation in brackets stands between them, when the run has none."""
    if sentence.lang != "en" or run.title or len(run.name_tokens) < 2:
        return
    m = _TITLE_ABBREVIATED.search(sentence.text[: run.start])
    if m is None:
        return
    words = m.group(1).split()
    if not any(is_title(w) or is_role_noun(w.lower()) for w in words):
        return
    run.title = words
