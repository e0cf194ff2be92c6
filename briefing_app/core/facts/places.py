"""Places and organisations: the packaged gazetteer first, then organisation-shaped names.

Places come only from the gazetteer (GeoNames, CLDR and ISO 3166 data generated into
resources/gazetteer, plus a short list of seas and regions): a capitalised word is far more often a
person or a company than an unknown town. Organisations come from a short list of bodies news names
bare ("Reuters", "NATO") and from their shapes (`orgs.py` and the `org_*.py` finders); one-word names used twice
or that the sentence calls a company are added after the people finder (`repeated_names.py`). `Named.spans` tells
the people finder which stretches of each sentence are already taken.
"""

from __future__ import annotations

import re

from briefing_app.core.facts import datelines, place_context, place_features, place_lists_ar, place_shapes
from briefing_app.core.facts.bodies_joined import drop_first_words_of_bodies, drop_joined_bodies
from briefing_app.core.facts.competitions import drop_competitions
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import lowercase_words
from briefing_app.core.facts.gazetteer import (
    Mention,
    camel_case_organisations,
    find_mentions,
    lookup,
    person_names,
    towns,
    villages,
)
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS, TITLE_BEFORE
from briefing_app.core.facts.named import AddName, Named
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.named_da_tagged import tagged_named
from briefing_app.core.facts.org_acronyms import article_acronyms, bare_acronyms, defined_bodies
from briefing_app.core.facts.org_da_genitive import danish_genitive
from briefing_app.core.facts.org_list_mates import list_mates
from briefing_app.core.facts.org_names import meeting_cut, nation_branch_start, owner_cut, short_forms
from briefing_app.core.facts.org_national_arms_en import national_arms
from briefing_app.core.facts.org_runs import head_and_tail_runs
from briefing_app.core.facts.org_shaped import shaped_bodies
from briefing_app.core.facts.orgs_ar_checks import defence_team
from briefing_app.core.facts.orgs_ar_tagged import tagged_bodies
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.place_bearings import bearing_places
from briefing_app.core.facts.place_located_ar import names_a_site, towns_after_sites
from briefing_app.core.facts.place_pairs import paired_towns
from briefing_app.core.facts.places_ar_tagged import tagged_places
from briefing_app.core.facts.places_in_bodies import drop_places_inside_bodies
from briefing_app.core.facts.places_rtl import rtl_named
from briefing_app.core.facts.quoted_titles import inside_quoted_title
from briefing_app.core.facts.repeated_names import add_repeated_names
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.facts.sports_teams import TeamUses, is_sports_story, listed_four_or_more
from briefing_app.core.facts.street_addresses_en import home_addresses
from briefing_app.core.facts.towns_named_as_people import PLACE_PREPOSITION
from briefing_app.core.facts.work_titles import after_title_preposition

__all__ = ["LEADING_FUNCTION_WORDS", "Named", "add_repeated_names", "find_named", "find_places_and_orgs"]

# Determiners and quantifiers that open sentences and also spell a town ("Most", "Many"): read as the word there.
_OPENING_DETERMINERS = {"most", "many", "some", "several", "few", "much", "more", "such", "other", "only", "even",
                        "still", "just", "both", "each", "every", "any", "all", "no", "none"}  # fmt: skip

# A venue's word after a company's name: the venue is named after its sponsor ("the Allianz Arena").
_VENUE_AFTER = re.compile(r"\s+(?:Arena|Stadium|Park|Centre|Center|Dome|Field|Tower|Hall)(?![\w'’-])")


# Around a one-word body's name the lists hold: a day named with it, a portfolio it names or a noun it qualifies
# ("Labour Day", "the Minister of Labour", "Labour costs"); `\x00` stands for the name.
# Members of a body named by their seat in it ("Conservative Members of Parliament", "Members of the European
# Parliament"): people, no body.
_MEMBERS_OF = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}Members\s+of\s")
_NOT_THE_BODY = re.compile(
    # (or a common noun the word qualifies, as a sentence's first word: "Labour costs rose")
    r"\x00\s+(?:Day|costs|market|markets|shortages?|force|supply|laws|rights|standards|productivity|relations)\b|"
    r"\b(?:Minister|Ministry|Secretary|Department|Office|minister|ministry|secretary|department)\s+"
    r"(?:of|for)\s+(?:the\s+)?\x00"
)


# What is said of a place and never of a person right after its name: "X is located", "X lies 30 km from", "X, a port
# city", "X is a town".
_PLACE_PREDICATE = re.compile(
    r"\s+(?:is|was|lies|lay|sits)\s+(?:located|situated|some\s+\d|about\s+\d|\d)"
    r"|,?\s+(?:is\s+|was\s+)?(?:a|the)\s+(?:[a-z-]+\s+)?(?:city|town|port|capital|village|province|region)\b"
)


# The article of a law or treaty cited before its name ("artikel 107, stk. 3, litra b), i TEUF"): the name after
# "i" is the document's, no body's.
# (the segmenter may cut after "stk.", leaving "3, litra b), i TEUF" as the next sentence's opening)
_CITED_ARTICLE = re.compile(r"(?:\b[Aa]rtikel\s+\d+|^\s*\d+,\s+(?:litra|nr\.|pkt\.))[^;]{0,40}?\s+i\s+$")


# A preposition of place right before a name: "in Brits", "from Brits" name the town, not the people.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|to|outside|into)\s+$")


def _recording_places(add: AddName, ends: list[int], site_ends: list[int]) -> AddName:
    """`add`, also noting in `ends` where each place it adds ends, and in `site_ends` where each body or place named
    by a site's head noun ends ("مستشفى X", "مركز X الصحي": a town may follow it as where it stands)."""

    def add_here(kind: str, name: str, index: int, start: int, end: int, key_name: str | None = None) -> None:
        ends.extend([end] if kind == "place" else [])
        site_ends.extend([end] if names_a_site(name) else [])
        add(kind, name, index, start, end, key_name)

    return add_here


_TITLE_CASE_RE1 = re.compile(r"\b[^\W\d_]{4,}")


def _title_case(text: str) -> bool:
    """A headline that capitalises every word ("Minister to Back Plan for Ports"): four or more words of four
    letters or more, nearly all capitalised."""
    words = _TITLE_CASE_RE1.findall(text)
    # (a word in lower case only is a sentence's: in a short line even one says it is no headline, "Rain fell in
    # Harris County on Friday"; a brand's inner capital is no lower-case word, "iPhone"; the short joining words a
    # title-case headline leaves in lower case do not count, "Minister to Back Plan with Ports")
    lower = sum(w.islower() and w not in _TITLE_CASE_SMALL for w in words)
    if len(words) < 4 or lower > (0.2 * len(words) if len(words) >= 10 else 0):
        return False
    # A sentence that lists many names ("in Kessby, Tolvik, ... and Brenna counties") is nearly all capitals too; a
    # headline in title case leaves only its short joining words in lower case, never three words of content
    # ("notice", "said", "affected"), and seldom lists names.
    content = [w for w in words if w[0].islower() and w.lower() not in _TITLE_CASE_SMALL]
    return len(content) < 3 or _NAME_LIST.search(text) is None


# Three names or more in a row, each followed by a comma: a list, which a headline seldom holds.
_NAME_LIST = re.compile(r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?,\s+){3,}")


# Words a headline in title case may leave in lower case ("Minister to Back Plan with Ports").
_TITLE_CASE_SMALL = {
    "with", "from", "into", "over", "than", "upon", "onto", "that", "this", "after", "about", "amid", "against",
    "under", "while", "before", "between", "through", "without", "during", "within", "toward", "towards", "across",
    "along", "since", "until", "like", "near", "past", "when", "where", "despite", "beyond", "around", "among",
}  # fmt: skip


# Words that may stand before a place's name and leave it a place: "Northern Iraq", "Greater Cairo".
_PLACE_MODIFIERS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper",
    "Lower", "Inner", "Outer", "Downtown", "Old", "New", "Occupied", "Mainland", "Metropolitan", "Rural", "Coastal",
    "Nordre", "Søndre", "Østre", "Vestre", "Nord", "Syd", "Øst", "Vest", "Midt", "Store", "Lille",
}  # fmt: skip


_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÆØÅÁÉÍÓÚ][a-zæøåáéíóúñ]+)(?:\s+(?:de|del|da|do|di|la|el))?\s+$")


def _ends_a_longer_name(text: str, mention: Mention) -> bool:
    """A place right after a capitalised word of another name ("Simón Bolívar", "Radio Moscow", "Mercado Común
    del Sur", "Blogs La Rioja") is that name's last word, unless the word before is a sentence's first word, a
    place, a compass or size word, an acronym or a possessive; a country of two words stays ("the X United
    States" is rarer than a list)."""
    if " " in mention.written and mention.entry.detail == "country":
        return False
    m = _NAME_BEFORE.search(text[: mention.start])
    if m is None or m.group(1) in _PLACE_MODIFIERS or m.group(1).lower() in LEADING_FUNCTION_WORDS:
        return False
    if not text[: m.start()].strip(" \"'“‘(") or re.search(r"[.:!?;][\"”']?\s*$", text[: m.start()]):
        return m.group(1) in person_names()[0]  # a sentence's first word may be any word, unless a given name
    if lookup(m.group(1)) is not None or TITLE_BEFORE.search(text[: m.end()]):
        return False  # "Texas Houston"? a place before a place is a list or a region; titles are read above
    return True


def _town_then_a_full_name(text: str, mention: Mention) -> bool:
    """ "Borgmester i Aarhus Jacob Roe", "the mayor in Kessby Jane Roe": after a preposition of place, the town and
    then a person's given name and family name (not "Victoria Jane Roe", a woman with two given names)."""
    if text[: mention.end].endswith(("'s", "’s")):
        return False  # "at Shangri-La's Rasa Sentosa Resort": the owner of a longer name
    following = re.match(r"\s+([A-ZÆØÅ][a-zæøå]+)\s+[A-ZÆØÅ][\wæøå'’-]+", text[mention.end :])
    return (
        following is not None
        and following.group(1) in person_names()[0]
        and PLACE_PREPOSITION.search(text[: mention.start]) is not None
    )


# A surname with a Gaelic prefix and its own capital, which no place's name continues with.
_GAELIC_SURNAME = re.compile(r"\s+(?:Mc|Mac|O['’])[A-Z][a-z]+")


# A small town is a place only where the sentence puts one: "in Bogliasco", "near Kanata", "from Yeoncheon".
_TOWN_AFTER = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|to|of|town of|city of|village of|i|fra|ved|nær|til|omkring|"
    r"mellem|byen)\s+"
    r"([A-ZÆØÅ][a-zæøå'-]{3,}(?:\s[A-ZÆØÅ][a-zæøå'-]+){0,2})(?![\w'’-])"
)


# The capitalised article before a Danish name whose first word is a definite adjective ("Det Konservative
# Folkeparti", "Den Danske Bank"): part of the name, as the article of "the Netherlands" is not.
_DA_NAME_ARTICLE = re.compile(r"(?:^|(?<=[\s(\"“]))(Den|Det)\s+$")


# A list of names after a preposition of place, up to the name read now ("protests in Suez, Mansoura and
# Alexandria"): each item is where, like the first, though a given name also spells it (a tour's dozen stops too:
# "stops in Toronto, Boston, ..., Houston, Dallas, Seattle").
_LISTED_AFTER_LOCATIVE = re.compile(
    # (or a list's opening word: "in eight provinces, including Cairo and Alexandria")
    r"\b(?i:in|at|from|to|near|outside|i|fra|til|ved|including|between|across|such\s+as)\s+"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
    r"(?:,\s+|,?\s+(?:and|or|og|eller)\s+)(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:,\s+|,?\s+(?:and|or|og|eller)\s+)){0,12}$"
)


def _listed_after_a_place(before: str) -> bool:
    """Whether the name read now ends a list opened by a known place after a preposition of place."""
    listed = _LISTED_AFTER_LOCATIVE.search(before)
    first = lookup(listed.group(1)) if listed else None
    return first is not None and first.kind == "place"


# A capitalised word right after a body's name: a person's family name when the name ended with a given name.
_NAME_ON = re.compile(r"\s+[A-ZÆØÅ][a-zæøå]+(?![\w-])")


# A state's name built on "Republic of" ("the Democratic Republic of Congo", "the Republic of Ireland").
_REPUBLIC_OF = re.compile(
    r"(?<![\w-])(?:(?:Democratic|People['’]s|Islamic|Federal|Arab|Socialist|United|Cooperative)\s+)*"
    r"Republic\s+of\s+(?:the\s+)?$"
)


# A town's name joined by hyphens to a particle and a second name, as English and French towns are named
# ("Newton-le-Willows", "Stratford-upon-Avon", "Ashton-under-Lyne", "Boulogne-sur-Mer").
_JOINED_TOWN = re.compile(
    r"-(?:le|la|les|upon|on|under|in|by|super|sur|en|am|an|de|lès)-[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"
)


# A capitalised word glued after a place's name by a hyphen ("Bristol-Myers", "Serra-Garcia"): a double name,
# unless the second part is a place too ("Austria-Hungary", "the London-Paris route").
_GLUED_NAME = re.compile(r"-([A-Z][a-z]+)(?![\w'’-])")


_HYPHENATED_TOWN = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]+-(?:le|upon|under|on|in|by|super|sur|en|am)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])"
)


# "a suburban Phoenix temple", "downtown Austin": a part of a town named with its adjective; no person is "suburban".
_PART_OF_TOWN_BEFORE = re.compile(r"\b(?:suburban|downtown|uptown|metro|metropolitan|rural|urban)\s+$")
# "a Houston hospital", "an Austin man": an indefinite article, the name, then a lower-case noun; no person takes
# "a", so the name qualifies the noun as a town does ("a Ford truck" is no town: Ford is no city).
_A_TOWNS_THING = re.compile(r"(?<![\w'’-])(?:a|an)\s+\x00\s+[a-z]{3,}\b")


def _a_towns_thing(text: str, start: int, end: int) -> bool:
    return _A_TOWNS_THING.search(text[max(0, start - 8) : start] + "\x00" + text[end : end + 20]) is not None


_FIND_NAMED_RE1 = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$")
_FIND_NAMED_RE2 = re.compile(r"\s+([A-Z][a-z]+)(?![\w'’-])")
_FIND_NAMED_RE3 = re.compile(r"['’]s?")
_FIND_NAMED_RE4 = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")


def find_named(sentences: list[SourceSentence], language: str) -> Named:
    """Every place and organisation the sentences name, one fact each, with all their sentences."""
    lang = language.split("-")[0].lower()
    named = Named()
    by_key: dict[tuple[str, str], Fact] = {}
    lowercase = frozenset(w for s in sentences for w in lowercase_words(s.text))
    whole = "\n".join(s.text for s in sentences)
    brands = {w for w in lowercase if w in camel_case_organisations()}  # "youtube" written in lower case
    acronyms = article_acronyms(sentences, lang)

    sports = lang in ("en", "da") and is_sports_story(whole)
    team_uses = TeamUses()

    texts = {s.index: s.text for s in sentences} if lang in ("en", "da") else {}

    body_spans: dict[int, list[tuple[int, int]]] = {}
    # The known bodies of several words in the sentence being read: a shape read inside one is a word of its name
    # ("Save the Children said": not a body "Children")
    known_bodies: list[tuple[int, int]] = []

    def add(kind: str, name: str, index: int, start: int, end: int, key_name: str | None = None) -> None:
        if kind == "organisation" and any(a <= start and end <= b and b - a > end - start for a, b in known_bodies):
            return
        cut = owner_cut(name) if kind == "organisation" and lang == "en" and "s " in name else 0
        if cut:  # "the UN's World Food Programme": the owner is no word of the body's name
            name, start = name[cut:], max(start, end - len(name) + cut)
        if kind == "organisation" and lang == "da" and name.endswith(" A") and texts[index][end : end + 2] == "/S":
            name, end = f"{name}/S", end + 2  # "Holm & Søn A/S": the company form is whole, not cut at its slash
        members = bool(texts) and name.endswith(" Members") and texts[index][end:].startswith(" of ")
        if kind == "organisation" and (_MEMBERS_OF.match(name) or members):
            return  # "No Conservative Members of Parliament": people who sit in a body, no body
        if kind == "organisation" and lang == "en" and texts:
            cut = meeting_cut(texts[index], start, name)  # "the 121st Assembly of the X Union": the union
            if cut:
                named.spans.setdefault(index, []).append((start, start + cut))  # (its "Assembly" is no body)
            name, start = name[cut:], start + cut
            branch = nation_branch_start(texts[index], start, name)  # "Scottish Labour": the party's branch
            if branch < start and not name.endswith("Tory"):
                # (a body of its own: "Labour" said alone elsewhere stays the whole party; "Scottish Tory leader"
                # is the party's adjective, no branch's name)
                key_name = None
            name, start = texts[index][branch:start] + name, branch
        last = name.rsplit(" ", 1)[-1] if kind == "organisation" and name.count(" ") >= 2 and texts else ""
        given_last = last in person_names()[0] and texts[index][end - len(last) : end] == last
        # (not the place or the word a body's name ends "of"/"for": "Communications Workers of America said")
        given_last = given_last and name.split()[-2] not in ("of", "for", "and", "&", "the", "af", "og", "i")
        if given_last and _NAME_ON.match(texts[index], end):
            name, end = name[: -len(last) - 1], end - len(last) - 1  # "Formand for Dansk Metal Claus Vinther"
        article = _DA_NAME_ARTICLE.search(texts[index][:start]) if lang == "da" and kind != "place" else None
        if article and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+e", name.split()[0]) and " " in name:
            # "Det Konservative Folkeparti", "Den Jyske Opera": Danish capitalises the article of a name only
            key_name, name, start = key_name or name, f"{article.group(1)} {name}", article.start(1)
        if lang == "da" and kind == "organisation" and danish_genitive(name, whole):
            name, end = name[:-1], end - 1  # "Brøndbys hjemmeside" where the article also writes "Brøndby"
        spans = named.spans.setdefault(index, [])
        spans.append((start, end))
        if kind == "organisation":
            body_spans.setdefault(index, []).append((start, end))  # (for org_list_mates)
        key = (kind, (key_name or name).lower())
        if kind == "organisation" and lang == "en" and key_name is None:
            # "The Ohio State University" in one sentence, "Ohio State University" in a title-case list where no
            # "The" opens a body: one body
            key = (kind, key[1].removeprefix("the "))
        fact = by_key.get(key)
        if fact is None:
            by_key[key] = Fact("place" if kind == "place" else "organisation", name, index)
        else:
            if key_name and kind == "organisation" and fact.text in name.split() and len(name) > len(fact.text):
                fact.text = name  # "Radikale" in the headline, "Radikale Venstre" below: the body's fuller name
            if index not in fact.sentences:
                fact.sentences.append(index)

    for s in sentences:
        text, taken = s.text, named.spans.setdefault(s.index, [])
        mentions = find_mentions(text, lang, lowercase) if lang not in ("ar", "he") else []
        # (a known name that runs past the town's capitalised words: "from Save the Children", not the town Save)
        longer_known = {m.start: m.end for m in mentions if " " in m.written}
        known_bodies[:] = [(m.start, m.end) for m in mentions if m.entry.kind == "organisation" and " " in m.written]
        # (a dateline's words are all capitalised: "CALDWELL COUNTY, NC — We are watching X Creek, Y River ...")
        headline = _title_case(text[datelines.dateline_end(text) :] if lang == "en" else text)
        if lang == "en":
            # (first: the acronym and name finders would read a town in capitals as a body; a dateline's words are
            # all capitalised, so the sentence may read as a title-case headline)
            dated, agency = datelines.dateline(text)
            for start, end, name in dated + ([agency] if agency is not None else []):
                add("place" if (start, end, name) in dated else "organisation", name, s.index, start, end)
        if lang in ("en", "da"):
            defined_bodies(text, s.index, acronyms, taken, add)
            shaped_bodies(text, s.index, lang, headline, lowercase, whole, taken, add)
            head_and_tail_runs(text, s.index, lang, headline, lowercase, whole, taken, add)
        if lang in ("en", "da"):
            for m in _TOWN_AFTER.finditer(text):
                name = m.group(1)
                if longer_known.get(m.start(1), 0) > m.end(1):
                    continue
                run = name.split()
                known = max((k for k in range(len(run), 0, -1) if lookup(" ".join(run[:k])) is not None), default=0)
                while name and name not in towns() and " " in name:
                    name = name.rsplit(" ", 1)[0]  # "in Bogliasco Tuesday": the longest town name that is one
                if known >= len(name.split()) or (known and name not in towns()):
                    continue  # "in Salt Lake City": a bigger place the gazetteer knows starts here
                # (a town whose name begins with a region's is the town: "in Atlantic City", not the ocean)
                dropped = m.group(1)[len(name) :].split()
                if dropped and not all(MONTHS_DAYS.match(w) for w in dropped):
                    continue  # "from Save Your Voice": a longer name that starts like a town
                start = m.start(1)
                if name in villages() and m.group(0)[:3] in ("of ", "to "):
                    continue  # "the takeover of Melling by ...": after a bare "of" or "to", a village may be a firm
                if name in towns() and not _overlaps(taken, start, start + len(name)) and name.lower() not in lowercase:
                    add("place", name, s.index, start, start + len(name))
                    if not re.match(r"(?:to|til)\s", m.group(0)):
                        team_uses.place.add(name.lower())  # "in Kessby": the town; "to Kessby" may be a side
        if lang == "en" and not headline:
            for start, end, name in place_features.features(text, lowercase):
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "the Swat Valley", "Lake Tana": before "Swat", "Tana"
        long_list = listed_four_or_more(text, [(m.start, m.end) for m in mentions]) if sports else set()
        glued = place_context.glued_towns(text, mentions, sports) if lang == "en" else {}
        for mention in mentions:
            if _overlaps(taken, mention.start, mention.end) or text[mention.start - 1 : mention.start] in ("#", "@"):
                continue  # "#Ruritania", "@Ruritania": a hashtag or a handle labels a post, it names no place in it
            entry = mention.entry
            if lang in ("en", "da") and place_context.given_name_of_a_person(text, mention):
                continue  # "Farmer Chad Smith said", "Georgia Lee": a given name, then a family name
            if mention.start in glued:
                club = glued[mention.start]
                if club is not None and not _overlaps(taken, *club):
                    add("organisation", text[club[0] : club[1]], s.index, *club)  # a club in a match report
                taken.append((mention.start, mention.end))
                continue  # "Porto Braga": two towns side by side with nothing between name a club or a firm
            if lang in ("en", "da") and entry.kind == "place" and " " not in mention.written:
                if mention.written.lower() in _OPENING_DETERMINERS and not text[: mention.start].strip(" \"'“‘("):
                    continue  # "Most bloggers agreed": a sentence's first word, not the town of that name
            if lang == "en" and entry.kind == "place":
                if place_context.portfolio_of_a_job(text, mention):
                    continue  # "the group's Asia director": the region a job covers, not a place the story is in
                if place_context.not_the_town_here(text, mention):
                    continue  # "trans-Tasman", "Reading the report", "Bono, Jane Roe and John Doe"
                if place_context.names_a_vessel(text, mention):
                    taken.append((mention.start, mention.end))
                    continue  # "its Arctic Sunrise ship": a word of a ship's name
                # (a plural of a people's noun only: "Brits", "Danes"; the word alone may be a place, "Tbilisi")
                word = mention.written
                demonym = " " not in word and word.endswith("s") and is_nationality(word) and is_nationality(word[:-1])
                if demonym and not _PLACE_PREPOSITION_BEFORE.search(text[: mention.start]):
                    continue  # "Sick Brits have the right": a people's name that a small town also bears
                if inside_quoted_title(text, mention.start, mention.end) or (
                    lang == "en" and not headline and after_title_preposition(text[: mention.start])
                ):
                    taken.append((mention.start, mention.end))
                    continue  # 'the action flick "Pacific Rim"', "the comedy Ticket To Kessby": a word of a title
                if place_context.facility_after(text, mention):
                    taken.append((mention.start, mention.end))
                    continue  # "Riverton Airport", "Harbour Square", "the Westland Cup": no place
                team = None if headline else place_context.team_after(text, mention, lowercase)
                if team is not None and not _overlaps(taken, team[0], team[1]):
                    add("organisation", team[2], s.index, team[0], team[1])
                    continue  # "the Riverton Otters": a team named by its town, which is no place there
                kind_end = place_context.kind_after_place(text, mention)
                if kind_end is not None:  # "Kano State", "Kharkiv Oblast": the kind is part of the name
                    mention = Mention(mention.start, kind_end, entry, text[mention.start : kind_end])
            if entry.detail != "country" and " " not in mention.written and TITLE_BEFORE.search(text[: mention.start]):
                continue  # "President Bush", "Senator Kent": a person named after a town
            job = _FIND_NAMED_RE1.search(text[: mention.start])
            if (
                entry.detail not in ("country", "region")
                and " " not in mention.written
                and job
                and is_person_noun(job.group(1).lower())
                and (entry.kind == "place" or mention.written in person_names()[0] | person_names()[1])
            ):  # ("Rival Sony", "Competitor Nokia": a listed firm's own name after a word for what it is to another)
                continue  # "Blogger Kent", "Photographer Bath": a job capitalised as a title, then a person
            if lang in ("en", "da") and entry.kind == "place" and not headline and _ends_a_longer_name(text, mention):
                if " " in mention.written:  # "Blogs La Rioja": a name of some kind, but no person's
                    taken.append((mention.start, mention.end))
                continue  # "Simón Bolívar", "Air France", "Rajya Sabha": the last word of another name
            if entry.detail in ("city", "region") and " " not in mention.written and lang == "en":
                if re.match(r"\s*\d(?!\d*(?:st|nd|rd|th)\b)(?!\d*\s*[-–]\s*\d)", text[mention.end :]):
                    continue  # "Delta 4": a model
                if entry.detail == "region" and place_context.firm_named_after_region(text, mention):
                    add("organisation", mention.written, s.index, mention.start, mention.end)
                    continue  # "Amazon founder Jeff Bezos", "Amazon's Prime": a firm; the region takes "the"
                # ("the Sydney-based firm": where a body is based is a place, whatever word spells it)
                based = re.match(r"-(?:based|headquartered)\b", text[mention.end :]) is not None
                if (
                    entry.detail == "city"
                    and not based
                    and re.search(r"\bthe\s+$", text[: mention.start])
                    and not re.match(r",?\s+[A-Z]", text[mention.end :])
                ):
                    # ("the Tolvik, Ruritania based website": the town and its state qualify a noun)
                    continue  # "the destruction of the Columbia": a ship or a thing; towns take no article
            if entry.detail == "city" and " " not in mention.written and lang in ("en", "da"):
                given, family = person_names()
                if re.match(r"\s*\d(?!\d*(?:st|nd|rd|th)\b)(?!\d*\s*[-–]\s*\d)", text[mention.end :]):
                    continue  # "Delta 4": a model
                if (
                    (mention.written in given or mention.written in family)
                    and not re.match(r"-(?:based|headquartered)\b", text[mention.end :])
                    and not re.search(r"\b(?i:in|at|from|to|near|outside|of|i|fra|til|ved)\s+$", text[: mention.start])
                    and not _PART_OF_TOWN_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                    and not _listed_after_a_place(text[: mention.start])
                    and not _PLACE_PREDICATE.match(text, mention.end)  # ("X is located 30 miles from")
                    and not _a_towns_thing(text, mention.start, mention.end)
                ):
                    continue  # "Bono", "Martin": a person's name far more often than a town
                given_before = re.search(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$", text[: mention.start])
                if (
                    given_before is not None
                    and given_before.group(1) in given
                    and given_before.group(1).lower() not in common_words()  # ("In Geneva": "In" is a given name too)
                    and lookup(given_before.group(1)) is None
                ):
                    continue  # "Reggie Bush's Heisman Trophy", "Tom Paris": a family name after a given name
            if (
                entry.detail == "city"
                and " " not in mention.written
                and re.match(
                    r"\s+(?:(?:do|da|de|del|dos|la|van|von)\s+)?(?:[A-Z]\.\s|[A-Z][^\W\d_A-Z]+(?![\w'’-]))",
                    text[mention.end :],
                )
                and lookup(text[mention.end :].split()[0].strip(",.")) is None
                and not _town_then_a_full_name(text, mention)
                and not _PART_OF_TOWN_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            ):
                continue  # a first name that is also a town: "David Nabarro", "Salvador Allende", "Pueblo Uníos"
            if entry.detail != "country" and " " not in mention.written and _GAELIC_SURNAME.match(text, mention.end):
                continue  # "Mary McAleese", "Kerry O'Brien": a given name that is also a place, before a surname
            family_after = _FIND_NAMED_RE2.match(text[mention.end :])
            # (after the place's possessive the name is its own: "England's Paul Harwood", "Wales's Rhys Owen" name
            # a region, then a person; a given name takes no possessive before its family name)
            owned = _FIND_NAMED_RE3.fullmatch(text[mention.start + len(mention.written) : mention.end]) is not None
            if (
                not owned
                and entry.detail in ("capital", "region")
                and " " not in mention.written
                and family_after is not None
                and (
                    family_after.group(1) in person_names()[1]
                    # ("Kenya's Mary Wanjiru", "Victoria Okonjo": a region's name that is a given name, then a
                    # word no list knows, written nowhere in lower case: a family name the lists lack)
                    or (
                        mention.written in person_names()[0]
                        and family_after.group(1).lower() not in common_words()
                        and family_after.group(1).lower() not in lowercase
                    )
                )
                and lookup(family_after.group(1)) is None
            ):
                continue  # a capital's name as a given name before a family name: "Santiago Correa", "Victoria Lind"
            part = re.search(
                r"(?<![\w-])(?:Inner|Outer|Upper|Lower|North|South|East|West|Northern|Southern|Eastern|Western)\s+$",
                text[: mention.start],
            )
            if part is not None and entry.detail == "country" and part.group(0).strip().endswith("ern"):
                part = None  # "Northern Iraq": a country's part described, read as the country
            if part is not None and entry.kind == "place" and " " not in mention.written:
                # "Inner Mongolia", "Upper Nile", "West Slovakia", "Southern California": a part of a place that
                # goes by its own name, its compass word capitalised
                end = mention.start + len(mention.written)
                add("place", text[part.start() : end], s.index, part.start(), end)
                continue
            republic = _REPUBLIC_OF.search(text[: mention.start]) if entry.detail == "country" else None
            if republic is not None and lang == "en" and " " not in mention.written:
                # "the Democratic Republic of Congo", "the Republic of Ireland": the state's name as written
                end = mention.start + len(mention.written)
                add("place", text[republic.start() : end], s.index, republic.start(), end, key_name=entry.name)
                continue
            if sports and entry.kind == "place":  # "beat Mexico", "face Norway": a team in a match report
                team_uses.note(entry, text, mention.start, mention.end, mention.start in long_list)
            if (
                entry.kind == "organisation"
                and " " not in mention.written
                and _NOT_THE_BODY.search(
                    f"{text[max(0, mention.start - 40) : mention.start]}\x00{text[mention.end : mention.end + 12]}"
                )
            ):
                taken.append((mention.start, mention.end))
                continue  # "Labour Day", "the Minister of Labour": a day's or a portfolio's word, not the party
            if lang in ("en", "da") and place_context.family_name_of_a_person(text, mention):
                continue  # "Gerald Ford", "Michael Dell": the person's family name, which the people finder reads
            if entry.kind == "organisation" and _VENUE_AFTER.match(text, mention.end):
                taken.append((mention.start, mention.end))
                continue  # "the Allianz Arena": a venue named after its sponsor, not the company
            chapter = place_context.national_chapter(text, mention) if lang in ("en", "da") else None
            chapter = chapter or (place_context.online_edition(text, mention) if lang == "en" else None)
            if chapter is not None and not _overlaps(taken, mention.start, chapter):
                add("organisation", text[mention.start : chapter], s.index, mention.start, chapter)
                continue  # "Transparency International Hungary": a body's chapter in a country, one name
            double = _GLUED_NAME.match(text, mention.end) if entry.kind == "place" and lang == "en" else None
            second = lookup(double.group(1)) if double is not None else None
            second_place = double is not None and second is not None and second.kind == "place" and (
                second.detail in ("country", "capital", "region") or double.group(1) not in person_names()[1]
            )  # ("Serra-Garcia": a family name that some small town also bears is the person's)
            if double is not None and " " not in mention.written and not second_place and not (
                mention.written.endswith(".") or is_nationality(double.group(1))
            ):  # ("U.S.-Turkish relations": two states' adjective)
                continue  # "Bristol-Myers", "Serra-Garcia": a firm's or a person's double name, no place
            joined = _JOINED_TOWN.match(text, mention.end) if entry.kind == "place" and lang == "en" else None
            if joined is not None:  # "Newton-le-Willows", "Stratford-upon-Avon": the town's whole name
                end = joined.end()
                add("place", text[mention.start : end], s.index, mention.start, end)
                continue
            numbered = _FIND_NAMED_RE4.search(text[: mention.start]) is not None
            if entry.kind == "organisation" and numbered and text.startswith(" of ", mention.end):
                continue  # "the 40th Congress of the Socialist International": a numbered meeting of a body
            # Written as the article writes it (U.S., København); one fact per place whatever the spelling.
            add(entry.kind, mention.written, s.index, mention.start, mention.end, key_name=entry.name)
            # (in a match report a town read as a side heads no region: "Oldby, Kessby and Tolby United are chasing
            # him" lists clubs)
            read_as_side = sports and entry.name.lower() in team_uses.teams()
            region = None if read_as_side else place_shapes.after_city(text, mention, lowercase)
            if region is not None and not _overlaps(taken, region[0], region[1]):
                add("place", region[2], s.index, region[0], region[1])  # "in Livorno, Tuscany"
            town = place_shapes.town_before(text, mention, lowercase) if lang in ("en", "da") else None
            if town is not None and not _overlaps(taken, town[0], town[1]):
                add("place", town[2], s.index, town[0], town[1])  # "a Millbrook, Ohio man"
        if lang in ("en", "da"):
            for m in re.finditer(r"(?<![\w@#/.-])[a-z]{4,}(?![\w/-]|\.\w)", text) if brands else ():
                brand = camel_case_organisations().get(m.group(0))
                if brand is not None and not _overlaps(taken, m.start(), m.end()):
                    add("organisation", m.group(0), s.index, m.start(), m.end(), key_name=brand.name)  # "youtube"
            areas = [
                *place_shapes.latin_areas(text, lowercase),
                *place_shapes.offices_of(text, lowercase),
                *place_shapes.described_places(text, lowercase),
                *place_shapes.constituencies(text, lowercase),
                *place_shapes.event_places(text, lowercase),
            ]
            areas += place_shapes.danish_places(text, lowercase) if lang == "da" else []
            if lang == "en":  # "Ashton-under-Lyne": a hyphenated town no list holds, by its shape alone
                areas += [(m.start(), m.end(), m.group(0)) for m in _HYPHENATED_TOWN.finditer(text)]
            for street, districts in home_addresses(text) if lang == "en" else ():
                taken.append(street)  # ", 34, of Elm Grove,": where someone lives, no place the story is in
                areas += [d for d in districts if d[2] not in person_names()[0] and d[2].lower() not in lowercase]
            areas += place_shapes.english_sites(text, lowercase) if lang == "en" else []
            areas += bearing_places(text) if lang == "en" else []  # "1.5 miles south of Kessby Ward"
            areas += [*place_shapes.qualified_regions(text), *place_shapes.seats(text, lowercase)]
            areas += place_shapes.listed_towns(text, lowercase) if lang in ("en", "da") and not headline else []
            areas += paired_towns(text, lowercase) if not headline else []  # "in Nuuk and Tolvik"
            for start, end, name in areas:
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "the Lombardy region"
        if lang in ("en", "da"):
            bare_acronyms(text, s.index, acronyms, taken, add)
            for kind, start, end, name in tagged_named(text) if lang == "da" and not headline else ():
                if _CITED_ARTICLE.search(text[:start]):
                    continue  # "artikel 107, stk. 3, litra b), i TEUF": the treaty or law an article is cited from
                if not _overlaps(taken, start, end):
                    add(kind, name, s.index, start, end)  # a name no list or shape holds, as the tagger reads it
            mates = list_mates(text, body_spans.get(s.index, []), taken, lowercase) if lang == "en" else []
            for start, end, name in mates:
                add("organisation", name, s.index, start, end)  # "backed by Tolvik, Quarvo, Ping An and eHi"
        elif lang in ("ar", "he"):
            place_ends: list[int] = []  # (Arabic: the places of this sentence, which a district may be joined to)
            site_ends: list[int] = []
            add_here = _recording_places(add, place_ends, site_ends)
            rtl_named(text, s.index, lang, lowercase, taken, add_here)
            for kind, found in (("place", tagged_places), ("organisation", tagged_bodies)) if lang == "ar" else ():
                for start, end, name in found(text):
                    if kind == "organisation" and defence_team(text, end, name):
                        continue  # "هيئة الدفاع عن المتهمين": the lawyers of the accused (orgs_ar_checks)
                    if not _overlaps(taken, start, end):
                        add_here(kind, name, s.index, start, end)  # a name no list holds, as the tagger reads it
            # place_lists_ar: "وبخاصة X، والسلامة، اللذان": a district joined by "and" to a place read above
            unframed = place_lists_ar.joined_after_places(text, place_ends) if lang == "ar" and place_ends else []
            # place_located_ar: "مركز X الصحي في Y،": a town named as where a site or body stands
            unframed += towns_after_sites(text, site_ends) if lang == "ar" and site_ends else []
            for start, end, name in unframed:
                if not _overlaps(taken, start, end) and lookup(name) is None:
                    add("place", name, s.index, start, end)
    clubs = team_uses.clubs()
    for kind, key in list(by_key) if sports else ():
        if kind != "place" or key in team_uses.places():
            continue
        if ("organisation", key) in by_key or _club_named_in_full(key, by_key, first=True):
            by_key.pop((kind, key))  # "Seattle Sounders ... Seattle ran out winners": the club, never the town
    for side in team_uses.teams():
        side_place = by_key.pop(("place", side), None)  # named only as a team, never where a place goes
        if side_place is None or side not in clubs or _club_named_in_full(side, by_key):
            continue  # (a club the article names in full, "the Riverton Otters", is not named again by its town)
        by_key[("organisation", side)] = Fact(
            "organisation", side_place.text, side_place.sentence, sentences=side_place.sentences
        )
    for key in [k for kind, k in by_key if kind == "organisation" and ("place", k) in by_key]:
        place = by_key[("place", key)]
        looked_up = lookup(place.text)
        if looked_up is not None and looked_up.detail == "region" and " " not in place.text:
            by_key.pop(("place", key))  # "Amazon founder ... Amazon said": the article's firm, never the region
        elif looked_up is not None and looked_up.detail == "city" and " " not in place.text and lang == "en":
            if not sports and not _put_where_a_place_goes(place.text, whole):
                by_key.pop(("place", key))  # "mortgage lender Kessby ... Kessby said": the firm, never the town
    for kind, key in [k for k in by_key if k[0] == "organisation"] if acronyms.thing_names else ():
        if any(name.lower().startswith(key + " ") for name in acronyms.thing_names):
            by_key.pop((kind, key))  # "National Insurance" after "National Insurance Contributions (NICs)": the tax
    if texts:
        _merge_listed_names(by_key)
    for short in short_forms([f.text for (kind, _), f in by_key.items() if kind == "organisation"]) if texts else ():
        by_key.pop(("organisation", short.lower()), None)  # "Halmont's chief executive" after "Halmont Foods"
    named.facts = list(by_key.values())
    if texts and lang == "en":  # "told Kessbyweb UK:": the outlet's British edition, one name with its "UK"
        national_arms(named.facts, texts)
    if texts:  # ("China Mobile ..." found once by its role: "China" and "Mobile" later are the body again)
        named.facts = drop_places_inside_bodies(named.facts, texts, lang)
    named.facts = drop_joined_bodies(named.facts)  # "A Services and B Asia Limited to Pay" beside A and B
    if texts:
        named.facts = drop_first_words_of_bodies(named.facts, texts)  # "RM" where the article only has "RM Asia"
        named.facts = drop_competitions(named.facts, texts)  # "to win the X League ... sixth in the X League"
    return named


def _merge_listed_names(by_key: dict[tuple[str, str], Fact]) -> None:
    """One body for two names the organisation lists give to it ("the Conservative Party" found by its shape,
    "Conservatives" by the list): the longer name, with the sentences of both."""
    for kind, key in list(by_key):
        fact = by_key.get((kind, key))
        entry = lookup(fact.text) if kind == "organisation" and fact is not None else None
        listed = ("organisation", entry.name.lower()) if entry is not None and entry.kind == "organisation" else None
        other = by_key.get(listed) if listed is not None and listed != (kind, key) else None
        if fact is None or listed is None or other is None:
            continue
        keep, drop = (fact, other) if len(fact.text) >= len(other.text) else (other, fact)
        keep.sentences = sorted(set(keep.sentences) | set(drop.sentences))
        keep.sentence = min(keep.sentence, drop.sentence)
        by_key[listed] = keep
        by_key.pop((kind, key))


def _put_where_a_place_goes(town: str, whole: str) -> bool:
    """Whether the article writes the town after a preposition of place or before "-based" ("in Kessby", "a
    Kessby-based firm"): then it names the town too, not only a firm or a club called after it."""
    return re.search(rf"(?:\b(?:in|at|from|near|outside|into|of)\s+{re.escape(town)}\b|\b{re.escape(town)}-based\b)",
                     whole) is not None  # fmt: skip


def _club_named_in_full(town: str, by_key: dict[tuple[str, str], Fact], first: bool = False) -> bool:
    """Whether an organisation found has the town's name as one of its words ("Real Madrid" for "Madrid"), or
    (`first`) starts with it and goes on ("Seattle Sounders")."""
    if first:  # (or after a club's letters: "FC Porto ... the first one with Porto")
        letters = "fc|afc|ac|sc|cf|cd|sv|fk|nk|sk|ud|rc|ss|sl|sd"
        club = re.compile(rf"(?:{re.escape(town)} .+|(?:{letters}) {re.escape(town)})")
        return any(kind == "organisation" and club.fullmatch(name) is not None for kind, name in by_key)
    return any(kind == "organisation" and town in name.split() for kind, name in by_key)


def find_places_and_orgs(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """One fact per place or organisation, listing every sentence that mentions it."""
    return find_named(sentences, language).facts
