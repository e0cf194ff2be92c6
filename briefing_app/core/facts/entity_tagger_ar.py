"""A small statistical tagger of Arabic named entities (person, place, organisation).

The same model as the English tagger (`entity_tagger.py`: a linear-chain averaged perceptron, tags O, B-PER,
I-PER, ...), with features for Arabic: the word in lookup form (no marks, one alef, ي for ى, ه for ة), the
word without the clitics glued before it (و ف, then ب ل ك; لل is ل + ال), its stem's affixes, the stems of
its neighbours, the gazetteer's lists (Arabic place and organisation names, Arabic given names) and the
title and role nouns that stand before a name ("الرئيس", "وزير", "الشيخ"). Arabic has no capitals, so every
word is scored. It is trained by `scripts/train_entity_tagger_ar.py` on NewsFANE Gold (Arabic newswire,
CC BY-SA 3.0) and shipped as `resources/entity_tagger/model_ar.json.gz` (the README there gives the licence and
how to rebuild).

Speed: one sentence at a time, on demand (cached): a 40-word sentence costs about 0.3 ms.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Sequence

import numpy as np

from briefing_app.core.facts.entity_tagger import TAGS, Entity, Model, named_spans
from briefing_app.core.facts.gazetteer import entries, world_given_names
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.package_data import read_resource_json_gz

# A word (with its marks and tatweel), a number, or one other character.
TOKEN = re.compile(r"[^\W\d_][\w\u064b-\u065f\u0670\u0640]*|\d+(?:[.,]\d+)*|[^\w\s]")
# Marks, tatweel, direction marks and the byte-order mark go; the alefs become one, ى and ة as ي and ه.
_LOOKUP: dict[int, str | None] = {c: None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640, 0x200E, 0x200F, 0xFEFF)}
_LOOKUP |= {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا", ord("ى"): "ي", ord("ة"): "ه"}
# Titles and role nouns that stand before a name, in lookup form and without ال (the stem feature adds it back).
_CUES = frozenset(
    """رئيس وزير سيد سيده شيخ دكتور دكتوره مهندس استاذ اميره امير ملك نائب لواء عميد عقيد فريق رائد مقدم محامي
    زعيم قائد مدير مديره امين سفير محافظ متحدث ناطق مستشار مراسل الامام امام الاب البابا ولي وكيل مندوب عضو
    الرئيس الوزير السيد الشيخ الدكتور الملك الامير المهندس الاستاذ النائب اللواء العميد العقيد""".split()
)


@functools.lru_cache(maxsize=65536)
def lookup_form(word: str) -> str:
    """The word with no marks or tatweel, one alef, ي for ى and ه for ة (newswire spells these freely)."""
    return word.translate(_LOOKUP)


@functools.lru_cache(maxsize=65536)
def split_clitics(word: str) -> tuple[str, str]:
    """(prefix, stem) of a word in lookup form: the conjunction و/ف, then the preposition ب/ل/ك, glued before
    it, when at least three letters remain ("وبالعاصمة" -> ("وب", "العاصمه"); "للامم" -> ("ل", "الامم")). A name
    may begin with one of these letters ("وليد"): the model sees the whole word too and learns which is which."""
    prefix = ""
    stem = word
    if stem[:1] in ("و", "ف") and len(stem) > 3:
        prefix, stem = stem[0], stem[1:]
    if stem.startswith("لل") and len(stem) > 4:
        return prefix + "ل", "ا" + stem[1:]
    if stem[:1] in ("ب", "ل", "ك") and len(stem) > 3:
        prefix, stem = prefix + stem[0], stem[1:]
    return prefix, stem


@functools.cache
def _gazetteer_words() -> tuple[frozenset[str], ...]:
    """In lookup form: words of Arabic place names, one-word place names, the same for organisations, given names."""
    sets: tuple[set[str], ...] = (set(), set(), set(), set(), set())
    for entry in entries():
        at = 0 if entry.kind == "place" else 2
        for name in entry.names:
            if any("\u0621" <= ch <= "\u064a" for ch in name):
                words = [lookup_form(w) for w in name.split()]
                sets[at].update(words)
                if len(words) == 1:
                    sets[at + 1].add(words[0])
    sets[4].update(lookup_form(n) for n in world_given_names().get("ar", frozenset()))
    return tuple(frozenset(s) for s in sets)


@functools.lru_cache(maxsize=65536)
def gazetteer_class(stem: str) -> str:
    """The lists a stem (lookup form) belongs to: P one-word place, p word of a place name, O and o the same
    for organisations, g given name, r title or role noun; "-" for none. A stem with ال is also looked up bare."""
    places, place_names, orgs, org_names, given = _gazetteer_words()
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
    marks = (
        ("O", stem in org_names), ("P", stem in place_names),
        ("o", stem in orgs and stem not in org_names), ("p", stem in places and stem not in place_names),
        ("g", stem in given or bare in given), ("r", stem in _CUES or bare in _CUES),
    )  # fmt: skip
    return "".join(mark for mark, on in marks if on) or "-"


def _kind(word: str) -> str:
    """A coarse class of a token that is no Arabic word: digits, Latin letters, punctuation."""
    if word[:1].isdigit():
        return "<d>"
    if word[:1].isascii() and word[:1].isalpha():
        return "<lat>"
    return word if not word[:1].isalpha() else ""


Info = tuple[str, str, str, str]  # a word in lookup form, its clitic prefix, its stem, its gazetteer class
_START: Info = ("<s>", "", "<s>", "<s>")
_END: Info = ("</s>", "", "</s>", "</s>")


def word_features(words: Sequence[str]) -> list[Info]:
    """Per word (lookup form): (word, clitic prefix, stem, gazetteer class)."""
    return [word_info(w) for w in words]


@functools.lru_cache(maxsize=65536)
def word_info(word: str) -> Info:
    kind = _kind(word)
    if kind:
        return (kind, "", kind, kind)
    prefix, stem = split_clitics(word)
    return (word, prefix, stem, gazetteer_class(stem))


# The features of a word come in groups that each depend on one word only (the word itself, or the word one or
# two places before or after it), so that the tagger sums each group's weights once per distinct word. Features
# joining two words (bigrams) were tried and left out: they moved the held-out score by a point and cost a
# third of the tagging time.
def _own(info: Info) -> list[str]:
    w, pre, st, g = info
    core = st[2:] if st.startswith("ال") and len(st) > 3 else st
    return ["b", "w=" + w, "st=" + st, "pre=" + pre, "def=" + str(core != st), "p2=" + core[:2], "p3=" + core[:3],
            "p4=" + core[:4], "s2=" + core[-2:], "s3=" + core[-3:], "s4=" + core[-4:], "len=" + str(min(len(core), 8)),
            "g=" + g, "pre-g=" + pre + "|" + g]  # fmt: skip


def _as_prev(info: Info) -> list[str]:
    return ["st-1=" + info[2], "w-1=" + info[0], "g-1=" + info[3]]


def _as_prev2(info: Info) -> list[str]:
    return ["st-2=" + info[2]]


def _as_next(info: Info) -> list[str]:
    return ["st+1=" + info[2], "pre+1=" + info[1], "g+1=" + info[3]]


def _as_next2(info: Info) -> list[str]:
    return ["st+2=" + info[2]]


_GROUPS = (_own, _as_prev, _as_prev2, _as_next, _as_next2)
_OFFSETS = (0, -1, -2, 1, 2)


def _around(info: Sequence[Info], i: int, offset: int) -> Info:
    j = i + offset
    return info[j] if 0 <= j < len(info) else _START if j < 0 else _END


def features(info: Sequence[Info], i: int) -> list[str]:
    """The features of word `i` of a sentence, from `word_features` (none depends on the tags)."""
    return [f for group, offset in zip(_GROUPS, _OFFSETS, strict=True) for f in group(_around(info, i, offset))]


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Every word's features, words already in lookup form."""
    info = word_features(words)
    return [features(info, i) for i in range(len(words))]


# A word whose best other tag trails "O" by more than this (in the summed feature weights) is taken for "O"
# without decoding; only the runs of the other words, with one word either side, are decoded.
SURE_O = 4.0


class ArabicModel(Model):
    """The English tagger's model (weights, transitions, decoder) with the Arabic features."""

    def __init__(self, data: dict[str, object]) -> None:
        super().__init__(data)
        # Per distinct word, the summed weights of each of its one-word feature groups (5 x tags), in one table
        # (a row per word met so far): a sentence's scores are then one gather and five shifted sums.
        self._ids: dict[Info, int] = {}
        self._lock = threading.Lock()
        self._table = np.zeros((1024, len(_GROUPS), len(TAGS)), dtype=np.float32)
        self._edges = (self._table[self._word_id(_START)].copy(), self._table[self._word_id(_END)].copy())

    def _word_id(self, info: Info) -> int:
        at = self._ids.get(info)
        if at is None:
            at = len(self._ids)
            if at == len(self._table):
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            index = self.index
            self._table[at] = 0
            for g, group in enumerate(_GROUPS):
                rows = [r for f in group(info) if (r := index.get(f)) is not None]
                if rows:
                    self._table[at, g] = self.weights[rows].sum(axis=0)
            self._ids[info] = at
        return at

    def scores(self, words: Sequence[str], positions: Sequence[int]) -> np.ndarray:
        info = word_features(words)
        with self._lock:  # the app may extract two documents at once (its worker pool): one writer at a time
            if len(self._ids) > 200_000:
                self._ids = {}  # a long-running process: start the table afresh rather than grow without end
            word_id = self._word_id
            ids = [word_id(x) for x in info]  # before reading the table: a new word may grow it
            v = self._table.take(ids, axis=0)  # a copy (take: as _table[ids], faster than fancy indexing by a list)
        start, end = self._edges
        out = v[:, 0].copy()
        out[1:] += v[:-1, 1]  # the word before, as "the word before"
        out[:1] += start[1]
        out[2:] += v[:-2, 2]
        out[:2] += start[2]
        out[:-1] += v[1:, 3]
        out[-1:] += end[3]
        out[:-2] += v[2:, 4]
        out[-2:] += end[4]
        return out[list(positions)]


@functools.cache
def model() -> ArabicModel:
    """The shipped Arabic model, read once per process."""
    return ArabicModel(read_resource_json_gz("entity_tagger", "model_ar.json.gz"))


def tag_words(words: Sequence[str]) -> list[tuple[int, int, str, float]]:
    """Entities of one tokenised sentence (lookup form) as (first word, last word + 1, type, margin). Words the
    features alone call "O" by a wide lead (`SURE_O`) are left out of decoding, which is what keeps it cheap."""
    if not words:
        return []
    m = model()
    scores = m.scores(words, range(len(words)))
    unsure = scores[:, 1:].max(axis=1) > scores[:, 0] - SURE_O
    if not unsure.any():
        return []
    on = unsure.copy()
    on[1:] |= unsure[:-1]  # with one word either side
    on[:-1] |= unsure[1:]
    edges = np.flatnonzero(np.diff(np.concatenate(([False], on, [False])).astype(np.int8)))
    out: list[tuple[int, int, str, float]] = []
    for a, b in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        path, margins = m.decode(scores[a:b], a == 0, b < len(words))
        out += named_spans(path, margins, a)
    return out


@per_document  # one article's sentences: a warm benchmark run must tag them again
def tag_sentence(sentence: str) -> tuple[Entity, ...]:
    """The named entities of one Arabic sentence, with the clitics glued to the first word cut off (`text` is
    the name as written on its own: "للأمم المتحدة" gives "الأمم المتحدة")."""
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(sentence)]
    words = [lookup_form(sentence[s:e]) for s, e in spans]
    out = []
    for a, b, kind, margin in tag_words(words):
        cut = glued(words[a])
        start, end = spans[a][0] + cut, spans[b - 1][1]
        text = sentence[start:end]
        if words[a].startswith("لل") and cut == 2:
            text = "ال" + text
        out.append(Entity(start, end, text, kind, margin))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def glued(word: str) -> int:
    """How many letters of a name's first word (lookup form) are clitics to cut off: none when the gazetteer
    knows the whole word ("وليد") or, after ف, not the rest ("فالنسيا"); those before ال ("والقاهره",
    "بالعاصمه"; both of لل); those before a known given name ("لمحمود"); the conjunction و before any other
    word ("وجونقلي"). Otherwise the letter may be the name's own ("فلاديمير", "كاليفورنيا", "باسم")."""
    prefix, stem = split_clitics(word)
    if not prefix or "ك" in prefix or any(mark in gazetteer_class(word) for mark in "POg"):
        return 0  # كاليفورنيا, كورونا: a name's own ك far more often than "like"
    if prefix[0] == "ف" and gazetteer_class(stem) == "-":
        return 0  # فالنسيا, فالكاو: more names begin with فال than follow the conjunction ف
    if stem.startswith("ال"):
        return len(prefix) + 1 if word.startswith(prefix + "ل") and not word.startswith(prefix + "ال") else len(prefix)
    if "g" in gazetteer_class(stem):
        return len(prefix)
    return 1 if prefix[0] == "و" else 0
