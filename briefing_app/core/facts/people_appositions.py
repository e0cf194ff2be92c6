"""A role written after a name in Latin script, set off as an apposition: ", a spokesman for the council,",
", 45, a teacher", ", who heads the agency,", " the daughter of ...", or a job as the verb ("heads the board").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_role_words import (
    ALL_SPEECH_VERBS,
    ARTICLES,
    GENERIC_PERSON,
    NOT_A_ROLE_WORD,
    is_job,
    is_title,
)
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# What may stand between a name and its apposition: an age (", 45,"), a party and constituency in brackets
# ("(S)", "(Labour)"), a relative pronoun with a copula (", who is", ", der er", ", som var").
# (a home town after the age, as British papers write it: ", 45, of Kessby,")
AGE = (
    r"(?:,\s+(?:aged\s+|now\s+|nu\s+)?\d{1,3}(?:\s+år)?(?=,(?!\d)|\s+(?:is|was|er|var)\b)"
    r"(?:,\s+(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,))?)?(?:\s*\([^()]{1,30}\))?"
)


# A time spent in a role: "spent 17 years as", "has worked for two decades as", "served for a decade as"; and a
# post taken up: "has accepted a position as", "took a job as".
TIME_AS = (
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
    # an office left: "who stepped down as chairman in May", "who stood down as leader", "who is standing down as"
    r"(?:has\s+|had\s+|is\s+|was\s+)?(?:stepped|steps|stepping|stood|stands|standing|resigned|retired)(?:\s+down)?\s+as|"
    # an office left by its noun: "who is leaving her role as finance director at X", "who gave up her post as"
    # (before the bare copula, which would take "who is" alone and leave the participle to the role)
    r"(?:has\s+|had\s+|is\s+|was\s+|will\s+be\s+)?(?:leaving|leaves|left|quitting|quits|quit|vacating|vacates|"
    r"vacated|giving\s+up|gives\s+up|gave\s+up|given\s+up)\s+(?:his|her|their)\s+(?:role|post|position|job)\s+as|"
    # an office given: "who was elected mayor", "who has been named coach", "der blev valgt som formand"
    r"(?:was|is|has\s+been|had\s+been|were|blev|er\s+blevet)\s+(?:(?:re-)?elected|appointed|named|made|sworn\s+in|"
    r"valgt|udnævnt|ansat)(?:\s+(?:as|som))?|"
    r"is|was|has\s+been|had\s+been|er|var|har\s+været|blev|"
    # an office taken: "who became president in 2010", "who has since become the party's leader"
    r"(?:has\s+(?:since\s+)?|had\s+|later\s+)?(?:became|become|becomes)|"
    # a role held or done: "who served as ambassador", "who works as a nurse", "der arbejder som lærer"
    r"(?:has\s+|had\s+|once\s+|later\s+)?(?:served|serves|worked|works|acted|acts|arbejder|arbejdede|fungerer|"
    r"fungerede)\s+(?:as|som)|"
    # an office taken up: "who took over as chief executive in May", "who stepped in as coach", "who joined as"
    r"(?:has\s+|had\s+)?(?:took\s+over|takes\s+over|taken\s+over|stepped\s+in|steps\s+in|joined|joins)\s+as|"
    # a role held for a time: "who spent 17 years as a lawyer", "who has worked for a decade as a nurse"
    rf"{TIME_AS})\s+(?:also\s+|nu\s+|now\s+)?)?"
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
    "trains": "trainer",
    # a trade or a field of work in the present: "who sells bird seed at the market", "who studies economics at X"
    "sells": "seller", "studies": "researcher", "lectures": "lecturer", "farms": "farmer", "designs": "designer",
    "underviser": "underviser", "driver": "indehaver", "styrer": "leder",
    "leder": "leder", "ledede": "leder", "ejer": "ejer", "grundlagde": "stifter", "repræsenterer": "repræsentant",
}  # fmt: skip


# A path after a job verb in the past: the verb tells one act of moving something, as match reports write it
# ("who headed the cross into the net", "directed the free-kick towards goal"), not the job the person holds.
_MOVED_SOMEWHERE = re.compile(r"\s(?:towards?|into|past|onto|across|wide\s+of|home)\b")


# A job verb in the past whose object is one deal or operation, not a body: "who led the buy-in", "who headed the
# raid", "who ran the takeover" tell of one act the person did, no post they hold.
_ONE_OPERATION = re.compile(
    r"(?:also\s+)?(?:led|headed|ran|directed|managed|organised|organized|coordinated|oversaw)\s+(?:the|a|an)\s+"
    r"(?:[a-z-]+\s+)?(?:buy-in|buyout|buy-out|takeover|bid|deal|raid|attack|protest|march|strike|walkout|rescue|"
    r"search|merger|sale|flotation)$"
)


# Irregular past participles, read as passives after a noun or "was" ("X, sworn in as ...", "X was told by Y").
IRREGULAR_PARTICIPLES = frozenset(
    "sent held known chosen taken given left kept born led paid found made seen brought caught shown written driven "
    "shot put hit sworn told".split()
)


# Irregular past tenses that are no nouns for a person: after "Name, 24," they are the sentence's own verb.
_IRREGULAR_PAST = frozenset(
    "beat won lost took came went got ran threw broke fell became gave met kept held made struck hit led drew sang "
    "wrote spent bought sold paid found saw began swept shot scored".split()
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


# The ranks of counsel written after a name: Queen's or King's Counsel, and Senior Counsel of the Irish and
# Australian bars ("Tom Roe, SC, for the State,"); in capitals, so no word of the sentence reads as one.
_COUNSEL = re.compile(r",\s+(QC|KC|SC),")


def _job_held_by_someone(words: list[str], cut: int) -> list[str] | None:
    """ "a 37-year-old man who was volunteering as a security guard": a word only saying "someone" heads the
    apposition, and "who" goes on to the job held "as" something; the whole is the role (up to the job)."""
    if cut < 1 or cut >= len(words) - 3 or words[cut] != "who" or words[cut - 1].lower() not in GENERIC_PERSON:
        return None
    rest = words[cut:]
    at = next((i for i, w in enumerate(rest) if w in ("as", "som")), None)
    if at is None or at > 4 or at + 1 >= len(rest):
        return None
    tail = rest[at + 1 : at + 6]
    end = next((i + 1 for i, w in enumerate(tail) if is_person_noun(w) or is_job(w)), None)
    return words[:cut] + rest[: at + 1] + tail[:end] if end else None


# A given name's middle initial ("John F. Arden Company"): its dot ends no role. It stands in as a one-dot
# leader while the role is read ("Group B. Tom Ward said": no given name before, the dot ends the role).
_INITIAL_AFTER_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+\s+[A-Z])\.(?=\s+[A-Z])")
_DOT_LEADER = "\u2024"


def apposition_role(after: str) -> str | None:
    """The role an apposition after a name states (`_apposition_role`), middle initials kept whole."""
    given = person_names()[0]
    protected = _INITIAL_AFTER_WORD.sub(
        lambda m: m.group(1) + (_DOT_LEADER if m.group(1).split()[0] in given else "."), after
    )
    role = _apposition_role(protected)
    return role.replace(_DOT_LEADER, ".") if role else role


# A present participle and the first word of its object or complement: a clause of what the person did, no role.
_PARTICIPLE_WITH_OBJECT = re.compile(
    r"[a-z]{3,}ing\s+(?:the|a|an|that|his|her|their|its|this|these|those|to|on|in|at|for|with|what|how|why|"
    r"some|several|many|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b"
)


_APPOSITION_ROLE_RE1 = re.compile(r"^\s+[—–]\s+([^—–]{3,120}?)\s+[—–]\s")
_APPOSITION_ROLE_RE2 = re.compile(r"^\s+[—–-]\s+([^—–\-.,;:]{3,60}?)\s*$")


def _apposition_role(after: str) -> str | None:
    """ ", a spokesman for the council," after a name: the role, as a short noun phrase. Also after an age
    (", 45, a teacher"), a relative copula (", who is the ...", ", der er formand for ...") or a relative
    clause whose verb is the job (", who heads the agency,": "heads the agency"); dashes work as commas
    (" — the former mayor — "). Another name inside ends it: ", guitarist Max Holm and ..." is a list."""
    after = _APPOSITION_ROLE_RE1.sub(r", \1, ", after)
    # ", now in his sixth term as President,", ", who is in her second year as mayor,": the office held
    after = re.sub(
        r"^(,\s+)(?:who\s+is\s+|who\s+was\s+)?(?:now\s+|then\s+|still\s+)?in\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?"
        r"(?:term|terms|year|years|season|stint|spell|tenure)\s+as\s+",
        r"\1",
        after,
    )
    # ", QC,", ", SC,": a counsel's rank at the bar set off by commas, too short for the phrase reading below
    counsel = _COUNSEL.match(after)
    if counsel:
        return counsel.group(1)
    # a caption's "Jane Roe - League President": a dash and a short role closing the sentence
    after = _APPOSITION_ROLE_RE2.sub(r", \1", after)
    # ("said Jane Roe who leads the agency's policy office": the comma before "who" is often left out after a name)
    job = re.match(rf"{AGE}(?:,\s+|\s+)(?:who|der|som)\s+((?:also\s+|has\s+|had\s+|har\s+)?({'|'.join(_JOB_VERBS)})\s+"
                   r"[^,.;:()\"“”]{3,80}?)(?=,|\.|;|\s*\(|\s+(?:said|says|told|siger|sagde)\b|$)", after)  # fmt: skip
    if job and re.match(r"(?:also\s+)?[a-z]+ed\s", job.group(1)) and _MOVED_SOMEWHERE.search(job.group(1)):
        job = None  # ("who headed Roe's cross into the net", "who directed the free-kick towards goal": an act)
    if job and _ONE_OPERATION.match(job.group(1)):
        job = None  # ("who led the buy-in", "who headed the raid": one operation, no post)
    if job and not re.match(rf"{AGE},", after):
        # (without the comma nothing marks where the clause ends: it ends before the sentence's own verb)
        finite = r"\s+(?:is|was|are|were|has|had|will|would|can|could|did|does|er|var|har|vil)\b"
        return re.split(finite, job.group(1))[0]
    if job:
        return job.group(1)
    # (a name in quote marks may stand inside: ", an MP with the "Green Tomorrow" party,")
    # (and abbreviations with their dots, "a U.S. adviser")
    piece = rf"(?:{_QUOTED_NAME}|(?:[A-Z]\.){{2,}}|[^,.;:()\"“”])"
    # (no comma before "who is the": "Jane Roe who is the owner of X, said", as less edited copy writes it)
    opening = r"(?:,\s+|\s+(?=who\s+(?:is|was)\s+(?:the|an?)\s))"
    m = re.match(rf"{AGE}{opening}{_RELATIVE}((?:(?:the|a|an|en|et|den|det)\s+)?{piece}{{3,160}}?)"
                 r"(?=,|\.|;|:|\s*\(|\s+(?:said|says|told|added|sagde|siger|"
                 r"(?:has|had|have)\s+(?:been\s+)?[a-z]{3,}ed|"
                 # (an apposition left open before an adverb and the main verb: "..., the lawmaker also expressed")
                 r"(?:also|later|then|again|subsequently)\s+[a-z]{3,}(?:ed|s))\b|$)", after)  # fmt: skip
    if not m or (re.match(r"\s+who\s", after) and not after[m.end() :].startswith(",")):
        return None  # (without a comma before "who", only one after the clause closes it: "who was a nurse spoke")
    phrase = re.sub(r"^(?:(?:also|now|også|nu)\s+)?(?:the|a|an|en|et|den|det)\s+", "", m.group(1).strip())
    # (an aside set off by spaced dashes inside the apposition is no part of the role: ", captain of the crew on the
    # spring tour — a 3-0 whitewash — said")
    phrase = re.split(r"\s+[—–]\s*", phrase)[0] if re.search(r"\S\s+[—–]", phrase) else phrase
    # "who was elected mayor in 2019", "named coach last week": when is no part of the role
    phrase = re.sub(
        r"\s+(?:(?:in|i)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+)?\d{4}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)|(?:last|this|earlier\s+this|next)\s+(?:week|month|year|season)|at\s+the\s+end\s+of\s+(?:the\s+)?"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|season|year|"
        r"month|week))$",
        "",
        phrase,
    )
    words = phrase.split()
    if words and (
        # (", whose brother is ...": the clause is about someone else)
        words[0] in ("and", "or", "including", "plus", "og", "eller", "samt", "whose", "hvis", "by")
        # (", men Vestby-træneren mener ikke, at ...": "but" opens the next clause, whose subject is someone else)
        or words[0] in ("but", "men")
        # (", along with Member of Parliament for X, Y,": another person joins the subject, no apposition of it)
        or words[0] in ("along", "together", "alongside", "with", "sammen")
        # (", while his brother X ...": a clause of its own about someone else)
        or words[0] in ("while", "whereas", "when", "although", "though", "because", "mens", "da", "fordi")
        # (", on Wednesday met the governor": a time adjunct opens the clause the name is subject of, no role)
        or (words[0] in ("on", "yesterday", "today", "earlier", "later") and words[0] == m.group(1).split()[0])
        # (", told shareholders the lender would recover": the closing comma, then the sentence's verb)
        or (words[0] in ALL_SPEECH_VERBS and words[0] == m.group(1).split()[0])
        # a participle opening the phrase, not an adjective after an article ("an exiled journalist")
        or (re.fullmatch(r"[a-z]+ed", words[0]) and words[0] == m.group(1).split()[0] and not is_person_noun(words[0]))
        # (an irregular past tense right after the age: "Roe, 24, beat favourite Ann Tew to the award": the
        # sentence's own verb, its object no role)
        or (words[0] in _IRREGULAR_PAST and words[0] == m.group(1).split()[0] and re.match(r",\s*\d{1,3},", after))
        # a present participle with its object (", referencing four major floods", ", citing the report"), not an
        # office it qualifies (", managing director of X", ", acting president")
        or (words[0] == m.group(1).split()[0] and _PARTICIPLE_WITH_OBJECT.match(phrase) is not None)
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
                words[i + 1] in _PARTICIPLE_PREPOSITIONS | ARTICLES | {"his", "her", "their", "its"}
                if i + 1 < len(words)
                else words[i - 1][:1].isupper()
            )
        ),
        len(words),
    )
    words = words[:verb]
    # ... and before an adverb opening the main clause's verb: "X, the lawmaker from Y also expressed hope ..."
    adverb = next(
        (
            i
            for i in range(2, len(words) - 1)
            if words[i] in _CLAUSE_ADVERBS and re.fullmatch(r"[a-z]{3,}(?:ed|s)", words[i + 1])
        ),
        len(words),
    )
    words = words[:adverb]
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
                (re.fullmatch(r"[a-z]{3,}(?:ed|ing)", words[i]) or words[i] in IRREGULAR_PARTICIPLES)
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
    if named is not None and _owner_of_the_role(words[named:]):
        named = None  # "the Royal Opera House's music director": a body's name in the genitive, owning the job
    if named is not None and named <= 1:
        return None  # "Lena Sky, guitarist Max Holm and drummer ...": a list of titled people, not a role
    if (
        named is not None
        and words[named - 1].endswith(("'s", "’s", "s'", "s’"))
        and not any(is_person_noun(w) or is_job(w) for w in words[: named - 1])
    ):
        # "Jane Roe, the Green Party's Max Holm and ...": the next person of a list, named by whose (not "a manager
        # at Acme's Glenn Research Center": a role noun heads that one)
        return None
    phrase = " ".join(words)
    if re.match(r"(?:\d+|[a-z]+)-years?-old\b", phrase):
        return phrase  # "Ahmed Mohamed, a 14-year-old boy from Irving,": only a person has an age
    if one_of_a_group(words):
        return phrase  # "one of the organisers", "en af arrangørerne": one of a group named by its role
    if _RANKED_PLAYER.search(phrase):
        return phrase  # "Henman, the British number one,", "the top seed": only a player holds a rank
    # ("the ninth White House Curator": an office at the head, capitalised as official copy writes it)
    capital_head = bool(words) and words[-1][:1].isupper() and is_role_noun(words[-1].lower()) and len(words) <= 6
    if not any(is_person_noun(w) or w in _PARTY_MEMBERS for w in words[:5]) and not capital_head:
        return None
    of = words.index("of") if "of" in words[1:4] else 0
    if of and not any(is_person_noun(w) or is_role_noun(w) or w in _PARTY_MEMBERS for w in words[:of]):
        return None  # "Ray, the biopic of singer Ray Charles,": a thing about a person, the person noun is not its head
    if len(words) == 2 and _MANNER_ADVERB.fullmatch(words[0]) and not is_role_noun(words[1]):
        return None  # "who is deeply religious": an adjective after an adverb, no noun for a role
    # a long description is a role when a role noun heads it ("a member of the Centre for ... and editor of ...")
    if len(words) > 10 and not (len(words) <= 25 and any(is_role_noun(w) for w in words[:3])):
        return None
    return phrase


# Adverbs that stand between a subject and its verb ("also expressed", "later resigned"): an apposition left
# open ends before them.
_CLAUSE_ADVERBS = frozenset({"also", "later", "then", "again", "too", "subsequently", "previously", "recently"})


# A player's rank or seeding: "the world number one", "the British No 2", "the top seed", "the fifth seed".
_RANKED_PLAYER = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:number|No\.?)\s+(?:one|two|three|four|five|\d{1,3})$|^(?:[\w-]+\s+){0,2}seed$"
)


def ranked_player(role: str) -> bool:
    """Whether a role is a player's rank or seeding ("British number one", "top seed")."""
    return _RANKED_PLAYER.search(role) is not None


def _owner_of_the_role(words: list[str]) -> bool:
    """Whether the capitalised words opening `words` end in a possessive that a job in lower case follows ("Royal
    Opera House's music director"): the job's owner, though its first word is also a given name ("Royal")."""
    caps = 0
    while caps < len(words) and words[caps][:1].isupper():
        if words[caps].endswith(("'s", "’s")):
            return caps + 1 < len(words) and words[caps + 1][:1].islower()
        if caps and words[caps].endswith("s") and caps + 1 < len(words) and words[caps + 1][:1].islower():
            # (Danish writes the genitive with a bare "-s": ", der var Peter Holms manager": a job a person
            # noun names, owned by the name before it)
            return is_person_noun(words[caps + 1]) or is_role_noun(words[caps + 1])
        caps += 1
    return False


# An adverb of manner in -ly ("openly", "deeply"), not one of time that may stand before a bare role ("currently
# president", "formerly mayor").
_MANNER_ADVERB = re.compile(
    r"(?!(?:currently|formerly|previously|recently|briefly|presently|newly|jointly|only)$)[a-z]{3,}ly"
)


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
    # (not a time: "the firm Roe founded 20 years ago" is a relative clause about the firm)
    r"(?!\d|(?:about|some|nearly|more\s+than)\s+\d|(?:in|on|last|this|years?|decades?)\b)"
    r"(?:the|a|an|den|det)?\s*[^,.;:()\"“”]{3,60}?)(?=,|\.|;|:|\s+(?:and|who|since|og|der|siden)\b|$)"
)


# What one leads in a race or a table, no body one heads: "leads by 12 points", "leads among women", "leads the
# field with 30%", "leads the league in assists", "leads Roe 48 percent to 41".
_RACE_LEAD = re.compile(
    r"leads\s+(?:(?:by|among|in|with|on|at|over|nationally|comfortably|narrowly)\b|[A-Z][\w'’-]+\s+\d|"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:field|race|polls?|pack|league|standings|table|count|tally|ballot|"
    r"nomination|contest|primary|vote|rankings?)\b)"
)


def job_clause(after: str) -> str | None:
    """ "Jane Roe heads the water board": the verb and its object, as a role (as "who heads ..." gives one); a lead
    in a race is none ("Roe leads the field with 30%")."""
    m = _JOB_CLAUSE.match(after)
    if m is None or _RACE_LEAD.match(m.group(1)):
        return None
    return m.group(1).strip()


def one_of_a_group(words: list[str]) -> bool:
    """ "one of the organisers", "among the participants", "en af arrangørerne": a group named by its role; "one of
    the accused in the case", "one of the injured": a participle after "the" names people too."""
    participle = (
        len(words) > 3
        and words[0].lower() == "one"
        and words[1:3] == ["of", "the"]
        and re.fullmatch(r"[a-z]{3,}ed", words[3]) is not None
        and (len(words) == 4 or words[4] in ("in", "of", "from", "at", "on"))
    )
    return participle or (
        len(words) > 2
        and re.match(r"(?:one|among|en|et)\s+(?:of|af)\s", " ".join(words[:2]) + " ") is not None
        and any(
            w.endswith("s") and (is_person_noun(w[:-1]) or is_job(w[:-1])) or w.endswith("e") and is_job(w[:-1])
            for w in words[2:7]
        )
    )
