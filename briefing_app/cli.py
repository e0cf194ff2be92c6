"""The `briefing-app` command: headless batch briefings and language-pack management.

Imports stay lazy: `--version` must not load the engine, and the headless path must never import
PySide6.QtWidgets (a test proves it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing_app import __version__, commands, review_commands
from briefing_app.commands import EXIT_USAGE
from briefing_app.core.network import NETWORK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description=(
            "Briefing Desk: translate news articles offline and export PDF briefings. "
            "Without --headless the desktop app opens the given files."
        ),
        epilog=(
            "examples:\n"
            "  briefing-app --headless seeds/ --to ar,he,da --out briefings/\n"
            "  briefing-app article.pdf --to ar,he      (open the window and translate)\n"
            "  briefing-app --headless wires/ --to ar,he,da --out briefings/ --cluster tcp://desk1:8786\n"
            "  briefing-app --install-pack /media/usb/packs/\n"
            "  briefing-app --build-demo-packs\n"
            "exit codes: 0 all written; 1 some inputs failed; 2 usage error; 3 a language pack is missing;\n"
            "            4 (with --strict) all written but some have fidelity warnings"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="article files or folders")
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    parser.add_argument("--headless", action="store_true", help="make briefings without opening a window")
    parser.add_argument("--to", metavar="LANGS", help="target languages, comma-separated (e.g. ar,he,da)")
    parser.add_argument("--from", dest="source", default="auto", metavar="CODE", help="source language or auto")
    parser.add_argument("--out", metavar="DIR", type=Path, help="output folder (default: the current folder)")
    parser.add_argument("--packs-dir", metavar="DIR", type=Path, help="language pack folder (default: app data)")
    parser.add_argument("--beam", type=int, metavar="N", help="beam size (default 2; 1 is faster, 4 is Argos's)")
    parser.add_argument("--offline", action="store_true", help="never touch the network (also BRIEFING_OFFLINE=1)")
    parser.add_argument(
        "--resume", action="store_true", help="skip articles already briefed from the same file with the same settings"
    )
    parser.add_argument("--no-cache", action="store_true", help="do not use or fill the translation cache")
    parser.add_argument(
        "--glossary",
        metavar="FILE",
        help="protected terms and their required renderings (TSV/CSV; 'starter' for the shipped one)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 4 when a briefing has fidelity warnings")
    parser.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run the batch on a Dask scheduler (tcp://HOST:8786), or on N local worker processes (local:N); "
        "needs pip install 'briefing-app[cluster]'",
    )
    review = parser.add_argument_group("corrections and formats")
    review.add_argument(
        "--format", default="pdf,json", metavar="LIST", help="what to write: pdf,json,docx,html (default pdf,json)"
    )
    review.add_argument("--no-memory", action="store_true", help="do not use your corrections (translation memory)")
    review.add_argument("--memory-list", nargs="?", const="", metavar="FROM:TO", help="list the translation memory")
    review.add_argument("--memory-export", metavar="FILE.tmx", type=Path, help="export the translation memory as TMX")
    review.add_argument(
        "--memory-forget", metavar="SPEC", help="forget entries: all, a route (en:ar), or en:ar:THE SOURCE SENTENCE"
    )
    packs = parser.add_argument_group("language packs")
    packs.add_argument("--list-packs", action="store_true", help="list installed language packs")
    packs.add_argument("--install-pack", nargs="+", metavar="PATH", type=Path, help=".argosmodel files or folders")
    packs.add_argument("--remove-pack", metavar="FROM:TO", help="remove an installed pack, e.g. en:ar")
    packs.add_argument("--export-packs", metavar="DIR", type=Path, help="copy installed packs to DIR (a USB stick)")
    packs.add_argument("--download-packs", metavar="FROM:TO,...", help="download from the Argos index, e.g. en:ar,he")
    packs.add_argument(
        "--build-demo-packs",
        nargs="?",
        const="cipher",
        choices=["cipher", "base", "all"],
        help="build and install the project's demo packs (not real translations)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help/--version
        return int(exc.code or 0)
    if args.offline:
        NETWORK.offline = True
    if args.packs_dir:
        os.environ["BRIEFING_PACKS_DIR"] = str(args.packs_dir)
    if args.beam is not None and args.beam < 1:
        parser.print_usage(sys.stderr)
        print("briefing-app: error: --beam must be at least 1", file=sys.stderr)
        return EXIT_USAGE

    try:
        if args.build_demo_packs:
            return commands.build_demo_packs(args.build_demo_packs, args.out)
        if args.install_pack:
            return commands.install_packs(args.install_pack)
        if args.export_packs:
            return commands.export_packs(args.export_packs)
        if args.remove_pack:
            return commands.remove_pack(args.remove_pack)
        if args.download_packs:
            return commands.download_packs(args.download_packs)
        if args.list_packs:
            return commands.list_packs()
        if args.memory_list is not None or args.memory_export or args.memory_forget:
            return _memory_command(args)
        if args.headless:
            from briefing_app.core.briefing_file import is_briefing_file
            from briefing_app.export.formats import parse_formats

            try:
                formats = parse_formats(args.format)
            except ValueError as err:
                print(f"briefing-app: error: --format: {err}", file=sys.stderr)
                return EXIT_USAGE
            saved = [Path(i) for i in args.inputs if is_briefing_file(i)]
            if saved:  # saved briefings are rendered again, not translated
                status = review_commands.rerender(saved, args.out or Path.cwd(), formats)
                args.inputs = [i for i in args.inputs if not is_briefing_file(i)]
                if not args.inputs:
                    return status

            if not args.inputs:
                parser.print_usage(sys.stderr)
                print("briefing-app: error: --headless needs at least one INPUT file or folder", file=sys.stderr)
                return EXIT_USAGE
            if not args.to:
                parser.print_usage(sys.stderr)
                print("briefing-app: error: --headless needs --to LANGS, e.g. --to ar,he,da", file=sys.stderr)
                return EXIT_USAGE
            return commands.headless(
                args.inputs,
                args.to,
                args.source,
                args.out or Path.cwd(),
                beam=args.beam,
                resume=args.resume,
                use_cache=not args.no_cache,
                glossary=args.glossary,
                strict=args.strict,
                formats=formats,
                use_memory=not args.no_memory,
                cluster=args.cluster,
            )
    except KeyboardInterrupt:
        print("\nbriefing-app: interrupted; finished briefings are kept, none is half-written", file=sys.stderr)
        return 130
    return commands.open_desktop(args.inputs, args.to)


def _memory_command(args: argparse.Namespace) -> int:
    if args.memory_forget:
        return review_commands.memory_forget(args.memory_forget)
    if args.memory_export:
        return review_commands.memory_export(args.memory_export, args.memory_list or None)
    return review_commands.memory_list(args.memory_list or None)


if __name__ == "__main__":
    raise SystemExit(main())
