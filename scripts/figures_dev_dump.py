"""Figures on the dev half of the real-news corpus: scores per language for a tuning and a check set,
and (with --errors) the misses and false figures of the tuning set only.

The discipline of issue 10: never look at the test half (this script reads only `dev/`), and keep a
check set inside dev that is scored as a number only. The check set is the English dev articles of
"dev-only batch 2" and the Arabic dev articles at odd positions (first, third, ...) of the manifest's
dev entries; everything else in dev is the tuning set.

    .venv/bin/python scripts/figures_dev_dump.py [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.core.facts import extract_facts  # noqa: E402
from briefing_app.core.numbers import same_value  # noqa: E402
from briefing_app.core.pipeline import load_document  # noqa: E402
from tests.unit.test_facts_corpus import NEWS, Article, Tally, _norm, score_article  # noqa: E402


def check_set() -> set[tuple[str, str]]:
    """(language, slug) of the check set's articles."""
    out: set[tuple[str, str]] = set()
    english = json.loads((NEWS / "en" / "manifest.json").read_text(encoding="utf-8"))
    batch_2 = [a for a in english["articles"] if a["split"] == "dev" and a.get("batch") == "dev-only batch 2"]
    out |= {("en", a["slug"]) for a in batch_2}
    arabic = json.loads((NEWS / "ar" / "manifest.json").read_text(encoding="utf-8"))
    dev = [a for a in arabic["articles"] if a["split"] == "dev"]
    out |= {("ar", a["slug"]) for i, a in enumerate(dev) if i % 2 == 0}
    return out


def dev_articles() -> list[Article]:
    out = []
    for gold_path in sorted(NEWS.glob("*/dev/*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        document = load_document(text, language=gold["language"])
        out.append(Article(gold_path, gold["language"], gold, document, extract_facts(document)))
    return out


def errors(article: Article) -> list[str]:
    """The gold figures not found with what they count, and the extracted figures that match no gold."""
    figures = [f for f in article.facts if f.kind == "figure"]
    sentences = {s.index: s.text for s in article.document.sentences}
    golds = [(article.sentence_of(g["sentence_text"]), g) for g in article.gold["figures"]]
    lines = []
    for index, g in golds:
        same = [p for p in figures if p.sentence == index and p.value is not None and same_value(p.value, g["value"])]
        key = g.get("counts_key")
        if not any(key is None or (p.counts and _norm(key) in _norm(p.counts)) for p in same):
            kind = "MISS-COUNTS" if same else "MISS-VALUE"
            got = "; ".join(f"{p.text!r} -> {p.counts!r}" for p in same)
            lines.append(f"  {kind} {g['text']!r} key={key!r} | got: {got}\n      {sentences[index][:300]}")
    for p in figures:
        if not any(p.sentence == i and p.value is not None and same_value(p.value, g["value"]) for i, g in golds):
            lines.append(f"  FALSE {p.text!r} = {p.value} counts={p.counts!r}\n      {sentences[p.sentence][:300]}")
    return lines


def main() -> int:
    show = "--errors" in sys.argv
    checked = check_set()
    table: dict[tuple[str, str], dict[str, Tally]] = {}
    for article in dev_articles():
        slug = article.path.name.removesuffix(".gold.json")
        part = "check" if (article.language, slug) in checked else "tune"
        scores = score_article(article)
        for key in ((article.language, part), ("all", part)):
            row = table.setdefault(key, {"figures": Tally(), "figure values": Tally()})
            for kind, tally in row.items():
                tally.add(scores[kind])
        if show and part == "tune" and (lines := errors(article)):
            print(f"== {article.language} {slug}", *lines, sep="\n")
    for (language, part), row in sorted(table.items()):
        f, v = row["figures"], row["figure values"]
        print(
            f"{language:>4} {part:<6} value+counts {f.precision:.2f}/{f.recall:.2f} ({f.gold} gold, {f.pred} found)"
            f"   value only {v.precision:.2f}/{v.recall:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
