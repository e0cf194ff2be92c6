"""How much of each article the HTML reader keeps, on real pages nobody here wrote.

    .venv/bin/python bench/html_pages.py PATH_TO_READABILITY_GIT_DIR

mozilla/readability's test pages (`test/test-pages/*/source.html`, real pages of news sites, blogs and
documentation, saved whole) each come with `expected.html`, the article as Readability reads it. The
pages are read from a git checkout of that repository (`git show`), never copied here: the pages'
texts belong to their publishers. For every page whose expected article has 50 words or more, the
words of three readings are compared with the expected article's words (as multisets):
trafilatura's precision mode alone, its recall mode alone, and this project's reader
(`briefing_app.core.documents.html`). Word precision is the share of a reading's words that are the
article's; word recall the share of the article's words the reading keeps. Means over pages, and the
pages where a reading keeps under 70 % of the article.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura  # noqa: E402

from briefing_app.core.documents.html import decode_html, read_html  # noqa: E402

PAGES = "test/test-pages"


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def _show(git_dir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True).stdout


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    git_dir = sys.argv[1]
    logging.disable(logging.CRITICAL)
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", f"HEAD:{PAGES}"], capture_output=True, text=True
    )
    readings = ("precision mode", "recall mode", "this reader")
    sums = {name: [0.0, 0.0] for name in readings}
    short: dict[str, list[str]] = {name: [] for name in readings}
    pages = 0
    for name in listing.stdout.split():
        expected_html = _show(git_dir, f"{PAGES}/{name}/expected.html").decode("utf-8", "replace")
        expected = _words(
            trafilatura.extract(f"<html><body><article>{expected_html}</article></body></html>", favor_recall=True)
            or ""
        )
        if sum(expected.values()) < 50:
            continue
        data = _show(git_dir, f"{PAGES}/{name}/source.html")
        html, _ = decode_html(Path(name), data)
        texts = {
            "precision mode": trafilatura.extract(html, include_tables=True, favor_precision=True) or "",
            "recall mode": trafilatura.extract(html, include_tables=True, favor_recall=True) or "",
            "this reader": " ".join(b.text for b in read_html(Path(name), data).blocks),
        }
        pages += 1
        for reading, text in texts.items():
            got = _words(text)
            common = sum((got & expected).values())
            precision, recall = common / max(1, sum(got.values())), common / max(1, sum(expected.values()))
            sums[reading][0] += precision
            sums[reading][1] += recall
            if recall < 0.7:
                short[reading].append(name)
    print(f"mozilla/readability test pages with an article of 50 words or more: {pages}")
    print(f"{'reading':<16} {'word precision':>15} {'word recall':>12}  pages kept under 70 %")
    for reading in readings:
        precision, recall = (total / pages for total in sums[reading])
        print(f"{reading:<16} {precision:>15.3f} {recall:>12.3f}  {', '.join(short[reading]) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
