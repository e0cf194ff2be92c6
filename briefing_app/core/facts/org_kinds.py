"""Organisations the sentence names by their kind: "the company X", "X, a Leeds-based firm", "parties such as X and
Y", "a blog called X", "the X blog", "the ruling X party", "Drivers for Safer Roads"."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Lower-case words that say the next capitalised name is an organisation ("research company Sophos").
EN_DESCRIPTORS = (
    "company", "firm", "group", "retailer", "operator", "bank", "insurer", "reinsurer", "newspaper", "broadcaster",
    "party", "charity", "agency", "organisation", "organization", "carrier", "airline", "manufacturer", "maker",
    "producer", "giant", "chain", "publisher", "network", "union", "corporation", "conglomerate", "developer",
    "provider", "supplier", "lender", "watchdog", "regulator", "magazine", "website", "site", "blog", "weekly",
    "daily", "tabloid", "club", "team", "band", "label", "NGO", "studio", "outlet", "portal", "startup", "publication",
    "channel", "think tank", "journal",
    # a film's or a product's distributor by its trade ("distributor Tolvane shouldn't worry")
    "distributor", "wholesaler",
    # businesses online and a firm's rival by trade ("agritech platform X raised", "bought up its archrival Y")
    "platform", "archrival", "arch-rival", "marketplace",
    # a utility by its trade ("power utility Eskom", "water utility Tolvik Water")
    "utility",
    # a consultancy and a trade's or an industry's body as BBC technology copy names them ("consultancy Marlow Point",
    # "industry body Elspa", "trade body the BPI"): no person is written "body X"
    "consultancy", "body",
    # miners and explorers in market copy, a bid's object and a group's part ("gold explorer X", "lithium miner Y",
    # "takeover target Z", "its subsidiary W", "government entity V")
    *"explorer miner target subsidiary entity".split(),  # (PERSONS_TOO: a person may follow them)
    "selskab", "selskabet", "virksomheden", "firmaet",
    "koncernen", "kæden", "avisen", "partiet", "organisationen", "banken",
)  # fmt: skip
# Kinds above that only a business is, so that a town's name after them is the firm named after it, as British
# lenders, building societies and clubs are ("mortgage lender Kessby said", "distributor Tolvane"); not "site",
# "channel" or "network", after which a town may be where a thing is or what it covers.
FIRM_KINDS = frozenset(
    "company firm retailer bank lender insurer distributor wholesaler carrier airline chain publisher studio "
    "broadcaster supermarket club".split()
)
_FIRM_KIND_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(FIRM_KINDS))})\s+$")
# A firm's trade that is a person's too ("supplier", "developer", "broker"): before a name the lists hold as no given
# name, and that is one word ("games developer Brightmoor", "insurance broker Quarnby"), it and FIRM_KINDS name a firm
# by its trade; a person of that trade is written with a full name ("games developer Ann Roe").
FIRM_TRADES = FIRM_KINDS | frozenset(
    "supplier provider manufacturer exporter importer developer broker operator carmaker housebuilder".split()
)


def firm_kind_before(before: str) -> bool:
    """Whether `before` (a sentence up to a name) ends with a lower-case kind only a business is ("mortgage lender
    ", "distributor "): one word after it names the firm, not a person who lends or a town."""
    return _FIRM_KIND_BEFORE.search(before[-40:]) is not None
# Kinds above that a person may follow too ("polar explorer Jane Roe", "the coal miner Tom Hale", "their target Ann
# Lee"): the name after them must be one word that is no given name, or end in a body's word, and a target must be
# a bid's ("takeover target X"). A producer, a property developer and a publisher are people's trades as much as
# firms' ("Producer Tom Hale said", "property developer Ann Lee": the given name makes the person).
PERSONS_TOO = frozenset({"explorer", "miner", "target", "subsidiary", "entity", "producer", "developer", "publisher"})


def person_too_fails(kind_phrase: str, words: list[str], given: frozenset[str], tails: tuple[str, ...]) -> bool:
    """Whether a name after one of PERSONS_TOO (the last word of `kind_phrase`) may be a person's, or the target no
    bid's."""
    # (the kind may close a double job: "actor-producer Tom Hale" is a producer as "Producer Tom Hale" is)
    kind = kind_phrase.split()[-1].lower().rsplit("-", 1)[-1] if kind_phrase.split() else ""
    if kind not in PERSONS_TOO:
        return False
    if kind == "target" and not re.search(r"\b(?:takeover|bid|acquisition|buyout)\s+target$", kind_phrase, re.I):
        return True
    return words[0] in given or not (len(words) == 1 or words[-1] in tails)


# A Spanish, Portuguese, French or Italian name keeps its "of" and "the" ("the blog Voces por la Paz").
_ROMANCE_OF = r"por|para|pela|pelo|de|del|da|do|dos|das|des|du|di|della|sobre|em|en|con|com|sur|su"
_ROMANCE_THE = r"la|el|los|las|le|les|a|o|il"
# Kinds of firm that open a sentence before a name of two words or more ("Broadcaster Channel Nine Media said"); not
# those that often begin a name themselves ("Team X", "Group X", "Union X", "Bank X", "Club X").
OPENING_KINDS = (
    "company", "firm", "retailer", "operator", "insurer", "reinsurer", "broadcaster", "carrier", "airline",
    "manufacturer", "producer", "publisher", "developer", "provider", "supplier", "lender", "watchdog", "regulator",
    "conglomerate", "startup", "newspaper", "magazine", "tabloid", "website", "charity",
)  # fmt: skip
# ("chipmaker X", "Carmaker Y" opening the sentence: a trade's maker; "Broadcaster Z": a kind capitalised as the
# sentence's first word)
_OPENING_KIND = rf"(?:^|(?<=^[\"“‘']))(?:{'|'.join(w.capitalize() for w in OPENING_KINDS)})"
# Makers that are people or no trade ("lawmaker", "filmmaker", "playmaker"), not firms ("carmaker", "chipmaker").
_NOT_FIRM_MAKERS = frozenset(
    "policymaker kingmaker playmaker decisionmaker moneymaker merrymaker holidaymaker noisemaker rainmaker haymaker "
    "matchmaker documentarymaker programmemaker programmaker moviemaker musicmaker"
    " winemaker".split()  # (written apart too: "a documentary maker", org_shaped)
)


def firm_maker(word: str) -> bool:
    """A maker of a trade's goods, a firm ("carmaker", "Chipmaker"), not a person who makes ("lawmaker")."""
    low = word.lower()
    return low.endswith("maker") and len(low) > 7 and low not in _NOT_FIRM_MAKERS and not is_person_noun(low)


DESCRIBED = gated(
    rf"(?:\b(?:{'|'.join(EN_DESCRIPTORS)}|[a-z]+maker)|{_OPENING_KIND}|^[A-Z][a-z]+maker)\s+((?:[A-ZÆØÅ][\w&'’.-]*|[A-ZÆØÅ]{{2,}})(?:\s+[A-ZÆØÅ][\w&'’.-]*){{0,3}}"
    # (two such parts: "the rebel group United Front for the Freedom of Tolvaria")
    rf"(?:\s+(?:of|for|{_ROMANCE_OF})\s+(?:(?:the|{_ROMANCE_THE})\s+)?[A-ZÆØÅ][\w&'’-]*(?:\s+[A-ZÆØÅ][\w&'’-]*){{0,2}}){{0,2}}"
    # a blog or site may end its name with a number: "the blog Attic 12"
    r"(?:(?<=[a-z])\s+[0-9]{1,4}(?![\w,.]\d|[\w-]))?)"
)

# A name, then an apposition whose head is a kind of body: "Petrobras, the state oil company,", "Acme, a
# Leeds-based firm that ...". The head must end the apposition, so that "Jane Roe, a company spokeswoman" is a
# person, and the words between are no clause ("Jane Roe, who founded the firm").
_APPOSED_KIND = (
    "company", "firm", "bank", "insurer", "newspaper", "broadcaster", "party", "charity", "agency", "organisation",
    "organization", "carrier", "airline", "manufacturer", "maker", "producer", "retailer", "publisher", "network",
    "union", "corporation", "conglomerate", "lender", "watchdog", "regulator", "magazine", "website", "NGO", "group",
    "movement", "association", "foundation", "institute", "university", "club", "team", "daily", "weekly",
    # campaigns and outlets online: "Save Our Dunes, a Facebook campaign,", "Harbour Notes, a local blog"
    "campaign", "initiative", "coalition", "alliance", "collective", "blog", "portal", "outlet", "channel", "station",
    "forum", "platform", "authority", "publication", "tank",
    # businesses by their trade or size: "Harwick, the supermarket chain,", "Quillon, the tech giant,"
    "chain", "supermarket", "carmaker", "automaker", "giant", "startup", "start-up", "brand", "label", "studio",
    "consultancy", "utility", "service",
    # ... and by what they supply ("Shopwell, the online grocer,", "Vodaline, the mobile phone operator,"); an
    # operator or a developer may be a person too ("a crane operator"), so those two never outweigh a person's name
    # (AMBIGUOUS_KINDS)
    "provider", "supplier", "distributor", "wholesaler", "exporter", "housebuilder", "operator", "developer",
    # bands and ensembles: "Glass Harbour, the Manchester band,", "Velvet Tide, the indie trio,"
    "band", "duo", "trio", "quartet", "orchestra", "choir",
)  # fmt: skip
APPOSED = gated(
    r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|de\s+|do\s+)?[A-Z][\w&'’.-]*){0,3})[\"”]?,\s+"
    r"(?:(?:a|an|the)\s+)?"
    # (US copy bases a firm in a town and its state: "the Carson City, Nev.-based startup")
    r"(?:(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*,\s+[A-Z][\w.]*-based\s+)?"
    # ("Al Nour, Ruritania's largest political opposition party,": four words may stand before the kind)
    r"((?:[\w-]+(?:['’]s)?\s+){0,4})(?:" + "|".join(_APPOSED_KIND) + r")"
    r"(?=\s*[,;)]|\s*\.(?!\w)|\s+(?:that|which|based|owned|"
    # or a participle that says what it does: "Acme, an organization working on ..."
    r"founded|with|in|from|has|have|had|is|was|will|behind|[a-z]{3,}ing)\b)"
)
# A name, then "which" and what only a business does: "Henley, which makes car parts," (a person is "who", and a
# place the gazetteer knows is left to it).
_WHICH_TRADES = gated(
    r"(?<![\w'’.-])((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*),\s+which\s+(?:also\s+|now\s+|still\s+)?(?:makes|sells|"
    r"owns|operates|employs|publishes|produces|manufactures|supplies|distributes|imports|exports|retails|brews|"
    r"builds\s+(?:cars|ships|planes|aircraft|trains)|runs\s+(?:the\s+)?(?:\w+\s+)?(?:stores|shops|hotels|airlines?|"
    r"channels|stations|services|mines|plants|factories|restaurants|pubs|bourse|exchange|markets))\b"
)


# What a company is said to be owned, run or listed by before its name: "State-owned Gazprom", "Tokyo-listed Kanrei",
# "Kremlin-controlled X" (a place's or body's word and the participle; no person is owned or listed).
_OWNED_NAME = gated(
    r"\b(?:[Ss]tate|[Gg]overnment|[Ff]amily|[A-Z][a-z]+)-(?:owned|controlled|listed|run)\s+"
    r"([A-Z][\w&'’.-]*[a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})(?![\w'’-])"
)


# Where a firm is based, before its name: "Kochi-based SurveySparrow raised", "Singapore-based Tolvik Capital". A
# place's word and "-based" right before a capitalised name qualify a business (a person is "a London-based
# artist", the noun between); a title or a person's noun after it ends the name ("London-based Labour MP Jane Roe").
_BASED_NAME = gated(
    r"(?<![\w'’.-])[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+"
    r"([A-Z][\w&'’.-]*[a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?![\w'’-])"
)


# What owns or bought a firm, after its verb: "Kessby Mobile, owned by Halmont Retail,", "a site operated by Kessby
# Leisure", "acquired by Harbour Holdings" (a person owns things too: the caller drops a given name's run, and a
# family name alone, below).
_OWNER_AFTER = gated(
    r"\b(?:owned|operated|controlled|acquired|bought)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w&'’.-]*[a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?![\w'’-])"
)


def owned_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names after what owns, runs or lists them (see _OWNED_NAME) or where they are based
    (see _BASED_NAME)."""
    out = [(m.start(1), m.end(1), re.sub(r"['’]s$", "", m.group(1))) for m in _OWNED_NAME.finditer(text)]
    for m in _OWNER_AFTER.finditer(text) if " by " in text else ():
        name = re.sub(r"['’]s$", "", m.group(1))
        bare = name.rstrip(".")  # (the sentence's full stop: "operated by the Government.")
        if " " not in bare and (bare in person_names()[1] or bare.lower() in common_words()):
            continue  # "owned by Roe": a family name, a person's as often as a firm's; "by the Government"
        out.append((m.start(1), m.start(1) + len(name), name))
    for m in _BASED_NAME.finditer(text) if "-based" in text else ():
        if re.match(r"\s+(?:of|for|and|&|on|de)\s+(?:the\s+)?[A-Z]", text[m.end(1) :]):
            continue  # "the London-based X Observatory for Civil Rights": the name runs on, the runs' to read whole
        words = m.group(1).split()
        cut = next((k for k, w in enumerate(words) if is_person_noun(w.lower()) or is_role_noun(w.lower())), None)
        words = words[:cut]
        if words:
            name = re.sub(r"['’]s$", "", " ".join(words))
            out.append((m.start(1), m.start(1) + len(name), name))
    return out


def which_trades(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names that a "which" clause says trade (see _WHICH_TRADES)."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _WHICH_TRADES.finditer(text)]
# ("Jane Roe, the health service,": a person still; "Ann, a TV producer,", "Tom, a publisher,": a person's trade as
# much as a firm's, so a given name before them stays a person's)
AMBIGUOUS_KINDS = ("operator", "developer", "service", "producer", "publisher")
# The same apposition closed right after its kind ("Velvet Tide, the indie trio, split"): sure enough to outweigh a
# name that looks like a person's.
APPOSED_CLOSED = re.compile(
    r"[\"”]?,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,4}(?:" + "|".join(_APPOSED_KIND) + r")\s*[,;)]"
)
# ... or going on into a relative clause that says what the body did: "Brennby, the club with whom he spent a season".
APPOSED_RELATIVE = re.compile(
    r"[\"”]?,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,4}(?:" + "|".join(_APPOSED_KIND) + r")"
    r"\s+(?:(?:with|for|at|to|from|by|in)\s+(?:whom|which)|which|where)\b"
)
_CLAUSE_WORDS = {"who", "whose", "which", "that", "said", "says", "told", "and", "or", "but", "when", "where", "now",
                 "then", "also", "is", "was", "has", "had", "of", "for", "at", "his", "her", "their",
                 "its",
                 # (a clause or a person's membership: "Like Seattle, they are another good team", "Jane Roe, from
                 # the X blog")
                 "are", "were", "be", "been", "they", "he", "she", "it", "we", "you", "from", "by", "with", "in", "on",
                 "to"}  # fmt: skip

# A body named in quote marks after its kind: 'the website "Open Ledger"', "the group “Mothers of May”".
EN_QUOTED_NAME = gated(
    r"\b(?:website|site|blog|forum|magazine|newspaper|paper|group|campaign|movement|band|company|firm|channel|"
    r"network|party|organi[sz]ation|NGO|charity|club)\s+[\"“]([A-Z][^\"“”]{1,40}?)[,.]?[\"”]"
)

# A page, group or account on a platform, named after it: "the Facebook page We Are All Harbour", "a Twitter account
# called Quay Watch" (the corpus counts such a page as an organisation).
SOCIAL_PAGE = gated(
    r"\b(?:Facebook|Twitter|Instagram|YouTube|Telegram|TikTok|VKontakte)\s+(?:page|group|account|channel|community)"
    r"\s+(?:called\s+|named\s+)?[\"“]?((?!I\s)[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,5})"
)  # (not "I": a page named by a sentence, "I want to meet X", is read no further than its first word)

# A list of names after a plural kind of body: "retailers such as Wal-Mart and Home Depot", "parties including
# X, Y and Z", "virksomheder som X og Y".
_KIND_WORDS = (
    "companies", "firms", "retailers", "banks", "insurers", "groups", "parties", "organisations", "organizations",
    "NGOs", "charities", "agencies", "newspapers", "papers", "broadcasters", "channels", "carriers", "airlines",
    "clubs", "teams", "sites", "websites", "platforms", "networks", "unions", "manufacturers", "makers", "giants",
    "chains", "publishers", "lenders", "universities", "bands",
    # fashion houses and record labels are named by their founders ("labels Roe Mischa and Ann Tamm"; a brand is
    # a product, no body)
    "labels", "studios", "carmakers", "automakers", "brewers", "startups", "start-ups", "outlets",
    # a group's parts, named in its results and deals ("its subsidiaries include X, Y and Z")
    "subsidiaries", "affiliates",
    "virksomheder", "selskaber", "partier",
    "organisationer", "klubber", "aviser", "kæder",
)  # fmt: skip
# A sentence may open with the kind ("Companies such as X and Y", "Kæder som X og Y"): its first letter either case.
_KINDS = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w for w in _KIND_WORDS) + ")"
_KIND_WORDS_LOWER = tuple(w.lower() for w in _KIND_WORDS)  # (lower-cased once, not per sentence)
_LISTED_NAME = r"[A-ZÆØÅ][\w&'’.-]*(?:\s+[A-ZÆØÅ][\w&'’.-]*){0,3}"
LISTED_AFTER_KIND = gated(
    rf"\b{_KINDS}(?:,)?\s+(?:such\s+as|like|including|include|includes|as\s+well\s+as|som|herunder|bl\.a\.)\s+"
    rf"({_LISTED_NAME}(?:,\s+{_LISTED_NAME})*(?:,?\s+(?:and|or|og|eller)\s+{_LISTED_NAME})?)"
    # or right after the kind when two or more names follow: "the sites Harbour Notes and Quay Talk"
    rf"|\b{_KINDS}\s+({_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+(?:and|or|og|eller)\s+{_LISTED_NAME})"
)


# A group named by the people it gathers and what it is for or against: "Drivers for Safer Roads", "Parents
# Against Noise", "Doctors Without Limits" (the caller checks that the plural's singular names a person).
PEOPLE_FOR = gated(
    r"(?<![\w'’.-])([A-Z][a-z]+s)\s+(?:for|Without|Against|against)\s+(?:the\s+|a\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,3}(?![\w'’-])"
)
# "X, one of the leading local media outlets in Y": a name that an apposition counts among bodies; "a social
# network called X", "a party named Y": a name given after its kind.
_PLURAL_KIND = r"(?:outlets|media|newspapers|papers|dailies|weeklies|magazines|blogs|websites|sites|broadcasters|" \
    r"channels|companies|firms|banks|parties|groups|organi[sz]ations|NGOs|charities|agencies|clubs|teams|unions|" \
    r"universities|networks|portals|publishers|movements|associations)"
ONE_OF_KIND = gated(
    r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    rf"{_PLURAL_KIND}(?![\w-])"
)
CALLED = gated(
    # (a comma may stand before "called": "one such group, called X, found ...")
    rf"\b(?:{'|'.join(EN_DESCRIPTORS)}|movement|association|campaign|coalition|initiative|forum|page|account),?\s+"
    r"(?:called|named|known\s+as|dubbed)\s+[\"“]?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)
# "the X blog", "on the X website", "a Y newspaper": a name written before its kind (the caller drops places,
# peoples and people).
NAME_BEFORE_KIND = gated(
    r"\b(?i:the|a|an|on|in|at|from|by|via|its|his|her|their)\s+(?:[a-z]+\s+)?((?:[A-Z0-9][\w&'’.-]*\s+){1,4})"
    r"(?:blog|website|newspaper|magazine|weekly|daily|portal|news\s+site|account|article|editorial|"
    # a union, a band or a tabloid named before its kind: "the Unite union", "the Velvet Tide band"
    r"union|band|tabloid|broadsheet)(?![\w-])"
)


# A business named by a word of its own and the people who work in it: "Chariot Chauffeurs", "Harbour Plumbers"
# (the caller drops a person's name, a place and a people's adjective; "Syrian Rebels" describes, names nothing).
TRADE_PLURAL = gated(r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,2}([A-Z][a-z]+s))(?![\w'’-])")


def trade_plurals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of businesses named by the people they employ (see TRADE_PLURAL)."""
    out = []
    for m in TRADE_PLURAL.finditer(text):
        singular = m.group(2)[:-1].lower()
        if not (is_person_noun(singular) or is_person_noun(singular.removesuffix("e"))):
            continue
        if not text[: m.start()].strip(" \"'“‘("):
            continue  # a sentence's first word may be any word ("Local Farmers protested")
        if re.search(r"\b(?:to|for|of|against|and|&)\s+$", text[: m.start()]) or re.match(r"\s+[A-Z]", text[m.end() :]):
            continue  # the end of a longer name: "Committee to Protect Writers", "X Guards Parade"
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


def people_for(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of groups named by the people they gather and their cause (see PEOPLE_FOR)."""
    out = []
    for m in PEOPLE_FOR.finditer(text):
        if m.group(0).endswith(("'s", "’s")):
            continue  # "Officials for Germany's highest court": people who work for a body the genitive names next
        if is_person_noun(m.group(1)[:-1].lower()) or is_person_noun(m.group(1)[:-2].lower()):
            out.append((m.start(), m.end(), m.group(0)))
    return out


# A name in apposition right after its kind and a comma, closed by a comma or the sentence's end: "on her blog,
# Tinted Panes.", "Another group, Harbour Watch, said" (the caller drops people, places and peoples).
_KIND_COMMA = (
    r"\b(?:blog|website|site|newspaper|magazine|paper|weekly|daily|group|organi[sz]ation|movement|campaign|NGO|"
    r"charity|station|channel|portal|initiative|network|collective|coalition|company|firm|agency|publication|"
    r"outlet|broadcaster|think\s+tank|authority|regulator|watchdog|"
    # a band, a union or a label given after its kind: "The band, Glass Harbour, split", "the union, Unite, said"
    r"band|union|label|club|retailer|chain|bank|lender|insurer|carmaker|airline|supermarket|"
    # a party given after its kind, as African and Asian copy writes it: "the opposition party, the PDQ, said"
    r"party|"
    # a firm's part named after its kind: "The firm's main production unit, Yugansk, was sold"
    r"unit|subsidiary|division)\s*,\s+(?:the\s+)?"
)
KIND_COMMA_BEFORE = gated(_KIND_COMMA + "$")
# (small words and numbers may stand inside the name: "the blog, Notes in 3 Parts,")
KIND_THEN_NAME = gated(
    _KIND_COMMA + r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|[0-9]{1,4}|in|of|the|for|and|on|a|de|del|la|y|e)){0,5})"
    r"(?<=[\w&'’-])(?=\s*[,;:)]|\s*\.(?!\w)|\s*$|\s+(?:writes|wrote|reports|reported|published|posted|notes|noted|"
    r"explains|explained)\b)"
)
# A political party named before the common noun "party": "the ruling Harbour-PF party", "the opposition
# Labour party", "Green party leader" (a word before or after says it is a party in politics, not a celebration).
_PARTY_BEFORE = (
    r"ruling|opposition|governing|Islamist|nationalist|right-wing|left-wing|far-right|far-left|centrist|"
    r"centre-right|center-right|centre-left|center-left|populist|pro-government|separatist|junior|rival|banned|"
    r"outlawed|small|main|coalition|political"
)
_PARTY_AFTER = (
    r"leader|leaders|leadership|member|members|chairman|chairwoman|chief|spokesman|spokeswoman|spokesperson|"
    r"candidate|candidates|official|officials|lawmaker|lawmakers|MP|MPs|deputies|deputy|congress|secretary|"
    r"headquarters|list|ticket|politician|politicians|activists|supporters|founder"
)
PARTY_LOWER = re.compile(
    rf"\b(?:(?:{_PARTY_BEFORE})\s+((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)\s+party\b"
    # (a determiner opening the sentence is no name: "The party members", "Their party leader")
    # (nor an adjective of the person: "Senior party leader X", "Veteran party member Y")
    r"|(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Your|My|Each|Every|Any|No|One|Another|Which|Whose|Senior|"
    r"Former|Veteran|Top|Local|Young|Prominent|Longtime|Long-time|Retired|Leading|Several|Many|Some|Other|Both|"
    r"Outgoing|Incoming|Acting|Deputy|Ex)\s)"
    rf"((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)\s+party(?:['’]s)?\s+(?:{_PARTY_AFTER})\b)"
)


def parties_before_party(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of parties named before a lower-case "party" (see PARTY_LOWER): the common noun is no
    word of the name ("the centrist Harbour party" names "Harbour", as the corpus lists it)."""
    out: list[tuple[int, int, str]] = []
    if " party" not in text:
        return out  # most sentences: no need to try the pattern at every capital
    for m in PARTY_LOWER.finditer(text):
        group = 1 if m.group(1) else 2
        out.append((m.start(group), m.end(group), m.group(group)))
    return out


def named_kinds(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names an apposition counts among bodies, given after "called", or written before
    their kind ("the X blog"); the caller drops places, people and peoples."""
    out = []
    for m in (*ONE_OF_KIND.finditer(text), *CALLED.finditer(text), *KIND_THEN_NAME.finditer(text)):
        name = m.group(1).rstrip(".,")
        out.append((m.start(1), m.start(1) + len(name), name))
    for m in NAME_BEFORE_KIND.finditer(text):
        name = m.group(1).strip()
        if name.endswith(("'s", "’s", "'", "’")):
            continue  # "the Church's website": the owner, whose own name is read elsewhere
        if re.fullmatch(r"\S+-[a-z]+", name):  # (also "-listed", "-headquartered", "-language")
            continue  # "the Harbour-based newspaper": where the paper is, not its name
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# The same list before its plural kind, in lower case: "owner of Sports Direct, Frasers and Flannels retail chains".
LISTED_BEFORE_KIND = gated(
    rf"(?<![\w'’.-])({_LISTED_NAME}(?:,\s+{_LISTED_NAME})+,?\s+(?:and|og)\s+{_LISTED_NAME})\s+(?:[a-z-]+\s+)?"
    r"(?:companies|firms|retailers|banks|insurers|chains|carriers|airlines|newspapers|broadcasters|clubs|parties|"
    r"labels|studios|carmakers|lenders|publishers|virksomheder|kæder|partier|klubber)\b"
)


def listed_after_kind(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name in a list after a plural kind of body (see LISTED_AFTER_KIND), or before one
    (LISTED_BEFORE_KIND)."""
    out: list[tuple[int, int, str]] = []
    lower = text.lower()
    if not any(map(lower.__contains__, _KIND_WORDS_LOWER)):
        return out  # most sentences name no kind: spare the pattern
    for m in LISTED_BEFORE_KIND.finditer(text) if ", " in text else ():
        for item in re.finditer(_LISTED_NAME, m.group(1)):
            name = item.group(0).rstrip(".,")
            if name.split()[0] in ("and", "og"):
                continue
            out.append((m.start(1) + item.start(), m.start(1) + item.start() + len(name), name))
    for m in LISTED_AFTER_KIND.finditer(text):
        group = 1 if m.group(1) else 2
        for item in re.finditer(_LISTED_NAME, m.group(group)):
            name = item.group(0).rstrip(".,")
            out.append((m.start(group) + item.start(), m.start(group) + item.start() + len(name), name))
    return out


def apposed_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names that an apposition calls a company, party, paper... (see APPOSED)."""
    out = []
    for m in APPOSED.finditer(text):
        if any(w.lower() in _CLAUSE_WORDS for w in m.group(2).split()):
            continue
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A ministry named by its capitalised portfolio and "ministry" in lower case, as agency copy writes it: "the Israeli
# Interior ministry", "the Foreign Affairs ministry" (the people's adjective before it is no word of its name).
_PORTFOLIO_MINISTRY = gated(
    r"(?<![\w'’-])((?:Foreign|Home|Interior|Internal|Defence|Defense|Health|Finance|Economy|Education|Justice|"
    r"Agriculture|Environment|Energy|Transport|Trade|Labour|Labor|Culture|Information|Tourism|Industry|Communications)"
    r"(?:\s+Affairs)?\s+ministry)(?![\w-])"
)


def portfolio_ministries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of ministries named by a capitalised portfolio and "ministry" (see _PORTFOLIO_MINISTRY)."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _PORTFOLIO_MINISTRY.finditer(text)]
