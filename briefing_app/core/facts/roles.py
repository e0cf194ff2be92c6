"""Nouns that name a role or job ("spokesman", "chairman", "formand"): shared by the people finder,
which takes them as evidence of a person, and the organisation finder, which takes "X's spokesman" and
"Xs formand" as evidence that X is an organisation. The hand list holds the news roles (minister,
spokesman, Danish nouns); the generated `job_nouns` adds the heads of 74,000 English job titles."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import job_nouns, person_nouns
from briefing_app.core.facts.per_document import per_document

ROLE_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "minister", "official", "assistant", "deputy", "director",
    "president", "chief", "leader", "head", "adviser", "advisor", "ambassador", "secretary", "commander",
    "researcher", "professor", "analyst", "resident", "teacher", "engineer", "doctor", "mayor", "governor",
    "senator", "member", "lawyer", "chairman", "chairwoman", "chair", "founder", "manager", "envoy",
    "representative", "general", "executive", "economist", "officer", "editor", "correspondent", "reporter",
    "judge", "coach", "captain", "consultant", "expert", "scientist", "nurse", "student", "owner", "worker",
    "farmer", "fisherman", "priest", "bishop", "candidate", "activist", "campaigner", "author", "writer", "actor",
    "singer", "player", "premier", "king", "queen", "prince", "princess", "colonel", "inspector", "chancellor",
    "commissioner", "mp", "partner", "broker", "underwriter", "surgeon", "physician", "historian", "lecturer",
    "fellow", "specialist", "strategist", "planner", "organiser", "organizer", "volunteer", "victim", "survivor",
    "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "chief-executive",
    "whip", "backbencher", "frontbencher",  # parliamentary offices: "ex-chief whip X", "Tory backbencher Y"
    "taoiseach", "tánaiste",  # Ireland's head of government and deputy, offices as "premier" ("The Taoiseach said")
    "direktør", "formand", "minister", "borgmester", "talsmand", "talsperson", "pressechef", "chef", "forsker",
    "professor", "ordfører", "leder", "næstformand", "sekretær", "analytiker", "økonom", "ejer", "beboer",
    "landmand", "fisker", "kaptajn", "medlem", "rådgiver", "advokat", "læge", "lektor", "konsulent", "ekspert",
    "chefredaktør", "redaktør", "journalist", "udviklingschef", "borger", "præsident", "coordinator", "dictator",
    "rapporteur", "ombudsperson", "ombudswoman",
    # the names newspaper copy gives sports, screen and business figures ("tennis star X", "media mogul Y")
    "star", "tycoon", "mogul", "legend",
    "seed", "finalist",  # a player by the draw's seeding or a final reached ("top seed X", "Olympic finalist Y")
    "qc", "kc",  # Queen's and King's Counsel: "Jane Roe, QC for the defence"
    "astronaut", "cosmonaut", "constable", "admiral", "sultan", "caliph", "emperor", "empress", "monarch", "pastor",
    "administrator", "spokesmen", "negotiator", "mediator", "prosecutor", "attorney", "investigator", "monitor",
    "observer", "delegate", "diplomat", "politician", "lawmaker", "legislator", "councillor", "councilor", "sheriff",
    "chef",
    "sekretær", "informationssekretær", "undersecretary", "under-secretary", "frontman", "bowler", "batsman",
    # officers' and doctors' abbreviations written as the role itself ("Jane Roe, CEO of Acme", "a GP")
    "ceo", "cfo", "coo", "cto", "cio", "gp", "mep", "md",
    "gm",  # a general manager in business and sports copy ("Rounder GM Jane Roe", "the Bulls GM")
    "vc",  # a venture capitalist in business copy, a vice-chancellor in a university's ("a longtime VC")
    # people online, as reports on social media name them ("blogger Jane Roe", "netizen Jane Roe")
    "netizen", "user", "blogger", "vlogger", "tweeter", "commenter", "influencer", "youtuber", "podcaster",
    "coach", "manager", "referee", "striker", "goalkeeper", "midfielder", "defender", "owner", "designer",
    "substitute", "winger", "linesman", "playmaker", "keeper", "centre-back", "center-back", "full-back", "left-back",
    "right-back", "wing-back", "centre-half", "centre-forward", "center-forward",
    # rugby's positions ("the Scarlets prop X", "flanker Y"; not "lock", "centre", "back": common words first)
    "prop", "flanker", "fly-half", "scrum-half", "outside-half", "hooker", "number-eight",
    "architect", "producer", "director-general", "director", "counsel", "secretary-general", "chancellor",
    # Danish professions and offices news gives a person (no maintained Danish job-title list is packaged)
    "lærer", "sygeplejerske", "betjent", "politibetjent", "politiker", "præst", "sognepræst", "dommer",
    "anklager", "forsvarer", "forfatter", "kunstner", "musiker", "sanger", "sangerinde", "skuespiller",
    "spiller", "træner", "landstræner", "elev", "studerende", "pensionist", "tandlæge", "dyrlæge", "overlæge",
    "ingeniør", "arkitekt", "soldat", "officer", "oberst", "general", "rektor", "skoleleder", "forstander",
    "inspektør", "rådmand", "stifter", "medstifter", "grundlægger", "medgrundlægger",
    "indehaver", "talskvinde", "kommentator", "adjunkt",
    "kansler", "vicekansler", "forbundskansler",  # ("Tysklands kansler, X": a head of government)
    "cheføkonom", "jurist", "revisor", "bager", "slagter", "tømrer", "murer", "håndværker", "chauffør",
    "pilot", "diplomat", "ambassadør", "konsul", "generalsekretær", "koordinator", "projektleder",
    "konge", "dronning", "kejser", "pave", "kardinal", "imam", "rabbiner", "digter", "komponist", "maler",
    "instruktør", "fotograf", "reporter", "korrespondent", "vært", "studievært", "atlet", "rytter",
    "cykelrytter", "løber", "målmand", "angriber", "anfører", "borgmester", "byrådsmedlem",
    "folketingsmedlem", "medarbejder", "direktør", "partner", "kollega", "datter", "enke", "hustru", "beboer",
    "kone", "søn", "bror", "søster", "ægtefælle", "kæreste", "enkemand",
    "landmand", "forkvinde", "meteorolog", "psykolog", "biolog", "geolog", "sociolog", "kriminolog", "arkæolog",
    "politolog", "teolog", "kommissær", "socialdemokrat", "venstremand", "minister",
    # crowns and nobility, trades, ranks and the parts people play in news (Danish)
    "prins", "prinsesse", "kronprins", "kronprinsesse", "greve", "grevinde", "baron", "baronesse", "hertug",
    "hertuginde", "fyrste", "pædagog", "ekspedient", "smed", "kok", "tjener", "frisør", "vognmand", "købmand",
    "grosserer", "fabrikant", "entreprenør", "iværksætter", "mægler", "tolk", "oversætter", "bibliotekar",
    "gartner", "snedker", "blikkenslager", "sergent", "løjtnant", "major", "admiral", "konstabel", "docent",
    "historiker", "filosof", "dirigent", "pianist", "violinist", "guitarist", "trommeslager", "tegner",
    "designer", "bokser", "svømmer", "kandidat", "lobbyist", "anmelder", "skribent", "cyklist", "bilist",
    "passager", "turist", "stewardesse", "vægter", "pedel", "portør", "jordemoder", "apoteker", "provst",
    "munk", "nonne", "missionær", "menig", "lærling", "debutant", "veteran", "modstander", "rival", "tilhænger",
    "demonstrant", "flygtning", "fange", "patient", "vidne", "sygehjælper", "hjemmehjælper", "fuldmægtig",
)  # fmt: skip
ROLE_SUFFIXES = (
    "minister",
    "chef",
    "direktør",
    "formand",
    "ordfører",
    "økonom",
    "ansvarlig",
    "leder",
    "sekretær",
    "chefen",
    "direktøren",
    "formanden",
    "lederen",
    "ministeren",
    "sekretæren",
    "læge",
    "præst",
    "dommer",
    "fører",
    "mester",
    "rytter",
    "spiller",
    "træner",
    "redaktør",
    "konsulent",
    "rådgiver",
    "forsker",
    # teachers and researchers of a university by their rank or field ("universitetslektor", "seniorlektor",
    # "seniorprofessor", "økonomiprofessor")
    "lektor",
    "professor",
    "medlem",
    "sygeplejerske",
    "kommissær",
    # Danish compounds end in the job they name: "politiinspektør", "gymnasielærer", "klimaekspert"
    "inspektør",
    "betjent",
    "assistent",
    "lærer",
    "advokat",
    "ingeniør",
    "arkitekt",
    "politiker",
    "analytiker",
    "ekspert",
    "kommentator",
    # a candidate for an office and a star of a sport or an art ("præsidentkandidat", "spidskandidaten",
    # "tennisstjernen", "popstjerne"), as wire copy introduces them before their name
    "kandidat",
    "stjerne",
    "chauffør",
    # a colleague or a team-mate of a kind, as sport and politics copy introduces one before the name
    # ("midtbanekollega X", "partikollega X", "holdkammerat X")
    "kollega",
    "kammerat",
    # workers, makers, dealers, owners, managers, sellers and drivers of a kind ("havnearbejder", "skomager",
    # "skrothandler", "gårdejer", "filialbestyrer", "bilsælger", "racerkører") and practitioners in -iker
    # ("mekaniker", "elektriker", "kritiker")
    "arbejder",
    "mager",
    "handler",
    "ejer",
    "bestyrer",
    "sælger",
    "kører",
    "iker",
    "agent",
    "lærling",
    # hosts and singers of broadcasts and bands ("radiovært", "studievært", "forsanger", "operasanger")
    "vært",
    "sanger",
    # those who speak for a body and students of a field ("polititalsmand", "regeringstalskvinde",
    # "lægestuderende", "ph.d.-studerende"), and chancellors ("forbundskansler")
    "talsmand",
    "talskvinde",
    "talsperson",
    "studerende",
    "kansler",
    # correspondents of a beat and prosecutors of a rank ("sikkerhedskorrespondent", "udlandskorrespondent",
    # "statsanklager", "chefanklager"), which copy sets in apposition to a name as it does the plain nouns
    "korrespondent",
    "anklager",
    # strategists of a market or a bank ("aktiestrateg", "chefstrateg", "investeringsstrateg", "valutastrateg"),
    # whom business copy quotes on the day's trading as it does its "cheføkonom" and "aktieanalytiker"
    "strateg",
)


_ROLE_NOUN_SET = frozenset(ROLE_NOUNS)  # (membership in one look-up, not a scan of the 300 nouns in order)
_PREFIX = re.compile(r"^(?:co|vice|ex|deputy|assistant|then)-")  # ("then-wife", "then-senator": when it held)


@per_document  # (asked for the same words by many readers of people and bodies)
def is_role_noun(word: str) -> bool:
    low = _PREFIX.sub("", word.lower().strip(",."))  # "Co-founder", "ex-minister"
    if low.startswith("ordinator") or low.startswith("operator"):
        low = "co" + low  # "co-ordinator": the hyphen is only a spelling of "coordinator"
    # The generated job nouns only in lower case: capitalised, "Craftsman" or "Ranger" is more often a brand.
    # a Danish definite form, also of a compound: "kommissæren", "EU-kommissæren", "lægen", "borgmesteren"
    lower = word.rsplit("-", 1)[-1][:1].islower()  # ("EU-kommissæren": the job after the hyphen in lower case)
    stems = (low[:-2], low[:-1]) if low.endswith("en") and len(low) > 5 and lower else ()
    return (
        low in _ROLE_NOUN_SET
        or _danish_feminine(low)
        or any(_danish_feminine(s) for s in stems)
        or (word[:1].islower() and low in job_nouns())
        or (len(low) > 6 and low.endswith(ROLE_SUFFIXES))
        or any(s in _ROLE_NOUN_SET or (len(s) > 6 and s.endswith(ROLE_SUFFIXES)) for s in stems)
    )


def _danish_feminine(low: str) -> bool:
    """A Danish feminine in "-inde" of a listed role ("skuespillerinde", "forfatterinde", "værtinde"): older copy and
    the press still write an actress or a hostess so, and the list holds the common form only."""
    return len(low) > 7 and low.endswith("inde") and low[:-4] in _ROLE_NOUN_SET


@per_document  # (asked for the same words by many readers of people)
def is_person_noun(word: str) -> bool:
    """A role noun, or any lower-case noun that describes a person ("carpenter", "novelist", "victim",
    WordNet's noun.person): wide enough for the head of an apposition or a copula's complement, where the
    name is already there ("X, 45, a carpenter"), too wide to make an organisation of "X's ..." alone."""
    low = _PREFIX.sub("", word.lower().strip(",."))  # "ex-wife", "then-partner"
    return (
        is_role_noun(word)
        or (word[:1].islower() and low in person_nouns() and low not in _FIRMS_MORE_OFTEN)
        or _double_job(word)
        # (a scientist of a field is named for it, and fields outnumber any list: "a volcanologist at X",
        # "an arachnologist", "a glaciologist"; the suffix names no thing)
        or (word[:1].islower() and len(low) > 8 and low.endswith("ologist"))
    )


# WordNet's persons that news writes of firms, teams and products more often than of people ("its juggernaut
# Prime programme", "the powerhouse Acme", "the search behemoth"): no evidence of a person before a name.
_FIRMS_MORE_OFTEN = frozenset(
    "juggernaut powerhouse behemoth colossus minnow upstart mainstay unicorn leviathan dinosaur".split()
)


_DOUBLE_JOB_RE1 = re.compile(r"[-/]")


def _double_job(word: str) -> bool:
    """Two or three jobs joined by hyphens or slashes, each a noun for a person: "singer-songwriter",
    "actor-director", "writer/director". Entertainment copy names its people so, and WordNet lists only a few
    such compounds; "mother-in-law" (a preposition inside) and "self-taught" are no such compound."""
    slashed = "/" in word  # ("writer/director", "President/CEO": a slash joins two jobs, capitalised or not)
    parts = _DOUBLE_JOB_RE1.split(word.lower().strip(",."))
    return (
        (word[:1].islower() or slashed)
        and 2 <= len(parts) <= 3
        and all(len(part) > 2 and part.isalpha() and is_person_noun(part) for part in parts)
    )
