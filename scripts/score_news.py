"""Score key facts on a folder of news articles with hand-made gold, kept outside the repository.

Material that may not go into the repository (pages whose licence does not allow it) is still worth
checking the extractor on. Such a folder holds `<slug>.txt` and `<slug>.gold.json` pairs in the format
of tests/corpus/README.md; a gold file may leave out the kinds it was not annotated for, and only the
kinds asked for are scored. Each folder is split in two halves by the SHA-1 of the slug: A to develop
on, B to score once at the end of a piece of work.

    python scripts/score_news.py check DIR                 # every gold sentence is found, once
    python scripts/score_news.py score DIR [DIR...] --half A --kinds figures quotes
    python scripts/score_news.py errors DIR quotes --half A   # misses and wrong items, per article
    python scripts/score_news.py dump DIR OUT.json --half A   # extracted facts, for diffing two revisions

The matching rules are the corpus test's (tests/unit/test_facts_corpus.py), imported, not copied.
Run it from the checkout root with the checkout's Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing_app.core.facts import extract_facts  # noqa: E402
from briefing_app.core.pipeline import load_document  # noqa: E402
from tests.unit.test_facts_corpus import KINDS, Article, Tally, kind_checks  # noqa: E402

GOLD_LISTS = ("figures", "people", "places", "organisations", "dates", "quotes")


def half_of(slug: str) -> str:
    """A or B, fixed by the slug alone, so that adding articles never moves one between halves."""
    return "A" if int(hashlib.sha1(slug.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def gold_files(folders: list[Path], half: str) -> Iterator[Path]:
    for folder in folders:
        for path in sorted(folder.glob("*.gold.json")):
            slug = path.name.removesuffix(".gold.json")
            if half in ("all", half_of(slug)):
                yield path


def load_article(gold_path: Path) -> Article:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for kind in GOLD_LISTS:
        gold.setdefault(kind, [])
    text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    document = load_document(text_path, language=gold["language"])
    return Article(gold_path, gold["language"], gold, document, extract_facts(document))


def check(folders: list[Path]) -> int:
    problems = 0
    for path in gold_files(folders, "all"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = path.with_name(path.name.removesuffix(".gold.json") + ".txt")
        document = load_document(text_path, language=gold["language"])
        fragments = [g["sentence_text"] for kind in ("figures", "dates") for g in gold.get(kind, [])]
        fragments += [t for g in gold.get("quotes", []) for t in g["sentence_texts"]]
        for fragment in fragments:
            found = [s.index for s in document.sentences if fragment in s.text]
            if len(found) != 1:
                problems += 1
                print(f"{path.name}: {fragment!r} is in {len(found)} sentences")
    print(f"{problems} problem(s)")
    return 1 if problems else 0


def score(folders: list[Path], half: str, kinds: list[str]) -> int:
    table: dict[str, dict[str, Tally]] = {}
    counts: dict[str, int] = {}
    for path in gold_files(folders, half):
        article = load_article(path)
        checks = kind_checks(article)
        for lang in (article.language, "all"):
            counts[lang] = counts.get(lang, 0) + 1
            row = table.setdefault(lang, {k: Tally() for k in KINDS})
            for kind in kinds:
                row[kind].add(checks[kind].tally())
    print(f"half {half}: precision / recall (gold items, extracted items)")
    for lang in sorted(table):
        print(f"  {lang} ({counts[lang]} articles)")
        for kind in kinds:
            t = table[lang][kind]
            print(f"    {kind:<15}{t.precision:.3f} / {t.recall:.3f}  ({t.gold}, {t.pred})")
    return 0


def _describe(item: object) -> str:
    if isinstance(item, tuple):
        item = item[1]
    if isinstance(item, dict):
        keep = ("text", "value", "counts", "counts_key", "name", "role", "role_key", "speaker_key", "key",
                "sentence_texts")
        return json.dumps({k: item[k] for k in keep if k in item}, ensure_ascii=False)
    return json.dumps(item, ensure_ascii=False)


def errors(folders: list[Path], kind: str, half: str) -> int:
    for path in gold_files(folders, half):
        article = load_article(path)
        c = kind_checks(article)[kind]
        missed = [g for g in c.gold if not any(c.match(g, p) for p in c.pred)]
        wrong = [p for p in c.pred if not any(c.match(g, p) for g in c.gold)]
        if not missed and not wrong:
            continue
        print(f"== {path.name.removesuffix('.gold.json')}")
        for g in missed:
            print(f"  MISS  {_describe(g)}")
        for p in wrong:
            sentence = article.document.sentences[p.sentence].text
            print(f"  WRONG {p.text!r} value={p.value} counts={p.counts!r} role={p.role!r} speaker={p.speaker!r}")
            print(f"        in: {sentence[:200]}")
    return 0


def dump(folders: list[Path], out: Path, half: str) -> int:
    data = {}
    for path in gold_files(folders, half):
        article = load_article(path)
        data[path.name] = [
            {"kind": f.kind, "text": f.text, "sentence": f.sentence, "value": f.value, "counts": f.counts,
             "role": f.role, "speaker": f.speaker}
            for f in article.facts
        ]
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check")
    p_check.add_argument("folders", nargs="+", type=Path)
    p_score = sub.add_parser("score")
    p_score.add_argument("folders", nargs="+", type=Path)
    p_score.add_argument("--half", choices=("A", "B", "all"), default="A")
    p_score.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    p_errors = sub.add_parser("errors")
    p_errors.add_argument("folder", type=Path)
    p_errors.add_argument("kind", choices=KINDS)
    p_errors.add_argument("--half", choices=("A", "B", "all"), default="A")
    p_dump = sub.add_parser("dump")
    p_dump.add_argument("folder", type=Path)
    p_dump.add_argument("out", type=Path)
    p_dump.add_argument("--half", choices=("A", "B", "all"), default="A")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.folders)
    if args.command == "score":
        return score(args.folders, args.half, args.kinds)
    if args.command == "errors":
        return errors([args.folder], args.kind, args.half)
    return dump([args.folder], args.out, args.half)


if __name__ == "__main__":
    raise SystemExit(main())
