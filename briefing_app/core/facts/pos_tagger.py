"""A small learnt tagger of English parts of speech (Universal Dependencies' UPOS tags), for what a figure counts.

Why a model next to the word lists: whether the word after "12" is a noun ("12 rockets"), a verb ("12 were
freed") or an adjective ("12 injured") is what the counting rules keep asking, and word lists only know the
words they hold. A linear-chain averaged perceptron over the usual word features (the word, its affixes and
shape, its neighbours) learns from annotated English how words are used. It is trained by
`scripts/train_pos_tagger.py` on the English Web Treebank of Universal Dependencies (CC BY-SA 4.0) and
shipped as `resources/pos_tagger/model.json.gz` (the README there gives the licence and how to rebuild).

Speed: only the sentences that hold a figure are asked about, each tagged once (cached per article); a
sentence of 30 words takes well under a millisecond.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np

from briefing_app.core.facts.entity_tagger import short_shape as shape  # the same short word shape
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.word_feature_rows import WordFeatureRows
from briefing_app.core.package_data import read_resource_json_gz

TAGS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X")  # fmt: skip
# Words as the English Web Treebank cuts them: a number with its inner separators ("1,200", "3.5"), "n't" and
# the clitics ("do|n't", "it|'s"), initials ("U.S."), an abbreviation with its full stop, a word, or one
# other character (a hyphen stands alone, as in most of the treebank: "40 - year").
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Rev|Capt|Maj|Mt|Ft|Inc|Ltd|Co|Corp|No|vs"
TOKEN = re.compile(
    r"\d+(?:[.,:/]\d+)*"
    r"|[^\W\d_]+(?=n['’]t\b)|n['’]t\b"
    r"|['’](?:s|re|ve|ll|d|m)\b"
    r"|(?:[^\W\d_]\.){2,}"
    rf"|(?:{_ABBREVIATIONS})\."
    r"|[^\W_]+"
    r"|[^\w\s]"
)


def tokens(sentence: str) -> list[tuple[int, int]]:
    """The [start, end) character spans of the sentence's words, cut as the treebank cuts them."""
    return [(m.start(), m.end()) for m in TOKEN.finditer(sentence)]


def features(words: Sequence[str], i: int) -> list[str]:
    """The features of word `i` of a sentence (none depends on the tags: those are the model's transitions)."""
    return [*own_features(words[i]), *context_features(words, i)]


def own_features(w: str) -> list[str]:
    """The features of a word that depend on it alone, first in `features` (the model sums them once per word)."""
    lw = w.lower()
    return ["b", "w=" + lw, "p1=" + lw[:1], "p2=" + lw[:2], "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + lw[-3:],
            "s4=" + lw[-4:], "sh=" + shape(w)]  # fmt: skip


def context_features(words: Sequence[str], i: int) -> list[str]:
    """The features of word `i` that depend on its neighbours too, after `own_features` in `features`."""
    w = words[i]
    lw = w.lower()
    prev = words[i - 1].lower() if i > 0 else "<s>"
    prev2 = words[i - 2].lower() if i > 1 else "<s>"
    nxt = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    nxt2 = words[i + 2].lower() if i + 2 < len(words) else "</s>"
    s0 = shape(w)
    out = [
        "w-1=" + prev,
        "w+1=" + nxt,
        "w-2=" + prev2,
        "w+2=" + nxt2,
        "s-1=" + prev[-3:],
        "s+1=" + nxt[-3:],
        "w-1w=" + prev + "|" + lw,
        "ww+1=" + lw + "|" + nxt,
        "sh+1=" + s0 + "|" + (shape(words[i + 1]) if i + 1 < len(words) else "</s>"),
    ]
    if i == 0:
        out.append("first|" + s0)
    return out


class Model:
    """Feature weights per tag and tag-to-tag transitions, averaged, as `scripts/train_pos_tagger.py` saves them."""

    def __init__(self, data: dict[str, object]) -> None:
        tags, names, scale = data.get("tags"), data.get("features"), data.get("scale")
        if tags != list(TAGS):
            raise ValueError(f"part-of-speech model has tags {tags}, this code expects {list(TAGS)}")
        if not isinstance(names, list) or not isinstance(scale, int) or scale <= 0:
            raise ValueError("part-of-speech model: features or scale missing or malformed")
        self.index = {name: i for i, name in enumerate(names)}
        self.weights = np.asarray(data["weights"], dtype=np.float32).reshape(len(names), len(TAGS)) / scale
        self.transitions = np.asarray(data["transitions"], dtype=np.float32).reshape(len(TAGS) + 1, len(TAGS)) / scale
        self._own_rows = WordFeatureRows(self.index, own_features)

    def own_rows(self, word: str) -> list[int]:
        """The weight rows of the word's `own_features`, kept per word (a news text repeats its words)."""
        return self._own_rows.rows(word)

    def scores(self, words: Sequence[str]) -> np.ndarray:
        """Per word and tag, the sum of its features' weights, in one gather (the rows in the order of `features`,
        so that each sum is added up in the same order)."""
        index = self.index
        rows: list[int] = []
        starts: list[int] = []
        for i in range(len(words)):
            starts.append(len(rows))
            rows += self.own_rows(words[i])
            rows += [r for f in context_features(words, i) if (r := index.get(f)) is not None]
        # Every word has the bias feature, so no word's slice is empty (reduceat needs that).
        # (take: the same rows as weights[rows], gathered some 40% faster than by fancy indexing with a list)
        return np.add.reduceat(self.weights.take(rows, axis=0), starts, axis=0)

    def decode(self, scores: np.ndarray) -> list[int]:
        """The best tags of a sentence (Viterbi; each step takes the best predecessor's column by index rather than
        a second reduction, the loop being most of the tagging time)."""
        trans = self.transitions[1:]
        columns = np.arange(trans.shape[1])
        backs: list[np.ndarray] = []
        best = self.transitions[0] + scores[0]
        for row in scores[1:]:
            total = best[:, None] + trans
            back = total.argmax(axis=0)
            backs.append(back)
            best = total[back, columns] + row
        path = [int(best.argmax())]
        for back in reversed(backs):
            path.append(int(back[path[-1]]))
        path.reverse()
        return path


@functools.cache
def model() -> Model:
    """The shipped model, read once per process."""
    return Model(read_resource_json_gz("pos_tagger", "model.json.gz"))


def tag_words(words: Sequence[str]) -> list[str]:
    """The UPOS tag of each word of one tokenised sentence."""
    if not words:
        return []
    m = model()
    return [TAGS[t] for t in m.decode(m.scores(words))]


@per_document  # one article's sentences: several figures of a sentence ask about it
def tag_sentence(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The words of one English sentence as (start, end, UPOS tag)."""
    spans = tokens(sentence)
    tags = tag_words([sentence[s:e].replace("’", "'") for s, e in spans])
    return tuple((s, e, t) for (s, e), t in zip(spans, tags, strict=True))
