"""A capitalised run that names a thing, not a person: after or before a kind of thing ("the newspaper Al
Hayat", "the Roe Report website"), a company's possessions ("Acme Holt's shares"), an apposition naming a kind
("Acme News, a media network,"), a kind "called" it, or an example of things ("brands such as ...").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.body_cues import FIRM_STAFF, STAFF_AT_WORK
from briefing_app.core.facts.gated import AtEnd
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_appointed import appointed_role
from briefing_app.core.facts.people_bodies import acts_as_a_body
from briefing_app.core.facts.people_runs import Run, Sentence
from briefing_app.core.facts.people_shapes import BUILDING_KINDS, THING_KINDS
from briefing_app.core.facts.roles import is_person_noun

# Heads of a noun phrase that name a thing, not a person: the kinds a name may follow, and media.
_THING_HEADS = THING_KINDS | {
    "network", "networks", "agency", "outlet", "portal", "platform", "tabloid", "daily", "weekly", "broadcaster",
    "company", "party", "movement", "initiative", "project", "periodical", "publication", "organisation",
    "organization", "collective", "coalition", "association",
    # bodies and events an apposition names: "Hope Rising, a charity,", "Lantern Nights, an annual festival,"
    "charity", "foundation", "ngo", "nonprofit", "non-profit", "festival", "event", "fund", "club", "cooperative",
    "report", "study", "documentary", "exhibition", "conference", "competition", "contest", "tournament",
}  # fmt: skip


# Works and bands a name is set off after ("the band's new album, X,", Danish "albummet, X,", "singlen, X,"); not
# bodies and places, which head a role's "of" ("chairman of the X party, Jane Roe,").
_WORK_KINDS = frozenset(
    {"album", "albums", "song", "single", "film", "movie", "novel", "book", "show", "series", "programme", "program",
     "documentary", "musical", "opera", "sitcom", "band", "albummet", "debutalbummet", "pladen", "singlen",
     "nummeret", "sangen", "filmen", "serien", "bogen", "bandet"}
)  # fmt: skip
# kinds a name may be followed by (and a market's: "Hong Kong's Hang Seng index", "the Nikkei 225 index")
_KINDS_AFTER = THING_KINDS | BUILDING_KINDS | {"index", "indices", "exchange", "bourse", "currency", "ward", "wards",
                                             "constituency", "parish"}  # ("the Stourbridge Town ward")
# Kinds that are no verb, so a determiner or "that" after them opens no object: "the Today programme that ...".
_NEVER_VERBS = BUILDING_KINDS | {
    "programme", "programmes", "newspaper", "newspapers", "magazine", "magazines", "website", "websites", "album",
    "albums", "novel", "novels", "movie", "movies", "hotel", "hotels", "restaurant", "restaurants", "village",
    "villages", "river", "island", "lake", "district", "province", "region", "county", "valley", "firm", "company",
    "party",
}  # fmt: skip
_CLAUSE_AFTER = re.compile(r"\s+(?:the|a|an|that|how|what|why|his|her|their|its|this|these|off|up)\b")

# A kind set off before a name ("The Ruritanian newspaper, X"; five words at most, the comma before it glued to
# the word it follows) and a kind "called" just before it: both end the text before the name (gated.AtEnd).
_KIND_SET_OFF = AtEnd(r"(?:^[\"“]?|,\s+)(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}([a-z]+),\s*$", 5)
_KIND_CALLED = AtEnd(r"\b([a-z]+),?\s+(?:called|named|dubbed)\s+$", 2)


# A colour right before a run, after an article or a conjunction: a vehicle or a product ("a white Vauxhall Adam",
# "and silver Ford Focus"); no one writes a person's name after a colour in lower case.
_COLOURED = re.compile(
    r"\b(?:an?|the|and|or|two|three)\s+(?:(?:dark|light|bright|pale)\s+)?(?:white|black|silver|grey|gray|red|blue|"
    r"green|yellow|orange|maroon|navy|gold|beige|purple)\s+$"
)


_NAMES_A_THING_RE1 = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,3}$")
_NAMES_A_THING_RE2 = re.compile(r",\s+(?:a|an|the)\s+([a-z][^,.;:()]*)")
_NAMES_A_THING_RE3 = re.compile(r"\s+([a-z]+)\b")
_NAMES_A_THING_RE4 = re.compile(r"\b([a-z]+),?\s+(?:such\s+as|including|like)\s+[^.;:()]*$")
_NAMES_A_THING_RE5 = re.compile(r",\s+its\s")
_NAMES_A_THING_RE6 = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([a-z]+)\b[^,.;:]{0,60}?\s+(?:called|named|dubbed)\s+$")


def names_a_thing(sentence: Sentence, run: Run) -> bool:
    """A run after or before a kind of thing ("the newspaper Al Hayat", "the Roe Report website") names the
    thing, unless the article knows it as a person."""
    before, after = run.before, run.after
    kind_before = before.rstrip().rsplit(" ", 1)[-1].lower() if before.endswith(" ") else ""
    # ("The Ruritanian newspaper, El Diario writes": the kind with an article, then a comma; not "In her blog, X")
    # (the phrase opens the sentence or a clause: "the chairman of the Acme party, X," is X's role)
    set_off = _KIND_SET_OFF.search(before)
    kind_before = set_off.group(1) if set_off and kind_before.endswith(",") else kind_before
    if appointed_role(before, after):
        return False  # "The club named Jane Roe as its new coach": a post, given to a person
    if kind_before in THING_KINDS and sentence.people.find(run.name) is None and not run.title:
        return True  # "the newspaper Al Hayat", "the schools Santo Spirito and ...": the name of a thing
    if _COLOURED.search(before) and not run.title and not run.honorific and sentence.people.find(run.name) is None:
        return True  # "involved a white Vauxhall Adam and white Ford Transit": a make and model, painted
    if (
        kind_before.endswith(",")
        and kind_before[:-1] in _WORK_KINDS
        and re.match(r"\s*(?:,|$)", run.after)
        and run.name_tokens[0] not in person_names()[0]  # ("In her latest novel, Jane Roe, 45, writes")
        and sentence.people.find(run.name) is None
        and not run.title
    ):
        return True  # "gruppens sjette album, Horisonten Brenner, der udkom": a work's kind set off before its name
    possessive = "(?:['’]s)?" if run.name_tokens[-1].endswith(("'s", "’s")) else "['’]s"
    owned_by_a_body = re.match(
        rf"(?:\s+(?:said|says|announced|reported|posted|saw)\s+its\b|{possessive}\s+(?:shares|stock|profits?|revenues?|earnings|"
        r"customers|subscribers|headquarters|subsidiary|website|shareholders|board\s+of\s+directors|share\s+price|"
        r"stock\s+price|market\s+value)\b|"
        # a firm's shares doing something, with no possessive: "Acme Holt shares fell", as headlines write it
        r"\s+shares\s+(?:rose|fell|jumped|slumped|plunged?|slid|slide|dropped|climbed|gained|lost|tumbled|soared|"
        r"surged|sank|rallied|closed|ended|edged|were|are|have|hit|dip|dipped|rise|fall|jump|slump|soar|surge)\b|"
        # a firm's analysts at work: "Jefferies analysts wrote", "Barclays economists said" (no person has analysts)
        rf"\s+{FIRM_STAFF}\s+{STAFF_AT_WORK})",
        after,
    )
    if owned_by_a_body and sentence.people.find(run.name) is None and not run.title:
        return True  # "Acme Holt said its profits rose", "Acme Holt's shares fell": a company
    shares_in = _NAMES_A_THING_RE1.search(before)
    if shares_in and sentence.people.find(run.name) is None and not run.title:
        return True  # "Shares in car dealer Acme jumped": what has shares is a company
    if _NAMES_A_THING_RE5.match(after) and sentence.people.find(run.name) is None and not run.title:
        return True  # "Acme Browser, its main rival,": "its" describes a thing, a person is "his" or "her"
    if acts_as_a_body(sentence, run):
        return True
    described = _NAMES_A_THING_RE2.match(after)
    heads: list[str] = []
    for w in described.group(1).split()[:5] if described else []:
        if is_person_noun(w):
            heads = []  # "a town planner": a person noun heads it, the words before modify it
            break
        if w in ("of", "for", "in", "at", "with", "on", "from", "and", "who", "that"):
            break  # "a leader of the party": the head is the person noun, what follows is what it leads
        if w.endswith(("'s", "’s", "'", "’")):
            break  # "the group's leader": the group owns the head that follows
        heads.append(w)
    if any(w in _THING_HEADS for w in heads) and sentence.people.find(run.name) is None:
        return True  # "Acme News, a mainstream media network,": an apposition that names a kind of thing
    # ("one such group, called X", "a banned periodical called X", "a campaign against litter called X")
    called = [
        m.group(1)
        for m in (
            _KIND_CALLED.search(before),
            _NAMES_A_THING_RE6.search(before),
        )
        if m
    ]
    if any(kind in _THING_HEADS for kind in called) and sentence.people.find(run.name) is None:
        return True  # "a campaign against litter called Clean Streets": the name of the campaign
    # (not a verb: "Jane Roe shows the road", "X blogs that ...": a determiner or "that" after a kind that is also
    # a verb; "the Today programme that ..." is still the programme)
    kind_after = _NAMES_A_THING_RE3.match(after)
    if kind_after and kind_after.group(1) not in _NEVER_VERBS and _CLAUSE_AFTER.match(after, kind_after.end()):
        kind_after = None
    owner = run.name_tokens[-1].endswith(("'s", "’s"))  # "Jane Roe's blog": the blog's owner, maybe a person
    if kind_after and kind_after.group(1) in _KINDS_AFTER and sentence.people.find(run.name) is None and not owner:
        return True  # "its official Acme Chat account", "the Roe Report website": a name that names a thing
    example = _NAMES_A_THING_RE4.search(before)
    # "brands such as Kenmore and Martha Stewart": examples of things
    return bool(
        example and example.group(1) in THING_KINDS and sentence.people.find(run.name) is None and not run.title
    )
