"""How long the fidelity checks take: milliseconds per 100 sentences per target language (target: < 50 ms).

    .venv/bin/python bench/fidelity_speed.py [--runs 5]

The sentences are the human-translated pairs of tests/corpus/parallel, in all six directions, each
checked with its human translation as the target, plus a glossary with a few protected names. The
number cache is emptied before every run, so each run reads every number afresh (the first look at an
article); the best of the runs is reported. The verdict uses CPU time (the checks are single-threaded):
on a machine shared with other work, wall time also counts the time other processes held the core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing_app.core.briefing import TargetTranslation, TranslatedSentence  # noqa: E402
from briefing_app.core.fidelity import check_target  # noqa: E402
from briefing_app.core.fidelity_numbers import quantities  # noqa: E402
from briefing_app.core.glossary import parse_glossary  # noqa: E402
from briefing_app.core.model import ArticleText, Document, TextBlock  # noqa: E402
from briefing_app.core.numbers import spelled_value  # noqa: E402
from briefing_app.core.pipeline import build_document  # noqa: E402

PARALLEL = ROOT / "tests" / "corpus" / "parallel"
TARGET_MS_PER_100 = 50.0
GLOSSARY = parse_glossary(
    "term\tar\the\tda\nEuropean Parliament\tالبرلمان الأوروبي\tהפרלמנט האירופי\tEuropa-Parlamentet\n"
)


def directions() -> list[tuple[str, Document, TargetTranslation]]:
    out = []
    for folder in sorted(p for p in PARALLEL.iterdir() if p.is_dir()):
        other = folder.name.split("-")[1]
        rows = [
            line.split("\t")
            for split in ("dev", "test")
            for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines()
        ]
        for src, tgt, src_col, tgt_col in (("en", other, 0, 1), (other, "en", 1, 0)):
            article = ArticleText(Path("x.txt"), "txt", "t", [TextBlock(r[src_col]) for r in rows])
            document = build_document(article, language=src)
            by_paragraph = {p: rows[p][tgt_col] for p in range(len(rows))}
            seen: set[int] = set()
            sentences = []
            for s in document.sentences:  # a paragraph's translation goes with its first sentence
                text = by_paragraph[s.paragraph] if s.paragraph not in seen else ""
                seen.add(s.paragraph)
                sentences.append(TranslatedSentence(s.index, s.paragraph, s.text, text))
            out.append((f"{src}->{tgt}", document, TargetTranslation(tgt, [], sentences)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"fidelity checks per target, cold caches, best of {args.runs} (target < {TARGET_MS_PER_100:.0f} ms CPU)")
    worst = 0.0
    for name, document, target in directions():
        runs, cpu = [], []
        for _ in range(args.runs):
            quantities.cache_clear()
            spelled_value.cache_clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            check_target(document, target, GLOSSARY)
            runs.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        per_100 = min(cpu) * 1000 * 100 / len(target.sentences)
        wall_100 = min(runs) * 1000 * 100 / len(target.sentences)
        worst = max(worst, per_100)
        print(
            f"  {name}: {len(target.sentences):3d} sentences, {per_100:5.1f} ms CPU per 100 sentences "
            f"({wall_100:5.1f} ms wall)"
        )
    verdict = "PASS" if worst < TARGET_MS_PER_100 else "FAIL"
    print(f"slowest: {worst:.1f} ms CPU per 100 sentences per target: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
