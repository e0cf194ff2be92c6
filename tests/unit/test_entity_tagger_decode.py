"""The taggers' one-word decoding: most runs they decode are a single capitalised word, which `Model.decode`
reads without the recursion's arrays (twice as fast); it must give what the full recursion gives, tags and
margins alike, for every shipped model and both kinds of neighbour."""

from __future__ import annotations

import numpy as np
import pytest

from briefing_app.core.facts import entity_tagger, entity_tagger_ar, entity_tagger_da


@pytest.mark.parametrize("load", [entity_tagger.model, entity_tagger_da.model, entity_tagger_ar.model])
@pytest.mark.parametrize(("first", "then_o"), [(True, True), (True, False), (False, True), (False, False)])
def test_one_word_decoding_matches_the_full_recursion(load: object, first: bool, then_o: bool) -> None:
    model = load()  # type: ignore[operator]
    rng = np.random.default_rng(7)
    k = model.transitions.shape[1]
    for _ in range(200):
        scores = rng.normal(0.0, 3.0, size=(1, k)).astype(np.float32)
        assert model.decode(scores.copy(), first, then_o) == model.viterbi(scores.copy(), first, then_o)


def test_longer_runs_still_take_the_full_recursion() -> None:
    model = entity_tagger.model()
    scores = np.random.default_rng(3).normal(0.0, 3.0, size=(3, model.transitions.shape[1])).astype(np.float32)
    path, margins = model.decode(scores, True, True)
    assert (path, margins) == model.viterbi(scores, True, True) and len(path) == 3
