"""Organisations named by what the sentence does with them, not by a word of their own name (English).

Cues a reader takes without knowing the name:
- an interview given to an outlet: "Jane Roe told Quaywire in a telephone interview", "an interview conducted
  by Harbour Notes";
- a kind written bare after the name: before a job or a verb of reporting ("Orvanto newspaper editor Sam Hill",
  "Quelmark blog reported"), or any common noun of a kind of body ("after Corvanta bank and the court");
- a party named before the common noun "party" after an owner or in a sentence about politics ("Ann Lee's
  Brivola party"; the corpus lists the name without the common noun);
- a name after "the" that reports or speaks ("The Harbour Echo reported": a person's name takes no article);
- an outlet named in Romance words that publishes ("Voces de la Marea published"), a German or Dutch paper with
  its article ("told Der Spiegel"), a broadcaster with "TV" or "FM" ("Meridia TV"), a page before its platform
  ("X Facebook group"), a blog title in sentence case after its kind ("The blog Platform for the X of Y has");
- a state's service by its capitalised noun ("the Gendarmerie"), an acronym with full stops after a preposition
  or with a genitive ("attacks on D.I.Y.", "B.T.s").
The caller (`org_shaped.py`) drops places, people's names, peoples and stretches already taken.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.gazetteer import names_a_place as _is_place
from briefing_app.core.facts.orgs import EN_HEAD, EN_TAIL
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.reporting_verbs import en
from briefing_app.core.facts.roles import is_role_noun

# (each word is read once, possessively: a word that may not end where it ends gives the match up at once, which
# keeps the patterns from trying every split of a long capitalised run)
_NAME = r"[A-Z](?=[\w'’&.-]*[a-z0-9])[\w'’&.-]*+(?:\s+(?:de|del|da|do|la|el)?\s*[A-Z][\w'’&.-]*+){0,3}"

# "told X in an interview", "told X in a telephone interview", "told X in an exclusive interview on Monday"
_TOLD_IN_INTERVIEW = re.compile(
    rf"\b(?:{en('tell', 'past ing s')}|said\s+to|speaking\s+to|spoke\s+to|talking\s+to|talked\s+to)\s+({_NAME})"
    r"(?:,)?\s+(?:in|during)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}interview\b"
)
# '"...," Jane Roe told Harbour Sports.': a quote's speaker telling a name of two or more words that ends the
# sentence tells an outlet (a person told is named by a given name, which the caller and `told_outlets` rule out)
# The speaker may carry a job in lower case ("RIM employee Jane Roe told"), and the outlet may be followed by what
# the speaker told it of ("told Harbour Sports of the dispute").
_TOLD_AFTER_QUOTE = re.compile(
    # (or one acronym: '..." Jane Roe told ESPN after the match'; no person is named in capitals)
    r"[\"”’],?\s+(?:[\w'’.-]+\s+){1,5}?(?:told|tells)\s+((?:[A-Z][\w'’&-]*\s+){1,2}[A-Z][\w'’&-]*|[A-Z]{2,6}(?![\w'’&-]))"
    r"(?:\s*\.?\s*$|\s+(?:of|about|on|in|after|during|when)\s)"
)
# "According to NewsWire, ...": a source written as one coined word with a capital inside is an outlet or a firm; a
# family name with a particle ("McDonald", "DiCaprio", "LeBlanc", "MacArthur") is a person's
_ACCORDING_TO_COINED = re.compile(
    r"\b[Aa]ccording\s+to\s+((?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+[A-Z][a-z]+)(?![\w'’-])"
)
# "Kessby International", as "Amnesty International": a run of capitalised words ending in "International" with no
# connector and no capitalised word after it (not "the Bureau of International Narcotics Affairs")
_INTERNATIONAL = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&-]*\s+){1,3}International)(?![\w'’-])(?!\s+[A-Z])")
# "an interview conducted by X", "in an interview published by X", "an interview aired on X", "interview for X"
_INTERVIEW_BY = re.compile(
    r"\binterviews?\s+(?:(?:conducted|published|broadcast|aired|given|carried)\s+)?(?:by|on|for|to)\s+"
    rf"({_NAME})(?=\s*[,.:;)]|\s+(?:on|in|last|this|that|with|about|and)\b)"
)
# The outlet's kind written bare after its name, then a job or a verb of reporting.
_KIND_THEN_JOB = re.compile(
    rf"(?<![\w'’.-])({_NAME})\s+(?:newspaper|magazine|blog|website|news\s+site|daily|weekly|portal|radio|"
    r"broadcaster|channel)\s+(?:editor|editors|editor-in-chief|reporter|reporters|journalist|journalists|"
    r"correspondent|columnist|founder|owner|publisher|"
    rf"{en('report write', 'past s')}|{en('publish post note', 'past')}|{en('say', 'past s')}|"
    rf"{en('claim reveal', 'past')})\b"
)
# "Ann Lee's X party", "the X party" in a sentence about politics: a party named before the common noun (a
# party of another kind, "the Christmas party", has no owner and no politics around it).
_PARTY_AFTER_OWNER = re.compile(
    # (not "a"/"an": "A Tamil party received 12 seats" is one party of a people or kind, no name)
    r"(?:\b(?i:the|his|her|their|its)|(['’]s))\s+((?:[A-Z](?=[\w'’-]*[a-z])[\w'’-]*+\s+){1,3})party\b(?!\s+(?:of|for))"
)
POLITICS = re.compile(
    r"\b(?:seats?|elections?|elected|votes?|voters|polls?|parliament|parliamentary|coalition|government|cabinet|"
    r"lawmakers|MPs?|ministers?|opposition|candidates?|campaign|leader|leadership|members|lists?)\b"
)
# Adjectives that name a family of parties ("the Republican party", "the Socialist party"), not one party: the
# gazetteer or the shapes read "Republican Party", and the corpus lists the party by its full name.
_FAMILY_ADJECTIVE = re.compile(r".*(?:an|ic|ist|al|ive)$")


# A state's armed service or force named by its capitalised common noun alone, inside a sentence: "members of
# the Army", "the Gendarmerie and the Air Force" (capitalised, the noun names that country's one service; after
# another capitalised word it ends a longer name, which the shapes read: "Turkish Army").
_STATE_SERVICE = re.compile(
    r"(?<=[\w,;]\s)(?:Army|Navy|Gendarmerie|Air\s+Force|Coast\s+Guard|National\s+Guard|Marine\s+Corps)"
    r"(?![\w'’-])(?!\s+(?:of|for|[A-Z]))"
)


_SERVICE_WORDS = ("Army", "Navy", "Gendarmerie", "Force", "Guard", "Corps")


def state_services(text: str) -> list[re.Match[str]]:
    """The matches of _STATE_SERVICE that follow a lower-case word or a comma, not a capitalised word."""
    if not any(word in text for word in _SERVICE_WORDS):
        return []  # most sentences name no service: spare the pattern
    out = []
    for m in _STATE_SERVICE.finditer(text):
        before = re.search(r"(\S+)\s$", text[: m.start()])
        if before is not None and (before.group(1)[0].islower() or before.group(1).endswith((",", ";"))):
            out.append(m)
    return out


# The lower chamber of a legislature named by its capitalised common noun alone, as American copy names it: "the
# full House", "the House adjourned", "House passes bill" (opening the sentence, before a verb). Only in a story that
# names the other chamber or the whole ("the Senate", "Congress", "the House of Representatives"): elsewhere "the
# House" is a building or a family's; never after "Speaker of", whose title it completes, nor before a capitalised
# word or "of", where it opens a longer name ("House Oversight Committee", "House of Lords").
_CHAMBER = re.compile(r"(?:(?<=\bthe\s)|(?<=\bthe\sfull\s)|^|(?<=[\"“‘]))House(?![\w'’-])(?!\s+(?:of\b|[A-Z]))")
_CHAMBER_ACTS = re.compile(
    r"\s+(?:passes|passed|votes|voted|approves|approved|rejects|rejected|backs|clears|adopts|blocks|kills|debates|"
    r"sends|overrides|impeaches)\b"
)
_OTHER_CHAMBER = re.compile(r"\b(?:Senate|Congress|House\s+of\s+Representatives)\b")


def bare_chamber(text: str, whole: str) -> list[tuple[int, int, str]]:
    """(start, end, "House") where a sentence names a legislature's lower chamber by its noun alone (see _CHAMBER)."""
    if "House" not in text or not _OTHER_CHAMBER.search(whole):
        return []
    out = []
    for m in _CHAMBER.finditer(text):
        if re.search(r"\bSpeaker\s+of\s+the\s+$", text[: m.start()]):
            continue
        opening = m.start() == 0 or text[m.start() - 1] in '"“‘'  # (a quoted post or headline opens with it too)
        if opening and not _CHAMBER_ACTS.match(text, m.end()):
            continue  # ("House prices rose"; "House passes bill": what a chamber does, in a headline's present)
        out.append((m.start(), m.end(), m.group(0)))
    return out


# An acronym written with full stops ("B.T.", "D.I.Y."): a body where the sentence treats it as one, after a
# determiner or a preposition ("the N.W.A.", "attacks on D.I.Y.", "hos B.T.") or with a genitive ("B.T.s
# afsløring", "N.W.A.'s"); a person's initials run on into a name ("J.R. Smith"), which the pattern refuses.
_DOTTED = re.compile(r"(?<![\w.])((?:[A-ZÆØÅ]\.){2,5})(s|['’]s)?(?![\w.])")
_BEFORE_BODY = re.compile(r"\b(?:the|The|af|hos|i|på|til|by|to|on|at|against|mod|from|fra|for|with|med)\s$")


# Legal forms written with full stops, and the capitalised name right before one.
_DOTTED_FORMS = {"S.A.", "N.V.", "B.V.", "A.G.", "S.L.", "L.P.", "P.C.", "A.S."}
_FIRM_BEFORE_FORM = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w&'’-]*\s+){1,3})$")


def dotted_acronyms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, acronym) of acronyms written with full stops that the sentence treats as a body."""
    if "." not in text:
        return []
    out = []
    for m in _DOTTED.finditer(text):
        initials = re.match(r"\s+[A-ZÆØÅ][a-zæøå]", text[m.end() :]) is not None  # "J.R. Smith"
        form = _FIRM_BEFORE_FORM.search(text[: m.start()]) if m.group(1) in _DOTTED_FORMS else None
        if form is not None:  # "Vantex S.A.'s fleet": a company's legal form, the company's name before it
            out.append((form.start(1), m.end(1), text[form.start(1) : m.end(1)]))
        elif m.group(2) or (_BEFORE_BODY.search(text[: m.start()]) and not initials):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A blog, paper or group named in Spanish, Portuguese, Italian or French words, doing what outlets do: "Voces de
# la Costa published", "Notas del Puerto, meanwhile, posted", "Gente y barrios wrote" (a particle inside says the
# words are a title in another language, not an English name; a person's name, "Juan de la Cruz", starts with a
# given name, which the caller refuses).
_PARTICLES = r"(?:de|del|da|do|dos|das|la|las|los|el|y|e|en|por|para|con|sin|di|della|le|les|des|du|et)"
_ROMANCE_NAME = (
    r"[A-ZÁÉÍÓÚÑ](?=[\w'’-]*[a-záéíóúñ])[\w'’-]*+"
    rf"(?:\s+{_PARTICLES}(?:\s+(?:la|el|los|las|le|les))?\s+(?=[\w'’-]*[a-záéíóúñ])[\w'’-]++)+"
)
_ROMANCE_OUTLET = gated(
    rf"(?<![\w'’.@#-])({_ROMANCE_NAME})(?:,\s+[a-z]+,)?\s+(?:also\s+|has\s+|had\s+)?"
    r"(?:published|publishes|posted|posts|wrote|writes|reported|reports|corroborates|corroborated|shared|shares|"
    r"tweeted|compiled|noted|notes|explained|explains|argued|argues|observed|observes|denounced|denounces|"
    r"highlighted|highlights|criticised|criticized|criticises|criticizes)\b"
)


def romance_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of outlets named in a Romance language's words that publish (see _ROMANCE_OUTLET)."""
    out = []
    for m in _ROMANCE_OUTLET.finditer(text):
        if re.search(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+$", text[: m.start(1)]):
            continue  # "Luis Ortega de la Fuente wrote": the end of a person's name
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A name after "the" that reports or speaks: "The Harbour Echo reported", "the Quill said". A person's name takes
# no article, so a capitalised run after "the" that reports is a paper, an agency or another body (the caller
# drops places, peoples and titles: "the President said" is a person, "the Americans said" a people).
_THE_NAME_REPORTS = gated(
    r"(?<![\w'’-])(?:[Tt]he)\s+((?:[A-Z](?=[\w'’&-]*[a-z])[\w'’&-]*+\s+){0,3}[A-Z](?=[\w'’&-]*[a-z])[\w'’&-]*+)"
    r"(?:,\s+[a-z]+,)?\s+(?:has\s+|had\s+|also\s+)?"
    rf"(?:{en('report say write publish quote reveal announce claim note', 'past s')})\b"
)


_AREA_KINDS = {"Oblast", "Province", "State", "Region", "District", "County", "Governorate", "Prefecture", "Valley",
               "Territory", "Territories", "Republic", "Kingdom", "Emirate", "Islands", "Island"}  # fmt: skip


def the_name_reports(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names after "the" that report or speak (see _THE_NAME_REPORTS), not a body's kind
    alone ("the Ministry said": a body named before) nor a title ("the Prime Minister said")."""
    out = []
    for m in _THE_NAME_REPORTS.finditer(text):
        words = m.group(1).split()
        if re.search(r"\bof\s+$", text[: m.start()]):
            continue  # "the Department of the Interior announced": the end of a longer name, read whole elsewhere
        if any(is_role_noun(w) or is_role_noun(w.lower()) for w in words):
            continue
        if len(words) == 1 and is_title(words[0]):
            continue  # "as the Speaker said": an office held by one person, no body
        if len(words) == 1 and (words[0] in EN_HEAD or words[0] in EN_TAIL):
            continue
        if any(_is_place(w) for w in words) or words[-1] in _AREA_KINDS:
            continue  # "the Kharkiv Oblast said", "the Delta Region said": an area speaking for its government
        body = next((i for i, w in enumerate(words[:-2]) if w in EN_TAIL and words[i + 1] in person_names()[0]), None)
        if body is not None:
            # "the head of the Harbour Council Jane Roe said": the body, then the name of the one who speaks
            out.append((m.start(1), m.start(1) + len(" ".join(words[: body + 1])), " ".join(words[: body + 1])))
            continue
        if len(words) >= 3 and words[-2] in person_names()[0] and words[-1] not in EN_TAIL:
            continue  # "Chief Secretary to the Treasury Paul Roe said": a title's portfolio, then the person who
            # speaks; no body's name ends in a full name
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A German or Dutch paper keeps its article inside an English sentence: "told Der Spiegel", "in Die Zeit",
# "according to De Telegraaf" (as FOREIGN_TITLE in org_outlets.py for the Romance articles).
_GERMANIC_TITLE = gated(r"(?:Der|Die|Das|De|Het)\s+[A-ZÄÖÜ][a-zäöüß]+(?![\w'’-])")


def germanic_titles(text: str) -> list[re.Match[str]]:
    """Papers named with a German or Dutch article after a lower-case word or a comma ("told Der Spiegel"); after a
    capitalised word the article is a particle of a person's name ("Robert De Niro")."""
    out = []
    for m in _GERMANIC_TITLE.finditer(text):
        before = re.search(r"(\S+)\s$", text[: m.start()])
        if before is not None and (before.group(1)[0].islower() or before.group(1)[-1] in ",;:"):
            out.append(m)
    return out


# A name written right before the common noun of its kind, with no article: "after Corvanta bank and the court
# refused", "Quorra company shares fell" (the caller drops places, peoples and given names: "a Swiss bank",
# "Riverton bank", "Monday newspaper").
_BARE_KIND = re.compile(
    r"(?<![\w'’.@#-])((?:[A-Z](?=[\w'’&-]*[a-z])[\w'’&-]*+\s+){1,3})(?:bank|company|firm|airline|carrier|insurer|"
    r"lender|retailer|newspaper|magazine|tabloid|broadcaster|group|network)\b(?!\s+(?:of|for)\b)"
)
_KINDS_LOWER = (" bank", " company", " firm", " airline", " carrier", " insurer", " lender", " retailer",
                " newspaper", " magazine", " tabloid", " broadcaster", " group", " network")  # fmt: skip


def bare_name_before_kind(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names written right before the common noun of their kind (see _BARE_KIND)."""
    if not any(map(text.__contains__, _KINDS_LOWER)):
        return []
    out = []
    for m in _BARE_KIND.finditer(text):
        name = m.group(1).strip()
        if _owner_or_where(name):
            continue
        if re.search(r"[A-Z][\w'’-]*\s+(?:de|do|da|dos|del|of|and|&|y)\s+$", text[: m.start(1)]):
            continue  # "Banco do Vale Verde company": the end of a longer name, read whole elsewhere
        if " " not in name and not text[: m.start(1)].strip(" \"'“‘("):
            continue  # "Discount retailer X": a sentence's first word may be any word
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# A broadcaster named by its name and "TV" or "FM": "Meridia TV reported", "Harbour FM" (not a people's or a
# state's: "Greek TV", "State TV" are no names).
_BROADCASTER = re.compile(r"(?<![\w'’.@#-])((?:[A-Z](?=[\w'’&-]*[a-z])[\w'’&-]*+\s+){1,2})(?:TV|FM)(?![\w'’-])")
_GENERIC_BEFORE_TV = {"State", "National", "Public", "Local", "Cable", "Satellite", "Web", "Internet", "Smart", "Live",
                      "Reality", "Regional", "Private", "Official", "Government", "Apple"}  # fmt: skip


def broadcasters(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of broadcasters named with "TV" or "FM" after their name (see _BROADCASTER)."""
    if "TV" not in text and "FM" not in text:
        return []
    out = []
    for m in _BROADCASTER.finditer(text):
        first = m.group(1).split()[0]
        if (
            first in _GENERIC_BEFORE_TV
            or not_org_word(first)
            or (lookup(first) is not None and " " not in m.group(1).strip())
        ):
            continue
        out.append((m.start(1), m.end(), m.group(0)[m.start(1) - m.start() :]))
    return out


# A blog, page or group whose name is written in sentence case after its kind, up to the verb its sentence goes on
# with: "The blog Platform for the rights of tenants has taken on the news" (a capitalised name alone after the
# kind is DESCRIBED's in org_kinds.py; this one holds lower-case words).
_TITLE_ENDS_BEFORE = (
    f"has|have|had|is|was|{en('say', 's past')}|{en('write', 'past s')}|{en('post publish', 'past')}|"
    f"{en('report explain', 's past')}"
)
_SENTENCE_CASE_TITLE = gated(
    r"\b(?:[Bb]log|[Ww]ebsite|[Pp]age|[Cc]ampaign|[Cc]ollective|[Pp]latform)\s+"
    # (a conjunction or a pronoun opens a clause, no word of a name: "the website Facebook before it was re-opened")
    rf"([A-Z][\w'’-]*+(?:\s+(?!(?:{_TITLE_ENDS_BEFORE}|and|but|which|who|that|before|after|when|while|because|since|"
    rf"until|unless|if|as|it|he|she|they|we|its|their)\b)[\w'’-]++){{1,7}})"
    rf"(?=\s+(?:{_TITLE_ENDS_BEFORE})\b)"
)


def sentence_case_titles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names in sentence case after their kind (see _SENTENCE_CASE_TITLE)."""
    out = []
    for m in _SENTENCE_CASE_TITLE.finditer(text):
        words = m.group(1).split()
        if any(w[:1].islower() for w in words[1:]) and not re.search(r"[,;:]", m.group(1)):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A page, group or account named before the platform it is on: "on Harbour Tenants Facebook group:", "the
# We Want Justice for X Facebook Page" (the corpus counts such a page as an organisation; the platform is read on its
# own by the gazetteer). The name starts with a capital and ends with one; small words may stand inside.
_PAGE_BEFORE_PLATFORM = re.compile(
    r"(?<![\w'’.@#-])([A-Z][\w'’-]*+(?:\s+(?:[A-Z0-9][\w'’-]*+|for|of|the|and|to|in|on)){0,6}?)"
    r"\s+(?:Facebook|Twitter|Instagram|YouTube|Telegram|TikTok|VKontakte)\s+(?:[Pp]age|[Gg]roup|account|channel|community)\b"
)


def pages_before_platform(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of pages and groups named before their platform (see _PAGE_BEFORE_PLATFORM)."""
    if "Facebook" not in text and "Twitter" not in text and "YouTube" not in text and "Instagram" not in text:
        return []
    out = []
    for m in _PAGE_BEFORE_PLATFORM.finditer(text):
        words = m.group(1).split()
        while words and words[0] in ("The", "On", "In", "A", "An", "Our", "Its", "Their", "His", "Her"):
            words = words[1:]  # a sentence's first word
        name = " ".join(words)
        if not name or _owner_or_where(name) or not name.split()[-1][:1].isupper():
            continue  # "Jane Roe's Facebook page": a person's page, whose name the sentence does not give
        start = m.end(1) - len(name)
        out.append((start, m.end(1), name))
    return out


def interview_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of outlets an interview was given to or published by."""
    if "interview" not in text:
        return []  # most sentences: spare the patterns
    out = []
    for pattern in (_TOLD_IN_INTERVIEW, _INTERVIEW_BY):
        for m in pattern.finditer(text):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


_OUTLET_KINDS = (" newspaper ", " magazine ", " blog ", " website ", " site ", " daily ", " weekly ", " portal ",
                 " radio ", " broadcaster ", " channel ")  # fmt: skip


def told_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of an outlet a quote was told to at the end of its attribution (see _TOLD_AFTER_QUOTE)."""
    if " told " not in text and " tells " not in text:
        return []
    m = _TOLD_AFTER_QUOTE.search(text)
    first = m.group(1).split()[0] if m is not None else ""
    if m is None or first in person_names()[0] or is_role_noun(first.lower()) or is_title(first):
        return []
    return [(m.start(1), m.end(1), m.group(1))]


def coined_sources(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a source given "according to" as one coined word (see _ACCORDING_TO_COINED)."""
    if "ccording to " not in text:
        return []
    return [(m.start(1), m.end(1), m.group(1)) for m in _ACCORDING_TO_COINED.finditer(text)]


def international_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of bodies named "X International" (see _INTERNATIONAL)."""
    if "International" not in text:
        return []
    return [(m.start(1), m.end(1), m.group(1)) for m in _INTERNATIONAL.finditer(text)]


def _owner_or_where(name: str) -> bool:
    """ "Jane Roe's", "Jonas'", "Harbour-based": the owner of the outlet or where it is, not its name."""
    return (
        name.endswith(("'", "’", "'s", "’s"))
        # (any lower-case word after a hyphen makes an adjective: "Dublin-headquartered", "London-listed")
        or re.search(r"-[a-z]+$", name) is not None
    )


def outlets_before_kind(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of outlets named before their bare kind and a job or a verb of reporting."""
    # (not an owner's: "Jane Roe's blog says" is the person's blog, whose name the sentence does not give)
    if not any(map(text.__contains__, _OUTLET_KINDS)):
        return []
    found = [(m.start(1), m.end(1), m.group(1)) for m in _KIND_THEN_JOB.finditer(text)]
    return [(a, b, name) for a, b, name in found if not _owner_or_where(name)]


def parties_after_owner(text: str, politics: bool | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of parties named before the common noun "party" (see _PARTY_AFTER_OWNER); `politics`
    says whether the story is about politics (by default: whether this sentence is)."""
    if " party" not in text:
        return []
    out = []
    politics = bool(politics) or POLITICS.search(text) is not None
    for m in _PARTY_AFTER_OWNER.finditer(text):
        name = m.group(2).strip()
        if not (m.group(1) or politics) or _FAMILY_ADJECTIVE.match(name.split()[-1]):
            continue
        out.append((m.start(2), m.start(2) + len(name), name))
    return out


def cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every organisation this module's cues name in a sentence."""
    return [
        *interview_outlets(text),
        *told_outlets(text),
        *coined_sources(text),
        *international_bodies(text),
        *outlets_before_kind(text),
        *parties_after_owner(text),
        *romance_outlets(text),
        *the_name_reports(text),
        *bare_name_before_kind(text),
        *broadcasters(text),
        *pages_before_platform(text),
    ]
