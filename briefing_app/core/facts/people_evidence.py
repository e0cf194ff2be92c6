"""What the words around a candidate name say: the role the article gives the person, and whether the
run is a person at all.

News copy shows a person in a handful of ways: a title or honorific in front, an apposition or bracket
after, a role phrase before a comma, a speech verb, an age, a family, an action only a person does, or
simply a name in passing that no other word of the article explains. Each reader below looks for one of
them and adds to `Run.role` and `Run.evidence`; a few reject the run outright (a sentence adverb, the name
of a newspaper or a blog). `is_a_person` runs them in a fixed order: a role read earlier is the one a
later reader extends, and a headline's verdict on a title is weighed before any other evidence. The readers
live in modules of one kind each: roles (`people_evidence_roles`, and the role phrase before a comma in
`people_phrase_roles`), names of things (`people_things`), what only a person does or has (`people_acts`) and
what no evidence makes a person (`people_rejected`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_acts import (
    acts_or_is_described,
    given_an_age_or_handle,
    has_kin,
    introduces_a_quotation,
    named_in_passing,
    player_or_agent,
    speaks,
    writes_or_muses,
)
from briefing_app.core.facts.people_alone import one_name
from briefing_app.core.facts.people_appositions import ranked_player
from briefing_app.core.facts.people_common_body_roles_en import role_of_a_lower_case_body
from briefing_app.core.facts.people_degrees_en import past_degrees
from briefing_app.core.facts.people_evidence_roles import (
    abbreviated_title,
    portfolio_over_and,
    role_by_appointment,
    role_from_title,
    role_of_the_body_before,
    role_over_and,
    role_right_before,
    role_set_off_after,
    titles_joined_by_and,
)
from briefing_app.core.facts.people_phrase_roles import role_in_phrase_before
from briefing_app.core.facts.people_rejected import rejected_at_last
from briefing_app.core.facts.people_roles import apposition_role
from briefing_app.core.facts.people_runs import Run, Sentence
from briefing_app.core.facts.people_shapes import looks_like_a_name
from briefing_app.core.facts.people_streets import names_a_street
from briefing_app.core.facts.people_things import names_a_thing
from briefing_app.core.facts.people_works import colon_title, definite_noun, quoted_title, suspended_compound
from briefing_app.core.facts.role_tidy import tidy_role


def is_a_person(sentence: Sentence, run: Run) -> bool:
    """Whether the run names a person: one the article named before, or one the words around show; fills in
    `run.role` on the way."""
    _read_surroundings(sentence, run)
    role_from_title(sentence, run)
    if _opens_with_an_adverb(sentence, run):
        return False
    if run.title and run.title[-1].lower() in ("of", "for") and not looks_like_a_name(run.name_tokens):
        return False  # "X, Director General of Telecommunications said": what the title is of, no second person
    if _title_before_a_common_noun(sentence, run):
        return False
    role_set_off_after(sentence, run)
    role_in_phrase_before(sentence, run)
    role_right_before(sentence, run)
    role_of_the_body_before(run, sentence.lang)
    if sentence.lang == "en":
        role_of_a_lower_case_body(run)  # "chairman of Harbour parish council Ray Roe"
    role_over_and(run)
    titles_joined_by_and(run)  # "Chairman and CEO Jon Harte": both posts
    portfolio_over_and(run)  # "Trade and Industry Secretary X": the whole portfolio
    role_by_appointment(run)
    if names_a_thing(sentence, run) or names_a_street(sentence, run) or quoted_title(sentence, run):
        return False
    if definite_noun(sentence, run) or suspended_compound(sentence, run) or colon_title(sentence, run):
        return False
    abbreviated_title(sentence, run)
    run.role = tidy_role(run.role)
    has_kin(sentence, run)
    speaks(sentence, run)
    writes_or_muses(sentence, run)
    acts_or_is_described(sentence, run)
    player_or_agent(sentence, run)
    given_an_age_or_handle(sentence, run)
    introduces_a_quotation(sentence, run)
    named_in_passing(sentence, run)
    if rejected_at_last(sentence, run):
        return False
    return sentence.people.find(run.name) is not None or run.evidence



def _title_before_a_common_noun(sentence: Sentence, run: Run) -> bool:
    """ "after the General Election": a title word before one word the language writes in lower case and no name
    list holds is a phrase, no person (but "Mr Straw", and a surname the article gives in full elsewhere)."""
    token = run.name_tokens[0] if len(run.name_tokens) == 1 else ""
    return (
        sentence.lang == "en"
        and bool(run.title)
        and not run.honorific
        and token.lower() in common_words()
        and not looks_like_a_name(run.name_tokens)
        and sentence.people.find(run.name) is None
    )

# Words that follow a name ending in "s" where that "s" is the name's own, since a genitive is followed by what it
# owns, a noun: finite verbs, conjunctions, pronouns and prepositions ("Kaj Brøns har", "Lars Hans og").
DA_NOT_OWNED = frozenset(
    """har havde er var blev bliver vil ville skal skulle kan kunne må måtte bør fik får går gik kom kommer
    siger sagde mener mente tror troede synes fortæller fortalte forklarer forklarede tilføjer svarer skriver
    skrev vandt taber tabte spiller spillede står stod ligger lå ser så gør gjorde tog tager sidder sad og
    eller men som der ikke også selv aldrig altid allerede igen nok dog kun netop han hun den det de dem sig
    sin sit sine til fra med mod for ved efter under over om hos uden mellem gennem inden siden""".split()
)


_READ_SURROUNDINGS_RE1 = re.compile(r"\s*\(@(\w{1,30})\)")
_READ_SURROUNDINGS_RE2 = re.compile(r"\s+(?:\([A-ZÆØÅ]{1,3}\)\s+)?([a-zæøå]{3,})")
_READ_SURROUNDINGS_RE3 = re.compile(r"[a-z][A-Z][a-z]+\s+$")


def _read_surroundings(sentence: Sentence, run: Run) -> None:
    """The text before the run and after the name; a Danish genitive "s" comes off the name."""
    text = sentence.text
    after, before = text[run.end :], text[: run.run_start]
    own_handle = _READ_SURROUNDINGS_RE1.match(after)
    after = after[own_handle.end() :] if own_handle else after  # "Jane Roe (@janeroe) tweeted": read past it
    # ("Jane Roe, M.D., from Acme Hospital, said": the apposition after the degrees; but not after a given name glued
    # to the word before it, '"...," saidJane Roe, M.D.,', unless the article named her in full before: the run holds
    # only part of the name, the speaker readers name the whole)
    glued = _READ_SURROUNDINGS_RE3.search(before) is not None
    if sentence.lang == "en" and (not glued or sentence.people.find(run.name) is not None):
        after = past_degrees(after)
    # (a party's letter in brackets may stand between the name and what it owns: "Thomas Holms (V) signatur")
    following = _READ_SURROUNDINGS_RE2.match(after)
    if sentence.lang == "da" and len(run.name_tokens) >= 2 and following and following.group(1) not in DA_NOT_OWNED:
        last = run.name_tokens[-1]
        if (
            last.endswith("s")
            and len(last) > 4
            and last not in person_names()[0]
            and not last.endswith("ss")
            and not _danish_name_ends_in_s(last, sentence)
        ):
            run.name = run.name[:-1]  # "Lars Bundgaards baghjul": Danish writes the genitive without an apostrophe
    run.after, run.before, run.own_handle = after, before, own_handle


def _danish_name_ends_in_s(word: str, sentence: Sentence) -> bool:
    """Whether the article writes `word` (ending in "s") where no genitive can stand: before a full stop, a
    comma or a speech verb, or after a speech verb ("Anne Friis holdt tale ... Friis sagde"), or a name
    whose "s" follows a double vowel. A genitive is always followed by what it owns."""
    if re.search(r"([aeiouyæøå])\1s$", word):
        return True  # "Friis", "Riis", "Kaas": a double vowel before the "s" is the name's own ending
    verbs = sentence.verbs
    word = re.escape(word)
    pattern = re.compile(rf"(?<![\w-]){word}(?:\s*[,.;:!?)]|\s*$|\s+(?:{verbs})\b)|\b(?:{verbs})\s+{word}(?![\w-])")
    return any(pattern.search(t) for t in sentence.article_texts)


_OPENS_WITH_AN_ADVERB_RE1 = re.compile(r",\s+(?:who|whose)\b")


def _opens_with_an_adverb(sentence: Sentence, run: Run) -> bool:
    """ "Meanwhile, ...", "Eventually, ...": a sentence adverb, capitalised as the first word, is no name."""
    return (
        len(run.name_tokens) == 1
        and not run.title  # "Lord Varno, who ...", "President Kessler, speaking on Monday,": a title, then a name
        and not run.honorific  # ("Mr Kenning, speaking in Leeds, said": the honorific was read off the title)
        and not _OPENS_WITH_AN_ADVERB_RE1.match(run.after)  # "who" refers to a person, never to an adverb
        # (the first word inside a quotation opens a sentence too: '... wrote, "Please, ...')
        and (not sentence.text[: run.start].strip(" \"'“‘–-") or bool(re.search(r"[,:]\s*[\"“‘]$", run.before)))
        and run.after.startswith(",")
        and sentence.people.find(run.name) is None
        and not re.match(r",\s+(?:aged\s+)?\d{1,2},(?!\d)", run.after)  # "Boateng, 24, scored" is a name with an age
        # "Ahmed, a student in Cairo, said": a name and an apposition closed by a second comma
        and not (
            re.match(r",\s+(?:a|an|the)\s+[^,.;:]{2,60},", run.after)
            and (role := apposition_role(run.after))
            # (or a rank only a player holds: "Henman, the British number one, lost")
            and (run.name in person_names()[0] or one_name(sentence, run) or ranked_player(role))
        )
        # "Maureen, wife of Roe, was also convicted": news drops the article before kin or a job; a given name then
        and not (
            run.name in person_names()[0]
            and re.match(r",\s+[a-z][^,.;:]{2,60},", run.after)
            and apposition_role(run.after) is not None
        )
    )
