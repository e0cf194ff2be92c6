"""The weight rows of a word's own features, kept per word: the part-of-speech and entity taggers both look up the
same word's rows again and again (a news text repeats its words), and the features that depend only on the word give
the same rows every time."""

from __future__ import annotations

from collections.abc import Callable, Mapping

_MOST_WORDS = 100_000  # (a long-running process: start afresh rather than grow without end)


class WordFeatureRows:
    """`rows(word)`: the rows in `index` of `own_features(word)`, in the features' order, skipping unknown ones."""

    def __init__(self, index: Mapping[str, int], own_features: Callable[[str], list[str]]) -> None:
        self._index = index
        self._own_features = own_features
        self._rows: dict[str, list[int]] = {}

    def rows(self, word: str) -> list[int]:
        found = self._rows.get(word)
        if found is None:
            if len(self._rows) > _MOST_WORDS:
                self._rows.clear()
            index = self._index
            found = self._rows[word] = [r for f in self._own_features(word) if (r := index.get(f)) is not None]
        return found
