"""A small statistical tagger of Danish named entities (person, place, organisation), for the long tail.

Danish writes names with capitals and common nouns in lower case, as English does, so the English tagger's
model and features (`entity_tagger.py`: a linear-chain averaged perceptron over the word, its affixes and
shape, its neighbours and the gazetteer's lists) serve as they are; only the weights differ, and the lower-case
words that may sit inside a name ("Folkebevægelsen mod EF", "Midt- og Vestjyllands Politi"). It is trained by
`scripts/train_entity_tagger_da.py` on the train part of Universal NER Danish-DDT (CC BY-SA 4.0) and shipped as
`resources/entity_tagger/model_da.json.gz` (the README there gives the licence and how to rebuild).

Speed: as the English tagger, only runs of capitalised words are scored, one sentence at a time, cached.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from briefing_app.core.facts.entity_tagger import (
    Entity,
    Model,
    context_features,
    decode_runs,
    own_features,
    runs,
    sentence_words,
    token_spans,
)
from briefing_app.core.facts.gazetteer import entries
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.package_data import read_resource_json_gz

# Lower-case words that may sit inside a Danish name between two capitalised words ("Foreningen af Danske
# Skovejere", "Folkebevægelsen mod EF", "Midt- og Vestjyllands Politi", "Hotel d'Angleterre").
CONNECTORS = frozenset({"og", "af", "for", "mod", "i", "på", "til", "&", "de", "von", "van", "der", "la", "le", "du"})


def active(words: Sequence[str]) -> list[bool]:
    """The words worth scoring: capitalised words (a digit opening one too: "3F", "TV2") and the connectors
    between two of them. Every other word is "O" outright (the training script tags with the same rule)."""
    caps = [w[:1].isupper() or (w[:1].isdigit() and any(c.isupper() for c in w)) for w in words]
    return [c or (words[i] in CONNECTORS and 0 < i < len(words) - 1 and caps[i - 1] and caps[i + 1])
            for i, c in enumerate(caps)]  # fmt: skip


@functools.cache
def _gazetteer_words() -> tuple[frozenset[str], frozenset[str]]:
    """One-word place names and one-word organisation names of the gazetteer in Latin letters, Danish ones with
    æ, ø, å too (the English tagger's lists keep ASCII names only)."""
    places: set[str] = set()
    orgs: set[str] = set()
    for entry in entries():
        for name in entry.names:
            if " " not in name and name[:1].isupper() and all(ch.isalpha() or ch in "-'." for ch in name):
                (places if entry.kind == "place" else orgs).add(name)
    return frozenset(places), frozenset(orgs)


@functools.lru_cache(maxsize=65536)
def danish_class(word: str) -> str:
    """Lists a word is on, as letters: P a one-word place, O a one-word organisation (either also in the
    genitive: "Danmarks", "Nordjyllands"), r a role noun ("direktør", "formanden", "skatteordfører"); "-" none."""
    from briefing_app.core.facts.roles import is_role_noun

    places, orgs = _gazetteer_words()
    bare = word[:-1] if word.endswith("s") and len(word) > 3 else word
    marks = (("P", word in places or bare in places), ("O", word in orgs or bare in orgs), ("r", is_role_noun(word)))
    return "".join(mark for mark, on in marks if on) or "-"


def features_da(words: Sequence[str], i: int, common: frozenset[str], headline: bool) -> list[str]:
    """The English tagger's features of word `i` and the Danish lists of it and its neighbours."""
    return [*own_features(words[i]), *context_features_da(words, i, common, headline)]


def context_features_da(words: Sequence[str], i: int, common: frozenset[str], headline: bool) -> list[str]:
    """`features_da` less the `own_features` that open it."""
    prev = danish_class(words[i - 1]) if i > 0 else "<s>"
    nxt = danish_class(words[i + 1]) if i + 1 < len(words) else "</s>"
    own = danish_class(words[i])
    lw = words[i].lower()
    return [*context_features(words, i, common, headline), "d=" + own, "d-1=" + prev, "d+1=" + nxt,
            "s4=" + lw[-4:], "d3=" + prev + "|" + own + "|" + nxt]  # fmt: skip


class DanishModel(Model):
    """The English tagger's model (weights, transitions, decoder) with the Danish features."""

    def word_features(self, words: Sequence[str], i: int, headline: bool) -> list[str]:
        return features_da(words, i, self.common, headline)

    def context_word_features(self, words: Sequence[str], i: int, headline: bool) -> list[str]:
        return context_features_da(words, i, self.common, headline)


@functools.cache
def model() -> DanishModel:
    """The shipped Danish model, read once per process."""
    return DanishModel(read_resource_json_gz("entity_tagger", "model_da.json.gz"))


def common_words() -> frozenset[str]:
    """The words the Danish tagger's training text writes in lower case (shipped with the model)."""
    return model().common


def tag_words(words: Sequence[str]) -> list[tuple[int, int, str, float]]:
    """Entities of one tokenised sentence as (first word, last word + 1, type, margin), the margin the smallest
    lead over the name's words of its tag over the best other (max-marginal)."""
    return decode_runs(model(), words, runs(active(words)))


_TAG_SENTENCE_RE1 = re.compile(r"(?<=\S)\s+[A-ZÆØÅ0-9]")


@per_document  # one article's sentences: a warm benchmark run must tag them again
def tag_sentence(sentence: str) -> tuple[Entity, ...]:
    """The named entities of one Danish sentence (cached: several finders ask about the same sentence)."""
    if not _TAG_SENTENCE_RE1.search(sentence):
        return ()  # no capitalised word after the first: nothing to find
    spans, words = token_spans(sentence), sentence_words(sentence)
    return tuple(
        Entity(spans[a][0], spans[b - 1][1], sentence[spans[a][0] : spans[b - 1][1]], kind, margin)
        for a, b, kind, margin in tag_words(words)
    )
