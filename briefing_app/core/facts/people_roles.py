"""How news copy states a person's role in Latin script, read around a capitalised name: the title or job
before it ("health spokesman John Doe"), an apposition after it (", a spokeswoman for ..."), a copula ("is
the head of"), the body spoken for ("of Oxfam"), a bracket, a later description ("the 45-year-old teacher
said"). This module reads a copula's complement, the body spoken for and a bracket; the words a role is read
with (`people_role_words`), the role before a name (`people_role_before`) and the apposition after it
(`people_appositions`) have modules of their own, and are imported from here as before.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.orgs import EN_TAIL
from briefing_app.core.facts.people_appositions import (
    AGE,
    IRREGULAR_PARTICIPLES,
    TIME_AS,
    apposition_role,
    bare_apposition,
    job_clause,
    one_of_a_group,
)
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import place_names
from briefing_app.core.facts.people_placed import home_placed
from briefing_app.core.facts.people_role_before import role_before, role_ending
from briefing_app.core.facts.people_role_words import (
    AGED_SUBJECT,
    COMMON_VERBS,
    DA_ROLE_SUBJECT,
    MONTHS_DAYS,
    NOT_A_ROLE_WORD,
    PORTFOLIO,
    ROLE_SUBJECT,
    described_role,
    is_job,
    is_title,
    person_role_before,
)
from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# What `people`, the people modules and the quote finder import from here, wherever it is written.
__all__ = [
    "AGED_SUBJECT",
    "COMMON_VERBS",
    "DA_ROLE_SUBJECT",
    "MONTHS_DAYS",
    "NOT_A_ROLE_WORD",
    "PORTFOLIO",
    "ROLE_SUBJECT",
    "SPEECH_VERBS",
    "apposition_role",
    "bare_apposition",
    "copula_role",
    "described_role",
    "is_job",
    "is_title",
    "is_translation",
    "job_clause",
    "member_of",
    "parenthesis_role",
    "person_role_before",
    "role_before",
    "role_ending",
]


# Verbs that state a role: "is", "became", "was appointed", "served as", "er", "blev", "arbejder som".
_COPULA = (
    # a role left under pressure or to be left: "was forced to resign as minister", "will step down as coach"
    r"(?:(?:was\s+forced\s+to|is\s+to|will|would|agreed\s+to|plans\s+to)\s+(?:resign|step\s+down|stand\s+down|retire)\s+as|"
    # a role left by its noun: "is leaving her role as treasurer", "would be giving up her post as", "left his job as"
    r"(?:(?:is|was|will\s+be|would\s+be)\s+(?:leaving|giving\s+up|quitting|vacating)|left|leaves|gave\s+up|"
    r"gives\s+up|quit|quits|vacated|(?:will|would|is\s+to)\s+(?:leave|give\s+up|quit|vacate))\s+"
    r"(?:his|her|their)\s+(?:role|post|position|job)\s+as|"
    # a role being left: "is stepping down as chairman", "was standing down as coach" (before a bare "is")
    r"(?:is|was)\s+(?:stepping|standing)\s+down\s+as|"
    # "is best known as a singer", "er stadig aktiv som forfatter", "var ansat som lærer" (before a bare "is")
    r"(?:is|was|er|var|blev)\s+(?:also\s+|også\s+)?(?:still\s+|stadig\s+|best\s+)?(?:active|employed|known|"
    r"trained|aktiv|ansat|kendt|uddannet)\s+(?:as|som)|"
    r"(?:was|has\s+been|had\s+been|is|were)\s+(?:named|appointed|elected|made|sworn\s+in)(?:\s+as)?|is|was|became|"
    rf"{TIME_AS}|(?:has\s+|had\s+)?worked\s+as|"
    r"becomes|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as|"
    # a role taken up or left: "took over as chief executive", "stepped down as coach"
    r"(?:took|takes|has\s+taken)\s+over\s+as|(?:stepped|steps|has\s+stepped|stood|stands|has\s+stood)\s+down\s+as|"
    r"resigned\s+as|retired\s+as|"
    # a role kept: "will stay on as CEO", "remains chief executive", "will continue as coach"
    r"(?:will\s+|would\s+)?(?:stay|stays|stayed)\s+on\s+as|(?:will\s+|would\s+)?(?:remain|remains|remained)(?:\s+as)?|"
    r"(?:will\s+|would\s+)?(?:continue|continues|continued)\s+as|"
    r"er|var|blev|bliver|arbejder\s+som|har\s+været|tiltrådte\s+som|fratrådte\s+som)"
)


# "X, of the opposing party,", "X of the British rights organization, Acme Watch,": a body by its kind.
_BODY_BY_KIND = re.compile(
    r"(?:,\s*|\s+)(of|from)\s+(the\s+(?:(?!(?:of|for|in|and|to|at|with|on|by)\s)[A-Za-z][\w'’-]*\s+){0,4}?"
    r"(?:party|group|organi[sz]ation|union|"
    r"movement|campaign|association|coalition|council|committee|ministry|opposition|charity|network))\b"
    r"(?:,\s+([A-Z][\w'’!&-]*(?:\s+[A-Z][\w'’!&-]*){0,3})(?=,))?"
)


# A building or site after a body's name: the place where someone is, not what they belong to.
_BUILDING_AFTER = (
    r"\s+(?:office|offices|headquarters|HQ|home|plant|factory|campus|store|shop|studio|studios|warehouse|"
    r"facility|premises|building|booth|stand)\b"
)


# The last word of an event's name: a person "at" one was there, no member of it.
_EVENT_LAST = re.compile(
    r"\s(?:Festival|Conference|Summit|Forum|Games|Cup|Awards|Show|Fair|Expo|Olympics|Championships?|"
    r"Convention|Concert|Ceremony|Gala|Meeting|Rally|Marathon|Open|Tournament|Week|Day)$"
)


# The last word of a venue's name: a person "at" one was there ("found at the Kessby Hotel"), not on its staff.
_VENUE_LAST = re.compile(
    r"\s(?:Hotel|Casino|Resort|Motel|Inn|Restaurant|Bar|Pub|Cafe|Café|Stadium|Arena|Mall|Airport|Station|Church|"
    r"Cathedral|Mosque|Synagogue|Temple|Theatre|Theater|Cinema|Square|Beach|Courthouse|Prison|Jail)$"
)


# A place in a chart or a ranking ("No.1", "No 4", "Number 12").
_CHART_PLACE = re.compile(r"(?:No\.?\s?|Number\s+)\d+\.?")


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
        r"network|group|party|campaign|organi[sz]ation)\s+|the\s+|The\s+)?[A-ZÆØÅ][\w&'’.-]*"
        # (a Danish suspended compound goes on past "og": "fra Vestby Kunst- og Designskole")
        r"(?:(?:(?<=-)\s+(?:og|eller)\s+|\s+(?:(?:of|and|for|&|the)\s+)?)[A-ZÆØÅ][\w&'’.-]*){0,5})",
        after,
    )
    if not m:
        return None
    if re.match(_BUILDING_AFTER, after[m.end() :]) or re.search(r"['’]s\s", m.group(3)):
        return None  # "X at Acme's Kessby office", "at the Acme plant": where the person was, no body they are of
    word = m.group(1) or m.group(2)
    # (the sentence's full stop may close the name: "a defeat against X at the US Open.")
    place = m.group(3).rstrip(".")
    if word == "at" and (_EVENT_LAST.search(place) or _VENUE_LAST.search(place)):
        # "an address by Jane Roe at the Harbour Book Festival", "the slaying of Jane Roe at the Kessby Hotel &
        # Casino": where she was, no body she is of
        return None
    body = strip_possessive(m.group(3))
    if body.endswith(".") and len(body.split()[-1]) > 4:
        body = body[:-1]  # the sentence's full stop, not an abbreviation's (Corp.)
    bare = re.sub(r"^(?:the|The)\s+", "", body)
    body_word = bare.split()[-1] in EN_TAIL  # "of Ross Motorsports": a body's word ends it, a given name opens it
    if bare in place_names() or bare.split()[0].lower() in MONTHS_DAYS or _CHART_PLACE.fullmatch(bare):
        return None  # "Still at No.1 is ...", "Kessby at Number 4": a place in a chart or a ranking, no body
    state = re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", after[m.end() :])
    if state is not None and state.group(1).rstrip(",") in place_names():
        return None  # "X from Scotia, N.Y.,": a town and its state or country, a home town and no body
    if bare.split()[0] in person_names()[0] and not (body_word and len(bare.split()) > 1):
        return None
    if word in ("from", "fra") and not body_word and home_placed(after[m.end() :]):
        return None  # "Caroline Roe from Kessbridge near the River Severn": a home placed near a place, no body
    owned = _DA_GENITIVE_OWNED.match(after[m.end() :]) if word in ("fra", "hos") and body.endswith("s") else None
    if owned is not None and not is_person_noun(owned.group(1)):
        # ("Mette Holm fra Venstres hovedbestyrelse": a Danish genitive owns the body named by the noun after it; not
        # a person it owns, "Udtalelser fra Kommissionens formand", which is no body the words before are from)
        return f"{word} {body} {owned.group(1)}"
    return f"{word} {body}"


# The noun a Danish genitive owns ("Venstres hovedbestyrelse", "Kommunens ledelse"): a lower-case word that is
# no function word, adverb or verb of saying.
_DA_GENITIVE_OWNED = re.compile(
    r"\s+(?!(?:i|på|til|med|om|og|eller|men|der|som|at|af|for|fra|hos|ved|efter|siden|siger|sagde|skriver|skrev|"
    r"fortæller|fortalte|udtaler|oplyser|mener|har|er|var|blev|vil|kan|skal|ikke|også|nu|da|i\s+dag)\b)"
    r"([a-zæøå][a-zæøå-]{3,})\b"
)


# Determiners and possessives that open a verb's object ("is leading the party", "was celebrating her win"),
# where a role after "is" has none ("is managing director", "is acting chairman").
_DETERMINERS = "the|a|an|his|her|their|its|our|my|your|this|that|these|those"

_NEGATIONS = frozenset({"not", "never", "no", "ikke", "aldrig", "ingen"})
_AUXILIARIES = frozenset("would will could should can may might must have has had does did shall".split())


_COPULA_ROLE_RE1 = re.compile(r",\s+who\s+[^,.;:()\"“”]{3,60},(?=\s)")


def copula_role(after: str) -> str | None:
    """ "Jane Roe is the head of research at Acme", "Jens Hansen, 52, er lærer i Vejle": a role stated with
    the name as subject of "is"/"er", a noun phrase headed by a job noun within its first four words."""
    # ("Jane Roe, who joined in 2010, is the chief executive": a relative clause set off by commas before the verb)
    aside = _COPULA_ROLE_RE1.match(after)
    if aside and re.match(r"\s+(?:is|was|will|would|has|had|left|leaves)\b", after[aside.end() :]):
        after = after[aside.end() :]
    m = re.match(rf"{AGE},?\s+{_COPULA}\s+(?:now\s+|also\s+|nu\s+|også\s+)?((?:(?:the|a|an|en|et)\s+)?"
                 r"[^,.;:()\"“”]{3,80}?)(?=,|\.|;|:|\)|\s+(?:and|who|og|der|som|since|siden|(?:in|from|fra)\s+\d{4}|"
                 r"after|when|because|until|da|fordi|"
                 # when the role was taken or left: "in May", "next year", "at the end of the season"
                 r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
                 r"(?:next|last|this|earlier\s+this|later\s+this)\s+(?:year|month|week|season|summer|spring|autumn|"
                 r"winter)|at\s+the\s+end\s+of|with\s+immediate\s+effect|"
                 r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                 # a main clause's verb and its subject pronoun after a clause of time (Danish V2): "Da X var
                 # topchef i Y havde han en løn på ...", "When X was chairman of Y he earned ..."
                 r"[a-zæøå]+\s+(?:han|hun|vi|jeg|man|he|she|we|they))\b|$)",
                 after)  # fmt: skip
    if not m:
        return None
    phrase = re.sub(r"^(?:the|a|an|en|et)\s+", "", m.group(1).strip())
    # "X was quickly named CEO of the company": the post the passive of appointing gives, without the verb
    appointed = re.match(r"(?:[a-z]+ly\s+)?(?:named|appointed|elected|made|installed)\s+(?:as\s+)?(?:the\s+)?", phrase)
    if appointed:
        phrase = phrase[appointed.end() :]
    # "CEO of the company Jobs co-founded 35 years ago": a relative clause with no "that" after a name ends it
    phrase = re.sub(r"\s+[A-Z][\w'’-]+\s+(?:[a-z-]+ed|has|had|was|is|runs|owns|leads)\b.*$", "", phrase)
    # "X is giving up her role as treasurer to become president": an infinitive of purpose ends the role
    # (not after a rank, "the first woman to take the job", whose infinitive is part of the description)
    if not re.match(r"(?:the\s+)?(?:first|last|only|second|third|youngest|oldest)\b", phrase):
        phrase = re.sub(
            r"\s+to\s+(?:become|take|join|focus|spend|pursue|concentrate|return|retire|start|launch|move)\b.*$",
            "",
            phrase,
        )
    # "X became emperor when his father died": a clause of time or reason ends the role
    phrase = re.sub(
        r"\s+(?:when|while|because|after|before|until|although|though|whereas|da|når|fordi)\s.*$", "", phrase
    )
    if re.match(rf"[a-z]{{3,}}ing\s+(?:{_DETERMINERS}|for|on|with|to|at|into|about|out|up|off|over)\b", phrase):
        return None  # "X was celebrating her triumphs", "X is calling for an evacuation": a progressive verb, no role
    words = phrase.split()
    if words and words[0].lower() in _NEGATIONS:
        return None  # "Jesper Roe var ikke tilfreds mod OB", "X is not the chairman": what someone is not
    if words and words[0].lower() in _WHERE_SOMEONE_IS:
        return None  # "while X was away on national duty", "X was back in training": where someone is, no role
    verb = next((k for k, w in enumerate(words) if w in _AUXILIARIES), None)
    if verb is not None:
        # "the medicines Holm was taking would have killed him": a modal or auxiliary starts another clause, which
        # is no part of a role ("have" is a person noun only in "the haves")
        words = words[:verb]
        phrase = " ".join(words)
    if one_of_a_group(words):
        return phrase  # "Jane Roe was one of the organisers of the march"
    if not words or not any(is_person_noun(w) for w in words[:4]) or words[0].lower() in NOT_A_ROLE_WORD:
        return None
    if len(words) > 2 and words[1] == "to" and not is_person_noun(words[0]):
        return None  # "X is set to miss the final", "is expected to resign", "is due to ...": no role ("heir to" is)
    if record_holder(words):
        return None  # "X became the youngest player to play in the final": a record, no role
    participle = words[0] == m.group(1).split()[0] and (
        re.fullmatch(r"[a-z]+ed", words[0]) is not None or words[0] in IRREGULAR_PARTICIPLES  # "was told by Judge X"
    )
    if participle and not re.search(r"\bas$", m.group(0)):
        return None  # "X was accused of ...", "X is married to ...": a passive, not a role
    return phrase


# Adverbs of place or absence after "is"/"was": they say where someone is ("was away on national duty", "is
# back in the squad", "was abroad with the national team"), whatever person noun follows ("national"); not "home"
# ("was home secretary").
_WHERE_SOMEONE_IS = frozenset("away abroad absent back off out missing unavailable".split())


# Nouns of kin a superlative may describe as a role ("the eldest son of the king").
_KIN = frozenset("son sons daughter daughters child children brother sister grandson granddaughter".split())


def record_holder(words: list[str]) -> bool:
    """ "youngest winner of the tournament", "first woman to win the race", "oldest player ever": a superlative or
    an ordinal before a person noun states a record the person set, not a title or job they hold ("first minister
    of Scotland", "the eldest son of the king" are)."""
    if len(words) < 2 or words[1].lower() in _KIN or is_title(words[1]):
        return False  # ("the last president to visit India": an office, whatever record it sets)
    superlative = re.fullmatch(r"[a-z]{3,}est", words[0]) is not None and words[0] not in ("interest", "priest")
    ordinal = words[0] in ("first", "last", "only", "second", "third")
    infinitive = len(words) > 3 and words[2] == "to" and re.fullmatch(r"[a-z]+", words[3]) is not None
    return is_person_noun(words[1]) and (superlative or (ordinal and infinitive))


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


# A caption's pointer in brackets after a name ("(pictured next to the host, with friends)", "(left)"): no role.
_CAPTION_POINTER = re.compile(r"(?:pictured|left|right|centre|center|above|below|file|seen|top|bottom|inset)\b")


_PARENTHESIS_ROLE_RE1 = re.compile(r"\s*\[([^\[\]]{2,60})\]")
_PARENTHESIS_ROLE_RE2 = re.compile(r"\s*\(([^()]{2,60})\)")


def parenthesis_role(after: str) -> str | None:
    """ "Antonio Palocci (Economy)": a portfolio or role in brackets right after the name; a writer's gloss in
    square brackets when it names a role or kin ("Jane [the minister's niece]", "@jroe [governor of X]")."""
    square = _PARENTHESIS_ROLE_RE1.match(after)
    if square:
        words = [strip_possessive(w).lower() for w in square.group(1).split()]
        return square.group(1).strip() if any(is_person_noun(w) or is_role_noun(w) for w in words[:6]) else None
    m = _PARENTHESIS_ROLE_RE2.match(after)
    if not m or re.fullmatch(r"[A-ZÆØÅ0-9&]{2,8}|\d+|[\d\s,.-]+.*", m.group(1).strip()):
        return None
    if re.match(r"(?:US|C|A|NZ|HK)?[$£€¥₹]\s?\d", m.group(1).strip()):
        return None  # "2007's Outlaw (£586k)": a sum in brackets, what a film took, no role
    if m.group(1).strip().startswith("@"):
        return None  # "Jane Roe (@janeroe)": her handle, not a role
    if _CAPTION_POINTER.match(m.group(1).strip().lower()):
        return None  # a caption's pointer ("pictured next to Roe, with friends", "left, with her sons"): no role
    place = lookup(m.group(1).strip())
    if place is not None and place.kind == "place":
        return None  # "Tony Lloyd (Manchester Central)": the seat a member holds, a place, no role
    words = m.group(1).split()
    proper = [re.fullmatch(r"[A-Z][a-z]+", w) and w.lower() not in common_words() for w in words]
    # (a party the gazetteer knows stays the role: "Tom Arden (Labour)")
    if len(words) <= 2 and all(proper) and not any(is_role_noun(w.lower()) for w in words) and place is None:
        return None  # "Jane Roe (Kessby)": a proper name no role word is, the seat she holds or her town
    if len(words) <= 2 and all(w.islower() for w in words) and not any(is_person_noun(w) for w in words):
        return None  # "Matt Roe (leg) will miss the season", "Ben Poe (hamstring)": an injury in sport copy, no role
    if all(w.lower() in _INSERTED_WORDS for w in words):
        return None  # '"Max (was) great today"': a word an editor put into a quotation, no role
    if len(words) >= 2 and words[0] in ("The", "A", "An") and all(w[:1].isupper() or w.islower() for w in words[1:]):
        if not any(is_role_noun(w) for w in words[1:] if w.islower()) and words[1][:1].isupper():
            return None  # "Hugh Roe (The Son), Jane Doe (The Whale)": the work a nominee is named for, a title
    return m.group(1).strip()


# Verbs and function words an editor puts in brackets into a quotation to make it read ("X (was) great").
_INSERTED_WORDS = frozenset(
    "was is are were be been has have had will would can could did does do not the a an to of and it he she they "
    "we his her their its "
    # an editor's or a speaker's aside in brackets ("Pilkington (etc)", "Roe (sic)", "Roe (laughs)")
    "etc etc. sic laughs laughter inaudible applause".split()
)
