"""A role written before a name in Latin script: a lower-case title or job right before it ("health spokesman
John Doe", "formand for fagforeningen Jens Hansen"), or an appositive noun phrase set off by a comma ("the
president of the regional council, Jane Roe,").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.people_nationality import is_nationality, place_names
from briefing_app.core.facts.people_role_words import (
    ALL_SPEECH_VERBS,
    ARTICLES,
    COMMON_VERBS,
    DA_AUXILIARIES,
    GENERIC_PERSON,
    NOT_A_ROLE_WORD,
    adjective_rank,
    is_job,
    is_role_head,
    is_title,
    shaped_only,
)
from briefing_app.core.facts.phrase_edges import ed_form
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.playing_positions_en import is_playing_position, position_before_name
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Nouns for a person that stand before a name as adjectives ("our dear X", "the late X"): no role.
_ADJECTIVE_PERSON_NOUNS = frozenset(
    "dear late young old poor rich beloved great little elder fellow good dead living brave"
    # ("ethnic Hazara", "native Sami", "local Zentrix": adjectives of a group or a place before its name, not nouns)
    " ethnic native indigenous local national aboriginal tribal"
    # ("the government's modern Industrial Strategy": adjectives of an era, WordNet's person sense is rare)
    " modern contemporary ancient".split()
)


# Adverbs that may stand right before a role and a name, and are no part of the role ("Then substitute X").
_ADVERBS = frozenset({"then", "now", "also", "later", "again", "still", "even", "only", "just", "soon", "nu", "så",
                      # a verb's particle before its object ("brings together former star X", "set aside")
                      "together", "apart", "along", "aside"})  # fmt: skip

# Danish negation, adverbs and the pronoun "man" that stand after a fronted verb and before the subject (V2):
# "Alligevel finder man ikke borgmester X's signatur" ("ikke" and "man" end the role walked back from the name).
_DA_ADVERBS = frozenset({"ikke", "aldrig", "altid", "kun", "dog", "heller", "man", "jo", "vel", "nok",
                         # subordinating conjunctions opening a clause before its subject ("Da vagtchef X blev spurgt")
                         "da", "når", "hvis", "mens", "fordi", "selvom", "idet"})  # fmt: skip


# Nouns that describe a person before a name only with a modifier ("opposition figure", "football star").
_DESCRIBING_HEADS = frozenset({"figure", "star", "legend", "icon", "celebrity", "personality", "veteran"})


# Nouns of time that end an adverbial before a role ("Last week Acme analyst Jane Roe", "This summer
# Northwind analyst John Doe"): the role starts after them.
_TIME_NOUNS = frozenset(
    "week weeks weekend month months year years summer winter spring autumn morning afternoon evening night "
    "season quarter decade century".split()
)


# Nouns for a few people named together ("the journalist couple X and Y", "the artist duo X and Y").
_GROUP_OF_PEOPLE = {"couple", "duo", "pair", "trio", "brothers", "sisters", "twins", "siblings"}


_MODAL = re.compile(r"can|could|will|would|should|must|may|might|shall|\w+n['’]t")


# Kinds of thing whose own name may follow them ("the blog Misr", "the newspaper Al Ahram").
_NAMED_KINDS = {"blog", "newspaper", "paper", "magazine", "website", "site", "page", "account", "channel", "station",
                "show", "programme", "program", "book", "novel", "film", "song", "album", "campaign", "movement",
                "party", "group", "band", "company", "firm", "project", "series", "sitcom", "drama", "documentary",
                "musical", "comedy", "serial", "game"}  # fmt: skip


# A player's position written as two words ("centre back", "full back"), read as its one-word spelling.
_TWO_WORD_POSITION = re.compile(r"\b(centre|center|full|left|right|wing)\s+(back|half|forward)(\s+)$")


# A title opening the phrase before a name, then "for"/"of" and a portfolio of lower-case words joined by "and"
# ("Kommissær for landbrug og udvikling af landdistrikter", "Commissioner for trade and industry").
_PORTFOLIO_WORD = r"(?!(?:the|a|an|for|to|of|and|og|af|den|det|de)\s)[a-zæøå][\w-]*[a-zæøå]"
# A player's rank right before the name, after the sentence's start, a mark or a lower-case word: "World number one",
# "British No 2", "the women's number three" (the rank words only; a place or people's word may open them).
_RANKED_BEFORE = re.compile(
    r"(?:^|[\s\"“(,])((?:[A-Z][a-z]+|[a-z]+['’]s|world)\s+(?:number|No\.?)\s+(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,3}))\s+$"
)
_PORTFOLIO_BEFORE = re.compile(
    rf"(?:^|(?<=[\s\"“(]))([A-ZÆØÅ]?[a-zæøå]+)\s+(?:for|til)\s+{_PORTFOLIO_WORD}"
    rf"(?:\s+(?:and|og|af|of)\s+{_PORTFOLIO_WORD}|\s+{_PORTFOLIO_WORD}){{1,6}}\s*$"
)


# Prepositions that end a phrase before a name: the phrase is about the name's holder, not the name's role.
_PREPOSITIONS = frozenset(
    "under by with to from into over after before against between among without within behind alongside than".split()
)


# Prepositions of place and motion that may stand inside the phrase before a role ("thumping the spot-kick past
# keeper X", "a run towards defender Y"): the role is the words after them, not the phrase they end.
_INNER_PREPOSITIONS = frozenset(
    "past toward towards against onto upon behind beside near amid into alongside between among without within "
    "than beyond".split()
)


# What a work of film, stage or screen "stars" ("the film stars X", "it also stars Y"): there "stars" is a verb.
_WORKS = frozenset(
    "film films movie movies show shows series drama dramas comedy comedies thriller thrillers sequel remake musical "
    "play production cast adaptation reworking picture it which that also and".split()
)


# Danish days and parts of a day or year that end a fronted adverbial before the role ("Onsdag morgen indtager
# statsminister X"): the role starts after them, as after the English _TIME_NOUNS.
_DA_TIME_WORDS = frozenset(
    "mandag tirsdag onsdag torsdag fredag lørdag søndag morgen formiddag eftermiddag aften nat uge weekend måned "
    "år sommer vinter forår efterår"
    # ("afløste for ti dage siden mestertræner X": a span of time and "siden", "ago", end the role too)
    " dag dage uger måneder timer minutter siden".split()
)


# Words after which "to" is a preposition, not an infinitive's marker: verbs and nouns of going and giving.
_TO_AS_PREPOSITION = frozenset(
    "went goes go gone going awarded given gave handed passed sent belongs belonged tribute thanks letter message "
    "married engaged close next".split()
)


# Danish relative and personal pronouns that stand as a verb's subject right before it ("der bringer", "han kender").
_DA_SUBJECTS = frozenset({"der", "som", "han", "hun", "de", "vi", "jeg", "man", "det", "den"})




# A British office written in lower case with what it is of, capitalised, right before the name: "shadow chief
# secretary to the Treasury X", "secretary of state for Scotland Y", "deputy minister for Europe Z".
_OFFICE_OF_A_NAMED_BODY = re.compile(
    r"(?:^|(?<=[\s\"“(]))((?:(?:[Ss]hadow|[Dd]eputy|[Jj]unior|[Cc]hief|[Ff]ormer|[Aa]cting)\s+){0,3}"
    r"(?:secretary(?:\s+of\s+state)?|minister|spokes(?:man|woman|person)|commissioner|envoy|ambassador)"
    r"\s+(?:of|for|to\s+the|for\s+the)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2})\s+$"
)


def stars_as_verb(words: list[str]) -> bool:
    """Whether the words before a name end in "stars" as a verb: "the film stars X", "it also stars Y" (a work of
    screen or stage with its article, or a pronoun); "film stars X and Y" with no article are people who are."""
    if len(words) < 2 or words[-1].rstrip("s") not in ("star", "co-star"):
        return False
    work = words[-2].lower()
    if work in ("it", "which", "that", "also"):
        return True
    return (work in _WORKS or work in _NAMED_KINDS) and len(words) >= 3 and words[-3].lower() in (
        "the", "this", "a", "an", "its", "his", "her", "their", "new", "latest")


def role_before(before: str, lang: str = "en") -> str | None:
    """A lower-case role phrase right before a name: "health spokesman", "the former president", and a role
    with what it is a role of: "head of research Jane Roe", "formand for fagforeningen Jens Hansen". `lang`
    tells a Danish verb in -er ("indtager statsminister X") from an English noun modifier ("soccer player")."""
    if before.rstrip().rsplit(" ", 1)[-1] in _PREPOSITIONS:
        return None  # "... under President X", "... by Coach Y": the phrase before is no role of the name
    office = _OFFICE_OF_A_NAMED_BODY.search(before[-120:]) if lang == "en" else None
    if office:  # "shadow chief secretary to the Treasury X", "secretary of state for Scotland Y": office and seat
        return office.group(1)
    ranked = _RANKED_BEFORE.search(before) if lang == "en" else None
    if ranked:  # "World number one X", "British No 2 Y": a player's rank, its place word capitalised or not
        return ranked.group(1)
    position = _TWO_WORD_POSITION.search(before)
    if position is not None:  # "Otters centre back Omar Jarun": as "centre-back", written as the article does
        joined = f"{position.group(1)}-{position.group(2)}"
        role = role_before(before[: position.start()] + joined + position.group(3))
        return role.replace(joined, f"{position.group(1)} {position.group(2)}") if role else None
    portfolio = _PORTFOLIO_BEFORE.search(before[-160:])  # (a title and seven words fit; no scan of the sentence)
    if portfolio and is_title(portfolio.group(1)):
        # "Kommissær for landbrug og udvikling af landdistrikter Hans Kessel", "Commissioner for agriculture and
        # rural development X": a title and its portfolio of several lower-case words, "and"/"og" inside
        return portfolio.group(0).strip()
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
        and not (of.group(1).endswith("ment") and not is_role_noun(of.group(1)))  # "the endorsement of": an act
        and not is_role_noun(of.group(2).split()[-1])
        and (not of.group(2).endswith("ing"))
        # (nor a clause's verb after the phrase: "The extent of the damage prompted President X")
        and not ed_form(of.group(2).split()[-1])
    ):
        head = role_before(before[: of.start(1)] + of.group(1))
        return f"{head} {of.group(2)}" if head else None
    words = before.rstrip().split(" ")
    if stars_as_verb(words):
        return None  # "the film stars X and Y": the film's cast, no role of theirs
    if adjective_rank(words):
        return None  # "a major Seattle industry", "the chief Texas regulator": an adjective, no rank
    if len(words) >= 2 and _MODAL.fullmatch(words[-2].lower()):
        return None  # "couldn't prevent X", "will present X": a verb after a modal, however it ends
    if (
        len(words) >= 2
        and words[-2].lower() == "to"
        and words[-1][:1].islower()
        and not is_role_noun(words[-1])
        # ("the prize went to poet X", "a tribute to novelist Y": "to" a preposition before a noun for a person)
        and not (is_person_noun(words[-1]) and len(words) >= 3 and words[-3].lower() in _TO_AS_PREPOSITION)
    ):
        # "a move to prevent Mr X", "trying to represent X": an infinitive that only ends like a job ("-ent",
        # "-er"); a real role noun after "to" stays one ("adviser to president X" is read elsewhere)
        return None
    if len(words) >= 2 and words[-1] in _GROUP_OF_PEOPLE and is_job(words[-2]):
        return role_before(" ".join(words[:-1]) + " ")  # "the journalist couple X and Y": each a journalist
    if (
        len(words) >= 2
        and words[-1][:1].islower()
        and not re.search(r"[,;:.]$", words[-1])  # "Asia director, Jane Roe": the comma sets off an apposition
        and is_person_noun(words[-1])
        and words[-1].lower() not in GENERIC_PERSON
        and (words[-2] in place_names() or is_nationality(words[-2]))
    ):
        # "Real Madrid president X", "Temple University Japan professor Y": the town ends a body's name, which the
        # role keeps whole
        first = len(words) - 2
        while (
            first > max(0, len(words) - 5)
            and re.fullmatch(r"[A-Z][a-z]+", words[first - 1])
            and (words[first - 1].lower() not in LEADING_FUNCTION_WORDS)
        ):
            first -= 1
        return " ".join(words[first:])  # "Ruritania scholar Jane Roe", "Danish historian Jens Holm"
    described = (
        len(words) >= 2
        and words[-1] in _DESCRIBING_HEADS
        and re.fullmatch(r"[a-z][\w-]*", words[-2]) is not None
        and words[-2] not in ARTICLES
        and words[-2] not in NOT_A_ROLE_WORD
    )  # "controversial figure Jane Roe", "football star John Doe": a head that needs a modifier to be a role
    # any noun for a person in lower case ("poet Ana Lugo", "dissident Jane Roe"), not one that says only that
    # someone is a person ("the man Jane Roe")
    person = (
        bool(words)
        and words[-1][:1].islower()
        and is_person_noun(words[-1])
        and words[-1].lower() not in GENERIC_PERSON
        and words[-1].lower() not in NOT_A_ROLE_WORD
        and words[-1].lower() not in _ADJECTIVE_PERSON_NOUNS
        and not (words[-1].endswith("ed") and not is_job(words[-1]))  # "She married X": a verb, no role
    )
    # a playing position sports copy writes as a role ("lock Jan Roe", "Wales centre Max Holm"), though a
    # common word elsewhere
    person = person or (lang == "en" and position_before_name(words))
    if not described and (
        not words
        or not words[-1]
        or not ((is_role_head(words[-1]) if words[-1][:1].islower() else is_job(words[-1])) or person)
        or re.search(r"[,;:]$|[^.]\.$", words[-1])
    ):
        return None
    after_name = len(words) >= 2 and re.fullmatch(r"[A-ZÆØÅ][\w'’-]*", words[-2]) is not None  # (no comma after it)
    if not described and not person and after_name and shaped_only(words[-1]):
        return None  # "Hanne Ravn besøger X": a verb in -er after a name (Danish present tense), no job
    if lang == "da" and len(words) >= 2 and words[-2].lower() in _DA_SUBJECTS and shaped_only(words[-1]):
        return None  # "en lønstigning, der bringer X op": a verb in -er after a relative pronoun or a subject
    taken: list[str] = []
    conjunct = 0  # words of the role since the last "and" ("activist and blogger Jane Roe")
    suspended = -1  # the first part of a title written "X- og Y-minister", taken already
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        suspended_part = k > 0 and re.fullmatch(r"[a-zæøå]+-", words[k - 1]) is not None
        if word.lower() in ("og", "eller", "and", "or") and taken and suspended_part:
            taken[:0] = [words[k - 1], word]  # "indenrigs- og sundhedsminister": both parts of one title
            conjunct += 2
            suspended = k - 1
            continue
        if k == suspended:
            continue  # (the first part of a title written "X- og Y", taken with its "og")
        if (
            word.lower() in ("and", "og")
            and taken
            and conjunct
            and k > 0
            and (is_job(words[k - 1].strip(",")) or is_person_noun(words[k - 1]))
            and not words[k - 1].endswith(",")
            # ("chief executive Max Holm and former director Jane Roe": a capitalised word before "and" that is no
            # title or role noun ends another person's name, though its shape is a job's, "Holm", "Fisher")
            and (words[k - 1][:1].islower() or is_title(words[k - 1]) or is_role_noun(words[k - 1]))
        ):
            taken.insert(0, word)  # two roles of one person joined: "former coach and former player"
            conjunct = 0
            continue
        # (four words at most, but a capitalised name goes on whole: "Liberal Democrat home affairs spokesman")
        named_on = conjunct < 6 and bool(taken) and word[:1].isupper() and taken[0][:1].isupper()
        if not word or re.search(r"[,.;:()\"“”]", word) or word.endswith(("'s", "’s")) or word in ("–", "—", "-"):
            break  # (a dash sets off an aside: "one of his supporters – ex-chief whip X –" holds only the aside's)
        if taken and taken[0] == "&" and word[:1].isupper():
            # ("Legal & General chief executive X": a firm's name joined by "&" is whole, common words and all)
            taken.insert(0, word)
            conjunct += 1
            continue
        if conjunct >= 4 and not named_on:
            break
        if word.lower() in ("the", "a", "an", "its", "his", "her", "their", "den", "det", "en", "et"):
            break
        if word.lower() in NOT_A_ROLE_WORD or word.lower() in LEADING_FUNCTION_WORDS or word.lower() in _ADVERBS:
            break
        if word.lower() in _INNER_PREPOSITIONS:
            break  # "the spot-kick past keeper X": the role is "keeper"
        if (word in _TIME_NOUNS or word.lower() in ("yesterday", "today", "tomorrow", "tonight")) and taken:
            break  # "Last week Acme analyst": a time's noun is no part of the role after it
        if lang == "da" and taken and (word.lower() in _DA_TIME_WORDS or (word[:1].islower() and shaped_only(word))):
            break  # "Onsdag morgen indtager statsminister X": a day, and a verb in the present tense (-er)
        if lang == "da" and word.lower() in _DA_ADVERBS:
            break
        if lang == "da" and taken and word.lower() in DA_AUXILIARIES:
            break  # "I Kessby Kommune kan borgmester X": the fronted clause's finite verb ends the role (V2)
        past = word.endswith(("te", "ede")) and not word.endswith("ste")  # (not "første", "seneste": adjectives)
        if lang == "da" and taken and word[:1].islower() and past and not (is_job(word) or is_person_noun(word)):
            break  # "Tirsdag besøgte borgmester X": a verb in the past tense
        if (word.endswith("ing") and word.lower() not in _TITLE_PARTICIPLES and not is_playing_position(word)) or (
            word.endswith("ed") and word[0].islower() and len(taken) > 0
        ):
            break  # a verb: "targeting New Zealand captain", "appointed chief executive"
        # ("Met Office meteorologist X", "Met Police officer Y": a capitalised word before a capitalised one of the role
        # is a name's, whatever verb it spells)
        named_word = (
            word[:1].isupper() and bool(taken) and taken[0][:1].isupper() and word.lower() not in ALL_SPEECH_VERBS
        )
        if (word.lower() in COMMON_VERBS or word.lower() in ALL_SPEECH_VERBS) and not named_word:
            break  # "the side lost frontline players ...", "fortæller leder af X Jens Holm"
        if (
            word[:1].islower()
            and taken
            and taken[0][:1].isupper()
            and word.lower() not in _OWNER_MODIFIERS
            and not is_job(word)
            and not is_person_noun(word)
        ):
            break  # "wants Kessby chief executive X": before the employer's name only "former", "then", ... qualify
        taken.insert(0, word)
        conjunct += 1
    while taken and taken[0].lower() in ("and", "og"):
        taken = taken[1:]
    return " ".join(taken) or None


# Words that qualify a role before its employer's name ("former Kessby coach", "then Acme chief executive").
_OWNER_MODIFIERS = {"former", "ex", "then", "acting", "interim", "outgoing", "incoming", "new", "current", "caretaker",
                    "deputy", "assistant", "joint", "late", "erstwhile", "future", "previous", "temporary", "shadow",
                    "senior", "junior", "longtime", "long-time",
                    "tidligere", "nuværende", "fungerende", "daværende"}  # fmt: skip


# Participles that are part of a title, not a verb before it: "managing director", "acting president".
_TITLE_PARTICIPLES = {"managing", "acting", "presiding", "founding", "visiting", "outgoing", "incoming", "reigning",
                      "sitting", "consulting", "contributing", "commanding", "attending", "supervising",
                      "coordinating", "marketing", "operating", "leading", "serving", "campaigning", "sporting",
                      "publishing", "recording", "touring", "starting", "fundraising", "engineering"}  # fmt: skip


# Words that may follow the head of a role and begin what it is a role of: "president of the region",
# "cheftræner hos klubben", "ambassador to Chile".
_COMPLEMENT = {"of", "for", "at", "in", "to", "with", "on", "from", "hos", "i", "ved", "på", "fra", "til"}


# What may stand before an appositive role that precedes a name: nothing, a sentence adverb, a speech verb
# ("said a wounded driver, Jane Roe"), or "by"/"from" ("was started by the party's leader, Jane Roe").
_BEFORE_APPOSITIVE = {"also", "however", "meanwhile", "and", "but", "then", "og", "men", "også", "så", "by", "from",
                      "fra", "af", "ved"}  # fmt: skip


_COPULAS = {"is", "was", "are", "were", "er", "var"}
_POSSESSIVES = {"his", "her", "their", "our", "hans", "hendes", "deres", "vores"}


# Conjunctions that open an adverbial clause before the main clause's subject: the noun phrase at the clause's end
# is no apposition of the name after its comma.
_SUBORDINATORS = {"after", "before", "when", "while", "whilst", "although", "though", "because", "since", "if",
                  "unless", "until", "once", "whereas", "efter", "før", "da", "når", "mens", "fordi", "selvom",
                  "hvis"}  # fmt: skip
_MODALS = frozenset("would will could should can may might must does did shall".split())


# Adverbs and comparatives in -er that open a sentence before a comma ("Later, X said"): the shape of a job only.
_SHAPED_ADVERBS = frozenset(
    "earlier later together further rather never ever however moreover whatever whenever wherever either neither "
    "other another sooner longer faster closer higher lower after".split()
)


# Words that make a preposition with "to" after them ("prior to", "next to", "due to").
_TO_PREPOSITIONS = frozenset("prior next close due according thanks owing subsequent".split())


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
        if tail and tail[0].lower() == "to" and word.lower() in _TO_PREPOSITIONS:
            continue  # "Prior to the murder, X": a preposition of two words, no prior of a priory
        # (a role opening the sentence is capitalised: "Borgmesteren, Jens Vang, er skuffet")
        role_head = (
            is_title(word) or is_role_noun(word) or ((word[:1].islower() or i == 0) and is_role_head(word.lower()))
        )
        person_head = word[:1].islower() and is_person_noun(word)
        if not (role_head or person_head) or word.lower() in NOT_A_ROLE_WORD or word.lower() in GENERIC_PERSON:
            continue
        if word.lower() in LEADING_FUNCTION_WORDS or word.lower() in _SHAPED_ADVERBS:
            continue  # "Earlier, John Doe arrived": a sentence adverb shaped like a job in -er, no role
        j = i
        while j > 0 and i - j < 4:
            low = words[j - 1].lower()
            if (
                low in ARTICLES
                or low in LEADING_FUNCTION_WORDS
                or low in NOT_A_ROLE_WORD
                or low in COMMON_VERBS
                or low in ALL_SPEECH_VERBS
                or low in _MODALS  # "The actor will star in the film, X": a clause, "star" its verb
                or low.endswith("ing")
                or re.search(r"[.;:\"“”()]", low)
            ):
                break
            j -= 1
        prefix = [w.lower() for w in words[:j]]
        article = prefix.pop() if prefix and prefix[-1] in ARTICLES else ""
        if len(prefix) >= 2 and prefix[-1] in ("his", "her", "their") and prefix[-2] == "of" and j == i:
            # "since the retirement of her predecessor, Lydia Marsh,": a kin or job noun determined by a
            # possessive, in apposition to the name after it
            return f"{words[j - 1]} {word}"
        if prefix and prefix[-1] == "det" and len(prefix) >= 2 and prefix[-2] in ALL_SPEECH_VERBS | {"lyder"}:
            prefix = prefix[:-2]  # "Det siger formand for X, Y", "Sådan lyder det fra ..."
        if prefix and prefix[0] in _SUBORDINATORS:
            return None  # "After its offer was rejected by directors of X, Y responded": a clause, no apposition
        if prefix and prefix[0] == "as" and article not in ("a", "an"):
            return None  # "As the storm edges closer, X is calling ...": a clause of time ("As a mother, X": a role)
        # "Her neighbour, Keith Stone, told her ...": a possessive pronoun opening the clause determines the person
        # noun as "the" does (not "He thanked his friend, X,": a verb's object, where the clause began before it)
        possessor = (
            prefix.pop()
            if (
                not article
                and prefix
                and prefix[-1] in _POSSESSIVES
                and (len(prefix) == 1 or prefix[-2] in _BEFORE_APPOSITIVE)
            )
            else ""
        )
        if prefix and not (
            prefix[-1] in ALL_SPEECH_VERBS
            or (prefix[-1] in _BEFORE_APPOSITIVE and len(prefix) <= 2)
            or prefix[-1] in ("by", "from", "fra", "af")
            # "The winner was the comedian, Jane Roe": the copula's complement, headed by a noun for a person
            or (prefix[-1] in _COPULAS and (person_head or is_role_noun(word)))
        ):
            return None
        # "Roe's cousin, Ben Chu": a name's possessive determines the noun as "the" does
        owned = j < i and re.fullmatch(r"[A-ZÆØÅ][\w.-]*(?:['’]s|s['’])", words[j].lstrip('"“')) is not None
        if not role_head and not article and not owned and not possessor:
            return None  # "thanked his friend, Jane Roe": a bare person noun needs "a" or "the" to be an appositive
        return " ".join(words[j:]) if len(words) - j <= max(10, reach) else None
    return None


_IN_A_NAME = {"of", "and", "the", "for", "&"}
