"""The shipped English part-of-speech tagger, and the event a duration or a count of times measures.

The model is trained from UD English-EWT by `scripts/train_pos_tagger.py`; the treebank is not in the
repository, so no test rebuilds it. These tests check what the figure reader relies on: the file loads
through the package with its licence note, made-up sentences get the tags a reader expects, and a duration
whose clause names no event in the rules' phrase gets the clause's verb. Every sentence is made up.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts import pos_tagger
from briefing_app.core.facts.counted_tags import event_verb
from briefing_app.core.facts.pos_tagger import TAGS, tag_sentence, tokens
from briefing_app.core.package_data import resource
from tests.unit.figure_helpers import counts_of, figures_of


def _tags(sentence: str) -> dict[str, str]:
    return {sentence[s:e]: t for s, e, t in tag_sentence(sentence)}


def test_the_model_loads_from_the_package_with_its_licence_note() -> None:
    model = pos_tagger.model()
    assert model.weights.shape == (len(model.index), len(TAGS))
    assert model.transitions.shape == (len(TAGS) + 1, len(TAGS))
    readme = resource("pos_tagger", "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "English-EWT" in readme


def test_words_are_cut_as_the_treebank_cuts_them() -> None:
    sentence = "The Tolvik board didn't pay the 1,200 workers' $3.5 million."
    words = [sentence[s:e] for s, e in tokens(sentence)]
    assert words == ["The", "Tolvik", "board", "did", "n't", "pay", "the", "1,200", "workers", "'", "$", "3.5",
                     "million", "."]  # fmt: skip


def test_nouns_verbs_and_numbers_of_a_made_up_sentence() -> None:
    tags = _tags("The Tolvik Water Board said 12 fishermen were rescued after the storm.")
    assert tags["12"] == "NUM" and tags["fishermen"] == "NOUN" and tags["rescued"] == "VERB"
    assert tags["Tolvik"] == "PROPN" and tags["were"] == "AUX" and tags["after"] == "ADP"


@pytest.mark.parametrize(
    ("text", "figure", "verb"),
    [
        ("Within six months, the Tolvik Water Board will replace every pipe.", "six", "replace"),
        ("The dockers, after two months, returned to work.", "two", "returned"),
        ("Mira Halvorsen was questioned three times by the inspectors.", "three", "questioned"),
    ],
)
def test_the_event_a_duration_measures_is_its_clause_s_verb(text: str, figure: str, verb: str) -> None:
    at = text.index(figure)
    assert event_verb(text, at, at + len(figure)) == verb


def test_a_light_verb_names_no_event() -> None:
    text = "The Tolvik choir has ten years behind it."
    assert event_verb(text, text.index("ten"), text.index("ten") + 3) is None


@pytest.mark.parametrize(
    ("text", "value", "verb"),
    [
        ("Within six months, the Tolvik Water Board will replace every pipe.", 6, "replace"),
        ("The dockers, after two months, returned to work.", 2, "returned"),
    ],
)
def test_a_duration_in_an_adverbial_counts_what_its_clause_does(text: str, value: float, verb: str) -> None:
    assert verb in counts_of(text, "en", value)


def test_an_age_gets_no_verb() -> None:
    assert counts_of("Mira Halvorsen, 34, joined the Tolvik board in March.", "en", 34) == "age"


def test_a_figure_nothing_else_reads_counts_the_last_thing_named_before_it() -> None:
    assert counts_of("There is petty theft at the Tolvik mill but it is not 70%.", "en", 70) == "Tolvik mill"
    assert counts_of("There is petty theft but it is not 70%.", "en", 70) == "petty theft"


def test_coordinated_verbs_are_both_the_event() -> None:
    text = "The Halvorsen family have fished and farmed on the Tolvik shore for 12 years."
    assert "fished and farmed" in counts_of(text, "en", 12)


def test_a_distance_right_after_a_verb_measures_that_motion() -> None:
    assert "sailed" in counts_of("The ferry sailed 2,000 miles from Tolvik last summer.", "en", 2000)
    assert "drove" in counts_of("Mira Halvorsen drove about 40 kilometres to the Tolvik clinic.", "en", 40)


def test_a_spelled_one_a_verb_counts_is_a_figure() -> None:
    assert "medal" in counts_of("Mira Halvorsen won one medal in the Tolvik relay.", "en", 1)
    assert [f.value for f in figures_of("One day the Tolvik ferry will sail again.")] == []
    assert [f.value for f in figures_of("The inspectors took one reading of 10 sieverts per hour.")] == [10]


def test_a_spelled_number_after_a_preposition_that_ends_its_clause_is_a_figure() -> None:
    assert counts_of("The death toll in Tolvik rose to three.", "en", 3) == "death toll"
    assert "family" in counts_of("Mira Halvorsen lives with a family of four, in Tolvik.", "en", 4)
    assert figures_of("The two arrived late. Then the two left.") == []


def test_scores_from_each_words_own_rows_are_the_sums_of_all_its_features() -> None:
    """The model keeps the rows of a word's own features per word (speed): the scores are the same sums, added up
    in the same order, as those of every feature of `features` (a word met twice, a word first and later)."""
    import numpy as np

    m = pos_tagger.model()
    for sentence in ("Harbin Tolvane sold 12 boats, and Tolvane sold 3 more.", "Boats sold well.", "Sold."):
        words = [sentence[s:e] for s, e in tokens(sentence)]
        rows: list[int] = []
        starts: list[int] = []
        for i in range(len(words)):
            starts.append(len(rows))
            rows += [r for f in pos_tagger.features(words, i) if (r := m.index.get(f)) is not None]
        expected = np.add.reduceat(m.weights.take(rows, axis=0), starts, axis=0)
        assert m.scores(words).tobytes() == expected.tobytes()
        assert pos_tagger.features(words, 0)[:9] == pos_tagger.own_features(words[0])
