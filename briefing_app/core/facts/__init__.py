"""Key facts of an article: figures, people, places, organisations, dates and quotes.

`extract_facts(document, english)` reads figures from the source text itself, in any language, and
everything else from the English text of each sentence when the source is not English and an English
translation exists (`english[i]` is sentence i), mapping back by sentence index. Without English it
reads the source itself (English, Danish; Arabic and Hebrew quotes, speakers and titled names).
`render_facts` then attaches, for every target language, the translated sentence each fact came from
and how a figure's number must read there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefing_app.core.facts.anaphoric_roles_en import anaphoric_roles
from briefing_app.core.facts.arabic_marks import quotes_as_written, roles_as_written, unvowelled
from briefing_app.core.facts.bodies_joined import list_of_people
from briefing_app.core.facts.contributor_lines import contributors
from briefing_app.core.facts.da_marks import tidied_speech_marks
from briefing_app.core.facts.dates import find_dates
from briefing_app.core.facts.entity_tagger import drop_non_people, genitive_people
from briefing_app.core.facts.family_plurals import drop_family_plurals
from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.given_name_mentions import merge_given_names
from briefing_app.core.facts.headline_names import drop_headline_only_things
from briefing_app.core.facts.hebrew_marks import people_and_quotes_as_written, plain_marks
from briefing_app.core.facts.lede_roles import lede_roles
from briefing_app.core.facts.model import KIND_ORDER, Fact, FactKind, Rendering, SourceSentence
from briefing_app.core.facts.named_days_venues_en import drop_days_and_venues
from briefing_app.core.facts.org_person_surnames import drop_surnames_read_as_bodies
from briefing_app.core.facts.org_ranks_en import drop_ranks_read_as_bodies
from briefing_app.core.facts.orgs_he_led import bodies_led_by_people
from briefing_app.core.facts.party_cues import parties_by_cue
from briefing_app.core.facts.people import Person, find_people
from briefing_app.core.facts.people_bodies import drop_people_named_as_bodies, groups_named_as_people
from briefing_app.core.facts.people_da_tagged import tagged_people
from briefing_app.core.facts.people_employers import employers_named_in_roles, employers_read_as_people
from briefing_app.core.facts.people_employers_da import employers_after_from
from briefing_app.core.facts.people_en_tagged import tagged_one_word_people
from briefing_app.core.facts.people_he_later import mend_spaced_family_names
from briefing_app.core.facts.people_not_names import never_a_name
from briefing_app.core.facts.people_works import drop_article_names, trim_compound_tails
from briefing_app.core.facts.per_document import new_document
from briefing_app.core.facts.places import add_repeated_names, find_named
from briefing_app.core.facts.products import drop_products
from briefing_app.core.facts.quotes import find_quotes
from briefing_app.core.facts.quotes_told_passive import passive_told_speakers
from briefing_app.core.facts.regex_cache import keep_all_patterns
from briefing_app.core.facts.speaker_subjects import clipped_surname, misspelt_surname
from briefing_app.core.facts.tagger_checks import drop_named_things, drop_people_as_organisations
from briefing_app.core.facts.tagger_checks_da import drop_named_things as drop_danish_named_things
from briefing_app.core.facts.towns_named_as_people import drop_people_named_as_sites, drop_towns_named_as_people
from briefing_app.core.facts.work_titles import drop_work_titles
from briefing_app.core.model import Document
from briefing_app.core.numbers import render_figure

keep_all_patterns()  # regex_cache: the readers' inline patterns outnumber re's default cache


class _Translated(Protocol):
    """A translated sentence as rendering needs it (briefing.TranslatedSentence fits)."""

    @property
    def index(self) -> int: ...

    @property
    def translation(self) -> str: ...


class TranslatedText(Protocol):
    """One target's translation as rendering needs it (briefing.TargetTranslation fits).

    A structural type, so that the fact code needs nothing from the briefing model, which holds facts:
    the dependency goes one way only.
    """

    @property
    def language(self) -> str: ...

    @property
    def sentences(self) -> Sequence[_Translated]: ...


__all__ = ["KIND_ORDER", "Fact", "FactKind", "Rendering", "extract_facts", "render_facts"]


_EXTRACT_FACTS_RE1 = re.compile(r"\b[a-z][\w'-]*")


def extract_facts(document: Document, english: Sequence[str] | None = None) -> list[Fact]:
    """Every key fact of `document`, each with the index of the sentence it came from."""
    new_document()
    source = [SourceSentence(s.index, s.paragraph, s.text) for s in document.sentences]
    language = document.language.code
    figures = find_figures(source, language)
    if english is not None and language != "en":
        if len(english) != len(source):
            raise ValueError(f"english has {len(english)} sentences, the document {len(source)}")
        text = [SourceSentence(s.index, s.paragraph, e) for s, e in zip(source, english, strict=True)]
        language = "en"
    else:
        text = source
    named = find_named(text, language)
    written = text  # as the source writes it: for dates and the drop steps of places and organisations
    if language == "ar":
        # arabic_marks: harakat and shadda ("وصرّح", "أنّ", "نجيبُ") are read as the letters they sit on by the
        # finders of people and quotes, whose word lists are unvowelled; places, organisations (a shadda there
        # tells "منظّمة", organised, from a body's head), dates and figures keep the sentences as written
        text = unvowelled(source) or text
    elif language == "he":
        # hebrew_marks: curly gershayim and geresh ('ח”כ', "סמוטריץ’") are read as the plain marks the word lists
        # and title readers know; names, roles and quotes are given back as the article writes them
        text = plain_marks(source) or text
    elif language == "da":
        # da_marks: "» Vi har ..., « siger X" and "-Ja, det er jeg." as pages put online write them, tidied for
        # the finders of people and quotes; the other finders keep the sentences as written
        text = tidied_speech_marks(text) or text
    people = find_people(text, language, named=named)
    people.people = trim_compound_tails(people.people)  # people_works: "Brian Eno-klassikeren" is Brian Eno's
    add_repeated_names(text, language, named, {w for p in people.people for w in p.name.split()})
    drop_people_as_organisations(named, text, language)  # a repeated surname the tagger knows for a person
    drop_surnames_read_as_bodies(named, [p.name for p in people.people], text, language)  # "Doug Ford ... Ford's"
    drop_ranks_read_as_bodies(named, [p.name for p in people.people], text, language)  # "Garda Jane Roe said"
    figures = [f for f in figures if not _spelled_in_a_name(f, people.people)]
    if language == "en":  # a body's name the people finder also took ("Riverton Otters lost ...") speaks no quote
        parties = parties_by_cue(text, language)  # "the Fine Gael party", "Fine Gael TDs": a party, no person
        named.facts += [Fact("organisation", name, at) for name, at in parties.items()
                        if all(f.text != name for f in named.facts)]  # fmt: skip
        bodies_found = {f.text for f in named.facts if f.kind == "organisation"}
        people.people = [p for p in people.people if p.name not in bodies_found
                         and not any(p.name.startswith(f"{party} ") for party in parties)]  # ("Fine Gael TDs")
    quotes = find_quotes(text, language, people, [f for f in named.facts if f.kind == "organisation"])
    if language == "en":  # "Morgan was jailed and told: '...'": the words he heard, not his
        passive_told_speakers(quotes, text, people.people)
    for quote in quotes:  # speaker_subjects: "Petreus said" in an article about General Tom Petraeus
        respelt = misspelt_surname(quote.speaker, people.people) if quote.speaker and language == "en" else None
        # ("said Tis." after "manager Paul Tisdale": a family name clipped, as sport pages call a manager)
        respelt = respelt or (clipped_surname(quote.speaker, people.people) if quote.speaker else None)
        quote.speaker = respelt.name if respelt is not None else quote.speaker
    if language == "he":  # a speaker reader stops at three words: "X בר סימן" of "X בר סימן טוב"
        renamed = mend_spaced_family_names(text, people)
        for quote in quotes:
            quote.speaker = renamed.get(quote.speaker, quote.speaker) if quote.speaker else quote.speaker
    if text is not written and language == "he":
        people_and_quotes_as_written(people.people, quotes, written)
    elif text is not written:
        quotes_as_written(quotes, written)  # arabic_marks: the quote as the article vowels it
        roles_as_written(people.people, written)  # and each role ("أخصائيّ السموم")
    taken = {w for p in people.people for w in p.name.split()} | {f.text for f in named.facts}
    for name, at in genitive_people(text, language, taken):  # "Okonjo's free kick": a person the tagger knows
        if not never_a_name(name):  # ("God's will": no person's name, whatever the tagger says)
            people.add(name, None, at)
    bodies = {f.text for f in named.facts}
    for name, at in tagged_people(text, language, taken, bodies):  # Danish: "Ifølge Ingrid er ...", no cue
        people.add(name, None, at)
    lowercase = {w for s in text for w in _EXTRACT_FACTS_RE1.findall(s.text)}
    for name, at in tagged_one_word_people(text, language, taken | bodies, lowercase):  # "X made a sloppy pass"
        if not never_a_name(name):
            people.add(name, None, at)
    for name, desk, at in contributors(text, language):  # "Writer Jane Roe in X contributed to this report."
        named.facts = [f for f in named.facts if not (f.kind == "organisation" and name in f.text)]
        if people.find(name) is None:
            people.add(name, desk, at)
    persons = drop_non_people(people.facts(), text, language)  # a one-word "person" the tagger calls a company
    persons = drop_article_names(persons)  # people_works: "The Sandmen", a band; no person's name opens with "The"
    persons = drop_products(persons, text, language)  # "Xbox One" of "the Xbox One X": a device's name
    persons = drop_named_things(persons, text, language)  # "Harbour Radio": a name the tagger calls a body
    persons = drop_people_named_as_bodies(persons, named.facts, language)  # "X Martin in Kessby": a body found
    persons, groups = groups_named_as_people(persons, [s.text for s in text], language)  # "Weezer are touring"
    persons, employers = employers_read_as_people(persons, language)  # "an analyst with Canaccord Adams"
    for quote in quotes:  # ("said Juniper Research director Neil Roe": the body was read as the speaker)
        holders = [p for p in persons if quote.speaker and (p.role or "").startswith(f"{quote.speaker} ")]
        if any(e.text == quote.speaker for e in employers) and len(holders) == 1:
            quote.speaker = holders[0].text
    groups += employers
    taken_names = {f.text for f in named.facts} | {g.text for g in groups} | {p.text for p in persons}
    groups += employers_named_in_roles(persons, taken_names, language)  # "Bright Harbour chief executive X"
    groups += employers_after_from(persons, taken_names, language)  # "investeringsøkonom X fra Kornvig"
    groups += bodies_led_by_people(persons, named.facts, [s.text for s in written], language)  # orgs_he_led
    named.facts += [g for g in groups if all(f.text != g.text for f in named.facts)]
    persons, things = drop_danish_named_things(persons, named.facts, text, language)  # "Tolvik Stadion"
    named.facts += things
    named.facts = drop_towns_named_as_people(named.facts, persons, written, language)  # "stand up to Obama"
    named.facts = drop_headline_only_things(named.facts, written, language)  # "Yahoo's Sale to X": no town
    persons = merge_given_names(persons, quotes)  # "Larry ... Larry Page": one person, the full name
    if language == "en":  # "the film Heart of the Beast": the title said again is no person, its words no body
        texts = [s.text for s in written]
        persons = drop_work_titles(persons, texts)
        named.facts = drop_work_titles(named.facts, texts)
    persons = drop_people_named_as_sites(persons, named.facts)  # "Cyclone floods Carolina Beach"
    if language == "en":  # "Alexander Memorial Coliseum", "the city's Saint Patrick's Day parade": no person
        persons = drop_days_and_venues(persons, [s.text for s in written])
    # ("Lil Wayne, Ne-Yo, Robert Plant & Alison Krauss": a list of acts, no firm; read after the people finder,
    # which takes the list's people and bands from it)
    named.facts = [f for f in named.facts if f.kind != "organisation" or not list_of_people(f.text)]
    named.facts = drop_family_plurals(named.facts, persons, language)  # "the Roes": a family, no body
    lede_roles(persons, written, language)  # "A former police sergeant has pleaded ... | Jane Roe, 62, pleaded"
    anaphoric_roles(persons, written, language)  # "Jo Roe has rejected ... | The treasurer has been answering"
    facts = figures + persons + quotes + find_dates(written, language) + named.facts
    facts.sort(key=lambda f: (KIND_ORDER.index(f.kind), f.sentence))
    return facts


def _spelled_in_a_name(figure: Fact, people: Sequence[Person]) -> bool:
    """A number word that is a word of a person's name in its sentence ("آد ستون": Stone, not sixty)."""
    number = figure.number
    if number is None or not number.spelled:
        return False
    return any(figure.sentence in p.sentences and number.text in p.name.split() for p in people)


def render_facts(facts: Sequence[Fact], targets: Sequence[TranslatedText]) -> None:
    """Fill each fact's `renderings`: per target, its translated sentence and (figures) the number."""
    for target in targets:
        by_index = {s.index: s.translation for s in target.sentences}
        for fact in facts:
            sentence = " ".join(by_index.get(i, "") for i in fact.sentences) if fact.kind == "quote" else ""
            sentence = sentence or by_index.get(fact.sentence, "")
            figure = render_figure(fact.number, target.language) if fact.number is not None else None
            fact.renderings[target.language] = Rendering(sentence, figure)
