"""What no evidence makes a person: a single letter, a nickname or a title in quote marks, a post or an award,
a work's title, a word left over after an organisation, one word that is a place, a role noun, a common word or
a people, a firm named by its staff, and the pen name of a blog.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.entity_tagger_da import common_words as danish_common_words
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_acts import led_by_a_named_person
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality, is_nationality_phrase
from briefing_app.core.facts.people_roles import is_title
from briefing_app.core.facts.people_runs import Run, Sentence, titled_place
from briefing_app.core.facts.people_shapes import OWNED_AFTER, PEOPLE_WORD, is_family_name
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Words that end the names of blogs, feeds and papers ("Kenya Updates", "Coast Digest").
_MEDIA_NAME_WORDS = {"updates", "blog", "blogs", "digest", "gazette", "tribune", "herald", "bulletin", "chronicle"}


# The last words of an award's or a prize's name.
_AWARD_WORDS = {"Medal", "Award", "Awards", "Prize", "Trophy", "Cup", "Medallion", "Decoration", "Citation"}


def _a_post_or_an_award(tokens: list[str]) -> bool:
    """Capitalised words ending in a title or a role noun that is no family name ("Associate Communications
    Director", "Coastal Operations Deputy"), or in an award's word ("Silver Achievement Medal"), with no given name
    first: a post or an award."""
    if len(tokens) < 2 or tokens[0] in person_names()[0]:
        return False
    last = strip_possessive(tokens[-1])
    if last in _AWARD_WORDS:
        return True
    return (is_title(last) or is_role_noun(last.lower())) and not is_family_name(last) and last[1:].islower()


_REJECTED_AT_LAST_RE1 = re.compile(r"\d,\s+(?:of|from)\s+$")
_REJECTED_AT_LAST_RE2 = re.compile(r"(?:^|\s)['‘\"“]$")
_REJECTED_AT_LAST_RE3 = re.compile(r"(?:^|\s)[Tt]he\s+$")
_REJECTED_AT_LAST_RE4 = re.compile(r"\s+(?:family|families|dynasty|clan|household)\b")
_REJECTED_AT_LAST_RE5 = re.compile(r"\b(?:ethnic|ethnically)\s+$")
_REJECTED_AT_LAST_RE6 = re.compile(r",\s+(?:formerly|née|born|also\s+known\s+as|a\.k\.a\.?|aka)\s+$")


def rejected_at_last(sentence: Sentence, run: Run) -> bool:
    """What no evidence makes a person: a single letter, a word left over after an organisation, one word
    that is a place, a role noun, a common word or a people, and the pen name of a blog."""
    name, name_tokens, people = run.name, run.name_tokens, sentence.people
    if len(name.strip(".")) < 2:
        return True
    if sentence.lang == "da" and _english_words_only(name_tokens) and people.find(name) is None and not run.title:
        return True  # "Corporate Governance og Owner-Managed Business": English words in Danish copy name a thing
    if _REJECTED_AT_LAST_RE1.search(run.before) and people.find(name) is None and not run.title:
        return True  # "Jane Roe, 45, of Kessby, a mother of two,": the home town after an age, not a second person
    if (
        _REJECTED_AT_LAST_RE2.search(run.before)
        and (re.match(r"['’\"”]", run.after) or re.search(r"[^s]['’]$", run.name_tokens[-1]))
        and people.find(name) is None
        and not run.title
    ):
        return True  # "the 'Salt King' jailed": a nickname or a title in quote marks, not a name
    nickname = re.search(
        # ("against being called Urban Naxals": a label given to people, no name of anyone)
        r"\b(?:dubbed|nicknamed|alias|(?:being|been)\s+(?:called|branded|labell?ed|termed)(?:\s+as)?|"
        r"(?:known\s+as|called)\s+the|under\s+the\s+(?:pen\s+|screen\s+|user\s*)?"
        r"(?:name|pseudonym|alias|nickname|handle))\s+(?:the\s+)?$",
        run.before,
    )
    if (
        _REJECTED_AT_LAST_RE3.search(sentence.text[: run.start])
        and people.find(name) is None
        # ("the Star Wars lead": "star" and "legend" head the titles of works as often as people's)
        and not any(is_person_noun(t.lower()) and t not in ("Star", "Legend") for t in name_tokens[:-1])
        and not run.title
        and not run.honorific  # ("the Honourable Jane Roe": the style of address takes the article, not the name)
        and not run.role
        and not run.spoke
        and len(name_tokens) >= 2
        and not led_by_a_named_person(run)  # ("the Tom Okafor-led side": the article is the side's)
    ):
        # "at the Winter Gala", "the Silver Line": a person's name takes no article, a thing's does ("the
        # Prophet Muhammad": a person noun first is a title)
        return True
    if (
        _REJECTED_AT_LAST_RE4.match(run.after)
        and re.search(r"(?:^|\s)the\s+(?:[a-z][\w-]*\s+){0,2}$", run.before)
        and people.find(name) is None
        and not run.title
    ):
        return True  # "the ruling Al Sabah family", "the Holm family": a family or a dynasty, no one person
    if (
        OWNED_AFTER.match(run.after)
        and people.find(name) is None
        and not run.title
        and not run.role
    ):
        return True  # "Amanda Seafoods, der også er ejet af Insula": owned, a business, no person
    if _REJECTED_AT_LAST_RE5.search(run.before) and people.find(name) is None and not run.title:
        return True  # "mostly ethnic Fula, Mauritanians": a people, no person
    if nickname and people.find(name) is None and not run.title:
        return True  # "Jane Roe, dubbed the Iron Lady,": the person's nickname, no second person
    if _a_post_or_an_award(name_tokens) and people.find(name) is None:
        return True  # "Associate Communications Director", "Harbour Service Medal": a post or an award, no name
    if _inside_a_quoted_title(run) and people.find(name) is None and not run.title:
        return True  # "touring with her 'Lights of the Harbour Tour'": the end of a work's or a tour's name
    if (
        _REJECTED_AT_LAST_RE6.search(run.before)
        and people.find(name) is None
    ):
        return True  # "his sister Sayo, formerly Princess Nira,": her earlier name, no second person
    if (
        len(name_tokens) == 1
        and run.run_start != run.start
        and people.find(name) is None
        and not (run.title or run.appos)
    ):
        return True  # a word left over after an organisation ("Project on Government | Oversight")
    if (
        len(name_tokens) == 1
        and name.endswith("ing")
        and not sentence.text[: run.start].strip(" \"'“‘–-")
        and name.lower() in common_words()
        and people.find(name) is None
    ):
        return True  # "Bringing the owner of X to court ...": a gerund opening the sentence, no name
    if (
        len(name_tokens) == 1
        and sentence.lang == "da"
        and not run.title
        and not sentence.text[: run.start].strip(" \"'“‘–-")
        and name.lower() in danish_common_words()
        and not one_of_ours(name)
        and people.find(name) is None
    ):
        return True  # "Sådan siger hun", "Derfor mener han ...": Danish puts the verb second, after an opening adverb
    if (
        len(name_tokens) >= 2
        and sentence.lang == "da"
        and name_tokens[0].endswith("e")
        and name_tokens[0].lower() in danish_common_words()
        and name_tokens[0] not in person_names()[0]
        # (a title before it with a preposition, "politiassistent ved Rigspolitiets", says where the holder works)
        and (not run.title or any(t in ("ved", "i", "hos", "fra", "for", "på") for t in run.title))
        and people.find(name) is None
    ):
        # "Rigspolitiets Nationale Færdselscenter", "listen Vi Lokale Demokrater": a Danish adjective in its -e form
        # opens the name of a body or a party (a person's name opens with a given name)
        return True
    if len(name_tokens) == 1 and people.find(name) is None:
        if (
            (name in sentence.places and not run.reclaim and not titled_place(sentence, run))
            or is_role_noun(name)
            or bool(re.fullmatch(r"[A-Z][a-z]+-in-[A-Z]?[a-z]+", name))  # "Commander-in-Chief": a title, no name
            or name.lower() in sentence.lowercase_words
        ):
            return True
        # "Mbeki said": a nationality word never speaks alone
        if is_nationality(name) and not (run.title and any(is_title(t) for t in run.title)) and _before_a_noun(run):
            return True  # "says Ruritanian officials questioned ...": the people's adjective before its noun
        if is_nationality(name) and not (run.title and any(is_title(t) for t in run.title)) and not run.spoke:
            return True  # "Danish", but "Pope Francis", "King Charles" have a title
        if name.endswith("s") and PEOPLE_WORD.match(name) and not run.title:
            return True  # "Algerians tweeted", "Koreans said": a people speaks, no one person
        plural = re.match(r",?\s+who\s+(?:are|were|have|do|[a-z]+[^\Ws])\b(?<!ed)", run.after)
        if name.endswith("s") and not name.endswith("ss") and plural and not run.title and not one_of_ours(name):
            return True  # "a bunch of moral Zealots who accuse ...": a plural, its verb agrees with many
        if len(run.title) == 1 and run.title[0].endswith("s") and is_role_noun(run.title[0][:-1]):
            return True  # "Bloggers Respond to ...": a plural role leads a list of names, not one word
    last = name_tokens[-1]
    if (
        len(name_tokens) >= 2
        and last.endswith("s")
        and not last.endswith("ss")
        and is_person_noun(last[:-1].lower())
        and not is_family_name(last)
        and people.find(name) is None
    ):
        return True  # "Northgate Couriers", "Harbour Builders": a firm named by the people who work in it
    if (
        len(name_tokens) >= 2
        and sentence.lang == "en"
        and _plural_common_noun(last)
        and name_tokens[0] not in person_names()[0]
        and not run.title
        and people.find(name) is None
    ):
        return True  # "Barlow Instruments (Seattle)", "Kessby Dynamics": a firm named by what it makes or does
    if is_nationality_phrase(name_tokens) and people.find(name) is None:
        return True  # "Costa Rican", "Sri Lankan": a two-word place's people
    # "Malawian Economist observed", "Kenya Updates tweeted": a blog's or account's name
    return _described_like_a_name(name_tokens, sentence.places) and people.find(name) is None and not run.title


def one_of_ours(word: str) -> bool:
    """A known given or family name (the name lists), whatever its ending."""
    given, family = person_names()
    return word in given or word in family


_INSIDE_A_QUOTED_TITLE_RE1 = re.compile(r"(?:^|\s)(['‘\"“])([A-Z][^'‘’\"“”,.;:!?]{0,40}\s)$")
_INSIDE_A_QUOTED_TITLE_RE2 = re.compile(r"([^'‘’\"“”,.;:!?]{0,30})['’\"”](?![\w])")


def _inside_a_quoted_title(run: Run) -> bool:
    """Whether the run ends a short name in quote marks that opens with other capitalised words ("'Lights of the
    Harbour Tour'", '"Songs of the Long Road"'): a title, not a person (no comma inside: not a quotation)."""
    opening = _INSIDE_A_QUOTED_TITLE_RE1.search(run.before)
    closing = _INSIDE_A_QUOTED_TITLE_RE2.match(run.after)
    glued = run.name_tokens[-1].endswith(("'", "’")) and not re.match(r"\w", run.after)  # "Tour'": taken with it
    if opening is None or not (closing or glued):
        return False
    rest = closing.group(1) if closing else ""
    return len((opening.group(2) + run.name + rest).split()) <= 6


def _described_like_a_name(tokens: list[str], places: frozenset[str]) -> bool:
    """Whether two capitalised words are a place or a nationality and then a noun for a person or a feed,
    none of them a known given or family name: the pen name of a blog or an account ("Malawian Economist",
    "Kenya Updates"), not a person's name."""
    if len(tokens) != 2:
        return False
    given, family = person_names()
    first, last = tokens[0], strip_possessive(tokens[1])
    return (
        (first in places or bool(PEOPLE_WORD.match(first)))
        and first not in given
        and last not in given
        and last not in family
        and (is_person_noun(last.lower()) or last.lower() in _MEDIA_NAME_WORDS)
    )


def _plural_common_noun(word: str) -> bool:
    """A plural that English writes in lower case ("instruments", "optics", "dynamics"; the entity tagger's common
    words) and that no census list holds as a family name ("Rivers", "Banks" stay names)."""
    word = strip_possessive(word)
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word.lower() in common_words()
        and not is_family_name(word)
        and word not in person_names()[0]
    )


# Nouns for the bodies and groups of a country that follow its adjective ("Ruritanian authorities").
_STATE_NOUNS = frozenset(
    "authorities government forces police troops media army officials military security intelligence".split()
)


def _before_a_noun(run: Run) -> bool:
    """Whether a lower-case noun for people or a state's bodies follows the run ("Ruritanian authorities")."""
    following = re.match(r"\s+([a-z][a-z-]+)", run.after)
    if following is None:
        return False
    word = following.group(1)
    return word in _STATE_NOUNS or is_person_noun(word) or (word.endswith("s") and is_person_noun(word[:-1]))


def _english_words_only(tokens: list[str]) -> bool:
    """Whether every word of a name (each part of a hyphenated one) is an English common word and none a known
    given name: in a Danish article, a department's, a course's or a programme's English name."""
    given = person_names()[0]
    parts = [p for t in tokens for p in t.split("-")]
    return (
        len(parts) >= 2
        and not any(p in given for p in parts)
        and all(p.lower() in common_words() for p in parts)
    )
