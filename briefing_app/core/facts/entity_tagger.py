"""A small statistical tagger of English named entities (person, place, organisation), for the long tail.

Why a model next to the rules: the rules know names by lists and shapes, and every new batch of news
brings names no list holds ("Northrail said ..." is a company, not a person). A linear-chain averaged
perceptron over the usual word features (the word, its affixes and shape, its neighbours, gazetteer
membership) learns from annotated text how such names are used. It is trained by
`scripts/train_entity_tagger.py` on the openly licensed part of the GUM corpus and shipped as
`resources/entity_tagger/model.json.gz` (see the README there for the licence and how to rebuild).

Speed: only runs of capitalised words (with the "of"/"and" between them) are scored; every other word is
"O" without being scored, so each run is decoded on its own, and the extractor asks only about the runs
that hold the word it wants to know about (about 1 ms of CPU on a 1,000-word article; every sentence of
it would cost 5-12 ms).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from briefing_app.core.facts.gazetteer import entries, job_nouns, known_names, person_names, person_nouns, towns
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import person_job_before
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.word_feature_rows import WordFeatureRows
from briefing_app.core.package_data import read_resource_json_gz

TYPES = ("PER", "LOC", "ORG")
TAGS = ("O", *(f"{p}-{t}" for t in TYPES for p in ("B", "I")))
# A word (inner hyphens and "&", an apostrophe before a capital: O'Brien), initials (U.S.), an
# abbreviation with its full stop, the possessive "'s", or one other character.
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Rev|Capt|Maj|Mt|Ft|Inc|Ltd|Co|Corp|No"
TOKEN = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}|(?:{_ABBREVIATIONS})\.|[^\W_]+(?:(?:[-&]|['’](?=[A-Z]))[^\W_]+)*|['’]s\b|[^\w\s]"
)
# Lower-case words that may sit inside a name ("Bank of England", "Department for Education").
CONNECTORS = frozenset({"of", "and", "&", "for", "the", "de", "du", "la", "le", "del", "von", "van", "on", "al", "bin"})


@dataclass(frozen=True)
class Entity:
    """One tagged name: [start, end) as character offsets, its type, and how sure the tagger is (the smallest,
    over its words, lead of the best path through the word's tag over the best path through any other)."""

    start: int
    end: int
    text: str
    type: str  # "PER", "LOC" or "ORG"
    margin: float


@functools.lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """The word's shape ("Xxxx", "XX", "X.X.", "dd"): each character's class, runs of more than two cut to two."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != c or out[-2] != c:
            out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def short_shape(word: str) -> str:
    """The word's short shape ("Xx", "X", "x", "d", "X."): the shape with each run cut to one character."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@functools.cache
def _gazetteer_words() -> tuple[frozenset[str], ...]:
    """Words of English place names, whole one-word place names, and the same for organisations."""
    sets: tuple[set[str], ...] = (set(), set(), set(), set())
    for entry in entries():
        at = 0 if entry.kind == "place" else 2
        for name in entry.names:
            if name.isascii():
                words = name.split()
                sets[at].update(words)
                if len(words) == 1:
                    sets[at + 1].add(name)
    return tuple(frozenset(s) for s in sets)


@functools.lru_cache(maxsize=65536)
def gazetteer_class(word: str) -> str:
    """The lists of the shipped gazetteer `word` belongs to, as letters in a fixed order: P a one-word place
    name, p a word of a place name, O and o the same for organisations, g given name, f family name, r job or
    person noun, t town; "-" for none."""
    places, place_names, orgs, org_names = _gazetteer_words()
    given, family = person_names()
    marks = (
        ("O", word in org_names), ("P", word in place_names), ("f", word in family), ("g", word in given),
        ("o", word in orgs and word not in org_names), ("p", word in places and word not in place_names),
        ("r", word in job_nouns() or word in person_nouns()), ("t", word in towns()),
    )  # fmt: skip
    return "".join(mark for mark, on in marks if on) or "-"


def is_headline(words: Sequence[str]) -> bool:
    """A title-case line ("Bloggers Respond to the Vote"), where capitals say little about names."""
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= 3 and sum(w[:1].isupper() for w in letters) >= 0.7 * len(letters)


def features(words: Sequence[str], i: int, common: frozenset[str], headline: bool) -> list[str]:
    """The features of word `i` of a sentence (none depends on the tags: those are the model's transitions).
    `common`: words the training text writes in lower case (a capitalised one is less likely a name);
    `headline`: the sentence is a title-case line."""
    return [*own_features(words[i]), *context_features(words, i, common, headline)]


def own_features(w: str) -> list[str]:
    """The features of a word that depend on it alone, first in `features` (the model sums them once per word)."""
    lw = w.lower()
    return ["b", "w=" + lw, "p3=" + lw[:3], "s3=" + lw[-3:], "s2=" + lw[-2:], "sh=" + shape(w)]


def context_features(words: Sequence[str], i: int, common: frozenset[str], headline: bool) -> list[str]:
    """The features of word `i` after `own_features` in `features`: its neighbours', its lists', its line's."""
    w = words[i]
    lw = w.lower()
    prev = words[i - 1] if i > 0 else "<s>"
    prev2 = words[i - 2] if i > 1 else "<s>"
    nxt = words[i + 1] if i + 1 < len(words) else "</s>"
    nxt2 = words[i + 2] if i + 2 < len(words) else "</s>"
    sp, s0, sn = short_shape(prev), short_shape(w), short_shape(nxt)
    gp, g0, gn = gazetteer_class(prev), gazetteer_class(w), gazetteer_class(nxt)
    out = [
        "w-1=" + prev.lower(),
        "w+1=" + nxt.lower(),
        "w-2=" + prev2.lower(),
        "w+2=" + nxt2.lower(),
        "ss=" + sp + "|" + s0 + "|" + sn,
        "w-1w=" + prev.lower() + "|" + lw,
        "ww+1=" + lw + "|" + nxt.lower(),
        "sh-1w=" + sp + "|" + lw,
        "g=" + g0,
        "g-1=" + gp,
        "g+1=" + gn,
        "g3=" + gp + "|" + g0 + "|" + gn,
        "gs=" + g0 + "|" + sp + "|" + s0 + "|" + sn,
    ]
    if i == 0:
        out.append("first|" + s0)
    if lw in common:
        out.append("common|" + s0)
    if headline:
        out.append("headline")
    if w.isupper() and len(w) > 1:
        out.append("caps")
    return out


class Model:
    """Feature weights per tag and tag-to-tag transitions, averaged, as `scripts/train_entity_tagger.py` saves
    them."""

    def __init__(self, data: dict[str, object]) -> None:
        tags, names, common, scale = data.get("tags"), data.get("features"), data.get("common"), data.get("scale")
        if tags != list(TAGS):
            raise ValueError(f"entity tagger model has tags {tags}, this code expects {list(TAGS)}")
        if not isinstance(names, list) or not isinstance(common, list) or not isinstance(scale, int) or scale <= 0:
            raise ValueError("entity tagger model: features, common words or scale missing or malformed")
        self.index = {name: i for i, name in enumerate(names)}
        self.common = frozenset(common)
        self.weights = np.asarray(data["weights"], dtype=np.float32).reshape(len(names), len(TAGS)) / scale
        self.transitions = np.asarray(data["transitions"], dtype=np.float32).reshape(len(TAGS) + 1, len(TAGS)) / scale
        # Impossible moves (O to I-PER, B-LOC to I-ORG...) are forbidden outright.
        for row, before in enumerate(("<s>", *TAGS)):
            for col, tag in enumerate(TAGS):
                if tag.startswith("I-") and before[2:] != tag[2:]:
                    self.transitions[row, col] = -1e6
        self._own_rows = WordFeatureRows(self.index, own_features)

    def word_features(self, words: Sequence[str], i: int, headline: bool) -> list[str]:
        """The features of word `i` this model was trained on (a language's model adds its own)."""
        return features(words, i, self.common, headline)

    def context_word_features(self, words: Sequence[str], i: int, headline: bool) -> list[str]:
        """`word_features` less the `own_features` that open it (a language's model adds its own here)."""
        return context_features(words, i, self.common, headline)

    def own_rows(self, word: str) -> list[int]:
        """The weight rows of the word's `own_features`, kept per word (a news text repeats its words)."""
        return self._own_rows.rows(word)

    def scores(self, words: Sequence[str], positions: Sequence[int]) -> np.ndarray:
        """Per word of `positions` (in order) and tag, the sum of its features' weights, in one gather."""
        index = self.index
        rows: list[int] = []
        starts: list[int] = []
        headline = is_headline(words)
        context_word_features, own_rows = self.context_word_features, self.own_rows
        for i in positions:  # (the rows in the order of word_features: each sum is added up in the same order)
            starts.append(len(rows))
            rows += own_rows(words[i])
            rows += [r for f in context_word_features(words, i, headline) if (r := index.get(f)) is not None]
        # Every word has the bias feature, so no word's slice is empty (reduceat needs that).
        # (take: the same rows as weights[rows], gathered some 40% faster than by fancy indexing with a list)
        return np.add.reduceat(self.weights.take(rows, axis=0), starts, axis=0)

    def decode(self, scores: np.ndarray, first: bool, then_o: bool) -> tuple[list[int], list[float]]:
        """The best tags of a run of words (Viterbi) and, per word, by how much its tag beats the best path
        through any other tag there (max-marginals). `first`: the run starts the sentence (else an "O" word
        comes before); `then_o`: an "O" word follows it."""
        n, k = scores.shape
        trans = self.transitions[1:]
        if n == 1:
            # One word (most runs: a sentence's first word, a one-word name): the same sums as below, without the
            # arrays of the recursion, which cost more than the sums at this size.
            total = self.transitions[0 if first else 1] + scores[0]
            if then_o:
                total = total + trans[:, 0]
            best = int(total.argmax())
            chosen = total[best]
            total[best] = -np.inf
            return [best], [float(chosen - total.max())]
        return self.viterbi(scores, first, then_o)

    def viterbi(self, scores: np.ndarray, first: bool, then_o: bool) -> tuple[list[int], list[float]]:
        """`decode` by the full recursion, whatever the run's length."""
        n, k = scores.shape
        trans = self.transitions[1:]
        fwd = np.empty((n, k), dtype=np.float32)
        back = np.zeros((n, k), dtype=np.int64)
        fwd[0] = self.transitions[0 if first else 1] + scores[0]
        columns = _COLUMNS[:k]
        for i in range(1, n):
            total = fwd[i - 1][:, None] + trans
            best = total.argmax(axis=0)
            back[i] = best
            fwd[i] = total[best, columns] + scores[i]  # (the maximum, read at its index: no second reduction)
        bwd = np.zeros((n, k), dtype=np.float32)
        if then_o:
            bwd[n - 1] = trans[:, 0]
        for i in range(n - 2, -1, -1):
            bwd[i] = (trans + (scores[i + 1] + bwd[i + 1])[None, :]).max(axis=1)
        last = fwd[n - 1] + bwd[n - 1]
        path = [int(last.argmax())]
        for i in range(n - 1, 0, -1):
            path.append(int(back[i, path[-1]]))
        path.reverse()
        marginal = fwd + bwd
        rows = np.arange(n)
        chosen = marginal[rows, path]
        marginal[rows, path] = -np.inf
        margins = (chosen - marginal.max(axis=1)).tolist()
        return path, margins


_COLUMNS = np.arange(64)  # column indices for Model.decode (far more than the tags)


@functools.cache
def model() -> Model:
    """The shipped model, read once per process."""
    return Model(read_resource_json_gz("entity_tagger", "model.json.gz"))


def common_words() -> frozenset[str]:
    """The words the tagger's training text writes in lower case (shipped with the model)."""
    return model().common


def active(words: Sequence[str]) -> list[bool]:
    """The words worth scoring: capitalised words and the connectors between two of them. Every other word
    is "O" outright, which is what makes tagging cheap (the training script tags with the same rule)."""
    caps = [w[:1].isupper() for w in words]
    return [c or (words[i] in CONNECTORS and 0 < i < len(words) - 1 and caps[i - 1] and caps[i + 1])
            for i, c in enumerate(caps)]  # fmt: skip


def runs(on: Sequence[bool]) -> list[tuple[int, int]]:
    """The maximal runs [start, end) of True."""
    out: list[tuple[int, int]] = []
    for i, flag in enumerate(on):
        if flag:
            if out and out[-1][1] == i:
                out[-1] = (out[-1][0], i + 1)
            else:
                out.append((i, i + 1))
    return out


def tag_words(words: Sequence[str], only: str | None = None) -> list[tuple[int, int, str, float]]:
    """Entities of one tokenised sentence as (first word, last word + 1, type, margin): the margin is the
    smallest lead of a word's tag over its other tags (max-marginal), so the whole name is that sure.
    With `only`, just the runs of capitalised words holding that word are tagged: the words around a run are
    "O" outright, so each run is decoded on its own and the answer for it is the same."""
    spans = runs(active(words))
    if only is not None:
        spans = [(a, b) for a, b in spans if only in words[a:b]]
    return decode_runs(model(), words, spans)


def decode_runs(m: Model, words: Sequence[str], spans: list[tuple[int, int]]) -> list[tuple[int, int, str, float]]:
    """The names in the given runs of words, each run decoded on its own (the words around it are "O"); shared
    by the English and the Danish tagger, whose models differ only in their weights and features."""
    if not spans:
        return []
    scores = m.scores(words, [i for a, b in spans for i in range(a, b)])
    out: list[tuple[int, int, str, float]] = []
    at = 0
    for a, b in spans:
        path, margins = m.decode(scores[at : at + b - a], a == 0, b < len(words))
        at += b - a
        out += named_spans(path, margins, a)
    return out


def named_spans(path: Sequence[int], margins: Sequence[float], offset: int) -> list[tuple[int, int, str, float]]:
    """The names of one decoded run: (start, end, type, the smallest margin over its words), word indices
    shifted by `offset` (where the run starts in the sentence)."""
    out: list[tuple[int, int, str, float]] = []
    i = 0
    while i < len(path):
        tag = TAGS[path[i]]
        if tag == "O":
            i += 1
            continue
        j = i + 1
        while j < len(path) and TAGS[path[j]] == "I-" + tag[2:]:
            j += 1
        out.append((offset + i, offset + j, tag[2:], min(margins[i:j])))
        i = j
    return out


@per_document  # one article's sentences: a warm benchmark run must tag them again
def tag_sentence(sentence: str, only: str | None = None) -> tuple[Entity, ...]:
    """The named entities of one English sentence (cached: the extractor's finders ask about the same sentence);
    with `only` (one word), just those around that word."""
    if not re.search(r"(?<=\S)\s+[A-Z]", sentence) and only is None:
        return ()  # no capitalised word after the first: nothing to find
    spans, words = token_spans(sentence), sentence_words(sentence)
    return tuple(
        Entity(spans[a][0], spans[b - 1][1], sentence[spans[a][0] : spans[b - 1][1]], kind, margin)
        for a, b, kind, margin in tag_words(words, only)
    )


@per_document  # (the taggers and their callers read the same sentence's tokens, each `only` of it again)
def token_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where each of the tagger's tokens (`TOKEN`) of a sentence starts and ends."""
    return tuple(m.span() for m in TOKEN.finditer(sentence))


@per_document
def sentence_words(sentence: str) -> tuple[str, ...]:
    """The tagger's tokens of a sentence."""
    return tuple(sentence[s:e] for s, e in token_spans(sentence))


def entity_type(sentence: str, name: str) -> tuple[str, float] | None:
    """The tagger's type and margin for `name` where it is written in `sentence`, if it tags it as a whole (or
    tags a longer name that contains it); None when it does not see it as a name."""
    for entity in tag_sentence(sentence):
        if name in entity.text:
            return entity.type, entity.margin
    return None


# A tag's lead over the best path through another tag, summed over the name's mentions, above which the
# tagger's word is taken over the rules' (a confident tag leads by 20 to 60; a hesitant one by under 5).
CLEAR_MARGIN = 10.0
_MENTIONS = 3  # the first mentions say enough, and tagging every one of a much-named word costs time


# An honorific right before a name: only people bear one ("Mr", "Mrs", "Dr", "Sir"; with or without its full stop).
_HONORIFIC_BEFORE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+"


def not_a_person(name: str, sentences: Sequence[str]) -> bool:
    """Whether a one-word "person" is a company or place to the tagger: in the sentences that name it, the
    tagger never calls it a person and calls it an organisation or a place with a clear margin ("Northrail
    said ..." is the rail operator speaking). The first three sentences that name it are asked; a mention
    inside a longer tagged name with a role or title before it ("Deputy Transport Secretary X" tagged whole as
    a body) says nothing."""
    if " " in name:
        return False
    if any(re.search(rf"{_HONORIFIC_BEFORE}{re.escape(name)}\b", s) for s in sentences):
        return False  # "Mr Reading told MPs": an honorific names a person whatever else the word names
    if any(person_job_before(s[: m.start()]) for s in sentences for m in re.finditer(rf"\b{re.escape(name)}\b", s)):
        return False  # "U2 frontman Bono": so does a job only a person holds
    votes = {kind: 0.0 for kind in TYPES}
    for sentence in [s for s in sentences if name in s][:_MENTIONS]:
        for entity in tag_sentence(sentence, name):
            words = entity.text.split()
            if name not in words:
                continue
            if any(w.lower() in _role_words() for w in words[: words.index(name)]):
                continue  # "Deputy Defence Secretary X" taken whole for a body: a title before a name
            votes[entity.type] += entity.margin
    return votes["PER"] == 0 and max(votes["ORG"], votes["LOC"]) > CLEAR_MARGIN


def drop_non_people(people: list[Fact], sentences: Sequence[SourceSentence], language: str) -> list[Fact]:
    """The English people facts without the one-word names the tagger clearly takes for something else."""
    if language != "en":
        return people
    texts = {s.index: s.text for s in sentences}
    return [p for p in people if not not_a_person(p.text, [texts.get(i, "") for i in p.sentences])]


# Not the sentence's first word (its capital says nothing; inside brackets or quote marks it may start them), and
# before a word in lower case (not "X's Party").
_GENITIVE = re.compile(r"(?:(?<=[a-z,;] )|(?<=[\[(\"“]))([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+(?=[a-z\"“'‘\[(])")


def genitive_people(
    sentences: Sequence[SourceSentence], language: str, taken: Collection[str]
) -> list[tuple[str, int]]:
    """One-word names in the genitive before a common noun ("Okonjo's free kick", "[Petrescu's party]") that the
    tagger clearly calls a person, as (name, sentence index); words the lists know as something else (roles,
    peoples, places and bodies) and names in `taken` (already found as anything) are left out."""
    if language != "en":
        return []
    out: list[tuple[str, int]] = []
    # (a word of a longer name found already is that name said short: "Halvern's head of distribution" after "Halvern
    # Pictures"; a person's own names are in `taken` one by one)
    inside_names = {w for t in taken if " " in t for w in t.split()}
    for s in sentences:
        if "'s " not in s.text and "’s " not in s.text:
            continue
        if is_headline(sentence_words(s.text)):
            continue  # a title-case line: every word is capitalised
        for m in _GENITIVE.finditer(s.text):
            word = m.group(1)
            if word in taken or word in inside_names or word in known_names() or is_nationality(word):
                continue
            if word.lower() in _role_words():
                continue
            if word in _BODY_WORDS:
                continue  # "disappointed by Council's action": a body named by its kind alone, as its own members do
            if _COMPANY_OWNED.match(s.text, m.end()):
                continue  # "hits Quebecor's share price", "Acme's shareholders": what only a company has
            if any(e.type == "PER" and e.text == word and e.margin > CLEAR_MARGIN for e in tag_sentence(s.text, word)):
                out.append((word, s.index))
    return out


# What a company owns and a person does not: "Quebecor's share price", "Acme's shareholders".
_COMPANY_OWNED = re.compile(
    r"(?:share\s+price|shares|stock\s+price|shareholders|stockholders|market\s+(?:value|capitali[sz]ation|share)|"
    r"pre-?tax\s+profits?|profits|revenues?|earnings|turnover|subsidiar(?:y|ies)|board\s+of\s+directors|"
    r"chief\s+executive|chief\s+financial\s+officer|headquarters|takeover|stores|shops|factories|plants)\b"
)


# Nouns a body is called by alone, capitalised, in its own town's or country's copy ("Council's action",
# "Government's plan", "Cabinet's decision").
_BODY_WORDS = frozenset(
    {"Council", "Government", "Parliament", "Congress", "Senate", "Cabinet", "Assembly", "Board", "Committee",
     "Commission", "Ministry", "Department", "Administration", "Court", "Police", "Authority", "Agency", "Church",
     "Club", "Party", "Union", "Legislature", "Crown", "State", "City", "County", "Borough", "Township", "Village",
     "Town", "Region", "Municipality"}
)  # fmt: skip


@functools.cache
def _role_words() -> frozenset[str]:
    return job_nouns() | person_nouns()
