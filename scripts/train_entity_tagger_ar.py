"""Train the Arabic entity tagger (`briefing_app/core/facts/entity_tagger_ar.py`) on NewsFANE Gold.

    .venv/bin/python scripts/train_entity_tagger_ar.py PATH_TO_GIT_DIR [--rev REV] [--path PATH]
        [--epochs 8] [--report-only]

NewsFANE Gold (Alotaibi and Lee, "A Hybrid Approach to Features Representation for Fine-grained Arabic Named
Entity Recognition", COLING 2014) is about 170,000 words of Arabic newswire annotated with 50 fine-grained
entity classes, under CC BY-SA 3.0 (its License.txt). It is read from a git directory that holds it (by
default the copy in https://github.com/bvanaken/visbert at commit 8c0f4a8b8eb8, file
`data/Finegrained/WikiFANE_2014_Gold_standard/NewsFANE_Gold_2014_170K.txt`), with `git show REV:PATH`. Nothing
of it is copied into this repository: only the learned weights are written, to
`briefing_app/resources/entity_tagger/model_ar.json.gz`.

How the data is read:
* one word and its tag per line, a blank line between sentences; the corpus writes clitics apart
  ("و قال", "ل تصل", "ان ه"): a lone و ف ب ل ك before a word is glued back onto it, and a lone pronoun
  suffix after a word onto that word, so that the words look like running text (ل + ال is written لل);
* the fine classes become three: persons (politician, athlete, artist, scientist, religious figure, police,
  businessperson, lawyer, engineer, other), places (nations, towns, provinces, districts, regions and
  clusters of states, continents, bodies of water, natural land regions, buildings and grounds, airports,
  paths, parts of facilities) and organisations (governmental, non-governmental, commercial, media,
  sports, educational, medical-science, religious and entertainment bodies); groups of people (العرب,
  المسلمين), vehicles, works, products and the rest are "O";
* a sentence that shares a run of eight words (lookup form) with an Arabic article of the real-news corpus
  (`tests/corpus/news/ar/`, both halves) is left out; only their number is printed.

Held out and scored (entity-level precision and recall per type) by a model trained without them: every
tenth block of 100 sentences (blocks 9, 19, ...); the shipped model then learns from all of it. Training is
deterministic (fixed shuffling seed, weights rounded to thousandths, gzip without a time stamp).
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
    _legal,
    feature_index,
    score_report,
    train_every_word,
    viterbi,
    write_model_gz,
)

from briefing_app.core.facts.entity_tagger import TAGS  # noqa: E402
from briefing_app.core.facts.entity_tagger_ar import TOKEN, lookup_form, sentence_features  # noqa: E402

OUTPUT = ROOT / "briefing_app" / "resources" / "entity_tagger" / "model_ar.json.gz"
REV = "8c0f4a8b8eb821dca6d947206c3e3cbad9cda693"
PATH = "data/Finegrained/WikiFANE_2014_Gold_standard/NewsFANE_Gold_2014_170K.txt"
SEED = 20261202
SCALE = 1000
MIN_WEIGHT = 0.02
MIN_COUNT = 2
OVERLAP_WORDS = 8
BLOCK = 100

PER = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Police", "Businessperson",
       "Lawyer", "Engineer"}  # fmt: skip
LOC = {"Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent", "Water-Body",
       "County-or-District", "Land-Region-Natural", "Building-Grounds", "Airport", "Path",
       "Subarea-Facility"}  # fmt: skip
ORG = {"Non-Governmental", "Sports", "Media", "Government", "Commercial", "Educational", "Medical-Science",
       "Religious_ORG", "Entertainment"}  # fmt: skip
PREFIXES = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}
SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "نا", "ي", "ني", "كم", "كما"}

Sentence = tuple[list[str], list[str]]


def coarse(tag: str) -> str:
    if tag == "O" or len(tag) < 3:
        return "O"
    fine = tag[2:]
    kind = "PER" if fine in PER else "LOC" if fine in LOC else "ORG" if fine in ORG else ""
    return tag[:2] + kind if kind else "O"


def _glue(prefix: str, word: str) -> str:
    if prefix.endswith("ل") and word.startswith("ال"):
        return prefix + word[1:]  # ل + الامم -> للامم
    return prefix + word


def read_newsfane(text: str) -> list[Sentence]:
    """Sentences of (words in lookup form, coarse tags), clitics glued back."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*text.splitlines(), ""]:
        parts = line.split("\t")
        word = lookup_form(parts[0].strip()) if parts else ""
        if not word:
            if words:
                out.append(_fixed(words, tags))
            words, tags = [], []
            continue
        tag = parts[1].strip() if len(parts) > 1 else "O"
        words.append(word)
        tags.append(coarse(tag) if tag else "O")
    return out


def _fixed(words: list[str], tags: list[str]) -> Sentence:
    """Glue lone clitics back; then cut any word the runtime tokeniser would split, keeping its tag."""
    ws: list[str] = []
    ts: list[str] = []
    i = 0
    while i < len(words):
        w, t = words[i], tags[i]
        if w in PREFIXES and t == "O" and i + 1 < len(words) and words[i + 1][:1].isalpha() and len(words[i + 1]) > 1:
            ws.append(_glue(w, words[i + 1]))
            ts.append(tags[i + 1])
            i += 2
            continue
        if w in SUFFIXES and t == "O" and ws and ws[-1][:1].isalpha() and ws[-1] not in PREFIXES:
            ws[-1] += w
            i += 1
            continue
        if w.startswith("لال") and len(w) > 5:
            w = "لل" + w[3:]  # the corpus's لالاتحاد is running text's للاتحاد
        ws.append(w)
        ts.append(t)
        i += 1
    out_w: list[str] = []
    out_t: list[str] = []
    for w, t in zip(ws, ts, strict=True):
        pieces = TOKEN.findall(w) or [w]
        for k, piece in enumerate(pieces):
            out_w.append(piece)
            out_t.append(t if k == 0 or t == "O" else "I-" + t[2:])
    return out_w, out_t


def corpus_ngrams() -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for path in sorted((ROOT / "tests" / "corpus" / "news" / "ar").glob("*/*.txt")):
        words = [lookup_form(w) for w in TOKEN.findall(path.read_text(encoding="utf-8")) if w[:1].isalnum()]
        out.update(tuple(words[i : i + OVERLAP_WORDS]) for i in range(len(words) - OVERLAP_WORDS + 1))
    return out


def overlaps(words: list[str], ngrams: set[tuple[str, ...]]) -> bool:
    ws = [w for w in words if w[:1].isalnum()]
    return any(tuple(ws[i : i + OVERLAP_WORDS]) in ngrams for i in range(len(ws) - OVERLAP_WORDS + 1))


def train(data: list[Sentence], epochs: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Structured averaged perceptron (Collins 2002) with a first-order Viterbi decoder, every word scored."""
    featurised = [(sentence_features(words), [TAGS.index(t) for t in tags]) for words, tags in data]
    names, index = feature_index((fs for feats, _t in featurised for fs in feats), MIN_COUNT)
    encoded = [([[index[f] for f in fs if f in index] for fs in feats], tags) for feats, tags in featurised]
    return (names, *train_every_word(encoded, len(names), len(TAGS), epochs, SEED, _legal))


def evaluate(names: list[str], w: np.ndarray, t: np.ndarray, data: list[Sentence]) -> str:
    index = {f: i for i, f in enumerate(names)}
    trans = _legal(t)
    pairs = []
    for words, tags in data:
        rows = [[index[f] for f in fs if f in index] for fs in sentence_features(words)]
        guess = viterbi(np.stack([w[r].sum(axis=0) for r in rows]), trans)
        pairs.append((list(tags), [TAGS[x] for x in guess]))
    return score_report(pairs)


def _sample_words() -> frozenset[str]:
    """Names only the repository's sample articles have, in lookup form: no feature string may spell one."""
    from tests.unit.test_no_sample_names import sample_only_names

    return frozenset(lookup_form(n) for n in sample_only_names())


def _spells_a_sample_name(name: str, banned: frozenset[str]) -> bool:
    value = name.split("=", 1)[-1]
    return value.replace("|", " ") in banned or any(part in banned for part in value.split("|"))


def model_data(names: list[str], w: np.ndarray, t: np.ndarray, banned: frozenset[str] = frozenset()) -> dict:
    """The model file's content: features whose weights matter (and spell no banned name), scaled to integers."""
    keep = [i for i in range(len(names))
            if np.abs(w[i]).max() >= MIN_WEIGHT and not _spells_a_sample_name(names[i], banned)]  # fmt: skip
    return {
        "tags": list(TAGS),
        "scale": SCALE,
        "common": [],
        "features": [names[i] for i in keep],
        "weights": np.rint(w[keep] * SCALE).astype(np.int64).ravel().tolist(),
        "transitions": np.rint(t * SCALE).astype(np.int64).ravel().tolist(),
    }


def save(names: list[str], w: np.ndarray, t: np.ndarray, about: dict[str, object]) -> int:
    data = {"about": about, **model_data(names, w, t, _sample_words())}
    write_model_gz(data, OUTPUT)
    return len(data["features"])


def newsfane_text(git_dir: Path, rev: str = REV, path: str = PATH) -> str | None:
    """NewsFANE Gold's text from a local copy of its repository, or None (with a message) when it cannot be read."""
    result = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{rev}:{path}"],
                            capture_output=True, check=False)  # fmt: skip
    if result.returncode != 0:
        print(f"{git_dir}: cannot read {rev}:{path}: {result.stderr.decode().strip()}", file=sys.stderr)
        return None
    return result.stdout.decode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path, help="a git directory holding NewsFANE Gold")
    parser.add_argument("--rev", default=REV)
    parser.add_argument("--path", default=PATH)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--report-only", action="store_true", help="score the held-out part, write nothing")
    args = parser.parse_args()
    text = newsfane_text(args.git_dir, args.rev, args.path)
    if text is None:
        return 1
    sentences = read_newsfane(text)
    ngrams = corpus_ngrams()
    kept = [s for s in sentences if not overlaps(s[0], ngrams)]
    print(f"NewsFANE Gold: {len(sentences)} sentences, {sum(len(s[0]) for s in sentences)} words; "
          f"{len(sentences) - len(kept)} left out for sharing an {OVERLAP_WORDS}-word run "
          "with the Arabic corpus")  # fmt: skip
    held = [s for i, s in enumerate(kept) if (i // BLOCK) % 10 == 9]
    learn = [s for i, s in enumerate(kept) if (i // BLOCK) % 10 != 9]
    names, w, t = train(learn, args.epochs)
    print(f"held out ({len(held)} sentences, {sum(len(s[0]) for s in held)} words):")
    print(evaluate(names, w, t, held))
    if args.report_only:
        return 0
    names, w, t = train(kept, args.epochs)
    about = {
        "source": "NewsFANE Gold (Alotaibi and Lee, COLING 2014), CC BY-SA 3.0",
        "read_from": f"github.com/bvanaken/visbert {args.rev} {args.path}",
        "sentences": len(kept),
        "left_out_overlapping": len(sentences) - len(kept),
        "epochs": args.epochs,
        "seed": SEED,
        "licence": "CC BY-SA 3.0 (model weights learnt from NewsFANE Gold)",
    }
    print(f"saved {save(names, w, t, about)} feature rows to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
