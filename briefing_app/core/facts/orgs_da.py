"""Danish organisations named right after their kind, written as one compound with the kind's definite ending:
"tøjkæden Nordlys", "medicinalvirksomheden Novo Nordisk", "Energiselskabet Vestvind A/S", "dagbladet Nordposten".

Danish glues what a body does to the noun of its kind ("ejendomsmægler" + "kæden"), so the kind words that English
writes apart ("the retail chain X", read in `org_kinds.py`) end a longer word here; the definite ending (-en, -et)
says that a name follows. The caller drops stretches already taken.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS
from briefing_app.core.facts.orgs import DA_TAIL_WORDS
from briefing_app.core.facts.reporting_verbs import da

# Kinds of body in the definite form, as the last part of a compound or alone.
_KINDS = (
    "kæden", "selskabet", "virksomheden", "koncernen", "firmaet", "producenten", "rederiet", "dagbladet", "avisen",
    "ugeavisen", "partiet", "klubben", "foreningen", "banken", "fabrikken", "bryggeriet", "forlaget", "organisationen",
    "fonden", "giganten", "mediet", "kanalen", "operatøren", "grossisten", "tjenesten", "bureauet", "butikken",
    "gruppen", "forbundet", "institutionen", "myndigheden", "styrelsen", "bevægelsen",
    # shops by their kind ("byggemarkedet Tolvik", "supermarkedet Halby", "varehuset Nordlys")
    "markedet", "varehuset",
)  # fmt: skip
_COMPANY_FORMS = {"A/S", "ApS", "I/S", "K/S", "P/S"}
_KINDS_LOWER = "|".join(_KINDS)
_KINDS_OPENING = "|".join(k.capitalize() for k in _KINDS)  # the kind alone opening a sentence: "Klubben X"
# A name after the kind: capitalised words (digits too: "fagforbundet 3F"), "&" and a company form inside it.
_NAME = r"[A-ZÆØÅ0-9][\w&'’.-]*(?:\s+(?:A/S|ApS|[A-ZÆØÅ0-9][\w&'’-]*|&)){0,3}"
KIND_THEN_NAME = re.compile(
    rf"(?<![\w-])((?:[A-ZÆØÅa-zæøå][a-zæøå-]*)?(?:{_KINDS_LOWER})|{_KINDS_OPENING})\s+({_NAME})(?![\w'’&-])"
)


def kind_then_name(text: str) -> list[tuple[int, int, int, str]]:
    """(start of the kind, start, end, name) of the bodies named right after a compound of their kind (see
    KIND_THEN_NAME): not a person (a given name and more, unless a company form ends it), a place, a month or a
    day."""
    given, family = person_names()
    out = []
    for m in KIND_THEN_NAME.finditer(text):
        name = m.group(2).rstrip(".")
        words = name.split()
        if not any(c.isalpha() for c in words[0]):
            continue  # "placerer partiet 0,8 procentpoint under": a figure after the kind, no name ("3F" is one)
        if (words[0] in given and len(words) > 1 and words[-1] not in _COMPANY_FORMS) or MONTHS_DAYS.match(words[0]):
            continue  # "formand for fagforeningen Jens Ravn": the union's chairman, a person after the noun
        entry = lookup(name)
        paper = re.search(r"(?:avisen|dagbladet|Avisen|Dagbladet)$", m.group(1)) is not None
        if entry is not None and entry.kind == "place" and not paper:
            continue  # "klubben Aalborg": the town, read as a place (a paper is named after its region: "avisen
            # Danmark", "Dagbladet Holstebro")
        before = text[: m.start()].strip(" \"'“‘(")
        if m.group(1)[:1].isupper() and before and not before.endswith((":", "–", "-")):  # (after "By:", opening)
            name = f"{m.group(1)} {name}"  # "formanden for Fiskeriforeningen Nordhavn": a capital inside the
            out.append((m.start(1), m.start(1), m.start(2) + len(m.group(2).rstrip(".")), name))  # sentence: one name
            continue
        out.append((m.start(1), m.start(2), m.start(2) + len(name), name))
    return out


# A place, in the genitive or not, then a capitalised noun: Danish writes common nouns in lower case, so the
# capital says the place and the noun are one name ("Nordjyllands Beredskab", "Vestby Kunstmuseum").
PLACE_THEN_NAME = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+(?:\s[A-ZÆØÅ][a-zæøå]+)?)\s+([A-ZÆØÅ][a-zæøå][\wæøå-]*(?:\s+[A-ZÆØÅ][a-zæøå][\wæøå-]*)?)"
    r"(?![\w'’&-])"
)


# "og"/"eller" and the capitalised word that completes a suspended compound ("Medie- og Designskole").
_SUSPENDED_CONJUNCT = re.compile(r"\s+(?:og|eller)\s+[A-ZÆØÅ][a-zæøå][\wæøå]*(?![\w'’&-])")


def place_then_name(text: str, whole: str = "") -> list[tuple[int, int, str]]:
    """(start, end, name) of bodies named by a known place and a capitalised noun (see PLACE_THEN_NAME); not a
    place after a place ("Vestby Nordhavn"), a person's name or a month after the place. `whole` is the article,
    where a foreign surname after a given name that is also a town shows itself said alone (`_surname_after_town`)."""
    given, family = person_names()
    out = []
    for found in PLACE_THEN_NAME.finditer(text):
        m: re.Match[str] | None = found
        if found.group(1).split()[0].lower() in LEADING_FUNCTION_WORDS:  # "Hos Vejtilsynet" ("Ho" is a town too)
            m = PLACE_THEN_NAME.match(text, found.start(1) + len(found.group(1).split()[0]) + 1)  # "Ved Vestby Kommune"
        if m is None or m.group(1).split()[0].lower() in LEADING_FUNCTION_WORDS:
            continue
        place, noun = m.group(1), m.group(2)
        entry = lookup(place) or (lookup(place[:-1]) if place.endswith("s") else None)
        if entry is None or entry.kind != "place" or re.search(r"-\s+(?:og|eller)\s+$", text[: m.start()]):
            continue  # ("Nord- og Sydbyens Politi": two bodies sharing the noun, read whole by the runs)
        first = noun.split()[0]
        if place in given or place in family or first in given or first in family or first.endswith(("sen", "son")):
            continue  # "Moreno Argentin", "Aalborg Jens Hansen", "Lone Mikkelsen": a person's name, no place's body
        if MONTHS_DAYS.match(first) or lookup(first) is not None or lookup(noun) is not None:
            continue
        if _surname_after_town(text, m.start(), place, noun, whole) or _said_by_person(text[: m.start()], noun):
            continue  # "Ruslands præsident, Vladimir Putin,": a given name that is also a town, and a surname
        if noun.endswith("-"):
            # "Vestby Medie- og Designskole": a suspended compound's first part, the name goes on to the conjunct that
            # completes it; without a capitalised one ("Vestby Kultur- og fritidsudvalg") the piece names nothing
            tail = _SUSPENDED_CONJUNCT.match(text, m.end())
            if tail is not None:
                out.append((m.start(), tail.end(), m.group(0) + tail.group(0)))
            continue
        if noun.endswith("s") and noun[:-1] in DA_TAIL_WORDS and re.match(r"\s+[a-zæøå]", text[m.end() :]):
            out.append((m.start(), m.end() - 1, m.group(0)[:-1]))  # "Vestby Kommunes borgmester": the genitive's s
            continue
        out.append((m.start(), m.end(), m.group(0)))
    return out


# A role noun and the comma of an apposition right before a name ("Kesslands udenrigsminister, X"), or a verb of
# saying ("siger X"): only a person stands there. (Words of the roles module would import people code here.)
_ROLE_COMMA_BEFORE = re.compile(
    r"(?:minister|præsident|formand|leder|direktør|chef|talsmand|talskvinde|ambassadør|generalsekretær|kansler|"
    r"premierminister|statsminister|borgmester|guvernør|senator|general|træner|professor),\s*$"
)


# A verb of saying right before the name ("..., siger Lone Skovbo."): a speaker, a person whose given name is also a
# town, unless the noun is a body's ("oplyser Vestby Kommune"). "skriver" is left out: papers write.
_SAYS = da("sige fortælle forklare mene tilføje understrege vurdere", "present past")
_SAYS_BEFORE = re.compile(rf"(?<![\w-])(?:{_SAYS})\s+$")


def _said_by_person(before: str, noun: str) -> bool:
    """Whether "place noun" follows a Danish verb of saying and the noun is no body's tail ("Kommune")."""
    return _SAYS_BEFORE.search(before) is not None and noun.split()[-1] not in DA_TAIL_WORDS


def _surname_after_town(text: str, start: int, place: str, noun: str, whole: str) -> bool:
    """Whether "place noun" is a given name that is also a town and a foreign surname ("Vladimir Putin"; the name
    lists leave out given names that are places): an apposition's role noun right before it, or the one-word noun
    said alone elsewhere in the article after a lower-case word ("den 64-årige Putin", "siger Putin") and never in
    lower case, as a surname is and a body's common noun ("Vestby Kommune", "kommunen") is not."""
    if " " in place or " " in noun:
        return False
    if _ROLE_COMMA_BEFORE.search(text[:start]):
        return True
    if not whole or re.search(rf"(?<![\wæøå-]){re.escape(noun.lower())}(?![\wæøå-])", whole):
        return False
    alone = rf"(?<=[a-zæøå] )(?<!{re.escape(place)} ){re.escape(noun)}(?![\wæøå'’-])(?!\s+[A-ZÆØÅ])"
    return re.search(alone, whole) is not None


# A district court by its town: "Retten i Viborg", "Retten på Frederiksberg" (the town is a word of its name).
_TOWN_COURT = re.compile(r"(?<![\wæøå-])Retten\s+(?:i|på)\s+([A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?)(?![\wæøå'’-])")


def town_courts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the district courts `text` names by their town (see _TOWN_COURT); the town must be a
    place, not a person ("Retten i Jens Hansens sag" has none)."""
    given, family = person_names()
    out = []
    for m in _TOWN_COURT.finditer(text):
        town = m.group(1)
        entry = lookup(town)
        if (entry is not None and entry.kind == "place" or town not in given | family) and town not in MONTHS_DAYS_DA:
            out.append((m.start(), m.end(), m.group(0)))
    return out


MONTHS_DAYS_DA = {
    "Januar", "Februar", "Marts", "April", "Maj", "Juni", "Juli", "August", "September", "Oktober", "November",
    "December", "Mandags", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag",
}  # fmt: skip


# The EU's and a state's institutions by their definite form alone, capitalised as Danish writes a name (common
# nouns are written in lower case): "Kommissionen foreslår", "Rådet og Europa-Parlamentet", "Domstolen fastslog".
_DA_INSTITUTION = re.compile(
    r"(?<![\wæøå-])(Kommissionen|Rådet|Parlamentet|Domstolen|Revisionsretten|Ombudsmanden|Folketinget|"
    r"Regeringen|Nationalbanken|Rigspolitiet|Anklagemyndigheden)(?:s)?(?![\wæøå-])"
)


# Where a sentence opens: the text's start, or after a colon, a full stop, or an opening quote mark ("...: »", '"').
_OPENS_A_SENTENCE = re.compile(r"(?:^|[:.!?])[\s\"'“‘„«»–-]*$|[\"“„«»]\s*$")


def definite_institutions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of institutions Danish names by their definite form alone ("Kommissionens analyse":
    "Kommissionen"). "Regeringen" opening a sentence is left out, also a sentence quoted inside this one ('Hun sagde:
    "Regeringen svigter."'): the capital there may be the sentence's."""
    out = []
    for m in _DA_INSTITUTION.finditer(text):
        if m.group(1) == "Regeringen" and _OPENS_A_SENTENCE.search(text[: m.start()]):
            continue
        out.append((m.start(1), m.end(1), m.group(1)))
    return out
