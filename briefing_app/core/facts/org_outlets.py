"""Organisations named by what the sentence says about them as employers and outlets: the employer after a job
("an analyst at Northwind Capital"), the body a named speaker speaks for, an outlet that publishes or that the
writer cites, a foreign paper with its article ("for El Diario")."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS
from briefing_app.core.facts.org_kinds import KIND_COMMA_BEFORE
from briefing_app.core.facts.org_sources_en import cited_sources
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.roles import is_role_noun

# A paper or magazine in Spanish, Portuguese, French or Italian keeps its article inside an English sentence:
# "a correspondent for El Diario", "told Le Courrier" (a known place such as "La Paz" is read as a place).
FOREIGN_TITLE = re.compile(
    r"(?<=[a-z,;:]\s)(?:El|La|Le|Il|O|Los|Las|Les)\s+[A-ZÁÉÍÓÚ][a-záéíóúàèìòùâêîôûçñã]+(?![\w'’-])"
)
# The employer after a job or a career: "vice-president of Hargreaves Sachs", "a correspondent for El Diario", "an
# analyst at Northwind Capital" (places, people and dates are left to their own finders).
EMPLOYER_AFTER_JOB = gated(
    r"\b(?:president|vice-president|CEO|chairman|chairwoman|chairperson|director|founder|co-founder|editor|"
    r"correspondent|reporter|columnist|spokes(?:man|woman|person)|employee|analyst|economist|partner|banker|"
    r"executive|manager|trader|lawyer for|blogger|writer|contributor|journalist|commentator|researcher|"
    # where a career began or went on: "began her career with Northwind Logistics in 1994"
    r"career|internship)\s+"
    r"(?:of|for|at|with)\s+((?:El|La|Le|O|Il)\s+)?"
    r"([A-Z][\w'’&-]*[a-z][\w'’&-]*(?:\s+(?:(?:de|del|da|do|dos|das|di)\s+)?[A-Z][\w'’&-]*[a-z][\w'’&-]*){0,2})"
    r"(?![\w'’-])"
)

# The firm before a market job and the analyst's name: "Piper Halvard analyst Gene Roe said", "Barclays Capital
# economist Ann Frew". The caller drops places, nationalities, titles and words opening the sentence.
EMPLOYER_BEFORE_MARKET_JOB = gated(
    r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*[\w&])"
    r"\s+(?:(?:chief|senior|lead|equity|oil|energy|market|markets|retail|industry|credit|bond|currency|fund)\s+)?"
    r"(?:analyst|economist|strategist|trader|broker|dealer)s?\s+(?=[A-Z][a-z])"
)

# A firm after "at" and its trade, which is also a person's job elsewhere ("head of research at stockbroker
# Harper Lane", "an analyst with brokerage Kessby Reid"): after "at"/"with" the trade is the employer's.
FIRM_AFTER_AT_TRADE = gated(
    r"\b(?:at|with)\s+(?:the\s+)?(?:stockbroker|broker|brokerage|consultancy|accountancy|housebuilder|"
    r"investment\s+bank|fund\s+manager|asset\s+manager|law\s+firm|research\s+firm|consultants?)\s+"
    r"([A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
)

# A firm after a market job and "at", or between commas after a speaker's name before a verb of saying:
# "analysts at Harbour Lynch", "head of UK equities at Kessby Lansdown", "Ann Roe, at Harbour Lynch, wrote". No one
# works at a person, so a name shaped like one is still the firm (the caller drops known places).
_FIRM_RUN = r"([A-Z][\w&'’.-]*[a-z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*[a-z][\w&'’.-]*){0,3})"
FIRM_AFTER_MARKET_JOB_AT = gated(
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Tt]raders?|[Bb]rokers?|[Dd]ealers?|(?:fund|portfolio)\s+managers?|"
    r"head\s+of\s+(?:[A-Z]{2,}\s+)?[a-z]+(?:\s+[a-z]+)?)\s+at\s+" + _FIRM_RUN + r"(?![\w'’-])"
    r"|[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s+at\s+" + _FIRM_RUN + r",\s+(?=(?:said|says|wrote|writes|added|adds|told|"
    r"noted|notes|argued|argues|warned|warns|commented|comments|predicted|predicts)\b)"
)

# A firm between "a" and a market job, the job's holder unnamed: "a Bernstein Research analyst cut his rating", "an
# Acme Securities economist said" (EMPLOYER_BEFORE_MARKET_JOB reads the firm before a job and its holder's name).
FIRM_BEFORE_ANALYST = gated(
    r"\b[Aa]n?\s+((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*[\w&])"
    r"\s+(?:(?:chief|senior|lead|equity|oil|energy|market|markets|retail|industry|credit|bond|currency|fund)\s+)?"
    r"(?:analyst|economist|strategist)\s+(?=[a-z])"
)

# The same in Danish: "direktør i Spar Vest", "ansat hos Nordby Maskinfabrik" (the caller drops places and people).
DA_EMPLOYER_AFTER_JOB = gated(
    r"\b(?:direktør|direktøren|formand|formanden|næstformand|bestyrelsesformand|chef|chefen|koncernchef|talsmand|"
    r"talskvinde|medarbejder|ansat|ejer|ejeren|stifter|økonom|cheføkonom|analytiker|presseansvarlig)\s+"
    r"(?:i|hos|ved)\s+([A-ZÆØÅ][\wæøå'’&-]*[a-zæøå][\wæøå'’&-]*(?:\s+[A-ZÆØÅ][\wæøå'’&-]*[a-zæøå][\wæøå'’&-]*){0,2})"
    r"(?![\w'’-])"
)

# The body a named speaker speaks for: "Jane Roe from Northwind Trust said", "Ann Lee, for Food Safety Board,
# says", "Blogger J. Roe, from X writes". The caller checks the given name (or the job before the name); places,
# people and dates are left to their finders.
SPEAKER_FROM = gated(
    r"\b(?:([A-Z][a-z]+)\s+)?([A-Z][\w'’-]+|[A-Z]\.)(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+,?\s+(?:from|for|of|on|at)\s+"
    r"([A-Z][\w'’&-]*[a-z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*[a-z][\w'’&-]*){0,4}),?\s+"
    r"(?=(?:said|says|writes|wrote|explained|explains|told|tells|added|adds|noted|notes|observed|tweeted|posted|"
    r"mentioned|mentions|commented|comments|argued|argues|asked|asks|recalled|recalls|shared|shares)\b)"
)

# A name of two to four capitalised words doing what an outlet does: "Harbour Notes published", "Coastal Digest,
# meanwhile, posted". The caller keeps it only where a word of it is a common word (a blog or paper is named with
# them; a person is not) and it is no person, place or title.
OUTLET_VERB = gated(
    r"(?<![\w'’.@#-])((?:[A-Z][\w'’-]*[a-z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*)(?:,\s+[a-z]+,)?\s+"
    r"(?:has\s+|had\s+)?(?:published|tweeted|posted|observed|blogged|wrote|writes|reported|reports|compiled|shared)\b"
)

# An outlet the writer cites: "as Harbour Notes reports", "writes in Quaywire:", "Harbour Notes blog reported" at a
# sentence's start (the caller drops people, places, months and languages).
_CITED_NAME = r"([A-Z][\w'’-]*(?:\s+(?:(?:de|da|do|del|la|el)\s+)?[A-Z][\w'’-]*){0,3})"
CITED_OUTLET = gated(
    rf"\bas\s+{_CITED_NAME}\s+(?:reports|reported|notes|noted|writes|wrote|explains|explained|points\s+out|"
    r"pointed\s+out|puts\s+it|put\s+it)\b"
    # (a day may stand between: "published Wednesday in X.")
    rf"|\b(?:writes|wrote|blogs|blogged|published|posted|comments|commented|reports|reported)\s+"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:in|on)\s+"
    rf"{_CITED_NAME}(?=\s*[:,.]|$)"
    rf"|^{_CITED_NAME}\s+(?:blog|website|site|newspaper|magazine|portal)\s+(?:reported|reports|wrote|writes|"
    r"published|noted|notes|posted|says|said)\b"
    # pieces of writing for an outlet: "writing several pieces for X in its early years", "a column in Y."
    rf"|\b(?:pieces|articles|columns|column|essays|op-eds|op-ed|stories)\s+(?:for|in)\s+{_CITED_NAME}"
    r"(?=\s*[:,.;]|\s+(?!and\b|or\b)[a-z]|$)"
)


def cited_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of outlets the writer cites (see CITED_OUTLET)."""
    out = []
    for m in CITED_OUTLET.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g))
        if group in (1, 3) and " " not in m.group(group):
            continue  # "as Pancholon reported on his blog": one word before a verb of reporting is a blogger as often
        out.append((m.start(group), m.end(group), m.group(group)))
    return out


_OF_A_PLACE = re.compile(r"\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])")
_CITY_OF = re.compile(r"\b(?:city|town|village|port|province|region|department|state)\s+of\s+$")


_COMPASS_PART = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)")


# A name that runs on over "of the" to one or two capitalised words that name no place: "Friends | of the Earth"
# (not "of the Netherlands", where the place is where the body works, read above).
_OF_THE_NAME = re.compile(r"\s+of\s+the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+[A-Z]|['’])")


def employers_and_foreign_titles(text: str, lowercase: frozenset[str], whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of an employer named after a job ("vice-president of Hargreaves Sachs") and of a
    paper named with a Romance article ("for El Diario"), unless the name is a place, a date, a person's
    ("of John Smith") or the end of a longer name elsewhere in the article (`whole`: "Marine Le Pen")."""
    given, family = person_names()
    firms: list[tuple[int, str]] = []
    found = [(m.start(), m.group(0)) for m in FOREIGN_TITLE.finditer(text)]
    found = [(at, name) for at, name in found if not _CITY_OF.search(text[:at])]  # "the city of El Alto": a town
    found = [(at, name) for at, name in found if not KIND_COMMA_BEFORE.search(text[:at])]  # read whole below
    for m in EMPLOYER_AFTER_JOB.finditer(text):
        start = m.start(1) if m.group(1) else m.start(2)
        of_place = _OF_A_PLACE.match(text, m.end())
        if of_place and _a_place(of_place.group(1)) and not re.match(r"\s+[A-Z]", text[of_place.end() :]):
            # "president of Associated General Contractors of Alabama": a body named for where it works
            found.append((start, text[start : of_place.end()]))
            continue
        of_the = _OF_THE_NAME.match(text, m.end())
        if of_the and not _a_place(of_the.group(1)) and not re.search(r"['’]s$", text[start : m.end()]):
            found.append((start, text[start : of_the.end()]))  # "spokesman for Friends of the Earth": one name
            continue
        if re.match(r"\s+(?:(?:and|of|for|&|de|del|do|da)\s+)?[A-Z]", text[m.end() :]):
            continue  # the name runs on ("Acme Prisoner Support and Human Rights Association"): the shapes' to read
        # "chairman of Yabloko's Moscow branch": the employer is the owner, before its possessive
        # (the match may end on the possessive itself, "chairman of Brevanta's entertainment division")
        found.append((start, re.split(r"['’]s(?:\s|$)", text[start : m.end(2)])[0]))
    for m in EMPLOYER_BEFORE_MARKET_JOB.finditer(text):
        start, words = m.start(1), m.group(1).split()
        while words and words[0].lower() in LEADING_FUNCTION_WORDS:  # "Meanwhile Acme analyst X"
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) > 1 and not text[:start].strip(" \"'“‘") and _lower_case_word(words[0], lowercase):
            start += len(words[0]) + 1  # "Yesterday Acme analyst X": the sentence's first word, no word of the firm
            words = words[1:]
        if (
            words
            and not (len(words) == 1 and _lower_case_word(words[0], lowercase))  # "Independent analyst X"
            and not is_nationality(words[0])
            and not is_title(words[0])
            and not MONTHS_DAYS.match(words[0])
        ):
            # (a firm named like a person, "Morgan Stacey analyst", is still the firm: no one is an analyst of a
            # person; hence it goes to `out` directly, past the person test below; "Nationwide's chief economist":
            # the firm without its possessive)
            firms.append((start, re.sub(r"['’]s$", "", " ".join(words))))
    for m in FIRM_AFTER_AT_TRADE.finditer(text):
        firms.append((m.start(1), m.group(1).rstrip(".")))  # "at stockbroker Harper Lane": person-shaped or not
    for m in FIRM_AFTER_MARKET_JOB_AT.finditer(text):
        group = 1 if m.group(1) else 2
        if re.search(r"['’]s$", m.group(group)) and re.match(r"\s+[a-z]", text[m.end(group) :]):
            continue  # "analysts at London's biggest banks": an owner of what they work at, no firm's name
        name = m.group(group).rstrip(".")
        of_place = _OF_A_PLACE.match(text, m.end(group))
        if of_place and _a_place(of_place.group(1)) and lookup(name) is None:
            name = text[m.start(group) : of_place.end()]  # "an analyst at Banc of America": a firm named for a country
        firms.append((m.start(group), name))
    for m in FIRM_BEFORE_ANALYST.finditer(text):
        words = m.group(1).split()
        if words and all(_lower_case_word(w, lowercase) for w in words) or re.search(r"-[a-z]+$", m.group(1)):
            continue  # "a Wall Street analyst", "a London-based analyst": common words or a place's, no firm
        if not is_nationality(words[0]) and not is_title(words[0]) and not MONTHS_DAYS.match(words[0]):
            firms.append((m.start(1), m.group(1)))  # "a Bernstein Research analyst cut his rating"
    for m in DA_EMPLOYER_AFTER_JOB.finditer(text):
        words = m.group(1).split()
        # ("økonom hos Danske Bank Lars Roe": the employer stops before the name of the one who works there)
        cut = next((k for k in range(1, len(words)) if words[k] in given), len(words))
        found.append((m.start(1), " ".join(words[:cut])))  # "direktør i Spar Vest": the employer
    for m in SPEAKER_FROM.finditer(text):
        # a person's name first ("Jane Roe from X said") or a job and a name ("Blogger J. Roe, from X writes")
        if m.group(2).lower() in LEADING_FUNCTION_WORDS:
            continue  # "The Ministry of X said": the article, not a given name ("The" is one in the lists)
        if m.group(2) in given or (m.group(1) and is_role_noun(m.group(1).lower())):
            found.append((m.start(3), m.group(3)))
    out = [(start, start + len(name), name) for start, name in firms if not _a_place(name)]
    for start, name in found:
        name = re.sub(r"(?<=s)['’]$", "", name)  # "of East Tolvis’ health board": a possessive after "s"
        words = name.split()
        core = words[1:] if words[0] in ("El", "La", "Le", "O", "Il", "Los", "Las", "Les") else words
        if lookup(name) is not None and lookup(name).kind == "place":  # type: ignore[union-attr]
            continue
        if any(lookup(w) is not None and lookup(w).kind == "place" for w in core[:1]):  # type: ignore[union-attr]
            continue  # "president of Ruritania Jane Roe": the country, then its president's name
        part = lookup(core[-1]) if len(core) == 2 and _COMPASS_PART.fullmatch(core[0]) else None
        if part is not None and part.kind == "place":
            continue  # "of South Ruritanias’ board": a part of a known place
        if core[0] in given or core[-1] in family or core[0].lower() in lowercase or MONTHS_DAYS.match(core[0]):
            continue
        if len(core) == 1 and core[0].endswith(("tions", "ing", "ics")) and core[0].lower() in common_words():
            continue  # "senior vice president of Communications", "head of Marketing": a department, no employer
        if re.search(rf"[A-Z][\w-]*\s+{re.escape(name)}(?![\w-])", whole):
            continue  # "Marine Le Pen": the end of a person's name
        out.append((start, start + len(name), name))
    return out


def _a_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


def _lower_case_word(word: str, lowercase: frozenset[str]) -> bool:
    """Whether the article or English at large writes `word` in lower case ("Independent", "Yesterday")."""
    return word.lower() in lowercase or word.lower() in common_words()


def outlets(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of a blog, paper or account named by common words and doing what outlets do
    ("Harbour Notes published"): no person (given or family name), no place, no title, no demonym at its end."""
    given, family = person_names()
    out = []
    for m in OUTLET_VERB.finditer(text):
        start, words = m.start(1), m.group(1).split()
        if re.search(r"(?:[A-Z][\w'’-]*|\b(?:to|of|for|on)|&)\s+$", text[:start]):
            continue  # "Committee to Protect Writers reports": the end of a longer name, which the shapes read
        while len(words) > 1 and words[0].lower() in LEADING_FUNCTION_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or not any(w.lower() in lowercase for w in words[1:]):
            continue  # a common word after the first says it is a title of a work or outlet, not a person
        person_like = words[0] in given and words[-1].lower() not in lowercase  # "Grace Notes": a common word ends it
        if person_like or words[-1] in family or any(is_role_noun(w) or MONTHS_DAYS.match(w) for w in words):
            continue
        if lookup(name) is not None or (lookup(words[-1]) is not None and lookup(words[-1]).kind == "place"):  # type: ignore[union-attr]
            continue
        out.append((start, start + len(name), name))
    out.extend(cited_sources(text))  # "according to Nielsen SoundScan": a body the figures come from
    for start, end, name in cited_outlets(text):
        words = name.split()
        if words[0] in given or words[-1] in family or lookup(name) is not None or not_org_word(words[-1]):
            continue  # "as Jane Roe reported", "wrote in Arabic", "blogs in Ruritania"
        if MONTHS_DAYS.match(words[0]) or name.lower() in lowercase or is_role_noun(words[0]):
            continue
        out.append((start, end, name))
    return out
