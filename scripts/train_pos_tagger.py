"""Train the English part-of-speech tagger (`briefing_app/core/facts/pos_tagger.py`) on UD English-EWT.

    .venv/bin/python scripts/train_pos_tagger.py PATH_TO_EWT [--epochs 6] [--report-only]

PATH_TO_EWT is a checkout of https://github.com/UniversalDependencies/UD_English-EWT (a work tree or a bare
git directory, read with `git show HEAD:...`). Its training file is rebuilt from the per-document sources
in `not-to-release/sources/` in the order of `not-to-release/file-lists/files.train` (the treebank's own
recipe) when `en_ewt-ud-train.conllu` cannot be read; the dev file is `en_ewt-ud-dev.conllu`. Nothing of
the treebank is copied into this repository: only the learned weights are written, to
`briefing_app/resources/pos_tagger/model.json.gz` (the README there gives the licence, CC BY-SA 4.0).

Words are the treebank's syntactic words (a contraction's parts, "do" "n't"); the UPOS column is the tag.
Any document sharing a run of eight words with an English article of the real-news corpus
(`tests/corpus/news/en/`, both halves) is left out. The dev file is held out and scored (word accuracy)
by a model trained without it; the shipped model then learns from train and dev. Training is
deterministic (a fixed shuffling seed), so a rebuild reproduces the file byte for byte.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_entity_tagger import (  # noqa: E402
    _sample_words,
    _spells_a_sample_name,
    corpus_ngrams_of,
    feature_index,
    overlaps,
    train_every_word,
    viterbi,
    write_model_gz,
)

from briefing_app.core.facts.pos_tagger import TAGS, features  # noqa: E402

OUTPUT = ROOT / "briefing_app" / "resources" / "pos_tagger" / "model.json.gz"
SEED = 20261202
SCALE = 100  # weights are saved as integers in hundredths
MIN_WEIGHT = 0.3  # feature rows whose largest averaged weight is below this are dropped
MIN_COUNT = 3  # features seen fewer times in training are never learnt

Sentence = tuple[list[str], list[str]]  # words, UPOS tags


class Treebank:
    """Files of a UD_English-EWT checkout: a work tree, or a bare git directory read at HEAD."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bare = not (path / "en_ewt-ud-dev.conllu").exists()

    def read(self, name: str) -> str | None:
        if not self.bare:
            file = self.path / name
            return file.read_text(encoding="utf-8") if file.exists() else None
        done = subprocess.run(["git", "-C", str(self.path), "show", f"HEAD:{name}"], capture_output=True, check=False)
        return done.stdout.decode("utf-8") if done.returncode == 0 else None

    def commit(self) -> str:
        done = subprocess.run(["git", "-C", str(self.path), "rev-parse", "HEAD"], capture_output=True, check=False)
        return done.stdout.decode().strip() or "unknown"

    def documents(self, split: str) -> list[list[Sentence]]:
        """The split's documents, each a list of sentences (a whole file counts as one document when the
        per-document sources are not needed)."""
        whole = self.read(f"en_ewt-ud-{split}.conllu")
        if whole is not None:
            return split_documents(read_conllu(whole, keep_doc_marks=True))
        listing = self.read(f"not-to-release/file-lists/files.{split}") or ""
        out = []
        for name in listing.split():
            text = self.read(f"not-to-release/sources/{name}")
            if text is None:
                raise SystemExit(f"{name} of files.{split} is missing")
            out.append([s for s in read_conllu(text) if s[0]])
        return out


def read_conllu(text: str, keep_doc_marks: bool = False) -> list[Sentence]:
    """Sentences of a CoNLL-U text as (words, UPOS); with `keep_doc_marks` a `# newdoc` opens an empty
    sentence, which `split_documents` cuts on."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in text.splitlines():
        if line.startswith("# newdoc") and keep_doc_marks:
            out.append(([], []))
        elif not line.strip():
            if words:
                out.append((words, tags))
            words, tags = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # a contraction's surface form ("don't") or an empty node: its words follow
            words.append(cols[1].replace("’", "'"))
            tags.append(cols[3])
    if words:
        out.append((words, tags))
    return out


def split_documents(sentences: list[Sentence]) -> list[list[Sentence]]:
    docs: list[list[Sentence]] = []
    for s in sentences:
        if not s[0] or not docs:
            docs.append([])
        if s[0]:
            docs[-1].append(s)
    return [d for d in docs if d]


def train(data: list[Sentence], epochs: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Structured averaged perceptron (Collins 2002) with a first-order Viterbi decoder."""
    featurised = [([features(words, i) for i in range(len(words))], [TAGS.index(t) for t in tags])
                  for words, tags in data]  # fmt: skip
    names, index = feature_index((fs for feats, _t in featurised for fs in feats), MIN_COUNT)
    encoded = [([np.array([index[f] for f in fs if f in index]) for fs in feats], tags) for feats, tags in featurised]
    return (names, *train_every_word(encoded, len(names), len(TAGS), epochs, SEED))


def prune(names: list[str], w: np.ndarray) -> list[int]:
    """The feature rows worth shipping: a large enough weight, and no feature spelling a sample-only name."""
    banned = _sample_words()
    return [i for i in range(len(names))
            if np.abs(w[i]).max() >= MIN_WEIGHT and not _spells_a_sample_name(names[i], banned)]  # fmt: skip


def accuracy(names: list[str], w: np.ndarray, t: np.ndarray, data: list[Sentence]) -> float:
    """Word accuracy of the model as shipped (pruned, rounded) on `data`."""
    keep = prune(names, w)
    index = {names[i]: j for j, i in enumerate(keep)}
    q = np.rint(w[keep] * SCALE) / SCALE
    tq = np.rint(t * SCALE) / SCALE
    right = total = 0
    for words, tags in data:
        rows = [[index[f] for f in features(words, i) if f in index] for i in range(len(words))]
        guess = viterbi(np.stack([q[r].sum(axis=0) for r in rows]), tq)
        right += sum(TAGS[g] == tag for g, tag in zip(guess, tags, strict=True))
        total += len(words)
    return right / total


def save(names: list[str], w: np.ndarray, t: np.ndarray, about: dict[str, object]) -> int:
    keep = prune(names, w)
    data = {
        "about": about,
        "tags": list(TAGS),
        "scale": SCALE,
        "features": [names[i] for i in keep],
        "weights": np.rint(w[keep] * SCALE).astype(np.int64).ravel().tolist(),
        "transitions": np.rint(t * SCALE).astype(np.int64).ravel().tolist(),
    }
    write_model_gz(data, OUTPUT)
    return len(keep)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ewt", type=Path, help="a UD_English-EWT checkout or git directory")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--report-only", action="store_true", help="train and score, write nothing")
    args = parser.parse_args()
    bank = Treebank(args.ewt)
    ngrams = corpus_ngrams_of("en")
    parts: dict[str, list[Sentence]] = {}
    for split in ("train", "dev"):
        docs = bank.documents(split)
        kept = [d for d in docs if not overlaps([(s[0],) for s in d], ngrams)]  # type: ignore[misc]
        parts[split] = [s for d in kept for s in d]
        words = sum(len(s[0]) for s in parts[split])
        print(f"{split}: {len(kept)} documents ({len(docs) - len(kept)} left out), {len(parts[split])} sentences, "
              f"{words} words")  # fmt: skip
    names, w, t = train(parts["train"], args.epochs)
    print(f"held-out EWT dev, word accuracy as shipped: {accuracy(names, w, t, parts['dev']):.4f} "
          f"({len(prune(names, w))} features kept of {len(names)})")  # fmt: skip
    if not args.report_only:
        names, w, t = train(parts["train"] + parts["dev"], args.epochs)
        about = {
            "source": "UD English-EWT (https://github.com/UniversalDependencies/UD_English-EWT), train and dev",
            "commit": bank.commit(),
            "licence": "CC BY-SA 4.0 (see README.md)",
            "epochs": args.epochs,
            "seed": SEED,
        }
        shipped = save(names, w, t, about)
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {shipped} features, {OUTPUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
