"""A participle opening an English sentence before a family name ("Sentencing Sykes to 30 months, Judge X
said"): the participle's object is the person, the participle no part of the name."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_run_types import Run, Sentence


def drop_fronted_participle(sentence: Sentence, run: Run) -> None:
    """Cut a capitalised word in -ing that opens the sentence off the name after it, unless the word is
    known as a given or family name ("Channing Tatum", "Fleming ...") or no name would be left."""
    tokens = run.name_tokens
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


def take_detective_rank(sentence: Sentence, run: Run) -> None:
    """ "Det Con Jane Roe", "Det Ch Insp John Doe": British copy's Detective Constable and Detective Chief
    Inspector, whose "Con" and "Ch" no list of titles can hold ("Con" is also an Irish given name); only right
    after "Det", which the run has already left out. The rank becomes the title, "Det" included."""
    tokens = run.name_tokens
    if sentence.lang != "en" or len(tokens) < 3 or not re.search(r"\bDet\.?\s+$", sentence.text[: run.start]):
        return
    rank = 2 if tokens[:2] == ["Ch", "Insp"] or tokens[:2] == ["Ch", "Supt"] else 1 if tokens[0] == "Con" else 0
    if not rank or run.title:
        return
    run.title = ["Det", *tokens[:rank]]
    run.name_tokens = tokens[rank:]
    run.name = strip_possessive(" ".join(run.name_tokens))
    run.start += len(" ".join(tokens[:rank])) + 1
