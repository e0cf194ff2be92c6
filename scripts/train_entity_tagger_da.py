"""Train the Danish entity tagger (`briefing_app/core/facts/entity_tagger_da.py`) on Universal NER Danish-DDT.

    .venv/bin/python scripts/train_entity_tagger_da.py PATH_TO_UNER_DANISH [--epochs 10] [--report-only]

PATH_TO_UNER_DANISH is a checkout or a (bare) git directory of https://github.com/UniversalNER/UNER_Danish-DDT
(Plank's DaN+ named-entity layer on the Danish Dependency Treebank, in the Universal NER format; CC BY-SA 4.0,
its LICENSE.txt). Only its `train` file is learnt from; its `dev` file is held out and scored; its `test` file
is never read, because the Danish articles of the project's real-news corpus are drawn from the treebank's
test part. As a check on top of that, any train sentence sharing a run of eight words with a Danish article of
the corpus (`tests/corpus/news/da/`, both halves) is left out; only their number is printed.

What is read: the PER, LOC and ORG names (not OTH) that the tagger can see, i.e. runs of capitalised words and
the Danish connectors between them (`entity_tagger_da.active`); a sentence with a name only partly capitalised is
dropped. Nothing of the treebank is copied into this repository: only the learnt weights are written, to
`briefing_app/resources/entity_tagger/model_da.json.gz`. Training is deterministic (the English trainer's
perceptron, seed and rounding).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_entity_tagger import (  # noqa: E402
    SEED,
    Sentence,
    Uner,
    common_words,
    describe,
    evaluate,
    iob_spans,
    save,
    train,
)

from briefing_app.core.facts.entity_tagger_da import active, features_da  # noqa: E402

OUTPUT = ROOT / "briefing_app" / "resources" / "entity_tagger" / "model_da.json.gz"
OVERLAP_WORDS = 8
DANISH = (active, features_da)


def _norm(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def corpus_ngrams() -> set[tuple[str, ...]]:
    """Every run of OVERLAP_WORDS words of the Danish real-news corpus articles (both halves; only compared)."""
    out: set[tuple[str, ...]] = set()
    for path in sorted((ROOT / "tests" / "corpus" / "news" / "da").glob("*/*.txt")):
        words = _norm(path.read_text(encoding="utf-8"))
        out.update(tuple(words[i : i + OVERLAP_WORDS]) for i in range(len(words) - OVERLAP_WORDS + 1))
    return out


def overlaps(words: list[str], ngrams: set[tuple[str, ...]]) -> bool:
    norm = _norm(" ".join(words))
    return any(tuple(norm[i : i + OVERLAP_WORDS]) in ngrams for i in range(len(norm) - OVERLAP_WORDS + 1))


def read_iob2(text: str) -> tuple[list[Sentence], int]:
    """The sentences of an IOB2 file with PER, LOC and ORG names the tagger can see, and how many were dropped
    for a name only partly capitalised."""
    out: list[Sentence] = []
    dropped = 0
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            words = [r[1] for r in rows]
            tags = _names(words, [r[2] if len(r) > 2 else "O" for r in rows])
            if tags is None:
                dropped += 1
            else:
                n = len(words)
                out.append((words, [""] * n, [""] * n, [0] * n, tags))
            rows = []
    return out, dropped


def _names(words: list[str], labels: list[str]) -> list[str] | None:
    spans = iob_spans(labels)
    on = active(words)
    tags = ["O"] * len(words)
    for a, b, kind in spans:
        if not any(on[a:b]):
            continue  # a name in lower case: the tagger never sees it
        if not all(on[a:b]):
            return None
        tags[a:b] = ["B-" + kind] + ["I-" + kind] * (b - a - 1)
    return tags


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("uner", type=Path, help="a UNER_Danish-DDT checkout or git directory")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--report-only", action="store_true", help="train and score, write nothing")
    args = parser.parse_args()
    uner = Uner(args.uner, {})
    ngrams = corpus_ngrams()
    train_all, dropped = read_iob2(uner.read("train"))
    train_part = [s for s in train_all if not overlaps(s[0], ngrams)]
    left_out = len(train_all) - len(train_part)
    print(f"train: {len(train_all)} sentences read ({dropped} dropped: a name only partly capitalised); "
          f"{left_out} left out for sharing an {OVERLAP_WORDS}-word run with the corpus")  # fmt: skip
    held, _ = read_iob2(uner.read("dev"))
    describe("train", train_part)
    describe("held out (UNER dev)", held)
    common = common_words(train_part)
    names, w, t = train(train_part, args.epochs, common, DANISH)
    print("held out (UNER dev), entity level:")
    print(evaluate(names, w, t, held, common, DANISH))
    if not args.report_only:
        about: dict[str, object] = {
            "source": "Universal NER Danish-DDT (github.com/UniversalNER/UNER_Danish-DDT), train file only: "
            + ", ".join(uner.read_files[:1]),
            "left_out_overlapping": len(train_all) - len(train_part),
            "licence": "CC BY-SA 4.0 (see README.md)",
            "epochs": args.epochs,
            "seed": SEED,
        }
        kept = save(names, w, t, common, about, OUTPUT)
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {kept} features, {OUTPUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
