"""The entity tagger's vetoes on names the rules found (`core/facts/tagger_checks.py`), on made-up sentences."""

from __future__ import annotations

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.named import Named
from briefing_app.core.facts.tagger_checks import drop_named_things, drop_people_as_organisations


def _sentences(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(i, i, text) for i, text in enumerate(texts)]


def test_a_two_word_person_the_tagger_tags_as_a_broadcaster_is_dropped() -> None:
    sentences = _sentences(
        "Listeners told Harbour Radio that the bridge was closed.",
        "Greta Lindqvist, a nurse from Uppsala, told reporters she was relieved.",
    )
    people = [Fact("person", "Harbour Radio", 0), Fact("person", "Greta Lindqvist", 1)]
    assert [p.text for p in drop_named_things(people, sentences, "en")] == ["Greta Lindqvist"]


def test_the_multi_word_veto_is_for_english_only() -> None:
    sentences = _sentences("Listeners told Harbour Radio that the bridge was closed.")
    people = [Fact("person", "Harbour Radio", 0)]
    assert drop_named_things(people, sentences, "da") == people


def test_a_repeated_surname_the_tagger_calls_a_person_is_no_organisation() -> None:
    sentences = _sentences(
        "The village elders say Okonkwo was born there in 1952.",
        "The resulting corner was met by Okonkwo, whose header doubled the lead.",
        "Shares of Valdrix fell after Valdrix reported a loss.",
    )
    named = Named(
        facts=[
            Fact("organisation", "Okonkwo", 0, sentences=[0, 1]),
            Fact("organisation", "Valdrix", 2),
            Fact("place", "Okonkwo", 1),  # only organisations are asked about
        ]
    )
    drop_people_as_organisations(named, sentences, "en")
    assert [(f.kind, f.text) for f in named.facts] == [("organisation", "Valdrix"), ("place", "Okonkwo")]


def test_a_name_joined_by_and_to_an_organisation_stays_one_whatever_it_looks_like() -> None:
    # the tagger alone calls "Mogwen" a person here (a name-like word before "and")
    sentences = _sentences("It was recorded with bands such as Mogwen and Quellar.")
    named = Named(facts=[Fact("organisation", "Mogwen", 0), Fact("organisation", "Quellar", 0)])
    drop_people_as_organisations(named, sentences, "en")
    assert [f.text for f in named.facts] == ["Mogwen", "Quellar"]
