"""Where a run of capitalised words meets a place or an organisation found before: a title gives the words back
to the people, a given name first keeps the run whole, otherwise the name is the piece beside the body and the
body becomes the workplace before it (`Run.owner`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.org_kinds import firm_kind_before
from briefing_app.core.facts.people_index import fold, strip_possessive
from briefing_app.core.facts.people_not_names import NEVER_NAMES
from briefing_app.core.facts.people_role_words import person_job_before
from briefing_app.core.facts.people_roles import apposition_role, is_job, is_title, person_role_before
from briefing_app.core.facts.people_run_titles import POST_NOMINALS, body_and_job
from briefing_app.core.facts.people_run_types import Run, Sentence, verb_ends
from briefing_app.core.facts.people_shapes import LOWER, NAME_WORD, UPPER, acts, is_family_name, looks_like_a_name
from briefing_app.core.facts.roles import is_person_noun, is_role_noun


def separate_from_bodies(sentence: Sentence, run: Run) -> bool:
    """Where the run meets a place or organisation found before: a title in front gives the words back to
    the people, a given name first keeps the run whole, otherwise the name is the piece beside the body.
    False when no piece of the run can be a name."""
    if _founder_of_a_firm(sentence, run) or _first_half_of_a_body(sentence, run):
        return False
    titled_run = [t for t in run.tokens if not is_title(t)]  # the run without its title words
    run.reclaim = run.reclaim or _title_reclaims(sentence, run, titled_run) or _speaker_with_a_job(sentence, run)
    if run.reclaim:
        # "Kronprinsesse Mary", "socialdemokraten Lars Vind": a title or role right before the run makes
        # it a person, whatever the gazetteer or an organisation's shape said of the same words.
        sentence.reclaimed.extend({strip_possessive(" ".join(titled_run)), strip_possessive(" ".join(run.tokens))})
    elif (
        (_given_name_first(sentence, run) and not is_title(run.tokens[0]))
        or (len(run.tokens) == 1 and sentence.people.find(run.tokens[0]) is not None)
        or _town_named_surname(sentence, run)
    ):
        pass  # "Dan Whitby", "George Washington": a given name, then a surname that is also a place
    elif any(a < run.end and run.start < b for a, b in sentence.taken):
        return _name_beside_body(sentence, run)
    return True


_FOUNDER_OF_A_FIRM_RE1 = re.compile(r"\s*&\s*[A-Z]")


def _founder_of_a_firm(sentence: Sentence, run: Run) -> bool:
    """ "Harold Brant & Sons", "Ada Lund & Co.": a name joined by "&" to what follows inside one organisation found
    before is the firm's name, not a person the article names."""
    joined = _FOUNDER_OF_A_FIRM_RE1.match(sentence.text[run.end :])
    return joined is not None and any(a <= run.start and run.end + joined.end() <= b for a, b in sentence.taken)


_FIRST_HALF_OF_A_BODY_RE1 = re.compile(r"\s+and\s+[A-Z]")


def _first_half_of_a_body(sentence: Sentence, run: Run) -> bool:
    """ "Chad Power and Transit Company (CPTC) staff": a run that opens an organisation found before, whose
    name goes on past the run with "and" and more capitalised words, is the body's name even when its first word is
    also a given name."""
    joined = _FIRST_HALF_OF_A_BODY_RE1.match(sentence.text[run.end :])
    return joined is not None and any(a == run.start and run.end + joined.end() <= b for a, b in sentence.taken)


def _speaker_with_a_job(sentence: Sentence, run: Run) -> bool:
    """ "siger Lone Vind, direktør i Dansk Industri", "said Jane Roe, a spokeswoman for ...": a speech verb
    before the run and a job set off after it show a person, whatever shape an organisation finder saw in it."""
    text, start, end = sentence.text, run.start, run.end
    covered = [(a, b) for a, b in sentence.taken if a < end and start < b]
    if len(covered) != 1 or covered[0] != (start, end) or not 2 <= len(run.tokens) <= 3:
        return False
    if not verb_ends(sentence.verbs, text[:start]):
        return False
    job = re.match(r",\s+(?:(?:a|an|the|en|et)\s+)?(?:[\w-]+\s+)?([a-zæøå][\w-]+)", text[end:])
    return job is not None and is_job(job.group(1))


def _given_name_first(sentence: Sentence, run: Run) -> bool:
    """A run of two or three words that opens with a known given name, not after "in" or "at"."""
    tokens, start = run.tokens, run.start
    first_taken = any(a < start + len(tokens[0]) and start < b for a, b in sentence.taken)
    return (
        2 <= len(tokens) <= 3
        and tokens[0] in person_names()[0]
        # "Chad Smith", "Georgia Lowe": a given name that is also a place, then a common family name, or any
        # second word the words around show to be a person's ("Georgia Pellew said she would run")
        and (
            not first_taken
            or (len(tokens) == 2 and is_family_name(tokens[1]) and _give_back(sentence, tokens))
            or (len(tokens) == 2 and _place_given_name(sentence, run))
            # ("Mary Lou McDonald": two given names, then a family name, though a town is called "Mary")
            or (len(tokens) == 3 and tokens[1] in person_names()[0] and is_family_name(tokens[2])
                and _give_back(sentence, tokens[:2]))  # fmt: skip
        )
        and not re.search(r"\b(?:in|at|from|near|i|fra|ved)\s+$", sentence.text[:start])
    )


def _give_back(sentence: Sentence, tokens: list[str]) -> bool:
    """The place a given name was taken for goes back to the people (`sentence.reclaimed`) when the article
    never writes that word but before the same family name ("Kara Dunn ... Kara Dunn": no town of Kara).
    Always True: the run is the person's whatever happens to the place."""
    first, second = tokens[0], fold(strip_possessive(tokens[1]))
    alone = re.compile(rf"(?<![\w-]){re.escape(first)}(?!\s+{re.escape(second)})(?![\w-])")
    if not any(alone.search(fold(t)) for t in sentence.article_texts):
        sentence.reclaimed.append(first)
    return True


# What shows the words before it to be a person: a speech verb, an age, "who", an apposition with a role,
# or a clause that goes on with "he" or "she".
_SHOWN_A_PERSON = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:aged\s+)?\d{1,3},|,?\s+(?:who|whose)\b|\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|tells|added|asked|wrote|writes|sagde|siger|fortæller|fortalte|skriver)\b|"
    r"\s+(?:[a-z]+\s+){1,4}(?:he|she|his|her|han|hun|hans|hendes)\b)"
)


def _bare_role_after(after: str) -> bool:
    """ ", resident.", ", teacher,", ", resident of X": a role or person noun with no article set off after a name."""
    m = re.match(r",\s+([a-z]+)(?=\s*[,.;]|\s*$|\s+(?:of|for|at|in)\s)", after)
    return m is not None and (is_role_noun(m.group(1)) or is_person_noun(m.group(1)))


def _place_given_name(sentence: Sentence, run: Run) -> bool:
    """ "Georgia Pellew, 34, said", "Israel Tamu told": a given name that is also a place, the place finder's,
    then a capitalised word no place or body holds, that is no common word, title or place, and the words
    around show a person. Where the article never writes the place's name but before that word, the place
    found there is given back (`sentence.reclaimed`)."""
    first, second = run.tokens[0], strip_possessive(run.tokens[1])
    text, end = sentence.text, run.end
    second_at = run.start + len(first) + 1
    if (
        any(a < end and second_at < b for a, b in sentence.taken)
        or second in sentence.places
        or second.lower() in sentence.lowercase_words
        or second.lower() in NEVER_NAMES
        or is_title(second)
        or is_person_noun(second.lower())
        or not re.fullmatch(NAME_WORD, second)
        or (second.endswith("s") and not is_family_name(second))  # "Kenya Updates": a plural, a feed's name
    ):
        return False
    shown = (
        _SHOWN_A_PERSON.match(text[end:])
        or acts(text[end:])
        or person_role_before(text[: run.start])
        or (re.match(r",\s+(?:a|an|the)\s", text[end:]) and apposition_role(text[end:]) is not None)
        # ('"...," said Mary Raimer, resident.': a verb of saying before the run and a bare role noun set off after
        # it, as local papers sign a quote)
        or (
            verb_ends(sentence.verbs, text[: run.start])
            and (_bare_role_after(text[end:]) or re.fullmatch(r"\.\s*", text[end:]) is not None)
        )
    )
    if not shown:
        return False
    return _give_back(sentence, run.tokens)  # the article's "Georgia" may be only Georgia Pellew's given name


# A preposition of place right before a word: the word there is the place, not a person's surname.
_PLACE_PREPOSITION = r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Tt]o|[Oo]utside|[Ii]nto|[Vv]isit(?:ed|ing|s)?)\s+"


def _town_named_surname(sentence: Sentence, run: Run) -> bool:
    """ "Felizeberto Nice, director general of the commission, said": a capitalised word no list knows (a given
    name the lists lack), then one word the place finder took as a town, and the words around show a person (an
    apposition with a role, a speech verb, an age). The town goes back to the people when the article never writes
    it after a preposition of place ("Nice said" later is the same person)."""
    if len(run.tokens) != 2:
        return False
    first, second = run.tokens[0], strip_possessive(run.tokens[1])
    text, start, end = sentence.text, run.start, run.end
    second_at = start + len(first) + 1
    covered = [(a, b) for a, b in sentence.taken if a < end and start < b]
    if covered != [(second_at, second_at + len(second))] or second not in sentence.places:
        return False
    if (
        not re.fullmatch(NAME_WORD, first)
        or first in sentence.places
        or lookup(first) is not None
        or first.lower() in sentence.lowercase_words
        or first.lower() in NEVER_NAMES
        or first.lower() in common_words()
        or is_title(first)
        or is_person_noun(first.lower())
        or re.search(rf"{_PLACE_PREPOSITION}$", text[:start])
    ):
        return False
    shown = (
        _SHOWN_A_PERSON.match(text[end:])
        or person_role_before(text[:start])
        or (re.match(r",\s+(?:(?:a|an|the)\s+)?[a-z]", text[end:]) and apposition_role(text[end:]) is not None)
    )
    if not shown:
        return False
    place_use = re.compile(rf"{_PLACE_PREPOSITION}{re.escape(second)}(?![\w'’-])")
    if not any(place_use.search(t) for t in sentence.article_texts):
        sentence.reclaimed.append(second)
    return True


def _title_reclaims(sentence: Sentence, run: Run, titled_run: list[str]) -> bool:
    """Whether a place or organisation found inside the run is the name that its title words lead."""
    tokens, start, end, text = run.tokens, run.start, run.end, sentence.text
    covered = [(a, b) for a, b in sentence.taken if a < end and start < b]
    taken_text = strip_possessive(text[covered[0][0] : covered[-1][1]]) if covered else ""
    return (
        bool(covered)
        and bool(titled_run)
        and tokens[len(tokens) - len(titled_run) :] == titled_run  # the titles come first, then the name
        and (
            taken_text != strip_possessive(" ".join(tokens))
            or looks_like_a_name(titled_run)
            # "U2 frontman Bono": one word a place finder took, after a job only a person holds (not "mortgage
            # lender Kessby": a town after a kind only a business is names the firm, org_kinds.firm_kind_before)
            or (len(tokens) == 1 and _a_place(taken_text) and _person_job_before(text[:start]))
        )
        and all(start <= a and b <= end for a, b in covered)
        and 1 <= len(titled_run) <= 3
        and all(re.fullmatch(rf"[{UPPER}][{LOWER}'’-]+", t) for t in titled_run)
        and (
            len(titled_run) < len(tokens)
            or (len(titled_run) >= 2 and person_role_before(text[:start]) and looks_like_a_name(titled_run))
            or (len(tokens) == 1 and _a_place(taken_text) and _person_job_before(text[:start]))
        )
        and taken_text in (strip_possessive(" ".join(titled_run)), strip_possessive(" ".join(tokens)))
    )


def _person_job_before(before: str) -> bool:
    return person_job_before(before) and not firm_kind_before(before)


def _a_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


def _name_beside_body(sentence: Sentence, run: Run) -> bool:
    """Part of the run is a place or organisation: a piece before or after it may still be a name ("UN
    Special Envoy John Doe", "Director Jane Roe of the Danish Energy Agency"); what stands between the run's
    start and that piece is the body the person works for (`run.owner`). False when no piece is left."""
    text, start, end = sentence.text, run.start, run.end
    spans = sorted((max(a, start), min(b, end)) for a, b in sentence.taken if a < end and start < b)
    best = _best_piece(text, start, end, spans)
    if best is None:
        return False
    piece_at, piece, where, piece_start, named = best
    piece_words = piece.split()
    # (a field may stand between the job and the workplace: "professor i økonomi ved X", "lecturer in law at X")
    workplace = re.search(
        r"(?:^|\s)([^\W\d_][\w-]*)((?:\s+(?:i|in|for)\s+[a-zæøå][\w-]*)?\s+(?:ved|på|i|hos|at|of|for|from|fra))\s+$",
        text[:start],
    )
    if named and len(piece_words) >= 3 and piece_words[-1] in POST_NOMINALS:
        piece_words = piece_words[:-1]  # "... North Wales Darren Millar MS": the letters after the name are none of it
    if named and len(piece_words) > 2:  # "Acquisition Marvin Sambur": what precedes the name is title
        keep = 2
        while keep + 2 <= len(piece_words) - 1 and piece_words[-keep - 1] in _NAME_PARTICLES:
            keep += 2  # "Emir Sheikh Tamim bin Hamad al-Thani": "son of" joins the given name before it
        last_title = max((i for i, w in enumerate(piece_words[:-2]) if is_title(w)), default=None)
        if (
            keep == 2
            and last_title is not None
            and len(piece_words) - last_title - 1 == 3
            and piece_words[last_title + 1] in person_names()[0]
        ):
            keep = 3  # "Kessby State Police Chief Abdul Karim Omar": after the title, a given name opens three words
        name_at = text.find(" ".join(piece_words[-keep:]), piece_at)
        title_text = text[start:name_at].strip()
        # ("UN Special Rapporteur Tom Iver": a capitalised role noun is a title there too)
        # ("FN-chefen Jens Holm": a body's name joined to a job is a title too)
        titled = [
            is_title(w) or (w[1:].islower() and is_role_noun(w.lower())) or body_and_job(w) for w in title_text.split()
        ]
        if any(titled):
            run.owner = title_text
        elif workplace and is_job(workplace.group(1)):
            run.owner = f"{workplace.group(1)}{workplace.group(2)} {title_text}"  # "overlæge på X-hospital"
        run.start, run.tokens = name_at, piece_words[-keep:]
        run.end = run.start + len(" ".join(run.tokens))
    else:
        if where == "after" and spans[0][0] < piece_start:
            run.owner = text[start:piece_at].strip()  # "UN" in "UN Special Envoy John Doe", "EU-kommissær"
            if workplace and is_job(workplace.group(1)) and not any(is_title(w) for w in run.owner.split()):
                # "lektor ved Aarhus Universitet Jens Hansen": a job at the body named before the name
                run.owner = f"{workplace.group(1)}{workplace.group(2)} {run.owner}"
        run.start, run.tokens = piece_at, piece_words
        run.end = run.start + (len(piece) if piece_words == piece.split() else len(" ".join(piece_words)))
    return True


# Kinship nouns that the job-title list also holds ("wife", "son"): "the wife of X" names no workplace.
_KIN = frozenset(
    "wife husband son daughter mother father brother sister widow widower child uncle aunt nephew niece cousin "
    "grandson granddaughter grandfather grandmother fiancee fiance partner friend".split()
)


# Lower-case words inside Arabic names that join a given name to the father's ("bin", "ibn", "bint", "ould").
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ould", "ben"})


_BEST_PIECE_RE1 = re.compile(r"(?:\s+(?:of|for|af)(?:\s+the)?)+\s*$")
_BEST_PIECE_RE2 = re.compile(r"-([^\W\d_]+)\s+")
_BEST_PIECE_RE3 = re.compile(r"[A-ZÆØÅ]")
_BEST_PIECE_RE4 = re.compile(r"^(?:['’]?s)?\s+(?:(?:for|of|the|at)\s+)*")


def _best_piece(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> tuple[int, str, str, int, bool] | None:
    """The piece of the run outside the bodies' spans most likely to be the name: (where it stands, its
    text, "before" or "after" the body, where the piece began, whether a given name is near its end)."""
    pieces, at = [], start
    for a, b in spans:
        pieces.append((at, a, "before"))
        at = max(at, b)
    pieces.append((at, end, "after"))
    best: tuple[int, str, str, int, bool] | None = None
    given, _ = person_names()
    for a, b, where in pieces:
        piece = _BEST_PIECE_RE1.sub("", text[a:b])  # "Nedlukningen af | Danmark"
        # "'s" after a body's name, or Danish's bare genitive "s" ("Socialdemokratiet|s Mette Holm")
        piece = _BEST_PIECE_RE4.sub("", piece).strip()
        compound = _BEST_PIECE_RE2.match(piece)  # "EU-kommissær Jane Roe": the rest of a compound
        if compound and is_job(compound.group(1)):
            piece = piece[compound.end() :]
        words = piece.split()
        # A given name near the end of the last piece: the name ("... Air Force for Acquisition
        # Marvin Sambur"); otherwise the longest piece. (Letters after the name say an office: "... for North
        # Wales Darren Millar MS")
        core = words[:-1] if len(words) > 2 and words[-1] in POST_NOMINALS else words
        named = len(core) >= 2 and core[-2] in given
        if _BEST_PIECE_RE3.search(piece) and (
            best is None or named or (not best[4] and len(words) > len(best[1].split()))
        ):
            best = (text.find(piece, a), piece, where, a, named)
    return best


def drop_workplace_before_given_name(sentence: Sentence, run: Run) -> None:
    """ "pressechef i Forsvaret Jens Bak", "Venstres Jakob Holm": what comes before the given name is where
    the person works or the party (a Danish genitive), not part of the name; it becomes `run.owner`."""
    tokens, text = run.tokens, sentence.text
    given_names = person_names()[0]
    lead_in = next((k for k in range(1, len(tokens) - 1) if tokens[k] in given_names), None)
    if lead_in is None or run.owner or any(t in given_names or is_title(t) for t in tokens[:lead_in]):
        return
    # ("Board member of TransHelp Patricia Curtis": "of" the body too)
    at_work = re.search(r"(?:^|\s)([^\W\d_][\w-]*)\s+(i|ved|hos|at|for|of)\s+$", text[: run.start])
    party = (
        sentence.lang == "da"
        and lead_in == 1
        and tokens[0].endswith("s")
        and (len(tokens[0]) > 3 or re.fullmatch(r"[A-ZÆØÅ]{2,}s", tokens[0]) is not None)  # "SFs Ib Holm"
    )
    if at_work and at_work.group(2) == "of" and not is_role_noun(at_work.group(1).lower()):
        at_work = None  # "the wife of Prince X": kin, not a post held in a body ("member of X" is one)
    if at_work and at_work.group(2) == "of" and at_work.group(1).lower() in _KIN:
        at_work = None
    if (at_work and is_job(at_work.group(1))) or party:
        run.owner = " ".join(tokens[:lead_in])
        if at_work and not party:
            run.owner = f"{at_work.group(1)} {at_work.group(2)} {run.owner}"
        run.start = text.find(tokens[lead_in], run.start)
        run.tokens = tokens[lead_in:]
