"""The words `people` reads a role with in Latin script: the title words written before a name, job nouns by
their list or their shape, the words that end a role phrase, months and portfolios; and the sentence shapes of a
role that speaks for someone named before ("The minister said", "The 45-year-old teacher said").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import shaped_non_people
from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Danish finite auxiliaries, modals and copulas, which stand right after a fronted adverbial and before the subject
# (verb second), and which make quoted words a clause of their own.
DA_AUXILIARIES = frozenset(
    "kan kunne vil ville skal skulle må måtte bør burde har havde er var bliver blev får fik".split()
)

# Words of a title written in front of a name ("Secretary of State", "Health Minister", "Dr").
TITLE_WORDS = {
    # British copy writes the abbreviated ranks without a full stop ("Supt Jane Roe", "Sgt Tom Bell", "Gen Mark
    # Holt", "Prof Ann Lee"); people_not_names keeps them from being names of their own
    "insp", "supt", "sgt", "cpl", "lt", "capt", "maj", "col", "gen", "cmdr", "prof", "sen", "rep", "gov",
    # British police ranks by their initials ("PC Andy Roe", "PCSO Jo Hart", "DCI Ann Webb", "Det Ch Supt X"); not
    # "DC", "DI" nor "DS" in any case ("Washington DC", "Di Maria", the company DS Smith: see _POLICE_RANKS), nor "det"
    # (Danish "it"; "Det Con X" is read by people_name_fronts)
    "pc", "pcso", "dci", "dcs", "dsi", "ch",
    "secretary", "state", "secretary-general", "general", "president", "vice", "prime", "minister", "foreign",
    "defense", "defence", "deputy", "assistant", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
    "director", "governor", "senator", "sen.", "rep.", "mayor", "king", "queen", "prince", "princess", "sheikh",
    "pope", "chancellor", "commissioner", "envoy", "dr", "dr.", "professor", "prof.", "gen.", "colonel", "col.",
    "lt.", "captain", "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "ceo", "mr", "mr.", "mrs",
    "cfo", "coo", "cto", "cio",  # (the other chief officers, as "ceo": "Twitter CFO Jane Roe")
    "mrs.", "ms", "ms.", "sir", "lord", "lady", "dame", "brig.", "brigadier", "major", "maj.",
    "executive", "officer", "head", "president-elect", "vice-president", "premier",
    "commander", "lieutenant", "sergeant", "inspector", "superintendent", "archbishop", "bishop", "rev.", "father",
    "imam", "rabbi", "emir", "chief-executive", "mp", "mep", "councillor", "councilor", "cllr", "coun", "coun.",
    "coordinator",
    "dictator",
    "undersecretary", "under-secretary", "asst.", "vicedirektør", "direktør", "formand", "formanden",
    "statsminister", "udenrigsminister", "borgmester", "talsmand", "talskvinde", "chef", "ordfører",
    "administrerende", "adm.", "dronning", "congressman", "congresswoman", "assemblyman", "assemblywoman",
    "councilman", "councilwoman", "alderman", "attorney", "solicitor", "barrister", "registrar", "provost", "dean",
    "elect", "designate", "gov.", "sgt.", "cpl.", "supt.", "insp.", "amb.", "pres.",
    "capt.", "cmdr.",  # (American copy's "Fire Capt. Jane Roe", "Navy Cmdr. Tom Bell", as "Sgt.")
    "kong", "kronprins", "prins", "kronprinsesse", "prinsesse", "kommissær", "eu-kommissær", "biskop",
    "overborgmester", "rådmand", "næstformand", "generalsekretær", "emperor", "empress", "kejser", "kejserinde",
    "democrat", "republican",  # "New York Democrat X": a party member before a name, as a title
    "pm",  # "PM Jane Roe": the prime minister abbreviated
    # ranks and offices of forces, police, courts and crowns: "Vice-Admiral X", "Assistant Chief Constable X"
    "admiral", "rear", "commodore", "marshal", "constable", "caliph", "tsar", "czar", "cardinal",
    "reverend", "pastor", "sheriff", "taoiseach",
    "agent", "charge",  # "Special Agent in Charge X", "FBI Agent X" (people_runs links "in" before "Charge")
    # offices government releases put before a name: "Special Advisor for Trade X", "NASA Administrator X"
    "advisor", "adviser", "administrator", "counselor", "counsellor", "special",
    # honorifics of ministers, judges and mayors in Commonwealth releases: "the Honourable X", "Hon. X", "His Worship X"
    "honourable", "honorable", "hon.", "hon", "worship", "excellency",
    # members of the Scottish Parliament and the Northern Ireland Assembly, before a name as "MP" is: "Local MSP X"
    "msp", "mla",
    # a member of Ireland's Dáil or of Ontario's legislature, as "MP" is in Westminster copy: "Kildare North TD X",
    # "PC MPP X"
    "td", "mpp",
    "detective",
    # Ireland's police officer by the force's name, as "Constable" is elsewhere: "Garda Jane Roe", "Det Gda Tom Bell"
    "garda", "gda",
    # the members of American city councils called aldermen, by the abbreviated title their papers write before a
    # name ("Ald. Jane Roe, District 6, said"), as "Coun." and "Cllr" are written elsewhere
    "ald", "ald.", "alderwoman", "alderperson",
}  # fmt: skip


NOT_A_ROLE_WORD = {
    "was",
    "is",
    "are",
    "were",
    "has",
    "had",
    "have",
    "will",
    "would",
    "who",
    "which",
    "whose",
    "whom",
    "that",
    "to",
    "er",
    "var",
    "har",
    "blev",
    "som",
    "der",
    "said",
    "says",
    "sagde",
    "siger",
    "when",
    "but",
    # "Tanken er ifølge forsker X ...", "The idea is, according to X, ...": whose words the rest are, no role of
    # the subject (which is no person either)
    "ifølge",
    "according",
}


MONTHS_DAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "mandag", "tirsdag",
    "onsdag", "torsdag", "fredag", "lørdag", "søndag", "januar", "februar", "marts", "maj", "juni", "juli",
    "oktober",
    # the abbreviations news and tweets write in dates ("22 Aug"); not "Jan", "Jun", "Mar" (given names, a verb)
    "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


# Portfolio and programme words ("Foreign Affairs", "Information System"): cut off the front of a name
# ("[Minister of] Education Stefania Giannini"), never a name alone.
PORTFOLIO = {
    "affairs", "relations", "services", "development", "system", "systems", "information", "management",
    "nutrition", "health", "education", "finance", "energy", "environment", "justice", "defence", "defense",
    "culture", "portfolio",
}  # fmt: skip


_JOB_SHAPE = re.compile(r"^[a-zæøå-]{3,}(?:man|woman|men|er|or|ist|ant|ent|ee|ør)$")


_NOT_JOBS = {"after", "under", "over", "other", "whether", "either", "neither", "never", "later", "ever", "per",
             "rather", "together", "however", "former", "latter", "another", "her", "their", "paper", "number",
             "member", "order", "for", "or", "nor", "water", "summer", "winter", "september", "october",
             "november", "december", "ember", "corner", "border", "center", "centre", "power", "matter", "letter",
             "sent", "went", "spent", "meant", "event", "percent", "cent", "recent", "current", "different",
             "agreement", "government", "statement", "parliament", "department", "president", "moment",
             "ancient", "want", "important", "giant", "men", "women", "then", "when", "been", "seen", "green",
             "between", "free", "three", "see", "agree", "committee", "guarantee", "degree", "fee", "tree",
             # verbs with a job's ending: "I will not enter ...", "we offer ..."
             "enter", "offer", "suffer", "consider", "remember", "deliver", "discover", "gather", "wonder", "answer",
             "render", "cover", "recover", "bother", "differ", "register", "encounter", "counter", "alter", "lower",
             "prefer", "refer", "defer", "confer", "transfer", "infer", "deter",
             # Danish adverbs, conjunctions and prepositions with a job's ending ("hvorefter Urd vendte om")
             "efter", "hvorefter", "derefter", "herefter", "bagefter", "senere", "tidligere", "yderligere", "heller",
             "eller", "hver", "derfor", "hvorfor", "udenfor", "indenfor", "derover", "derunder", "hvorunder",
             # ("..., herunder Iver Holm (V), der ...": "including", before a list's member)
             "herunder", "heriblandt", "derimellem", "herover",
             "omtrent", "procent", "længere", "oftere", "hellere", "sidder", "kommer", "bliver", "ligger", "står",
             "siden", "hinanden"}  # fmt: skip


# British police ranks as local papers abbreviate them, in capitals only ("DC Jane Roe", "DI John Doe"; not
# "Elio Di Rupo"); "DS" opens a company's name too ("DS Smith"), so it is left out.
# (and ranks of fire and police services written by their initials in New Zealand, Australian, South Asian and West
# African copy, upper case only: "SO Jane Roe" a station officer, "SSO" a senior one, "ASP"/"DSP"/"CSP" an assistant,
# deputy or chief superintendent of police; "SO" and "SP" in lower case are other words)
_POLICE_RANKS = frozenset({"DC", "DI", "DSU", "SO", "SSO", "SP", "ASP", "DSP", "CSP", "ACP", "DCP"})
# Offices Indian and Nigerian copy abbreviates before a name, in capitals only ("CM Jane Roe": the chief minister;
# "DGP X", "IGP X": the director and the inspector general of police); "cm" in lower case is a centimetre.
_OFFICE_INITIALS = frozenset({"CM", "DGP", "IGP"})


def is_plural_of_initials(word: str) -> bool:
    """Whether `word` is the plural of an office written by its initials ("MPs", "MEPs", "MSPs", "TDs")."""
    return re.fullmatch(r"[A-Z]{2,4}s", word) is not None and is_title(word[:-1])


def is_title(token: str) -> bool:
    if token.rstrip(",") in _POLICE_RANKS or token.rstrip(",") in _OFFICE_INITIALS:
        return True
    low = token.lower().rstrip(",")
    first, *rest = low.split("-")
    # ("Councilman-at-Large", "Member-at-large": the seat a title holds for a whole town, still the title)
    # ("Sheriff-Coroner Kory Roe": a title joined to a second job noun, one office of two parts)
    return low in TITLE_WORDS or (
        first in TITLE_WORDS and all(p in TITLE_WORDS or p in ("at", "large") or is_person_noun(p) for p in rest)
    )


# "The 45-year-old teacher said ...", "Den 52-årige lærer fortæller ...": a description with an age opening a
# sentence is someone the article has just named.
AGED_SUBJECT = re.compile(
    r"[\"“]?(?:The|Den)\s+(\d{1,3}-(?:year-old|årige)(?:\s+[a-zæøå][\w-]*){1,3}?)\s+(?:said|says|told|added|was|is|"
    r"has|had|explained|recalled|sagde|siger|fortæller|fortalte|forklarer|er|var|har|havde|blev)\b"
)


# "The minister said ...": a definite role noun as the subject of a speech verb.
ROLE_SUBJECT = re.compile(
    r"The\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:said|says|told|added|explained|insisted|argued|warned)\b"
)


DA_ROLE_SUBJECT = re.compile(  # "Borgmesteren siger, at ...": the Danish definite form
    r"((?:[A-ZÆØÅ][a-zæøå]+)(?:en|et))\s+(?:siger|sagde|fortæller|fortalte|mener|forklarer|tilføjer|understreger)\b"
)


def described_role(description: str) -> str | None:
    """The role in a description of someone already named ("the 45-year-old teacher": "45-year-old
    teacher"): the description without its article when it ends in a noun for a person, else None ("the
    45-year-old", "the Briton" say nothing of a role)."""
    words = description.split()
    if words and words[0].lower() in ("the", "den", "det", "a", "an", "en", "et"):
        words = words[1:]
    if len(words) < 2 or not words[-1][:1].islower():
        return None
    # the head is the last word, or the word before what it is of: "the 40-year-old mother of three"
    of = next((k for k in range(1, len(words) - 1) if words[k] in ("of", "from", "af", "fra")), len(words))
    head = words[of - 1]
    if not (is_person_noun(head) or is_job(head)) or head.lower() in NOT_A_ROLE_WORD:
        return None
    return " ".join(words)


# (with the verb of a particle verb alone: Danish puts the subject between them, "..., slår fynboernes træner X
# fast", so "slår" is never a word of the role before the name)
ALL_SPEECH_VERBS = frozenset(v for verbs in SPEECH_VERBS.values() for v in verbs) | frozenset(
    v.split()[0] for v in SPEECH_VERBS["da"] if " " in v
)


def is_job(word: str) -> bool:
    low = word.lower()
    if low in ALL_SPEECH_VERBS:
        return False  # "bekræfter P. E. Pedersen": Danish present tense has a job's shape (-er)
    if low.endswith("s") and len(low) > 4 and is_role_noun(word[:-1]):
        return True  # "athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf)"
    if low.endswith("en") and len(low) > 6 and (is_role_noun(word[:-2]) or is_role_noun(word[:-1])):
        return True  # Danish definite form: "journalisten Mette Sand", "formanden Jens Ravn"
    if low.endswith("en") and len(low) > 7 and _JOB_SHAPE.match(low[:-2]) and low[:-2] not in _NOT_JOBS:
        return True  # ... of any noun with a job's shape: "debutanten X", "modstanderen X", "saxofonisten X"
    if "/" in low:
        # "Writer/director Jane Roe", "chairman/CEO": two or three jobs joined by slashes, each one held
        parts = low.split("/")
        return 1 < len(parts) <= 3 and all(p and "/" not in p and is_job(p) for p in parts)
    # (a hyphenated word is shaped by its last part: "first-ever", "all-over" are no jobs, "ex-leader" is)
    return is_role_noun(word) or (
        bool(_JOB_SHAPE.match(low)) and low not in _NOT_JOBS and low.rsplit("-", 1)[-1] not in _NOT_JOBS
    )


def is_role_head(word: str) -> bool:
    """Whether a word written in lower case before a name or in an apposition heads a role: a job by list or shape,
    but not an English word with a job's shape that no sense makes a person ("a bitter Gordon Brown", "older",
    "Prior to the murder"; capitalised words of a title's body keep their shape, "Secretary of Labor")."""
    return is_job(word) and (is_role_noun(word) or word.lower() not in shaped_non_people())


def shaped_only(word: str) -> bool:
    """Whether `word` passes for a job by its ending "-er" alone ("besøger", "kender": the Danish present tense),
    no list holding it."""
    low = word.lower()
    return low.endswith("er") and not (
        is_role_noun(word)
        or is_person_noun(low)
        or (low.endswith("s") and is_role_noun(word[:-1]))
        or (low.endswith("en") and (is_role_noun(word[:-2]) or is_role_noun(word[:-1])))
    )


# Irregular and auxiliary verbs that end a role phrase read backwards from a name.
COMMON_VERBS = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "lost", "won", "beat", "made", "took", "got",
    "saw", "met", "left", "led", "sent", "told", "gave", "became", "brought", "bought", "sold", "held", "kept",
    "said", "says", "includes", "include", "included", "er", "var", "har", "blev", "fik", "mødte",
    "did", "does", "do",  # "as did ex-chairman X": the verb of a comparison, no part of the role
    # the plural present of saying and knowing: "Sources say billionaire owner X", "Police believe gang leader X"
    "say", "tell", "believe", "think", "know", "confirm", "insist", "allege", "suggest", "reveal", "expect",
    "admit", "argue", "warn", "understand", "hear", "see",
    # a match's verbs before the opponent: "will play striker Y", "meets champion Z" ("face" is a noun in roles too)
    "play", "plays", "meet", "meets", "replace", "replaces",
    # Danish verbs of the same sort, which the object after them does not make part of a role
    "gjorde", "gør", "får", "tog", "tager", "gav", "giver", "kom", "gik", "lod", "bad", "satte", "holdt", "havde",
    "bliver", "så", "ser", "mødes", "vandt", "slog", "ramte", "rammer",
}  # fmt: skip


# Ranks and titles that are also adjectives: in lower case after a determiner they describe what follows ("a
# major Seattle industry", "the chief Texas regulator", "our private Dublin office"); as ranks they are
# capitalised ("Major Jane Roe") or follow a modifier ("police chief John Doe").
_ADJECTIVE_RANKS = frozenset("major general chief private senior junior principal premier".split())
_DETERMINERS = frozenset(
    "a an the its his her their our my your this that these those one another any every some each".split()
)


def adjective_rank(words: list[str]) -> bool:
    """Whether the last of the words before a name is a rank used as an adjective after a determiner."""
    return len(words) >= 2 and words[-1] in _ADJECTIVE_RANKS and words[-2].lower() in _DETERMINERS


def person_role_before(before: str) -> bool:
    """Whether the word right before a run is a role only a person has (a role noun of the hand list or
    the job titles, or its Danish definite form): "socialdemokraten Lars Vind", not "manufacturer Boeing"."""
    words = before.rstrip().split(" ")
    last = words[-1] if words else ""
    if not last or not last[:1].islower() or adjective_rank(words):
        return False
    stem = last[:-2] if last.endswith("en") and len(last) > 6 else last
    return (is_role_noun(last) or is_role_noun(stem)) and not last.endswith("s")


# Roles a country, a club or a firm takes as well as a person ("rival Chelsea", "partner Germany", "host Japan").
_ROLES_BODIES_TAKE = frozenset(
    "rival partner maker owner member sponsor ally winner leader supplier buyer seller operator provider bidder "
    "investor shareholder neighbour neighbor champion host holder founder runner-up favourite favorite".split()
)


def person_job_before(before: str) -> bool:
    """Whether the word right before one capitalised word is a job only a person holds ("U2 frontman Bono",
    "striker Wells"): then the word is a person's name though a town or region bears it too."""
    if not person_role_before(before):
        return False
    last = before.rstrip().split(" ")[-1]
    return last not in _ROLES_BODIES_TAKE and is_person_noun(last)


# Articles and words like them that open a noun phrase before a role.
ARTICLES = {"a", "an", "the", "one", "another", "en", "et", "den", "det"}


# Nouns that say only that someone is a person, no role: "The man — Jane Roe —".
GENERIC_PERSON = {"man", "woman", "boy", "girl", "person", "child", "kid", "guy", "lady", "gentleman", "individual",
                  "mand", "kvinde", "dreng", "pige", "barn"}  # fmt: skip
