"""People and the role or title the article gives them, later mentions merged by surname.

Evidence that a capitalised run is a person, in the order news copy gives it: a title or role right
before it ("Health Minister Jane Roe", "health spokesman John Doe"), an apposition after
it ("Jane Roe, a spokeswoman for ..."), a speech verb ("Okafor said", "said Okafor"), an
earlier mention with the same surname, or, for a name named once in passing, a run of two or three
capitalised words none of which the article also writes in lower case. Places and organisations are
found first (`places.find_named`) and their stretches are never people. Arabic and Hebrew sources (no
capitals) are read by `people_ar` and `people_he`; the index that merges mentions is `people_index`.

This module runs the passes over an article; one capitalised run is cut down to its name by `people_runs`
and weighed by `people_evidence` (role and evidence from the words around it, with `people_alone` for a name
the article also gives on its own, `people_bodies` for one word the article treats as a company); `people_shapes`
and `people_nationality` hold what they and the list reader here know of a name's shape and of peoples'
adjectives.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.copula_groups import copula_group
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gated import lowercase_words as lowercase_words_of
from briefing_app.core.facts.gazetteer import known_names, person_names
from briefing_app.core.facts.headline_names import drop_headline_only_people, title_case_paragraphs
from briefing_app.core.facts.headline_short_names import merge_headline_short_forms
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar import AR_SPEECH, find_arabic_people
from briefing_app.core.facts.people_body_tails import drop_body_tails
from briefing_app.core.facts.people_court_roles_en import court_advocate
from briefing_app.core.facts.people_da_genitive import merge_genitive_surnames
from briefing_app.core.facts.people_da_roles_apart import roles_held_as, roles_named_later
from briefing_app.core.facts.people_evidence import is_a_person
from briefing_app.core.facts.people_first_word_owners import drop_first_word_owners
from briefing_app.core.facts.people_groups import group_before
from briefing_app.core.facts.people_he import HE_ROLE_WORDS, HE_SPEECH, find_hebrew_people
from briefing_app.core.facts.people_he_alternating import drop_next_holders_roles
from briefing_app.core.facts.people_he_bounds import without_nicknames
from briefing_app.core.facts.people_he_companies import drop_company_names
from briefing_app.core.facts.people_he_glued_head import merge_glued_subordinators
from briefing_app.core.facts.people_he_glued_tail import cut_glued_tails, drop_on_top_of
from briefing_app.core.facts.people_he_initials import find_initials_names
from briefing_app.core.facts.people_he_later import mend_particle_names, mend_spaced_family_names
from briefing_app.core.facts.people_he_not_names import (
    drop_possessives_and_places,
    mend_family_name_then_act,
    mend_function_word_names,
)
from briefing_app.core.facts.people_he_role_after import add_offices_after_names
from briefing_app.core.facts.people_he_serving import roles_by_serving
from briefing_app.core.facts.people_he_shapes import find_hebrew_shaped_names
from briefing_app.core.facts.people_index import PeopleIndex, Person, fold, merge_roles, strip_possessive, surname
from briefing_app.core.facts.people_listed_roles import semicolon_list_roles
from briefing_app.core.facts.people_lists import (
    PLURAL_SET_OFF,
    give_back_first_words,
    given_names_before_a_couple,
    names_with_kin,
    town_first_words,
)
from briefing_app.core.facts.people_name_fronts import (
    drop_fronted_participle,
    take_abbreviated_title,
    take_detective_rank,
)
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_nicknames_en import without_nicknames_en
from briefing_app.core.facts.people_not_names import home_after_name
from briefing_app.core.facts.people_owners import drop_owners_of_people, owned_names
from briefing_app.core.facts.people_role_before import stars_as_verb
from briefing_app.core.facts.people_role_words import is_plural_of_initials
from briefing_app.core.facts.people_roles import (
    AGED_SUBJECT,
    COMMON_VERBS,
    DA_ROLE_SUBJECT,
    NOT_A_ROLE_WORD,
    ROLE_SUBJECT,
    SPEECH_VERBS,
    copula_role,
    described_role,
    is_job,
    is_title,
    member_of,
    parenthesis_role,
    role_before,
)
from briefing_app.core.facts.people_runs import (
    candidate_runs,
    cannot_be_a_name,
    drop_workplace_before_given_name,
    never_a_name,
    read_sentence,
    separate_from_bodies,
    split_title,
)
from briefing_app.core.facts.people_shapes import (
    LOWER,
    PEOPLE_WORD,
    THING_KINDS,
    UPPER,
    acts,
    is_plural_title,
    looks_like_a_name,
    opening_title,
    plural_title_words,
)
from briefing_app.core.facts.people_shared_surname import share_family_names
from briefing_app.core.facts.people_team_members import split_team_member_words
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS, Named
from briefing_app.core.facts.portfolio_members_en import ends_a_portfolio
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Re-exported for the quote finder, which resolves speakers against the same people.
__all__ = [
    "AR_SPEECH", "HE_ROLE_WORDS", "HE_SPEECH", "SPEECH_VERBS", "PeopleIndex", "Person", "described_role", "find_people",
    "merge_roles", "surname",
]  # fmt: skip


_FIND_PEOPLE_RE1 = re.compile(r"[@#]\w+|\S+\.(?:com|org|net)\S*|https?://\S+")
_FIND_PEOPLE_RE2 = re.compile(r"[^a-z]")
_FIND_PEOPLE_RE3 = re.compile(r"@(\w{5,30})")


def find_people(
    sentences: list[SourceSentence], language: str, index: PeopleIndex | None = None, named: Named | None = None
) -> PeopleIndex:
    """Every person the sentences name, with roles; `index` may already hold people (quote speakers)."""
    lang = language.split("-")[0].lower()
    index = index or PeopleIndex()
    if lang == "ar":
        find_arabic_people(sentences, index)
    elif lang == "he":
        sentences = without_nicknames(sentences)  # "X (Y) Z": the name a person goes by, in brackets inside it
        find_hebrew_people(sentences, index)
        find_hebrew_shaped_names(sentences, index)  # names whose given name the list lacks, by their shape
        find_initials_names(sentences, index)  # 'ש"י X': a given name's initials and a family name
        # (again for the names the shape readers added: "X Y ראש עיריית Z נאם", a given name the lists know and
        # a family name they lack, with its office after it and no commas)
        add_offices_after_names(sentences, index)
        mend_particle_names(sentences, index)  # "זיאד אבו" of "זיאד אבו זיאד": no name ends with a particle
        mend_spaced_family_names(sentences, index)  # "X בר סימן" of "X בר סימן טוב" (the list's "סימן-טוב")
        roles_by_serving(sentences, index)  # "X ימשיך לכהן כיו"ר Y": the office held as
        cut_glued_tails(sentences, index)  # people_he_glued_tail: "כהן בסכסוך" is כהן, the preposition's noun no name
        drop_on_top_of(sentences, index)  # people_he_glued_tail: "שחור על גבי לבן" names no one
        merge_glued_subordinators(index)  # people_he_glued_head: "לאחר ששי X היה" is "שי X", named before
        drop_company_names(sentences, index)  # people_he_companies: "חברת X Y" is a company, no person
        drop_next_holders_roles(sentences, index)  # people_he_alternating: "X Y, R, Z W": R is Z W's office
        drop_possessives_and_places(sentences, index)  # people_he_not_names: "השותפה שלי X Y", "החשוד ברמת גן"
        mend_function_word_names(index)  # people_he_not_names: "שיגר יותר", "X Y שוב": a function word names no one
        mend_family_name_then_act(index)  # people_he_not_names: "X תקפה" after "Y X": her verb, no second name
    else:
        sentences = without_nicknames_en(sentences)  # 'Dwayne ("The Rock") Johnson': the nickname left out
        # (handles, hashtags and addresses are no words of the language: "@janeroe" says nothing of "Jane")
        bare = [_FIND_PEOPLE_RE1.sub(" ", s.text) for s in sentences]
        lowercase_words = {w for text in bare for w in lowercase_words_of(text)}
        spans = named.spans if named else {}
        headline = title_case_paragraphs(sentences)
        reclaimed: list[str] = []
        texts = tuple(s.text for s in sentences)
        # the article's handles, letters only: "Najla Al Hamadi" and "@NajlaAlhamadi" are one person
        handles = frozenset(_FIND_PEOPLE_RE2.sub("", h.lower()) for t in texts for h in _FIND_PEOPLE_RE3.findall(t))
        for s in sentences:
            _latin_people(
                s, lang, index, lowercase_words, spans.get(s.index, []), s.paragraph in headline, reclaimed, texts,
                handles,
            )  # fmt: skip
        for s in sentences:
            if s.paragraph not in headline:
                _name_lists(s, index, lowercase_words, spans.get(s.index, []), (reclaimed, texts))
            _bracketed_names(s, index)
        if named is not None and reclaimed:
            named.facts = [f for f in named.facts if f.text not in reclaimed]
        _surname_mentions(sentences, index)
        _pronoun_roles(sentences, index)
        _role_named_before(sentences, index)
        if lang == "da":
            roles_held_as(sentences, index)  # "Mens X har vundet pokalen som cheftræner": the role held "som"
            roles_named_later(sentences, index)  # "X ... . Bagefter roste cheftræneren holdet": the role named later
            merge_genitive_surnames(index)  # "præsident Holms nye plan" beside "Mikkel Holm": his genitive
        semicolon_list_roles(sentences, index)  # "The winners are A of X; B of Y; and C of Z": each a winner
        drop_headline_only_people(sentences, index, headline)
        merge_headline_short_forms(sentences, index)  # "Mette F ..." over a story naming Mette Frederiksen: hers
        drop_body_tails(sentences, index)  # "director of Georgia Sea Grant": no person "Sea Grant"
        drop_owners_of_people(sentences, index)  # "Dudley North's Jane Roe": a seat, no person "Dudley North"
        drop_first_word_owners(sentences, index)  # "Brookvale Mills" beside "Brookvale CEO Ann Roe": a company
        split_team_member_words(sentences, index)  # "Bronco Darian Roe" beside "the Broncos": a Bronco, Darian Roe
        share_family_names(sentences, index)  # "developers Todd and Scott Chapman": Todd Chapman, Scott Chapman
    return index


_SURNAME_MENTIONS_RE1 = re.compile(r"[\w-]+")


def _surname_mentions(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Second pass: a surname used before the full name appears (a headline) is the same person. Compared
    folded ("O’Neill" and "O'Neill" are one), unless two people's family names differ only by accents ("Sahin"
    and "Şahin" stay apart). A key of word characters is a whole run of them in the sentence: a set look-up,
    no regex per person."""
    raw = [(s.index, s.text) for s in sentences]
    folded = [(s.index, fold(s.text)) for s in sentences]
    raw_words = [(i, set(_SURNAME_MENTIONS_RE1.findall(t))) for i, t in raw]
    folded_words = [(i, set(_SURNAME_MENTIONS_RE1.findall(t))) for i, t in folded]
    spellings: dict[str, int] = {}
    for key in {person.key for person in index.people}:
        spellings[fold(key)] = spellings.get(fold(key), 0) + 1
    for person in index.people:
        key, pool, runs = fold(person.key), folded, folded_words
        if spellings[key] > 1:
            key, pool, runs = person.key, raw, raw_words
        if re.fullmatch(r"[\w-]+", key):
            found = [i for i, run in runs if key in run]
        else:
            pattern = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])")
            found = [i for i, text in pool if pattern.search(text)]
        person.sentences = sorted({*person.sentences, *found})


# A sentence opening with a role as its subject, no name with it: "The prime minister has resigned",
# "Ruritania's foreign minister said" (the owner, then the words up to the verb).
_ROLE_OPENING = re.compile(r"[\"“]?(The|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s)\s+((?:[a-z][\w-]*\s+){1,4})")


def _opening_role(text: str) -> str | None:
    """The role that opens `text` as its subject, up to its head noun and the verb after it."""
    m = _ROLE_OPENING.match(text)
    words = m.group(2).split() if m else []
    for k in range(min(3, len(words) - 1)):
        if is_role_noun(words[k]) and not is_role_noun(words[k + 1]) and words[k + 1] not in ("of", "for", "and"):
            owner = "" if m is None or m.group(1) == "The" else f"{m.group(1)} "
            return owner + " ".join(words[: k + 1])
    return None


def _role_named_before(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """ "The prime minister has resigned. ... Mr Halvorsen said he was leaving": a person first named by an
    honorific and the surname alone, with no role, is the one a role opening one of the two sentences before
    stood for, when no one else is named in between."""
    by_index = {s.index: s.text for s in sentences}
    for person in index.people:
        if person.role or " " in person.name or not person.sentences:
            continue
        first = min(person.sentences)
        if not re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(person.name)}\b", by_index.get(first, "")):
            continue
        for back in (first - 1, first - 2):
            if any(back in p.sentences or back + 1 in p.sentences for p in index.people if p is not person):
                break  # someone else is named in between: the role may be theirs
            role = _opening_role(by_index.get(back, ""))
            if role:
                person.role = role
                break


_BRACKETED = gated(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)\s+([a-z][\w-]*)\s+\[([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\]"
)


def _bracketed_names(s: SourceSentence, index: PeopleIndex) -> None:
    """ "My daughter [Jane], at 20, ...": a name a writer puts in square brackets after a noun for a person,
    inside a quotation, is that person, and the noun is the role."""
    for m in _BRACKETED.finditer(s.text):
        noun, name = m.group(1), m.group(2)
        if is_person_noun(noun) and name not in known_names() and index.find(name) is None:
            index.add(name, noun, s.index)


_PRONOUN_ROLES_RE1 = re.compile(r"(?:He|She|Han|Hun)\b(.*)")


def _pronoun_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """ "He is a former soldier.", "Hun er formand for foreningen.": a role stated of a pronoun that opens a
    sentence belongs to the one person the sentence before named (none when it named two or more); so does
    the role in a description that opens it ("The 45-year-old teacher said", "The minister said",
    "Borgmesteren siger")."""
    texts = {t.index: t.text for t in sentences}
    for s in sentences:
        # (not inside a quotation: '"He was a great man," said X' is the speaker's word on someone else)
        m = _PRONOUN_ROLES_RE1.match(s.text)
        # ("She's the director of ...": "'s" is "is" after a pronoun)
        role = copula_role(re.sub(r"^['’]s\b", " is", m.group(1))) if m else None
        aged = None if role else AGED_SUBJECT.match(s.text)
        role = role or (described_role(aged.group(1)) if aged else None)
        titled = None if role else (ROLE_SUBJECT.match(s.text) or DA_ROLE_SUBJECT.match(s.text))
        if titled and (is_role_noun(titled.group(1).split()[-1]) or is_job(titled.group(1))):
            # "The minister said ...": a role noun the sentence before did not use, for the one person it named
            # who has no role yet
            previous = next((t.text for t in sentences if t.index == s.index - 1), "")
            if titled.group(1).split()[-1].lower() not in previous.lower():
                role = titled.group(1)[:1].lower() + titled.group(1)[1:]  # "Borgmesteren" opens the sentence
        if not role:
            continue
        before = [p for p in index.people if s.index - 1 in p.sentences]
        advocate = court_advocate(role.split()[-1], index.people, texts, s.index) if titled else None
        if advocate is not None:  # "Ann Roe, prosecuting, ... . The prosecutor said": Roe, not the accused
            advocate.role = merge_roles(advocate.role, role)
            advocate.sentences = sorted({*advocate.sentences, s.index})
            continue
        if titled and role and before and before[0].role:
            continue
        if titled and before and _held_by_another(role, before[0], index):
            continue  # "Fire Chief X says ... . "...," says Roe. The chief says ...": X's title, not Roe's role
        if len(before) == 1:
            before[0].role = merge_roles(before[0].role, role)
            if s.index not in before[0].sentences:
                before[0].sentences = sorted({*before[0].sentences, s.index})


def _held_by_another(role: str, person: Person, index: PeopleIndex) -> bool:
    """Whether a person other than `person` already holds the role noun a description ends with ("the chief" after
    "Fire Chief Rufus Jackson"): the description then names that holder, not the person named just before."""
    head = role.split()[-1].lower()
    return any(
        p is not person and p.role and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", p.role.lower())
        for p in index.people
    )


def _latin_people(
    s: SourceSentence,
    lang: str,
    index: PeopleIndex,
    lowercase_words: set[str],
    taken: list[tuple[int, int]],
    headline: bool,
    reclaimed: list[str],
    article_texts: tuple[str, ...],
    handles: frozenset[str],
) -> None:
    """Every person a run of capitalised words names in `s`. `reclaimed` collects the names a title showed to
    be people although a place or organisation had taken them; `article_texts` are all the article's
    sentences; `handles` the article's social-media handles in lower-case letters only."""
    sentence = read_sentence(s, lang, index, lowercase_words, taken, headline, reclaimed, article_texts, handles)
    for run in candidate_runs(sentence):
        # First what of the run can be the name (the cuts change where the name starts, so they go in
        # this order), then what the words around it say of it.
        if not separate_from_bodies(sentence, run):
            continue
        drop_workplace_before_given_name(sentence, run)
        if not split_title(sentence, run):
            continue
        drop_fronted_participle(sentence, run)  # "Sentencing Sykes to 30 months, ...": the object is the name
        take_detective_rank(sentence, run)  # "Det Con Jane Roe": the rank, then the name
        take_abbreviated_title(sentence, run)  # "Chief Executive Officer (CEO) Jane Roe": the title before the bracket
        if cannot_be_a_name(sentence, run):
            continue
        if is_a_person(sentence, run):
            index.add(f"{run.peer} {run.name}" if run.peer else run.name, run.role, s.index)


# (one capital inside, as in "McAllister", "DiMarco", "LeBlanc"; a name ends where the word ends)
# ("N'Golo", "D'Angelo": a capital after an apostrophe opens a West African or Italian given name)
_NAME = (
    rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}'’]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:-[{UPPER}{LOWER}][{LOWER}'’]+)?"
    r"(?![\w'’-])"
)
# (a particle may stand inside a name, "Pieter van der Berg"; initials may open it, "A. J. Roe", "J.R. Roe")
_PARTICLE = r"(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|ibn|dos|das|ter|ten)"
_IN_NAME = rf"(?:{_NAME}|[A-Z]\.|{_PARTICLE}(?=\s+(?:{_PARTICLE}\s+)?[A-Z]))"
_LIST_NAME = rf"(?:(?:[A-Z]\.\s?){{1,2}}\s*{_NAME}|{_NAME}(?:\s+{_IN_NAME}){{1,3}})"
_NOTE = r"(?:\s*\([^()]{1,40}\))?"  # "Celso Amorim (Foreign Affairs)": a portfolio or party after each name
_NAME_LIST = re.compile(
    # (a list starts a word: "MPs Ann Lee and Max Holm" holds no name "Ps Ann Lee")
    rf"(?<![\w'’-]){_LIST_NAME}{_NOTE}(?:\s*,\s*{_LIST_NAME}{_NOTE})*(?:\s*,?\s+(?:and|og|alongside)\s+{_LIST_NAME}{_NOTE}"
    rf"|(?:\s*,\s*{_LIST_NAME}{_NOTE}){{2}})"
)


_TITLED_SURNAMES = re.compile(
    # (the last name ends its word: "brothers Alan and Roy Quarvell" has no one-word "Ro")
    r"\b([A-Za-z][a-z]{3,}s)\s+((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+\s+(?:and|og)\s+[A-Z][\w'’-]+)(?![\w'’-])(?!\s+[A-Z])"
)


def _name_lists(
    s: SourceSentence,
    index: PeopleIndex,
    lowercase_words: set[str],
    taken: list[tuple[int, int]],
    article: tuple[list[str], tuple[str, ...]],
) -> None:
    """People named in a list ("frontline players James Franklin, Darryl Tuffey and Shane Bond", "Romelu
    Lukaku and Dries Mertens scored"): when one member of a list of capitalised pairs is a person already,
    or a role leads the list, or a verb follows it, every member is; a role before the list is each one's.
    `article` is the list of names given back to the people and the article's sentences."""
    _titled_surnames(s, index, lowercase_words)
    for m in _NAME_LIST.finditer(s.text):
        _list_of_names(s, m, index, lowercase_words, taken, article)
    _one_word_members(s, index, lowercase_words, taken)
    for name in (
        names_with_kin(s.text, lowercase_words, taken)
        + given_names_before_a_couple(s.text, lowercase_words, taken)
        + owned_names(s.text, lowercase_words, taken)  # "Lichfield's Jane Roe, Kessby's Max Holm and ..."
    ):
        if index.find(name) is None:
            index.add(name, None, s.index)


_WORD = rf"[{UPPER}][\w'’-]+"
_ITEM = rf"{_WORD}(?:\s+(?:{_WORD}|[A-Z]\.)){{0,2}}(?:\s+of\s+(?:The\s+|the\s+)?{_WORD}(?:\s+{_WORD})?)?"
_ITEM_LIST = re.compile(rf"{_ITEM}(?:\s*,\s*{_ITEM})+\s*,?\s+(?:and|og)\s+{_ITEM}")


# "both Jane Roe and Poe", "både Jens Holm og Poe": a pair of the same kind
_BOTH = gated(rf"(?<=\b(?:both|både)\s){_ITEM}\s+(?:and|og)\s+{_ITEM}")


def _one_word_members(
    s: SourceSentence, index: PeopleIndex, lowercase_words: set[str], taken: list[tuple[int, int]]
) -> None:
    """ "singers including Zolani, Jane Roe, Max Holm and Poe": a single name in a list of three or
    more whose other members include two people is a person too (a stage name, a player's one name); so is
    one of a pair after "both" whose other member is a person ("both Jane Roe and Poe")."""
    places = known_names()
    lists = [(m, 2) for m in _ITEM_LIST.finditer(s.text)] + [(m, 1) for m in _BOTH.finditer(s.text)]
    for m, needed in lists:
        items = [(m.start() + x.start(), x.group(0)) for x in re.finditer(_ITEM, m.group(0))]
        names = [re.sub(r"\s+of\s.*$", "", item) for _, item in items]
        known = [n for n in names if len(n.split()) > 1 and index.find(n) is not None]
        # ("N'Golo Kante, Mbappe and Jan Vertonghen were booked": with a verb only people do after the list, one
        # known member is enough, and a full name no list knows is a member too)
        acting = needed == 2 and acts(s.text[m.end() :])
        if len(known) < (1 if acting else needed):
            continue
        for (at, _), name in zip(items, names, strict=True):
            if (
                (" " in name and not (acting and _full_name_member(name, lowercase_words)))
                or index.find(name) is not None
                or name in places
                or name.lower() in lowercase_words
                or is_nationality(name)
                or is_title(name)
                or is_role_noun(name)
                or name.rstrip(".") in _COMPANY_SUFFIXES  # "Wise Media, LLC, Jane Roe and Max Holm": the firm's
                or home_after_name(s.text[:at])  # "Jane Roe, of Kessby; Max Holm, of Lowton": homes
                or ends_a_portfolio(s.text[:at])  # "X, Minister of Energy and Infrastructure said": a title's end
                or any(a < at + len(name) and at < b for a, b in taken)
            ):
                continue
            index.add(name, None, s.index)


# The legal form a firm's name ends with, set off by a comma as a list member would be ("Wise Media, LLC, ...").
_COMPANY_SUFFIXES = frozenset("LLC LLP LP Inc Ltd Co Corp PLC plc GmbH AG SA NV BV AB ASA ApS Pty".split())


def _full_name_member(name: str, lowercase_words: set[str]) -> bool:
    """Whether a member of two or three words of a list of people can be a full name: no word of it is a place, a
    common word of the article, a title or a role."""
    places = known_names()
    return len(name.split()) <= 3 and not any(
        w in places
        or w.lower() in lowercase_words
        or is_title(w)
        or is_role_noun(w.lower())
        or is_plural_of_initials(w)
        for w in name.split()
    )


def _titled_surnames(s: SourceSentence, index: PeopleIndex, lowercase_words: set[str]) -> None:
    """ "Judges Mwale and Banda", "Senators Roe, Doe and Poe", "the singers Zolani and Mbali": a plural title or
    role before single names."""
    places = known_names()
    for m in _TITLED_SURNAMES.finditer(s.text):
        plural = m.group(1)
        if not (is_title(plural[:-1]) or is_role_noun(plural[:-1].lower())):
            continue
        for name in re.findall(r"[A-Z][\w'’-]+", m.group(2)):
            if (
                name not in places
                and name.lower() not in lowercase_words
                and not is_title(name)
                and not never_a_name(name)  # "guards Old and New"
            ):
                person = index.find(name)
                if person is None:
                    index.add(name, plural, s.index)
                elif not person.role:
                    person.role = plural


def _list_of_names(
    s: SourceSentence,
    m: re.Match[str],
    index: PeopleIndex,
    lowercase_words: set[str],
    taken: list[tuple[int, int]],
    article: tuple[list[str], tuple[str, ...]],
) -> None:
    """One list of capitalised pairs: its members are people when none of them is a place, a body or a
    common word and something marks them (a known member, a role, a verb, or three names in a row)."""
    text = s.text
    members, opening = _list_members(text, m)
    taken, towns = town_first_words(members, taken, lowercase_words)
    if not _all_could_be_people(members, lowercase_words, taken) or len(members) < 2:
        return  # a list that holds places or organisations is not a list of people
    before = text[: m.start()].rstrip()
    if re.search(r"\b(?:at|in|inside|outside|near)$", before):
        return  # "sales at Tim Hortons and Marks Spencer": shops, not people
    seat = re.match(r"\s+M[EPS]?Ps?\b", text[m.end() :])
    if seat and not any(name.split()[0] in person_names()[0] for _, name in members):
        return  # "the Hackney North and Stoke Newington MP": a seat named by its places, no people
    example = re.search(r"\b([a-z]+),?\s+(?:such\s+as|including|like)(?:\s+[^.;:()]*)?$", before)
    if (
        example
        and example.group(1) in THING_KINDS
        and not (example.group(1) in _ONE_PLACE and _given_and_family(members))
    ):
        # "brands such as Laura Ashley and Joe Bloggs": examples of things (but "supporters in the region including
        # Jane Roe, Max Holm and Ann Lee": a kind of place before "including" whose list is all full names)
        return
    lead = _list_role(before, opening, text[m.end() :])
    known = any(index.find(name) is not None for _, name in members)
    acting = acts(text[m.end() :])
    shaped = len(members) >= 3 and any(looks_like_a_name(name.split()) for _, name in members)
    if not (known or lead or acting or shaped):
        return
    if example and not known and all(_has_a_common_word(name) for _, name in members):
        return  # "partners including Harbour Vision and Samaritan's Lamp": examples named by common words, bodies
    # a plural role ("frontline players A, B and C", Danish "spillerne A og B") is every member's, a
    # singular one only the first's
    # (or an irregular plural title: "Gardaí A and B")
    shared = lead is not None and (lead.split()[-1].endswith(("s", "ne", "men")) or is_plural_title(lead.split()[-1]))
    if lead is None and re.match(r"\s+from\s", text[m.end() :]):
        lead, shared = member_of(text[m.end() :]), True  # "A and B from Save Our Town": both from it
    every = re.match(
        r"\s*,\s+(?:all|both|alle|begge)\s+((?:[a-zæøå][\w-]*\s+){0,2}([a-zæøå][\w-]*))\s*[,.]", text[m.end() :]
    )
    if lead is None and every and (is_job(every.group(2)) or is_person_noun(every.group(2).rstrip("s"))):
        lead, shared = every.group(1), True  # "A, B and C, all journalists, were held": each a journalist
    _add_members(s, index, members, lead, shared)
    give_back_first_words(towns, article)


# A single place's kind: "the region including X" may name who is in it, not examples of the kind.
_ONE_PLACE = frozenset("village town city district province region county valley neighbourhood neighborhood".split())


def _given_and_family(members: list[tuple[int, str]]) -> bool:
    """Whether a list of three or more holds only two-word names each opening with a listed given name."""
    given = person_names()[0]
    return len(members) >= 3 and all(
        len(name.split()) == 2 and name.split()[0] in given and looks_like_a_name(name.split()) for _, name in members
    )


def _has_a_common_word(name: str) -> bool:
    """Whether a name holds a word the language writes in lower case and no given-name list holds ("Harbour
    Vision", "Samaritan's Lamp"; not "Chipo Ndlovu")."""
    given = person_names()[0]
    return any(strip_possessive(t).lower() in common_words() and t not in given for t in name.split())


def _list_members(text: str, m: re.Match[str]) -> tuple[list[tuple[int, str]], str]:
    """The list's names with where each stands, and the role the sentence's first word gives them (or "")."""
    bare = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), m.group(0))  # brackets hold no member
    members = [(x.start() + m.start(), x.group(0)) for x in re.finditer(_LIST_NAME, bare)]
    first = members[0][1].split() if members else []
    if len(first) == 3 and first[0].lower() in LEADING_FUNCTION_WORDS:
        # "Both Jane Roe and Max Holm denied it": a word opening the sentence, no part of the first name
        members[0] = (members[0][0] + len(first[0]) + 1, " ".join(first[1:]))
    opening = ""
    first_words = members[0][1].split() if members else []
    if (
        len(first_words) == 3
        and not text[: m.start()].strip(" \"'“‘–-")
        and opening_title(first_words[0].lower(), first_words[1])
    ):
        # "Journalists Jane Roe and Max Holm were ...": the sentence's first word is their role
        opening = first_words[0].lower()
        members[0] = (members[0][0] + len(first_words[0]) + 1, " ".join(first_words[1:]))
    elif titled := plural_title_words(first_words):  # "with Council Members Ann Lee and Max Holm voting no"
        opening = " ".join(first_words[:titled])
        members[0] = (members[0][0] + len(opening) + 1, " ".join(first_words[titled:]))
    elif len(first_words) == 2 and is_plural_title(first_words[0]) and first_words[1] not in person_names()[0]:
        # "Senators Roe, Jane Doe and Max Holm": a plural title, then a family name alone as the first member
        opening = first_words[0]
        members[0] = (members[0][0] + len(opening) + 1, first_words[1])
    return members, opening


def _all_could_be_people(
    members: list[tuple[int, str]], lowercase_words: set[str], taken: list[tuple[int, int]]
) -> bool:
    """No member is a place, part of an organisation, a common word, a people's adjective or a titled run."""
    places = known_names()
    given, _ = person_names()
    return all(
        name not in places
        and not any(a < at + len(name) and at < b for a, b in taken)
        and not (name.split()[0].lower() in lowercase_words and name.split()[0] not in given)
        and not any(PEOPLE_WORD.search(w) for w in name.split())
        and not all(w.lower() in lowercase_words for w in name.split())
        and not any(is_title(w) for w in name.split())  # "... and Health Secretary Raj Patel": titled runs
        for at, name in members
    )


def _list_role(before: str, opening: str, after: str = "") -> str | None:
    """The role that leads the list: right before it, the sentence's first word, or the plural a "such as"
    a few words back names."""
    # ("Three opposition leaders, A, B and C, were held": the group's role set off before the list)
    lead = role_before(before) or opening or group_before(before, after) or None
    lead = lead or copula_group(before)  # "The candidates are A, B and C": each a candidate
    set_off = PLURAL_SET_OFF.search(before)  # "questioned by the defendant's lawyers, A and B": each a lawyer
    if lead is None and set_off and (is_role_noun(set_off.group(2)) or is_person_noun(set_off.group(2))):
        lead = set_off.group(1)
    if lead is None and before.endswith("s") and is_role_noun(before.split()[-1][:-1]) and not stars_as_verb(
        before.split()
    ):
        lead = role_before(before[:-1])  # "frontline players A, B and C": each one a player
        lead = f"{lead}s" if lead else None
    last = before.split()[-1] if before.split() else ""
    if lead is None and is_plural_of_initials(last):
        # "Scottish MSPs A and B", "Tory MPs A, B and C": the plural of an office written by its initials, each one's
        lead = f"{role_before(before[:-1]) or last[:-1]}s"
    if lead is None and re.fullmatch(r"[a-z-]{4,}s", last) and is_person_noun(last[:-1]) and not stars_as_verb(
        before.split()
    ):
        lead = last  # "followed by Acme Racing teammates A and B": a plural of a person noun, each one of them
    if lead is None:
        # "other well-known photographers who used the camera, such as A, B and C": the plural role
        # the list exemplifies, a few words back
        example = re.search(r"([^.;:]{0,80}?),?\s+(?:such as|including|like)\s*$", before)
        # (words written in lower case only: "Several activists, including ..." is no "everal activists")
        words = re.findall(r"(?<![\w'’-])[a-z][\w-]*", example.group(1)) if example else []
        # ("Journalists including A and B": the plural may be the sentence's first word, capitalised)
        first = example is not None and example.start() == 0
        capital = re.match(r"\s*[\"“]?([A-Z][a-z]+s)\s", example.group(1) + " ") if example and first else None
        if capital:
            words = [capital.group(1).lower(), *words]
        for k in range(len(words) - 1, -1, -1):
            if words[k].endswith("s") and is_role_noun(words[k][:-1]):
                kept = [w for w in words[max(0, k - 2) : k] if w not in NOT_A_ROLE_WORD and w not in COMMON_VERBS]
                lead = " ".join([*kept, words[k]])
                break
    return lead


def _add_members(
    s: SourceSentence, index: PeopleIndex, members: list[tuple[int, str]], lead: str | None, shared: bool
) -> None:
    """Each member with its role: its own bracket ("Jane Roe (Finance), Max Holm (Health) and ..."), else
    the list's role when it is shared, or for the first member only."""
    for k, (at, name) in enumerate(members):
        note = parenthesis_role(s.text[at + len(name) :])
        own = note if note and not re.fullmatch(r"[\d\s,.-]+", note) else (lead if shared or k == 0 else None)
        person = index.find(name)
        if person is None:
            index.add(name, own, s.index)
            continue
        # ("Jane Roe, Max Holm and Ann Lee ..." after an earlier "Ms Roe" read first: the list's fuller name is hers)
        index.add(name, None, s.index)
        if own and not person.role:
            person.role = own
        person.sentences.sort()
