"""Train the English entity tagger (`briefing_app/core/facts/entity_tagger.py`) on GUM and Universal NER.

    .venv/bin/python scripts/train_entity_tagger.py PATH_TO_GUM [--uner PATH_TO_UNER [--uner-rev train=REV]]
        [--epochs 10] [--report-only] [--score-shipped]

PATH_TO_GUM is a checkout of https://github.com/amir-zeldes/gum (a work tree with `dep/*.conllu`, or a
bare git directory, read with `git show HEAD:...`); PATH_TO_UNER one of a Universal NER English treebank,
https://github.com/UniversalNER/UNER_English-EWT (its `*-ud-{train,dev,test}.iob2`; `--uner-rev` reads a
split's file at another revision). Nothing of either is copied into this repository: only the learned
weights are written, to `briefing_app/resources/entity_tagger/model.json.gz`.

What is used (see the README next to the model for the licences):
* only the GUM genres whose texts GUM's LICENSE.txt gives under CC BY or CC BY-SA: academic, bio, court,
  interview, news, voyage. Reddit (not freely licensed), the CC BY-NC-SA genres (essay, fiction, letter,
  podcast, whow) and the genres whose licence LICENSE.txt does not state (conversation, speech, textbook,
  vlog, the GENTLE documents) are left out; UNER English-EWT is CC BY-SA 4.0 throughout;
* any document (GUM document, UNER `# newdoc`) that shares a sentence of eight words or more with an
  English article of the real-news corpus (`tests/corpus/news/en/`, both halves: Wikinews is in both) is
  left out, so that the corpus scores are not read off text the model learnt from; only their number is
  printed;
* named mentions only: GUM's entity annotation (the MISC column's `Entity=`) of type person, place or
  organization whose head word is a proper noun, cut to its run of capitalised words; nested mentions
  give way to the longest. UNER's PER, LOC and ORG names (not OTH) that the tagger can see (`read_iob2`).

Held out and scored (entity-level precision and recall per type) by a model trained without them: GUM's
`dev` and `test` documents of the same genres (GUM's splits.md) and UNER's `test` file; the shipped model
then learns from everything. Training is deterministic (a fixed shuffling seed, rounding to fixed steps),
so a rebuild reproduces the file byte for byte; without `--uner` it builds the GUM-only model.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.core.facts.entity_tagger import (  # noqa: E402
    TAGS,
    TYPES,
    active,
    features,
    is_headline,
)

GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
GUM_TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}
OUTPUT = ROOT / "briefing_app" / "resources" / "entity_tagger" / "model.json.gz"
SEED = 20251202
SCALE = 1000  # weights are saved as integers in thousandths
MIN_WEIGHT = 0.02  # feature rows whose largest averaged weight is below this are dropped
MIN_COUNT = 2  # features seen fewer times in training are never learnt
OVERLAP_WORDS = 8
COMMON_COUNT = 3

Sentence = tuple[list[str], list[str], list[str], list[int], list[str]]  # words, upos, misc, heads, tags


class Gum:
    """Reads GUM files from a work tree or a (bare) git directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.git = not (path / "dep").is_dir()

    def read(self, name: str) -> str:
        if not self.git:
            return (self.path / name).read_text(encoding="utf-8")
        return subprocess.run(["git", "--git-dir", str(self.path), "show", f"HEAD:{name}"], check=True,
                              capture_output=True, text=True).stdout  # fmt: skip

    def commit(self) -> str:
        """The GUM commit read (recorded in the model), or "" for a tree that is not a git repository."""
        git = ["git", "--git-dir", str(self.path)] if self.git else ["git", "-C", str(self.path)]
        done = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    def names(self) -> list[str]:
        if not self.git:
            return sorted(p.name for p in (self.path / "dep").glob("*.conllu"))
        out = subprocess.run(["git", "--git-dir", str(self.path), "ls-tree", "--name-only", "HEAD", "dep/"],
                             check=True, capture_output=True, text=True).stdout  # fmt: skip
        return sorted(Path(line).name for line in out.split())


_OPEN = re.compile(r"\((\d+)-([a-z]+)(?:-[^()]*)?(\))?")


def _mentions(misc: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each entity mention of a sentence, from `Entity=` brackets."""
    open_at: dict[str, list[tuple[int, str]]] = {}
    out: list[tuple[int, int, str]] = []
    for i, field in enumerate(misc):
        value = next((part[7:] for part in field.split("|") if part.startswith("Entity=")), "")
        pos = 0
        while pos < len(value):
            if value[pos] == "(":
                m = _OPEN.match(value, pos)
                if m is None:
                    pos += 1
                    continue
                if m.group(3):
                    out.append((i, i + 1, m.group(2)))
                else:
                    open_at.setdefault(m.group(1), []).append((i, m.group(2)))
                pos = m.end()
            else:
                m = re.compile(r"(\d+)\)").match(value, pos)
                if m is None:
                    pos += 1
                    continue
                stack = open_at.get(m.group(1))
                if stack:
                    start, kind = stack.pop()
                    out.append((start, i + 1, kind))
                pos = m.end()
    return out


def _named_span(
    words: list[str], upos: list[str], heads: list[int], plural: list[bool], start: int, end: int, kind: str
) -> tuple[int, int] | None:
    """The name inside a mention: its head must be a proper noun, for a person in the singular (GUM gives
    peoples, "Americans", the type person; a briefing's people are persons; but "the United States" and "the
    United Nations" are a place and a body); the span is the run of capitalised words (with connectors between
    them) around the head, inside the mention."""
    inside = range(start, end)
    head = next((i for i in inside if not (start <= heads[i] - 1 < end)), None)
    if head is None or upos[head] != "PROPN" or not words[head][:1].isupper():
        return None
    if plural[head] and kind == "person":
        return None

    def ok(i: int) -> bool:
        return words[i][:1].isupper() or words[i][:1].isdigit() and upos[i] == "PROPN"

    a = head
    while a - 1 >= start and (ok(a - 1) or words[a - 1] in ("of", "and", "&", "for", "de") and a - 2 >= start
                              and ok(a - 2)):  # fmt: skip
        a -= 1
    b = head + 1
    while b < end and (ok(b) or words[b] in ("of", "and", "&", "for", "de", "the") and b + 1 < end and ok(b + 1)):
        b += 1
    while a < b and not ok(a):
        a += 1
    if upos[a] == "DET" and a + 1 < b:  # "The" at the start of a sentence
        a += 1
    return a, b


def read_document(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if re.fullmatch(r"\d+", cols[0]):
                rows.append(cols)
            continue
        if not line and rows:
            words = [r[1] for r in rows]
            upos = [r[3] for r in rows]
            heads = [int(r[6]) for r in rows]
            plural = ["Number=Plur" in r[5] for r in rows]
            misc = [r[9] for r in rows]
            tags = ["O"] * len(words)
            spans = []
            for start, end, kind in _mentions(misc):
                if kind in GUM_TYPES and (span := _named_span(words, upos, heads, plural, start, end, kind)):
                    spans.append((span[0], span[1], GUM_TYPES[kind]))
            for a, b, kind in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0], s[2])):
                if all(t == "O" for t in tags[a:b]):
                    tags[a:b] = ["B-" + kind] + ["I-" + kind] * (b - a - 1)
            sentences.append((words, upos, misc, heads, tags))
            rows = []
    return sentences


def _norm(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def overlaps(sentences: list[Sentence], ngrams: set[tuple[str, ...]]) -> bool:
    for words, *_ in sentences:
        norm = _norm(" ".join(words))
        if any(tuple(norm[i : i + OVERLAP_WORDS]) in ngrams for i in range(len(norm) - OVERLAP_WORDS + 1)):
            return True
    return False


class Uner:
    """Reads a Universal NER treebank's `*-ud-{train,dev,test}.iob2` files from a work tree or a (bare) git
    directory. `revs` maps a split to the revision its file is read at (default HEAD), because a snapshot may
    lack the newest version of a large file; every file read is recorded (revision and blob) in the model."""

    def __init__(self, path: Path, revs: dict[str, str]) -> None:
        self.path = path
        self.revs = revs
        self.git = not any(path.glob("*.iob2"))
        self.read_files: list[str] = []

    def label(self) -> str:
        """The treebank's file prefix ("en_ewt"), once a file is read."""
        return self.read_files[0].split("-ud-")[0] if self.read_files else str(self.path)

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "--git-dir", str(self.path), *args], check=True, capture_output=True,
                              text=True).stdout  # fmt: skip

    def read(self, split: str) -> str:
        """The split's file, or "" when the treebank has none (English-PUD has only a test file)."""
        if not self.git:
            paths = sorted(self.path.glob(f"*-ud-{split}.iob2"))
            if not paths:
                return ""
            self.read_files.append(paths[0].name)
            return paths[0].read_text(encoding="utf-8")
        if not any(n.endswith(f"-ud-{split}.iob2") for n in self._git("ls-tree", "--name-only", "HEAD").split()):
            return ""
        rev = self.revs.get(split, "HEAD")
        name = next(n for n in self._git("ls-tree", "--name-only", rev).split() if n.endswith(f"-ud-{split}.iob2"))
        commit = self._git("rev-parse", rev).strip()
        blob = self._git("rev-parse", f"{rev}:{name}").strip()
        self.read_files.append(f"{name}@{commit[:12]} (blob {blob[:12]})")
        return self._git("show", f"{rev}:{name}")


def read_iob2(text: str) -> list[tuple[str, list[Sentence]]]:
    """The documents (`# newdoc id`) of an IOB2 file as (id, sentences). Only PER, LOC and ORG are kept (other
    labels, OTH and stray ones, are "O"). A name must be a run of words the tagger scores (capitalised words
    and the connectors between them, `active`): a leading "the" is cut off; a name in lower case ("tampa bay")
    becomes "O", since the tagger never sees such words; a sentence with a name only partly capitalised is
    dropped (its capitalised part would be taught as "O")."""
    docs: list[tuple[str, list[Sentence]]] = []
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("# newdoc id"):
            docs.append((line.split("=", 1)[1].strip(), []))
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            if not docs:
                docs.append(("", []))
            words = [r[1] for r in rows]
            tags = _iob2_names(words, [r[2] if len(r) > 2 else "O" for r in rows])
            if tags is not None:
                n = len(words)
                docs[-1][1].append((words, [""] * n, [""] * n, [0] * n, tags))
            rows = []
    return docs


def iob_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """The [first, last + 1) word spans and kinds of the names an IOB2 labelling marks (kinds the tagger does
    not learn left out; an "I-" with no name of its kind open starts one)."""
    spans: list[tuple[int, int, str]] = []
    for i, label in enumerate(labels):
        kind = label[2:]
        if kind not in TYPES:
            continue
        if label.startswith("I-") and spans and spans[-1][1] == i and spans[-1][2] == kind:
            spans[-1] = (spans[-1][0], i + 1, kind)
        else:
            spans.append((i, i + 1, kind))
    return spans


def _iob2_names(words: list[str], labels: list[str]) -> list[str] | None:
    spans = iob_spans(labels)
    on = active(words)
    tags = ["O"] * len(words)
    for a, b, kind in spans:
        if b - a > 1 and words[a].lower() == "the":
            a += 1
        if not any(on[a:b]):
            continue
        if not all(on[a:b]):
            return None
        tags[a:b] = ["B-" + kind] + ["I-" + kind] * (b - a - 1)
    return tags


def splits(gum: Gum) -> dict[str, str]:
    out: dict[str, str] = {}
    part = ""
    for line in gum.read("splits.md").splitlines():
        if line.startswith("## "):
            part = line[3:].strip()
        elif line.strip().startswith("* "):
            out[line.strip()[2:].strip()] = part
    return out


def common_words(data: list[Sentence]) -> frozenset[str]:
    """Words written in lower case at least COMMON_COUNT times in the training text (not at a sentence's start)."""
    counts = Counter(w for words, *_ in data for w in words[1:] if w.isalpha() and w.islower())
    return frozenset(w for w, c in counts.items() if c >= COMMON_COUNT)


# Which words a tagger scores and the features it gives them: the English tagger's by default; the Danish
# trainer passes its own (`entity_tagger_da.active`, `features_da`).
Reading = tuple[Callable[[Sequence[str]], list[bool]], Callable[[Sequence[str], int, frozenset[str], bool], list[str]]]
ENGLISH: Reading = (active, features)


def featurise(
    data: list[Sentence], common: frozenset[str], reading: Reading = ENGLISH
) -> Iterator[tuple[list[list[str]], list[bool], list[int]]]:
    active_words, word_features = reading
    for words, _u, _m, _h, tags in data:
        on = active_words(words)
        head = is_headline(words)
        feats = [word_features(words, i, common, head) if o else [] for i, o in enumerate(on)]
        yield feats, on, [TAGS.index(t) for t in tags]


def viterbi(scores: np.ndarray, trans: np.ndarray) -> list[int]:
    n, k = scores.shape
    back = np.zeros((n, k), dtype=np.int64)
    best = trans[0] + scores[0]
    for i in range(1, n):
        total = best[:, None] + trans[1:] + scores[i][None, :]
        back[i] = total.argmax(axis=0)
        best = total.max(axis=0)
    path = [int(best.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def feature_index(feature_lists: Iterable[list[str]], min_count: int) -> tuple[list[str], dict[str, int]]:
    """The features seen at least `min_count` times (sorted), and each one's row."""
    counts = Counter(f for fs in feature_lists for f in fs)
    names = sorted(f for f, c in counts.items() if c >= min_count)
    return names, {f: i for i, f in enumerate(names)}


class AveragedPerceptron:
    """Feature-by-tag weights and tag-to-tag transitions of a structured averaged perceptron (Collins 2002),
    with the step-weighted sums of updates that average them; shared by the English, Arabic, Danish and
    part-of-speech trainers."""

    def __init__(self, features: int, tags: int) -> None:
        self.w = np.zeros((features, tags))
        self.u = np.zeros((features, tags))  # step-weighted sum of updates, for averaging
        self.t = np.zeros((tags + 1, tags))  # the first row: from the sentence start
        self.tu = np.zeros((tags + 1, tags))

    def update(self, rows: Sequence[Any], gold: list[int], guess: list[int], step: int) -> int:
        """One update of a sentence decoded wrong (rows: each word's feature rows, a list or an array,
        indexed at once): the gold tags and transitions up, the guessed ones down. Returns the words wrong."""
        wrong = 0
        for i, (g, p) in enumerate(zip(gold, guess, strict=True)):
            if g != p:
                wrong += 1
                self.w[rows[i], g] += 1
                self.w[rows[i], p] -= 1
                self.u[rows[i], g] += step
                self.u[rows[i], p] -= step
            self.update_transition(gold[i - 1] + 1 if i else 0, g, guess[i - 1] + 1 if i else 0, p, step)
        return wrong

    def update_transition(self, gp: int, g: int, pp: int, p: int, step: int) -> None:
        if (gp, g) != (pp, p):
            self.t[gp, g] += 1
            self.t[pp, p] -= 1
            self.tu[gp, g] += step
            self.tu[pp, p] -= step

    def averaged(self, step: int) -> tuple[np.ndarray, np.ndarray]:
        return self.w - self.u / step, self.t - self.tu / step


def _legal(trans: np.ndarray) -> np.ndarray:
    out = trans.copy()
    for row, before in enumerate(("<s>", *TAGS)):
        for col, tag in enumerate(TAGS):
            if tag.startswith("I-") and before[2:] != tag[2:]:
                out[row, col] = -1e6
    return out


def _static(rows: list[list[int]], active: list[bool], w: np.ndarray) -> np.ndarray:
    out = np.zeros((len(rows), len(TAGS)))
    out[:, 1:] = -1e4
    for i, (r, on) in enumerate(zip(rows, active, strict=True)):
        if on:
            out[i] = w[r].sum(axis=0)
    return out


def train_every_word(
    encoded: Sequence[tuple[Sequence[Any], list[int]]],
    n_features: int,
    n_tags: int,
    epochs: int,
    seed: int,
    transitions: Callable[[np.ndarray], np.ndarray] = lambda t: t,
) -> tuple[np.ndarray, np.ndarray]:
    """Averaged weights and transitions of a structured perceptron (Collins 2002) over sentences whose every
    word is scored: `encoded` pairs each sentence's feature rows per word with its gold tag indices;
    `transitions` may forbid moves before decoding (the entity taggers' I- after the wrong B-)."""
    model = AveragedPerceptron(n_features, n_tags)
    rng = random.Random(seed)
    order = list(range(len(encoded)))
    step = 1
    for epoch in range(epochs):
        rng.shuffle(order)
        sentences = words = 0
        for n in order:
            rows, gold = encoded[n]
            scores = np.stack([model.w[r].sum(axis=0) for r in rows])
            guess = viterbi(scores, transitions(model.t))
            if guess != gold:
                sentences += 1
                words += model.update(rows, gold, guess, step)
            step += 1
        print(f"epoch {epoch + 1}: {sentences} of {len(order)} sentences, {words} words wrong", file=sys.stderr)
    return model.averaged(step)


def train(
    data: list[Sentence], epochs: int, common: frozenset[str], reading: Reading = ENGLISH
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Structured averaged perceptron (Collins 2002) with a first-order Viterbi decoder."""
    featurised = list(featurise(data, common, reading))
    names, index = feature_index((fs for feats, _a, _t in featurised for fs in feats), MIN_COUNT)
    encoded = [([[index[f] for f in fs if f in index] for fs in feats], active, tags)
               for feats, active, tags in featurised]  # fmt: skip
    model = AveragedPerceptron(len(names), len(TAGS))
    w = model.w
    rng = random.Random(SEED)
    order = list(range(len(encoded)))
    step = 1
    for epoch in range(epochs):
        rng.shuffle(order)
        wrong = 0
        for n in order:
            rows, active, gold = encoded[n]
            guess = viterbi(_static(rows, active, w), _legal(model.t))
            if guess != gold:
                wrong += 1
                for i, (g, p) in enumerate(zip(gold, guess, strict=True)):
                    if g != p:
                        for r in rows[i]:  # once per occurrence of a feature, as the shipped model was learnt
                            w[r, g] += 1
                            w[r, p] -= 1
                            model.u[r, g] += step
                            model.u[r, p] -= step
                    model.update_transition(gold[i - 1] + 1 if i else 0, g, guess[i - 1] + 1 if i else 0, p, step)
            step += 1
        print(f"epoch {epoch + 1}: {wrong} of {len(order)} sentences wrong", file=sys.stderr)
    return (names, *model.averaged(step))


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    out = set()
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
            j += 1
        out.add((i, j, tags[i][2:]))
        i = j
    return out


def evaluate(
    names: list[str],
    w: np.ndarray,
    t: np.ndarray,
    data: list[Sentence],
    common: frozenset[str],
    reading: Reading = ENGLISH,
) -> str:
    index = {f: i for i, f in enumerate(names)}
    trans = _legal(t)
    pairs = []
    for (feats, on, _gold), sentence in zip(featurise(data, common, reading), data, strict=True):
        rows = [[index[f] for f in fs if f in index] for fs in feats]
        guess = viterbi(_static(rows, on, w), trans)
        pairs.append((list(sentence[4]), [TAGS[x] for x in guess]))
    return score_report(pairs)


def score_report(pairs: Iterable[tuple[list[str], list[str]]]) -> str:
    """Precision and recall per entity type of (gold tags, guessed tags) per sentence, one line per type."""
    tally = {kind: Counter() for kind in (*TYPES, "all")}
    for gold_tags, guessed_tags in pairs:
        g = entities(gold_tags)
        p = entities(guessed_tags)
        for kind in (*TYPES, "all"):
            gk = {e for e in g if kind in ("all", e[2])}
            pk = {e for e in p if kind in ("all", e[2])}
            tally[kind].update(gold=len(gk), pred=len(pk), hit=len(gk & pk))
    lines = []
    for kind, c in tally.items():
        p = c["hit"] / c["pred"] if c["pred"] else 0.0
        r = c["hit"] / c["gold"] if c["gold"] else 0.0
        lines.append(f"  {kind:4} P {p:.2f} R {r:.2f}  (gold {c['gold']}, tagged {c['pred']})")
    return "\n".join(lines)


def _sample_words() -> frozenset[str]:
    """The names only the repository's sample articles have (`tests/unit/test_no_sample_names.py`), lower-cased:
    no feature string may spell one, even by chance ("in|x" read as "In X"), so those features are dropped."""
    from tests.unit.test_no_sample_names import sample_only_names

    return frozenset(n.lower() for n in sample_only_names())


def _spells_a_sample_name(name: str, banned: frozenset[str]) -> bool:
    value = name.split("=", 1)[-1].lower()
    return value.replace("|", " ") in banned or any(part in banned for part in value.split("|"))


def save(
    names: list[str],
    w: np.ndarray,
    t: np.ndarray,
    common: frozenset[str],
    about: dict[str, object],
    output: Path = OUTPUT,  # the Danish trainer writes its own file with the same layout
) -> int:
    banned = _sample_words()
    keep = [i for i in range(len(names))
            if np.abs(w[i]).max() >= MIN_WEIGHT and not _spells_a_sample_name(names[i], banned)]  # fmt: skip
    q = np.rint(w[keep] * SCALE).astype(np.int64)
    data = {
        "about": about,
        "tags": list(TAGS),
        "scale": SCALE,
        "common": sorted(w for w in common if w not in banned),
        "features": [names[i] for i in keep],
        "weights": q.ravel().tolist(),
        "transitions": np.rint(t * SCALE).astype(np.int64).ravel().tolist(),
    }
    write_model_gz(data, output)
    return len(keep)


def write_model_gz(data: dict[str, object], output: Path) -> None:
    """A model as compact JSON, gzipped with no timestamp (the same weights give the same bytes), written
    atomically: every trainer saves its model here."""
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    tmp.write_bytes(raw.getvalue())
    tmp.replace(output)


def corpus_ngrams_of(language: str) -> set[tuple[str, ...]]:
    """Every run of OVERLAP_WORDS words of the real-news corpus articles of `language` (both halves)."""
    out: set[tuple[str, ...]] = set()
    for path in sorted((ROOT / "tests" / "corpus" / "news" / language).glob("*/*.txt")):
        words = _norm(path.read_text(encoding="utf-8"))
        out.update(tuple(words[i : i + OVERLAP_WORDS]) for i in range(len(words) - OVERLAP_WORDS + 1))
    return out


def read_gum(gum: Gum, ngrams: set[tuple[str, ...]]) -> tuple[list[Sentence], list[Sentence]]:
    """GUM's used documents as (train, held out: dev + test), without those sharing text with the corpus."""
    split = splits(gum)
    train_part: list[Sentence] = []
    held: list[Sentence] = []
    used = excluded = 0
    for name in gum.names():
        doc = name.removesuffix(".conllu")
        genre = doc.split("_")[1] if doc.startswith("GUM_") else ""
        if genre not in GENRES:
            continue
        sentences = read_document(gum.read(f"dep/{name}"))
        if overlaps(sentences, ngrams):
            excluded += 1
            continue
        used += 1
        (train_part if split.get(doc, "train") == "train" else held).extend(sentences)
    print(f"GUM documents used: {used}; left out for sharing text with the news corpus: {excluded}")
    return train_part, held


def read_uner(uner: Uner, ngrams: set[tuple[str, ...]]) -> tuple[list[Sentence], list[Sentence]]:
    """A UNER treebank as (train + dev, test), without the documents sharing text with the corpus."""
    parts: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    used = excluded = 0
    for split in parts:
        for _doc, sentences in read_iob2(uner.read(split)):
            if overlaps(sentences, ngrams):
                excluded += 1
                continue
            used += 1
            parts[split] += sentences
    print(f"UNER {uner.path}: documents used {used}; left out for sharing text with the news corpus: {excluded}")
    return parts["train"] + parts["dev"], parts["test"]


def describe(part: str, data: list[Sentence]) -> None:
    n = Counter(t[2:] for s in data for t in s[4] if t.startswith("B-"))
    print(f"{part}: {len(data)} sentences, {sum(len(s[0]) for s in data)} words, names {dict(sorted(n.items()))}")


def load_shipped() -> tuple[list[str], np.ndarray, np.ndarray, frozenset[str]]:
    """The model file as it is now (to score it before a rebuild)."""
    with gzip.open(OUTPUT, "rt", encoding="utf-8") as f:
        data = json.load(f)
    names = data["features"]
    w = np.asarray(data["weights"], dtype=np.float64).reshape(len(names), len(TAGS)) / data["scale"]
    t = np.asarray(data["transitions"], dtype=np.float64).reshape(len(TAGS) + 1, len(TAGS)) / data["scale"]
    return names, w, t, frozenset(data["common"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gum", type=Path, help="a GUM checkout or git directory")
    parser.add_argument("--uner", type=Path, action="append", default=[],
                        help="a Universal NER English treebank (checkout or git directory); repeatable")  # fmt: skip
    parser.add_argument("--uner-rev", action="append", default=[], metavar="SPLIT=REV",
                        help="read that split's file of every --uner at REV instead of HEAD")  # fmt: skip
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--report-only", action="store_true", help="train and score, write nothing")
    parser.add_argument("--score-shipped", action="store_true",
                        help="also score the model file as it is now on the held-out parts")  # fmt: skip
    args = parser.parse_args()
    revs = dict(item.split("=", 1) for item in args.uner_rev)
    gum = Gum(args.gum)
    ngrams = corpus_ngrams_of("en")
    gum_train, gum_held = read_gum(gum, ngrams)
    train_part = list(gum_train)
    held: dict[str, list[Sentence]] = {"held-out GUM documents (dev + test of the same genres)": gum_held}
    uners = [Uner(path, revs) for path in args.uner]
    for uner in uners:
        uner_train, uner_test = read_uner(uner, ngrams)
        train_part += uner_train
        held[f"held-out UNER test ({uner.label()})"] = uner_test
    describe("train", train_part)
    for part, data in held.items():
        describe(part, data)
    if args.score_shipped:
        names, w, t, common = load_shipped()
        for part, data in held.items():
            print(f"the model file as it is now, on {part}, entity level:")
            print(evaluate(names, w, t, data, common))
    common = common_words(train_part)
    names, w, t = train(train_part, args.epochs, common)
    for part, data in held.items():
        print(f"{part}, entity level:")
        print(evaluate(names, w, t, data, common))
    if not args.report_only:
        # The shipped model learns from every used sentence, the held-out ones too (scored above without them).
        everything = train_part + [s for data in held.values() for s in data]
        common = common_words(everything)
        names, w, t = train(everything, args.epochs, common)
        about: dict[str, object] = {
            "source": "GUM corpus (https://github.com/amir-zeldes/gum), genres " + ", ".join(GENRES),
            "gum_commit": gum.commit(),
            "licence": "CC BY-SA 4.0 (see README.md)",
            "epochs": args.epochs,
            "seed": SEED,
        }
        if uners:
            about["uner"] = [f"Universal NER {u.label()}: " + ", ".join(u.read_files) for u in uners]
        kept = save(names, w, t, common, about)
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {kept} features, {OUTPUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
