"""How news copy states a person's role in Latin script, read around a capitalised name: the title or job
before it ("health spokesman John Doe"), an apposition after it (", a spokeswoman for ..."), a copula ("is
the head of"), the body spoken for ("of Oxfam"), a bracket, a later description ("the 45-year-old teacher
said"). Also the speech verbs and title words `people` and the quote finder share.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality, place_names
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS as SPEECH_VERBS
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Words of a title written in front of a name ("Secretary of State", "Health Minister", "Dr").
TITLE_WORDS = {
    "secretary", "state", "secretary-general", "general", "president", "vice", "prime", "minister", "foreign",
    "defense", "defence", "deputy", "assistant", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
    "director", "governor", "senator", "sen.", "rep.", "mayor", "king", "queen", "prince", "princess", "sheikh",
    "pope", "chancellor", "commissioner", "envoy", "dr", "dr.", "professor", "prof.", "gen.", "colonel", "col.",
    "lt.", "captain", "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "ceo", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "sir", "lord", "lady", "dame", "brig.", "brigadier", "major", "maj.",
    "executive", "officer", "head", "president-elect", "vice-president", "premier",
    "commander", "lieutenant", "sergeant", "inspector", "superintendent", "archbishop", "bishop", "rev.", "father",
    "imam", "rabbi", "emir", "chief-executive", "mp", "mep", "councillor", "cllr", "coordinator", "dictator",
    "undersecretary", "under-secretary", "asst.", "vicedirektør", "direktør", "formand", "formanden",
    "statsminister", "udenrigsminister", "borgmester", "talsmand", "talskvinde", "chef", "ordfører",
    "administrerende", "adm.", "dronning", "congressman", "congresswoman", "assemblyman", "assemblywoman",
    "councilman", "councilwoman", "alderman", "attorney", "solicitor", "registrar", "provost", "dean",
    "elect", "designate", "gov.", "sgt.", "cpl.", "supt.", "insp.", "amb.", "pres.",
    "kong", "kronprins", "prins", "kronprinsesse", "prinsesse", "kommissær", "eu-kommissær", "biskop",
    "overborgmester", "rådmand", "næstformand", "generalsekretær", "emperor", "empress", "kejser", "kejserinde",
    "democrat", "republican",  # "New York Democrat X": a party member before a name, as a title
    "pm",  # "PM Jane Roe": the prime minister abbreviated
    # ranks and offices of forces, police, courts and crowns: "Vice-Admiral X", "Assistant Chief Constable X"
    "admiral", "rear", "commodore", "marshal", "constable", "caliph", "tsar", "czar", "cardinal",
    "reverend", "pastor", "sheriff", "taoiseach",
    # offices government releases put before a name: "Special Advisor for Trade X", "NASA Administrator X"
    "advisor", "adviser", "administrator", "counselor", "counsellor", "special",
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
             "prefer", "refer", "defer", "confer", "transfer", "infer", "deter"}  # fmt: skip


def is_title(token: str) -> bool:
    low = token.lower().rstrip(",")
    return low in TITLE_WORDS or all(part in TITLE_WORDS for part in low.split("-"))


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


_ALL_SPEECH_VERBS = frozenset(v for verbs in SPEECH_VERBS.values() for v in verbs)


def is_job(word: str) -> bool:
    low = word.lower()
    if low in _ALL_SPEECH_VERBS:
        return False  # "bekræfter P. E. Pedersen": Danish present tense has a job's shape (-er)
    if low.endswith("s") and len(low) > 4 and is_role_noun(word[:-1]):
        return True  # "athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf)"
    if low.endswith("en") and len(low) > 6 and (is_role_noun(word[:-2]) or is_role_noun(word[:-1])):
        return True  # Danish definite form: "journalisten Mette Sand", "formanden Jens Ravn"
    return is_role_noun(word) or (bool(_JOB_SHAPE.match(low)) and low not in _NOT_JOBS)


# Irregular and auxiliary verbs that end a role phrase read backwards from a name.
COMMON_VERBS = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "lost", "won", "beat", "made", "took", "got",
    "saw", "met", "left", "led", "sent", "told", "gave", "became", "brought", "bought", "sold", "held", "kept",
    "said", "says", "includes", "include", "included", "er", "var", "har", "blev", "fik", "mødte",
}  # fmt: skip


def person_role_before(before: str) -> bool:
    """Whether the word right before a run is a role only a person has (a role noun of the hand list or
    the job titles, or its Danish definite form): "socialdemokraten Lars Vind", not "manufacturer Boeing"."""
    words = before.rstrip().split(" ")
    last = words[-1] if words else ""
    if not last or not last[:1].islower():
        return False
    stem = last[:-2] if last.endswith("en") and len(last) > 6 else last
    return (is_role_noun(last) or is_role_noun(stem)) and not last.endswith("s")


# Nouns for a person that stand before a name as adjectives ("our dear X", "the late X"): no role.
_ADJECTIVE_PERSON_NOUNS = frozenset(
    "dear late young old poor rich beloved great little elder fellow good dead living brave".split()
)


# Adverbs that may stand right before a role and a name, and are no part of the role ("Then substitute X").
_ADVERBS = frozenset({"then", "now", "also", "later", "again", "still", "even", "only", "just", "soon", "nu", "så"})


# Nouns that describe a person before a name only with a modifier ("opposition figure", "football star").
_DESCRIBING_HEADS = frozenset({"figure", "star", "legend", "icon", "celebrity", "personality", "veteran"})


# Nouns for a few people named together ("the journalist couple X and Y", "the artist duo X and Y").
_GROUP_OF_PEOPLE = {"couple", "duo", "pair", "trio", "brothers", "sisters", "twins", "siblings"}


_MODAL = re.compile(r"can|could|will|would|should|must|may|might|shall|\w+n['’]t")


# Kinds of thing whose own name may follow them ("the blog Misr", "the newspaper Al Ahram").
_NAMED_KINDS = {"blog", "newspaper", "paper", "magazine", "website", "site", "page", "account", "channel", "station",
                "show", "programme", "program", "book", "novel", "film", "song", "album", "campaign", "movement",
                "party", "group", "band", "company", "firm", "project"}  # fmt: skip


def role_before(before: str) -> str | None:
    """A lower-case role phrase right before a name: "health spokesman", "the former president", and a role
    with what it is a role of: "head of research Jane Roe", "formand for fagforeningen Jens Hansen"."""
    of = re.search(
        r"(?:^|\s)([\w-]+)\s+((?:of|for|at|i|hos|ved|af)\s+(?:the\s+)?(?!(?:the|a|an|its|his|her|their|den|det|de|sin|sit)\s)"
        r"[a-zæøå][\w-]+(?:\s+[a-zæøå][\w-]+){0,2})\s*$",
        before,
    )
    if (
        of
        # "author of the blog Misr": the blog's name ("head of the regional office Jane Roe": hers)
        and not (re.search(r"\s(?:the|den|det)\s", f" {of.group(2)} ") and of.group(2).split()[-1] in _NAMED_KINDS)
        and not any(w in COMMON_VERBS or w in LEADING_FUNCTION_WORDS for w in of.group(2).split()[2:])
        # (a body of several words ends in its noun: "of the minimal Common Data Elements" is an adjective's name)
        and not (
            len(of.group(2).split()) > 2 and of.group(2).endswith(("al", "ic", "ive", "ous", "ful", "able", "ible"))
        )
        and is_job(of.group(1))
        and not of.group(1).endswith("s")
        and not is_role_noun(of.group(2).split()[-1])
        and (not of.group(2).endswith("ing"))
    ):
        head = role_before(before[: of.start(1)] + of.group(1))
        return f"{head} {of.group(2)}" if head else None
    words = before.rstrip().split(" ")
    if len(words) >= 2 and _MODAL.fullmatch(words[-2].lower()):
        return None  # "couldn't prevent X", "will present X": a verb after a modal, however it ends
    if len(words) >= 2 and words[-1] in _GROUP_OF_PEOPLE and is_job(words[-2]):
        return role_before(" ".join(words[:-1]) + " ")  # "the journalist couple X and Y": each a journalist
    if (
        len(words) >= 2
        and words[-1][:1].islower()
        and not re.search(r"[,;:.]$", words[-1])  # "Asia director, Jane Roe": the comma sets off an apposition
        and is_person_noun(words[-1])
        and words[-1].lower() not in _GENERIC_PERSON
        and (words[-2] in place_names() or is_nationality(words[-2]))
    ):
        return f"{words[-2]} {words[-1]}"  # "Ruritania scholar Jane Roe", "Danish historian Jens Holm"
    described = (
        len(words) >= 2
        and words[-1] in _DESCRIBING_HEADS
        and re.fullmatch(r"[a-z][\w-]*", words[-2]) is not None
        and words[-2] not in _ARTICLES
        and words[-2] not in NOT_A_ROLE_WORD
    )  # "controversial figure Jane Roe", "football star John Doe": a head that needs a modifier to be a role
    # any noun for a person in lower case ("poet Ana Lugo", "dissident Jane Roe"), not one that says only that
    # someone is a person ("the man Jane Roe")
    person = (
        bool(words)
        and words[-1][:1].islower()
        and is_person_noun(words[-1])
        and words[-1].lower() not in _GENERIC_PERSON
        and words[-1].lower() not in NOT_A_ROLE_WORD
        and words[-1].lower() not in _ADJECTIVE_PERSON_NOUNS
        and not (words[-1].endswith("ed") and not is_job(words[-1]))  # "She married X": a verb, no role
    )
    if not described and (
        not words or not words[-1] or not (is_job(words[-1]) or person) or re.search(r"[,;:]$|[^.]\.$", words[-1])
    ):
        return None
    taken: list[str] = []
    conjunct = 0  # words of the role since the last "and" ("activist and blogger Jane Roe")
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if (
            word.lower() in ("and", "og")
            and taken
            and conjunct
            and k > 0
            and (is_job(words[k - 1].strip(",")) or is_person_noun(words[k - 1]))
            and not words[k - 1].endswith(",")
        ):
            taken.insert(0, word)  # two roles of one person joined: "former coach and former player"
            conjunct = 0
            continue
        if not word or re.search(r"[,.;:()\"“”]", word) or word.endswith(("'s", "’s")) or conjunct == 4:
            break
        if word.lower() in ("the", "a", "an", "its", "his", "her", "their", "den", "det", "en", "et"):
            break
        if word.lower() in NOT_A_ROLE_WORD or word.lower() in LEADING_FUNCTION_WORDS or word.lower() in _ADVERBS:
            break
        if (word.endswith("ing") and word.lower() not in _TITLE_PARTICIPLES) or (
            word.endswith("ed") and word[0].islower() and len(taken) > 0
        ):
            break  # a verb: "targeting New Zealand captain", "appointed chief executive"
        if word.lower() in COMMON_VERBS or word.lower() in _ALL_SPEECH_VERBS:
            break  # "the side lost frontline players ...", "fortæller leder af X Jens Holm"
        taken.insert(0, word)
        conjunct += 1
    while taken and taken[0].lower() in ("and", "og"):
        taken = taken[1:]
    return " ".join(taken) or None


# Participles that are part of a title, not a verb before it: "managing director", "acting president".
_TITLE_PARTICIPLES = {"managing", "acting", "presiding", "founding", "visiting", "outgoing", "incoming", "reigning",
                      "sitting", "consulting", "contributing", "commanding", "attending", "supervising",
                      "coordinating", "marketing", "operating", "leading", "serving", "campaigning"}  # fmt: skip


# Words that may follow the head of a role and begin what it is a role of: "president of the region",
# "cheftræner hos klubben", "ambassador to Chile".
_COMPLEMENT = {"of", "for", "at", "in", "to", "with", "on", "from", "hos", "i", "ved", "på", "fra", "til"}


_ARTICLES = {"a", "an", "the", "one", "another", "en", "et", "den", "det"}


# What may stand before an appositive role that precedes a name: nothing, a sentence adverb, a speech verb
# ("said a wounded driver, Jane Roe"), or "by"/"from" ("was started by the party's leader, Jane Roe").
_BEFORE_APPOSITIVE = {"also", "however", "meanwhile", "and", "but", "then", "og", "men", "også", "så", "by", "from",
                      "fra", "af", "ved"}  # fmt: skip


_COPULAS = {"is", "was", "are", "were", "er", "var"}


# Nouns that say only that someone is a person, no role: "The man — Jane Roe —".
_GENERIC_PERSON = {"man", "woman", "boy", "girl", "person", "child", "kid", "guy", "lady", "gentleman", "individual",
                   "mand", "kvinde", "dreng", "pige", "barn"}  # fmt: skip


def role_ending(phrase: str) -> str | None:
    """The role an appositive noun phrase before a name gives it, the phrase being everything between the
    clause's start and the comma before the name: "the president of the regional council, Jane Roe,",
    "A local shopkeeper, Mei Lin,", "Sådan lyder det fra cheftræner hos klubben, Jens Holm". The head is the
    last role or person noun followed by nothing or by what it is a role of; the phrase starts at its
    modifiers. A phrase that is an adverbial clause ("After meeting the minister, Jane Roe said") gives
    none: only nothing, a sentence adverb, a speech verb or "by"/"from" may come before the phrase."""
    words = phrase.split()
    # (a title of a body whose long name holds "and" and "of", "the Secretary of the Harbour Labor and Workforce
    # Development Agency": the capitalised run at the end may be longer than the usual reach)
    body = next((n for n, w in enumerate(reversed(words)) if not (w[:1].isupper() or w in _IN_A_NAME)), len(words))
    reach = max(9, min(16, body + 1))
    for i in range(len(words) - 1, max(-1, len(words) - reach), -1):
        word = words[i]
        tail = words[i + 1 :]
        if (tail and tail[0].lower() not in _COMPLEMENT) or re.search(r"[\"“”()]", word):
            continue
        # (a role opening the sentence is capitalised: "Borgmesteren, Jens Vang, er skuffet")
        role_head = is_title(word) or is_role_noun(word) or ((word[:1].islower() or i == 0) and is_job(word.lower()))
        person_head = word[:1].islower() and is_person_noun(word)
        if not (role_head or person_head) or word.lower() in NOT_A_ROLE_WORD or word.lower() in _GENERIC_PERSON:
            continue
        j = i
        while j > 0 and i - j < 4:
            low = words[j - 1].lower()
            if (
                low in _ARTICLES
                or low in LEADING_FUNCTION_WORDS
                or low in NOT_A_ROLE_WORD
                or low in COMMON_VERBS
                or low in _ALL_SPEECH_VERBS
                or low.endswith("ing")
                or re.search(r"[.;:\"“”()]", low)
            ):
                break
            j -= 1
        prefix = [w.lower() for w in words[:j]]
        article = prefix.pop() if prefix and prefix[-1] in _ARTICLES else ""
        if prefix and prefix[-1] == "det" and len(prefix) >= 2 and prefix[-2] in _ALL_SPEECH_VERBS | {"lyder"}:
            prefix = prefix[:-2]  # "Det siger formand for X, Y", "Sådan lyder det fra ..."
        if prefix and not (
            prefix[-1] in _ALL_SPEECH_VERBS
            or (prefix[-1] in _BEFORE_APPOSITIVE and len(prefix) <= 2)
            or prefix[-1] in ("by", "from", "fra", "af")
            # "The winner was the comedian, Jane Roe": the copula's complement, headed by a noun for a person
            or (prefix[-1] in _COPULAS and (person_head or is_role_noun(word)))
        ):
            return None
        # "Roe's cousin, Ben Chu": a name's possessive determines the noun as "the" does
        owned = j < i and re.fullmatch(r"[A-ZÆØÅ][\w.-]*(?:['’]s|s['’])", words[j].lstrip('"“')) is not None
        if not role_head and not article and not owned:
            return None  # "his friend, Jane Roe": a bare person noun needs "a" or "the" to be an appositive
        return " ".join(words[j:]) if len(words) - j <= max(10, reach) else None
    return None


_IN_A_NAME = {"of", "and", "the", "for", "&"}


# What may stand between a name and its apposition: an age (", 45,"), a party and constituency in brackets
# ("(S)", "(Labour)"), a relative pronoun with a copula (", who is", ", der er", ", som var").
_AGE = r"(?:,\s+(?:aged\s+|now\s+|nu\s+)?\d{1,3}(?:\s+år)?(?=,|\s+(?:is|was|er|var)\b))?(?:\s*\([^()]{1,30}\))?"


# A time spent in a role: "spent 17 years as", "has worked for two decades as", "served for a decade as"; and a
# post taken up: "has accepted a position as", "took a job as".
_TIME_AS = (
    r"(?:(?:has\s+|had\s+)?(?:spent|spends|worked|works|served|serves)\s+(?:for\s+)?(?:more\s+than\s+|nearly\s+|"
    r"almost\s+|over\s+)?(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+"
    r"(?:years?|decades?|months)\s+(?:working\s+)?as|"
    r"(?:has\s+|had\s+|will\s+)?(?:accepted|accepts|accept|taken|took|takes|take)\s+(?:up\s+)?(?:a|an|the)\s+"
    r"(?:new\s+)?(?:position|post|job|role)\s+as)"
)


_RELATIVE = (
    # (a time between the pronoun and the verb: "who until last year was head of ...", "who previously served as")
    r"(?:(?:who|der|som)\s+(?:(?:until|till)\s+(?:recently|last\s+[a-z]+|\d{4})\s+|(?:previously|formerly|"
    r"recently|briefly|once|later|then|tidligere)\s+)?(?:"
    # an office given: "who was elected mayor", "who has been named coach", "der blev valgt som formand"
    r"(?:was|is|has\s+been|had\s+been|were|blev|er\s+blevet)\s+(?:(?:re-)?elected|appointed|named|made|sworn\s+in|"
    r"valgt|udnævnt|ansat)(?:\s+(?:as|som))?|"
    r"is|was|has\s+been|had\s+been|er|var|har\s+været|blev|"
    # an office taken: "who became president in 2010", "who has since become the party's leader"
    r"(?:has\s+(?:since\s+)?|had\s+|later\s+)?(?:became|become|becomes)|"
    # a role held or done: "who served as ambassador", "who works as a nurse", "der arbejder som lærer"
    r"(?:has\s+|had\s+|once\s+|later\s+)?(?:served|serves|worked|works|acted|acts|arbejder|arbejdede|fungerer|"
    r"fungerede)\s+(?:as|som)|"
    # a role held for a time: "who spent 17 years as a lawyer", "who has worked for a decade as a nurse"
    rf"{_TIME_AS})\s+(?:also\s+|nu\s+|now\s+)?)?"
)


# A relative clause whose verb is the job itself: "who heads the agency", "der leder skolen".
_JOB_VERBS = {
    "heads": "head", "headed": "head", "leads": "leader", "led": "leader", "chairs": "chair", "chaired": "chair",
    "runs": "head", "ran": "head", "directs": "director", "directed": "director", "manages": "manager",
    "managed": "manager", "founded": "founder", "co-founded": "co-founder", "represents": "representative",
    "represented": "representative", "coaches": "coach", "coached": "coach", "edits": "editor", "edited": "editor",
    "owns": "owner", "owned": "owner", "blogs": "blogger", "blogged": "blogger", "writes": "writer", "wrote": "writer",
    "teaches": "teacher", "taught": "teacher",
    # what a job is done as: "who advises the cabinet", "who oversees the project", "who covers Asia for X"
    "advises": "adviser", "advised": "adviser", "oversees": "head", "oversaw": "head", "supervises": "supervisor",
    "coordinates": "coordinator", "coordinated": "coordinator", "organises": "organiser", "organizes": "organizer",
    "commands": "commander", "commanded": "commander", "presents": "presenter", "hosts": "host", "covers": "reporter",
    "monitors": "monitor", "tracks": "analyst", "investigates": "investigator", "researches": "researcher",
    "trains": "trainer", "underviser": "underviser", "driver": "indehaver", "styrer": "leder",
    "leder": "leder", "ledede": "leder", "ejer": "ejer", "grundlagde": "stifter", "repræsenterer": "repræsentant",
}  # fmt: skip


_IRREGULAR_PARTICIPLES = frozenset(
    "sent held known chosen taken given left kept born led paid found made seen brought caught shown written driven "
    "shot put hit sworn".split()
)


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "to", "in", "from", "for", "at", "with", "on", "as"})


# Words before an adjective in -ed, not a subject before a verb: "a banned paper", "those killed", "was elected".
_NOT_BEFORE_A_VERB = frozenset(
    "a an the this that these those its his her their our one of and or who which was were been being is are "
    "be newly recently".split()
)


# The first word of a noun phrase: a determiner, a possessive or a capitalised name.
_NOUN_PHRASE_START = re.compile(r"(?:the|a|an|his|her|their|its|our|this|that|[A-Z][\w'’.-]*)$")


# A short capitalised name in quote marks inside a role: '"Green Tomorrow"', '“Morning Light”'.
_QUOTED_NAME = r'"[A-ZÆØÅ][^"“”,.;:]{0,50}"|“[A-ZÆØÅ][^"“”,.;:]{0,50}”'


def _job_held_by_someone(words: list[str], cut: int) -> list[str] | None:
    """ "a 37-year-old man who was volunteering as a security guard": a word only saying "someone" heads the
    apposition, and "who" goes on to the job held "as" something; the whole is the role (up to the job)."""
    if cut < 1 or cut >= len(words) - 3 or words[cut] != "who" or words[cut - 1].lower() not in _GENERIC_PERSON:
        return None
    rest = words[cut:]
    at = next((i for i, w in enumerate(rest) if w in ("as", "som")), None)
    if at is None or at > 4 or at + 1 >= len(rest):
        return None
    tail = rest[at + 1 : at + 6]
    end = next((i + 1 for i, w in enumerate(tail) if is_person_noun(w) or is_job(w)), None)
    return words[:cut] + rest[: at + 1] + tail[:end] if end else None


def apposition_role(after: str) -> str | None:
    """ ", a spokesman for the council," after a name: the role, as a short noun phrase. Also after an age
    (", 45, a teacher"), a relative copula (", who is the ...", ", der er formand for ...") or a relative
    clause whose verb is the job (", who heads the agency,": "heads the agency"); dashes work as commas
    (" — the former mayor — "). Another name inside ends it: ", guitarist Max Holm and ..." is a list."""
    after = re.sub(r"^\s+[—–]\s+([^—–]{3,120}?)\s+[—–]\s", r", \1, ", after)
    # a caption's "Jane Roe - League President": a dash and a short role closing the sentence
    after = re.sub(r"^\s+[—–-]\s+([^—–\-.,;:]{3,60}?)\s*$", r", \1", after)
    job = re.match(rf"{_AGE},\s+(?:who|der|som)\s+((?:also\s+|has\s+|had\s+|har\s+)?({'|'.join(_JOB_VERBS)})\s+"
                   r"[^,.;:()\"“”]{3,80}?)(?=,|\.|;|\s*\(|\s+(?:said|says|told|siger|sagde)\b|$)", after)  # fmt: skip
    if job:
        return job.group(1)
    # (a name in quote marks may stand inside: ", an MP with the "Green Tomorrow" party,")
    # (and abbreviations with their dots, "a U.S. adviser")
    piece = rf"(?:{_QUOTED_NAME}|(?:[A-Z]\.){{2,}}|[^,.;:()\"“”])"
    m = re.match(rf"{_AGE},\s+{_RELATIVE}((?:(?:the|a|an|en|et|den|det)\s+)?{piece}{{3,160}}?)"
                 r"(?=,|\.|;|:|\s*\(|\s+(?:said|says|told|added|sagde|siger|"
                 r"(?:has|had|have)\s+(?:been\s+)?[a-z]{3,}ed)\b|$)", after)  # fmt: skip
    if not m:
        return None
    phrase = re.sub(r"^(?:(?:also|now|også|nu)\s+)?(?:the|a|an|en|et|den|det)\s+", "", m.group(1).strip())
    # "who was elected mayor in 2019", "named coach last week": when is no part of the role
    phrase = re.sub(
        r"\s+(?:(?:in|i)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+)?\d{4}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)|(?:last|this|earlier\s+this)\s+(?:week|month|year))$",
        "",
        phrase,
    )
    words = phrase.split()
    if words and (
        # (", whose brother is ...": the clause is about someone else)
        words[0] in ("and", "or", "including", "plus", "og", "eller", "samt", "whose", "hvis")
        # (", while his brother X ...": a clause of its own about someone else)
        or words[0] in ("while", "whereas", "when", "although", "though", "because", "mens", "da", "fordi")
        # a participle opening the phrase, not an adjective after an article ("an exiled journalist")
        or (re.fullmatch(r"[a-z]+ed", words[0]) and words[0] == m.group(1).split()[0] and not is_person_noun(words[0]))
    ):
        return None  # ", and batsman Max Holm": the list goes on; ", stationed in ...": a participle, no role
    # A clause after the title ends the role: "the former president was less interested in ..."
    # ("a senior adviser to the prime minister", "ambassador to Chile": "to" before a determiner or a name is a
    # preposition, the role's complement; before a verb it opens a clause, "the first woman to win")
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in NOT_A_ROLE_WORD
            and not (w == "to" and i > 0 and i + 1 < len(words) and _NOUN_PHRASE_START.match(words[i + 1]))
        ),
        len(words),
    )
    held = _job_held_by_someone(words, cut)
    words = words[:cut] if held is None else held
    # An apposition left open ends before the main clause's verb in the past, after a noun: "X, a U.S. adviser
    # for the army in the region apologized for ..." (not "a banned periodical", "those killed in")
    verb = next(
        (
            i
            for i in range(2, len(words))
            if re.fullmatch(r"[a-z]{3,}ed", words[i])
            and words[i - 1].lower() not in _NOT_BEFORE_A_VERB
            and not words[i - 1].endswith("ly")
            # (a verb ending the phrase after a body's name: "... for Harbour Aid affirmed:")
            and (
                words[i + 1] in _PARTICIPLE_PREPOSITIONS | _ARTICLES | {"his", "her", "their", "its"}
                if i + 1 < len(words)
                else words[i - 1][:1].isupper()
            )
        ),
        len(words),
    )
    words = words[:verb]
    # "the group's leader since 2015": when the role began is no part of it
    since = next(
        (i for i in range(1, len(words) - 1) if words[i] in ("since", "siden") and words[i + 1][:1].isdigit()), None
    )
    words = words[:since] if since is not None else words
    # A participle after the person noun opens a reduced relative clause, not the role: "a deputy assistant
    # dispatched by the minister", "a nurse working in Leeds" give "deputy assistant", "nurse".
    reduced = next(
        (
            i
            for i in range(1, len(words) - 1)
            if (
                (re.fullmatch(r"[a-z]{3,}(?:ed|ing)", words[i]) or words[i] in _IRREGULAR_PARTICIPLES)
                and words[i + 1] in _PARTICIPLE_PREPOSITIONS
                and is_person_noun(words[i - 1])
            )
            # "Interior Minister claiming credit": a present participle after a capitalised title, any object
            or (re.fullmatch(r"[a-z]{3,}ing", words[i]) and is_title(words[i - 1]) and words[i - 1][:1].isupper())
        ),
        None,
    )
    words = words[:reduced] if reduced is not None else words
    given = person_names()[0]
    named = next((i for i in range(len(words) - 1) if words[i] in given and words[i + 1][:1].isupper()), None)
    if named is not None and named <= 1:
        return None  # "Lena Sky, guitarist Max Holm and drummer ...": a list of titled people, not a role
    phrase = " ".join(words)
    if re.match(r"(?:\d+|[a-z]+)-years?-old\b", phrase):
        return phrase  # "Ahmed Mohamed, a 14-year-old boy from Irving,": only a person has an age
    if _one_of_a_group(words):
        return phrase  # "one of the organisers", "en af arrangørerne": one of a group named by its role
    if not any(is_person_noun(w) or w in _PARTY_MEMBERS for w in words[:5]):
        return None
    # a long description is a role when a role noun heads it ("a member of the Centre for ... and editor of ...")
    if len(words) > 10 and not (len(words) <= 25 and any(is_role_noun(w) for w in words[:3])):
        return None
    return phrase


# "X the daughter of Prime Minister Y", "X the head of Acme": a role set off by nothing but "the", of a name.
_BARE_APPOSITION = re.compile(
    r"\s+the\s+((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})"
    r"(?=[\s,.;:]|$)"
)


def bare_apposition(after: str) -> str | None:
    """ "Jane Roe the daughter of Prime Minister Max Roe also spoke": a role noun (or kin) with "the" and "of" a
    capitalised name right after a name, with no comma between."""
    m = _BARE_APPOSITION.match(after)
    if m and (is_role_noun(m.group(2)) or m.group(2) in _KIN_NOUNS):
        return m.group(1)
    return None


_KIN_NOUNS = frozenset("daughter son wife husband widow widower mother father brother sister niece nephew".split())


# A party's member, capitalised: "Jane Roe, a Democrat from Ohio," (a role, though no common noun).
_PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Conservative", "Socialist", "Communist", "Liberal"})


# The job as a verb in the present, the name its subject: "Jane Roe heads the water board", "Jens Holm leder
# skolen". (The past, "led the team to victory", tells an act, not a role.)
_JOB_CLAUSE = re.compile(
    r"\s+((?:heads|leads|chairs|runs|directs|manages|coaches|edits|co-founded|founded|leder|ejer)\s+"
    r"(?:the|a|an|den|det)?\s*[^,.;:()\"“”]{3,60}?)(?=,|\.|;|:|\s+(?:and|who|since|og|der|siden)\b|$)"
)


def job_clause(after: str) -> str | None:
    """ "Jane Roe heads the water board": the verb and its object, as a role (as "who heads ..." gives one)."""
    m = _JOB_CLAUSE.match(after)
    return m.group(1).strip() if m else None


def _one_of_a_group(words: list[str]) -> bool:
    """ "one of the organisers", "among the participants", "en af arrangørerne": a group named by its role."""
    return (
        len(words) > 2
        and re.match(r"(?:one|among|en|et)\s+(?:of|af)\s", " ".join(words[:2]) + " ") is not None
        and any(
            w.endswith("s") and (is_person_noun(w[:-1]) or is_job(w[:-1])) or w.endswith("e") and is_job(w[:-1])
            for w in words[2:7]
        )
    )


# Verbs that state a role: "is", "became", "was appointed", "served as", "er", "blev", "arbejder som".
_COPULA = (
    # "is best known as a singer", "er stadig aktiv som forfatter", "var ansat som lærer" (before a bare "is")
    r"(?:(?:is|was|er|var|blev)\s+(?:also\s+|også\s+)?(?:still\s+|stadig\s+|best\s+)?(?:active|employed|known|"
    r"trained|aktiv|ansat|kendt|uddannet)\s+(?:as|som)|"
    r"(?:was|has\s+been|had\s+been|is|were)\s+(?:named|appointed|elected|made|sworn\s+in)(?:\s+as)?|is|was|became|"
    rf"{_TIME_AS}|(?:has\s+|had\s+)?worked\s+as|"
    r"becomes|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as|"
    # a role taken up or left: "took over as chief executive", "stepped down as coach"
    r"(?:took|takes|has\s+taken)\s+over\s+as|(?:stepped|steps|has\s+stepped)\s+down\s+as|resigned\s+as|retired\s+as|"
    r"er|var|blev|bliver|arbejder\s+som|har\s+været|tiltrådte\s+som|fratrådte\s+som)"
)


# "X, of the opposing party,", "X of the British rights organization, Acme Watch,": a body by its kind.
_BODY_BY_KIND = re.compile(
    r"(?:,\s*|\s+)(of|from)\s+(the\s+(?:(?!(?:of|for|in|and|to|at|with|on|by)\s)[A-Za-z][\w'’-]*\s+){0,4}?"
    r"(?:party|group|organi[sz]ation|union|"
    r"movement|campaign|association|coalition|council|committee|ministry|opposition|charity|network))\b"
    r"(?:,\s+([A-Z][\w'’!&-]*(?:\s+[A-Z][\w'’!&-]*){0,3})(?=,))?"
)


def member_of(after: str) -> str | None:
    """ "Jane Roe of Oxfam", "John Doe for the Food Standards Agency", "Tom Poe from Greenpeace": the body a
    person speaks for, written as the role ("of Oxfam"); a place there ("of Leeds") is a home town, no role.
    A body named by its kind ("of the opposing political party", "of the British rights group, Acme Watch,") is
    the role with its name, if the name follows in commas."""
    kind = _BODY_BY_KIND.match(after)
    if kind:
        return f"{kind.group(1)} {kind.group(2)}" + (f", {kind.group(3)}" if kind.group(3) else "")
    m = re.match(  # (", from Oxfam": a comma may set off "from"; "from the blog Acme Notes": its kind first)
        r"(?:,\s*(from|fra)|\s+(of|for|from|at|fra|hos))\s+((?:the\s+(?:blog|newspaper|paper|magazine|website|site|channel|"
        r"network|group|party|campaign|organi[sz]ation)\s+|the\s+|The\s+)?[A-ZÆØÅ][\w&'’.-]*(?:\s+(?:(?:of|and|for|&|the)\s+)?"
        r"[A-ZÆØÅ][\w&'’.-]*){0,5})",
        after,
    )
    if not m:
        return None
    word = m.group(1) or m.group(2)
    body = strip_possessive(m.group(3))
    if body.endswith(".") and len(body.split()[-1]) > 4:
        body = body[:-1]  # the sentence's full stop, not an abbreviation's (Corp.)
    bare = re.sub(r"^(?:the|The)\s+", "", body)
    if bare in place_names() or bare.split()[0].lower() in MONTHS_DAYS or bare.split()[0] in person_names()[0]:
        return None
    return f"{word} {body}"


def copula_role(after: str) -> str | None:
    """ "Jane Roe is the head of research at Acme", "Jens Hansen, 52, er lærer i Vejle": a role stated with
    the name as subject of "is"/"er", a noun phrase headed by a job noun within its first four words."""
    m = re.match(rf"{_AGE},?\s+{_COPULA}\s+(?:now\s+|also\s+|nu\s+|også\s+)?((?:(?:the|a|an|en|et)\s+)?"
                 r"[^,.;:()\"“”]{3,80}?)(?=,|\.|;|:|\)|\s+(?:and|who|og|der|som|since|siden|(?:in|from|fra)\s+\d{4}|"
                 r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|$)",
                 after)  # fmt: skip
    if not m:
        return None
    phrase = re.sub(r"^(?:the|a|an|en|et)\s+", "", m.group(1).strip())
    # "X became emperor when his father died": a clause of time or reason ends the role
    phrase = re.sub(
        r"\s+(?:when|while|because|after|before|until|although|though|whereas|da|når|fordi)\s.*$", "", phrase
    )
    words = phrase.split()
    if _one_of_a_group(words):
        return phrase  # "Jane Roe was one of the organisers of the march"
    if not words or not any(is_person_noun(w) for w in words[:4]) or words[0].lower() in NOT_A_ROLE_WORD:
        return None
    participle = words[0] == m.group(1).split()[0] and re.fullmatch(r"[a-z]+ed", words[0])
    if participle and not re.search(r"\bas$", m.group(0)):
        return None  # "X was accused of ...", "X is married to ...": a passive, not a role
    return phrase


def is_translation(bracket: str) -> bool:
    """Whether a bracket after a name is the name again in another language: every word of two or more
    capitalised but the small words of a title ("Gate of the Sun", "Movement for Change")."""
    words = bracket.split()
    small = {"of", "the", "for", "and", "in", "on", "to", "a", "an", "de", "la", "del", "du", "des", "le", "el"}
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in small for w in words)
        # "(Director of Research)", "(Foreign Affairs)": a title or a portfolio in capitals is a role
        and not any(is_title(w) or is_role_noun(w) or w.lower() in PORTFOLIO for w in words)
    )


def parenthesis_role(after: str) -> str | None:
    """ "Antonio Palocci (Economy)": a portfolio or role in brackets right after the name; a writer's gloss in
    square brackets when it names a role or kin ("Jane [the minister's niece]", "@jroe [governor of X]")."""
    square = re.match(r"\s*\[([^\[\]]{2,60})\]", after)
    if square:
        words = [strip_possessive(w).lower() for w in square.group(1).split()]
        return square.group(1).strip() if any(is_person_noun(w) or is_role_noun(w) for w in words[:6]) else None
    m = re.match(r"\s*\(([^()]{2,60})\)", after)
    if not m or re.fullmatch(r"[A-ZÆØÅ0-9&]{2,8}|\d+|[\d\s,.-]+.*", m.group(1).strip()):
        return None
    if m.group(1).strip().startswith("@"):
        return None  # "Jane Roe (@janeroe)": her handle, not a role
    if m.group(1).strip().lower() in ("pictured", "left", "right", "centre", "center", "above", "below", "file"):
        return None
    return m.group(1).strip()
