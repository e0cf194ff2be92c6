"""The shipped English entity tagger: it loads from the package and tags made-up sentences.

The model is trained from the GUM corpus by `scripts/train_entity_tagger.py`; GUM is not in the repository,
so no test rebuilds it. These tests check what the app relies on: the file loads through the package, names
of the three kinds come out with their character offsets, sentences without names cost nothing.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from briefing_app.core.facts import Fact, entity_tagger, extract_facts
from briefing_app.core.facts.entity_tagger import TAGS, Entity, entity_type, runs, shape, short_shape, tag_sentence
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.package_data import resource
from briefing_app.core.pipeline import build_document
from tests.unit.test_no_sample_names import sample_only_names


def _found(sentence: str) -> dict[str, str]:
    return {e.text: e.type for e in tag_sentence(sentence)}


def test_the_model_loads_from_the_package_with_its_licence_note() -> None:
    model = entity_tagger.model()
    assert model.weights.shape == (len(model.index), len(TAGS))
    assert model.transitions.shape == (len(TAGS) + 1, len(TAGS))
    readme = resource("entity_tagger", "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "GUM" in readme and "CC BY-SA 4.0" in readme


def test_a_person_and_a_city_in_a_made_up_sentence() -> None:
    sentence = "The minister, Harold Pemberton, arrived in Lisbon on Tuesday."
    entities = tag_sentence(sentence)
    assert _found(sentence) == {"Harold Pemberton": "PER", "Lisbon": "LOC"}
    for e in entities:
        assert isinstance(e, Entity)
        assert sentence[e.start : e.end] == e.text
        assert e.margin > 0


def test_a_titled_person_an_organisation_and_a_place() -> None:
    # The title stays outside the name, as Universal NER (most of the training text) marks names.
    assert _found("Mr. Okafor works for the Red Cross in Nairobi.") == {
        "Okafor": "PER", "Red Cross": "ORG", "Nairobi": "LOC"}  # fmt: skip


def test_an_apposition_between_a_person_and_her_home_town() -> None:
    found = _found("Greta Lindqvist, a nurse from Uppsala, told reporters she was relieved.")
    assert found == {"Greta Lindqvist": "PER", "Uppsala": "LOC"}


def test_entity_type_answers_for_a_name_inside_a_tagged_one() -> None:
    sentence = "Jonas Ebbesen met officials in Geneva."
    person = entity_type(sentence, "Ebbesen")
    place = entity_type(sentence, "Geneva")
    assert person is not None and person[0] == "PER"
    assert place is not None and place[0] == "LOC"
    assert entity_type(sentence, "officials") is None


def test_a_sentence_without_capitals_after_its_first_word_is_not_tagged() -> None:
    assert tag_sentence("the storm moved north overnight and reached the coast by dawn.") == ()
    assert tag_sentence("Rain fell all night.") == ()


def test_shapes_and_runs() -> None:
    assert shape("McDonald") == "XxXxx" and shape("U.S.") == "X.X." and shape("2024") == "dd"
    assert short_shape("McDonald") == "XxXx" and short_shape("Geneva") == "Xx"
    assert runs([False, True, True, False, True]) == [(1, 3), (4, 5)]


def test_the_model_holds_no_name_only_the_sample_articles_have() -> None:
    with resource("entity_tagger", "model.json.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        data = json.load(f)
    values = [name.split("=", 1)[-1] for name in data["features"]]
    # Single words, and the word pairs of the "previous word|word" features, as the names would read.
    words = (
        {part for v in values for part in v.split("|")} | {v.replace("|", " ") for v in values} | set(data["common"])
    )
    lowered = {w.lower() for w in words}
    assert not [n for n in sample_only_names() if n.lower() in lowered]


def test_a_one_word_name_the_tagger_calls_a_place_is_not_a_person() -> None:
    sentences = ["Ministers from Portugal met in Brussels, where Brussels said the budget was agreed."]
    assert entity_tagger.not_a_person("Brussels", sentences)


def test_a_one_word_name_the_tagger_calls_a_person_stays() -> None:
    sentences = ["The minister, Harold Pemberton, arrived in Lisbon on Tuesday.", "Pemberton said little."]
    assert not entity_tagger.not_a_person("Pemberton", sentences)
    assert not entity_tagger.not_a_person("Harold Pemberton", sentences)  # only one-word names are judged


def test_tagging_only_the_run_of_one_word_gives_the_same_answer_for_it() -> None:
    sentence = "Mr. Okafor works for the Red Cross in Nairobi."
    whole = tag_sentence(sentence)
    for word in ("Okafor", "Cross", "Nairobi"):
        assert tag_sentence(sentence, word) == tuple(e for e in whole if word in e.text.split())


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts: list[Fact] = extract_facts(build_document(article, language="en"))
    return {f.text: f.role for f in facts if f.kind == "person"}


def test_a_surname_in_the_genitive_named_once_is_a_person() -> None:
    assert "Okonjo" in _people(["The match ended late.", "The crowd cheered as Okonjo's header went in."])
    assert "Petrescu" in _people(["The vote was close.", "The song mocked Petrescu's speech to parliament."])


def test_a_genitive_opening_the_sentence_or_before_a_capital_is_no_person_by_the_tagger() -> None:
    assert entity_tagger.genitive_people([SourceSentence(0, 0, "Unesco's report was published on Monday.")], "en",
                                         set()) == []  # fmt: skip
    assert entity_tagger.genitive_people([SourceSentence(0, 0, "They sang the Workers' and Okonjo's Party song.")],
                                         "en", set()) == []  # fmt: skip
    assert entity_tagger.genitive_people([SourceSentence(0, 0, "The crowd cheered as Okonjo's header went in.")],
                                         "da", set()) == []  # fmt: skip


def test_a_damaged_model_is_refused_with_a_message() -> None:
    with pytest.raises(ValueError, match="tags"):
        entity_tagger.Model({"tags": ["O"], "features": [], "common": [], "scale": 1000})
    with pytest.raises(ValueError, match="malformed"):
        entity_tagger.Model({"tags": list(TAGS), "features": "x", "common": [], "scale": 1000})


def test_a_titled_name_the_tagger_takes_whole_for_a_body_is_still_a_person() -> None:
    # The tagger reads the title and the name as one organisation; the title before the name says "person".
    sentence = "Deputy Defense Secretary Marlowe published an open letter in the Congressional Record, saying so."
    tagged = entity_type(sentence, "Marlowe")
    assert tagged is not None and tagged[0] == "ORG" and tagged[1] > entity_tagger.CLEAR_MARGIN
    assert not entity_tagger.not_a_person("Marlowe", [sentence])


@pytest.mark.parametrize("language", ["en", "da"])
def test_scores_from_each_words_own_rows_are_the_sums_of_all_its_features(language: str) -> None:
    """The model keeps the rows of a word's own features per word (speed): the scores are the same sums, added up
    in the same order, as those of every feature its `word_features` gives (Danish adds its lists after them)."""
    import numpy as np

    from briefing_app.core.facts import entity_tagger_da
    from briefing_app.core.facts.entity_tagger import is_headline, sentence_words

    m = entity_tagger.model() if language == "en" else entity_tagger_da.model()
    for sentence in ("Pella Norrvik met Oskar Brandt in Kelsby, and Brandt left.", "Brandt Left Early Today", "Brandt"):
        words = list(sentence_words(sentence))
        headline = is_headline(words)
        rows: list[int] = []
        starts: list[int] = []
        for i in range(len(words)):
            starts.append(len(rows))
            rows += [r for f in m.word_features(words, i, headline) if (r := m.index.get(f)) is not None]
        expected = np.add.reduceat(m.weights.take(rows, axis=0), starts, axis=0)
        assert m.scores(words, range(len(words))).tobytes() == expected.tobytes()
        assert m.word_features(words, 0, headline)[:6] == entity_tagger.own_features(words[0])
