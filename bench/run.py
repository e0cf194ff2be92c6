"""The speed benchmark of Briefing Desk: one command, one table, one final line of name=value pairs.

    .venv/bin/python bench/run.py            # from the repository root; 20-30 minutes on a quiet 2-core machine
    .venv/bin/python bench/run.py --quick    # smoke run on tiny packs, about a minute; numbers mean nothing
    .venv/bin/python bench/run.py --only engine,pdf   # some sections only: bench/RESULTS-partial.md

Sections (in the order they run): engine (pipeline and the best raw CTranslate2 configuration, beams),
argos, workload2, cache (second look), pdf, long, batch, cluster, processes (--version, window,
headless). A partial run writes its own file, so RESULTS.md keeps the last full run whole.

bench/measure.py measures (Argos as shipped and at each thread setting, the best raw CTranslate2
configuration found, our pipeline cold and warm, beams, the translation cache, a long article,
batches in process and on local Dask clusters of 1 and 2 workers, process start-up and memory);
bench/report.py turns the numbers into the table, the ratios against the goals and RESULTS.md.

The packs are the base-size demo packs (real Argos dimensions, int8, every sentence decodes exactly
`output_tokens` pieces), built once into a cache folder under the system temp folder (`--cache DIR`).
Absolute times depend on what else the machine runs: the load average is printed with each part;
compare ratios taken in one run, and rerun on a quiet machine for figures to quote.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` puts bench/ first on the path, not the repo
    sys.path.insert(0, str(ROOT))

from bench.measure import (  # noqa: E402
    SECTIONS,
    Config,
    _child_long,
    load_average,
    measure,
    write_long_article,
)
from bench.report import Results, report, write_results  # noqa: E402

__all__ = ["Config", "quick_config", "run", "write_long_article", "write_results"]


def run(
    config: Config,
    log: Callable[[str], None] = print,
    only: Sequence[str] | None = None,
    argos_threads: tuple[int, int] | None = None,
) -> Results:
    """Measure everything (or the sections `only`), then make the table."""
    return report(measure(config, log, only, argos_threads), config)


def _threads(text: str) -> tuple[int, int]:
    inter, _, intra = text.partition("/")
    return int(inter), int(intra)


def quick_config(cache: Path | None = None) -> Config:
    """Every measurement once, on tiny packs: proves the benchmark runs, says nothing about speed."""
    return Config(
        vocab_size=1000,
        d_model=64,
        layers=1,
        heads=2,
        ffn=64,
        output_tokens=12,
        other_beams=(1,),
        warm_runs=1,
        long_words=800,
        batch_checkpoints=(1, 2),
        limit_settings=((2, 1, "tokens", 1024, False), (1, 1, "examples", 8, True)),
        pair_runs=2,
        top_candidates=2,
        candidate_runs=1,
        argos_threads=((1, 1),),
        follows_d_model=128,
        cluster_workers=(1, 2),
        cluster_articles=2,
        version_runs=1,
        pdf_runs=1,
        window=False,
        cache_dir=cache,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, help="pack cache folder (default: <tmp>/briefing-bench-cache)")
    parser.add_argument("--results", help="results file, or - for none (default: bench/RESULTS.md; - with --quick)")
    parser.add_argument("--beam", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="repeats of every timed measurement (at least 3)")
    parser.add_argument("--long-words", type=int, default=20_000)
    parser.add_argument("--no-window", action="store_true", help="skip the window start-up row")
    parser.add_argument("--no-cluster", action="store_true", help="skip the local Dask cluster rows")
    parser.add_argument("--no-follows", action="store_true", help="skip workload 2 (output length follows input)")
    parser.add_argument(
        "--only",
        metavar="SECTIONS",
        help=f"comma-separated sections to run ({', '.join(SECTIONS)}); results go to bench/RESULTS-partial.md",
    )
    parser.add_argument(
        "--argos-threads",
        metavar="INTER/INTRA",
        help="Argos's threads for workload 2 when the argos section is not run (default 1/1)",
    )
    parser.add_argument("--pairs", type=int, default=5, help="interleaved pipeline/raw pairs (at least 5)")
    parser.add_argument(
        "--only-follows", metavar="INTER/INTRA", help="same as --only workload2 --argos-threads INTER/INTRA"
    )
    parser.add_argument("--quick", action="store_true", help="smoke run on tiny packs (numbers mean nothing)")
    parser.add_argument("--child-long", nargs=3, metavar=("STORE", "ARTICLE", "BEAM"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_long:
        store_root, article, child_beam = args.child_long
        print(json.dumps(_child_long(Path(store_root), Path(article), int(child_beam))))
        return 0
    if args.quick:
        config = quick_config(args.cache)
        results_path = args.results or "-"
    else:
        config = Config(
            beam=args.beam,
            long_words=args.long_words,
            cache_dir=args.cache,
            window=not args.no_window,
            warm_runs=max(3, args.runs),
            pair_runs=max(5, args.pairs),
        )
        config.other_beams = tuple(b for b in (1, 2, 4) if b != args.beam)
        results_path = args.results or str(ROOT / "bench" / "RESULTS.md")
    only = [x.strip() for x in args.only.split(",") if x.strip()] if args.only else None
    argos_threads = _threads(args.argos_threads) if args.argos_threads else None
    if args.only_follows:
        only, argos_threads = ["workload2"], _threads(args.only_follows)
    if only is not None:
        unknown = set(only) - set(SECTIONS)
        if unknown:
            parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; known: {', '.join(SECTIONS)}")
        if not args.results and not args.quick:
            results_path = str(ROOT / "bench" / "RESULTS-partial.md")
    if args.no_cluster:
        config.cluster_workers = ()
    if args.no_follows:
        config.follows = False
    load_before = os.getloadavg()[0]
    print(f"load average (1, 5, 15 min) at start: {load_average()}")
    sections = [s for s in SECTIONS if only is None or s in only]
    results = run(config, only=only, argos_threads=argos_threads)
    print()
    print(results.table())
    for note in results.notes:
        print(f"- {note}")
    if results_path != "-":
        write_results(Path(results_path), config, results, load_before, sections)
    print(results.final_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
